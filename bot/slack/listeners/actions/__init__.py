from __future__ import annotations

from slack_bolt import App

from ...deps import Deps
from . import approved, card, escalate, feedback, share


def register(app: App, deps: Deps) -> None:
    feedback.register(app, deps)
    escalate.register(app, deps)
    share.register(app, deps)
    card.register(app, deps)
    approved.register(app, deps)
