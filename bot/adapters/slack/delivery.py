"""Slack's part of the outbox (bot/coordinator/outbox.py): how an escalation card, a relayed reply,
a queued answer and a reminder are put on Slack."""
from __future__ import annotations

import logging
from contextlib import AbstractContextManager

from slack_sdk.errors import SlackApiError

from bot.coordinator import outbox
from bot.store import Escalation, Store
from bot.store.delivery import Handler

from .blocks import card_text, escalation_card, relay_message, reminder_text
from .deps import PLATFORM
from .outbound import SlackOutbound, as_delivery_failure, error_code
from .settings import SlackSettings

log = logging.getLogger(__name__)

CARD_KIND = PLATFORM.card_kind
RELAY_KIND = PLATFORM.relay_kind
POST_KIND = PLATFORM.post_kind
REMINDER_KIND = PLATFORM.reminder_kind

# Errors that mean "this conversation is not reachable" rather than "try again later".
_UNREACHABLE = {"not_in_channel", "channel_not_found", "is_archived", "thread_not_found", "cant_reply"}


def card_key(channel: str, ts: str) -> str:
    """How a coordinator card is looked up again when someone replies in its thread."""
    return f"{channel}:{ts}"


class SlackSender:
    """bot.coordinator.outbox.Sender for Slack."""

    platform = PLATFORM
    no_destination = "COORDINATOR_CHANNEL is not set"

    def __init__(self, slack: SlackOutbound, settings: SlackSettings) -> None:
        self.slack = slack
        self.settings = settings

    def destination(self) -> dict | None:
        return {"channel": self.settings.coordinator_channel} if self.settings.coordinator_channel else None

    def post_card(self, esc: Escalation, destination: dict) -> tuple[dict, str, dict]:
        where = self.slack.post(destination["channel"], card_text(esc), escalation_card(esc))
        return where, card_key(where["channel"], where["ts"]), where

    def relay(self, esc: Escalation, payload: dict) -> dict:
        text, blocks = relay_message(esc, payload["text"], payload["author"])
        origin = esc.origin or {}
        private = origin.get("ephemeral") or not origin.get("channel")
        channel = esc.asker_id if private else origin["channel"]
        thread_ts = None if private else origin.get("thread_ts")
        try:
            return self.slack.post(channel, text, blocks, thread_ts=thread_ts)
        except SlackApiError as e:
            if e.response.get("error") not in _UNREACHABLE or private:
                raise
            log.warning("escalation %s: %s unreachable (%s); relaying by DM instead", esc.id, channel, error_code(e))
            return self.slack.post(esc.asker_id, text, blocks)

    def post(self, payload: dict) -> dict:
        return self.slack.post(payload["channel"], payload["text"], payload.get("blocks"),
                               thread_ts=payload.get("thread_ts"))

    def remind(self, esc: Escalation, text: str) -> dict:
        card = esc.card or {}  # the outbox reminds only once the card is posted
        return self.slack.post(card["channel"], reminder_text(text, self.settings.coordinator_user_ids),
                               thread_ts=card["ts"])

    def failures(self) -> AbstractContextManager[None]:
        return as_delivery_failure()


def delivery_handlers(slack: SlackOutbound, store: Store, settings: SlackSettings) -> dict[str, Handler]:
    return outbox.handlers(store, SlackSender(slack, settings))


def refresh(slack: SlackOutbound, esc: Escalation | None) -> None:
    """Redraw the coordinator's card with the escalation's state. Best effort: a card that is not
    redrawn is cosmetic, and must not make a delivered message be sent again."""
    if esc is None or not esc.card:
        return
    try:
        slack.update(esc.card["channel"], esc.card["ts"], card_text(esc), escalation_card(esc))
    except Exception as e:
        log.warning("escalation %s: card not updated (%s)", esc.id, error_code(e))


def refresh_card(slack: SlackOutbound, store: Store, escalation_id: int) -> None:
    """`refresh` for an escalation by id, read afresh."""
    refresh(slack, store.get_escalation(escalation_id))
