"""Prompts are files: prompts/<name>.<language>.md, loaded by name and versioned with the code.

The caller decides the folder (Settings.prompts_dir, from PROMPTS_DIR) and passes it in; without
one the repository's prompts/ folder is used. A language without its own file falls back to
Swedish. Files are read once per (folder, name, language) and cached: restart to pick up edits.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
FALLBACK_LANGUAGE = "sv"

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_LANGUAGE = re.compile(r"[a-z]{2}")


class PromptNotFound(FileNotFoundError):
    """A prompt file is missing; the message names the file(s) looked for."""


def load_prompt(name: str, language: str, directory: str | Path | None = None) -> str:
    """The text of prompts/<name>.<language>.md, or of <name>.sv.md when that language has none."""
    if not _NAME.fullmatch(name or ""):
        raise ValueError(f"Not a prompt name: {name!r} (letters, digits, '-' and '_' only).")
    folder = Path(directory) if directory else PROMPTS_DIR
    lang = (language or "").strip().lower()
    if not _LANGUAGE.fullmatch(lang):
        lang = FALLBACK_LANGUAGE
    return _read(str(folder.resolve()), name, lang)


@lru_cache(maxsize=64)
def _read(folder: str, name: str, language: str) -> str:
    tried: list[Path] = []
    for lang in dict.fromkeys((language, FALLBACK_LANGUAGE)):
        path = Path(folder) / f"{name}.{lang}.md"
        tried.append(path)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise PromptNotFound(
        f"Prompt file missing: {tried[-1]}"
        + (f" (and no {tried[0].name} either)" if len(tried) > 1 else "")
        + ". Restore it from the repository's prompts/ folder, or point PROMPTS_DIR at a folder that has it."
    )


def clear_cache() -> None:
    """Forget the files read so far (for tests, or after editing prompts in a running process)."""
    _read.cache_clear()
