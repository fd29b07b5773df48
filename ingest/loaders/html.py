"""HTML pages (saved files and the pages of `urls.txt`): the page's main content, h1–h6 as headings.

How the main content is found, in order; every step is general, none knows a particular site:

1. lxml parses the page (libxml2: linear in the page's size; nesting deeper than 256 levels is cut).
2. Pre-cleaning by what the markup says an element is:
   - scripts, styles, forms and their controls, `nav`, `aside`, `dialog`, and `header`/`footer`
     outside an `article` or `main`;
   - the ARIA roles navigation, banner, contentinfo, search, complementary, dialog, alertdialog,
     menu, menubar and toolbar, and anything `aria-modal`;
   - hidden elements (`hidden`, `aria-hidden="true"`, an inline `display:none`), except a collapsed
     panel that a button opens (its id named by an `aria-controls`);
   - a small box (at most 400 characters) built around a control (a button, or a link that goes
     nowhere: "#", "javascript:"): cookie banners, "was this page helpful? yes / no" boxes, "Lyssna";
     a button that opens a panel is kept as its text;
   - links within the page (`href="#…"`) that stand alone: skip links, "to the top".
3. readability-lxml picks the content area, so a page built of nested `div`s keeps its headings,
   lists and tables.
4. trafilatura drops the boilerplate left inside it (share and related-links boxes, link lists,
   breadcrumbs, comments).
5. A line that only stamps the page ("Sidan senast uppdaterad 12 mars 2024", "Page last updated:
   3 March 2024") or only names page tools ("Lyssna Dela Skriv ut") is dropped.

Lists become "- item" lines and tables one "- Header: value; …" line per row (clean.table_rows), each
after the sentence or caption that introduces it.
"""
from __future__ import annotations

import codecs
import re
from copy import deepcopy
from pathlib import Path

import lxml.html
from lxml import etree

from .. import clean
from ..document import Block, LoadedDocument, LoadError

_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "nav", "aside",
         "form", "button", "select", "input", "textarea", "dialog", "link", "meta"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog",
               "menu", "menubar", "toolbar"}
_CONTENT_LANDMARKS = {"main", "article", "body"}
_WIDGET_MAX_CHARS = 400
AREA_SHARE = 0.8  # the content area holds at least this share of the page's prose (see _content_area)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
           "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
           "tt", "u", "var", "wbr", "br", "img", "big", "strike", "nobr"}
_PARAGRAPH = {"p", "dt", "dd", "figcaption", "caption", "summary", "address"}
_BOLD = {"b", "strong"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WHITESPACE = re.compile(r"\s+")
_TITLE_SUFFIX = re.compile(r"^\s*[|\-–—:·»]\s*\S")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·»]\s+")

# Step 5: a page's date stamp, and rows of page-tool labels.
_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
           "january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
           "okt|oct|nov|dec")
_DATE = (rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}}|"
         rf"(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})(?:,?\s+(?:kl\.?\s*)?\d{{1,2}}[:.]\d{{2}})?")
_DATE_STAMP = re.compile(
    rf"^(?:(?:sidan|denna sida|page|this page|innehållet|content)\s+)?(?:(?:senast|last)\s+)?"
    r"(?:uppdaterad|uppdaterades|ändrad|ändrades|granskad|granskades|publicerad|publicerades|"
    r"updated|modified|reviewed|published)(?:\s+(?:senast|on))?"
    rf"[\s:,]*(?:den\s+)?{_DATE}(?:\s*(?:av|by)\s+[^.]{{1,60}})?\.?$", re.I)
_PAGE_TOOLS = re.compile(
    r"^(?:(?:lyssna|läs upp|dela|dela sidan|skriv ut|tipsa|e-post|listen|read aloud|share|share this page|"
    r"print|print this page|email|e-mail|facebook|linkedin|twitter|x)\s*[|·•/,]?\s*)+$", re.I)


def load(path: Path, rel: str) -> LoadedDocument:
    return from_html(_decode(path), rel, fallback_title=clean.title_from_file_name(path))


def from_html(text: str, rel: str, *, fallback_title: str = "") -> LoadedDocument:
    """A LoadedDocument from a page's HTML text (a saved file, or a page fetched from `urls.txt`)."""
    try:
        root = _parse(text)
        page_title, site_names = _head(root)
        _preclean(root)
        h1s = [t for t in (_text_of(h) for h in root.iter("h1")) if t]
        walker = _Walker()
        walker.walk(_main_content(root))
        walker.flush()
    except LoadError:
        raise
    except RecursionError as e:
        raise LoadError("HTML is nested too deeply to read") from e
    except Exception as e:  # lxml, readability and trafilatura are lenient; anything left is a damaged file
        raise LoadError(f"could not read the HTML ({e.__class__.__name__})") from e

    h1s += [t for level, t in walker.headings if level == 1]
    title = _title(page_title, h1s, site_names) or fallback_title
    title_key = clean.normalise_line(title)
    blocks = [Block(b.text, tuple(h for h in b.headings if clean.normalise_line(h) != title_key), None)
              for b in walker.blocks]
    blocks = clean.merge_lists(clean.join_broken_blocks(blocks), joins=_leads_in)
    if not blocks:
        raise LoadError("no text found (the page is empty or only has menus and scripts)")
    return LoadedDocument(path=rel, title=title, blocks=blocks)


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise LoadError(f"could not read the file ({e.strerror or e.__class__.__name__})") from e
    return decode(raw)


def _leads_in(block: Block) -> bool:
    """A list or table joins the paragraph before it (its lead-in), not another list or table."""
    return not block.text.rsplit("\n", 1)[-1].startswith("- ")


def decode(raw: bytes, charset: str | None = None) -> str:
    """The page's text: a byte-order mark first, then `charset` (an HTTP header's) or the page's own
    declaration, then UTF-8, then Windows-1252."""
    if not raw.strip():
        raise LoadError("empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as e:
                raise LoadError("not readable as text (damaged Unicode)") from e
    if b"\x00" in raw[:4096]:
        raise LoadError("not an HTML file (binary content; is it another format renamed .html?)")
    declared = _CHARSET.search(raw[:4096]) or _XML_ENCODING.search(raw[:200])
    candidates = [charset] if charset else []
    candidates += [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in candidates + ["utf-8", "cp1252"]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise LoadError("not readable as text (neither the declared charset, UTF-8 nor Windows-1252)")


# --- 1. parsing -------------------------------------------------------------------------------

def _parse(text: str):
    text = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)  # lxml refuses str with one
    if not text.strip():
        raise LoadError("empty file")
    try:
        return lxml.html.document_fromstring(text)
    except etree.ParserError as e:  # "Document is empty": nothing but comments or whitespace
        raise LoadError("no text found (the page is empty or only has menus and scripts)") from e


def _head(root) -> tuple[str, set[str]]:
    """The <title>, and the site's name where the page states it (og:site_name, application-name)."""
    title = next((_text_of(t) for t in root.iter("title")), "")
    names = set()
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in ("og:site_name", "application-name") and (meta.get("content") or "").strip():
            names.add(clean.normalise_line(meta.get("content")))
    return title, names


# --- 2. pre-cleaning --------------------------------------------------------------------------

def _preclean(root) -> None:
    """Step 2 of the module docstring, in one pass over the tree plus one per button."""
    opened = {i.strip() for el in root.iter() if isinstance(el.tag, str)
              for i in (el.get("aria-controls") or "").split()}
    sizes = _text_sizes(root)
    prose = _prose_sizes(root)
    doomed = []
    buttons = []
    for el in root.iter():
        if not isinstance(el.tag, str):  # comments and processing instructions
            doomed.append(el)
            continue
        name = el.tag.lower()
        if name in ("caption",):
            continue
        role = (el.get("role") or "").strip().lower()
        if _is_button(el, name, role):
            if el.get("aria-expanded") is not None or el.get("aria-controls"):
                el.tag = "span"  # a toggle that opens a panel: its label is the panel's heading
                continue
            buttons.append(el)
            continue
        if name == "a" and (el.get("href") or "").startswith("#") and not _in_running_text(el, prose):
            doomed.append(el)  # a skip link, "to the top", a table of contents: moves within the page
            continue
        if name in ("header", "footer"):
            if not any(a.tag in ("article", "main") for a in el.iterancestors()):
                doomed.append(el)
        elif (name in _DROP or role in _DROP_ROLES or (el.get("aria-modal") or "").lower() == "true"
              or _hidden(el) and (el.get("id") or "") not in opened):
            doomed.append(el)
    for button in buttons:
        doomed.append(_widget_around(button, sizes))
    for el in doomed:
        _remove(el)
    for pre in list(root.iter("pre")):  # line breaks as <br>: trafilatura folds a <pre> into one line
        lines = _text_of(pre, preformatted=True).split("\n")
        tail = pre.tail
        pre.clear()
        pre.tag, pre.text, pre.tail = "p", lines[0], tail
        for line in lines[1:]:
            etree.SubElement(pre, "br").tail = line
    for caption in list(root.iter("caption")):  # "the caption before the table" (trafilatura drops it)
        table = caption.getparent()
        if table is not None and table.getparent() is not None:
            caption.tag = "p"
            table.addprevious(caption)


def _is_button(el, name: str, role: str) -> bool:
    """A control: a button, or a link that goes nowhere ("#", "javascript:"), which only a script
    gives a meaning (cookie consent, "yes / no", "listen")."""
    if name == "button" or role == "button":
        return True
    if name == "input":
        return (el.get("type") or "").lower() in ("button", "submit", "reset", "image")
    if name == "a":
        href = (el.get("href") or "").strip().lower()
        return href in ("", "#") and el.get("name") is None or href.startswith("javascript:")
    return False


def _in_running_text(link, prose: dict) -> bool:
    """A link inside a sentence: its parent has text of its own around it, outside links."""
    parent = link.getparent()
    if parent is None:
        return False
    return bool((parent.text or "").strip() or any((c.tail or "").strip() for c in parent)
                or any(isinstance(c.tag, str) and c.tag in _INLINE and c.tag != "a" and prose.get(c) for c in parent))


def _hidden(el) -> bool:
    return (el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")))


def _text_sizes(root) -> dict:
    """Characters of text under each element, counted bottom-up in one walk."""
    sizes: dict = {}
    for event, el in etree.iterwalk(root, events=("end",)):
        size = len((el.text or "").strip()) if isinstance(el.tag, str) else 0
        for child in el:
            size += sizes.get(child, 0) + len((child.tail or "").strip())
        sizes[el] = size
    return sizes


def _widget_around(button, sizes: dict):
    """The largest box around a button that stays small: a banner or a feedback box, not the page."""
    box = button
    for parent in button.iterancestors():
        if parent.tag in _CONTENT_LANDMARKS or (parent.get("role") or "").lower() == "main":
            break
        if sizes.get(parent, 0) > _WIDGET_MAX_CHARS:
            break
        box = parent
    return box


def _remove(el) -> None:
    """Remove an element and its subtree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


# --- 3 and 4. the main content ----------------------------------------------------------------

def _main_content(root):
    """The content area (step 3), cleared of boilerplate by trafilatura (step 4); the area itself when
    trafilatura finds nothing in it."""
    import trafilatura

    body = root.find("body")
    if body is None or not _has_text(body):
        return etree.Element("div")
    area = _content_area(root, body)
    extracted = trafilatura.extract(
        f"<html><body><article>{lxml.html.tostring(area, encoding='unicode')}</article></body></html>",
        output_format="html", fast=True, include_tables=True, include_formatting=True, include_links=False,
        include_images=False, include_comments=False, deduplicate=False)
    if extracted:
        tree = lxml.html.document_fromstring(extracted)
        if _has_text(tree):
            return tree.find("body") if tree.find("body") is not None else tree
    return area


def _content_area(root, body):
    """The element readability-lxml's pick lies in, widened until it holds most of the page's prose.

    readability scores paragraphs and picks the element whose text reads most like an article; it may
    pick one of several sibling boxes (an intro in one box, the rest in the next). So the area is the
    smallest element around its pick that holds at least AREA_SHARE of the prose of the page (text
    outside links: menus and link lists count for nothing). Its own clean-up of the pick, which drops
    short lists and tables, is not used: the area is taken from the page as it is.
    """
    from readability import Document
    from readability.readability import Unparseable

    numbered = {}
    for n, el in enumerate(e for e in root.iter() if isinstance(e.tag, str)):
        el.set("data-omv", str(n))
        numbered[str(n)] = el
    try:
        summary = lxml.html.fragment_fromstring(
            Document(lxml.html.tostring(root, encoding="unicode")).summary(html_partial=True))
    except (Unparseable, etree.ParserError):
        return body
    # the elements readability put together (the pick and the siblings it added), not their contents
    tops = [summary] if summary.get("data-omv") else list(summary)
    picked = [numbered[n] for n in (el.get("data-omv") for el in tops if isinstance(el.tag, str)) if n in numbered]
    if not picked:
        return body
    prose = _prose_sizes(body)
    needed = prose.get(body, 0) * AREA_SHARE
    area = picked[0]
    while area is not body and (prose.get(area, 0) < needed or not all(_within(p, area) for p in picked)):
        area = area.getparent()
    return area


def _within(el, ancestor) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


def _prose_sizes(root) -> dict:
    """Characters of text outside links under each element, counted bottom-up in one walk."""
    sizes: dict = {}
    for event, el in etree.iterwalk(root, events=("end",)):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a":
            sizes[el] = 0
            continue
        size = len((el.text or "").strip())
        for child in el:
            size += sizes.get(child, 0) + len((child.tail or "").strip())
        sizes[el] = size
    return sizes


def _has_text(el) -> bool:
    return any(t.strip() for t in el.itertext())


# --- 5. blocks --------------------------------------------------------------------------------

def _text_of(el, *, keep_breaks: bool = False, preformatted: bool = False) -> str:
    """The text a reader sees: whitespace folded as a browser does, <br> as a line break."""
    parts: list[str] = []

    def add(text: str | None) -> None:
        if text:
            parts.append(text if preformatted else _WHITESPACE.sub(" ", text))

    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if not isinstance(node.tag, str):
                continue
            if node.tag == "br":
                parts.append("\n" if keep_breaks else " ")
            add(node.text)
        elif node is not el:
            add(node.tail)
    text = "".join(parts)
    return clean.tidy(text) if keep_breaks or preformatted else clean.tidy(text).replace("\n", " ")


def is_page_stamp(text: str) -> bool:
    """A line that only dates the page or only names page tools (step 5 of the module docstring)."""
    line = " ".join(text.split())
    return len(line) <= 140 and bool(_DATE_STAMP.match(line) or _PAGE_TOOLS.match(line))


class _Walker:
    """Walks the content in reading order, keeping a heading stack and emitting blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []  # every heading seen, for the title
        self._stack: list[tuple[int, str]] = []
        self._inline: list[str] = []

    def _emit(self, text: str) -> None:
        if not text.strip() or is_page_stamp(text):
            return
        block = Block(text, tuple(h for _, h in self._stack), None)
        if self.blocks and self.blocks[-1] == block:
            return  # trafilatura repeats loose text nested in a paragraph
        self.blocks.append(block)

    def flush(self) -> None:
        text = clean.tidy(_WHITESPACE.sub(" ", "".join(self._inline)).replace("\x00", "\n"))
        self._inline.clear()
        self._emit(text)

    def walk(self, node) -> None:
        if node.text:
            self._inline.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                self._element(child, child.tag.lower())
            if child.tail:
                self._inline.append(child.tail)

    def _element(self, child, name: str) -> None:
        if name == "br":
            self._inline.append("\x00")  # a line break that survives whitespace folding
        elif name in _INLINE:
            self._inline.append(_text_of(child, keep_breaks=True).replace("\n", "\x00"))
        elif name in _HEADINGS:
            self.flush()
            self._heading(_HEADINGS[name], _text_of(child))
        elif name in _PARAGRAPH:
            self.flush()
            self._emit(_text_of(child, keep_breaks=True))
        elif name == "pre":
            self.flush()
            self._emit(_text_of(child, preformatted=True))
        elif name in ("ul", "ol"):
            self.flush()
            self._emit(_list(child))
        elif name == "table":
            self.flush()
            self._emit(_table(child))
        elif name == "blockquote" and not any(child.iter(*_HEADINGS)):
            self.flush()
            self._emit(_text_of(child))
        else:  # div, section, article, main, li outside a list, ...
            self.flush()
            self.walk(child)
            self.flush()

    def _heading(self, level: int, text: str) -> None:
        if not text:
            return
        self.headings.append((level, text))
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))


def _list(tag) -> str:
    """Every item, nested ones too, as a "- item" line."""
    lines = []
    for li in tag.iter("li"):
        parts = [li.text or ""]
        for child in li:
            if isinstance(child.tag, str) and child.tag not in ("ul", "ol"):
                parts.append(" " + _text_of(child) + " ")
            parts.append(child.tail or "")
        text = clean.tidy(_WHITESPACE.sub(" ", "".join(parts)))
        if text and not is_page_stamp(text):
            lines.append(f"- {text}")
    return "\n".join(lines)


def _table(tag) -> str:
    """One "- " line per row with its header (clean.table_rows); a nested table's rows are read
    with the cell that holds them."""
    rows, header_flags = [], []
    for tr in tag.iter("tr"):
        if next(tr.iterancestors("table"), None) is not tag:
            continue
        cells = [c for c in tr if c.tag in ("td", "th")]
        if not cells:
            continue
        rows.append([_text_of(c) for c in cells])
        in_head = any(a.tag == "thead" for a in tr.iterancestors())
        header_flags.append(in_head or all(c.tag == "th" for c in cells) or _all_bold(cells))
    return clean.table_rows(rows, header=bool(header_flags) and header_flags[0])


def _all_bold(cells) -> bool:
    """Every cell with text holds nothing but bold text: a header row drawn without <th>."""
    filled = [c for c in cells if _text_of(c)]
    return bool(filled) and all(
        not (c.text or "").strip() and len(c) == 1 and c[0].tag in _BOLD and not (c[0].tail or "").strip()
        for c in filled)


def _title(page_title: str, h1s: list[str], site_names: set[str]) -> str:
    """<title> without its " - Site name" part, where the page shows which part that is: an h1
    that starts the title, or the site's name in og:site_name; else the whole <title>, else the h1."""
    if page_title:
        for h1 in h1s:
            if page_title.lower().startswith(h1.lower()):
                rest = page_title[len(h1):]
                if not rest.strip() or _TITLE_SUFFIX.match(rest):
                    return h1
        parts = _TITLE_SEPARATOR.split(page_title)
        kept = [p for p in parts if clean.normalise_line(p) not in site_names]
        if len(parts) > 1 and kept and len(kept) < len(parts):
            return " – ".join(kept)
        return page_title
    return h1s[0] if h1s else ""
