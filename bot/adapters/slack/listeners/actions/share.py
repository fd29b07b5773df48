""""Dela i kanalen": an ephemeral answer (from the slash command) posted for everyone in the channel."""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.texts import bilingual

from ...blocks import SHARE, fallback_text, record_blocks
from ...deps import Deps
from ...outbound import error_code
from .common import clicked, tell

log = logging.getLogger(__name__)


def handle_share(body: dict, deps: Deps) -> None:
    user, ref = clicked(body)
    q = deps.coordinator.answer_record(ref)
    if q is None or not body.get("response_url"):
        tell(deps, body, bilingual("gone"))
        return
    blocks = record_blocks(q, asked_by=user, question=q.question)
    try:
        deps.slack.respond(body["response_url"], {"response_type": "in_channel", "replace_original": False,
                                                  "text": fallback_text(q.answer_text), "blocks": blocks})
        deps.slack.respond(body["response_url"], {"delete_original": True})
        log.info("answer %s shared by %s", q.id, user)
    except Exception as e:
        log.warning("answer %s not shared (%s)", q.id, error_code(e))


def register(app: App, deps: Deps) -> None:
    @app.action(SHARE)
    def on_share(ack, body):
        ack()
        handle_share(body, deps)
