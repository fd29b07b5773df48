"""The Slack app: `build_app` wires the listeners onto a Bolt App; `main` runs it.

Socket Mode when SLACK_APP_TOKEN is set; `--http --port N` serves POST /slack/events instead.
Both start the deliverer, which sends escalation cards and relayed replies from the store.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from typing import Callable, Mapping

from slack_bolt import App
from slack_sdk import WebClient

from ..delivery import Deliverer
from ..ports import AnswerEngine, KnowledgeSummary, MakeReport, Reindex, ApprovedAnswers, StatusText
from ..store import Store
from . import listeners
from .delivery import delivery_handlers
from .deps import Deps
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
        request_verification_enabled=bool(settings.signing_secret),  # HTTP mode requires it (see main)
        token_verification_enabled=False,  # auth.test happens on the first request, not here
        process_before_response=False,     # ack first; listeners go on in Bolt's executor
    )
    deps = Deps(settings=settings, engine=engine, store=store, slack=SlackOutbound(client), reindex=reindex,
                status_text=status_text, knowledge_summary=knowledge_summary, approvals=approvals, make_report=make_report)
    listeners.register(app, deps)
    return app


def start_deliverer(app: App, store: Store, settings: SlackSettings, stop: threading.Event,
                    interval: float = 1.0, **options) -> threading.Thread:
    deliverer = Deliverer(store, delivery_handlers(SlackOutbound(app.client), store, settings), **options)
    return deliverer.start(stop, interval)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bot slack")
    p.add_argument("--http", action="store_true", help="serve POST /slack/events instead of Socket Mode")
    p.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"))
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")))
    return p.parse_args(argv)


def main(argv: list[str], engine_factory: Callable[[], AnswerEngine], store: Store, reindex: Reindex | None = None,
         *, status_text: StatusText | None = None, knowledge_summary: KnowledgeSummary | None = None,
         env: Mapping[str, str] | None = None, approvals: ApprovedAnswers | None = None,
         make_report: MakeReport | None = None, housekeeper=None) -> int:
    """Run the Slack app until stopped. `housekeeper` (bot.housekeeping.Housekeeper: reminders and
    retention), if given, runs alongside the deliverer."""
    args = parse_args(argv)
    settings = SlackSettings.from_env(env)
    problems = settings.problems(http=args.http)
    if problems:
        for p in problems:
            print(f"omvärld slack: {p}", file=sys.stderr)
        return 2
    if not settings.coordinator_channel:
        log.warning("COORDINATOR_CHANNEL is not set: questions cannot be escalated")
    for noisy in ("slack_sdk", "slack_bolt"):  # their DEBUG logs carry message bodies
        logging.getLogger(noisy).setLevel(max(logging.getLogger(noisy).getEffectiveLevel(), logging.INFO))

    engine = engine_factory()
    app = build_app(settings, engine, store, reindex, status_text, knowledge_summary=knowledge_summary,
                    approvals=approvals, make_report=make_report)
    stop = threading.Event()
    start_deliverer(app, store, settings, stop)
    if housekeeper is not None:
        housekeeper.start(stop)
    _exit_on_sigterm()
    try:
        if args.http:
            from .http import make_server

            server = make_server(app, args.host, args.port)
            log.info("Slack HTTP mode on %s:%d (POST /slack/events)", args.host, server.server_port)
            try:
                server.serve_forever()
            finally:
                server.server_close()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            log.info("Slack Socket Mode")
            SocketModeHandler(app, settings.app_token).start()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
    return 0


def _exit_on_sigterm() -> None:
    """Stop like Ctrl-C on SIGTERM (containers), so the deliverer is told to stop."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)
