"""👍/👎 under an answer: stored with the question and its sources, then the buttons become a thank-you."""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.coordinator.usecases import Refused
from bot.texts import bilingual

from ...blocks import FEEDBACK_DOWN, FEEDBACK_UP, after_feedback, fallback_text, record_blocks
from ...deps import Deps
from ...outbound import error_code
from .common import clicked, is_ephemeral, tell

log = logging.getLogger(__name__)


def handle_feedback(body: dict, value: str, deps: Deps) -> None:
    user, ref = clicked(body)
    voted = deps.coordinator.feedback(ref, user, value)
    if isinstance(voted, Refused):
        tell(deps, body, bilingual(voted.value))
        return
    q = voted.record
    message = body.get("message") or {}
    text = message.get("text") or fallback_text(q.answer_text)
    if is_ephemeral(body):
        blocks = after_feedback(record_blocks(q, share=True), q.language, value)
    else:
        blocks = after_feedback(message.get("blocks") or record_blocks(q), q.language, value)
        container = body["container"]
        try:
            deps.slack.update(container["channel_id"], container["message_ts"], text, blocks)
            return
        except Exception as e:  # e.g. a shared answer in a channel the bot is not in
            log.info("chat.update of answer %s failed (%s); using response_url", q.id, error_code(e))
    try:
        deps.slack.respond(body["response_url"], {"replace_original": True, "text": text, "blocks": blocks})
    except Exception as e:  # the vote is stored; only the thank-you is missing
        log.warning("feedback buttons on answer %s not replaced (%s)", q.id, error_code(e))


def register(app: App, deps: Deps) -> None:
    @app.action(FEEDBACK_UP)
    def on_up(ack, body):
        ack()
        handle_feedback(body, "up", deps)

    @app.action(FEEDBACK_DOWN)
    def on_down(ack, body):
        ack()
        handle_feedback(body, "down", deps)
