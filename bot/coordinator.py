"""The coordinator's features as both chat adapters use them, with no chat platform in sight.

- `kept_sources`: what the question log (and so an escalation) keeps as an answer's sources —
  its citations, or for an escalated answer without any the passages the bot looked at, so
  that an approved answer later knows which documents it rests on (`shown_sources` leaves
  those out again wherever an answer is drawn for the asker).
- `Approvals`: "Save as approved answer" — the escalation's question and the coordinator's
  reply written to the approved-answers folder and ingested (bot/approved.py does the work).
- `reminder_text`: the line posted under a card that has waited too long (bot/reminders.py).
- `chart_for_card`: the report's chart small enough to travel inside a chat card.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo

from .approved import APPROVED_DIR, relies_on_for, save_approved
from .models import Answer, Outcome
from .workhours import DEFAULT_TZ

RETRIEVED = "retrieved"  # marks a kept source the answer did not cite


# --- sources ----------------------------------------------------------------------------------

def kept_sources(answer: Answer, cited: list[dict]) -> list[dict]:
    """The sources to store with an answer: `cited` (its citations, as the adapter shows them), or
    for an escalation without citations the retrieved passages, each marked {"retrieved": True}."""
    if cited or answer.outcome is not Outcome.ESCALATE:
        return cited
    return [{"label": p.label(), "document": p.document, "source": p.source, "section": p.section,
             "page": p.page, RETRIEVED: True} for p in answer.passages]


def shown_sources(sources: list[dict]) -> list[dict]:
    """The sources an answer cited (not the passages kept only for the coordinator)."""
    return [s for s in sources or [] if not s.get(RETRIEVED)]


def only_retrieved(sources: list[dict]) -> bool:
    """True when the sources are the passages the bot looked at, none of them cited."""
    return bool(sources) and all(s.get(RETRIEVED) for s in sources)


# --- approved answers -------------------------------------------------------------------------

def stockholm_today() -> date:
    return datetime.now(ZoneInfo(DEFAULT_TZ)).date()


@dataclass(frozen=True)
class Approvals:
    """Saves answered escalations as approved answers in `folder` (StoreConfig.approved_path).

    `files` lists what is ingested now (KnowledgeStore.files()), for the relied-on documents'
    hashes; `reindex` ingests the new file (the same callable as the coordinators' reindex).
    """

    folder: Path
    files: Callable[[], Mapping[str, Any]]
    reindex: Callable[[], Any] | None = None
    today: Callable[[], date] = stockholm_today

    def save(self, escalation, author: str, answer: str) -> Path:
        """Write and ingest; returns the file's path. Raises bot.approved.ApprovalError when there
        is nothing to save. Takes seconds (an ingest): call it off a platform's ack path."""
        return save_approved(escalation, self.folder, author=author, today=self.today(),
                             relies_on=relies_on_for(escalation.sources, self.files()), answer=answer,
                             reindex=self.reindex)


def approved_name(path: Path) -> str:
    """"approved/2025-03-03-hur-bokar-jag.md": where the coordinator finds the file to edit or delete."""
    return f"{APPROVED_DIR}/{Path(path).name}"


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
