"""A bilingual glossary (prompts/glossary.tsv) that lets an English question meet Swedish words.

`expand(text)` returns the Swedish equivalents of the English terms in a text (and the
English of the Swedish ones), for the lexical search and the word-overlap check.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


class Glossary:
    def __init__(self, pairs: list[tuple[str, list[str]]]) -> None:
        self._en: list[tuple[re.Pattern, list[str]]] = []
        self._sv: list[tuple[re.Pattern, list[str]]] = []
        for english, swedish in pairs:
            self._en.append((_term(english), swedish))
            for sv in swedish:
                self._sv.append((_term(sv, compound=True), [english]))

    @classmethod
    def from_file(cls, path: Path) -> "Glossary":
        pairs = []
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#") or "\t" not in line:
                    continue
                english, swedish = line.split("\t", 1)
                pairs.append((english.strip().lower(), [s.strip().lower() for s in swedish.split("|") if s.strip()]))
        return cls(pairs)

    def expand(self, text: str) -> list[str]:
        """Every translation of every glossary term in the text."""
        out: list[str] = []
        for _, words in self.groups(text):
            out.extend(w for w in words if w not in out)
        return out

    def groups(self, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(term as found, its translations) for each glossary term in the text."""
        return _groups(self, text.lower())


@lru_cache(maxsize=4096)
def _groups(glossary: Glossary, lowered: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    found: dict[str, list[str]] = {}
    for table in (glossary._en, glossary._sv):
        for rx, words in table:
            m = rx.search(lowered)
            if m:
                merged = found.setdefault(m.group(0), [])
                merged.extend(w for w in words if w not in merged)
    # a term inside a longer found term ("town" in "twin town") is not counted twice
    terms = [t for t in found if not any(t != o and t in o for o in found)]
    return tuple((t, tuple(found[t])) for t in terms)


def _term(term: str, compound: bool = False) -> re.Pattern:
    """A term as a whole word (with an English plural). A Swedish term also matches as the last
    part of a compound — "resa" in "utlandsresa" — when it is long enough to be a word of its own."""
    if compound and len(term) >= 4 and " " not in term:
        return re.compile(r"(?<![\w-])\w*" + re.escape(term) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(s|es)?(?!\w)")
