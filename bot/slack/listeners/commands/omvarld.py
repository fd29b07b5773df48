"""`/omvarld <question>` answers privately, with a button to share; `/omvarld reindex` and
`/omvarld status` are for the coordinators listed in COORDINATOR_USER_IDS."""
from __future__ import annotations

import logging
from typing import Callable

from slack_bolt import App

from ....models import Question
from ....sanitize import slack_to_plain
from ....store import OPEN_STATUSES
from ...answering import ask
from ...blocks import bilingual, fallback_text, reindex_text, render, status_blocks
from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)

COORDINATOR_WORDS = {"reindex", "status"}
HELP_WORDS = {"", "help", "hjälp"}


def usage(command: str) -> str:
    return (f"Skriv din fråga efter kommandot, till exempel `{command} Vilka EU-program kan vi söka?` "
            "Svaret syns bara för dig, och du kan dela det i kanalen.\n"
            f"_Type your question after the command, e.g. `{command} Which EU programmes can we apply for?` "
            "Only you see the answer, and you can share it in the channel._")


def handle_command(command: dict, deps: Deps, reply: Callable[[dict], None]) -> None:
    """`reply(payload)` posts to the command's response_url (ephemeral unless it says otherwise)."""
    text = slack_to_plain(command.get("text", "")).strip()
    user = command.get("user_id", "")
    word = text.lower()
    if word in HELP_WORDS:
        reply({"response_type": "ephemeral", "text": usage(deps.settings.command)})
    elif word in COORDINATOR_WORDS:
        if not deps.settings.is_coordinator(user):
            log.info("%s tried %s %s and is not a coordinator", user, deps.settings.command, word)
            reply({"response_type": "ephemeral", "text": bilingual("coordinators_only")})
        elif word == "reindex":
            reindex(deps, reply)
        else:
            reply({"response_type": "ephemeral", "text": "Status",
                   "blocks": status_blocks(deps.store.list_escalations(status=OPEN_STATUSES), deps.last_ingest())})
    else:
        origin = {"channel": command.get("channel_id"), "user": user, "ephemeral": True}
        answer, ref = ask(deps, Question(text=text, asker_id=user), origin)
        reply({"response_type": "ephemeral", "text": fallback_text(answer.text),
               "blocks": render(answer, ref, share=True)})


def reindex(deps: Deps, reply: Callable[[dict], None]) -> None:
    if deps.reindex is None:
        reply({"response_type": "ephemeral", "text": bilingual("reindex_unavailable")})
        return
    reply({"response_type": "ephemeral", "text": bilingual("reindex_started")})
    try:
        summary = deps.reindex()
    except Exception:
        log.exception("reindex from Slack failed")
        reply({"response_type": "ephemeral", "text": bilingual("reindex_failed")})
        return
    reply({"response_type": "ephemeral", "text": reindex_text(summary)})


def register(app: App, deps: Deps) -> None:
    @app.command(deps.settings.command)
    def on_command(ack, command):
        ack()  # within Slack's 3 seconds; the answer follows on the response_url

        def reply(payload: dict) -> None:
            try:
                deps.slack.respond(command["response_url"], payload)
            except Exception as e:
                log.warning("reply to %s's command not delivered (%s)", command.get("user_id"), error_code(e))

        handle_command(command, deps, reply)
