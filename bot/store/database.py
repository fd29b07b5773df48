"""What must survive a restart: escalations, their outgoing deliveries, feedback, asked
questions, the platform event ids already handled, and a few named values (key_values).

Platform-neutral: where something lives on a chat platform (a Slack channel and ts, a Teams
conversation reference) is an opaque JSON dict that the adapter writes and reads back.
SQLAlchemy Core, so the same statements run on SQLite (the default, one file) and on
PostgreSQL (DATABASE_URL). The schema is `metadata` below; its migrations are in
bot/migrations/ (Alembic), and `create_schema()` upgrades a database to the newest one.

The outbox (`deliveries`) is what makes "stored before it is sent, retried until delivered"
true: a message to the coordinator or back to the asker is a row first, and a worker
(bot/delivery.py) leases due rows, sends them and marks them delivered or failed.
"""
from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    case,
    cast,
    create_engine,
    delete,
    event,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

log = logging.getLogger(__name__)

DEFAULT_SQLITE_PATH = ".data/escalations.sqlite3"
EVENT_KEY_TTL = timedelta(days=1)
_PRUNE_EVERY_SECONDS = 3600.0

# Escalation statuses, in the order they normally happen.
PENDING = "pending"      # stored, card not yet posted to the coordinator
SENT = "sent"            # the coordinator has the card
ANSWERED = "answered"    # the coordinator replied; the reply is relayed to the asker
RESOLVED = "resolved"    # closed by the coordinator
OPEN_STATUSES = (PENDING, SENT, ANSWERED)

# Delivery statuses.
DUE = "pending"
DELIVERED = "delivered"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every backend (SQLite keeps it as naive UTC text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


metadata = MetaData()

escalations = Table(
    "escalations", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(255), unique=True),  # optional idempotency key from the adapter
    Column("platform", String(20), nullable=False),
    Column("asker_id", String(100), nullable=False, index=True),
    Column("origin", JSON, nullable=False),  # where the asker asked (opaque to the store)
    Column("question", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("bot_answer", Text, nullable=False),
    Column("sources", JSON, nullable=False),
    Column("reason", Text, nullable=False),
    Column("status", String(20), nullable=False, index=True),
    Column("card", JSON),                    # where the coordinator's card is (opaque)
    Column("card_key", String(255)),         # the same, as one string to look up by
    Column("reply_text", Text),             # every message of the coordinator's reply, in thread order
    Column("reply_parts", JSON),            # those messages: [{"key", "order", "text"}] (record_reply)
    Column("reply_author", String(100)),
    Column("replied_at", UTCDateTime),
    Column("resolved_by", String(100)),
    Column("resolved_at", UTCDateTime),
    Column("approved_by", String(100)),
    Column("approved_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    # Reminders to the coordinator about an unanswered escalation (bot/reminders.py).
    Column("reminders", Integer, nullable=False, server_default="0"),
    Column("last_reminded_at", UTCDateTime),
    Column("anonymised_at", UTCDateTime),  # when the personal link was removed (bot/privacy.py)
    # The question log's row the escalation was asked from: whose question it is, also when
    # someone else pressed "ask the coordinator" under that answer (`forget` finds it by this).
    Column("question_id", Integer, index=True),
    UniqueConstraint("platform", "card_key", name="uq_escalations_card"),
)

deliveries = Table(
    "deliveries", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(60), nullable=False),
    Column("escalation_id", Integer, ForeignKey("escalations.id")),
    Column("payload", JSON, nullable=False),
    Column("dedupe_key", String(255), nullable=False, unique=True),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("lease_until", UTCDateTime),
    Column("lease_token", String(64)),
    Column("leased_by", String(200)),
    Column("last_error", String(500)),
    Column("result", JSON),
    Column("created_at", UTCDateTime, nullable=False),
    Column("delivered_at", UTCDateTime),
    Index("ix_deliveries_due", "status", "next_attempt_at"),
)

processed_events = Table(
    "processed_events", metadata,
    Column("key", String(255), primary_key=True),
    Column("claimed_at", UTCDateTime, nullable=False, index=True),
)

feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(20), nullable=False),
    Column("user_id", String(100), nullable=False),
    Column("answer_ref", String(100), nullable=False),
    Column("question", Text, nullable=False),
    Column("value", String(16), nullable=False),
    Column("sources", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("anonymised_at", UTCDateTime),
    UniqueConstraint("platform", "user_id", "answer_ref", name="uq_feedback_once"),
)

questions = Table(
    "questions", metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(20), nullable=False),
    Column("asker_id", String(100), nullable=False, index=True),
    Column("question", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("sources", JSON, nullable=False),
    Column("latency_ms", Integer, nullable=False),
    Column("answer_text", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("origin", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("anonymised_at", UTCDateTime),
)


# Small named JSON values an adapter keeps across restarts, e.g. where the coordinator's
# Teams channel is (registered by a command, so not in the environment).
key_values = Table(
    "key_values", metadata,
    Column("key", String(255), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)


@dataclass(frozen=True)
class Escalation:
    id: int
    platform: str
    asker_id: str
    origin: dict
    question: str
    language: str
    bot_answer: str
    sources: list[dict]
    reason: str
    status: str
    created_at: datetime
    card: dict | None = None
    reply_text: str | None = None
    reply_author: str | None = None
    resolved_by: str | None = None
    approved_by: str | None = None
    key: str | None = None
    replied_at: datetime | None = None
    resolved_at: datetime | None = None
    reminders: int = 0                      # reminders sent to the coordinator so far
    last_reminded_at: datetime | None = None
    question_id: int | None = None          # the question log's row it was asked from
    is_new: bool = field(default=False, compare=False)  # True only for the call that created it

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class Delivery:
    id: int
    kind: str
    escalation_id: int | None
    payload: dict
    dedupe_key: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None = None
    result: dict | None = None


@dataclass(frozen=True)
class QuestionRecord:
    """One asked question and what the bot answered; its id is the `answer_ref` on buttons."""

    id: int
    platform: str
    asker_id: str
    question: str
    language: str
    outcome: str
    sources: list[dict]
    answer_text: str
    reason: str
    origin: dict
    latency_ms: int
    created_at: datetime


def _escalation(row, is_new: bool = False) -> Escalation:
    return Escalation(
        id=row.id, platform=row.platform, asker_id=row.asker_id, origin=row.origin or {},
        question=row.question, language=row.language, bot_answer=row.bot_answer,
        sources=row.sources or [], reason=row.reason, status=row.status, created_at=row.created_at,
        card=row.card, reply_text=row.reply_text, reply_author=row.reply_author,
        resolved_by=row.resolved_by, approved_by=row.approved_by, key=row.key,
        replied_at=row.replied_at, resolved_at=row.resolved_at, reminders=row.reminders or 0,
        last_reminded_at=row.last_reminded_at, question_id=row.question_id, is_new=is_new,
    )


def _delivery(row) -> Delivery:
    return Delivery(
        id=row.id, kind=row.kind, escalation_id=row.escalation_id, payload=row.payload or {},
        dedupe_key=row.dedupe_key, status=row.status, attempts=row.attempts,
        next_attempt_at=row.next_attempt_at, last_error=row.last_error, result=row.result,
    )


class Store:
    """All persistent state of the bot behind one small API. Safe to share between threads."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.clock = clock
        self._last_prune = float("-inf")

    @classmethod
    def from_url(cls, url: str, clock: Callable[[], datetime] = utc_now, *,
                 lock_wait_seconds: float = 30.0) -> "Store":
        """A store on `url`; for a SQLite file its folder is created. Does not connect yet.

        `lock_wait_seconds`: how long a SQLite write waits for another writer before it fails.
        Statement parameters (questions, answers, ids) never appear in an error's message or log."""
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            read_only = False
            if path and path != ":memory:" and not path.startswith("file:"):
                folder = Path(path).parent
                read_only = Path(path).is_file() and folder.is_dir() and not os.access(folder, os.W_OK)
                if read_only:  # SQLite cannot open a WAL database there otherwise; writes fail, reads work
                    log.warning("the store's folder is read-only: opening the store read-only")
                    url = f"sqlite:///file:{Path(path).resolve()}?mode=ro&immutable=1&uri=true"
                else:
                    folder.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": lock_wait_seconds, "check_same_thread": False},
                                   hide_parameters=True)
            event.listen(engine, "connect", _sqlite_pragmas(int(lock_wait_seconds * 1000), wal=not read_only))
        else:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        return cls(engine, clock)

    def create_schema(self) -> None:
        """Bring the database to the newest schema (Alembic's upgrade to head, bot/migrations/).

        Safe to call from several processes at once; a database made before migrations existed
        is adopted (see bot.migrations)."""
        from .migrations import upgrade

        upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # --- escalations -------------------------------------------------------------------

    def create_escalation(
        self, platform: str, asker_id: str, origin: dict, question: str, language: str,
        bot_answer: str, sources: list[dict], reason: str, *,
        key: str | None = None, deliver_as: str | None = None, question_id: int | None = None,
    ) -> Escalation:
        """Store a new escalation (status "pending").

        `question_id` is the question log's row it comes from (see the column). `key` makes it idempotent: a second call with the same key returns the first
        escalation with `is_new=False`. `deliver_as` enqueues, in the same transaction, a
        delivery of that kind with payload {"escalation_id": id}, so an escalation is never
        stored without the job that sends it.
        """
        now = self.clock()
        try:
            with self.engine.begin() as conn:
                new_id = conn.execute(insert(escalations).values(
                    key=key, platform=platform, asker_id=asker_id, origin=origin, question=question,
                    language=language, bot_answer=bot_answer, sources=sources, reason=reason,
                    status=PENDING, created_at=now, updated_at=now, question_id=question_id,
                )).inserted_primary_key[0]  # type: ignore[index]
                if deliver_as:
                    conn.execute(insert(deliveries).values(
                        **self._delivery_row(deliver_as, new_id, {"escalation_id": new_id},
                                             f"{deliver_as}:{new_id}", now)))
                row = conn.execute(select(escalations).where(escalations.c.id == new_id)).one()
            return _escalation(row, is_new=True)
        except IntegrityError:
            if key is None:
                raise
            existing = self._escalation_where(escalations.c.key == key)
            if existing is None:
                raise
            return existing

    def get_escalation(self, escalation_id: int) -> Escalation | None:
        return self._escalation_where(escalations.c.id == escalation_id)

    def find_by_card(self, platform: str, card_key: str) -> Escalation | None:
        """The escalation whose coordinator card is at `card_key` (as given to mark_sent)."""
        return self._escalation_where(escalations.c.platform == platform, escalations.c.card_key == card_key)

    def mark_sent(self, escalation_id: int, card: dict, card_key: str) -> bool:
        """The coordinator's card is posted; `card_key` is how a reply to it will be looked up."""
        return self._update_escalation(
            escalation_id, card=card, card_key=card_key,
            status=case((escalations.c.status == PENDING, SENT), else_=escalations.c.status))

    def record_reply(self, escalation_id: int, text: str, author: str, *, relay_as: str | None = None,
                     payload: dict | None = None, dedupe_key: str | None = None, order: str | None = None) -> bool:
        """One message of the coordinator's answer. The reply is everything the coordinator wrote:
        `text` joins the earlier messages (a blank line between), in the order of `order` (the
        message's place in the thread, e.g. Slack's ts; default: when it arrives), however late
        or concurrently it is handled. `replied_at` stays the time of the first message. False
        if there is no such escalation.

        `relay_as` queues, in the same transaction, a delivery of that kind with `payload` under
        `dedupe_key`: a message seen twice (a platform's retry, another replica) is then added
        and relayed once; the second call changes nothing and returns False.
        """
        e = escalations
        now = self.clock()
        key = dedupe_key or (f"{relay_as}:{escalation_id}" if relay_as else None)
        try:
            with self.engine.begin() as conn:
                # the row is locked first (PostgreSQL: row lock; SQLite: the write lock), so messages
                # handled at the same moment are added one after the other, none lost
                if conn.execute(update(e).where(e.c.id == escalation_id).values(updated_at=now)).rowcount != 1:
                    return False
                if relay_as is not None:  # a repeat fails here, and nothing is changed
                    conn.execute(insert(deliveries).values(**self._delivery_row(
                        relay_as, escalation_id, payload or {}, str(key), now)))
                row = conn.execute(select(e.c.reply_text, e.c.reply_parts).where(e.c.id == escalation_id)).one()
                parts = list(row.reply_parts or [])
                if not parts and row.reply_text:  # replied before the parts were kept
                    parts = [{"key": None, "order": "", "text": row.reply_text}]
                parts.append({"key": key, "order": order if order is not None else now.isoformat(), "text": text})
                parts.sort(key=lambda p: str(p.get("order") or ""))
                conn.execute(update(e).where(e.c.id == escalation_id).values(
                    reply_text="\n\n".join(p["text"] for p in parts), reply_parts=parts, reply_author=author,
                    replied_at=case((e.c.replied_at.is_(None), now), else_=e.c.replied_at),
                    status=case((e.c.status == RESOLVED, RESOLVED), else_=ANSWERED)))
            return True
        except IntegrityError:  # the dedupe key exists: this message was added before
            if relay_as is None or self.get_delivery_by_key(str(key)) is None:
                raise
            return False

    def mark_resolved(self, escalation_id: int, by: str) -> bool:
        return self._update_escalation(escalation_id, status=RESOLVED, resolved_by=by, resolved_at=self.clock())

    def mark_approved(self, escalation_id: int, by: str) -> bool:
        return self._update_escalation(escalation_id, approved_by=by, approved_at=self.clock())

    def record_reminder(self, escalation_id: int, round_no: int, kind: str, payload: dict) -> bool:
        """Count reminder `round_no` (1, 2, …) on a still unanswered escalation and queue its delivery,
        in one transaction. False when that round was already taken (by another replica) or the
        escalation was answered, resolved or removed meanwhile; then nothing is queued."""
        now = self.clock()
        e = escalations
        try:
            with self.engine.begin() as conn:
                taken = conn.execute(update(e).where(
                    e.c.id == escalation_id, e.c.reminders == round_no - 1, e.c.status.in_((PENDING, SENT)),
                ).values(reminders=round_no, last_reminded_at=now)).rowcount
                if taken != 1:
                    return False
                conn.execute(insert(deliveries).values(**self._delivery_row(
                    kind, escalation_id, payload, f"remind:{escalation_id}:{round_no}", now)))
            return True
        except IntegrityError:  # the dedupe key exists: this round was queued before
            return False

    def list_escalations(self, status: str | Iterable[str] | None = None, asker_id: str | None = None,
                         limit: int = 100) -> list[Escalation]:
        """Newest first. `status` is one status or several (e.g. OPEN_STATUSES)."""
        query = select(escalations).order_by(escalations.c.id.desc()).limit(limit)
        if isinstance(status, str):
            query = query.where(escalations.c.status == status)
        elif status is not None:
            query = query.where(escalations.c.status.in_(list(status)))
        if asker_id is not None:
            query = query.where(escalations.c.asker_id == asker_id)
        with self.engine.connect() as conn:
            return [_escalation(r) for r in conn.execute(query)]

    def _escalation_where(self, *conditions) -> Escalation | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(escalations).where(*conditions)).first()
        return _escalation(row) if row is not None else None

    def _update_escalation(self, escalation_id: int, **values: Any) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(update(escalations).where(escalations.c.id == escalation_id)
                                  .values(updated_at=self.clock(), **values))
        return result.rowcount == 1

    # --- outbox --------------------------------------------------------------------------

    def enqueue(self, kind: str, escalation_id: int | None, payload: dict, dedupe_key: str,
                not_before: datetime | None = None) -> bool:
        """Queue a delivery. False (and nothing queued) if `dedupe_key` was queued before."""
        now = self.clock()
        row = self._delivery_row(kind, escalation_id, payload, dedupe_key, now)
        if not_before is not None:
            row["next_attempt_at"] = not_before
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(deliveries).values(**row))
            return True
        except IntegrityError:
            if self.get_delivery_by_key(dedupe_key) is None:
                raise  # some other constraint, e.g. an unknown escalation id
            return False

    def claim_due(self, now: datetime, lease_seconds: float, worker_id: str, limit: int = 20,
                  kinds: Iterable[str] | None = None) -> list[Delivery]:
        """Lease up to `limit` due deliveries to `worker_id` and return them; only those of
        `kinds` when given (a worker leaves jobs it cannot send to the workers that can).

        One UPDATE whose WHERE re-checks that each row is still unleased, so two workers
        (threads or processes, SQLite or PostgreSQL) never get the same row while its lease
        lasts. A lease that runs out (a worker died mid-send) makes the row due again.
        """
        d = deliveries
        free = or_(d.c.lease_until.is_(None), d.c.lease_until <= now)
        due_ids = (select(d.c.id).where(d.c.status == DUE, d.c.next_attempt_at <= now, free)
                   .order_by(d.c.next_attempt_at, d.c.id).limit(limit))
        if kinds is not None:
            due_ids = due_ids.where(d.c.kind.in_(list(kinds)))
        token = uuid.uuid4().hex
        with self.engine.begin() as conn:
            conn.execute(update(d).where(d.c.id.in_(due_ids), d.c.status == DUE, free).values(
                lease_token=token, leased_by=worker_id[:200],
                lease_until=now + timedelta(seconds=lease_seconds), attempts=d.c.attempts + 1))
            rows = conn.execute(select(d).where(d.c.lease_token == token)
                                .order_by(d.c.next_attempt_at, d.c.id)).all()
        return [_delivery(r) for r in rows]

    def mark_delivered(self, delivery_id: int, result: dict | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(
                status=DELIVERED, delivered_at=self.clock(), result=result,
                lease_until=None, lease_token=None, last_error=None))

    def mark_failed(self, delivery_id: int, error: str, next_attempt_at: datetime) -> None:
        """Not delivered this time; due again at `next_attempt_at`. `error` must be safe to log."""
        with self.engine.begin() as conn:
            conn.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(
                next_attempt_at=next_attempt_at, last_error=error[:500],
                lease_until=None, lease_token=None))

    def get_delivery(self, delivery_id: int) -> Delivery | None:
        return self._delivery_where(deliveries.c.id == delivery_id)

    def get_delivery_by_key(self, dedupe_key: str) -> Delivery | None:
        return self._delivery_where(deliveries.c.dedupe_key == dedupe_key)

    def list_deliveries(self, status: str | None = None, kind: str | None = None) -> list[Delivery]:
        query = select(deliveries).order_by(deliveries.c.id)
        if status is not None:
            query = query.where(deliveries.c.status == status)
        if kind is not None:
            query = query.where(deliveries.c.kind == kind)
        with self.engine.connect() as conn:
            return [_delivery(r) for r in conn.execute(query)]

    def _delivery_where(self, *conditions) -> Delivery | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(deliveries).where(*conditions)).first()
        return _delivery(row) if row is not None else None

    @staticmethod
    def _delivery_row(kind: str, escalation_id: int | None, payload: dict, dedupe_key: str,
                      now: datetime) -> dict:
        return dict(kind=kind, escalation_id=escalation_id, payload=payload, dedupe_key=dedupe_key,
                    status=DUE, attempts=0, next_attempt_at=now, created_at=now)

    # --- small named values ----------------------------------------------------------------

    def set_value(self, key: str, value: dict) -> None:
        """Keep `value` (a JSON object) under `key`, replacing what was there."""
        kv = key_values
        values = dict(value=value, updated_at=self.clock())
        with self.engine.begin() as conn:
            if conn.execute(update(kv).where(kv.c.key == key).values(**values)).rowcount:
                return
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(kv).values(key=key, **values))
        except IntegrityError:  # a concurrent first write won; ours replaces it
            with self.engine.begin() as conn:
                conn.execute(update(kv).where(kv.c.key == key).values(**values))

    def get_value(self, key: str) -> dict | None:
        """What `set_value` kept under `key`, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(key_values.c.value).where(key_values.c.key == key)).first()
        return row.value if row is not None else None

    # --- idempotency of platform events -------------------------------------------------

    def claim_event(self, key: str) -> bool:
        """True for the first caller with this key (in any process), False for every later one.

        Keys older than a day are forgotten; platforms retry within minutes.
        """
        now = self.clock()
        if time.monotonic() - self._last_prune > _PRUNE_EVERY_SECONDS:
            self._last_prune = time.monotonic()
            with self.engine.begin() as conn:
                conn.execute(delete(processed_events).where(processed_events.c.claimed_at < now - EVENT_KEY_TTL))
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(processed_events).values(key=key[:255], claimed_at=now))
            return True
        except IntegrityError:
            return False

    # --- feedback and the question log ---------------------------------------------------

    def add_feedback(self, platform: str, user_id: str, answer_ref: str, question: str, value: str,
                     sources: list[dict]) -> None:
        """One vote per user and answer; a later vote replaces the earlier one."""
        f = feedback
        same = (f.c.platform == platform, f.c.user_id == user_id, f.c.answer_ref == answer_ref)
        values = dict(question=question, value=value, sources=sources, created_at=self.clock())
        with self.engine.begin() as conn:
            if conn.execute(update(f).where(*same).values(**values)).rowcount:
                return
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(f).values(platform=platform, user_id=user_id, answer_ref=answer_ref, **values))
        except IntegrityError:  # a concurrent first vote won; ours replaces it
            with self.engine.begin() as conn:
                conn.execute(update(f).where(*same).values(**values))

    def list_feedback(self, answer_ref: str | None = None) -> list[dict]:
        query = select(feedback).order_by(feedback.c.id)
        if answer_ref is not None:
            query = query.where(feedback.c.answer_ref == answer_ref)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def log_question(self, platform: str, asker_id: str, question: str, language: str, outcome: str,
                     sources: list[dict], latency_ms: int, *, answer_text: str = "", reason: str = "",
                     origin: dict | None = None) -> int:
        """Record an asked question and the bot's answer; returns its id (the answer's reference)."""
        with self.engine.begin() as conn:
            return conn.execute(insert(questions).values(
                platform=platform, asker_id=asker_id, question=question, language=language,
                outcome=outcome, sources=sources, latency_ms=int(latency_ms), answer_text=answer_text,
                reason=reason, origin=origin or {}, created_at=self.clock(),
            )).inserted_primary_key[0]  # type: ignore[index]

    def get_question(self, question_id: int) -> QuestionRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(questions).where(questions.c.id == question_id)).first()
        return _question(row) if row is not None else None

    # --- reading a period back (the gap report) ------------------------------------------

    def questions_between(self, since: datetime | None = None, until: datetime | None = None) -> list[QuestionRecord]:
        """Questions asked at or after `since` and before `until` (either may be None), oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(_between(select(questions), questions.c.created_at, since, until)
                                .order_by(questions.c.created_at, questions.c.id))
            return [_question(r) for r in rows]

    def feedback_between(self, since: datetime | None = None, until: datetime | None = None) -> list[dict]:
        """Votes given in the period, oldest first, as dicts of the feedback table's columns."""
        with self.engine.connect() as conn:
            rows = conn.execute(_between(select(feedback), feedback.c.created_at, since, until)
                                .order_by(feedback.c.created_at, feedback.c.id))
            return [dict(r._mapping) for r in rows]

    def escalations_between(self, since: datetime | None = None, until: datetime | None = None) -> list[Escalation]:
        """Escalations created in the period, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(_between(select(escalations), escalations.c.created_at, since, until)
                                .order_by(escalations.c.created_at, escalations.c.id))
            return [_escalation(r) for r in rows]


    # --- privacy: retention and erasure (bot/privacy.py; README "What is stored and for how long") ------------------

    def anonymise_before(self, cutoff: datetime) -> dict[str, int]:
        """Remove the personal link from what is older than `cutoff`; returns rows changed per table.

        questions: asker_id and origin emptied, the bot's answer text and the decision's reason (it
        can quote the question's names) dropped, and the question text too unless the outcome was
        "escalate" (the gap report groups those).
        feedback: user_id replaced by "-<row id>"; the question text kept only for 👎.
        escalations answered or resolved, untouched since `cutoff` and with nothing left to
        deliver: asker_id, origin, key (it contains the asker's id), the bot's answer and the
        coordinator's reply emptied. Escalations still waiting for the coordinator are kept whole.
        deliveries: those delivered before `cutoff` are deleted.
        Counts, dates, outcomes, cited sources and answer times stay, so the report's numbers do.
        """
        now = self.clock()
        q, f, e, d = questions, feedback, escalations, deliveries
        undelivered = select(d.c.id).where(d.c.escalation_id == e.c.id, d.c.status == DUE).exists()
        with self.engine.begin() as conn:
            counts = {
                "questions": conn.execute(
                    update(q).where(q.c.created_at < cutoff, q.c.anonymised_at.is_(None)).values(
                        asker_id="", origin={}, answer_text="", reason="", anonymised_at=now,
                        question=case((q.c.outcome == "escalate", q.c.question), else_=""))).rowcount,
                "feedback": conn.execute(
                    update(f).where(f.c.created_at < cutoff, f.c.anonymised_at.is_(None)).values(
                        user_id=literal("-", String) + cast(f.c.id, String), anonymised_at=now,
                        question=case((f.c.value == "down", f.c.question), else_=""))).rowcount,
                "escalations": conn.execute(
                    update(e).where(e.c.status.in_((ANSWERED, RESOLVED)), e.c.updated_at < cutoff,
                                    e.c.anonymised_at.is_(None), ~undelivered).values(
                        asker_id="", origin={}, key=None, bot_answer="", reply_text=None, reply_parts=None,
                        anonymised_at=now)).rowcount,
                "deliveries": conn.execute(
                    delete(d).where(d.c.status == DELIVERED, d.c.created_at < cutoff)).rowcount,
            }
        return counts

    def forget_user(self, user_id: str) -> dict[str, int]:
        """Delete one person's data now (a GDPR erasure request); returns rows removed per table.

        Their questions, their votes and the votes on their questions, the escalations they
        asked and those of their questions (also when someone else pressed the button) with
        those escalations' deliveries, and any other delivery whose payload holds
        their id as a value (except one still due for another person's escalation). Where they acted as coordinator (reply_author,
        resolved_by, approved_by) the id is cleared: "coordinator_fields" counts escalations.
        """
        q, f, e, d = questions, feedback, escalations, deliveries
        with self.engine.begin() as conn:
            logged = [r.id for r in conn.execute(select(q.c.id).where(q.c.asker_id == user_id))]
            asked = [r.id for r in conn.execute(select(e.c.id).where(or_(
                e.c.asker_id == user_id, e.c.question_id.in_(logged))))]
            # a message naming them, unless it still has to carry someone else's escalation
            # (a coordinator's pending reply to another asker names the coordinator as author)
            others = select(e.c.id).where(e.c.asker_id != user_id)
            addressed = [r.id for r in conn.execute(select(d.c.id, d.c.payload).where(or_(
                d.c.escalation_id.is_(None), d.c.status == DELIVERED, d.c.escalation_id.not_in(others),
            ))) if _mentions(r.payload, user_id)]
            counts = {
                "deliveries": conn.execute(delete(d).where(or_(d.c.escalation_id.in_(asked), d.c.id.in_(addressed))))
                .rowcount,
                "feedback": conn.execute(delete(f).where(or_(f.c.user_id == user_id,
                                                             f.c.answer_ref.in_([str(i) for i in logged])))).rowcount,
                "escalations": conn.execute(delete(e).where(e.c.id.in_(asked))).rowcount,
                "questions": conn.execute(delete(q).where(q.c.id.in_(logged))).rowcount,
            }
            touched: set[int] = set()
            for column in (e.c.reply_author, e.c.resolved_by, e.c.approved_by):
                ids = [r.id for r in conn.execute(select(e.c.id).where(column == user_id))]
                if ids:
                    conn.execute(update(e).where(e.c.id.in_(ids)).values({column.name: None}))
                    touched.update(ids)
            counts["coordinator_fields"] = len(touched)
        return counts

def _mentions(value, user_id: str) -> bool:
    """Whether a JSON value holds `user_id` as one of its strings (a payload's channel, user …)."""
    if isinstance(value, str):
        return value == user_id
    if isinstance(value, dict):
        return any(_mentions(v, user_id) for v in value.values())
    if isinstance(value, list):
        return any(_mentions(v, user_id) for v in value)
    return False


def _between(query, column, since: datetime | None, until: datetime | None):
    if since is not None:
        query = query.where(column >= since)
    if until is not None:
        query = query.where(column < until)
    return query


def _question(row) -> QuestionRecord:
    return QuestionRecord(
        id=row.id, platform=row.platform, asker_id=row.asker_id, question=row.question,
        language=row.language, outcome=row.outcome, sources=row.sources or [],
        answer_text=row.answer_text, reason=row.reason, origin=row.origin or {},
        latency_ms=row.latency_ms, created_at=row.created_at,
    )


def _sqlite_pragmas(busy_timeout_ms: int, wal: bool = True):
    def on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if wal:
            _use_wal(cursor, busy_timeout_ms / 1000)  # readers do not block the writer
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return on_connect


def _use_wal(cursor, wait_seconds: float) -> None:
    """Switch a SQLite database to WAL once. The switch needs the database to itself and SQLite does
    not wait for that (no busy handler), so connections opened together on a new file retry."""
    import sqlite3

    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)
