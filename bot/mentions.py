"""People and groups mentioned in a message are not words of the question.

"@Omvärld @Bertil Berg vem beslutar om vänorter?" asks "vem beslutar om vänorter?": the bot's
own name and a colleague's must not be searched for, nor counted as a name no document knows.
Slack writes mentions as `<@U…>` (or `@U…` once made plain), Teams as `<at>Name</at>`, people
typing as `@Name Surname`.
"""
from __future__ import annotations

import re

from .lexical import STOPWORDS

_MARKUP = re.compile(r"<@[^>]*>|<![^>]*>|<at>[^<]*</at>|(?<![\w.])[@＠][UW][A-Z0-9]{6,}\b")
# "@Bertil Berg", "@Omvärld": the @-word and the capitalised words straight after it
_TYPED = re.compile(r"(?<![\w.])[@＠]([^\W\d_][\w.-]*)((?:[ \t]+[A-ZÅÄÖÉ][\w-]*){0,2})")
# words that start a question, not a name ("@Omvärld Vad är …", "@Omvärld Får jag …")
_QUESTION_START = STOPWORDS | set("får finns gäller behöver måste kan ska skall hej tja hello hi hey please snälla "
                                  "tack thanks vad vem hur när var vilka vilken vilket varför".split())


def strip_mentions(text: str) -> str:
    """The message without mentions of people, groups or the bot, whitespace folded."""
    text = _MARKUP.sub(" ", text)

    def typed(m: re.Match) -> str:
        kept = []
        words = m.group(2).split()
        for i, word in enumerate(words):
            if word.lower().strip(",:;") in _QUESTION_START:
                kept = words[i:]
                break
        return " " + " ".join(kept) + " "

    text = _TYPED.sub(typed, text)
    return " ".join(text.split()).lstrip(",:; ")
