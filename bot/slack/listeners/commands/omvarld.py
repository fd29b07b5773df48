"""`/omvarld <question>` answers privately, with a button to share. `/omvarld status` shows a
coordinator the open escalations and anyone else their own questions to the coordinator;
`/omvarld reindex`, `/omvarld rapport` (or `report`, in English) and `/omvarld godkända` (the
approved answers to review, with Re-confirm and Withdraw) are for the coordinators listed in
COORDINATOR_USER_IDS."""
from __future__ import annotations

import logging
from typing import Callable

from slack_bolt import App

from ....models import Question
from ....reminders import status_for_asker, status_text
from ....report import main_chart_png, summary_text
from ....sanitize import for_slack, slack_to_plain
from ....store import OPEN_STATUSES
from ...answering import ask
from ...blocks import (
    approved_list_blocks, bilingual, fallback_text, own_questions_text, reindex_text, render, section, split_text,
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
    return (f"Skriv din fråga efter kommandot, till exempel `{command} Vilka EU-program kan vi söka?` "
            "Svaret syns bara för dig, och du kan dela det i kanalen. "
            f"`{command} status` visar dina frågor till samordnaren.\n"
            f"_Type your question after the command, e.g. `{command} Which EU programmes can we apply for?` "
            f"Only you see the answer, and you can share it in the channel. `{command} status` shows your "
            "questions to the coordinator._")


def handle_command(command: dict, deps: Deps, reply: Callable[[dict], None]) -> None:
    """`reply(payload)` posts to the command's response_url (ephemeral unless it says otherwise)."""
    text = slack_to_plain(command.get("text", "")).strip()
    user = command.get("user_id", "")
    word = text.lower()
    if word in HELP_WORDS:
        reply({"response_type": "ephemeral", "text": usage(deps.settings.command)})
    elif word == STATUS and not deps.settings.is_coordinator(user):
        own_status(deps, user, reply)
    elif word == STATUS:
        reply({"response_type": "ephemeral", "text": "Status",
               "blocks": status_blocks(deps.store.list_escalations(status=OPEN_STATUSES), deps.last_ingest(),
                                       failed_pages=deps.failed_pages())})
    elif word in COORDINATOR_WORDS:
        if not deps.settings.is_coordinator(user):
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
        answer, ref = ask(deps, Question(text=text, asker_id=user), origin)
        reply({"response_type": "ephemeral", "text": fallback_text(answer.text),
               "blocks": render(answer, ref, share=True)})


def own_status(deps: Deps, user: str, reply: Callable[[dict], None]) -> None:
    """The asker's own escalations, newest first, in the language of the latest one."""
    items = status_for_asker(deps.store, user)
    latest = deps.store.list_escalations(asker_id=user, limit=1)
    text = own_questions_text(status_text(items, latest[0].language if latest else "sv"))
    reply({"response_type": "ephemeral", "text": text, "blocks": [section(p) for p in split_text(text)]})


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


def approved_to_review(deps: Deps, reply: Callable[[dict], None]) -> None:
    """The approved answers past their review date or relying on a changed document."""
    if deps.approvals is None:
        reply({"response_type": "ephemeral", "text": bilingual("approve_unavailable")})
        return
    try:
        items = deps.approvals.stale()
    except Exception:
        log.exception("listing the approved answers to review failed")
        reply({"response_type": "ephemeral", "text": bilingual("approved_action_failed")})
        return
    blocks = approved_list_blocks(items)
    reply({"response_type": "ephemeral", "text": bilingual("approved_list_title").format(count=len(items)),
           "blocks": blocks})


def report(deps: Deps, reply: Callable[[dict], None], language: str, fallback_channel: str) -> None:
    """The last 28 days' summary and chart, posted in the coordinator channel (or, without one,
    where the command was given)."""
    if deps.make_report is None:
        reply({"response_type": "ephemeral", "text": bilingual("report_unavailable")})
        return
    channel = deps.settings.coordinator_channel or fallback_channel
    try:
        made = deps.make_report()
        summary = for_slack(summary_text(made, language))  # the gaps are askers' own words
        deps.slack.post(channel, summary, [section(p) for p in split_text(summary)])
        name = f"omvarld-{made.since.isoformat()}-{made.until.isoformat()}.png"
        deps.slack.upload(channel, main_chart_png(made), name,
                          "Frågor per vecka" if language == "sv" else "Questions per week")
    except Exception as e:
        log.exception("report for %s failed (%s)", channel, error_code(e))
        reply({"response_type": "ephemeral", "text": bilingual("report_failed")})
        return
    log.info("report posted to %s", channel)
    where = deps.settings.coordinator_channel_ref or f"<#{channel}>"
    reply({"response_type": "ephemeral",
           "text": f"Rapporten är postad i {where}. / The report is posted in {where}."})


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
