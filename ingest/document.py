"""What a loader produces and what the indexer stores: plain data, no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A run of body text under one heading path, as read from a document."""

    text: str
    headings: tuple[str, ...] = ()
    page: int | None = None


@dataclass
class LoadedDocument:
    """A document read from disk: its title and its blocks in reading order."""

    path: str  # relative to the knowledge folder, with forward slashes
    title: str
    blocks: list[Block] = field(default_factory=list)
    kind: str = "document"  # "document", "contacts" or "approved"
    metadata: dict[str, str] = field(default_factory=dict)
    url: str = ""  # where people can open it: a page's address, or a Markdown file's `url:`


@dataclass(frozen=True)
class Chunk:
    """One stored, searchable piece of a document."""

    id: str
    text: str
    source: str
    title: str
    section: str
    page: int | None
    file_hash: str
    content_hash: str
    kind: str = "document"
    ordinal: int = 0
    language: str = ""  # "sv" or "en" (ingest.language); "" in stores written before it was recorded
    url: str = ""
    approved: str = ""  # an approved answer's date (YYYY-MM-DD), for its citation
    approval: str = ""  # an approved answer's standing as of ingestion (ingest/approved.py), JSON

    def embedding_text(self) -> str:
        """What the embedder and BM25 see: the title and section give short passages their context."""
        head = " › ".join(p for p in (self.title, self.section) if p)
        return f"{head}\n{self.text}" if head else self.text


class LoadError(Exception):
    """A file could not be read; the message is written for the person running ingestion."""
