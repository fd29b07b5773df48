"""How much one file may hold, checked before and after it is read: a hostile or mistaken
file (a .docx zip bomb, a 50 MB log saved as .txt) is refused by name in bounded time and
memory instead of holding the ingest lock for hours.

- `INGEST_MAX_TEXT_MB` (20): a text-like file (.txt, .md, .html, .yaml) larger than this is not
  read at all, and a PDF or Word document whose text comes to more is refused after reading.
  About 20 MB of text is some 30,000 chunks, roughly 40 minutes of local embedding.
- `INGEST_MAX_UNPACKED_MB` (50): what a Word file (a zip) may unpack to, summed over its parts
  and read from the zip's directory before anything is unpacked. python-docx holds every
  part in memory, so this bounds the memory a .docx can take.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .document import LoadedDocument, LoadError

MB = 1_000_000
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".yaml", ".yml"})
ZIP_SUFFIXES = frozenset({".docx"})


@dataclass(frozen=True)
class Limits:
    text_bytes: int = 20 * MB
    unpacked_bytes: int = 50 * MB


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB"


def check_file(path: Path, limits: Limits) -> None:
    """Before reading: raise LoadError when the file is over its cap. Reads a zip's directory only."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        try:
            size = path.stat().st_size
        except OSError:
            return  # the loader reports what is wrong with the file
        if size > limits.text_bytes:
            raise LoadError(f"too large to read: {_mb(size)} of text, more than INGEST_MAX_TEXT_MB "
                            f"({_mb(limits.text_bytes)}); split the file, or raise the setting")
    elif suffix in ZIP_SUFFIXES:
        unpacked = _unpacked_size(path)
        if unpacked is not None and unpacked > limits.unpacked_bytes:
            raise LoadError(f"unpacks to {_mb(unpacked)}, more than INGEST_MAX_UNPACKED_MB "
                            f"({_mb(limits.unpacked_bytes)}); not unpacked (it may be a zip bomb — "
                            "or raise the setting if the file is genuine)")


def _unpacked_size(path: Path) -> int | None:
    """The sum of a zip's declared uncompressed sizes, or None when it is not a readable zip (the
    loader says so). Python's zip reader stops at a part's declared size, so a part that lies
    about its size cannot unpack to more than it declares."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return None


def check_document(doc: LoadedDocument, limits: Limits) -> None:
    """After reading: raise LoadError when the document's text is over the text cap."""
    size = sum(len(block.text.encode("utf-8")) for block in doc.blocks)
    if size > limits.text_bytes:
        raise LoadError(f"too much text: {_mb(size)}, more than INGEST_MAX_TEXT_MB "
                        f"({_mb(limits.text_bytes)}); split the document, or raise the setting")
