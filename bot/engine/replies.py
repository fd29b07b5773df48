"""The bot's fixed phrases (prompts/replies.yaml), by language."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"


@lru_cache(maxsize=4)
def _load(directory: str) -> dict:
    return yaml.safe_load((Path(directory) / "replies.yaml").read_text(encoding="utf-8"))


def phrase(key: str, language: str, directory: Path = PROMPTS_DIR, **values) -> str:
    table = _load(str(directory))
    text = table.get(language, table["sv"])[key]
    return text.format(**values) if values else text


def missing_names(kinds: list[str], language: str, directory: Path = PROMPTS_DIR) -> str:
    names = _load(str(directory)).get(language, {}).get("missing", {})
    parts = [names.get(k, k) for k in kinds]
    joiner = " eller " if language == "sv" else " or "
    return joiner.join(parts)


def chat_phrases(own: dict[str, dict[str, str]], own_bilingual: dict[str, str],
                 directory: Path = PROMPTS_DIR) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The chat adapters' phrases: prompts/chat.yaml (shared by Slack and Teams) plus a platform's own."""
    shared = yaml.safe_load((Path(directory) / "chat.yaml").read_text(encoding="utf-8"))
    phrases = {lang: {**shared.get(lang, {}), **own.get(lang, {})} for lang in ("sv", "en")}
    return phrases, {**shared.get("bilingual", {}), **own_bilingual}
