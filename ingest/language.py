"""Swedish or English: the language of a text, by lingua's statistics over the two languages only.

Ingestion records each chunk's language, so that retrieval can rank the passages of each language
fairly and the answer can say when it quotes the other language.
"""
from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("sv", "en")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(Language.SWEDISH, Language.ENGLISH)
            .with_preloaded_language_models().build())


def scores(text: str) -> dict[str, float]:
    """{"sv": p, "en": 1 - p} for the text."""
    values = _detector().compute_language_confidence_values(text)
    return {("sv" if v.language.name == "SWEDISH" else "en"): v.value for v in values}


def of_text(text: str) -> str:
    """The more likely of Swedish and English; Swedish letters settle it at once."""
    if any(c in text for c in "åäöÅÄÖ"):
        return "sv"
    s = scores(text) if text.strip() else {}
    return max(s, key=s.get) if s else "sv"
