"""HTTP mode: one endpoint, POST /slack/events, for events, interactivity and slash commands.

A small threading server around Bolt's `App.dispatch` (Bolt verifies the signature and answers
401 to a bad one). Listeners acknowledge at once and work on in Bolt's executor, so Slack gets
its response well within 3 seconds. GET /healthz answers "ok" for load balancers.
`events_handler` is the same endpoint as an aiohttp handler, for `python -m bot serve`.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Sequence

from aiohttp import web
from multidict import CIMultiDict
from slack_bolt import App
from slack_bolt.request import BoltRequest

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000


def make_server(app: App, host: str, port: int) -> ThreadingHTTPServer:
    """A server bound to (host, port) — port 0 picks a free one; call serve_forever() to run it."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            path, _, query = self.path.partition("?")
            length = int(self.headers.get("Content-Length") or 0)
            if path != EVENTS_PATH:
                self._send(404, {}, "not found")
                return
            if length > MAX_BODY_BYTES:
                self._send(413, {}, "too large")
                return
            body = self.rfile.read(length).decode("utf-8")
            headers: dict[str, str | Sequence[str]] = {k.lower(): v for k, v in self.headers.items()}
            response = app.dispatch(BoltRequest(body=body, query=query, headers=headers))
            self._send(response.status, response.headers, response.body)

        def do_GET(self) -> None:
            if self.path.partition("?")[0] == "/healthz":
                self._send(200, {"content-type": ["text/plain"]}, "ok")
            else:
                self._send(404, {}, "not found")

        def _send(self, status: int, headers: dict, body) -> None:
            data = (body if isinstance(body, str) else str(body or "")).encode("utf-8")
            self.send_response(status)
            for name, values in headers.items():
                if name.lower() in ("content-length", "connection"):
                    continue
                for value in values if isinstance(values, (list, tuple)) else [values]:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:  # path and status only, never bodies
            log.debug("%s %s", self.address_string(), format % args)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


def events_handler(app: App, executor: Executor):
    """POST /slack/events for an aiohttp application: Bolt's dispatch runs in `executor`
    (it acknowledges quickly; the listeners go on in Bolt's own executor)."""

    async def handle(request: web.Request) -> web.Response:
        if (request.content_length or 0) > MAX_BODY_BYTES:
            return web.Response(status=413, text="too large")
        body = (await request.read()).decode("utf-8")
        headers: dict[str, str | Sequence[str]] = {k.lower(): v for k, v in request.headers.items()}
        bolt_request = BoltRequest(body=body, query=request.query_string, headers=headers)
        response = await asyncio.get_running_loop().run_in_executor(executor, app.dispatch, bolt_request)
        out: CIMultiDict[str] = CIMultiDict()
        for name, values in response.headers.items():
            if name.lower() in ("content-length", "connection"):
                continue
            for value in values if isinstance(values, (list, tuple)) else [values]:
                out.add(name, str(value))
        body_out = response.body if isinstance(response.body, str) else str(response.body or "")
        return web.Response(status=response.status, body=body_out.encode("utf-8"), headers=out)

    return handle
