"""Swedish or English: the language of a text, by lingua's statistics over the two languages only.

Ingestion records each chunk's language, so that retrieval can rank the passages of each language
fairly and the answer can say when it quotes the other language.
"""
from __future__ import annotations

import re
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


# A lower-case word with å, ä or ö is Swedish; a capitalised one is as likely a name in an English
# text ("Alingsås", "Göteborg", "Västra Götaland").
_SWEDISH_WORD = re.compile(r"(?<![\w-])[a-zåäöéü]*[åäö][a-zåäöéü]*(?![\w-])")
_LONG_ENOUGH = 6  # words: from here the statistics decide alone


def has_swedish_word(text: str) -> bool:
    """Does the text have a lower-case word with å, ä or ö (not a name like "Alingsås")?"""
    return bool(_SWEDISH_WORD.search(text))


def of_text(text: str) -> str:
    """The more likely of Swedish and English. In a short text a lower-case word with å, ä or ö
    settles it; names with them ("Alingsås") do not, as English texts name Swedish places."""
    if len(text.split()) < _LONG_ENOUGH and has_swedish_word(text):
        return "sv"
    s = scores(text) if text.strip() else {}
    return max(s, key=lambda lang: s[lang]) if s else "sv"
