"""The Teams app: the Microsoft 365 Agents SDK on aiohttp, POST /api/messages.

`build_app(...)` wires it (no network, no threads); bot.app.serve runs it. The outbox
deliverer starts with the web app (on_startup) and stops with it, because it sends through the
app's event loop.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import warnings
from typing import Callable

from aiohttp import web
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter, jwt_authorization_decorator
from microsoft_agents.hosting.core import (
    AgentApplication,
    ConnectionManager,
    MemoryStorage,
    OutboundHostValidator,
    TurnState,
)

from bot.coordinator.ports import AnswerEngine, ApprovedAnswers, KnowledgeSummary, MakeReport, Reindex, StatusText
from bot.coordinator.usecases import Coordinator
from bot.store import Store
from bot.store.delivery import BASE_DELAY_SECONDS, Deliverer

from .conversation import MAX_HISTORY_TURNS, History
from .delivery import COORDINATOR_KEY, PLATFORM, LoopRunner, delivery_handlers
from .guard import check_activity, check_token
from .handlers import TeamsBot, register
from .outgoing import OutgoingGate
from .proactive import TeamsSender
from .settings import TeamsSettings

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
    connections: ConnectionManager
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
    coordinator = Coordinator(PLATFORM, engine, store, access=settings,
                              destination=lambda: store.get_value(COORDINATOR_KEY) is not None, reindexer=reindex,
                              status_line=status_text, knowledge_summary=knowledge_summary, approvals=approvals,
                              make_report=make_report)
    bot = TeamsBot(coordinator, history=History(turns=history_turns), sender=sender)
    register(agent, bot)
    adapter.on_turn_error = bot.on_error  # errors outside the application's own handler

    @check_activity
    async def messages(request: web.Request) -> web.StreamResponse:
        return await adapter.process(request, agent) or web.Response(status=202)

    app = web.Application()
    app[BOT] = bot
    if settings.authenticated:
        # The SDK's JWT check reads this (by this string key); a request without a valid token
        # gets 401 before any turn.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", web.NotAppKeyWarning)
            app["agent_configuration"] = connections.get_default_connection_configuration()
        app.router.add_post("/api/messages", check_token(jwt_authorization_decorator(messages)))
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
