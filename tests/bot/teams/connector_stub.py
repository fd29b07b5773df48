"""A local stand-in for the Bot Framework connector (the `serviceUrl` Teams gives the bot).

A real HTTP server on 127.0.0.1 that speaks the connector's REST protocol closely enough for
the Agents SDK's ConnectorClient:

    POST /v3/conversations                                  create a conversation (a new channel thread)
    POST /v3/conversations/{conversationId}/activities      send to a conversation
    POST /v3/conversations/{conversationId}/activities/{id} reply to an activity
    PUT  /v3/conversations/{conversationId}/activities/{id} update an activity

Every request is recorded with its JSON body and Authorization header, including the ones
the stub was told to fail (`fail_next(n, status)`), so a test can assert what a user would
have seen and how often the bot tried.
"""
from __future__ import annotations

import asyncio
import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from aiohttp import web

from tests.servers import stop_loop


@dataclass
class Recorded:
    method: str
    path: str
    conversation_id: str | None
    activity_id: str | None  # the activity replied to or updated, from the URL
    body: dict
    authorization: str | None
    status: int
    new_id: str | None = None  # the id the stub gave the created activity / conversation

    @property
    def ok(self) -> bool:
        return self.status < 300

    @property
    def card(self) -> dict | None:
        """The Adaptive Card of the activity sent, if it carried one."""
        for a in self.body.get("attachments") or []:
            if a.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return a.get("content")
        return None


@dataclass
class _Failure:
    remaining: int
    status: int
    match: Callable[[str, str, dict], bool]
    headers: dict = field(default_factory=dict)


class ConnectorStub:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._failures: list[_Failure] = []
        self._ids = itertools.count(1000)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> "ConnectorStub":
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="connector-stub", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("connector stub did not start")
        return self

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create_conversation)
        app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        app.router.add_post("/v3/conversations/{conversation}/activities/{activity}", self._send)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._update)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        stop_loop(self._loop, self._thread)
        self._loop = None

    @property
    def url(self) -> str:
        """What the test activities carry as serviceUrl."""
        return f"http://127.0.0.1:{self.port}/"

    # --- scripting -----------------------------------------------------------------------

    def fail_next(self, n: int, status: int = 503, *, path: str | None = None, path_contains: str = "",
                  method: str | None = None, activity_type: str | None = "message",
                  headers: dict | None = None) -> None:
        """Answer the next `n` matching requests with `status` instead of accepting them.

        Matches on the exact `path` or a `path_contains` substring, the HTTP `method`, and the
        type of the activity sent (by default messages only, so a typing indicator does not
        use up a scripted failure).
        """
        def match(m: str, p: str, body: dict) -> bool:
            sent = body.get("activity", body) if p == "/v3/conversations" else body
            return ((path is None or p == path) and path_contains in p and (method is None or m == method)
                    and (activity_type is None or sent.get("type", "message") == activity_type))

        with self._lock:
            self._failures.append(_Failure(n, status, match, headers or {}))

    def _scripted_failure(self, method: str, path: str, body: dict) -> _Failure | None:
        with self._lock:
            for f in self._failures:
                if f.remaining > 0 and f.match(method, path, body):
                    f.remaining -= 1
                    return f
        return None

    # --- handlers ------------------------------------------------------------------------

    async def _record(self, request: web.Request) -> tuple[Recorded, _Failure | None]:
        try:
            body = await request.json()
        except Exception:
            body = {}
        body = body if isinstance(body, dict) else {}
        failure = self._scripted_failure(request.method, request.path, body)
        rec = Recorded(request.method, request.path, request.match_info.get("conversation"),
                       request.match_info.get("activity"), body, request.headers.get("Authorization"),
                       failure.status if failure else 200)
        with self._lock:
            self.requests.append(rec)
        return rec, failure

    @staticmethod
    def _fail(failure: _Failure) -> web.Response:
        return web.json_response({"error": {"code": "ServiceError", "message": "scripted failure"}},
                                 status=failure.status, headers=failure.headers)

    async def _create_conversation(self, request: web.Request) -> web.Response:
        rec, failure = await self._record(request)
        if failure:
            return self._fail(failure)
        channel = ((rec.body.get("channelData") or {}).get("channel") or {}).get("id") or "a:new"
        activity_id = str(next(self._ids))
        rec.new_id = activity_id
        return web.json_response({"id": f"{channel};messageid={activity_id}", "activityId": activity_id,
                                  "serviceUrl": self.url}, status=201)

    async def _send(self, request: web.Request) -> web.Response:
        rec, failure = await self._record(request)
        if failure:
            return self._fail(failure)
        rec.new_id = str(next(self._ids))
        return web.json_response({"id": rec.new_id}, status=201)

    async def _update(self, request: web.Request) -> web.Response:
        rec, failure = await self._record(request)
        if failure:
            return self._fail(failure)
        return web.json_response({"id": rec.activity_id}, status=200)

    # --- reading what happened -----------------------------------------------------------

    def snapshot(self) -> list[Recorded]:
        with self._lock:
            return list(self.requests)

    def messages(self, conversation_id: str | None = None, *, delivered: bool = True) -> list[Recorded]:
        """Message activities sent or created (not typing indicators, not updates), in order."""
        out = []
        for r in self.snapshot():
            if r.method != "POST" or (delivered and not r.ok):
                continue
            body = r.body.get("activity", r.body) if r.path == "/v3/conversations" else r.body
            if body.get("type", "message") != "message":
                continue
            conv = r.conversation_id if r.path != "/v3/conversations" else \
                ((r.body.get("channelData") or {}).get("channel") or {}).get("id")
            if conversation_id is None or conv == conversation_id:
                out.append(r)
        return out

    def updates(self) -> list[Recorded]:
        return [r for r in self.snapshot() if r.method == "PUT" and r.ok]

    def wait_for(self, predicate: Callable[[list[Recorded]], object], timeout: float = 10.0,
                 what: str = "the expected requests") -> object:
        """Poll the recorded requests until `predicate(requests)` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate(self.snapshot())
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; got {[(r.method, r.path, r.status) for r in self.snapshot()]}")
            time.sleep(0.02)
