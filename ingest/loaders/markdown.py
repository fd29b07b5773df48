"""Markdown and plain text: headings from `#` lines (or underlined/ALL-CAPS lines in .txt)."""
from __future__ import annotations

import codecs
import re
from collections import Counter
from pathlib import Path

import yaml

from .. import clean
from ..document import Block, LoadedDocument, LoadError

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")  # a thematic break
_FENCE = re.compile(r"^\s*(```|~~~)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<meta>.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


# Byte-order marks of the Unicode encodings Windows tools write ("Unicode" in Notepad is UTF-16 LE);
# UTF-32's come first, since UTF-32 LE's begins with UTF-16 LE's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)  # the codec reads and drops the mark
            except UnicodeDecodeError as e:
                raise LoadError(f"not readable as {encoding.upper()} (damaged at byte {e.start})") from e
            if not text.strip():
                raise LoadError("empty file")
            return text
    if not raw.strip():
        raise LoadError("empty file")
    if b"\x00" in raw[:8192]:
        raise LoadError("not a text file (it contains binary data)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LoadError("not readable as text (neither UTF-8 nor Windows-1252)")


def plain(text: str) -> str:
    """Markdown inline syntax removed: **bold**, [links](url), ![images](src)."""
    return _LINK.sub(r"\1", _IMAGE.sub(r"\1", _EMPHASIS.sub(r"\2", text))).strip()


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML between `---` lines at the very top. A top block that is not a mapping is left as text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group("meta") or "") or {}
    except yaml.YAMLError as e:
        raise LoadError(f"front matter is not valid YAML ({e.__class__.__name__})") from e
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[m.end():]


def _lines_with_headings(text: str, plain_text: bool) -> list[tuple[int, str]]:
    """(level, text) per line; level 0 for body lines, (0, "") for paragraph breaks."""
    raw = text.split("\n")
    out: list[tuple[int, str]] = []
    in_fence = False
    for i, line in enumerate(raw):
        if not plain_text and _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:  # a `# comment` in a code block is not a heading
            out.append((0, line))
            continue
        m = _ATX.match(line) if not plain_text else None
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if m:
            out.append((len(m.group(1)), plain(m.group(2))))
        elif line.strip() and _SETEXT.match(nxt) and not _SETEXT.match(line) and not _RULE.match(line):
            out.append((1 if nxt.strip()[0] == "=" else 2, plain(line)))
        elif _SETEXT.match(line) and out and out[-1][0] > 0:
            continue  # the underline of a setext heading
        elif _RULE.match(line):
            out.append((0, ""))  # a thematic break ends a paragraph; it is not text
        elif (plain_text and not any(t.strip() for _, t in out) and _looks_like_plain_title(line, nxt)
              and any(rest.strip() for rest in raw[i + 1:])):
            out.append((1, line.strip()))
        elif plain_text and _looks_like_plain_heading(line, raw[i - 1] if i else "", nxt):
            out.append((2, line.strip()))
        else:
            out.append((0, line))
    return out


def _looks_like_plain_title(line: str, nxt: str) -> bool:
    """A text file's first line, short, on its own and not a sentence, names the document."""
    s = line.strip()
    return 3 <= len(s) <= 100 and not nxt.strip() and not re.search(r"[.,;:!?]$", s)


def _looks_like_plain_heading(line: str, prev: str, nxt: str) -> bool:
    s = line.strip()
    return (
        3 <= len(s) <= 80 and not prev.strip() and not nxt.strip()
        and s.upper() == s and any(c.isalpha() for c in s)
    )


def _running_headings(lines: list[tuple[int, str]]) -> set[str]:
    """Normalised headings that are running page headers left by a PDF conversion.

    A heading counts when it repeats and at least one of its appearances cannot be a
    section: it breaks a sentence in two, it is the last line, or it repeats the
    document's first heading. A subsection name used under several parents ("Syfte"
    in each project) repeats too, but starts a section each time, and stays.
    """
    keyed = [(i, clean.normalise_line(t)) for i, (level, t) in enumerate(lines) if level and t]
    counts = Counter(key for _, key in keyed)
    nonblank = [i for i, (level, t) in enumerate(lines) if level or t.strip()]
    if not keyed or not nonblank:
        return set()
    first_heading = keyed[0][1]

    def body_near(i: int, step: int) -> str | None:
        j = i + step
        while 0 <= j < len(lines):
            level, text = lines[j]
            if level:
                return None
            if text.strip():
                return text.strip()
            j += step
        return None

    running = set()
    for i, key in keyed:
        if counts[key] < 2 or key in running:
            continue
        before, after = body_near(i, -1), body_near(i, 1)
        if (key == first_heading or i == nonblank[-1]
                or (before and after and clean.continues(before, after))):
            running.add(key)
    return running


def _title(lines: list[tuple[int, str]], running: set[str]) -> str | None:
    """The running header, else the first level-1 heading, else a heading above all the text."""
    headings = [(i, level, t) for i, (level, t) in enumerate(lines) if level and t]
    for _, _, text in headings:
        if clean.normalise_line(text) in running:
            return text
    for _, level, text in headings:
        if level == 1:
            return text
    first_text = next((i for i, (level, t) in enumerate(lines) if not level and t.strip()), len(lines))
    return headings[0][2] if headings and headings[0][0] < first_text else None


def _letterhead(lines: list[tuple[int, str]], title: str) -> set[int]:
    """Positions of headings above the title heading with no text before it ("KOMMUNENS
    FÖRFATTNINGSSAMLING" over "Internationell policy"): they label the document, not a section."""
    key = clean.normalise_line(title)
    above: set[int] = set()
    for i, (level, text) in enumerate(lines):
        if level and clean.normalise_line(text) == key:
            return above
        if not level and text.strip():
            return set()
        if level:
            above.add(i)
    return set()


def load(path: Path, rel: str, *, plain_text: bool = False) -> LoadedDocument:
    # front matter first: tidying strips the indentation nested YAML depends on
    raw = read_text(path).replace("\r\n", "\n").lstrip("\ufeff")
    meta, body = split_front_matter(raw)
    body = clean.tidy(body)
    if not plain_text:
        body = _COMMENT.sub("", body)
    lines = _lines_with_headings(body, plain_text)

    running = _running_headings(lines)
    title = str(meta.get("title") or "").strip() or _title(lines, running) or clean.title_from_file_name(path)
    title_key = clean.normalise_line(title)
    letterhead = _letterhead(lines, title)

    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        text = "\n".join(paragraph).strip()
        paragraph.clear()
        if text:
            names = tuple(h for _, h in stack if clean.normalise_line(h) != title_key)
            blocks.append(Block(plain(text), names, None))

    for i, (level, text) in enumerate(lines):
        if level:
            if i in letterhead:
                continue
            if clean.normalise_line(text) in running or clean.is_page_number(text):
                continue  # a page header: the paragraph it interrupted goes on
            flush()
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
        elif not text.strip():
            flush()
        elif clean.is_page_number(text):
            continue
        else:
            if paragraph and _LIST.match(text) is None and _LIST.match(paragraph[-1]) and not plain_text:
                flush()  # prose after a list starts a new paragraph
            paragraph.append(_LIST.sub("- ", text) if _LIST.match(text) else text)
    flush()

    blocks = clean.merge_lists(clean.join_broken_blocks(blocks), joins=lambda prev: True)
    if not blocks:
        raise LoadError("no text found")
    url = str(meta.get("url") or "").strip()
    return LoadedDocument(path=rel, title=title, blocks=blocks, metadata={k: str(v) for k, v in meta.items()},
                          url=url if re.match(r"https?://\S+$", url) else "")


def load_text(path: Path, rel: str) -> LoadedDocument:
    return load(path, rel, plain_text=True)
