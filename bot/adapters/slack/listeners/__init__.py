"""Each Slack surface in its own module with a `register(app, deps)`, as in Bolt's samples.

The callbacks are plain functions of (payload, deps), testable without an App.
"""
from __future__ import annotations

from slack_bolt import App

from ..deps import Deps
from . import actions, commands, errors, events, views


def register(app: App, deps: Deps) -> None:
    events.register(app, deps)
    actions.register(app, deps)
    commands.register(app, deps)
    views.register(app, deps)
    errors.register(app, deps)
