"""The coordinator's features as both chat adapters use them, with no chat platform in sight.

- `kept_sources`: what the question log (and so an escalation) keeps as an answer's sources —
  its citations, or for an escalated answer without any the passages the bot looked at, so
  that an approved answer later knows which documents it rests on (`shown_sources` leaves
  those out again wherever an answer is drawn for the asker).
- `relay_reply`: a message the coordinator writes under a card — added to the reply (which is
  everything the coordinator wrote there, in order) and queued for the asker, once per message.
- The review step before an approved answer is saved: `review_of` (the question and the whole
  reply, prefilled), `submitted_review` (what the coordinator sent back, checked) and `approve`
  (only what was submitted is written; a review that is cancelled never reaches here).
- `Approvals`: the approved answers — save (to the approved-answers folder, and ingest), list
  the stale ones, re-confirm or withdraw one (bot/approved.py does the file work).
- `reminder_text`: the line posted under a card that has waited too long (bot/reminders.py).
- `chart_for_card`: the report's chart small enough to travel inside a chat card.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping
from zoneinfo import ZoneInfo

from .approved import (
    APPROVED_DIR, DEFAULT_REVIEW_MONTHS, ApprovalError, StaleApproved, reconfirm_approved, relies_on_for,
    save_approved, stale_approved, withdraw_approved,
)
from .models import Answer, Outcome
from .workhours import DEFAULT_TZ

if TYPE_CHECKING:
    from ingest.config import StoreConfig

    from .store import Escalation, Store

log = logging.getLogger(__name__)

RETRIEVED = "retrieved"  # marks a kept source the answer did not cite


# --- sources ----------------------------------------------------------------------------------

def kept_sources(answer: Answer, cited: list[dict]) -> list[dict]:
    """The sources to store with an answer: `cited` (its citations, as the adapter shows them), or
    for an escalation without citations the retrieved passages, each marked {"retrieved": True}."""
    if cited or answer.outcome is not Outcome.ESCALATE:
        return cited
    return [{"label": p.label(answer.language), "document": p.document, "source": p.source, "section": p.section,
             "page": p.page, "url": p.url, RETRIEVED: True} for p in answer.passages]


def cited_sources(answer: Answer) -> list[dict]:
    """The citations as plain dicts: what the adapters show (label, link), and what the store keeps."""
    return [{"number": c.number, "label": c.passage.label(answer.language), "document": c.passage.document,
             "source": c.passage.source, "section": c.passage.section, "page": c.passage.page, "url": c.passage.url}
            for c in answer.citations]


def shown_sources(sources: list[dict]) -> list[dict]:
    """The sources an answer cited (not the passages kept only for the coordinator)."""
    return [s for s in sources or [] if not s.get(RETRIEVED)]


def failed_pages(knowledge_summary: Callable[[], list[dict]] | None) -> list[str]:
    """"https://… – the server answered 500 …" for each web page of urls.txt whose last fetch failed
    (from the knowledge summary); its earlier version, if any, is still what the bot reads. Empty when
    the summary cannot be read: the coordinators' status still lists the escalations."""
    if knowledge_summary is None:
        return []
    try:
        documents = knowledge_summary()
    except Exception as e:
        log.warning("could not read the state of the knowledge (%s)", type(e).__name__)
        return []
    return [f"{d.get('url') or d.get('source')} – {d['fetch_error']}"
            for d in documents or [] if d.get("fetch_error")]


def only_retrieved(sources: list[dict]) -> bool:
    """True when the sources are the passages the bot looked at, none of them cited."""
    return bool(sources) and all(s.get(RETRIEVED) for s in sources)


# --- the coordinator's reply ------------------------------------------------------------------

def relay_reply(store: "Store", escalation_id: int, text: str, author: str, *, kind: str, message_key: str,
                order: str | None = None, **extra: Any) -> bool:
    """A message the coordinator wrote under an escalation's card. It is added to the reply
    (everything the coordinator wrote there, in thread order: `order` sorts the messages, e.g.
    Slack's ts) and queued for the asker as a delivery of `kind`, in one transaction.
    `message_key` names the platform's message: the same message seen again (a retry, another
    replica) changes nothing, and the result is False. `extra` goes into the delivery's payload."""
    payload = {"escalation_id": escalation_id, "text": text, "author": author, **extra}
    return store.record_reply(escalation_id, text, author, relay_as=kind, payload=payload, dedupe_key=message_key,
                              order=order)


# --- the review step ---------------------------------------------------------------------------

LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class Review:
    """What the coordinator reviews before an approved answer is saved, and what they submit:
    the question and the answer as plain text, and the answer's language ("sv" or "en")."""

    escalation_id: int
    question: str
    answer: str
    language: str


@dataclass(frozen=True)
class Saved:
    """An approved answer as saved: its file ("approved/….md") and the first line of its text."""

    escalation_id: int
    file: str
    first_line: str


def review_of(escalation: "Escalation", to_plain: Callable[[str], str] = str) -> Review:
    """The review step, prefilled: the escalation's question and the whole reply — every message
    the coordinator wrote under the card, in order — as plain text (`to_plain` turns a platform's
    markup into it). Raises ApprovalError when there is no reply to review yet."""
    answer = to_plain(escalation.reply_text or "").strip()
    if not answer:
        raise ApprovalError(f"escalation {escalation.id} has no answer from the coordinator to save yet")
    language = escalation.language if escalation.language in LANGUAGES else LANGUAGES[0]
    return Review(escalation.id, " ".join((escalation.question or "").split()), answer, language)


def submitted_review(escalation_id: int, question: Any, answer: Any, language: Any) -> tuple[Review, dict[str, str]]:
    """What the coordinator submitted, tidied (the question on one line, the answer's paragraphs
    kept), and what is wrong with it: {field: key of the phrase to show} for "question",
    "answer" and "language" (prompts/chat.yaml, bilingual). Save only when that is empty."""
    review = Review(escalation_id, " ".join(str(question or "").split()), _tidy(str(answer or "")),
                    str(language or "").strip())
    problems = {}
    if not review.question:
        problems["question"] = "review_question_missing"
    if not review.answer:
        problems["answer"] = "review_answer_missing"
    if review.language not in LANGUAGES:
        problems["language"] = "review_language_missing"
    return review, problems


def _tidy(text: str) -> str:
    """Line ends made "\n", trailing spaces and runs of blank lines removed."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def approve(store: "Store", approvals: "Approvals", review: Review, author: str) -> Saved:
    """Save exactly what the coordinator submitted as the escalation's approved answer (written
    and ingested: seconds), and mark the escalation approved. Raises ApprovalError when it
    cannot be saved (the escalation is gone, or nothing was submitted)."""
    esc = store.get_escalation(review.escalation_id)
    if esc is None:
        raise ApprovalError(f"escalation {review.escalation_id} no longer exists")
    path = approvals.save(esc, author, review.answer, question=review.question, language=review.language)
    store.mark_approved(esc.id, author)
    log.info("escalation %s saved as an approved answer", esc.id)
    return Saved(esc.id, approved_name(path), first_line(review.answer))


def first_line(text: str, limit: int = 200) -> str:
    """The first non-empty line of `text`, shortened to `limit` characters."""
    line = next((ln.strip() for ln in (text or "").split("\n") if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# --- approved answers -------------------------------------------------------------------------

def stockholm_today() -> date:
    return datetime.now(ZoneInfo(DEFAULT_TZ)).date()


@dataclass(frozen=True)
class Approvals:
    """The approved answers of `config` (new ones are saved in config.approved_path; older ones in
    knowledge/approved/ are listed too): save one, list the stale ones, re-confirm or withdraw one.

    `files` lists what is ingested now (KnowledgeStore.files()), for the relied-on documents'
    hashes; `reindex` ingests the change (the same callable as the coordinators' reindex).
    Saving, re-confirming and withdrawing take seconds (an ingest): call them off a platform's
    ack path.
    """

    config: StoreConfig
    files: Callable[[], Mapping[str, Any]]
    reindex: Callable[[], Any] | None = None
    today: Callable[[], date] = stockholm_today
    review_months: int = DEFAULT_REVIEW_MONTHS

    def save(self, escalation, author: str, answer: str, *, question: str | None = None,
             language: str | None = None) -> Path:
        """Write and ingest; returns the file's path. `question` and `language` default to the
        escalation's. Raises bot.approved.ApprovalError when there is nothing to save."""
        return save_approved(escalation, self.config.approved_path, author=author, today=self.today(),
                             relies_on=relies_on_for(escalation.sources, self.files()), answer=answer,
                             question=question, language=language, review_months=self.review_months,
                             reindex=self.reindex)

    def stale(self) -> list[StaleApproved]:
        """Approved answers past their review date or relying on a changed document, oldest first."""
        return stale_approved(self.config, self.files(), self.today())

    def reconfirm(self, source: str, by: str) -> date:
        """`source` ("approved/….md") still holds: a new review date (returned), the relied-on
        documents as they are now; then ingested. Raises ApprovalError for an unknown file."""
        review_by = reconfirm_approved(self.config, source, self.files(), self.today(), by=by,
                                       review_months=self.review_months)
        if self.reindex is not None:
            self.reindex()
        return review_by

    def withdraw(self, source: str, by: str) -> None:
        """Delete `source` and ingest, so no one is answered with it any more."""
        withdraw_approved(self.config, source)
        log.info("approved answer %s withdrawn by %s", Path(source).name, by)
        if self.reindex is not None:
            self.reindex()


def approved_name(path: Path) -> str:
    """"approved/2025-03-03-hur-bokar-jag.md": where the coordinator finds the file to edit or delete."""
    return f"{APPROVED_DIR}/{Path(path).name}"


@lru_cache(maxsize=1)
def _bilingual() -> dict[str, str]:
    from .replies import chat_phrases

    return chat_phrases({}, {})[1]


def stale_reasons(item: StaleApproved) -> str:
    """Why an approved answer is listed for review, in Swedish and English, as plain text."""
    words = _bilingual()
    parts = []
    if item.unreadable:
        parts.append(words["approved_unreadable"])
    if item.past_review and item.review_by is not None:
        parts.append(words["approved_past_review"].format(date=item.review_by.isoformat()))
    if item.changed:
        parts.append(words["approved_changed"].format(sources=", ".join(item.changed)))
    return "; ".join(parts)


# --- reminders --------------------------------------------------------------------------------

def _hours(value: float, language: str) -> str:
    text = f"{round(float(value or 0), 1):g}"
    return text.replace(".", ",") if language == "sv" else text


def reminder_text(payload: dict) -> str:
    """"⏰ Påminnelse: frågan har väntat i 24 arbetstimmar. / Reminder: …" for a reminder payload."""
    hours = payload.get("working_hours", 0)
    return (f"⏰ Påminnelse: frågan har väntat på svar i {_hours(hours, 'sv')} arbetstimmar. / "
            f"Reminder: this question has waited {_hours(hours, 'en')} working hours for an answer.")


# --- the report -------------------------------------------------------------------------------

def chart_for_card(png: bytes, colors: int = 32) -> bytes:
    """The chart as a palette PNG (about a quarter of the size), to fit a chat card's size limit."""
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(png)) as image:
        image.convert("RGB").quantize(colors=colors).save(out, "PNG", optimize=True)
    return out.getvalue()
