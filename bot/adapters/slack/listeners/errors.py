"""What happens when a listener fails after Slack has had its acknowledgement (Slack will not
retry): the person who clicked a button or gave a command is told, in both languages, to try
again — with "could not save" when the store failed — instead of hearing nothing. The log line
names the request's kind and the error's type; with the store's parameters hidden, no question,
answer or id from the request is in it. Messages (mentions, DMs) say so themselves
(bot/slack/answering.py): a failed event is only logged here.
"""
from __future__ import annotations

import logging

from slack_bolt import App
from sqlalchemy.exc import SQLAlchemyError

from bot.texts import bilingual

from ..deps import Deps
from ..outbound import error_code
from .actions.common import tell

log = logging.getLogger(__name__)


def kind_of(body: dict) -> str:
    if body.get("command"):
        return "command"
    if body.get("type") == "event_callback":
        return f"event {(body.get('event') or {}).get('type', '?')}"
    return str(body.get("type") or "request")


def handle_error(error: Exception, body: dict, deps: Deps) -> None:
    store = isinstance(error, SQLAlchemyError)
    log.error("%s failed (%s%s)", kind_of(body), type(error).__name__, ": the store failed" if store else "",
              exc_info=error)
    text = bilingual("store_error" if store else "error")
    try:
        if body.get("type") in ("block_actions", "view_submission") and body.get("user"):
            tell(deps, body, text)
        elif body.get("command") and body.get("response_url"):
            deps.slack.respond(body["response_url"], {"response_type": "ephemeral", "text": text})
    except Exception as e:
        log.warning("could not tell %s about the failure (%s)", (body.get("user") or {}).get("id")
                    or body.get("user_id"), error_code(e))


def register(app: App, deps: Deps) -> None:
    @app.error
    def on_error(error, body):
        handle_error(error, body or {}, deps)
