"""PDF: text with pdfplumber; headings from font size and weight, running headers and footers removed.

A plain text extraction loses the headings, so each line's font size and weight are read:
the size covering most characters is the body size, and a short line that is clearly larger,
or wholly bold, and does not end like a sentence is a heading. Bigger headings are outer ones.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from .. import clean
from ..document import Block, LoadedDocument, LoadError

_HEADING_SCALE = 1.15      # a heading's size relative to the body size, at least
_HEADING_MAX_CHARS = 90
_PARAGRAPH_GAP = 1.4       # a line pitch this many times the usual one starts a paragraph
_EDGE_LINES = 3            # lines at the top and bottom of a page that may be running headers
_NOT_HEADING_END = re.compile(r"[.!;:,]$")  # "Vem kan söka?" is a heading
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\S*$")  # a table-of-contents line
_CID = re.compile(r"\(cid:\d+\)")
_BULLET = re.compile(r"^(?:[•▪◦●○■□–\-*]|\d{1,2}[.)])\s+")
_SYMBOL_BULLET = re.compile(r"^[•▪◦●○■□–\-*]\s+")
_BOLD = ("bold", "black", "heavy")
_UNTITLED = {"untitled", "unknown", "document", "dokument", "title", "titel", "rubrik", "namnlös"}
_FILENAME = re.compile(r"\.(?:docx?|pdf|odt|rtf|pptx?|xlsx?|indd|txt)$", re.I)
_KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "som", "till", "and", "or"}


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    text: str
    size: float
    bold: bool

    @property
    def key(self) -> tuple[float, bool]:
        """The line's style: size to the half point, and weight."""
        return (round(self.size * 2) / 2, self.bold)


def load(path: Path, rel: str) -> LoadedDocument:
    pages, metadata = _read_lines(path)
    if not any(pages):
        raise LoadError("no text found (a scanned PDF needs OCR first)")

    body_size, body_bold = _body_style(pages)
    kept, removed = _remove_running_lines(pages)
    is_heading = _find_headings(pages, body_size, body_bold)
    levels = _heading_levels([ln for page in kept for ln in page if is_heading[id(ln)]])
    title = _title(metadata, pages, kept, removed, is_heading, path)

    blocks = _blocks(kept, is_heading, levels, body_size, title)
    blocks = clean.merge_lists(clean.join_broken_blocks(blocks),
                              joins=lambda prev: clean.introduces_list(prev) or prev.text.startswith("- "))
    if not blocks:
        raise LoadError("no text found (a scanned PDF needs OCR first)")
    return LoadedDocument(path=rel, title=title, blocks=blocks)


# --- reading -------------------------------------------------------------------------------

def _read_lines(path: Path) -> tuple[list[list[_Line]], dict]:
    """Every page's text lines, top to bottom, and the document's metadata."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, path.stat().st_size - 2048))
            tail = fh.read()
    except OSError as e:
        raise LoadError(f"could not read the file ({e.strerror or e.__class__.__name__})") from e
    if not head:
        raise LoadError("empty file (0 bytes): the PDF was not saved or copied completely")
    if b"%PDF" not in head:
        raise LoadError("not a valid PDF (the file is not a PDF; is it another format renamed .pdf?)")
    if b"%%EOF" not in tail:
        raise LoadError("not a valid PDF (the file is truncated: copy or export it again)")

    try:
        with pdfplumber.open(path) as pdf:
            metadata = dict(pdf.metadata or {})
            pages = [_page_lines(page) for page in pdf.pages]
    except LoadError:
        raise
    except Exception as e:  # pdfplumber wraps pdfminer errors in PdfminerException(original)
        cause = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e
        if isinstance(cause, PDFPasswordIncorrect):
            raise LoadError("password-protected PDF: remove the password or export an unprotected copy") from e
        if isinstance(cause, PDFEncryptionError):
            raise LoadError("encrypted PDF that cannot be read: export an unprotected copy") from e
        raise LoadError(f"not a valid PDF (file is damaged or not a PDF; {cause.__class__.__name__})") from e
    if not pages:
        raise LoadError("not a valid PDF (it has no pages)")
    return pages, metadata


def _page_lines(page) -> list[_Line]:
    # The gap that splits two words grows with the font size: PDFs without space characters
    # set words apart by a quarter em or so, less than pdfplumber's fixed default of 3 pt.
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                               use_text_flow=False, x_tolerance_ratio=0.15)
    words = [w for w in words if w.get("upright", True)]  # rotated text: watermarks, margin notes
    for w in words:
        w["text"] = _CID.sub("", w["text"])
    words = [w for w in words if w["text"].strip()]
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))

    groups: list[list[dict]] = []
    for w in words:
        middle = (w["top"] + w["bottom"]) / 2
        for group in reversed(groups[-3:]):
            top = min(x["top"] for x in group)
            bottom = max(x["bottom"] for x in group)
            if top - 1 <= middle <= bottom + 1:
                group.append(w)
                break
        else:
            groups.append([w])
    lines = [_make_line(page.page_number, sorted(g, key=lambda w: w["x0"])) for g in groups]
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))


def _make_line(page_number: int, words: list[dict]) -> _Line:
    text = words[0]["text"]
    for prev, word in zip(words, words[1:]):
        touching = word["x0"] - prev["x1"] < 0.15 * min(prev["size"], word["size"])
        text += ("" if touching else " ") + word["text"]
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[round(w["size"], 1)] += len(w["text"])
    bold = all(any(b in (w.get("fontname") or "").lower() for b in _BOLD) for w in words)
    return _Line(page=page_number, top=min(w["top"] for w in words), bottom=max(w["bottom"] for w in words),
                 x0=words[0]["x0"], text=clean.tidy(text), size=sizes.most_common(1)[0][0], bold=bold)


# --- layout ----------------------------------------------------------------------------------

def _body_style(pages: list[list[_Line]]) -> tuple[float, bool]:
    """The size and weight that cover most characters."""
    styles: Counter[tuple[float, bool]] = Counter()
    for page in pages:
        for line in page:
            styles[line.key] += len(line.text)
    return styles.most_common(1)[0][0]


def _find_headings(pages: list[list[_Line]], body_size: float, body_bold: bool) -> dict[int, bool]:
    """Heading or not, by line id. Lines wrapped in one style count together: a bold or large
    paragraph (an ingress, a warning) whose last line ends a sentence is body text, all of it."""
    is_heading: dict[int, bool] = {}
    for page in pages:
        runs: list[list[_Line]] = []
        for line in page:
            prev = runs[-1][-1] if runs else None
            if prev is not None and prev.key == line.key and line.top - prev.top <= 1.5 * line.size:
                runs[-1].append(line)
            else:
                runs.append([line])
        for run in runs:
            verdicts = [_looks_like_heading(ln, body_size, body_bold) for ln in run]
            for line in run:
                is_heading[id(line)] = all(verdicts)
    return is_heading


def _looks_like_heading(line: _Line, body_size: float, body_bold: bool) -> bool:
    larger = line.size >= body_size * _HEADING_SCALE
    return (
        (larger or (line.bold and not body_bold))
        and len(line.text) < _HEADING_MAX_CHARS
        and not _NOT_HEADING_END.search(line.text)
        and any(c.isalpha() for c in line.text)
        and not _SYMBOL_BULLET.match(line.text)  # "1. Inledning" may be a heading, "• Inledning" is not
        and not _DOT_LEADER.search(line.text)
    )


def _remove_running_lines(pages: list[list[_Line]]) -> tuple[list[list[_Line]], list[_Line]]:
    """Lines repeated at the top or bottom of the pages, and page numbers there, taken out."""
    repeated = clean.repeated_lines([[ln.text for ln in page] for page in pages], edge=_EDGE_LINES)
    kept: list[list[_Line]] = []
    removed: list[_Line] = []
    for page in pages:
        edges = {id(ln) for ln in page[:_EDGE_LINES] + page[-_EDGE_LINES:]}
        keep: list[_Line] = []
        for ln in page:
            running = id(ln) in edges and (clean.normalise_line(ln.text) in repeated or clean.is_page_number(ln.text))
            (removed if running else keep).append(ln)
        kept.append(keep)
    return kept, removed


def _heading_levels(headings: list[_Line]) -> dict[tuple[float, bool], int]:
    """Heading styles ranked: bigger is outer; at one size, bold is outer."""
    keys = sorted({ln.key for ln in headings}, key=lambda k: (-k[0], not k[1]))
    return {key: level for level, key in enumerate(keys, start=1)}


def _title(metadata: dict, pages: list[list[_Line]], kept: list[list[_Line]], removed: list[_Line],
           is_heading: dict[int, bool], path: Path) -> str:
    """Metadata title; else a one-off largest heading (a cover title); else a running header in
    heading style (the document's name on every page); else the first top-level heading; else the stem."""
    meta = _sensible_title(metadata.get("Title"))
    if meta:
        return meta
    headings = [ln for page in pages for ln in page if is_heading[id(ln)] and not clean.is_page_number(ln.text)]
    removed_ids = {id(ln) for ln in removed}
    if headings:
        top_size = max(ln.size for ln in headings)
        largest = [ln for ln in headings if ln.size == top_size and id(ln) not in removed_ids]
        if len({clean.normalise_line(ln.text) for ln in largest}) == 1:
            return largest[0].text
    running = [ln for ln in headings if id(ln) in removed_ids]
    if running:
        return running[0].text
    kept_headings = [ln for page in kept for ln in page if is_heading[id(ln)]]
    if kept_headings:
        top_key = _heading_levels(kept_headings)
        first_level = min(top_key.values())
        return next(ln.text for ln in kept_headings if top_key[ln.key] == first_level)
    return clean.title_from_file_name(path)


def _sensible_title(value: object) -> str:
    """A metadata title worth showing: not empty, not a tool default, not a file name."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    title = clean.tidy(value).replace("\n", " ")
    title = re.sub(r"^microsoft (?:word|powerpoint|excel) - ", "", title, flags=re.I)
    if (not title or title.lower() in _UNTITLED or _FILENAME.search(title) or len(title) > 200
            or not any(c.isalpha() for c in title) or "/" in title or "\\" in title):
        return ""
    return title


def _blocks(pages: list[list[_Line]], is_heading: dict[int, bool], levels: dict[tuple[float, bool], int],
            body_size: float, title: str) -> list[Block]:
    threshold = _PARAGRAPH_GAP * _usual_pitch(pages, is_heading, body_size)
    title_key = clean.normalise_line(title)
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    paragraph: list[_Line] = []
    last_heading: _Line | None = None

    def flush() -> None:
        if paragraph:
            text = clean.tidy(_join_lines([ln.text for ln in paragraph]))
            if text:
                names = tuple(h for _, h in stack if clean.normalise_line(h) != title_key)
                blocks.append(Block(text, names, paragraph[0].page))
            paragraph.clear()

    for page in pages:
        flush()
        last_heading = None
        for line in page:
            if is_heading[id(line)]:
                flush()
                level = levels[line.key]
                if (last_heading is not None and last_heading.key == line.key and stack
                        and line.top - last_heading.bottom < line.size * 0.8):
                    stack[-1] = (stack[-1][0], f"{stack[-1][1]} {line.text}")  # a heading wrapped onto two lines
                else:
                    while stack and stack[-1][0] >= level:
                        stack.pop()
                    stack.append((level, line.text))
                last_heading = line
                continue
            last_heading = None
            if paragraph:
                prev = paragraph[-1]
                new_item = _BULLET.match(line.text) and not _BULLET.match(paragraph[0].text)
                if (line.top - prev.top > threshold * max(1.0, prev.size / body_size)
                        or abs(line.size - prev.size) > 1.5 or new_item):
                    flush()
            paragraph.append(line)
    flush()
    return blocks


def _usual_pitch(pages: list[list[_Line]], is_heading: dict[int, bool], body_size: float) -> float:
    """The distance from one body line to the next inside a paragraph."""
    pitches = []
    for page in pages:
        body = [ln for ln in page if not is_heading[id(ln)] and ln.key[0] == body_size]
        pitches += [b.top - a.top for a, b in zip(body, body[1:]) if 0 < b.top - a.top < 3 * body_size]
    if not pitches:
        return body_size * 1.2
    return min(statistics.median(pitches), body_size * 1.3)


def _join_lines(lines: list[str]) -> str:
    """A paragraph's lines as one text: bullets become "- " items, words split by a hyphen rejoined."""
    items: list[str] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet:
            items.append("- " + line[bullet.end():])
        elif not items:
            items.append(line)
        else:
            prev = items[-1]
            word = line.split(" ", 1)[0].lower()
            if (prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and prev[-2].islower()
                    and line[:1].islower() and word.strip(",.") not in _KEEP_HYPHEN_BEFORE):
                items[-1] = prev[:-1] + line
            else:
                items[-1] = prev + " " + line
    return "\n".join(items)
