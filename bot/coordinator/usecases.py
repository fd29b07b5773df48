"""The coordinator workflow, once, for every chat platform: plain data in, plain data out.

An adapter (bot/adapters/slack, bot/adapters/teams) turns its platform's events into calls of a
`Coordinator` made for that platform, and draws what comes back as Block Kit or an Adaptive
Card. Everything that decides — who may do what, what is stored, what is queued for the
outbox, what the asker and the coordinator are told — is here:

    ask            the engine's answer, logged; a friendly escalation when the engine fails
    feedback       a 👍/👎 on a logged answer
    escalate       "Ask the coordinator": the escalation and its card's delivery, stored at once
    relay          a coordinator's message under a card: added to the reply, queued for the asker
    resolve        "Mark resolved"
    review / save  "Save as approved answer": the review prefilled, then exactly what was submitted
    reconfirm / withdraw   the approved answers to review
    status         the coordinator's open escalations, or an asker's own questions
    reindex, report

People are stored by their platform id (a Slack member id, an Entra object id or Teams id),
never by a display name. The outbox side (sending cards, replies, reminders) is bot/coordinator/outbox.py.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Callable, Protocol, Sequence

from bot.engine.models import Answer, Outcome, Question
from bot.store import OPEN_STATUSES, Escalation, QuestionRecord, Store
from bot.texts import guess_language, say

from .approved import ApprovalError, StaleApproved
from .ports import AnswerEngine, ApprovedAnswers, KnowledgeSummary, MakeReport, Reindex, StatusText
from .reminders import status_for_asker, status_text
from .workflow import (
    Review,
    Saved,
    approve,
    cited_sources,
    failed_pages,
    kept_sources,
    relay_reply,
    review_of,
    submitted_review,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Platform:
    """What the use-cases need to know of the adapter that calls them: its name (stored with
    every row) and the outbox kinds its deliverer handles."""

    name: str

    @property
    def card_kind(self) -> str:
        return f"{self.name}.escalation_card"

    @property
    def relay_kind(self) -> str:
        return f"{self.name}.relay"

    @property
    def post_kind(self) -> str:
        return f"{self.name}.post"

    @property
    def reminder_kind(self) -> str:
        return f"{self.name}.reminder"


class Access(Protocol):
    """Who may do what, as the platform's settings say (SlackSettings, TeamsSettings)."""

    def may_answer(self, *ids: str | None) -> bool:
        """Answer, resolve and approve escalations (a card's buttons and thread)."""

    def may_command(self, *ids: str | None) -> bool:
        """The coordinator commands: status of all, reindex, report, the approved answers to review."""


class Refused(str, Enum):
    """Why a use-case did nothing. Each value is a key of the text catalogue (bot/texts.py)."""

    GONE = "gone"                                     # the answer or escalation no longer exists
    NO_COORDINATOR = "no_coordinator"                 # nowhere to send escalations
    COORDINATORS_ONLY = "card_coordinators_only"      # a card's button or thread, by someone else
    COMMAND_COORDINATORS_ONLY = "coordinators_only"   # a coordinator command, by someone else
    NOTHING_TO_APPROVE = "nothing_to_approve"         # no reply yet
    APPROVE_UNAVAILABLE = "approve_unavailable"
    APPROVE_FAILED = "approve_failed"
    APPROVED_ACTION_FAILED = "approved_action_failed"
    REINDEX_UNAVAILABLE = "reindex_unavailable"
    REINDEX_FAILED = "reindex_failed"
    REPORT_UNAVAILABLE = "report_unavailable"
    REPORT_FAILED = "report_failed"
    EMPTY_REPLY = "empty_reply"


@dataclass(frozen=True)
class Asked:
    answer: Answer
    ref: int  # the question log's id: what the answer's buttons carry


@dataclass(frozen=True)
class Escalated:
    escalation: Escalation
    record: QuestionRecord
    new: bool  # False: this person had already sent this answer's question


@dataclass(frozen=True)
class Voted:
    record: QuestionRecord
    value: str  # "up" or "down"


@dataclass(frozen=True)
class Relayed:
    escalation: Escalation
    queued: bool  # False: the same message was seen before (a retry, another replica)


@dataclass(frozen=True)
class ApprovedChange:
    action: str              # "reconfirm" or "withdraw"
    source: str              # "approved/….md"
    by: str
    review_by: date | None = None
    stale: list[StaleApproved] = field(default_factory=list)  # the list to review, after the change


@dataclass(frozen=True)
class CoordinatorStatus:
    open_escalations: list[Escalation]
    last_ingest: str
    failed_pages: list[str]


@dataclass(frozen=True)
class ReportMade:
    summary: str
    chart_png: bytes
    since: date
    until: date
    language: str


@dataclass
class Coordinator:
    """The use-cases for one platform. Blocking (engine, store, ingest): an async adapter runs them
    in a worker thread."""

    platform: Platform
    engine: AnswerEngine
    store: Store
    access: Access
    # Whether escalations have somewhere to go (Slack: COORDINATOR_CHANNEL; Teams: a registered channel).
    destination: Callable[[], bool]
    reindexer: Reindex | None = None
    status_line: StatusText | None = None
    knowledge_summary: KnowledgeSummary | None = None
    approvals: ApprovedAnswers | None = None
    make_report: MakeReport | None = None

    # --- the asker ----------------------------------------------------------------------------

    def ask(self, question: Question, origin: dict) -> Asked:
        """The engine's answer, logged with where it was asked (`origin`, the adapter's JSON) under
        the reference its buttons carry. If the engine fails, the asker gets a friendly line and
        the coordinator button instead."""
        started = time.perf_counter()
        try:
            answer = self.engine.answer(question)
        except Exception:
            log.exception("engine failed on a question from %s", question.asker_id)
            language = question.language_hint or guess_language(question.text)
            answer = Answer(Outcome.ESCALATE, say("error", language), language, reason="engine error")
        latency_ms = int((time.perf_counter() - started) * 1000)
        ref = self.store.log_question(
            self.platform.name, question.asker_id, question.text, answer.language, answer.outcome.value,
            kept_sources(answer, cited_sources(answer)), latency_ms, answer_text=answer.text, reason=answer.reason,
            origin=origin)
        log.info("answered %s for %s: %s in %d ms", ref, question.asker_id, answer.outcome.value, latency_ms)
        return Asked(answer, ref)

    def answer_record(self, ref: Any) -> QuestionRecord | None:
        """A logged answer by the reference its buttons carry (None when gone, or not a reference)."""
        try:
            return self.store.get_question(int(ref))
        except (TypeError, ValueError):
            return None

    def feedback(self, ref: Any, voter: str, value: str) -> Voted | Refused:
        record = self.answer_record(ref)
        if record is None or value not in ("up", "down"):
            return Refused.GONE
        self.store.add_feedback(self.platform.name, voter, str(record.id), record.question, value, record.sources)
        log.info("feedback %s on answer %s from %s", value, record.id, voter)
        return Voted(record, value)

    def escalate(self, ref: Any, asker_id: str, origin: dict | None = None) -> Escalated | Refused:
        """"Ask the coordinator" under a logged answer: the escalation and the delivery of its card,
        stored together; once per answer and person. `origin` (default: where the answer was
        given) is where the coordinator's reply goes."""
        record = self.answer_record(ref)
        if record is None:
            return Refused.GONE
        if not self.destination():
            log.warning("escalation asked for on answer %s, but there is no coordinator channel", record.id)
            return Refused.NO_COORDINATOR
        esc = self.store.create_escalation(
            self.platform.name, asker_id, dict(origin if origin is not None else record.origin), record.question,
            record.language, record.answer_text, record.sources, record.reason or record.outcome,
            key=f"{self.platform.name}:{record.id}:{asker_id}", deliver_as=self.platform.card_kind,
            question_id=record.id)
        log.info("escalation %s %s from answer %s by %s", esc.id, "created" if esc.is_new else "asked for again",
                 record.id, asker_id)
        return Escalated(esc, record, esc.is_new)

    def own_status(self, asker_id: str, language: str | None = None) -> str:
        """The asker's own escalations, newest first, as lines (in `language`, default: that of
        their latest question to the coordinator)."""
        items = status_for_asker(self.store, asker_id)
        if language is None:
            latest = self.store.list_escalations(asker_id=asker_id, limit=1)
            language = latest[0].language if latest else "sv"
        return status_text(items, language)

    def open_questions(self, asker_id: str, language: str = "sv") -> str:
        """The asker's escalations not yet resolved, as lines (Slack's App Home)."""
        items = [i for i in status_for_asker(self.store, asker_id) if i["status"] in OPEN_STATUSES]
        return status_text(items, language)

    # --- the coordinator: a card's thread and buttons ---------------------------------------------

    def escalation(self, escalation_id: Any) -> Escalation | None:
        """An escalation of this platform by id (None when gone, another platform's, or not an id)."""
        try:
            esc = self.store.get_escalation(int(escalation_id))
        except (TypeError, ValueError):
            return None
        return esc if esc is not None and esc.platform == self.platform.name else None

    def card_thread(self, card_key: str) -> Escalation | None:
        """The escalation whose card is at `card_key` (how the adapter found the card's thread)."""
        return self.store.find_by_card(self.platform.name, card_key)

    def relay(self, esc: Escalation, text: str, author: Sequence[str], *, message_key: str, order: str | None = None,
              **extra: Any) -> Relayed | Refused:
        """A message under an escalation's card: from a coordinator, it is added to the reply (every
        message, in thread order `order`) and queued for the asker, once per `message_key`.
        `author` is the writer's ids, the stored one first; `extra` goes into the delivery (e.g.
        the name to show the asker)."""
        if not self.access.may_answer(*author):
            log.info("escalation %s: a message from %s, who is not a coordinator; not relayed", esc.id, author[0])
            return Refused.COORDINATORS_ONLY
        text = text.strip()
        if not text:
            return Refused.EMPTY_REPLY
        queued = relay_reply(self.store, esc.id, text, author[0], kind=self.platform.relay_kind,
                             message_key=message_key, order=order, **extra)
        log.info("escalation %s: reply %s from %s %s", esc.id, message_key, author[0],
                 "queued" if queued else "was already queued")
        return Relayed(self.store.get_escalation(esc.id) or esc, queued)

    def resolve(self, escalation_id: Any, by: Sequence[str]) -> Escalation | Refused:
        esc = self.escalation(escalation_id)
        if esc is None:
            return Refused.GONE
        if not self.access.may_answer(*by):
            return Refused.COORDINATORS_ONLY
        self.store.mark_resolved(esc.id, by[0])
        log.info("escalation %s resolved by %s", esc.id, by[0])
        return self.store.get_escalation(esc.id) or esc

    def review(self, escalation_id: Any, by: Sequence[str], to_plain: Callable[[str], str] = str) -> Review | Refused:
        """"Save as approved answer": the review to show, prefilled with the question and the whole
        reply (`to_plain` turns the platform's markup into plain text). Nothing is written."""
        esc = self.escalation(escalation_id)
        if esc is None:
            return Refused.GONE
        if not self.access.may_answer(*by):
            return Refused.COORDINATORS_ONLY
        try:
            review = review_of(esc, to_plain)
        except ApprovalError:
            return Refused.NOTHING_TO_APPROVE
        if self.approvals is None:
            return Refused.APPROVE_UNAVAILABLE
        return review

    def check_review(self, escalation_id: Any, by: Sequence[str], question: Any, answer: Any,
                     language: Any) -> tuple[Review, dict[str, str]] | Refused:
        """What the coordinator submitted, tidied, and its problems ({field: text key}; save only
        when there are none). Refused when `by` may not answer escalations or the id is not one."""
        if not self.access.may_answer(*by) or not isinstance(escalation_id, int):
            return Refused.COORDINATORS_ONLY
        return submitted_review(escalation_id, question, answer, language)

    def save(self, review: Review, by: str) -> Saved | Refused:
        """Write exactly the submitted review as the escalation's approved answer and ingest it
        (seconds: call it off the platform's acknowledgement path)."""
        if self.approvals is None:
            return Refused.APPROVE_UNAVAILABLE
        try:
            saved = approve(self.store, self.approvals, review, by)
        except ApprovalError as e:
            log.warning("escalation %s not saved as an approved answer: %s", review.escalation_id, e)
            return Refused.APPROVE_FAILED
        except Exception:
            log.exception("saving escalation %s as an approved answer failed", review.escalation_id)
            return Refused.APPROVE_FAILED
        log.info("escalation %s approved by %s", review.escalation_id, by)
        return saved

    # --- the coordinator: commands -------------------------------------------------------------

    def may_command(self, *ids: str | None) -> bool:
        return self.access.may_command(*ids)

    def status(self) -> CoordinatorStatus:
        """The open escalations, when the documents were last read, and the web pages that failed."""
        return CoordinatorStatus(self.store.list_escalations(status=OPEN_STATUSES), self.last_ingest(),
                                 failed_pages(self.knowledge_summary))

    def last_ingest(self) -> str:
        """One line on the state of the knowledge: "2025-03-01 08:12 (14 dokument)"; empty when
        nobody said how to know or it cannot be read."""
        try:
            if self.status_line is not None:
                return self.status_line()
            if self.knowledge_summary is not None:
                return last_ingest_of(self.knowledge_summary())
        except Exception as e:  # the status still lists the escalations
            log.warning("could not read the state of the knowledge (%s)", type(e).__name__)
        return ""

    def documents(self) -> list[dict]:
        """What the bot knows (the knowledge summary), empty when it cannot be read."""
        try:
            return self.knowledge_summary() if self.knowledge_summary else []
        except Exception:
            log.exception("knowledge summary failed")
            return []

    def reindex(self) -> dict | Refused:
        if self.reindexer is None:
            return Refused.REINDEX_UNAVAILABLE
        try:
            return self.reindexer() or {}
        except Exception:
            log.exception("reindex failed")
            return Refused.REINDEX_FAILED

    def stale_approved(self) -> list[StaleApproved] | Refused:
        if self.approvals is None:
            return Refused.APPROVE_UNAVAILABLE
        try:
            return self.approvals.stale()
        except Exception:
            log.exception("listing the approved answers to review failed")
            return Refused.APPROVED_ACTION_FAILED

    def change_approved(self, action: str, source: str, by: Sequence[str]) -> ApprovedChange | Refused:
        """Re-confirm ("reconfirm") or withdraw ("withdraw") an approved answer, then the list to
        review as it is now. Ingests: seconds."""
        if not self.access.may_command(*by):
            return Refused.COORDINATORS_ONLY
        if self.approvals is None:
            return Refused.APPROVE_UNAVAILABLE
        review_by = None
        try:
            if action == "reconfirm":
                review_by = self.approvals.reconfirm(source, by[0])
            else:
                self.approvals.withdraw(source, by[0])
        except ApprovalError as e:
            log.warning("approved answer %s: %s by %s refused (%s)", source, action, by[0], e)
            return Refused.APPROVED_ACTION_FAILED
        except Exception:
            log.exception("approved answer %s: %s by %s failed", source, action, by[0])
            return Refused.APPROVED_ACTION_FAILED
        log.info("approved answer %s: %s by %s", source, action, by[0])
        stale = self.stale_approved()
        return ApprovedChange(action, source, by[0], review_by, stale if isinstance(stale, list) else [])

    def report(self, language: str) -> ReportMade | Refused:
        """The last 28 days: a summary for a chat message and the chart of questions per week."""
        if self.make_report is None:
            return Refused.REPORT_UNAVAILABLE
        from .report import main_chart_png, summary_text

        try:
            made = self.make_report()
            return ReportMade(summary_text(made, language), main_chart_png(made), made.since, made.until, language)
        except Exception:
            log.exception("the report failed")
            return Refused.REPORT_FAILED


def last_ingest_of(documents: list[dict]) -> str:
    """The newest ingest time of the documents (KnowledgeSummary) in Swedish time, and how many
    documents there are: "2025-03-01 08:12 (14 dokument)"; "" when none has a time."""
    from datetime import datetime, timezone

    from .workflow import local_time

    times = []
    for d in documents:
        value = d.get("ingested_at")
        if isinstance(value, (int, float)):
            times.append(datetime.fromtimestamp(value, timezone.utc))
        elif isinstance(value, datetime):
            times.append(value if value.tzinfo else value.replace(tzinfo=timezone.utc))
        elif isinstance(value, str) and value:
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                continue
            times.append(parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc))
    return f"{local_time(max(times))} ({len(documents)} dokument)" if times else ""
