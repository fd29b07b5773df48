"""Slack messages to the engine's Question: the asker's text and the thread so far."""
from __future__ import annotations

import re
from typing import Iterable

from bot.engine.models import Question, Turn
from bot.sanitize import slack_to_plain

MAX_HISTORY_TURNS = 10


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The message without the mention that addressed the bot."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text or "")
    return re.sub(r"[ \t]+", " ", text or "").strip()


def plain_question(text: str, bot_user_id: str | None) -> str:
    return slack_to_plain(strip_mention(text, bot_user_id)).strip()


def is_from_bot(message: dict, bot_user_id: str | None) -> bool:
    return bool(message.get("bot_id")) or (bot_user_id is not None and message.get("user") == bot_user_id)


def history_from(messages: Iterable[dict], *, bot_user_id: str | None, before_ts: str,
                 limit: int = MAX_HISTORY_TURNS) -> tuple[Turn, ...]:
    """Earlier messages of a thread (conversations.replies, oldest first) as Turns.

    Messages from bots (in practice this one) are the assistant's turns; joins, edits and other
    system messages are left out.
    """
    turns: list[Turn] = []
    for m in messages:
        if float(m.get("ts", "0")) >= float(before_ts):
            continue
        if m.get("subtype") not in (None, "thread_broadcast"):
            continue
        ours = is_from_bot(m, bot_user_id)
        text = plain_question(m.get("text", ""), bot_user_id)
        if text:
            turns.append(Turn(role="assistant" if ours else "user", text=text))
    return tuple(turns[-limit:])


def to_question(event: dict, *, bot_user_id: str | None, history: tuple[Turn, ...] = ()) -> Question:
    """A Slack message event (app_mention, message.im, assistant thread) as the engine's Question.

    No language hint: Slack does not tell the asker's language on an event; the engine detects it.
    """
    return Question(text=plain_question(event.get("text", ""), bot_user_id),
                    asker_id=event.get("user", ""), history=history)
