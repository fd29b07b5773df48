"""Re-confirm and Withdraw on the list of approved answers to review (`/omvarld godkända`).

Both change a file and ingest it (seconds), after Slack has been acknowledged; then the list
is drawn again in place (the click's response_url), headed by what was done.
"""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.coordinator.usecases import Refused
from bot.sanitize import for_slack
from bot.texts import bilingual

from ...blocks import APPROVED_RECONFIRM, APPROVED_WITHDRAW, approved_list_blocks
from ...deps import Deps
from ...outbound import error_code
from .common import clicked, tell

log = logging.getLogger(__name__)


def handle_approved_button(body: dict, action: str, deps: Deps) -> None:
    user, source = clicked(body)
    changed = deps.coordinator.change_approved("reconfirm" if action == APPROVED_RECONFIRM else "withdraw", source,
                                               (user,))
    if changed in (Refused.COORDINATORS_ONLY, Refused.APPROVE_UNAVAILABLE):
        tell(deps, body, bilingual(changed.value))
        return
    if isinstance(changed, Refused):
        note, stale = bilingual(changed.value), deps.coordinator.stale_approved()
    else:
        file = f"`{for_slack(source)}`"
        note = (bilingual("approved_reconfirmed", by=f"<@{user}>", file=file, date=changed.review_by.isoformat())
                if changed.review_by else bilingual("approved_withdrawn", by=f"<@{user}>", file=file))
        stale = changed.stale
    try:
        blocks = approved_list_blocks(stale if isinstance(stale, list) else [], note=note)
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
