"""escalations.reply_parts: each message of the coordinator's reply, with its place in the thread

The reply (`reply_text`) is everything the coordinator wrote under the card, in the order it was
written; messages handled at the same moment (two threads, two replicas) are put in order by
their place in the thread, which this column keeps: [{"key", "order", "text"}].

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # a database adopted from before migrations may have been made with the column already
    if "reply_parts" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("escalations")}:
        return
    with op.batch_alter_table("escalations") as batch:
        batch.add_column(sa.Column("reply_parts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.drop_column("reply_parts")
