"""The initial schema: escalations, deliveries (the outbox), processed_events, feedback, questions,
key_values — as bot/store.py defined them when migrations were introduced.

A frozen copy (not an import of bot.store.metadata), so that this revision keeps creating the
same tables after the store's schema moves on; later changes are later revisions.
`schema()` is also what bot.migrations brings a database made before migrations up to,
before stamping it with this revision.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def schema() -> sa.MetaData:
    """The tables of this revision."""
    md = sa.MetaData()
    when = sa.DateTime(timezone=True)
    sa.Table(
        "escalations", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(255), unique=True),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("asker_id", sa.String(100), nullable=False, index=True),
        sa.Column("origin", sa.JSON, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("bot_answer", sa.Text, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("card", sa.JSON),
        sa.Column("card_key", sa.String(255)),
        sa.Column("reply_text", sa.Text),
        sa.Column("reply_author", sa.String(100)),
        sa.Column("replied_at", when),
        sa.Column("resolved_by", sa.String(100)),
        sa.Column("resolved_at", when),
        sa.Column("approved_by", sa.String(100)),
        sa.Column("approved_at", when),
        sa.Column("created_at", when, nullable=False),
        sa.Column("updated_at", when, nullable=False),
        sa.Column("reminders", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_reminded_at", when),
        sa.Column("anonymised_at", when),
        sa.UniqueConstraint("platform", "card_key", name="uq_escalations_card"),
    )
    sa.Table(
        "deliveries", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("escalation_id", sa.Integer, sa.ForeignKey("escalations.id")),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("dedupe_key", sa.String(255), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", when, nullable=False),
        sa.Column("lease_until", when),
        sa.Column("lease_token", sa.String(64)),
        sa.Column("leased_by", sa.String(200)),
        sa.Column("last_error", sa.String(500)),
        sa.Column("result", sa.JSON),
        sa.Column("created_at", when, nullable=False),
        sa.Column("delivered_at", when),
        sa.Index("ix_deliveries_due", "status", "next_attempt_at"),
    )
    sa.Table(
        "processed_events", md,
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("claimed_at", when, nullable=False, index=True),
    )
    sa.Table(
        "feedback", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("user_id", sa.String(100), nullable=False),
        sa.Column("answer_ref", sa.String(100), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("value", sa.String(16), nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("created_at", when, nullable=False),
        sa.Column("anonymised_at", when),
        sa.UniqueConstraint("platform", "user_id", "answer_ref", name="uq_feedback_once"),
    )
    sa.Table(
        "questions", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("asker_id", sa.String(100), nullable=False, index=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("latency_ms", sa.Integer, nullable=False),
        sa.Column("answer_text", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("origin", sa.JSON, nullable=False),
        sa.Column("created_at", when, nullable=False),
        sa.Column("anonymised_at", when),
    )
    sa.Table(
        "key_values", md,
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("value", sa.JSON, nullable=False),
        sa.Column("updated_at", when, nullable=False),
    )
    return md


def upgrade() -> None:
    schema().create_all(op.get_bind())


def downgrade() -> None:
    schema().drop_all(op.get_bind())
