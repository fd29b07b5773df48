"""Re-confirm and Withdraw on the list of approved answers to review (`/omvarld godkända`).

Both change a file and ingest it (seconds), after Slack has been acknowledged; then the list
is drawn again in place (the click's response_url), headed by what was done.
"""
from __future__ import annotations

import logging

from slack_bolt import App

from ....approved import ApprovalError
from ....sanitize import for_slack
from ...blocks import APPROVED_RECONFIRM, APPROVED_WITHDRAW, approved_list_blocks, bilingual
from ...deps import Deps
from ...outbound import error_code
from .common import clicked, tell

log = logging.getLogger(__name__)


def handle_approved_button(body: dict, action: str, deps: Deps) -> None:
    user, source = clicked(body)
    if not deps.settings.is_coordinator(user):
        tell(deps, body, bilingual("card_coordinators_only"))
        return
    if deps.approvals is None:
        tell(deps, body, bilingual("approve_unavailable"))
        return
    file = f"`{for_slack(source)}`"
    try:
        if action == APPROVED_RECONFIRM:
            review_by = deps.approvals.reconfirm(source, user)
            note = bilingual("approved_reconfirmed").format(by=f"<@{user}>", file=file, date=review_by.isoformat())
        else:
            deps.approvals.withdraw(source, user)
            note = bilingual("approved_withdrawn").format(by=f"<@{user}>", file=file)
    except ApprovalError as e:
        log.warning("approved answer %s: %s by %s refused (%s)", source, action, user, e)
        note = bilingual("approved_action_failed")
    except Exception:
        log.exception("approved answer %s: %s by %s failed", source, action, user)
        note = bilingual("approved_action_failed")
    else:
        log.info("approved answer %s: %s by %s", source, action, user)
    try:
        blocks = approved_list_blocks(deps.approvals.stale(), note=note)
        deps.slack.respond(body["response_url"], {"replace_original": True, "text": note, "blocks": blocks})
    except Exception as e:  # the change is made; only the redrawn list is missing
        log.warning("list of approved answers not redrawn for %s (%s)", user, error_code(e))
        tell(deps, body, note)


def register(app: App, deps: Deps) -> None:
    @app.action(APPROVED_RECONFIRM)
    def on_reconfirm(ack, body):
        ack()
        handle_approved_button(body, APPROVED_RECONFIRM, deps)

    @app.action(APPROVED_WITHDRAW)
    def on_withdraw(ack, body):
        ack()
        handle_approved_button(body, APPROVED_WITHDRAW, deps)
