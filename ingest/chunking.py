"""Heading-aware chunking: a chunk never spans two sections, and is sized for e5-small.

Blocks under the same heading path are packed together up to `max_chars`; a
longer section is split on paragraph, line and sentence boundaries with a small
overlap. A coordinator's approved answer (kind "approved") is never split. See
README ("Chunk size") for the measurement behind the default.
"""
from __future__ import annotations

import hashlib
from itertools import groupby

from langchain_text_splitters import RecursiveCharacterTextSplitter

from .document import Block, Chunk, LoadedDocument

DEFAULT_MAX_CHARS = 700
_SEPARATORS = ["\n\n", "\n- ", "\n", ". ", "? ", "! ", "; ", ", ", " "]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sections(blocks: list[Block]):
    for headings, group in groupby(blocks, key=lambda b: b.headings):
        yield headings, list(group)


def _pack(blocks: list[Block], max_chars: int, splitter: RecursiveCharacterTextSplitter):
    """Yield (text, first page) pieces of one section."""
    current: list[str] = []
    page = None
    size = 0
    for block in blocks:
        text = block.text.strip()
        pieces = [text] if len(text) <= max_chars else splitter.split_text(text)
        for piece in filter(None, (p.strip() for p in pieces)):
            if current and size + len(piece) + 2 > max_chars:
                yield "\n\n".join(current), page
                current, size, page = [], 0, None
            if page is None:
                page = block.page
            current.append(piece)
            size += len(piece) + 2
    if current:
        yield "\n\n".join(current), page


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
            ))
    return chunks
