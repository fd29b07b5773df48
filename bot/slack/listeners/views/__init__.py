from __future__ import annotations

from slack_bolt import App

from ...deps import Deps
from . import review


def register(app: App, deps: Deps) -> None:
    review.register(app, deps)
