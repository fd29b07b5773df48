"""A local stand-in for Slack's Web API and response_url webhooks, speaking Slack's JSON wire format.

A real HTTP server on 127.0.0.1 that records every request (method, parsed body, raw body,
Authorization header) and answers like Slack: chat.postMessage, chat.postEphemeral,
chat.update, conversations.replies, views.publish, views.open, auth.test, assistant.threads.*, the file
upload (files.getUploadURLExternal, the POST of the bytes to the upload URL it hands out,
files.completeUploadExternal; `uploads` keeps the bytes received), and anything under
/response/ as a response_url. `fail(method, times, ...)` scripts outages.
Messages the bot posts are kept per thread, so conversations.replies returns them.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T1"


@dataclass
class Call:
    method: str             # Web API method ("chat.postMessage") or "response_url"
    path: str
    params: dict            # the body (JSON or form) and query, parsed; JSON-in-form values decoded
    raw: str                # the body exactly as received
    authorization: str | None
    response: dict = field(default_factory=dict)

    def __getitem__(self, key):
        return self.params[key]

    def get(self, key, default=None):
        return self.params.get(key, default)

    @property
    def blocks(self) -> list[dict]:
        return self.params.get("blocks") or []

    def all_text(self) -> str:
        """Every string the bot sent in this call, joined: what a user could possibly see."""
        out: list[str] = []

        def walk(value):
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, dict):
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)

        walk(self.params)
        return "\n".join(out)


@dataclass
class Failure:
    status: int
    error: str | None
    retry_after: int | None


class SlackStub:
    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._lock = threading.Condition()
        self._failures: dict[str, list[Failure]] = {}
        self._threads: dict[tuple[str, str], list[dict]] = {}
        self._ts = itertools.count(1)
        self._file_ids = itertools.count(1)
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes POSTed to its upload URL
        self._server: ThreadingHTTPServer | None = None
        self.socket_url: str | None = None  # what apps.connections.open hands out (Socket Mode)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> "SlackStub":
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                if self.path.startswith("/upload/"):
                    stub._upload(self, data)
                else:
                    stub._handle(self, data.decode("utf-8"))

            def do_GET(self):
                stub._handle(self, "")

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/"

    @property
    def api_url(self) -> str:
        return self.url + "api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.url}response/{name}"

    # --- scripting -------------------------------------------------------------------------

    def fail(self, method: str, times: int = 1, status: int = 500, error: str | None = None,
             retry_after: int | None = None) -> None:
        """The next `times` calls of `method` fail: HTTP `status`, or 200 with {"ok": false, "error"}."""
        with self._lock:
            self._failures.setdefault(method, []).extend([Failure(status, error, retry_after)] * times)

    def add_message(self, channel: str, ts: str, text: str, user: str = "U1", thread_ts: str | None = None,
                    **extra) -> dict:
        """A message someone wrote, so that conversations.replies returns it."""
        message = {"type": "message", "ts": ts, "user": user, "text": text, **extra}
        root = thread_ts or ts
        if thread_ts:
            message["thread_ts"] = thread_ts
        with self._lock:
            self._threads.setdefault((channel, root), []).append(message)
        return message

    # --- inspection ------------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, method: str | Callable[[Call], bool], count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Block until at least `count` recorded calls match; return them. Fails the test on timeout."""
        match = (lambda c: c.method == method) if isinstance(method, str) else method
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self._calls if match(c)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self._calls]
                    raise AssertionError(f"timed out waiting for {count} × {method!r}; calls so far: {seen}")
                self._lock.wait(left)

    def settle(self, quiet: float = 0.3, timeout: float = 5.0) -> None:
        """Wait until no call has arrived for `quiet` seconds (to check that nothing more happens)."""
        deadline = time.monotonic() + timeout
        last = -1
        while time.monotonic() < deadline:
            with self._lock:
                n = len(self._calls)
            if n == last:
                return
            last = n
            time.sleep(quiet)

    # --- the wire --------------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler, raw: str) -> None:
        parts = urlsplit(handler.path)
        params: dict = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        content_type = handler.headers.get("Content-Type", "")
        if raw and "json" in content_type:
            params.update(json.loads(raw))
        elif raw:
            params.update({k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()})
        for key in ("blocks", "view", "prompts", "metadata", "attachments", "files"):
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        if parts.path.startswith("/api/"):
            method = parts.path[len("/api/"):]
        elif parts.path.startswith("/response/"):
            method = "response_url"
        else:
            method = parts.path
        call = Call(method, parts.path, params, raw, handler.headers.get("Authorization"))
        with self._lock:
            failures = self._failures.get(method) or []
            failure = failures.pop(0) if failures else None
            if failure is None:
                call.response = self._answer(method, params)
            else:
                call.response = {"ok": False, "error": failure.error or "internal_error"}
            self._calls.append(call)
            self._lock.notify_all()
        status = failure.status if failure else 200
        headers = {"Retry-After": str(failure.retry_after)} if failure and failure.retry_after is not None else {}
        if method == "response_url" and failure is None:
            self._reply(handler, 200, "ok", "text/plain", headers)
        else:
            self._reply(handler, status, json.dumps(call.response), "application/json; charset=utf-8", headers)

    def _upload(self, handler: BaseHTTPRequestHandler, data: bytes) -> None:
        """The upload URL: Slack takes the file's bytes as the request body and answers 200 "OK - <size>"."""
        file_id = handler.path.rsplit("/", 1)[-1]
        call = Call("upload", handler.path, {"file_id": file_id, "length": len(data)}, "", None)
        with self._lock:
            self.uploads[file_id] = data
            self._calls.append(call)
            self._lock.notify_all()
        self._reply(handler, 200, f"OK - {len(data)}", "text/plain", {})

    @staticmethod
    def _reply(handler, status: int, body: str, content_type: str, headers: dict) -> None:
        data = body.encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(data)

    def next_ts(self) -> str:
        """A fresh message ts, later than every earlier one (users' and the bot's alike)."""
        return f"1700000000.{next(self._ts):06d}"

    def _answer(self, method: str, p: dict) -> dict:
        """Slack's success response for `method` (called with the lock held)."""
        if method == "auth.test":
            return {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "omvarld",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            channel = str(p.get("channel", ""))
            if channel.startswith("U"):
                channel = "D" + channel[1:]  # posting to a user id opens the DM with them
            ts = self.next_ts()
            message = {"type": "message", "ts": ts, "user": BOT_USER_ID, "bot_id": BOT_ID,
                       "text": p.get("text", ""), "blocks": p.get("blocks", [])}
            thread_ts = p.get("thread_ts")
            if thread_ts:
                message["thread_ts"] = thread_ts
            self._threads.setdefault((channel, thread_ts or ts), []).append(message)
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self.next_ts()}
        if method == "chat.update":
            return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts"), "text": p.get("text", "")}
        if method == "conversations.replies":
            messages = sorted(self._threads.get((p.get("channel"), p.get("ts")), []), key=lambda m: float(m["ts"]))
            return {"ok": True, "messages": messages, "has_more": False}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url} if self.socket_url else {"ok": False, "error": "not_scripted"}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._file_ids):05d}"
            return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = p.get("files")
            files = json.loads(files) if isinstance(files, str) else files or []
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", ""), "channels": [p.get("channel_id")]}
                                          for f in files]}
        if method == "views.publish":
            return {"ok": True, "view": {"id": "V1", **(p.get("view") or {})}}
        if method == "views.open":
            if not p.get("trigger_id"):
                return {"ok": False, "error": "invalid_trigger_id"}
            return {"ok": True, "view": {"id": f"V{next(self._ts):05d}", "team_id": TEAM_ID, "state": {"values": {}},
                                         **(p.get("view") or {})}}
        return {"ok": True}
