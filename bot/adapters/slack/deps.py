"""What the listeners need, built once by build_app and handed to each `register`."""
from __future__ import annotations

from dataclasses import dataclass

from bot.coordinator.usecases import Coordinator, Platform
from bot.store import Store

from .outbound import SlackOutbound
from .settings import SlackSettings

PLATFORM = Platform("slack")


@dataclass(frozen=True)
class Deps:
    settings: SlackSettings
    coordinator: Coordinator  # the workflow's use-cases; the listeners only translate and draw
    slack: SlackOutbound

    @property
    def store(self) -> Store:
        """For what only Slack needs: claiming an event, queueing a post to retry."""
        return self.coordinator.store
