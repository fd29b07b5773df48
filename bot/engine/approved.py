"""Approved answers as the engine reads them: a coordinator's answer, saved as a document in the
approved-answers folder (bot/coordinator/approved.py writes them), is quoted whole and introduced
as the coordinator's, with its date — and with a caveat once it may be out of date.

An approved answer is stale once its review date has passed, or when a document it relied on
(those the bot's own attempt cited when it was escalated) has changed or gone since. The front
matter is not in the chunks' metadata, so it is read from the file, cached by (path, mtime).
What the engine says around an approved answer (`approved_lead`) comes from the text catalogue
(prompts/texts.yaml), and names the language of the quote when it is not the asker's.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from ingest.config import StoreConfig
from ingest.sources import APPROVED, source_path
from ingest.store import FileRecord

from .replies import PROMPTS_DIR, phrase

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ApprovedAnswer:
    """An approved-answer file as read back."""

    source: str  # its source name, "approved/…"
    question: str
    answer: str
    author: str
    approved: date | None
    review_by: date | None
    language: str
    relies_on: tuple[dict, ...] = ()
    escalation_id: int | None = None
    reconfirmed: date | None = None  # the coordinator's last "still holds"


@dataclass(frozen=True)
class ApprovalStatus:
    approved_on: date | None
    author: str
    stale: bool
    reasons: list[str] = field(default_factory=list)  # in English, for logs and the coordinator
    review_by: date | None = None
    changed: list[str] = field(default_factory=list)  # relied-on sources changed or removed since
    language: str = ""  # the approved text's language ("sv", "en"; "" when the file does not say)


def read_approved(path: Path, source: str | None = None) -> ApprovedAnswer:
    """The approved answer in `path`, known as `source` (default "approved/<file name>"); cached
    until the file changes. Raises OSError, ValueError."""
    stat = path.stat()
    return _read_cached(str(path), stat.st_mtime_ns, stat.st_size, source or APPROVED + path.name)


@lru_cache(maxsize=1024)
def _read_cached(path: str, _mtime_ns: int, _size: int, source: str) -> ApprovedAnswer:
    from ingest.loaders.markdown import split_front_matter

    meta, body = split_front_matter(Path(path).read_text(encoding="utf-8"))
    if not meta:
        raise ValueError(f"{source}: no front matter")
    question = str(meta.get("question") or "")
    return ApprovedAnswer(
        source=source, question=question, answer=_answer_of(body, question),
        author=str(meta.get("answer_author") or ""), approved=_date(meta.get("approved")),
        review_by=_date(meta.get("review_by")), language=str(meta.get("language") or ""),
        relies_on=tuple(r for r in meta.get("relies_on") or [] if isinstance(r, dict)),
        escalation_id=meta.get("escalation_id") if isinstance(meta.get("escalation_id"), int) else None,
        reconfirmed=_date(meta.get("reconfirmed")),
    )


def _answer_of(body: str, question: str) -> str:
    """The answer text of a body written by render_approved (heading and question prefix removed)."""
    lines = body.strip().split("\n")
    if lines and lines[0].startswith("#"):
        lines = lines[1:]
    text = "\n".join(lines).strip()
    prefix = f"{question} – "
    return text[len(prefix):] if question and text.startswith(prefix) else text


def _date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def approval_status(passage_metadata: dict, files: Mapping[str, FileRecord], today: date,
                    config: StoreConfig) -> ApprovalStatus:
    """Whether the approved answer a passage comes from still holds.

    Stale when `today` is past its review_by date, or when a relied-on document's current file
    hash (in `files`, i.e. what is ingested) differs from the recorded one, or it is gone.
    A file that cannot be read is reported stale, with the reason.
    """
    source = str(passage_metadata.get("source") or "")
    try:
        record = read_approved(source_path(config, source), source)
    except Exception as e:  # missing, unreadable, no front matter: say so rather than vouch for it
        return ApprovalStatus(None, "", True, [f"the approved answer's file {source} cannot be read "
                                               f"({e.__class__.__name__})"])
    return _status_of(record, files, today, config)


def _status_of(record: ApprovedAnswer, files: Mapping[str, FileRecord], today: date,
               config: StoreConfig) -> ApprovalStatus:
    reasons: list[str] = []
    changed: list[str] = []
    if record.review_by is not None and today > record.review_by:
        reasons.append(f"past its review date {record.review_by.isoformat()}")
    for rel in record.relies_on:
        source = str(rel.get("source") or "")
        current = files.get(source)
        if current is None:
            reasons.append(f"{source}, which it relies on, has been removed")
            changed.append(source)
        elif not _same_content(rel, current, config):
            reasons.append(f"{source}, which it relies on, has changed since it was approved")
            changed.append(source)
    return ApprovalStatus(record.approved, record.author, bool(reasons), reasons, record.review_by, changed,
                          record.language)


def _same_content(recorded: dict, current: FileRecord, config: StoreConfig) -> bool:
    """The recorded hash against the current record's; when the ingest pipeline has changed
    since (which changes every hash), the file's bytes are hashed again the recorded way."""
    if not recorded.get("pipeline") or recorded.get("pipeline") == current.pipeline:
        return recorded.get("file_hash") == current.file_hash
    from ingest.indexer import file_hash

    try:
        return file_hash(source_path(config, current.source), str(recorded["pipeline"])) == recorded.get("file_hash")
    except OSError:
        return False


def _past(status: ApprovalStatus, today: date) -> bool:
    return status.review_by is not None and today > status.review_by


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


def approved_lead(passage, config: StoreConfig, files: Mapping[str, FileRecord], today: date,
                  language: str, prompts_dir: Path = PROMPTS_DIR, *, similar: str | None = None) -> tuple[str, str | None]:
    """The lead-in for an answer quoting an approved answer, and a caveat line when it is stale.

    ("Besvarat av den internationella samordnaren den 3 mars 2025:", None); when the approved
    text is in the other language, the lead says so ("… 3 March 2025 (quoted in Swedish):").
    With `similar` (the question it answers, when the asker's is only like it) the lead names
    that question: "Den internationella samordnaren har svarat på en liknande fråga den 3 mars
    2025, ”…”:". The caveat is e.g. "Obs: ett dokument som svaret bygger på har ändrats sedan dess; svaret
    kan vara inaktuellt." `passage` is a Passage (or its metadata dict). The words are in
    prompts/replies.yaml.
    """
    meta = passage if isinstance(passage, dict) else {**passage.metadata, "source": passage.source}
    status = approval_status(meta, files, today, config)
    lang = "en" if language == "en" else "sv"

    def say(key: str, **values) -> str:
        return phrase(key, lang, prompts_dir, **values)

    other = bool(status.language) and status.language != lang
    if similar is not None:  # given for a question that is only like the one it answers: name that one
        key = "approved_similar" + ("" if status.approved_on is not None else "_undated") + \
            ("_other_language" if other else "")
        lead = say(key, question=similar, **({"date": format_date(status.approved_on, lang)}
                                              if status.approved_on is not None else {}))
    elif status.approved_on is not None:
        lead = say("approved_lead_other_language" if other else "approved_lead",
                   date=format_date(status.approved_on, lang))
    else:
        lead = say("approved_lead_undated_other_language" if other else "approved_lead_undated")
    if not status.stale:
        return lead, None
    past = _past(status, today)
    if status.changed and past:
        caveat = say("approved_caveat_past_and_changed")
    elif status.changed:
        caveat = say("approved_caveat_changed")
    elif past:
        caveat = say("approved_caveat_past")
    else:  # the file itself could not be read
        caveat = say("approved_caveat_unreadable")
    return lead, caveat
