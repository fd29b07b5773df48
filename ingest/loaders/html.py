"""HTML pages saved to the knowledge folder: page chrome dropped, h1–h6 as headings."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

from .. import clean
from ..document import Block, LoadedDocument, LoadError

_DROP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form",
         "template", "svg", "iframe", "object", "canvas", "button", "select", "dialog"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
           "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
           "tt", "u", "var", "wbr", "br", "img", "big", "strike", "nobr"}
_PARAGRAPH = {"p", "dt", "dd", "figcaption", "caption", "summary", "address"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.I)
_WHITESPACE = re.compile(r"\s+")
_TITLE_SEPARATOR = re.compile(r"^\s*[|\-–—:·»]\s*\S")


def load(path: Path, rel: str) -> LoadedDocument:
    text = _decode(path)
    try:
        soup = BeautifulSoup(text, "lxml")
        page_title = _text_of(soup.title) if soup.title else ""
        _drop_chrome(soup)
        walker = _Walker()
        walker.walk(soup.body or soup)
    except RecursionError as e:
        raise LoadError("HTML is nested too deeply to read") from e
    except Exception as e:  # the lxml parser is lenient; anything left is a damaged file
        raise LoadError(f"could not read the HTML ({e.__class__.__name__})") from e

    h1s = [t for level, t in walker.headings if level == 1]
    title = _title(page_title, h1s) or clean.title_from_file_name(path)
    title_key = clean.normalise_line(title)
    blocks = [Block(b.text, tuple(h for h in b.headings if clean.normalise_line(h) != title_key), None)
              for b in walker.blocks]
    blocks = clean.merge_lists(clean.join_broken_blocks(blocks))
    if not blocks:
        raise LoadError("no text found (the page is empty or only has menus and scripts)")
    return LoadedDocument(path=rel, title=title, blocks=blocks)


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise LoadError(f"could not read the file ({e.strerror or e.__class__.__name__})") from e
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
    candidates = [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in candidates + ["utf-8", "cp1252"]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise LoadError("not readable as text (neither the declared charset, UTF-8 nor Windows-1252)")


def _drop_chrome(soup: BeautifulSoup) -> None:
    """Scripts, menus and page-wide headers/footers out; an <article>'s own header stays."""
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        name = tag.name
        role = (tag.get("role") or "").strip().lower()
        if name in ("header", "footer") and tag.find_parent(["article", "main"]):
            continue
        if name in _DROP or role in _DROP_ROLES or tag.has_attr("hidden"):
            tag.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype, ProcessingInstruction))):
        node.extract()


def _text_of(tag: Tag, *, keep_breaks: bool = False, preformatted: bool = False) -> str:
    """The text a reader sees: whitespace folded as a browser does, <br> as a line break."""
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, NavigableString):
            if isinstance(node, (Comment, Doctype, ProcessingInstruction)):
                continue
            parts.append(str(node) if preformatted else _WHITESPACE.sub(" ", str(node)))
        elif node.name == "br":
            parts.append("\n" if keep_breaks else " ")
    text = "".join(parts)
    return clean.tidy(text) if keep_breaks or preformatted else clean.tidy(text).replace("\n", " ")


class _Walker:
    """Walks the page in reading order, keeping a heading stack and emitting blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []  # every heading seen, for the title
        self._stack: list[tuple[int, str]] = []
        self._inline: list[str] = []

    def _emit(self, text: str) -> None:
        if text.strip():
            self.blocks.append(Block(text, tuple(h for _, h in self._stack), None))

    def _flush_inline(self) -> None:
        text = clean.tidy(_WHITESPACE.sub(" ", "".join(self._inline)).replace("\x00", "\n"))
        self._inline.clear()
        self._emit(text)

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                    self._inline.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self._inline.append("\x00")  # a line break that survives whitespace folding
            elif name in _INLINE:
                self._inline.append(_text_of(child, keep_breaks=True).replace("\n", "\x00"))
            elif name in _HEADINGS:
                self._flush_inline()
                self._heading(_HEADINGS[name], _text_of(child))
            elif name in _PARAGRAPH:
                self._flush_inline()
                self._emit(_text_of(child, keep_breaks=True))
            elif name == "pre":
                self._flush_inline()
                self._emit(_text_of(child, preformatted=True))
            elif name in ("ul", "ol"):
                self._flush_inline()
                self._emit(self._list(child))
            elif name == "table":
                self._flush_inline()
                self._emit(self._table(child))
            elif name == "blockquote" and not child.find(list(_HEADINGS)):
                self._flush_inline()
                self._emit(_text_of(child))
            else:  # div, section, article, main, li outside a list, ...
                self._flush_inline()
                self.walk(child)
                self._flush_inline()
        if node.name in ("body", "[document]"):
            self._flush_inline()

    def _heading(self, level: int, text: str) -> None:
        if not text:
            return
        self.headings.append((level, text))
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))

    def _list(self, tag: Tag) -> str:
        """Every item, nested ones too, as a "- item" line."""
        lines = []
        for li in tag.find_all("li"):
            own = [c for c in li.children if not (isinstance(c, Tag) and c.name in ("ul", "ol"))]
            text = clean.tidy(" ".join(_text_of(c) if isinstance(c, Tag) else _WHITESPACE.sub(" ", str(c))
                                       for c in own if not isinstance(c, (Comment, Doctype))))
            if text:
                lines.append(f"- {text}")
        return "\n".join(lines)

    def _table(self, tag: Tag) -> str:
        rows = []
        for tr in tag.find_all("tr"):
            if tr.find_parent("table") is not tag:
                continue  # a nested table's rows are read with the cell that holds them
            cells = [_text_of(td) for td in tr.find_all(["td", "th"], recursive=False)]
            if any(cells):
                rows.append(" | ".join(cells))
        return "\n".join(rows)


def _title(page_title: str, h1s: list[str]) -> str:
    """<title>, with a " | Site name" suffix cut when an h1 shows where the page's own name ends."""
    if page_title:
        for h1 in h1s:
            if page_title.lower().startswith(h1.lower()):
                rest = page_title[len(h1):]
                if not rest.strip() or _TITLE_SEPARATOR.match(rest):
                    return h1
        return page_title
    return h1s[0] if h1s else ""
