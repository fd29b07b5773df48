"""Small helpers shared by the button handlers."""
from __future__ import annotations

import logging

from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)


def clicked(body: dict) -> tuple[str, str]:
    """(user id, button value) of a block_actions payload."""
    return body["user"]["id"], str(body["actions"][0].get("value", ""))


def is_ephemeral(body: dict) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def tell(deps: Deps, body: dict, text: str, thread_ts: str | None = None) -> None:
    """Say something only the clicker sees, next to the message they clicked."""
    user = body["user"]["id"]
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    try:
        if not is_ephemeral(body) and channel:
            deps.slack.ephemeral(channel, user, text, thread_ts=thread_ts)
            return
    except Exception as e:  # e.g. the bot is not in that channel: the response_url still works
        log.info("ephemeral to %s in %s failed (%s); using response_url", user, channel, error_code(e))
    if body.get("response_url"):
        try:
            deps.slack.respond(body["response_url"], {"response_type": "ephemeral", "replace_original": False,
                                                      "text": text})
        except Exception as e:
            log.warning("could not tell %s (%s)", user, error_code(e))
