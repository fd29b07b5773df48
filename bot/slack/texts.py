"""What the Slack adapter itself says, in Swedish and English. {placeholders} are Slack mrkdwn
the caller has already made safe (user and channel references)."""
from __future__ import annotations

import re

PHRASES: dict[str, dict[str, str]] = {
    "sv": {
        "sources": "Källor",
        "closest_sources": "Det närmaste jag hittade",
        "escalate_fallback": "Det här hittar jag inte i kommunens dokument. Vill du att jag skickar frågan till den internationella samordnaren?",
        "ask_coordinator": "Fråga samordnaren",
        "helpful": "👍 Bra svar",
        "not_helpful": "👎 Inte bra",
        "share": "Dela i kanalen",
        "thanks_up": "Tack för återkopplingen! 👍",
        "thanks_down": "Tack för återkopplingen – vi ser över svaret. Använd gärna knappen för att fråga samordnaren.",
        "shortened": "Svaret är förkortat.",
        "asked_by": "{user} frågade: {question}",
        "sent_thread": "Jag har skickat din fråga till den internationella samordnaren ({channel}). Svaret kommer här i tråden.",
        "sent_dm": "Jag har skickat din fråga till den internationella samordnaren ({channel}). Svaret kommer här.",
        "sent_private": "Jag har skickat din fråga till den internationella samordnaren ({channel}). Svaret kommer som ett direktmeddelande från mig.",
        "already_sent": "Den här frågan är redan skickad till samordnaren (ärende {id}). Svaret kommer där du frågade.",
        "no_coordinator": "Det finns ingen samordnarkanal inställd, så jag kan inte skicka frågan vidare. Kontakta den internationella samordnaren direkt.",
        "gone": "Jag hittar inte längre det svaret. Ställ frågan igen, så försöker jag på nytt.",
        "error": "Något gick fel när jag letade i dokumenten. Försök igen om en stund, eller fråga samordnaren.",
        "relay": "{asker} Svar från samordnaren {coordinator}:",
        "relay_question": "Din fråga: {question}",
        "searching": "Söker i dokumenten…",
        "greeting": "Hej! Jag svarar på frågor om Alingsås kommuns internationella arbete utifrån kommunens egna dokument, med källor. Hittar jag inte svaret kan jag skicka frågan till den internationella samordnaren.",
        "prompts_title": "Till exempel",
    },
    "en": {
        "sources": "Sources",
        "closest_sources": "The closest I found",
        "escalate_fallback": "I can't find this in the municipality's documents. Would you like me to send the question to the international coordinator?",
        "ask_coordinator": "Ask the coordinator",
        "helpful": "👍 Helpful",
        "not_helpful": "👎 Not helpful",
        "share": "Share in channel",
        "thanks_up": "Thanks for the feedback! 👍",
        "thanks_down": "Thanks for the feedback – we will look at this answer. You can still ask the coordinator.",
        "shortened": "The answer has been shortened.",
        "asked_by": "{user} asked: {question}",
        "sent_thread": "I have sent your question to the international coordinator ({channel}). The answer will come here in this thread.",
        "sent_dm": "I have sent your question to the international coordinator ({channel}). The answer will come here.",
        "sent_private": "I have sent your question to the international coordinator ({channel}). The answer will come as a direct message from me.",
        "already_sent": "This question has already been sent to the coordinator (case {id}). The answer will come where you asked.",
        "no_coordinator": "No coordinator channel is set up, so I can't pass the question on. Please contact the international coordinator directly.",
        "gone": "I can no longer find that answer. Please ask again.",
        "error": "Something went wrong while I searched the documents. Please try again in a moment, or ask the coordinator.",
        "relay": "{asker} Answer from the coordinator {coordinator}:",
        "relay_question": "Your question: {question}",
        "searching": "searching the documents…",
        "greeting": "Hi! I answer questions about Alingsås municipality's international work from the municipality's own documents, with sources. If I can't find the answer, I can send the question to the international coordinator.",
        "prompts_title": "For example",
    },
}

# Both languages at once, for when the asker's language is not known yet.
BILINGUAL = {
    "coordinators_only": "Det kommandot är bara för den internationella samordnaren. / That command is only for the international coordinator.",
    "card_coordinators_only": "Bara samordnaren kan göra det här. / Only the coordinator can do this.",
    "reply_not_relayed": "Bara samordnarens svar skickas vidare till frågeställaren; ditt meddelande stannar här. / Only the coordinator's replies are passed on to the asker; your message stays here.",
    "gone": "Jag hittar inte det här längre. / I can no longer find this.",
    "reindex_started": "Indexerar om dokumenten… / Re-indexing the documents…",
    "reindex_failed": "Indexeringen misslyckades; se loggen. / Re-indexing failed; see the log.",
    "reindex_unavailable": "Omindexering är inte tillgänglig i den här installationen. / Re-indexing is not available in this installation.",
    "nothing_to_approve": "Det finns inget svar i tråden att spara ännu. / There is no reply in the thread to save yet.",
}

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
