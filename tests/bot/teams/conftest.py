"""Fixtures for the Teams adapter: the connector stub, the real app on 127.0.0.1, a temp store,
and a guard that fails any test trying to reach beyond loopback."""
from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading

import pytest
import requests
from aiohttp import web

from bot.adapters.teams.app import build_app
from bot.adapters.teams.settings import TeamsSettings
from tests.servers import stop_loop

from .connector_stub import ConnectorStub
from .fakes import CORA, ScriptedEngine

COORDINATORS = frozenset({CORA["aadObjectId"]})


def _is_loopback(host) -> bool:
    if host in (None, "localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """No test may resolve or connect to anything but loopback (no Entra, no Bot Framework)."""
    real_getaddrinfo, real_connect, real_connect_ex = socket.getaddrinfo, socket.socket.connect, socket.socket.connect_ex

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback(host):
            raise OSError(f"test tried to resolve {host!r}: only loopback is allowed")
        return real_getaddrinfo(host, *args, **kwargs)

    def guard(address):
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            raise OSError(f"test tried to connect to {address!r}: only loopback is allowed")

    def connect(self, address):
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        guard(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


@pytest.fixture
def connector():
    stub = ConnectorStub().start()
    yield stub
    stub.stop()


@pytest.fixture
def engine():
    return ScriptedEngine()


def anonymous_settings(**overrides) -> TeamsSettings:
    values = dict(anonymous=True, coordinator_ids=COORDINATORS)
    values.update(overrides)
    return TeamsSettings(**values)


class RunningApp:
    """build_app(...) served on 127.0.0.1 from its own thread and event loop, as in production."""

    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.runner = web.AppRunner(app)
        self.port: int | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, name="teams-app", daemon=True)

    def start(self) -> "RunningApp":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(10)
        return self

    async def _start(self) -> None:
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(30)
        stop_loop(self.loop, self._thread)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/messages"

    def post(self, activity: dict, token: str | None = None, headers: dict | None = None) -> requests.Response:
        headers = dict(headers or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return requests.post(self.url, json=activity, headers=headers, timeout=20)

    def send(self, activity: dict) -> None:
        """Post an activity and insist Teams would have been told it was accepted."""
        response = self.post(activity)
        assert response.status_code in (200, 202), (response.status_code, response.text)


@pytest.fixture
def serve():
    """serve(settings, engine, store, **build_app options) -> RunningApp; stopped after the test."""
    running: list[RunningApp] = []

    def start(settings, engine, store, **options) -> RunningApp:
        options.setdefault("deliver_interval", 0.05)
        options.setdefault("retry_base_delay", 0.05)
        app = RunningApp(build_app(settings, engine, store, **options)).start()
        running.append(app)
        return app

    yield start
    for app in running:
        app.stop()


@pytest.fixture
def bot(serve, engine, store):
    """The app in anonymous mode (as for local development) with the scripted engine."""
    return serve(anonymous_settings(), engine, store)
