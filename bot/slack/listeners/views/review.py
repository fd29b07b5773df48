"""The review modal of "Save as approved answer": submitted, it saves exactly what the coordinator
saw and edited there; closed (Cancel), it writes nothing.

A submission with an empty question or answer is refused inside the modal (Slack shows the
message under the field). Otherwise the modal closes at once (the ack) and the answer is saved
and ingested afterwards, in Bolt's listener executor; the confirmation goes into the card's
thread, quoting the first line of what was saved.
"""
from __future__ import annotations

import logging

from slack_bolt import App

from ....approved import ApprovalError
from ....coordinator import approve, submitted_review
from ...blocks import REVIEW_QUESTION, REVIEW_VIEW, approved_text, bilingual, review_errors, review_submission
from ...delivery import refresh_card
from ...deps import Deps
from ...outbound import error_code

log = logging.getLogger(__name__)


def handle_submission(body: dict, deps: Deps, ack) -> None:
    """`ack(**kwargs)` answers Slack: with response_action="errors" the modal stays open."""
    user = body["user"]["id"]
    metadata, question, answer, language = review_submission(body.get("view") or {})
    escalation_id = metadata.get("escalation_id")
    if not deps.settings.may_answer_escalations(user) or not isinstance(escalation_id, int):
        ack(response_action="errors", errors={REVIEW_QUESTION: bilingual("card_coordinators_only")})
        return
    review, problems = submitted_review(escalation_id, question, answer, language)
    if problems:
        ack(response_action="errors", errors=review_errors(problems))
        return
    ack()
    channel, thread_ts = metadata.get("channel") or "", metadata.get("thread_ts")
    if deps.approvals is None:
        _tell(deps, channel, user, bilingual("approve_unavailable"), thread_ts)
        return
    try:
        saved = approve(deps.store, deps.approvals, review, user)
    except ApprovalError as e:
        log.warning("escalation %s not saved as an approved answer: %s", escalation_id, e)
        _tell(deps, channel, user, bilingual("approve_failed"), thread_ts)
        return
    except Exception:
        log.exception("saving escalation %s as an approved answer failed", escalation_id)
        _tell(deps, channel, user, bilingual("approve_failed"), thread_ts)
        return
    log.info("escalation %s approved by %s", escalation_id, user)
    try:
        deps.slack.post(channel, approved_text(user, saved.file, saved.first_line), thread_ts=thread_ts)
    except Exception as e:
        log.warning("escalation %s: approval not confirmed in thread (%s)", escalation_id, error_code(e))
    refresh_card(deps.slack, deps.store, escalation_id)


def _tell(deps: Deps, channel: str, user: str, text: str, thread_ts: str | None) -> None:
    try:
        deps.slack.ephemeral(channel, user, text, thread_ts=thread_ts)
    except Exception as e:
        log.warning("could not tell %s (%s)", user, error_code(e))


def handle_closed(body: dict) -> None:
    metadata, *_ = review_submission(body.get("view") or {})
    log.info("escalation %s: review cancelled by %s; nothing saved", metadata.get("escalation_id"),
             (body.get("user") or {}).get("id"))


def register(app: App, deps: Deps) -> None:
    @app.view(REVIEW_VIEW)
    def on_submit(ack, body):
        handle_submission(body, deps, ack)

    @app.view_closed(REVIEW_VIEW)
    def on_closed(ack, body):
        ack()
        handle_closed(body)
