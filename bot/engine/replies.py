"""The engine's fixed phrases, by language: the engine's part of the text catalogue (prompts/texts.yaml)."""
from __future__ import annotations

from pathlib import Path

from bot.texts import PROMPTS_DIR, say

__all__ = ["PROMPTS_DIR", "missing_names", "phrase"]


def phrase(key: str, language: str, directory: Path = PROMPTS_DIR, **values) -> str:
    return say(key, language, directory, **values)


def missing_names(kinds: list[str], language: str, directory: Path = PROMPTS_DIR) -> str:
    """"något telefonnummer eller någon e-postadress" for the kinds of fact the documents do not give."""
    joiner = " eller " if language == "sv" else " or "
    return joiner.join(say(f"missing_{k}", language, directory) for k in kinds)
