"""Everything Omvärld says to people comes from one catalogue, prompts/texts.yaml, through `say`.

    say("sources", "en")                       -> "Sources"
    say("already_sent", "sv", id="12")         -> "Den här frågan är redan skickad … (ärende 12) …"
    say("gone", "both")                        -> "Jag hittar inte det här längre. / I can no longer find this."

Each key has a Swedish ("sv") and an English ("en") text, and may have a "both" text for what is
shown in both languages at once (the coordinator's side, people whose language is not known);
without one, "both" is the Swedish and English texts joined by " / ". A language other than sv
or en gets the Swedish text. Platform-specific texts have their platform's prefix ("slack.relay").
The folder is PROMPTS_DIR (Settings.prompts_dir); files are read once per folder.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
CATALOGUE = "texts.yaml"
LANGUAGES = ("sv", "en")
BOTH = "both"


class TextMissing(KeyError):
    """A key the catalogue does not have (a bug: a test checks every key the code uses)."""


@lru_cache(maxsize=4)
def catalogue(directory: str | Path = PROMPTS_DIR) -> dict[str, dict[str, Any]]:
    """The catalogue of `directory` (default: the repository's prompts/), read once."""
    data = yaml.safe_load((Path(directory) / CATALOGUE).read_text(encoding="utf-8")) or {}
    return {str(k): v for k, v in data.items()}


def entry(key: str, language: str, directory: str | Path = PROMPTS_DIR) -> Any:
    """The raw value of `key` in `language` (a string, or a list for lists of examples)."""
    try:
        texts = catalogue(directory)[key]
    except KeyError:
        raise TextMissing(f"{key!r} is not in {Path(directory) / CATALOGUE}") from None
    if language == BOTH:
        if BOTH in texts:
            return texts[BOTH]
        return f"{texts['sv']} / {texts['en']}"
    if language in texts:
        return texts[language]
    return texts["sv"] if "sv" in texts else texts[BOTH]


def say(key: str, language: str, directory: str | Path = PROMPTS_DIR, **values: Any) -> str:
    """The text of `key` in `language` ("sv", "en" or "both"), with {placeholders} filled in."""
    text = str(entry(key, language, directory))
    return text.format(**values) if values else text


def bilingual(key: str, **values: Any) -> str:
    """`say(key, "both", …)`: the Swedish and English text at once."""
    return say(key, BOTH, **values)


_SV_HINTS = re.compile(r"[åäö]|\b(och|jag|vi|hur|vad|vem|är|det|som|för|kan|ska|finns|inte)\b", re.IGNORECASE)
_EN_HINTS = re.compile(r"\b(the|what|how|who|is|are|do|does|can|should|we|our|which|where)\b", re.IGNORECASE)


def guess_language(text: str) -> str:
    """A cheap guess ("sv" or "en") for the few words said before the engine has detected the language."""
    sv, en = len(_SV_HINTS.findall(text or "")), len(_EN_HINTS.findall(text or ""))
    return "en" if en > sv else "sv"
