"""HTTP mode: one endpoint, POST /slack/events, for events, interactivity and slash commands.

A small threading server around Bolt's `App.dispatch` (Bolt verifies the signature and answers
401 to a bad one). Listeners acknowledge at once and work on in Bolt's executor, so Slack gets
its response well within 3 seconds. GET /healthz answers "ok" for load balancers.
`events_handler` is the same endpoint as an aiohttp handler, for `python -m bot serve`.

Both refuse, before Bolt sees it, what cannot be a request from Slack: a Content-Length that is
not a plain number (400) or over 1 MB (413), a body that is not UTF-8 or cannot be parsed (400),
a timestamp that is not a number (401). Neither ever holds more than 1 MB of a body, and a
client that stops sending is dropped after 30 s.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiohttp import web
from multidict import CIMultiDict
from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000
READ_TIMEOUT_SECONDS = 30  # a client that stops sending mid-request is dropped after this


class Refused(Exception):
    """A request that cannot be a genuine one from Slack; `status` is the 4xx to answer with."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def content_length(value: str | None) -> int:
    """The declared body size; Refused(400) unless it is a plain non-negative integer, 413 if over the limit."""
    if value is None:
        return 0
    value = value.strip()
    if not value.isascii() or not value.isdigit():
        raise Refused(400, "bad content-length")
    length = int(value)
    if length > MAX_BODY_BYTES:
        raise Refused(413, "too large")
    return length


def bolt_request(body: bytes, query: str, headers: dict[str, str]) -> BoltRequest:
    """The request as Bolt takes it, or Refused: a body that is not UTF-8 or not parseable (400), a
    timestamp that is not a number (401, as for any unverifiable signature)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "body is not UTF-8") from None
    timestamp = headers.get("x-slack-request-timestamp")
    if timestamp is not None and not (timestamp.isascii() and timestamp.strip().isdigit()):
        raise Refused(401, "invalid request")
    try:
        return BoltRequest(body=text, query=query, headers=dict(headers))
    except Exception:  # Bolt parses the body before it checks the signature
        raise Refused(400, "malformed body") from None


def dispatch(app: App, request: BoltRequest) -> BoltResponse:
    """Bolt's answer; a failure inside Bolt is a 500 with a one-line log (no body, no traceback of it)."""
    try:
        return app.dispatch(request)
    except Exception as e:
        log.error("Slack request not handled (%s)", type(e).__name__)
        return BoltResponse(status=500, body="")


def make_server(app: App, host: str, port: int) -> ThreadingHTTPServer:
    """A server bound to (host, port) — port 0 picks a free one; call serve_forever() to run it."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = READ_TIMEOUT_SECONDS

        def do_POST(self) -> None:
            path, _, query = self.path.partition("?")
            if path != EVENTS_PATH:
                self._refuse(404, "not found")
                return
            try:
                if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                    raise Refused(411, "length required")
                length = content_length(self.headers.get("Content-Length"))
                body = self.rfile.read(length)
                if len(body) < length:
                    raise Refused(400, "body shorter than its content-length")
                headers = {k.lower(): v for k, v in self.headers.items()}
                request = bolt_request(body, query, headers)
            except Refused as e:
                self._refuse(e.status, e.reason)
                return
            response = dispatch(app, request)
            self._send(response.status, response.headers, response.body)

        def do_GET(self) -> None:
            if self.path.partition("?")[0] == "/healthz":
                self._send(200, {"content-type": ["text/plain"]}, "ok")
            else:
                self._send(404, {}, "not found")

        def _refuse(self, status: int, reason: str) -> None:
            self.close_connection = True  # what is left of the body must not be read as the next request
            self._send(status, {"connection": "close"}, reason)

        def _send(self, status: int, headers: dict, body) -> None:
            data = (body if isinstance(body, str) else str(body or "")).encode("utf-8")
            self.send_response(status)
            for name, values in headers.items():
                if name.lower() in ("content-length", "connection"):
                    continue
                for value in values if isinstance(values, (list, tuple)) else [values]:
                    self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:  # path and status only, never bodies
            log.debug("%s %s", self.address_string(), format % args)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


async def _read_bounded(request: web.Request) -> bytes:
    """The body, never more than MAX_BODY_BYTES of it in memory (also without a Content-Length)."""
    content_length(request.headers.get("Content-Length"))
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await request.content.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise Refused(413, "too large")
        chunks.append(chunk)


def events_handler(app: App, executor: Executor):
    """POST /slack/events for an aiohttp application: Bolt's dispatch runs in `executor`
    (it acknowledges quickly; the listeners go on in Bolt's own executor)."""

    async def handle(request: web.Request) -> web.Response:
        try:
            body = await asyncio.wait_for(_read_bounded(request), READ_TIMEOUT_SECONDS)
            headers = {k.lower(): v for k, v in request.headers.items()}
            bolt = bolt_request(body, request.query_string, headers)
        except Refused as e:
            return web.Response(status=e.status, text=e.reason, headers={"Connection": "close"})
        except asyncio.TimeoutError:
            return web.Response(status=408, text="request timeout", headers={"Connection": "close"})
        response = await asyncio.get_running_loop().run_in_executor(executor, dispatch, app, bolt)
        out: CIMultiDict[str] = CIMultiDict()
        for name, values in response.headers.items():
            if name.lower() in ("content-length", "connection"):
                continue
            for value in values if isinstance(values, (list, tuple)) else [values]:
                out.add(name, str(value))
        body_out = response.body if isinstance(response.body, str) else str(response.body or "")
        return web.Response(status=response.status, body=body_out.encode("utf-8"), headers=out)

    return handle
