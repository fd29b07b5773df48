"""A scripted answer engine and Teams activities as the Teams service would send them."""
from __future__ import annotations

import itertools

from bot.engine.models import Answer, Citation, Outcome, Passage

from ..fakes import ScriptedEngine as _ScriptedEngine

POLICY = Passage(id="p1", text="Kommunen ska delta i EU-program som stärker verksamheten.",
                 document="Internationell policy", source="policy.md", section="Mål › EU-samarbete",
                 page=3, score=0.82)
CONTACTS = Passage(id="p2", text="Internationell samordnare: Cora Samordnare.", document="Kontakter",
                   source="contacts.yaml", section="", page=None, score=0.7, kind="contacts")


def answered(text: str = "Kommunen ska delta i EU-program som stärker verksamheten [1].", language: str = "sv",
             passages: tuple[Passage, ...] = (POLICY,)) -> Answer:
    citations = [Citation(i + 1, p, p.text) for i, p in enumerate(passages)]
    return Answer(Outcome.ANSWER, text, language, citations=citations, confidence=0.8, passages=list(passages),
                  reason="evidence")


def escalated(language: str = "sv") -> Answer:
    text = ("Det här hittar jag inte i kommunens dokument om det internationella arbetet. Vill du att jag skickar "
            "frågan till den internationella samordnaren?" if language == "sv" else
            "I can't find this in the municipality's documents on international work. Would you like me to send "
            "the question to the international coordinator?")
    return Answer(Outcome.ESCALATE, text, language, reason="no evidence for the fact asked")


def declined(language: str = "sv") -> Answer:
    return Answer(Outcome.DECLINE, "Det kan jag tyvärr inte hjälpa till med. Jag svarar på frågor om Alingsås "
                  "kommuns internationella arbete.", language, reason="off topic")


class ScriptedEngine(_ScriptedEngine):
    def __init__(self, default: Answer | None = None) -> None:
        super().__init__(default or answered())



# --- activities ---------------------------------------------------------------------------------

BOT = {"id": "28:omvarld-bot", "name": "Omvärld"}
ANNA = {"id": "29:anna", "aadObjectId": "aad-anna", "name": "Anna Asker"}
BERTIL = {"id": "29:bertil", "aadObjectId": "aad-bertil", "name": "Bertil Kollega"}
CORA = {"id": "29:cora", "aadObjectId": "aad-cora", "name": "Cora Samordnare"}
TENANT = "tenant-alingsas"
GENERAL = "19:general@thread.tacv2"
COORDINATION = "19:coordination@thread.tacv2"

_ids = itertools.count(1)


def personal(text: str | None, service_url: str, *, user: dict = ANNA, value: dict | None = None,
             reply_to_id: str | None = None, locale: str = "sv-SE") -> dict:
    """A message (or a card click, with `value`) in the user's personal chat with the bot."""
    activity = _base(service_url, user, {"id": f"a:personal-{user['id']}", "conversationType": "personal",
                                         "tenantId": TENANT}, locale)
    return _message(activity, text, value, reply_to_id)


def channel(text: str | None, service_url: str, *, user: dict = ANNA, channel_id: str = GENERAL,
            thread: str | None = None, mention: bool = True, value: dict | None = None,
            reply_to_id: str | None = None, locale: str = "sv-SE") -> dict:
    """A channel message: a new post (`thread=None`) or a reply in `thread` (a conversation id
    "19:…;messageid=…"); `mention` puts "<at>Omvärld</at>" in front, as Teams does."""
    activity_id = str(next(_ids))
    conversation = thread or f"{channel_id};messageid={activity_id}"
    activity = _base(service_url, user, {"id": conversation, "conversationType": "channel", "isGroup": True,
                                         "tenantId": TENANT}, locale, activity_id)
    activity["channelData"] = {"channel": {"id": channel_id}, "team": {"id": "19:team@thread.tacv2"},
                               "tenant": {"id": TENANT}}
    if mention and text is not None:
        tag = f"<at>{BOT['name']}</at>"
        text = f"{tag} {text}"
        activity["entities"] = [{"type": "mention", "text": tag, "mentioned": dict(BOT)}]
    return _message(activity, text, value, reply_to_id)


def members_added(service_url: str, *, user: dict = ANNA) -> dict:
    activity = _base(service_url, user, {"id": f"a:personal-{user['id']}", "conversationType": "personal",
                                         "tenantId": TENANT}, "sv-SE")
    activity.update(type="conversationUpdate", membersAdded=[dict(BOT)])
    return activity


def _base(service_url: str, user: dict, conversation: dict, locale: str, activity_id: str | None = None) -> dict:
    return {"type": "message", "id": activity_id or str(next(_ids)), "channelId": "msteams",
            "serviceUrl": service_url, "from": dict(user), "recipient": dict(BOT), "conversation": conversation,
            "locale": locale, "timestamp": "2025-03-01T09:00:00.000Z"}


def _message(activity: dict, text: str | None, value: dict | None, reply_to_id: str | None) -> dict:
    if text is not None:
        activity["text"] = text
        activity["textFormat"] = "plain"
    if value is not None:
        activity["value"] = value
    if reply_to_id:
        activity["replyToId"] = reply_to_id
    return activity


# --- reading cards --------------------------------------------------------------------------------

def texts_of(card: dict) -> list[str]:
    """Every TextBlock text and FactSet line of a card, in order (what a reader sees)."""
    out = []
    for item in card.get("body", []):
        if item.get("type") == "TextBlock":
            out.append(item["text"])
        elif item.get("type") == "FactSet":
            out += [f"{f['title']} {f['value']}" for f in item["facts"]]
    return out


def buttons_of(card: dict) -> list[str]:
    return [a["title"] for a in card.get("actions", [])]
