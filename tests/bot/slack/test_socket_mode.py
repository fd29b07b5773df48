"""Socket Mode: `main` without --http opens a WebSocket from apps.connections.open, acknowledges
envelopes and answers through the Web API. Here the WebSocket end is a local aiohttp server."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from aiohttp import WSMsgType, web

from tests.servers import stop_loop

from .conftest import BOT_TOKEN
from .fakes import serve_program

APP_TOKEN = "xapp-test-app-token"


class SocketModeServer:
    """Slack's side of a Socket Mode connection: hello, then the queued envelopes; records acks."""

    def __init__(self) -> None:
        self.envelopes: list[dict] = []
        self.acks: list[dict] = []
        self.acked = threading.Event()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="socket-mode-server", daemon=True)
        self._runner: web.AppRunner | None = None

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        pinging = asyncio.ensure_future(self._ping(ws))
        try:
            await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"},
                                "debug_info": {"host": "test"}})
            for envelope in self.envelopes:
                await ws.send_json(envelope)
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    self.acks.append(json.loads(message.data))
                    self.acked.set()
        finally:
            pinging.cancel()
        return ws

    @staticmethod
    async def _ping(ws: web.WebSocketResponse, every: float = 0.1) -> None:
        """Ping the client, as Slack does (here more often). slack_sdk's client waits to receive for up to
        3 s holding its socket, which its close() needs: a frame now and then lets the bot stop at once."""
        with contextlib.suppress(ConnectionError):
            while not ws.closed:
                await ws.ping()
                await asyncio.sleep(every)

    def start(self) -> "SocketModeServer":
        started = threading.Event()

        async def serve():
            app = web.Application()
            app.router.add_get("/link", self._link)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]
            started.set()

        self._thread.start()
        asyncio.run_coroutine_threadsafe(serve(), self._loop)
        assert started.wait(5)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(5)
        stop_loop(self._loop, self._thread)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link"


@pytest.fixture
def socket_server():
    server = SocketModeServer().start()
    yield server
    server.stop()


def test_socket_mode_acknowledges_the_envelope_and_answers_in_the_thread(stub, socket_server, tmp_path):
    stub.socket_url = socket_server.url
    socket_server.envelopes.append({
        "envelope_id": "env-1", "type": "events_api", "accepts_response_payload": False, "retry_attempt": 0,
        "payload": {"type": "event_callback", "event_id": "EvSock", "team_id": "T1", "api_app_id": "A1",
                    "event": {"type": "app_mention", "user": "U1", "channel": "C1",
                              "text": "<@UBOT> Vilka EU-program?", "ts": "1700000000.600000"}}})
    program = serve_program(tmp_path / "e.sqlite3")
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_SIGNING_SECRET": "",
           "SLACK_API_URL": stub.api_url, "COORDINATOR_CHANNEL": "CCOORD", "PORT": "0"}
    proc = subprocess.Popen([sys.executable, "-c", program], env=env, cwd=Path(__file__).resolve().parents[3])
    try:
        opened = stub.wait_for("apps.connections.open", timeout=20)[0]
        assert opened.authorization == f"Bearer {APP_TOKEN}"
        assert socket_server.acked.wait(10) and socket_server.acks[0]["envelope_id"] == "env-1"
        post = stub.wait_for("chat.postMessage", timeout=10)[0]
        assert post["thread_ts"] == "1700000000.600000" and "Erasmus+" in post.all_text()
        assert post.authorization == f"Bearer {BOT_TOKEN}"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert code == 0
