"""The coordinator card's buttons: mark resolved, and save as an approved answer — which opens the
review modal (bot/adapters/slack/listeners/views/review.py), prefilled with the question and the
whole reply; nothing is written until the coordinator saves it there.

Both run after Slack has been acknowledged, in Bolt's listener executor. The modal must be opened
at once: the click's trigger_id lives three seconds.
"""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.coordinator.usecases import Refused
from bot.sanitize import slack_to_plain
from bot.texts import bilingual

from ...blocks import CARD_APPROVE, CARD_RESOLVE, review_modal
from ...delivery import refresh
from ...deps import Deps
from ...outbound import error_code
from .common import clicked, tell

log = logging.getLogger(__name__)


def handle_card_button(body: dict, action: str, deps: Deps) -> None:
    user, value = clicked(body)
    thread_ts = (body.get("container") or {}).get("message_ts")
    if action == CARD_RESOLVE:
        resolved = deps.coordinator.resolve(value, (user,))
        if isinstance(resolved, Refused):
            tell(deps, body, bilingual(resolved.value), thread_ts=None if resolved is Refused.GONE else thread_ts)
            return
        refresh(deps.slack, resolved)
    else:
        open_review(body, value, deps, thread_ts)


def open_review(body: dict, value: str, deps: Deps, thread_ts: str | None) -> bool:
    """Open the review modal for the escalation's whole reply; on anything that stops it, tell the
    coordinator privately. True when the modal was opened."""
    user = body["user"]["id"]
    # the reply is stored as Slack wrote it; the review shows (and the file gets) what was typed
    review = deps.coordinator.review(value, (user,), slack_to_plain)
    if isinstance(review, Refused):
        key = "slack.nothing_to_approve" if review is Refused.NOTHING_TO_APPROVE else review.value
        tell(deps, body, bilingual(key), thread_ts=None if review is Refused.GONE else thread_ts)
        return False
    esc = deps.coordinator.escalation(value)
    channel = (body.get("container") or {}).get("channel_id") or ((esc.card if esc else None) or {}).get("channel", "")
    try:
        deps.slack.open_view(body["trigger_id"], review_modal(review, channel=channel, thread_ts=thread_ts))
    except Exception as e:  # e.g. the trigger expired: the coordinator can press the button again
        log.warning("escalation %s: review not opened (%s)", review.escalation_id, error_code(e))
        tell(deps, body, bilingual("approve_failed"), thread_ts=thread_ts)
        return False
    log.info("escalation %s: review opened for %s", review.escalation_id, user)
    return True


def register(app: App, deps: Deps) -> None:
    @app.action(CARD_RESOLVE)
    def on_resolve(ack, body):
        ack()
        handle_card_button(body, CARD_RESOLVE, deps)

    @app.action(CARD_APPROVE)
    def on_approve(ack, body):
        ack()
        handle_card_button(body, CARD_APPROVE, deps)
