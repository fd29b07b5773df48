"""The files an ingestion reads: the knowledge folder's, and the approved answers'.

A source is named by its path: a knowledge file by its path in the knowledge folder
("internationell-policy.md"), an approved answer by "approved/" and its path in the
approved-answers folder (StoreConfig.approved_path, `.data/approved` by default). That is
the name a file in knowledge/approved/ has too, so both kinds read as approved answers, and
answers saved there before the approved-answers folder existed keep working. When both
folders hold the same name, the approved-answers folder's file is the one read. An
approved-answers folder placed inside the knowledge folder is read once, as approved answers.
"""
from __future__ import annotations

import logging
from pathlib import Path

from . import loaders
from .config import StoreConfig

log = logging.getLogger(__name__)

APPROVED = "approved/"


def scan(folder: Path) -> dict[str, Path]:
    """Every file under the folder by its forward-slash path relative to it."""
    if not folder.is_dir():
        return {}
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            rel = path.relative_to(folder).as_posix()
            if not loaders.is_ignored(rel):
                out[rel] = path
    return out


def scan_sources(config: StoreConfig) -> dict[str, Path]:
    """Every file to ingest, by source name (see the module's docstring)."""
    approved_root = config.approved_path.resolve()
    found = {rel: path for rel, path in scan(config.knowledge_dir).items()
             if not path.resolve().is_relative_to(approved_root)}
    for rel, path in scan(config.approved_path).items():
        if APPROVED + rel in found:
            log.warning("%s%s is in both the knowledge folder and the approved-answers folder; "
                        "reading the approved-answers folder's", APPROVED, rel)
        found[APPROVED + rel] = path
    return dict(sorted(found.items()))


def source_path(config: StoreConfig, source: str) -> Path:
    """The file a source name stands for (as `scan_sources` chose it)."""
    if source.startswith(APPROVED):
        saved = config.approved_path / source[len(APPROVED):]
        if saved.is_file():
            return saved
    return config.knowledge_dir / source
