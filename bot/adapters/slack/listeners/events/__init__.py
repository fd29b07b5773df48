from __future__ import annotations

from slack_bolt import App

from ...deps import Deps
from . import app_home, assistant, mentions, messages


def register(app: App, deps: Deps) -> None:
    assistant.register(app, deps)  # first: it takes the messages of assistant and DM threads
    mentions.register(app, deps)
    messages.register(app, deps)
    app_home.register(app, deps)
