"""Infrastructure: what must survive a restart, and the outbox worker.

- `database`: escalations, deliveries (the outbox), feedback, the question log, handled events
  and named values, over SQLAlchemy Core (SQLite or PostgreSQL); `Store` is its one API.
- `delivery`: the worker that leases due deliveries and hands them to the adapters' handlers.
- `migrations/`: the schema's Alembic revisions.

It imports nothing else of the bot: the engine, the coordinator and the adapters build on it.
"""
from .database import (
    ANSWERED,
    DELIVERED,
    DUE,
    OPEN_STATUSES,
    PENDING,
    RESOLVED,
    SENT,
    Delivery,
    Escalation,
    QuestionRecord,
    Store,
    deliveries,
    escalations,
    feedback,
    key_values,
    metadata,
    processed_events,
    questions,
    utc_now,
)

__all__ = ["ANSWERED", "DELIVERED", "DUE", "OPEN_STATUSES", "PENDING", "RESOLVED", "SENT", "Delivery", "Escalation",
           "QuestionRecord", "Store", "deliveries", "escalations", "feedback", "key_values", "metadata",
           "processed_events", "questions", "utc_now"]
