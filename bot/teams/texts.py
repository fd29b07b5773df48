"""What the Teams adapter itself says, in Swedish and English (the same words as in Slack
where Slack says the same thing). Plain text: card builders and the outgoing gate make it safe."""
from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "sv": {
        "sources": "Källor",
        "closest_sources": "Det närmaste jag hittade",
        "escalate_fallback": "Det här hittar jag inte i kommunens dokument. Vill du att jag skickar frågan till den internationella samordnaren?",
        "ask_coordinator": "Fråga samordnaren",
        "helpful": "👍 Bra svar",
        "not_helpful": "👎 Inte bra",
        "thanks_up": "Tack för återkopplingen! 👍",
        "thanks_down": "Tack för återkopplingen – vi ser över svaret. Använd gärna knappen för att fråga samordnaren.",
        "shortened": "Svaret är förkortat.",
        "sent": "Jag har skickat din fråga till den internationella samordnaren (ärende {id}). Svaret kommer här.",
        "already_sent": "Den här frågan är redan skickad till samordnaren (ärende {id}). Svaret kommer där du frågade.",
        "no_coordinator": "Det finns ingen samordnarkanal inställd, så jag kan inte skicka frågan vidare. Kontakta den internationella samordnaren direkt.",
        "gone": "Jag hittar inte längre det svaret. Ställ frågan igen, så försöker jag på nytt.",
        "error": "Något gick fel när jag letade i dokumenten. Försök igen om en stund, eller fråga samordnaren.",
        "relay": "Svar från samordnaren {coordinator}:",
        "relay_question": "Din fråga: {question}",
        "greeting": "Hej! Jag svarar på frågor om Alingsås kommuns internationella arbete utifrån kommunens egna dokument, med källor. Hittar jag inte svaret kan jag skicka frågan till den internationella samordnaren.",
    },
    "en": {
        "sources": "Sources",
        "closest_sources": "The closest I found",
        "escalate_fallback": "I can't find this in the municipality's documents. Would you like me to send the question to the international coordinator?",
        "ask_coordinator": "Ask the coordinator",
        "helpful": "👍 Helpful",
        "not_helpful": "👎 Not helpful",
        "thanks_up": "Thanks for the feedback! 👍",
        "thanks_down": "Thanks for the feedback – we will look at this answer. You can still ask the coordinator.",
        "shortened": "The answer has been shortened.",
        "sent": "I have sent your question to the international coordinator (case {id}). The answer will come here.",
        "already_sent": "This question has already been sent to the coordinator (case {id}). The answer will come where you asked.",
        "no_coordinator": "No coordinator channel is set up, so I can't pass the question on. Please contact the international coordinator directly.",
        "gone": "I can no longer find that answer. Please ask again.",
        "error": "Something went wrong while I searched the documents. Please try again in a moment, or ask the coordinator.",
        "relay": "Answer from the coordinator {coordinator}:",
        "relay_question": "Your question: {question}",
        "greeting": "Hi! I answer questions about Alingsås municipality's international work from the municipality's own documents, with sources. If I can't find the answer, I can send the question to the international coordinator.",
    },
}

# Both languages at once: for the coordinator's side and for people whose language is not known.
BILINGUAL = {
    "coordinators_only": "Det kommandot är bara för den internationella samordnaren. / That command is only for the international coordinator.",
    "card_coordinators_only": "Bara samordnaren kan göra det här. / Only the coordinator can do this.",
    "reply_not_relayed": "Bara samordnarens svar skickas vidare till frågeställaren; ditt meddelande stannar här. / Only the coordinator's replies are passed on to the asker; your message stays here.",
    "gone": "Jag hittar inte det här längre. / I can no longer find this.",
    "registered": "Klart: frågor till samordnaren skickas hit från och med nu. Ärenden som väntar kommer inom några minuter. / Done: questions for the coordinator will be posted here from now on. Waiting cases follow within a few minutes.",
    "reindex_started": "Indexerar om dokumenten… / Re-indexing the documents…",
    "reindex_failed": "Indexeringen misslyckades; se loggen. / Re-indexing failed; see the log.",
    "reindex_unavailable": "Omindexering är inte tillgänglig i den här installationen. / Re-indexing is not available in this installation.",
    "nothing_to_approve": "Det finns inget svar att spara ännu; svara först. / There is no reply to save yet; answer first.",
    "empty_reply": "Skriv ett svar först. / Write a reply first.",
    "approved": "📗 {by} sparade svaret som godkänt. / Saved as an approved answer.",
    "error": "Något gick fel. Försök igen om en stund. / Something went wrong. Please try again in a moment.",
}


def phrase(key: str, language: str, **values: str) -> str:
    table = PHRASES.get(language) or PHRASES["sv"]
    text = table[key]
    return text.format(**values) if values else text


def bilingual(key: str, **values: str) -> str:
    text = BILINGUAL[key]
    return text.format(**values) if values else text
