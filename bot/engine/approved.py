"""Approved answers as the engine quotes them: a coordinator's answer is quoted whole and introduced
as the coordinator's, with its date — and with a caveat once it may be out of date.

Everything needed was recorded with the answer's chunks at ingest (ingest/approved.py,
chunk metadata "approval"): who approved it and when, its review date and language, and the
relied-on documents' hashes as of then. A relied-on document whose current hash (the retriever
knows every file's) differs, or that is gone, has changed since. What the engine says around an
approved answer (`approved_lead`) comes from the text catalogue (prompts/texts.yaml), and names
the language of the quote when it is not the asker's.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Mapping

from .replies import PROMPTS_DIR, phrase


@dataclass(frozen=True)
class Approval:
    """An approved answer's standing, from its chunk's metadata and the current file hashes."""

    approved_on: date | None
    review_by: date | None
    language: str                               # "sv", "en"; "" when the file did not say
    changed: list[str] = field(default_factory=list)  # relied-on sources changed or removed since
    unreadable: bool = False                    # ingestion could not read its front matter

    def past_review(self, today: date) -> bool:
        return self.review_by is not None and today > self.review_by


def approval_of(metadata: Mapping, file_hashes: Mapping[str, str]) -> Approval:
    """The standing of the approved answer a passage comes from (its metadata), given every
    current file's hash. Without a record (ingestion could not read the file's front matter) it
    cannot be vouched for."""
    try:
        recorded = json.loads(metadata["approval"])
    except (KeyError, TypeError, ValueError):
        return Approval(_date(metadata.get("approved")), None, "", [], unreadable=True)
    changed = [str(r.get("source")) for r in recorded.get("relies_on") or []
               if not r.get("same") or file_hashes.get(str(r.get("source"))) != r.get("hash")]
    return Approval(_date(metadata.get("approved")), _date(recorded.get("review_by")),
                    str(recorded.get("language") or ""), changed)


def _date(iso) -> date | None:
    """A date as ingestion records it (YYYY-MM-DD), or None."""
    try:
        return date.fromisoformat(iso) if isinstance(iso, str) and iso else None
    except ValueError:
        return None


_MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def format_date(day: date, language: str) -> str:
    """3 mars 2025 / 3 March 2025."""
    months = _MONTHS["en" if language == "en" else "sv"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def approved_lead(passage, file_hashes: Mapping[str, str], today: date, language: str,
                  prompts_dir: Path = PROMPTS_DIR, *, similar: str | None = None) -> tuple[str, str | None]:
    """The lead-in for an answer quoting an approved answer, and a caveat line when it is stale.

    ("Besvarat av den internationella samordnaren den 3 mars 2025:", None); when the approved
    text is in the other language, the lead says so ("… 3 March 2025 (quoted in Swedish):").
    With `similar` (the question it answers, when the asker's is only like it) the lead names
    that question: "Den internationella samordnaren har svarat på en liknande fråga den 3 mars
    2025, ”…”:". The caveat is e.g. "Obs: ett dokument som svaret bygger på har ändrats sedan dess;
    svaret kan vara inaktuellt." `passage` is a Passage (or its metadata dict); `file_hashes`:
    every current file's hash by source. The words are in prompts/texts.yaml.
    """
    meta = passage if isinstance(passage, dict) else passage.metadata
    status = approval_of(meta, file_hashes)
    lang = "en" if language == "en" else "sv"

    def say(key: str, **values) -> str:
        return phrase(key, lang, prompts_dir, **values)

    other = bool(status.language) and status.language != lang
    dated = {"date": format_date(status.approved_on, lang)} if status.approved_on is not None else {}
    if similar is not None:  # given for a question that is only like the one it answers: name that one
        key = "approved_similar" + ("" if dated else "_undated") + ("_other_language" if other else "")
        lead = say(key, question=similar, **dated)
    else:
        lead = say("approved_lead" + ("" if dated else "_undated") + ("_other_language" if other else ""), **dated)
    past = status.past_review(today)
    if status.changed and past:
        return lead, say("approved_caveat_past_and_changed")
    if status.changed:
        return lead, say("approved_caveat_changed")
    if past:
        return lead, say("approved_caveat_past")
    if status.unreadable:
        return lead, say("approved_caveat_unreadable")
    return lead, None
