"""`/omvarld <question>` answers privately, with a button to share. `/omvarld status` shows a
coordinator the open escalations and anyone else their own questions to the coordinator;
`/omvarld reindex`, `/omvarld rapport` (or `report`, in English) and `/omvarld godkända` (the
approved answers to review, with Re-confirm and Withdraw) are for the coordinators listed in
COORDINATOR_USER_IDS."""
from __future__ import annotations

import logging
from typing import Callable

from slack_bolt import App

from bot.coordinator.usecases import Refused
from bot.coordinator.workflow import reindex_text
from bot.engine.models import Question
from bot.sanitize import for_slack, slack_to_plain
from bot.texts import bilingual, say

from ...blocks import (
    approved_list_blocks,
    fallback_text,
    own_questions_text,
    render,
    section,
    split_text,
    status_blocks,
)
from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)

REPORT_WORDS = {"rapport": "sv", "report": "en"}
APPROVED_WORDS = {"godkända", "godkanda", "approved"}
COORDINATOR_WORDS = {"reindex", *REPORT_WORDS, *APPROVED_WORDS}
STATUS = "status"
HELP_WORDS = {"", "help", "hjälp"}


def usage(command: str) -> str:
    return bilingual("slack.usage", command=command)


def handle_command(command: dict, deps: Deps, reply: Callable[[dict], None]) -> None:
    """`reply(payload)` posts to the command's response_url (ephemeral unless it says otherwise)."""
    text = slack_to_plain(command.get("text", "")).strip()
    user = command.get("user_id", "")
    word = text.lower()
    coordinator = deps.coordinator
    if word in HELP_WORDS:
        reply({"response_type": "ephemeral", "text": usage(deps.settings.command)})
    elif word == STATUS and not coordinator.may_command(user):
        own = own_questions_text(coordinator.own_status(user))
        reply({"response_type": "ephemeral", "text": own, "blocks": [section(p) for p in split_text(own)]})
    elif word == STATUS:
        status = coordinator.status()
        reply({"response_type": "ephemeral", "text": "Status",
               "blocks": status_blocks(status.open_escalations, status.last_ingest, failed_pages=status.failed_pages)})
    elif word in COORDINATOR_WORDS:
        if not coordinator.may_command(user):
            log.info("%s tried %s %s and is not a coordinator", user, deps.settings.command, word)
            reply({"response_type": "ephemeral", "text": bilingual("coordinators_only")})
        elif word == "reindex":
            reindex(deps, reply)
        elif word in APPROVED_WORDS:
            approved_to_review(deps, reply)
        else:
            report(deps, reply, REPORT_WORDS[word], fallback_channel=command.get("channel_id", ""))
    else:
        origin = {"channel": command.get("channel_id"), "user": user, "ephemeral": True}
        asked = coordinator.ask(Question(text=text, asker_id=user), origin)
        reply({"response_type": "ephemeral", "text": fallback_text(asked.answer.text),
               "blocks": render(asked.answer, asked.ref, share=True)})


def reindex(deps: Deps, reply: Callable[[dict], None]) -> None:
    if deps.coordinator.reindexer is None:
        reply({"response_type": "ephemeral", "text": bilingual("reindex_unavailable")})
        return
    reply({"response_type": "ephemeral", "text": bilingual("reindex_started")})
    summary = deps.coordinator.reindex()
    text = bilingual(summary.value) if isinstance(summary, Refused) else for_slack(reindex_text(summary))
    reply({"response_type": "ephemeral", "text": text})


def approved_to_review(deps: Deps, reply: Callable[[dict], None]) -> None:
    """The approved answers past their review date or relying on a changed document."""
    items = deps.coordinator.stale_approved()
    if isinstance(items, Refused):
        reply({"response_type": "ephemeral", "text": bilingual(items.value)})
        return
    reply({"response_type": "ephemeral", "text": bilingual("approved_list_title", count=len(items)),
           "blocks": approved_list_blocks(items)})


def report(deps: Deps, reply: Callable[[dict], None], language: str, fallback_channel: str) -> None:
    """The last 28 days' summary and chart, posted in the coordinator channel (or, without one,
    where the command was given)."""
    channel = deps.settings.coordinator_channel or fallback_channel
    made = deps.coordinator.report(language)
    if isinstance(made, Refused):
        reply({"response_type": "ephemeral", "text": bilingual(made.value)})
        return
    try:
        summary = for_slack(made.summary)  # the gaps are askers' own words
        deps.slack.post(channel, summary, [section(p) for p in split_text(summary)])
        name = f"omvarld-{made.since.isoformat()}-{made.until.isoformat()}.png"
        deps.slack.upload(channel, made.chart_png, name, say("report_chart_title", language))
    except Exception as e:
        log.exception("report for %s not posted (%s)", channel, error_code(e))
        reply({"response_type": "ephemeral", "text": bilingual("report_failed")})
        return
    log.info("report posted to %s", channel)
    where = deps.settings.coordinator_channel_ref or f"<#{channel}>"
    reply({"response_type": "ephemeral", "text": bilingual("slack.report_posted", where=where)})


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
