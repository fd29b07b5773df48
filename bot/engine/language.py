"""Which language to answer in: Swedish or English, reliable on short questions."""
from __future__ import annotations

from typing import Sequence

from ingest.language import SUPPORTED, has_swedish_word, scores

DEFAULT = "sv"  # staff are mostly Swedish-speaking
_CONFIDENT = 0.75
# Question words settle one- and two-word questions that statistics cannot ("Vem?", "Who?").
_QUESTION_WORDS = {
    **dict.fromkeys("vem vad var när hur vilken vilket vilka varför vart kan ska får finns och men".split(), "sv"),
    **dict.fromkeys("who what where when how which why can should may is are do does and but".split(), "en"),
}


def detect(text: str, hint: str | None = None, earlier: Sequence[str] = ()) -> str:
    """The question's language; when it is too short to tell, the thread's, then the hint, then Swedish."""
    s = scores(text) if text.strip() else {}
    best = max(s, key=lambda lang: s[lang]) if s else None
    if best and s[best] >= _CONFIDENT:
        return best
    # a lower-case word with å, ä or ö is Swedish; a name with them ("Alingsås") may be asked about in English
    if has_swedish_word(text):
        return "sv"
    words = text.strip().lower().split()
    if words and words[0].strip("?!.,") in _QUESTION_WORDS:
        return _QUESTION_WORDS[words[0].strip("?!.,")]
    for previous in reversed(earlier):
        p = scores(previous)
        lang = max(p, key=lambda k: p[k])
        if p[lang] >= _CONFIDENT:
            return lang
    if hint in SUPPORTED:
        return hint
    return best or DEFAULT
