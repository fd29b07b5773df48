from __future__ import annotations

from slack_bolt import App

from ...deps import Deps
from . import omvarld


def register(app: App, deps: Deps) -> None:
    omvarld.register(app, deps)
