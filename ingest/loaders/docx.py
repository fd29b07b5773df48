"""Word .docx: headings from paragraph styles (English or Swedish Word) or outline levels, lists, tables."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Iterator

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .. import clean
from ..document import Block, LoadedDocument, LoadError

_HEADING_STYLE = re.compile(r"^(?:heading|rubrik|överskrift)\s*([1-9])$", re.I)
_TITLE_STYLES = {"title", "rubrik", "titel"}
_LIST_STYLE = re.compile(r"list", re.I)  # List Bullet, List Paragraph, Liststycke, Punktlista
_NOT_HEADING_END = re.compile(r"[.!;:,]$")  # "Vem kan söka?" is a heading
_HEADING_MAX_CHARS = 90
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and every password-protected Office file
_UNTITLED = {"untitled", "unknown", "document", "dokument", "title", "titel", "rubrik", "namnlös"}
_FILENAME = re.compile(r"\.(?:docx?|dotx?|pdf|odt|rtf|txt)$", re.I)
_MAX_STYLE_DEPTH = 10


def load(path: Path, rel: str) -> LoadedDocument:
    document = _open(path)
    try:
        items = list(_read(document))
        core_title = _sensible_title(document.core_properties.title)
    except Exception as e:  # malformed XML inside a valid package
        raise LoadError(f"could not read the Word file (it may be damaged; {e.__class__.__name__})") from e

    if not any(text for _, _, text in items):
        raise LoadError("empty document (no text in the Word file)")

    style_title = next((text for kind, _, text in items if kind == "title"), "")
    first_heading = next((text for kind, _, text in items if kind == "heading"), "")
    title = core_title or style_title or first_heading or clean.title_from_file_name(path)
    blocks = clean.merge_lists(clean.join_broken_blocks(_blocks(items, title)))
    if not blocks:
        raise LoadError("empty document (no text in the Word file)")
    return LoadedDocument(path=rel, title=title, blocks=blocks)


def _open(path: Path):
    try:
        head = path.read_bytes()[:8]
    except OSError as e:
        raise LoadError(f"could not read the file ({e.strerror or e.__class__.__name__})") from e
    if not head:
        raise LoadError("empty file (0 bytes): the document was not saved or copied completely")
    if head == _OLE_MAGIC:
        raise LoadError("password-protected or old-format Word file: remove the password, "
                        "or open it in Word and save it as .docx")
    if not zipfile.is_zipfile(path):
        raise LoadError("not a valid Word .docx file (is it another format renamed .docx?)")
    try:
        return docx.Document(str(path))
    except Exception as e:  # PackageNotFoundError, BadZipFile, KeyError, ValueError (not a Word part)...
        raise LoadError(f"not a valid Word .docx file (damaged or not Word; {e.__class__.__name__})") from e


# --- reading ---------------------------------------------------------------------------------

# Each item: (kind, level, text) with kind "title", "heading", "bold-heading", "para", "item" or "table".
_Item = tuple[str, int, str]


def _read(document) -> Iterator[_Item]:
    body = document.element.body
    for element in _body_elements(body):
        if element.tag == qn("w:p"):
            item = _paragraph(Paragraph(element, document._body))
            if item:
                yield item
        elif element.tag == qn("w:tbl"):
            text = _table_text(Table(element, document._body))
            if text:
                yield ("table", 0, text)


def _body_elements(parent) -> Iterator:
    """Paragraphs and tables in reading order, including those inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_elements(content)


def _paragraph(paragraph: Paragraph) -> _Item | None:
    text = clean.tidy(paragraph.text)
    if not text:
        return None
    styles = list(_style_chain(paragraph.style))
    names = [n for s in styles for n in (s.name or "", s.style_id or "")]
    if any(n.strip().lower() in _TITLE_STYLES for n in names):
        return ("title", 0, text.replace("\n", " "))
    level = _heading_level(paragraph, styles, names)
    if level:
        return ("heading", level, text.replace("\n", " "))
    if _is_list(paragraph, styles, names):
        return ("item", 0, text.replace("\n", " "))
    if _looks_like_bold_heading(paragraph, styles, text):
        return ("bold-heading", 0, text)
    return ("para", 0, text)


def _style_chain(style) -> Iterator:
    seen = 0
    while style is not None and seen < _MAX_STYLE_DEPTH:
        yield style
        style = style.base_style
        seen += 1


def _heading_level(paragraph: Paragraph, styles: list, names: list[str]) -> int:
    for name in names:
        m = _HEADING_STYLE.match(name.strip())
        if m:
            return int(m.group(1))
    for pPr in [paragraph._p.pPr] + [s.element.pPr for s in styles]:
        outline = pPr.find(qn("w:outlineLvl")) if pPr is not None else None
        if outline is not None:
            value = outline.get(qn("w:val"))
            if value is not None and value.isdigit() and int(value) < 9:  # 9 means body text
                return int(value) + 1
            return 0
    return 0


def _is_list(paragraph: Paragraph, styles: list, names: list[str]) -> bool:
    if any(_LIST_STYLE.search(n) for n in names):
        return True
    for pPr in [paragraph._p.pPr] + [s.element.pPr for s in styles]:
        num = pPr.find(qn("w:numPr")) if pPr is not None else None
        if num is not None:
            num_id = num.find(qn("w:numId"))
            return num_id is None or num_id.get(qn("w:val")) != "0"  # numId 0 switches numbering off
    return False


def _looks_like_bold_heading(paragraph: Paragraph, styles: list, text: str) -> bool:
    if len(text) >= _HEADING_MAX_CHARS or "\n" in text or _NOT_HEADING_END.search(text):
        return False
    style_bold = next((s.font.bold for s in styles if s.font.bold is not None), False)
    runs = [r for item in paragraph.iter_inner_content() for r in getattr(item, "runs", [item]) if r.text.strip()]
    return bool(runs) and all(_run_bold(r, style_bold) for r in runs)


def _run_bold(run, style_bold: bool) -> bool:
    if run.bold is not None:
        return run.bold
    for style in _style_chain(run.style):  # a character style such as "Strong"
        if style.font.bold is not None:
            return style.font.bold
    return style_bold


def _table_text(table: Table) -> str:
    """One "- " line per row, with the header row's names when the table has one (clean.table_rows)."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a cell spanning several columns comes once per column
            seen.add(id(cell._tc))
            cells.append(clean.tidy(cell.text).replace("\n", " "))
        rows.append(cells)
    if len(rows) > 1 and len(rows[0]) == 1 and len(table.columns) > 1:  # a title row across the table
        return rows[0][0] + "\n" + clean.table_rows(rows[1:], header=False)
    return clean.table_rows(rows, header=_has_header_row(table))


_PLAIN_TABLE_STYLES = {"", "normal table", "table normal", "tablenormal", "table grid", "tablegrid",
                       "tabellrutnät", "normal tabell"}


def _has_header_row(table: Table) -> bool:
    """The first row is a header when Word says so (repeat as header row), when all its text is bold,
    or when a formatted table style draws it as one (the table's "header row" option)."""
    rows = table._tbl.tr_lst
    if len(rows) < 2:
        return False
    first = rows[0]
    tr_pr = first.trPr
    if tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None:
        header = tr_pr.find(qn("w:tblHeader"))
        if header.get(qn("w:val")) not in ("0", "false"):
            return True
    runs = [r for p in first.iter(qn("w:p")) for r in Paragraph(p, table).runs if r.text.strip()]
    if runs and all(_run_bold(r, False) for r in runs):
        return True
    style = table.style
    names = {(style.name or "").strip().lower(), (style.style_id or "").strip().lower()} if style is not None else {""}
    look = table._tbl.tblPr.find(qn("w:tblLook")) if table._tbl.tblPr is not None else None
    if look is None or names & _PLAIN_TABLE_STYLES:
        return False
    first_row = look.get(qn("w:firstRow"))
    if first_row is not None:
        return first_row in ("1", "true", "on")
    return bool(int(look.get(qn("w:val"), "0"), 16) & 0x0020)


# --- blocks ----------------------------------------------------------------------------------

def _blocks(items: list[_Item], title: str) -> list[Block]:
    title_key = clean.normalise_line(title)
    blocks: list[Block] = []
    stack: list[tuple[int, str, bool]] = []  # (level, text, from bold text rather than a style)
    list_items: list[str] = []

    def headings() -> tuple[str, ...]:
        return tuple(h for _, h, _ in stack if clean.normalise_line(h) != title_key)

    def flush_list() -> None:
        if list_items:
            blocks.append(Block("\n".join(f"- {t}" for t in list_items), headings(), None))
            list_items.clear()

    for kind, level, text in items:
        if kind != "item":
            flush_list()
        if kind == "title":
            continue
        if kind in ("heading", "bold-heading"):
            if kind == "bold-heading":
                # one level inside the innermost styled heading, so bold headings in a row are siblings
                level = max((lv for lv, _, bold in stack if not bold), default=0) + 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text, kind == "bold-heading"))
        elif kind == "item":
            list_items.append(text)
        elif (kind == "table" and blocks and blocks[-1].headings == headings()
              and not blocks[-1].text.rsplit("\n", 1)[-1].startswith("- ")):
            # the sentence before a table leads its rows in (units.py shows an item with its lead-in)
            blocks[-1] = Block(blocks[-1].text + "\n" + text, blocks[-1].headings, None)
        else:
            blocks.append(Block(text, headings(), None))
    flush_list()
    return blocks


def _sensible_title(value: object) -> str:
    """A title worth showing: not empty, not a template default, not a file name."""
    if not isinstance(value, str):
        return ""
    title = clean.tidy(value).replace("\n", " ")
    if (not title or title.lower() in _UNTITLED or _FILENAME.search(title) or len(title) > 200
            or not any(c.isalpha() for c in title)):
        return ""
    return title
