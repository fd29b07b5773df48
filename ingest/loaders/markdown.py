"""Markdown and plain text: headings from `#` lines (or underlined/ALL-CAPS lines in .txt)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from .. import clean
from ..document import Block, LoadedDocument, LoadError

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    if not raw.strip():
        raise LoadError("empty file")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LoadError("not readable as text (neither UTF-8 nor Windows-1252)")


def plain(text: str) -> str:
    """Markdown inline syntax removed: **bold**, [links](url)."""
    return _LINK.sub(r"\1", _EMPHASIS.sub(r"\2", text)).strip()


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    try:
        meta = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError as e:
        raise LoadError(f"front matter is not valid YAML ({e.__class__.__name__})") from e
    body = text[end + 4:].split("\n", 1)[1] if "\n" in text[end + 4:] else ""
    return (meta if isinstance(meta, dict) else {}), body


def _lines_with_headings(text: str, plain_text: bool) -> list[tuple[int, str]]:
    """(level, text) per line; level 0 for body lines."""
    raw = text.split("\n")
    out: list[tuple[int, str]] = []
    for i, line in enumerate(raw):
        m = _ATX.match(line) if not plain_text else None
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if m:
            out.append((len(m.group(1)), plain(m.group(2))))
        elif line.strip() and _SETEXT.match(nxt) and not _SETEXT.match(line):
            out.append((1 if nxt.strip()[0] == "=" else 2, plain(line)))
        elif _SETEXT.match(line) and out and out[-1][0] > 0:
            continue  # the underline of a setext heading
        elif plain_text and _looks_like_plain_heading(line, raw[i - 1] if i else "", nxt):
            out.append((2, line.strip()))
        else:
            out.append((0, line))
    return out


def _looks_like_plain_heading(line: str, prev: str, nxt: str) -> bool:
    s = line.strip()
    return (
        3 <= len(s) <= 80 and not prev.strip() and not nxt.strip()
        and s.upper() == s and any(c.isalpha() for c in s)
    )


def load(path: Path, rel: str, *, plain_text: bool = False) -> LoadedDocument:
    meta, body = split_front_matter(clean.tidy(read_text(path)))
    lines = _lines_with_headings(body, plain_text)
    headings = [t for level, t in lines if level and t]

    # A heading that repeats is a running page header left by a PDF conversion
    # ("Internationell policy" on every page); it names the document, it is not a section.
    counts = Counter(clean.normalise_line(h) for h in headings)
    running = {h for h, n in counts.items() if n >= 2}
    title = str(meta.get("title") or "").strip()
    if not title:
        repeated = [h for h in headings if clean.normalise_line(h) in running]
        firsts = [t for level, t in lines if level == 1] or headings
        title = repeated[0] if repeated else (firsts[0] if firsts else path.stem.replace("_", " ").replace("-", " "))

    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        text = "\n".join(paragraph).strip()
        paragraph.clear()
        if text:
            names = tuple(h for _, h in stack if clean.normalise_line(h) != clean.normalise_line(title))
            blocks.append(Block(plain(text), names, None))

    for level, text in lines:
        if level:
            flush()
            if clean.normalise_line(text) in running or clean.is_page_number(text):
                continue
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

    blocks = _merge_list_runs(clean.join_broken_blocks(blocks))
    if not blocks:
        raise LoadError("no text found")
    return LoadedDocument(path=rel, title=title, blocks=blocks, metadata={k: str(v) for k, v in meta.items()})


def _merge_list_runs(blocks: list[Block]) -> list[Block]:
    """A list separated by blank lines is still one list: keep its items together with the lead-in."""
    out: list[Block] = []
    for block in blocks:
        if out and block.text.startswith("- ") and out[-1].headings == block.headings:
            prev = out[-1]
            out[-1] = Block(prev.text + "\n" + block.text, prev.headings, prev.page)
        else:
            out.append(block)
    return out


def load_text(path: Path, rel: str) -> LoadedDocument:
    return load(path, rel, plain_text=True)
