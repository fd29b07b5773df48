"""What the Teams adapter itself says, in Swedish and English (the same words as in Slack
where Slack says the same thing). Plain text: card builders and the outgoing gate make it safe."""
from __future__ import annotations

from ..replies import chat_phrases

_OWN: dict[str, dict[str, str]] = {
    "sv": {
        "sent": "Jag har skickat din fråga till den internationella samordnaren (ärende {id}). Svaret kommer här.",
        "relay": "Svar från samordnaren {coordinator}:",
    },
    "en": {
        "sent": "I have sent your question to the international coordinator (case {id}). The answer will come here.",
        "relay": "Answer from the coordinator {coordinator}:",
    },
}
# Both languages at once: for the coordinator's side and for people whose language is not known.
_OWN_BILINGUAL = {
    "registered": "Klart: frågor till samordnaren skickas hit från och med nu. Ärenden som väntar kommer inom några minuter. / Done: questions for the coordinator will be posted here from now on. Waiting cases follow within a few minutes.",
    "nothing_to_approve": "Det finns inget svar att spara ännu; svara först. / There is no reply to save yet; answer first.",
    "empty_reply": "Skriv ett svar först. / Write a reply first.",
    "error": "Något gick fel. Försök igen om en stund. / Something went wrong. Please try again in a moment.",
}

# The shared phrases (prompts/chat.yaml) with Teams' own added.
PHRASES, BILINGUAL = chat_phrases(_OWN, _OWN_BILINGUAL)


def phrase(key: str, language: str, **values: str) -> str:
    table = PHRASES.get(language) or PHRASES["sv"]
    text = table[key]
    return text.format(**values) if values else text


def bilingual(key: str, **values: str) -> str:
    text = BILINGUAL[key]
    return text.format(**values) if values else text
