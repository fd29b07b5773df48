"""Which loader reads which file. Each loader: `load(path, rel) -> LoadedDocument`, raising LoadError."""
from __future__ import annotations

import importlib
from pathlib import Path

from ..document import LoadedDocument, LoadError
from ..limits import Limits, check_document, check_file

# suffix -> (module, function); imported on first use so one broken optional parser
# cannot stop the others.
LOADERS: dict[str, tuple[str, str]] = {
    ".md": ("markdown", "load"),
    ".markdown": ("markdown", "load"),
    ".txt": ("markdown", "load_text"),
    ".pdf": ("pdf", "load"),
    ".docx": ("docx", "load"),
    ".html": ("html", "load"),
    ".htm": ("html", "load"),
    ".yaml": ("contacts", "load"),
    ".yml": ("contacts", "load"),
}


def is_ignored(rel: str) -> bool:
    """Editor droppings and hidden files are not documents and are not reported; urls.txt at the top
    lists web pages to fetch (ingest.web), it is not a document itself."""
    name = rel.rsplit("/", 1)[-1]
    return rel == "urls.txt" or any(part.startswith(".") for part in rel.split("/")) or name.startswith("~$") or name.endswith("~")


def load(path: Path, rel: str, limits: Limits = Limits()) -> LoadedDocument:
    """The document at `path`; LoadError when it cannot be read or is over `limits` (checked
    before reading where the file's size tells, so an oversized file costs no time)."""
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        supported = ", ".join(sorted(LOADERS))
        raise LoadError(f"unsupported file type {suffix or '(none)'} (supported: {supported})")
    check_file(path, limits)
    module, func = LOADERS[suffix]
    loader = getattr(importlib.import_module(f"{__name__}.{module}"), func)
    doc = loader(path, rel)
    check_document(doc, limits)
    if rel.startswith("approved/"):
        doc.kind = "approved"
    return doc
