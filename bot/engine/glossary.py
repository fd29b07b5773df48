"""A bilingual glossary (prompts/glossary.tsv) that lets an English question meet Swedish words.

`expand(text)` returns the Swedish equivalents of the English terms in a text (and the
English of the Swedish ones), for the lexical search and the word-overlap check.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


class Glossary:
    """Terms are looked up word by word (a dictionary per kind of match), so that a glossary of a
    few thousand entries costs no more per question than one of a few hundred; terms of several
    words (or with a hyphen) are searched as patterns."""

    def __init__(self, pairs: list[tuple[str, list[str]]]) -> None:
        self._size = 0
        self._phrases: list[tuple[int, re.Pattern, list[str]]] = []
        self._whole: dict[str, list[tuple[int, list[str]]]] = {}    # the word, or it plus s/es
        self._endings: dict[str, list[tuple[int, list[str]]]] = {}  # the word, or a compound ending in it
        entries = [(english, swedish, False) for english, swedish in pairs]
        entries += [(sv, [english], True) for english, swedish in pairs for sv in swedish]
        for order, (term, translations, compound) in enumerate(entries):
            self._size += 1
            if not _WORD.fullmatch(term):
                self._phrases.append((order, _term(term, compound), translations))
            elif compound and len(term) >= 4:
                self._endings.setdefault(term, []).append((order, translations))
            else:
                self._whole.setdefault(term, []).append((order, translations))

    @classmethod
    def from_file(cls, *paths: Path) -> "Glossary":
        """The entries of each file that exists (`english<TAB>swedish|swedish…` a line); read once
        per process while the files stay the same (every engine of a process shares it)."""
        stamps = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else (str(p), 0, -1)
                       for p in paths)
        return _load(stamps)

    @classmethod
    def _read(cls, paths: tuple[Path, ...]) -> "Glossary":
        pairs = []
        for path in paths:
            if not path.exists():
                continue
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

    def translated(self, text: str) -> str:
        """The text with each glossary term replaced by its first translation: a word-for-word
        rendering in the other language ("How often is the policy revised?" → "How often is the
        policy reviderad?"). Crude as prose, but e5 places it nearer the other language's sentences
        that say the same than the question itself."""
        out = text
        for term, translations in sorted(self.groups(text), key=lambda g: -len(g[0])):
            out = re.sub(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", translations[0], out, flags=re.IGNORECASE)
        return out


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _load(stamps: tuple[tuple[str, int, int], ...]) -> Glossary:
    return Glossary._read(tuple(Path(path) for path, _, _ in stamps))


@lru_cache(maxsize=4096)
def _groups(glossary: Glossary, lowered: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    first: dict[int, tuple[str, list[str]]] = {}  # entry -> (where it was first found, its translations)

    def note(hits, found: str) -> None:
        for order, words in hits:
            first.setdefault(order, (found, words))

    for m in _WORD.finditer(lowered):
        word = m.group(0)
        note(glossary._whole.get(word, ()), word)
        for plural in ("s", "es"):
            if word.endswith(plural):
                note(glossary._whole.get(word[:-len(plural)], ()), word)
        if m.start() == 0 or lowered[m.start() - 1] != "-":  # "EU-ansökan" is not read as a compound
            for i in range(len(word) - 3):
                note(glossary._endings.get(word[i:], ()), word)
    for order, rx, words in glossary._phrases:
        hit = rx.search(lowered)
        if hit:
            first.setdefault(order, (hit.group(0), words))
    merged: dict[str, list[str]] = {}
    for order in sorted(first):
        found, words = first[order]
        into = merged.setdefault(found, [])
        into.extend(w for w in words if w not in into)
    # a term inside a longer found term ("town" in "twin town") is not counted twice
    terms = [t for t in merged if not any(t != o and t in o for o in merged)]
    return tuple((t, tuple(merged[t])) for t in terms)


def _term(term: str, compound: bool = False) -> re.Pattern:
    """A term as a whole word (with an English plural). A Swedish term also matches as the last
    part of a compound — "resa" in "utlandsresa" — when it is long enough to be a word of its own."""
    if compound and len(term) >= 4 and " " not in term:
        return re.compile(r"(?<![\w-])\w*" + re.escape(term) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(s|es)?(?!\w)")
