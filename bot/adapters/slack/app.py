"""The Slack app: `build_app` wires the listeners onto a Bolt App (bot.app.serve runs it, in Socket
Mode or behind POST /slack/events); `delivery_handlers` send what the outbox holds for Slack.
"""
from __future__ import annotations

import logging
import threading

from slack_bolt import App
from slack_sdk import WebClient

from bot.coordinator.ports import AnswerEngine, ApprovedAnswers, KnowledgeSummary, MakeReport, Reindex, StatusText
from bot.coordinator.usecases import Coordinator
from bot.store import Store
from bot.store.delivery import Deliverer

from . import listeners
from .delivery import delivery_handlers
from .deps import PLATFORM, Deps
from .outbound import SlackOutbound
from .settings import SlackSettings

log = logging.getLogger(__name__)


def build_app(settings: SlackSettings, engine: AnswerEngine, store: Store, reindex: Reindex | None = None,
              status_text: StatusText | None = None, *, knowledge_summary: KnowledgeSummary | None = None,
              approvals: ApprovedAnswers | None = None, make_report: MakeReport | None = None) -> App:
    """A Bolt App with every listener registered. No network until the first request."""
    client = WebClient(token=settings.bot_token, base_url=settings.api_url)
    app = App(
        name="omvarld", client=client,  # the client carries the bot token (Bolt warns if given twice)
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=bool(settings.signing_secret),  # HTTP mode requires it (see serve)
        token_verification_enabled=False,  # auth.test happens on the first request, not here
        process_before_response=False,     # ack first; listeners go on in Bolt's executor
    )
    coordinator = Coordinator(PLATFORM, engine, store, access=settings,
                              destination=lambda: bool(settings.coordinator_channel), reindexer=reindex,
                              status_line=status_text, knowledge_summary=knowledge_summary, approvals=approvals,
                              make_report=make_report)
    listeners.register(app, Deps(settings=settings, coordinator=coordinator, slack=SlackOutbound(client)))
    return app


def start_deliverer(app: App, store: Store, settings: SlackSettings, stop: threading.Event,
                    interval: float = 1.0, **options) -> threading.Thread:
    deliverer = Deliverer(store, delivery_handlers(SlackOutbound(app.client), store, settings), **options)
    return deliverer.start(stop, interval)
