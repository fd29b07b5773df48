"""Approved answers as files: what one says (its front matter), and whether it still holds.

A coordinator's answer is saved as a Markdown file in the approved-answers folder
(bot/coordinator/approved.py writes it). It is stale once its review date has passed, or when a
document it relied on (those the bot's own attempt cited when it was escalated) has changed or
gone since. Ingestion records with the answer's chunks what the engine needs to say so
(`approval_metadata`): who approved it and when, its review date and language, and for each
relied-on document whether it was the recorded content when the answer was ingested and that
document's hash then — a later change of that document shows as a different current hash. The
coordinator's list of answers to review reads the files themselves (`approval_status`).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from .config import StoreConfig
from .sources import APPROVED, source_path
from .store import FileRecord

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
    from .loaders.markdown import split_front_matter

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
    from .indexer import file_hash

    try:
        return file_hash(source_path(config, current.source), str(recorded["pipeline"])) == recorded.get("file_hash")
    except OSError:
        return False


def _past(status: ApprovalStatus, today: date) -> bool:
    return status.review_by is not None and today > status.review_by


def approval_metadata(answer: ApprovedAnswer, config: StoreConfig, records: Mapping[str, FileRecord],
                      pipeline: str) -> str:
    """What an approved answer's chunks carry (JSON, chunk metadata "approval"): its author, review
    date and language, and for each relied-on document whether it is still the recorded content
    and its hash as of now (the hash it has, or will have once this ingestion has read it, under
    `pipeline`)."""
    from .indexer import file_hash

    relies = []
    for rel in answer.relies_on:
        source = str(rel.get("source") or "")
        if not source:
            continue
        path = source_path(config, source)
        record = records.get(source)
        try:
            now = file_hash(path, pipeline) if path.is_file() else (record.file_hash if record else "")
        except OSError:
            now = ""
        current = FileRecord(source=source, file_hash=now, title="", chunks=0, ingested_at=0.0, pipeline=pipeline)
        relies.append({"source": source, "hash": now, "same": bool(now) and _same_content(rel, current, config)})
    return json.dumps({"author": answer.author, "language": answer.language,
                       "review_by": answer.review_by.isoformat() if answer.review_by else "",
                       "relies_on": relies}, ensure_ascii=False)
