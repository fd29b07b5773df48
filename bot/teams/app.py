"""The Teams app: the Microsoft 365 Agents SDK on aiohttp, POST /api/messages.

`build_app(...)` wires it (no network, no threads); `main(...)` reads the settings and runs
it. The outbox deliverer starts with the web app (on_startup) and stops with it, because it
sends through the app's event loop.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading
import warnings
from typing import Callable

from aiohttp import web
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter, jwt_authorization_decorator
from microsoft_agents.hosting.core import (
    AgentApplication, ConnectionManager, MemoryStorage, OutboundHostValidator, TurnState,
)

from ..delivery import BASE_DELAY_SECONDS, Deliverer
from ..ports import AnswerEngine, KnowledgeSummary, MakeReport, Reindex, ApprovedAnswers, StatusText
from ..store import Store
from .conversation import MAX_HISTORY_TURNS, History
from .delivery import LoopRunner, delivery_handlers
from .handlers import TeamsBot, register
from .outgoing import OutgoingGate
from .proactive import TeamsSender
from .settings import TeamsConfigError, TeamsSettings

log = logging.getLogger(__name__)

DEFAULT_PORT = 3978
BOT = web.AppKey("omvarld.teams.bot", TeamsBot)
DELIVERER = web.AppKey("omvarld.teams.deliverer", Deliverer)


def build_app(settings: TeamsSettings, engine: AnswerEngine, store: Store, *,
              reindex: Reindex | None = None, status_text: StatusText | None = None,
              knowledge_summary: KnowledgeSummary | None = None, token_provider: Callable | None = None,
              host_validator: OutboundHostValidator | None = None,
              deliver_interval: float = 1.0, retry_base_delay: float = BASE_DELAY_SECONDS,
              history_turns: int = MAX_HISTORY_TURNS, start_delivery: bool = True,
              approvals: ApprovedAnswers | None = None, make_report: MakeReport | None = None) -> web.Application:
    """The aiohttp application serving POST /api/messages.

    start_delivery=False: the app does not run its own deliverer; `app[DELIVERER].handlers` are
    for a deliverer the caller runs (bot/serve.py: one for every platform), and they work
    once the app has started (they send through its event loop).

    token_provider: how outgoing calls get their token, `factory(AgentAuthConfiguration) ->
    AccessTokenProviderBase` (default: MSAL with the app's client secret; tests pass a fake).
    host_validator: which serviceUrls are accepted; by default, with authentication on, only
    Microsoft's (https, public addresses); off in anonymous mode.
    """
    configuration = settings.sdk_configuration()
    if token_provider is None:
        connections = MsalConnectionManager(**configuration)
    else:
        connections = ConnectionManager(provider_factory=token_provider, **configuration)
    if host_validator is None:
        host_validator = OutboundHostValidator(enabled=settings.authenticated)
    adapter = CloudAdapter(connection_manager=connections, host_validator=host_validator)
    adapter.use(OutgoingGate())

    agent = AgentApplication[TurnState](storage=MemoryStorage(), connection_manager=connections,
                                        remove_recipient_mention=False, start_typing_timer=True)
    sender = TeamsSender(adapter, app_id=settings.app_id if settings.authenticated else None)
    bot = TeamsBot(settings, engine, store, history=History(turns=history_turns),
                   reindex=reindex, status_text=status_text, knowledge_summary=knowledge_summary,
                   approvals=approvals, make_report=make_report, sender=sender)
    register(agent, bot)
    adapter.on_turn_error = bot.on_error  # errors outside the application's own handler

    async def messages(request: web.Request) -> web.StreamResponse:
        return await adapter.process(request, agent)

    app = web.Application()
    app[BOT] = bot
    if settings.authenticated:
        # The SDK's JWT check reads this (by this string key); a request without a valid token
        # gets 401 before any turn.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", web.NotAppKeyWarning)
            app["agent_configuration"] = connections.get_default_connection_configuration()
        app.router.add_post("/api/messages", jwt_authorization_decorator(messages))
    else:
        log.warning("Teams: TEAMS_ANONYMOUS=true, requests to /api/messages are NOT authenticated "
                    "(local development only)")
        app.router.add_post("/api/messages", messages)

    run = LoopRunner()
    deliverer = Deliverer(store, delivery_handlers(sender, store, run), base_delay=retry_base_delay)
    app[DELIVERER] = deliverer
    stop = threading.Event()
    thread: dict[str, threading.Thread] = {}

    async def start_deliverer(_app: web.Application) -> None:
        run.loop = asyncio.get_running_loop()
        if start_delivery:
            thread["deliverer"] = deliverer.start(stop, interval=deliver_interval)

    async def stop_deliverer(_app: web.Application) -> None:
        stop.set()
        worker = thread.pop("deliverer", None)
        if worker is not None:  # it may be waiting for a send on this loop: keep the loop free
            await asyncio.to_thread(worker.join, 15)

    app.on_startup.append(start_deliverer)
    app.on_cleanup.append(stop_deliverer)
    return app


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bot teams", description="Run the Teams app (POST /api/messages).")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--host", default=None,
                   help="address to listen on (default 0.0.0.0; 127.0.0.1 when TEAMS_ANONYMOUS=true)")
    return p.parse_args(argv)


def main(argv: list[str], engine_factory: Callable[[], AnswerEngine], store: Store, *,
         reindex: Reindex | None = None, status_text: StatusText | None = None,
         knowledge_summary: KnowledgeSummary | None = None, approvals: ApprovedAnswers | None = None,
         make_report: MakeReport | None = None, housekeeper=None) -> int:
    """Run the Teams app until stopped. Refuses to start (exit code 2) without credentials
    unless TEAMS_ANONYMOUS=true. `housekeeper` (bot.housekeeping.Housekeeper: reminders and
    retention), if given, runs while the app does."""
    args = parse_args(argv)
    try:
        settings = TeamsSettings.from_env()
    except TeamsConfigError as e:
        print(f"omvärld: error: {e}", file=sys.stderr)
        return 2
    engine = engine_factory()  # the composition root hands a ready (warmed) engine
    host = args.host or ("127.0.0.1" if settings.anonymous else "0.0.0.0")
    app = build_app(settings, engine, store, reindex=reindex, status_text=status_text,
                    knowledge_summary=knowledge_summary, approvals=approvals, make_report=make_report)
    log.info("Teams: listening on %s:%d (%s)", host, args.port,
             "anonymous" if settings.anonymous else f"app {settings.app_id}")
    stop = threading.Event()
    if housekeeper is not None:
        housekeeper.start(stop)
    try:
        web.run_app(app, host=host, port=args.port, print=None)
    finally:
        stop.set()
    return 0
