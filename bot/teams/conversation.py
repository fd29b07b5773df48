"""Teams activities to the engine's Question, and where a conversation is, for later.

Teams does not hand a bot the earlier messages of a chat or thread (that would need Graph
permissions), so the last few turns of each conversation are kept here, in memory: bounded
per conversation and in the number of conversations, and lost on restart.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict, deque

from microsoft_agents.activity import Activity

from ..models import Question, Turn

MAX_HISTORY_TURNS = 6         # turns kept per conversation (a question and an answer are two)
MAX_CONVERSATIONS = 2000      # conversations remembered at once; the least recently used go first
MAX_TURN_CHARS = 1000

_AT_TAG = re.compile(r"<at(?:\s[^>]*)?>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&"}


def kind_of(activity: Activity) -> str:
    """"personal", "channel" or "groupChat" (Teams' conversationType; personal if unsaid)."""
    conversation = activity.conversation
    return (getattr(conversation, "conversation_type", None) or "personal") if conversation else "personal"


def channel_id_of(activity: Activity) -> str | None:
    """The Teams channel (19:…@thread…) a channel message was posted in; None outside channels."""
    data = activity.channel_data
    channel = data.get("channel") if isinstance(data, dict) else getattr(data, "channel", None)
    if isinstance(channel, dict):
        return channel.get("id")
    return getattr(channel, "id", None)


def sender_ids(activity: Activity) -> tuple[str, str]:
    """(Teams user id, Entra object id) of who sent the activity."""
    sender = activity.from_property
    if sender is None:
        return "", ""
    return sender.id or "", getattr(sender, "aad_object_id", None) or ""


def asker_id_of(activity: Activity) -> str:
    """The stable id of a person: the Entra object id where Teams gives one, else the Teams id."""
    teams_id, aad_id = sender_ids(activity)
    return (aad_id or teams_id)[:100]


def sender_name(activity: Activity) -> str:
    sender = activity.from_property
    return ((sender.name if sender else "") or asker_id_of(activity))[:100]


def mentions_bot(activity: Activity) -> bool:
    bot_id = activity.recipient.id if activity.recipient else None
    return any(m.mentioned and m.mentioned.id == bot_id for m in activity.get_mentions()) if bot_id else False


def plain_text(text: str) -> str:
    """A Teams message's text as a person typed it: `<at>Anna</at>` is "@Anna", other tags go."""
    text = _AT_TAG.sub(lambda m: "@" + m.group(1).lstrip("@"), text or "")
    text = _TAG.sub(" ", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return " ".join(text.split())


def question_text(activity: Activity) -> str:
    """The message without the `<at>bot</at>` that addressed the bot; other mentions stay as "@Name"
    (the engine leaves them out of the search, the coordinator still sees whom the asker named)."""
    text = activity.text or ""
    bot_id = activity.recipient.id if activity.recipient else None
    for mention in activity.get_mentions() if bot_id else ():
        if mention.mentioned and mention.mentioned.id == bot_id:
            tag = mention.text or f"<at>{mention.mentioned.name}</at>"
            text = re.sub(re.escape(tag), " ", text, flags=re.IGNORECASE)
    return plain_text(text)


def language_hint(locale: str | None) -> str | None:
    """"sv" or "en" from the Teams client's locale ("sv-SE", "en-GB"); None for anything else."""
    base = (locale or "").split("-")[0].lower()
    return base if base in ("sv", "en") else None


def to_question(activity: Activity, history: tuple[Turn, ...] = ()) -> Question:
    return Question(text=question_text(activity), asker_id=asker_id_of(activity), history=history,
                    language_hint=language_hint(activity.locale))


class History:
    """The last turns of each conversation, in memory (see the module docstring)."""

    def __init__(self, turns: int = MAX_HISTORY_TURNS, conversations: int = MAX_CONVERSATIONS) -> None:
        self.turns = turns
        self.conversations = conversations
        self._by_conversation: OrderedDict[str, deque[Turn]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conversation_id: str) -> tuple[Turn, ...]:
        with self._lock:
            turns = self._by_conversation.get(conversation_id)
            return tuple(turns) if turns else ()

    def add(self, conversation_id: str, question: str, answer: str) -> None:
        if self.turns <= 0:
            return
        with self._lock:
            turns = self._by_conversation.pop(conversation_id, None) or deque(maxlen=self.turns)
            turns.append(Turn("user", question[:MAX_TURN_CHARS]))
            turns.append(Turn("assistant", answer[:MAX_TURN_CHARS]))
            self._by_conversation[conversation_id] = turns
            while len(self._by_conversation) > self.conversations:
                self._by_conversation.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_conversation)
