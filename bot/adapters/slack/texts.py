"""What the Slack adapter itself says, in Swedish and English. {placeholders} are Slack mrkdwn
the caller has already made safe (user and channel references)."""
from __future__ import annotations

import re

from bot.engine.replies import chat_phrases

_OWN: dict[str, dict[str, str]] = {
    "sv": {
        "share": "Dela i kanalen",
        "asked_by": "{user} frågade: {question}",
        "sent_thread": "Jag har skickat din fråga till den internationella samordnaren ({channel}). Svaret kommer här i tråden.",
        "sent_dm": "Jag har skickat din fråga till den internationella samordnaren ({channel}). Svaret kommer här.",
        "sent_private": "Jag har skickat din fråga till den internationella samordnaren ({channel}). Svaret kommer som ett direktmeddelande från mig.",
        "relay": "{asker} Svar från samordnaren {coordinator}:",
        "searching": "Söker i dokumenten…",
        "prompts_title": "Till exempel",
    },
    "en": {
        "share": "Share in channel",
        "asked_by": "{user} asked: {question}",
        "sent_thread": "I have sent your question to the international coordinator ({channel}). The answer will come here in this thread.",
        "sent_dm": "I have sent your question to the international coordinator ({channel}). The answer will come here.",
        "sent_private": "I have sent your question to the international coordinator ({channel}). The answer will come as a direct message from me.",
        "relay": "{asker} Answer from the coordinator {coordinator}:",
        "searching": "searching the documents…",
        "prompts_title": "For example",
    },
}
_OWN_BILINGUAL = {
    "nothing_to_approve": "Det finns inget svar i tråden att spara ännu. / There is no reply in the thread to save yet.",
}

# The shared phrases (prompts/chat.yaml) with Slack's own added.
PHRASES, BILINGUAL = chat_phrases(_OWN, _OWN_BILINGUAL)

SUGGESTED_PROMPTS = [
    ("Vad säger den internationella policyn?", "Vad säger Alingsås internationella policy om kommunens mål?"),
    ("Vilka EU-program kan vi söka?", "Vilka EU-program och fonder kan kommunen söka pengar från?"),
    ("Vem ansvarar för vänorterna?", "Vem ansvarar för kommunens vänortssamarbeten?"),
    ("Vad är West Sweden?", "Vad är West Sweden och vad gör kommunen där?"),
]


def phrase(key: str, language: str, **values: str) -> str:
    table = PHRASES.get(language) or PHRASES["sv"]
    text = table[key]
    return text.format(**values) if values else text


_SV_HINTS = re.compile(r"[åäö]|\b(och|jag|vi|hur|vad|vem|är|det|som|för|kan|ska|finns|inte)\b", re.IGNORECASE)
_EN_HINTS = re.compile(r"\b(the|what|how|who|is|are|do|does|can|should|we|our|which|where)\b", re.IGNORECASE)


def guess_language(text: str) -> str:
    """A cheap guess for the few words said before the engine has detected the language."""
    sv, en = len(_SV_HINTS.findall(text or "")), len(_EN_HINTS.findall(text or ""))
    return "en" if en > sv else "sv"
