"""Message events: direct messages to the bot, and the coordinator's replies under a card.

Channel messages are otherwise not for the bot (it answers where it is mentioned); edits,
deletions, joins and bot messages are ignored.
"""
from __future__ import annotations

import logging

from slack_bolt import App
from sqlalchemy.exc import SQLAlchemyError

from bot.coordinator.usecases import Refused
from bot.texts import bilingual

from ...answering import answer_message
from ...conversation import strip_mention
from ...delivery import card_key, refresh
from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)


def handle_message(event: dict, bot_user_id: str | None, deps: Deps) -> None:
    if event.get("subtype") not in (None, "thread_broadcast") or event.get("bot_id") or not event.get("user"):
        return
    if event.get("channel_type") == "im":
        answer_message(deps, event=event, bot_user_id=bot_user_id, reply_in_thread=False)
        return
    thread_ts = event.get("thread_ts")
    if thread_ts and thread_ts != event.get("ts"):
        handle_card_reply(event, bot_user_id, deps)


def handle_card_reply(event: dict, bot_user_id: str | None, deps: Deps) -> None:
    """A reply in a coordinator card's thread: added to the escalation's reply and queued for the
    asker, in one transaction, once per message (the whole reply is what "Save as approved answer"
    reviews)."""
    channel, ts, user = event["channel"], event["ts"], event["user"]
    esc = deps.coordinator.card_thread(card_key(channel, event["thread_ts"]))
    if esc is None:
        return
    try:
        relayed = deps.coordinator.relay(esc, strip_mention(event.get("text", ""), bot_user_id), (user,),
                                         message_key=f"relay:{esc.id}:{ts}", order=ts, reply_ts=ts)
    except SQLAlchemyError as e:  # the coordinator must know the asker will not get it
        log.error("escalation %s: reply %s not stored (%s)", esc.id, ts, type(e).__name__)
        try:
            deps.slack.ephemeral(channel, user, bilingual("store_error"), thread_ts=event["thread_ts"])
        except Exception as e:
            log.warning("could not tell %s (%s)", user, error_code(e))
        return
    if relayed is Refused.COORDINATORS_ONLY:
        try:
            deps.slack.ephemeral(channel, user, bilingual("reply_not_relayed"), thread_ts=event["thread_ts"])
        except Exception as e:
            log.warning("could not tell %s (%s)", user, error_code(e))
    elif not isinstance(relayed, Refused) and relayed.queued:
        refresh(deps.slack, relayed.escalation)  # the card says who answered


def register(app: App, deps: Deps) -> None:
    @app.event("message")
    def on_message(event, context):
        handle_message(event, context.bot_user_id, deps)
