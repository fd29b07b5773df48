"""Heading-aware chunking: a chunk never spans two sections, and is sized for e5-small.

Blocks under the same heading path are packed together up to `max_chars`; a
longer section is split on paragraph, line and sentence boundaries with a small
overlap, never inside a list item or table row (a "- " line). A coordinator's approved answer
(kind "approved") is never split. See README ("Chunk size") for the measurement behind the default.
"""
from __future__ import annotations

import hashlib
from itertools import groupby

from langchain_text_splitters import RecursiveCharacterTextSplitter

from . import language
from .document import Block, Chunk, LoadedDocument

DEFAULT_MAX_CHARS = 700
ITEM_MAX_CHARS = 2000  # a list item or table row longer than this (beyond what e5 reads) is split like prose
LEAD_MAX_CHARS = 200   # the longest lead-in line repeated before the items of a list split across chunks
_SEPARATORS = ["\n\n", "\n- ", "\n", ". ", "? ", "! ", "; ", ", ", " "]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sections(blocks: list[Block]):
    for headings, group in groupby(blocks, key=lambda b: b.headings):
        yield headings, list(group)


def _pieces(text: str, max_chars: int, splitter: RecursiveCharacterTextSplitter) -> list[str]:
    """A block cut to size: list items and table rows ("- " lines) stay whole, up to ITEM_MAX_CHARS
    (about what e5 reads); prose between them is split on paragraph, line and sentence boundaries."""
    if len(text) <= max_chars:
        return [text]
    out: list[str] = []
    prose: list[str] = []
    for line in text.split("\n"):
        if line.startswith("- ") and len(line) <= ITEM_MAX_CHARS:
            if prose:
                out += splitter.split_text("\n".join(prose))
                prose = []
            out.append(line)
        else:
            prose.append(line)
    if prose:
        out += splitter.split_text("\n".join(prose))
    return out


def _pack(blocks: list[Block], max_chars: int, splitter: RecursiveCharacterTextSplitter):
    """Yield (text, first page) pieces of one section.

    Items of one list are joined by a line break, other pieces by a blank line. A chunk that starts
    inside a list repeats the line that introduced it ("Bidragen per program:"), so each item keeps
    its lead-in.
    """
    current: list[str] = []
    page = None
    size = 0
    for block in blocks:
        text = block.text.strip()
        lead = ""
        for piece in filter(None, (p.strip() for p in _pieces(text, max_chars, splitter))):
            item = piece.startswith("- ")
            if current and size + len(piece) + 2 > max_chars:
                carried = item and lead
                if carried and current[-1] == lead:
                    current.pop()  # the lead-in moves on with its first item
                if current:
                    yield _join(current), page
                current, size, page = ([lead], len(lead) + 2, None) if carried else ([], 0, None)
            if page is None:
                page = block.page
            current.append(piece)
            size += len(piece) + 2
            if not item:
                last = piece.rsplit("\n", 1)[-1]
                lead = last if len(last) <= LEAD_MAX_CHARS and not last.startswith("- ") else ""
    if current:
        yield _join(current), page


def _join(pieces: list[str]) -> str:
    out = pieces[0]
    for prev, piece in zip(pieces, pieces[1:]):
        last = prev.rsplit("\n", 1)[-1]
        together = piece.startswith("- ") and (last.startswith("- ") or last.rstrip().endswith(":"))
        out += ("\n" if together else "\n\n") + piece
    return out


def chunk_document(doc: LoadedDocument, file_hash: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> list[Chunk]:
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=max_chars, chunk_overlap=max_chars // 7, separators=_SEPARATORS, keep_separator="end"
    )
    chunks: list[Chunk] = []
    source_key = sha256(doc.path)[:16]
    # an approved answer is one chunk however long, so that it is found and quoted whole
    limit = sum(len(b.text) + 2 for b in doc.blocks) + max_chars if doc.kind == "approved" else max_chars
    for headings, blocks in _sections(doc.blocks):
        section = " › ".join(headings)
        for text, page in _pack(blocks, limit, splitter):
            text = text.strip()
            if not text:
                continue
            ordinal = len(chunks)
            chunks.append(Chunk(
                id=f"{source_key}:{file_hash[:12]}:{ordinal}",
                text=text,
                source=doc.path,
                title=doc.title,
                section=section,
                page=page,
                file_hash=file_hash,
                content_hash=sha256(text)[:16],
                kind=doc.kind,
                ordinal=ordinal,
                language=language.of_text(f"{section} {text}"),
                url=doc.url,
                approved=doc.metadata.get("approved", "") if doc.kind == "approved" else "",
            ))
    return chunks
