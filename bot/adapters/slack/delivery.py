"""What the deliverer does with Slack's queued messages: escalation cards, relayed replies, answers
and reminders to the coordinator.

Each handler raises DeliveryFailed when Slack did not take the message, and the deliverer
tries again later; it returns where the message went when it did.
"""
from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.store.delivery import DeliveryFailed, Handler
from bot.coordinator.workflow import reminder_text as reminder_words
from bot.coordinator.reminders import reminder_target
from bot.store import Store
from .answering import POST_KIND
from .blocks import card_text, escalation_card, relay_message, reminder_text
from .outbound import SlackOutbound, as_delivery_failure, error_code
from .settings import SlackSettings

log = logging.getLogger(__name__)

CARD_KIND = "slack.escalation_card"
RELAY_KIND = "slack.relay"
REMINDER_KIND = "slack.reminder"

# Errors that mean "this conversation is not reachable" rather than "try again later".
_UNREACHABLE = {"not_in_channel", "channel_not_found", "is_archived", "thread_not_found", "cant_reply"}


def card_key(channel: str, ts: str) -> str:
    """How a coordinator card is looked up again when someone replies in its thread."""
    return f"{channel}:{ts}"


def delivery_handlers(slack: SlackOutbound, store: Store, settings: SlackSettings) -> dict[str, Handler]:
    def post_card(payload: dict) -> dict | None:
        esc = store.get_escalation(payload["escalation_id"])
        if esc is None:
            log.warning("escalation %s no longer exists; card not posted", payload["escalation_id"])
            return None
        if esc.card:  # posted before, but the delivery was not marked (a crash in between)
            return esc.card
        if not settings.coordinator_channel:
            raise DeliveryFailed("COORDINATOR_CHANNEL is not set")
        with as_delivery_failure():
            where = slack.post(settings.coordinator_channel, card_text(esc), escalation_card(esc))
        store.mark_sent(esc.id, where, card_key(where["channel"], where["ts"]))
        log.info("escalation %s: card posted to %s at %s", esc.id, where["channel"], where["ts"])
        return where

    def relay(payload: dict) -> dict | None:
        esc = store.get_escalation(payload["escalation_id"])
        if esc is None:
            log.warning("escalation %s no longer exists; reply not relayed", payload["escalation_id"])
            return None
        text, blocks = relay_message(esc, payload["text"], payload["author"])
        origin = esc.origin or {}
        private = origin.get("ephemeral") or not origin.get("channel")
        channel = esc.asker_id if private else origin["channel"]
        thread_ts = None if private else origin.get("thread_ts")
        with as_delivery_failure():
            try:
                where = slack.post(channel, text, blocks, thread_ts=thread_ts)
            except SlackApiError as e:
                if e.response.get("error") not in _UNREACHABLE or private:
                    raise
                log.warning("escalation %s: %s unreachable (%s); relaying by DM instead",
                            esc.id, channel, error_code(e))
                where = slack.post(esc.asker_id, text, blocks)
        log.info("escalation %s: reply %s relayed to %s", esc.id, payload.get("reply_ts"), where["channel"])
        refresh_card(slack, store, esc.id)
        return where

    def post(payload: dict) -> dict | None:
        with as_delivery_failure():
            return slack.post(payload["channel"], payload["text"], payload.get("blocks"),
                              thread_ts=payload.get("thread_ts"))

    def remind(payload: dict) -> dict | None:
        """A reminder in the card's thread, unless the coordinator has answered meanwhile."""
        esc = reminder_target(store, payload)
        if esc is None:
            return None
        text = reminder_text(reminder_words(payload), settings.coordinator_user_ids)
        with as_delivery_failure():
            where = slack.post(esc.card["channel"], text, thread_ts=esc.card["ts"])
        log.info("escalation %s: reminder %s posted under its card", esc.id, payload.get("round"))
        return where

    return {CARD_KIND: post_card, RELAY_KIND: relay, POST_KIND: post, REMINDER_KIND: remind}


def refresh_card(slack: SlackOutbound, store: Store, escalation_id: int) -> None:
    """Redraw the coordinator's card with the escalation's current state. Best effort: a card
    that is not redrawn is cosmetic, and must not make a delivered message be sent again."""
    esc = store.get_escalation(escalation_id)
    if esc is None or not esc.card:
        return
    try:
        slack.update(esc.card["channel"], esc.card["ts"], card_text(esc), escalation_card(esc))
    except Exception as e:
        log.warning("escalation %s: card not updated (%s)", escalation_id, error_code(e))
