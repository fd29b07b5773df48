"""Swedish typed without å, ä and ö ("hur manga dagar far man stanna?"), read as it was meant.

On a phone or a foreign keyboard people often leave the letters out. Such a question then
shares no words with the documents that answer it ("forvaltningen" never meets
"förvaltningen") and hides what it asks for ("hur manga" is "hur många"). A Swedish message
with none of the three letters has its words put back: a word becomes the form with the
letters that the knowledge base uses most, when it uses that form more than the word as
typed ("bara" stays, "larare" becomes "lärare"); the Swedish function words, which the
knowledge base's counts leave out, are put back from the list below, and a function word as
typed ("har", "man") stays.
"""
from __future__ import annotations

import re
from typing import Callable

from .lexical import STOPWORDS

SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")
# Common Swedish words with å, ä or ö whose plain spelling is rarely meant as itself in a
# Swedish question ("nar" is "när", "ar" is "är", "far" is "får", "pa" is "på"); not "här",
# "bör", "vår", "våra" or "vårt", whose plain spellings "har", "bor", "var", "vara" and "vart" are
# words of their own ("var ligger kontoret" asks where).
FUNCTION_WORDS = tuple("""
är när där för från på så få får fått även än ännu åt över både också måste många länge lång långt
längre någon något några någonting ungefär själv själva sådan sådant sådana hälften före
gäller går gått hålla håller nästa sköter
""".split())
_FUNCTION = {w.translate(FOLD): w for w in FUNCTION_WORDS}
_WORD = re.compile(r"[A-Za-z]+")


def restore(text: str, language: str, accented: Callable[[str], str | None]) -> str:
    """The text with its words' å, ä and ö put back, when it is Swedish and has none of them.
    `accented(word)` gives the knowledge base's form of a lower-case word, or None to keep it."""
    if language != "sv" or SWEDISH_LETTERS.search(text):
        return text

    def put_back(m: re.Match) -> str:
        word = m.group(0)
        lower = word.lower()
        # a function word as typed ("har", "man", "var") is itself
        form = _FUNCTION.get(lower) or (None if lower in STOPWORDS else accented(lower))
        if not form:
            return word
        return form.capitalize() if word[0].isupper() else form

    return _WORD.sub(put_back, text)
