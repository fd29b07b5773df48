"""People by id, so that `forget` finds them.

- escalations.question_id: the question log's row an escalation was asked from. Until now an
  escalation asked by someone else (a colleague pressing "ask the coordinator" under your
  answer in a thread) was tied only to the clicker. Filled in for existing rows from the
  adapters' idempotency keys ("slack:<question id>:<clicker>", "teams:answer:<question id>").
- Teams escalations stored the coordinator's display name in reply_author, resolved_by and
  approved_by, where Slack stores ids. A name is replaced by the person's id (Entra object id,
  else Teams id) where the database itself ties that name to exactly one id: in the
  conversation references kept with escalations, cards, queued messages and the registered
  coordinator channel, and in the asker names kept with escalations. Names it cannot tie stay
  as they are (README, "What is stored": `forget` with the display name clears them).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""
from __future__ import annotations

import json
import re
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_KEY = re.compile(r"^(?:slack:(\d+):.+|teams:answer:(\d+))$")
PEOPLE_COLUMNS = ("reply_author", "resolved_by", "approved_by")


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    # A database adopted from before migrations (bot.migrations._adopt) may have the column already.
    if "question_id" not in {c["name"] for c in inspector.get_columns("escalations")}:
        with op.batch_alter_table("escalations") as batch:
            batch.add_column(sa.Column("question_id", sa.Integer, nullable=True))
    if "ix_escalations_question_id" not in {i["name"] for i in inspector.get_indexes("escalations")}:
        op.create_index("ix_escalations_question_id", "escalations", ["question_id"])
    _link_questions(bind)
    _names_to_ids(bind)


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.drop_index("ix_escalations_question_id")
        batch.drop_column("question_id")


def _json(value):
    if isinstance(value, (dict, list)) or value is None:
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return None


def _link_questions(bind) -> None:
    rows = bind.execute(sa.text("SELECT id, key FROM escalations WHERE key IS NOT NULL")).all()
    for row in rows:
        m = _KEY.match(row.key or "")
        if m:
            bind.execute(sa.text("UPDATE escalations SET question_id = :q WHERE id = :id"),
                         {"q": int(m.group(1) or m.group(2)), "id": row.id})


def _people(value, found: dict[str, set[str]]) -> None:
    """Every {"name": …, "aadObjectId"/"id": …} in a JSON value (a Teams ChannelAccount), name → ids."""
    if isinstance(value, dict):
        name, person = value.get("name"), value.get("aadObjectId") or value.get("aad_object_id") or value.get("id")
        if isinstance(name, str) and name and isinstance(person, str) and person and person != name:
            found.setdefault(name, set()).add(person[:100])
        for item in value.values():
            _people(item, found)
    elif isinstance(value, list):
        for item in value:
            _people(item, found)


def names_to_ids(bind) -> dict[str, str]:
    """Display name → id, for the names the database ties to exactly one person."""
    found: dict[str, set[str]] = {}
    for row in bind.execute(sa.text("SELECT asker_id, origin, card FROM escalations WHERE platform = 'teams'")):
        origin = _json(row.origin) or {}
        if isinstance(origin, dict) and isinstance(origin.get("asker_name"), str) and row.asker_id:
            found.setdefault(origin["asker_name"], set()).add(row.asker_id)
        _people(origin, found)
        _people(_json(row.card), found)
    for row in bind.execute(sa.text("SELECT payload FROM deliveries WHERE kind LIKE 'teams.%'")):
        _people(_json(row.payload), found)
    for row in bind.execute(sa.text("SELECT value FROM key_values WHERE key LIKE 'teams.%'")):
        _people(_json(row.value), found)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}


def _names_to_ids(bind) -> None:
    ids = names_to_ids(bind)
    if not ids:
        return
    for column in PEOPLE_COLUMNS:
        rows = bind.execute(sa.text(f"SELECT id, {column} AS who FROM escalations "
                                    f"WHERE platform = 'teams' AND {column} IS NOT NULL")).all()
        for row in rows:
            if row.who in ids:
                bind.execute(sa.text(f"UPDATE escalations SET {column} = :person WHERE id = :id"),
                             {"person": ids[row.who], "id": row.id})
