"""Approved answers: a coordinator's reply saved as a document, so the next asker gets it directly.

"Save as approved answer" on an escalation writes <date>-<slug>.md in the approved-answers
folder (APPROVED_ANSWERS_DIR, `.data/approved` by default; StoreConfig.approved_path), a
place the bot can write to when the knowledge folder is mounted read-only:

    ---
    question: Hur mycket traktamente får man vid en tjänsteresa utomlands?
    answer_author: U0COORD
    approved: 2025-03-03
    review_by: 2026-03-03
    language: sv
    relies_on:
    - {source: internationell-policy.md, file_hash: 9f…, pipeline: 2/700}
    escalation_id: 12
    ---
    # Hur mycket traktamente får man vid en tjänsteresa utomlands?

    Hur mycket traktamente får man vid en tjänsteresa utomlands? – Traktamente betalas …

and ingests it: ingestion reads that folder next to the knowledge folder, its files named
"approved/<file>" and of kind "approved", as files in knowledge/approved/ still are
(ingest/sources.py). The question is both the
heading (the chunk's title, which is embedded with it) and the start of the first line,
joined to the answer without a sentence break, so the sentence the engine quotes carries
both the question — which a reworded question in either language is close to — and the
answer.

An approved answer is stale — shown with a caveat and listed for the coordinator — once
its review date has passed, or when a document it relied on (those the bot's own attempt
cited when it was escalated) has changed or gone since. Here the files are read for that
(ingest/approved.py); the engine reads what ingestion recorded with the answer's chunks. The coordinator re-confirms a stale answer (`reconfirm_approved`:
a new review date, the relied-on documents' current hashes) or withdraws it (`withdraw_approved`:
the file is deleted).
"""
from __future__ import annotations

import calendar
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Mapping

import yaml

from ingest.approved import ApprovalStatus, ApprovedAnswer, _past, _status_of, read_approved
from ingest.config import StoreConfig
from ingest.sources import APPROVED, scan_sources, source_path
from ingest.store import FileRecord

__all__ = ["APPROVED_DIR", "ApprovalError", "ApprovalStatus", "ApprovedAnswer", "StaleApproved", "add_months",
           "approved_file", "reconfirm_approved", "relies_on_for", "render_approved", "save_approved", "slug",
           "stale_approved", "withdraw_approved"]

log = logging.getLogger(__name__)

APPROVED_DIR = "approved"
DEFAULT_REVIEW_MONTHS = 12
_SLUG_CHARS = 60


class ApprovalError(Exception):
    """An answer cannot be saved as asked; the message says why, for the coordinator."""


@dataclass(frozen=True)
class StaleApproved:
    """An approved answer that needs the coordinator's review."""

    source: str
    question: str
    approved_on: date | None
    review_by: date | None
    reasons: list[str]  # in English, for logs
    past_review: bool = False
    changed: tuple[str, ...] = ()  # relied-on documents changed or removed since
    unreadable: bool = False


# --- saving ---------------------------------------------------------------------------------

def relies_on_for(sources: list[dict], files: Mapping[str, FileRecord]) -> list[dict]:
    """The documents an escalation's sources point at, with their current file hashes.

    A source dict names its file ("source", as the adapters' `sources_of` stores it) or only
    its document title ("document"); titles are looked up among the file records. Sources
    that match no current file are left out.
    """
    by_title: dict[str, FileRecord] = {}
    for record in files.values():
        by_title.setdefault(record.title, record)
    out: dict[str, dict] = {}
    for s in sources or []:
        found = files.get(str(s.get("source") or "")) or by_title.get(str(s.get("document") or ""))
        if found is not None and found.source not in out:
            out[found.source] = {"source": found.source, "file_hash": found.file_hash, "pipeline": found.pipeline}
    return list(out.values())


def save_approved(escalation, folder: Path, *, author: str, today: date, relies_on: list[dict],
                  review_months: int = DEFAULT_REVIEW_MONTHS, answer: str | None = None,
                  question: str | None = None, language: str | None = None,
                  reindex: Callable[[], Any] | None = None) -> Path:
    """Write the question and the coordinator's answer to `folder`, the approved-answers folder,
    and ingest it (`reindex`, e.g. `bot.runtime.reindexer(settings)`); returns the file's path.

    `answer`, `question` and `language` are what the coordinator submitted in the review step;
    they default to the escalation's reply, question and language. Saving the same escalation
    again replaces its file; a file of another answer is never overwritten (the name gets -2,
    -3 …). Written atomically, so an ingest running meanwhile never reads half a file.
    """
    text = (answer if answer is not None else escalation.reply_text or "").strip()
    if not text:
        raise ApprovalError(f"escalation {escalation.id} has no answer from the coordinator to save yet")
    question = " ".join((question if question is not None else escalation.question).split())
    if not question:
        raise ApprovalError(f"escalation {escalation.id} has no question text (it may have been anonymised)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    content = render_approved(question, text, author=author, approved=today,
                              review_by=add_months(today, review_months), language=language or escalation.language,
                              relies_on=relies_on, escalation_id=escalation.id)
    path = _file_of(folder, escalation.id) or _free_path(folder, f"{today.isoformat()}-{slug(question)}", content)
    _write_atomically(path, content)
    log.info("escalation %s saved as an approved answer", escalation.id)
    if reindex is not None:
        reindex()
    return path


def render_approved(question: str, answer: str, *, author: str, approved: date, review_by: date, language: str,
                    relies_on: list[dict], escalation_id: int | None) -> str:
    meta = {"question": question, "answer_author": author, "approved": approved, "review_by": review_by,
            "language": language, "relies_on": [dict(r) for r in relies_on], "escalation_id": escalation_id}
    # one paragraph a line; a "# " the coordinator typed would start a new section, so it goes
    paragraphs = [_HEADING_MARK.sub("", " ".join(p.split())) for p in re.split(r"\n\s*\n", answer.strip())]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ApprovalError("there is no answer text to save")
    first, rest = paragraphs[0], paragraphs[1:]
    # "?" (or ".") then " – ": no sentence break, so question and answer are one quoted unit
    body = [f"# {question}", "", f"{question} – {first}"]
    for p in rest:
        body += ["", p]
    return _front_matter(meta) + "\n" + "\n".join(body) + "\n"


_HEADING_MARK = re.compile(r"^#{1,6}\s+")


def _front_matter(meta: dict) -> str:
    # one line per value: the Markdown loader strips lines' leading spaces before it reads the
    # front matter, so nested YAML must not depend on indentation (relies_on items in flow style)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=None)
    return f"---\n{front}---\n"


def slug(text: str) -> str:
    """"Hur mycket traktamente får man?" -> "hur-mycket-traktamente-far-man" (ASCII, at most 60)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > _SLUG_CHARS:
            break
        out = f"{out}-{w}" if out else w
    return out or "svar"


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it is shorter (29 Feb -> 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _file_of(folder: Path, escalation_id: int) -> Path | None:
    """The approved file already saved for this escalation, if any."""
    for path in sorted(folder.glob("*.md")):
        record = _read_or_none(path)
        if record is not None and record.escalation_id == escalation_id:
            return path
    return None


def _free_path(folder: Path, stem: str, content: str) -> Path:
    n = 1
    while True:
        path = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
        if not path.exists() or path.read_text(encoding="utf-8") == content:
            return path
        n += 1


def _write_atomically(path: Path, content: str) -> None:
    # a dot file: the indexer ignores it while it is being written
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- reading back ---------------------------------------------------------------------------

def _read_or_none(path: Path) -> ApprovedAnswer | None:
    try:
        return read_approved(path)
    except Exception as e:  # missing, not UTF-8, broken YAML written by hand
        log.warning("approved answer %s not readable (%s)", path.name, e.__class__.__name__)
        return None


# --- staleness ------------------------------------------------------------------------------

def stale_approved(config: StoreConfig, files: Mapping[str, FileRecord], today: date) -> list[StaleApproved]:
    """Every approved answer (in either folder) that needs review, oldest approval first (for the coordinator)."""
    out = []
    for source, path in scan_sources(config).items():
        if not source.startswith(APPROVED) or path.suffix != ".md":
            continue
        try:
            record = read_approved(path, source)
        except Exception as e:
            out.append(StaleApproved(source, "", None, None, [f"cannot be read ({e.__class__.__name__})"],
                                     unreadable=True))
            continue
        status = _status_of(record, files, today, config)
        if status.stale:
            out.append(StaleApproved(record.source, record.question, record.approved, record.review_by,
                                     status.reasons, past_review=_past(status, today),
                                     changed=tuple(status.changed)))
    return sorted(out, key=lambda s: (s.approved_on or date.min, s.source))


# --- the coordinator's review: re-confirm or withdraw ---------------------------------------

def approved_file(config: StoreConfig, source: str) -> Path:
    """The approved-answer file `source` ("approved/….md", as listed by stale_approved) names: in
    the approved-answers folder, or in knowledge/approved/. Raises ApprovalError for anything that
    is not an existing file in one of those."""
    folders = {config.approved_path.resolve(), (config.knowledge_dir / APPROVED_DIR).resolve()}
    path = source_path(config, str(source)).resolve()
    if (not str(source).startswith(APPROVED) or path.suffix != ".md" or not folders & set(path.parents)
            or not path.is_file()):
        raise ApprovalError(f"{source} is not an approved answer (it may have been withdrawn already)")
    return path


def _changing(source: str, change: Callable[[], Any]) -> Any:
    """`change()` to an approved answer's file; a read-only place (knowledge/approved/ mounted
    read-only) is an ApprovalError that says what to do."""
    try:
        return change()
    except OSError as e:
        raise ApprovalError(f"{source} cannot be changed where it is ({e.strerror or e.__class__.__name__}); "
                            "move it to the approved-answers folder (APPROVED_ANSWERS_DIR)") from e


def reconfirm_approved(config: StoreConfig, source: str, files: Mapping[str, FileRecord], today: date, *,
                       by: str, review_months: int = DEFAULT_REVIEW_MONTHS) -> date:
    """The coordinator has checked that the answer in `source` still holds: it gets a new review
    date, and the documents it relies on are recorded as they are now (those removed since are
    dropped), so it is no longer stale. Returns the new review date. The text is not touched."""
    from ingest.loaders.markdown import split_front_matter

    path = approved_file(config, source)
    try:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    except Exception as e:  # not UTF-8, broken YAML written by hand
        raise ApprovalError(f"{source} cannot be read ({e.__class__.__name__}); edit or delete it by hand") from e
    if not meta:
        raise ApprovalError(f"{source} has no front matter; edit or delete it by hand")
    review_by = add_months(today, review_months)
    relies_on = []
    for rel in meta.get("relies_on") or []:
        current = files.get(str(rel.get("source") or "")) if isinstance(rel, dict) else None
        if current is not None:
            relies_on.append({"source": current.source, "file_hash": current.file_hash, "pipeline": current.pipeline})
    meta.update(review_by=review_by, relies_on=relies_on, reconfirmed=today, reconfirmed_by=by)
    _changing(source, lambda: _write_atomically(path, _front_matter(meta) + body))
    log.info("approved answer %s re-confirmed until %s", path.name, review_by.isoformat())
    return review_by


def withdraw_approved(config: StoreConfig, source: str) -> Path:
    """Delete the approved answer `source`; the next ingest removes it from the knowledge base."""
    path = approved_file(config, source)
    _changing(source, path.unlink)
    log.info("approved answer %s withdrawn", path.name)
    return path


# --- what the engine says -------------------------------------------------------------------

