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
cited when it was escalated) has changed or gone since. The front matter is not in the
chunks' metadata, so it is read from the file, cached by (path, mtime). The coordinator
re-confirms a stale answer (`reconfirm_approved`: a new review date, the relied-on
documents' current hashes) or withdraws it (`withdraw_approved`: the file is deleted).

What the engine says around an approved answer (`approved_lead`) comes from
prompts/replies.yaml, and names the language of the quote when it is not the asker's.
"""
from __future__ import annotations

import calendar
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

import yaml

from ingest.config import StoreConfig
from ingest.sources import APPROVED, scan_sources, source_path
from ingest.store import FileRecord

from .replies import PROMPTS_DIR, phrase

log = logging.getLogger(__name__)

APPROVED_DIR = "approved"
DEFAULT_REVIEW_MONTHS = 12
_SLUG_CHARS = 60


class ApprovalError(Exception):
    """An answer cannot be saved as asked; the message says why, for the coordinator."""


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
        record = files.get(str(s.get("source") or "")) or by_title.get(str(s.get("document") or ""))
        if record is not None and record.source not in out:
            out[record.source] = {"source": record.source, "file_hash": record.file_hash,
                                  "pipeline": record.pipeline}
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


def _read_or_none(path: Path) -> ApprovedAnswer | None:
    try:
        return read_approved(path)
    except Exception as e:  # missing, not UTF-8, broken YAML written by hand
        log.warning("approved answer %s not readable (%s)", path.name, e.__class__.__name__)
        return None


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


# --- staleness ------------------------------------------------------------------------------

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


def _past(status: ApprovalStatus, today: date) -> bool:
    return status.review_by is not None and today > status.review_by


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
                  language: str, prompts_dir: Path = PROMPTS_DIR) -> tuple[str, str | None]:
    """The lead-in for an answer quoting an approved answer, and a caveat line when it is stale.

    ("Besvarat av den internationella samordnaren den 3 mars 2025:", None); when the approved
    text is in the other language, the lead says so ("… 3 March 2025 (quoted in Swedish):").
    The caveat is e.g. "Obs: ett dokument som svaret bygger på har ändrats sedan dess; svaret
    kan vara inaktuellt." `passage` is a Passage (or its metadata dict). The words are in
    prompts/replies.yaml.
    """
    meta = passage if isinstance(passage, dict) else {**passage.metadata, "source": passage.source}
    status = approval_status(meta, files, today, config)
    lang = "en" if language == "en" else "sv"

    def say(key: str, **values) -> str:
        return phrase(key, lang, prompts_dir, **values)

    other = bool(status.language) and status.language != lang
    if status.approved_on is not None:
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
