"""`python -m bot serve`: every configured chat adapter in one process.

    Slack   HTTP mode, POST /slack/events on PORT (3000) — or Socket Mode when SLACK_APP_TOKEN is set
    Teams   POST /api/messages on TEAMS_PORT (3978); 127.0.0.1 only when TEAMS_ANONYMOUS=true
    both    GET /healthz on each of those ports: JSON, 200 when everything works, else 503

One engine, one Store and one deliverer for both platforms' outbox kinds. Several such
processes (replicas) can share one PostgreSQL (DATABASE_URL) and one Chroma server
(CHROMA_HOST): events are claimed in the store, so each is answered once, and a delivery
is leased to one worker at a time (DELIVERY_LEASE_SECONDS).

SIGTERM or SIGINT stops it gracefully: /healthz turns 503, the listening sockets close,
the deliverer stops claiming (and hands back what it claimed but had not started),
requests and answers in progress finish (up to SHUTDOWN_GRACE_SECONDS), and whatever is
still queued stays in the store for the next start. A second signal stops at once.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import threading
import time
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from aiohttp import web

from bot.adapters.slack.settings import SlackSettings
from bot.adapters.teams.settings import TeamsConfigError, TeamsSettings
from bot.coordinator.ports import AnswerEngine
from bot.store import DUE, Store
from bot.store.delivery import LEASE_SECONDS, Deliverer

from .settings import Settings

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
HEALTH_TIMEOUT_SECONDS = 5.0
DEFAULT_GRACE_SECONDS = 30.0

# Starts something that runs beside the adapters until the event is set (e.g. the housekeeper).
Worker = Callable[[threading.Event], threading.Thread]


class ServeConfigError(ValueError):
    """The settings cannot work; the message says what to change."""


@dataclass(frozen=True)
class ServeSettings:
    slack: SlackSettings | None = None  # when Slack is served
    slack_http: bool = True             # HTTP mode (else Socket Mode)
    teams: TeamsSettings | None = None  # when Teams is served
    host: str = "0.0.0.0"
    port: int = 3000                    # /healthz, and /slack/events in HTTP mode
    teams_port: int = 3978
    lease_seconds: float = LEASE_SECONDS
    delivery_interval: float = 1.0
    grace_seconds: float = DEFAULT_GRACE_SECONDS

    @classmethod
    def from_settings(cls, settings: Settings, *, only: str | None = None, slack_http: bool | None = None,
                      port: int | None = None, teams_port: int | None = None) -> "ServeSettings":
        """What to serve, checked; raises ServeConfigError with every problem found.

        `only` ("slack" or "teams") serves that adapter alone, as `python -m bot slack|teams` do;
        `slack_http` chooses Slack's mode (default: Socket Mode when SLACK_APP_TOKEN is set)."""
        platforms = [only] if only else settings.platforms
        if not platforms:
            raise ServeConfigError(
                "neither Slack nor Teams is configured: set SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or "
                "SLACK_APP_TOKEN), or the TEAMS_APP_* settings (see .env.example)")
        problems: list[str] = []
        slack = teams = None
        http = True
        if "slack" in platforms:
            slack = settings.slack
            http = not slack.app_token if slack_http is None else slack_http
            problems += slack.problems(http=http)
        if "teams" in platforms:
            try:
                teams = settings.teams.check()
            except TeamsConfigError as e:
                problems.append(str(e))
        if problems:
            raise ServeConfigError("\n".join(problems))
        return cls(slack=slack, slack_http=http, teams=teams, host=settings.host,
                   port=port if port is not None else settings.port,
                   teams_port=teams_port if teams_port is not None else settings.teams_port,
                   lease_seconds=settings.delivery_lease_seconds, delivery_interval=settings.delivery_interval_seconds,
                   grace_seconds=settings.shutdown_grace_seconds)

    def describe(self) -> str:
        parts = []
        if self.slack is not None:
            parts.append(f"slack ({'http on port %d' % self.port if self.slack_http else 'socket mode'})")
        if self.teams is not None:
            parts.append(f"teams (port {self.teams_port}{', anonymous' if self.teams.anonymous else ''})")
        return ", ".join(parts)


@dataclass
class _State:
    """What /healthz reports about the process itself."""

    phase: str = "starting"  # starting → running → stopping
    adapters: dict[str, dict] = field(default_factory=dict)
    probes: dict[str, Callable[[], bool]] = field(default_factory=dict)  # adapter → "connected?"


class Server:
    """The adapters, the deliverer and /healthz on one event loop. `run()` until stopped."""

    def __init__(self, config: ServeSettings, engine: AnswerEngine, store: Store, *,
                 slack_options: Mapping | None = None, teams_options: Mapping | None = None,
                 knowledge_count: Callable[[], int] | None = None, workers: Sequence[Worker] = ()) -> None:
        self.config = config
        self.engine = engine
        self.store = store
        self.slack_options = dict(slack_options or {})
        self.teams_options = dict(teams_options or {})
        self.knowledge_count = knowledge_count
        self.workers = list(workers)
        self.state = _State()
        self.stop_requested: asyncio.Event | None = None
        self.loop: asyncio.AbstractEventLoop | None = None  # while running
        self.ports: dict[str, int] = {}  # site name → bound port (useful with port 0)
        self._signals = 0

    # --- /healthz --------------------------------------------------------------------

    def check(self) -> tuple[bool, dict]:
        """(healthy, report). Blocking: the store and the knowledge base are asked."""
        report: dict = {"status": "ok", "phase": self.state.phase}
        ok = self.state.phase == "running"
        try:
            from sqlalchemy import text

            with self.store.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            report["store"] = {"ok": True, "backend": self.store.engine.dialect.name}
        except Exception as e:  # a probe reports, it does not raise
            report["store"] = {"ok": False, "backend": self.store.engine.dialect.name, "error": type(e).__name__}
            ok = False
        if self.knowledge_count is not None:
            try:
                chunks = int(self.knowledge_count())
                report["knowledge"] = {"ok": chunks > 0, "chunks": chunks}
                ok = ok and chunks > 0
            except Exception as e:
                report["knowledge"] = {"ok": False, "error": type(e).__name__}
                ok = False
        adapters = {}
        for name, info in self.state.adapters.items():
            info = dict(info)
            probe = self.state.probes.get(name)
            if probe is not None and info.get("state") == "running":
                try:
                    info["connected"] = bool(probe())
                except Exception:
                    info["connected"] = False
                ok = ok and info["connected"]
            ok = ok and info.get("state") == "running"
            adapters[name] = info
        report["adapters"] = adapters
        if not ok:
            report["status"] = "unhealthy"
        return ok, report

    async def _health(self, _request: web.Request) -> web.Response:
        try:
            ok, report = await asyncio.wait_for(asyncio.to_thread(self.check), HEALTH_TIMEOUT_SECONDS)
        except asyncio.TimeoutError:
            ok, report = False, {"status": "unhealthy", "phase": self.state.phase,
                                 "error": f"checks took over {HEALTH_TIMEOUT_SECONDS:.0f} s"}
        return web.Response(status=200 if ok else 503, text=json.dumps(report),
                            content_type="application/json")

    # --- running ------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask a running server to stop, from any thread (as SIGTERM does)."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self.request_stop, "stop requested")

    def request_stop(self, reason: str) -> None:
        self._signals += 1
        if self._signals > 1:
            log.warning("%s again while stopping: stopping now", reason)
            os._exit(1)
        log.info("%s: stopping (in-flight requests and answers may take up to %.0f s)",
                 reason, self.config.grace_seconds)
        if self.stop_requested is not None:
            self.stop_requested.set()

    async def run(self) -> None:
        loop = self.loop = asyncio.get_running_loop()
        self.stop_requested = asyncio.Event()
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, self.request_stop, sig.name)
        cfg = self.config
        stop_workers = threading.Event()
        threads: list[threading.Thread] = []
        runners: list[web.AppRunner] = []
        executors: list[Executor] = []
        socket_handler = None
        handlers: dict = {}

        health_app = web.Application()
        health_app.router.add_get(HEALTH_PATH, self._health)
        apps = {"http": (health_app, cfg.host, cfg.port)}

        if cfg.slack is not None:
            from bot.adapters.slack.app import build_app as build_slack
            from bot.adapters.slack.delivery import delivery_handlers as slack_handlers
            from bot.adapters.slack.outbound import SlackOutbound

            if not cfg.slack.coordinator_channel:
                log.warning("COORDINATOR_CHANNEL is not set: Slack questions cannot be escalated")
            bolt = build_slack(cfg.slack, self.engine, self.store, **self.slack_options)
            executors.append(bolt.listener_runner.listener_executor)  # where answers are worked out
            handlers.update(slack_handlers(SlackOutbound(bolt.client), self.store, cfg.slack))
            if cfg.slack_http:
                from bot.adapters.slack.http import EVENTS_PATH, events_handler

                dispatch = ThreadPoolExecutor(max_workers=16, thread_name_prefix="omvarld-slack-http")
                executors.insert(0, dispatch)
                health_app.router.add_post(EVENTS_PATH, events_handler(bolt, dispatch))
                self.state.adapters["slack"] = {"mode": "http", "state": "starting"}
            else:
                from slack_bolt.adapter.socket_mode import SocketModeHandler

                socket_handler = SocketModeHandler(bolt, cfg.slack.app_token)
                self.state.adapters["slack"] = {"mode": "socket", "state": "starting"}
                self.state.probes["slack"] = socket_handler.client.is_connected

        if cfg.teams is not None:
            from bot.adapters.teams.app import DELIVERER
            from bot.adapters.teams.app import build_app as build_teams

            teams_app = build_teams(cfg.teams, self.engine, self.store, start_delivery=False, **self.teams_options)
            handlers.update(teams_app[DELIVERER].handlers)
            self.state.adapters["teams"] = {"state": "starting", "anonymous": cfg.teams.anonymous}
            teams_host = "127.0.0.1" if cfg.teams.anonymous else cfg.host
            if cfg.teams_port == cfg.port:  # one port for everything
                for route in list(health_app.router.routes()):
                    if route.resource is not None:
                        teams_app.router.add_route(route.method, route.resource.canonical, route.handler)
                if cfg.teams.anonymous:
                    log.warning("PORT equals TEAMS_PORT with TEAMS_ANONYMOUS=true: listening on 127.0.0.1 only")
                apps = {"http": (teams_app, teams_host, cfg.port)}
            else:
                teams_app.router.add_get(HEALTH_PATH, self._health)
                apps["teams"] = (teams_app, teams_host, cfg.teams_port)

        try:
            for name, (app, host, port) in apps.items():
                runner = web.AppRunner(app, handle_signals=False, access_log=None,
                                       shutdown_timeout=cfg.grace_seconds)
                await runner.setup()
                runners.append(runner)
                site = web.TCPSite(runner, host, port)
                await site.start()
                self.ports[name] = site.port
                log.info("listening on %s:%d (%s)", host, self.ports[name],
                         ", ".join(sorted({r.resource.canonical for r in app.router.routes() if r.resource})))
            if socket_handler is not None:
                await asyncio.to_thread(socket_handler.connect)
            deliverer = Deliverer(self.store, handlers, lease_seconds=cfg.lease_seconds)
            threads.append(deliverer.start(stop_workers, interval=cfg.delivery_interval))
            for start in self.workers:
                threads.append(start(stop_workers))
            for info in self.state.adapters.values():
                info["state"] = "running"
            self.state.phase = "running"
            log.info("serving %s; deliverer %s handles %s (lease %.0f s)", cfg.describe(), deliverer.worker_id,
                     ", ".join(sorted(handlers)), cfg.lease_seconds)
            await self.stop_requested.wait()
        finally:
            await self._shutdown(runners, socket_handler, stop_workers, threads, executors)

    async def _shutdown(self, runners, socket_handler, stop_workers: threading.Event,
                        threads: list[threading.Thread], executors: list[Executor]) -> None:
        started = time.monotonic()
        self.state.phase = "stopping"
        for info in self.state.adapters.values():
            info["state"] = "stopping"
        stop_workers.set()  # the deliverer claims nothing more
        if socket_handler is not None:
            await asyncio.to_thread(socket_handler.close)
        for runner in runners:  # no new connections
            for site in list(runner.sites):
                await site.stop()
        grace = self.config.grace_seconds
        for thread in threads:  # the send in progress, if any, finishes (Teams sends need this loop)
            await asyncio.to_thread(thread.join, grace)
        for runner in runners:  # requests in progress finish, then the apps clean up
            await runner.cleanup()
        for executor in executors:  # answers Bolt acknowledged but is still working out
            await asyncio.to_thread(_drain, executor, max(1.0, grace - (time.monotonic() - started)))
        try:
            pending = len(self.store.list_deliveries(status=DUE))
        except Exception:
            pending = -1
        log.info("stopped in %.1f s; %s deliveries left queued for the next start", time.monotonic() - started,
                 pending if pending >= 0 else "unknown")


def _drain(executor: Executor, timeout: float) -> None:
    """Wait up to `timeout` for an executor's queued and running tasks, then let it go."""
    done = threading.Event()

    def shut_down() -> None:
        executor.shutdown(wait=True)
        done.set()

    threading.Thread(target=shut_down, daemon=True).start()
    if not done.wait(timeout):
        log.warning("answers still running after the grace period; stopping without them")


def open_with_retry(store_factory: Callable[[], Store], wait_seconds: float, interval: float = 2.0) -> Store:
    """The store, once its database answers: a container may start before its database."""
    from sqlalchemy.exc import OperationalError

    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return store_factory()
        except OperationalError as e:
            if time.monotonic() >= deadline:
                raise
            log.warning("database not reachable yet (%s); trying again in %.0f s", type(e.orig).__name__, interval)
            time.sleep(interval)


@dataclass(frozen=True)
class Parts:
    """What the composition root gives the adapters beyond the engine and the store."""

    slack_options: Mapping = field(default_factory=dict)   # build_app keywords for Slack
    teams_options: Mapping = field(default_factory=dict)   # … for Teams
    workers: Sequence[Worker] = ()                          # e.g. the housekeeper's start


def serve(config: ServeSettings, *, engine_factory: Callable[[], AnswerEngine], store_factory: Callable[[], Store],
          parts: Callable[[Store, Sequence[str]], Parts] | None = None,
          knowledge_count: Callable[[AnswerEngine], int] | None = None, database_wait: float = 60.0) -> int:
    """Open the store (migrated; waiting up to `database_wait` seconds for its database), build the
    engine, run the adapters `config` names until stopped.

    `parts(store, platforms)` builds the adapters' extra pieces once the store is open."""
    store = open_with_retry(store_factory, database_wait)
    log.info("starting %s; store %s", config.describe(), store.engine.url.render_as_string(hide_password=True))
    platforms = [name for name, s in (("slack", config.slack), ("teams", config.teams)) if s is not None]
    extra = parts(store, platforms) if parts is not None else Parts()
    engine = engine_factory()
    server = Server(config, engine, store, slack_options=extra.slack_options, teams_options=extra.teams_options,
                    knowledge_count=(lambda: knowledge_count(engine)) if knowledge_count else None,
                    workers=extra.workers)
    try:
        asyncio.run(server.run())
    finally:
        store.close()
    return 0
