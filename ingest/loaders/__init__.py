"""Which loader reads which file. Each loader: `load(path, rel) -> LoadedDocument`, raising LoadError."""
from __future__ import annotations

import importlib
from pathlib import Path

from ..document import LoadedDocument, LoadError

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


def load(path: Path, rel: str) -> LoadedDocument:
    suffix = path.suffix.lower()
    if suffix not in LOADERS:
        supported = ", ".join(sorted(LOADERS))
        raise LoadError(f"unsupported file type {suffix or '(none)'} (supported: {supported})")
    module, func = LOADERS[suffix]
    loader = getattr(importlib.import_module(f"{__name__}.{module}"), func)
    doc = loader(path, rel)
    if rel.startswith("approved/"):
        doc.kind = "approved"
    return doc
