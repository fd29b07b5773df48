"""A local OpenAI-compatible HTTP server for tests: real sockets, real wire format, scripted replies.

    with OpenAIStub() as stub:
        stub.enqueue(status=429, headers={"retry-after-ms": "10"})
        stub.enqueue(content="Svaret [1].")
        model = OpenAIChatModel(api_key="sk-test", base_url=stub.url, model="gpt-test")
        ...
        assert stub.requests[-1].headers["authorization"] == "Bearer sk-test"

Serves, under any path prefix (so Azure's /openai/deployments/<name>/... works too):
- POST …/chat/completions: the next enqueued reply (content, HTTP error, delay, raw body);
  with nothing enqueued, `default_content` if set, else an HTTP 400 telling you so (not retried).
  Honours "stream": true with server-sent events.
- POST …/embeddings: deterministic unit vectors from a hash of each input (`embedding_for`),
  as floats or base64 as the request asks; replies enqueued with endpoint="embeddings" go first.
- GET …/models: the one model.

`LocalHTTPStub` is the generic part (server thread, request log, scripted replies, clean stop)
for stubbing other HTTP APIs the same way.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import socket
import struct
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class RecordedRequest:
    """One request as the stub received it."""

    method: str
    path: str                   # without the query string
    query: dict[str, str]
    headers: dict[str, str]     # names lower-cased
    body: bytes
    json: Any = None            # the parsed JSON body, or None

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0          # seconds to wait before answering (cut short when the stub stops)


def json_response(obj: Any, status: int = 200, headers: dict[str, str] | None = None, delay: float = 0.0) -> Response:
    return Response(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"),
                    {"content-type": "application/json", **(headers or {})}, delay)


class LocalHTTPStub:
    """A real HTTP/1.1 server on 127.0.0.1 (a free port) in a background thread.

    Subclasses implement `handle(request) -> Response`. Every request is recorded in `requests`
    before it is answered. Use as a context manager, or `start()` / `stop()`.
    """

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._sockets: set[socket.socket] = set()

    # -- lifecycle ------------------------------------------------------------------
    def start(self) -> "LocalHTTPStub":
        if self._server is not None:
            return self
        stub = self

        class Handler(_Handler):
            pass

        Handler.stub = stub

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def process_request(self, request, client_address):  # type: ignore[override]
                with stub._lock:
                    stub._sockets.add(request)
                super().process_request(request, client_address)

            def shutdown_request(self, request):  # type: ignore[override]
                with stub._lock:
                    stub._sockets.discard(request)
                super().shutdown_request(request)

        self._closing.clear()
        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        name=f"{type(self).__name__}:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._closing.set()  # wakes delayed replies
        self._server.shutdown()
        with self._lock:
            open_sockets = list(self._sockets)
        for sock in open_sockets:  # kept-alive connections: end them so their threads finish
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    # -- addresses and the request log ----------------------------------------------
    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the stub is not running: use `with stub:` or stub.start()")
        return self._server.server_address[1]

    @property
    def root(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until at least `count` requests arrived (for callers that send in the background)."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.requests) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {count} requests within {timeout} s, got {len(self.requests)}")
                self._arrived.wait(left)
            return list(self.requests)

    def _record(self, request: RecordedRequest) -> None:
        with self._arrived:
            self.requests.append(request)
            self._arrived.notify_all()

    def handle(self, request: RecordedRequest) -> Response:  # pragma: no cover - subclasses answer
        return json_response({"error": "not implemented"}, 501)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stub: LocalHTTPStub

    def log_message(self, format: str, *args: Any) -> None:  # tests stay quiet
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("transfer-encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        body = self._read_body()
        url = urlsplit(self.path)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        request = RecordedRequest(self.command, url.path, dict(parse_qsl(url.query)),
                                  {k.lower(): v for k, v in self.headers.items()}, body, parsed)
        self.stub._record(request)
        try:
            response = self.stub.handle(request)
        except Exception as e:  # a bug in a test's handler: say so over HTTP rather than hang
            response = json_response({"error": {"message": f"stub failed: {type(e).__name__}: {e}",
                                                "type": "stub_error", "param": None, "code": None}},
                                     400, {"x-should-retry": "false"})
        if response.delay and self.stub._closing.wait(response.delay):
            self.close_connection = True
            return
        try:
            self.send_response(response.status)
            headers = {"content-type": "application/json", **response.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)
            self.wfile.flush()
        except OSError:  # the client gave up (a timeout) before the answer came
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _dispatch


@dataclass
class _Scripted:
    status: int = 200
    content: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body: Any = None
    finish_reason: str = "stop"


_ERROR_TYPES = {400: "invalid_request_error", 401: "invalid_request_error", 403: "permission_denied",
                404: "invalid_request_error", 408: "timeout", 409: "conflict", 429: "rate_limit_exceeded"}


class OpenAIStub(LocalHTTPStub):
    """An OpenAI-compatible server: chat completions, embeddings and the model list."""

    def __init__(self, *, model: str = "gpt-4o-mini", embedding_dimensions: int = 8,
                 default_content: str | None = None) -> None:
        super().__init__()
        self.model = model
        self.embedding_dimensions = embedding_dimensions
        self.default_content = default_content
        self._queues: dict[str, deque[_Scripted]] = defaultdict(deque)
        self._counter = 0

    @property
    def url(self) -> str:
        """The base URL an OpenAI client wants: http://127.0.0.1:PORT/v1"""
        return f"{self.root}/v1"

    def enqueue(self, content: str | None = None, *, status: int = 200, headers: dict[str, str] | None = None,
                delay: float = 0.0, body: Any = None, finish_reason: str = "stop",
                endpoint: str = "chat") -> "OpenAIStub":
        """Script the next reply of `endpoint` ("chat" or "embeddings").

        content: the assistant's message; status: an HTTP status (>= 400 sends an OpenAI error
        body); headers: extra response headers (e.g. retry-after); delay: seconds before
        answering; body: a raw body (str/bytes) or JSON object sent instead of the usual one.
        """
        if endpoint not in ("chat", "embeddings"):
            raise ValueError("endpoint must be 'chat' or 'embeddings'")
        with self._lock:
            self._queues[endpoint].append(_Scripted(status, content, dict(headers or {}), delay, body, finish_reason))
        return self

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def embedding_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/embeddings")]

    # -- routing ----------------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Response:
        path = request.path.rstrip("/")
        if request.method == "POST" and path.endswith("/chat/completions"):
            return self._chat(request)
        if request.method == "POST" and path.endswith("/embeddings"):
            return self._embeddings(request)
        if request.method == "GET" and path.endswith("/models"):
            return json_response({"object": "list", "data": [
                {"id": self.model, "object": "model", "created": 0, "owned_by": "stub"}]})
        return self._error(404, f"stub: no route for {request.method} {request.path}", {"x-should-retry": "false"})

    def _next(self, endpoint: str) -> _Scripted | None:
        with self._lock:
            queue = self._queues[endpoint]
            return queue.popleft() if queue else None

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None, delay: float = 0.0) -> Response:
        kind = _ERROR_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
        return json_response({"error": {"message": message, "type": kind, "param": None, "code": kind}},
                             status, headers, delay)

    def _scripted_error_or_raw(self, item: _Scripted) -> Response | None:
        if item.body is not None:
            raw = item.body
            if isinstance(raw, (dict, list)):
                return json_response(raw, item.status, item.headers, item.delay)
            data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
            return Response(item.status, data, {"content-type": "application/json", **item.headers}, item.delay)
        if item.status >= 400:
            return self._error(item.status, f"stub: scripted HTTP {item.status}", item.headers, item.delay)
        return None

    def _chat(self, request: RecordedRequest) -> Response:
        item = self._next("chat")
        if item is None:
            if self.default_content is None:
                return self._error(400, "stub: no chat reply enqueued", {"x-should-retry": "false"})
            item = _Scripted(content=self.default_content)
        special = self._scripted_error_or_raw(item)
        if special is not None:
            return special
        payload = request.json if isinstance(request.json, dict) else {}
        model = payload.get("model") or self.model
        content = item.content or ""
        with self._lock:
            self._counter += 1
            completion_id = f"chatcmpl-stub{self._counter}"
        created = int(time.time())
        prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in payload.get("messages", [])
                            if isinstance(m, dict))
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": len(content.split()),
                 "total_tokens": prompt_tokens + len(content.split())}
        headers = {"x-request-id": f"req_stub{self._counter}", **item.headers}
        if payload.get("stream"):
            return self._stream(completion_id, created, model, content, item, usage, payload, headers)
        return json_response({
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                         "logprobs": None, "finish_reason": item.finish_reason}],
            "usage": usage,
            "system_fingerprint": "fp_stub",
        }, item.status, headers, item.delay)

    def _stream(self, completion_id, created, model, content, item, usage, payload, headers) -> Response:
        def chunk(delta: dict, finish: str | None) -> bytes:
            data = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                    "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
            return f"data: {json.dumps(data, ensure_ascii=False)}\n\n".encode("utf-8")

        parts = [chunk({"role": "assistant", "content": ""}, None)]
        parts += [chunk({"content": word}, None) for word in _pieces(content)]
        parts.append(chunk({}, item.finish_reason))
        if (payload.get("stream_options") or {}).get("include_usage"):
            data = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                    "choices": [], "usage": usage}
            parts.append(f"data: {json.dumps(data)}\n\n".encode("utf-8"))
        parts.append(b"data: [DONE]\n\n")
        return Response(item.status, b"".join(parts), {"content-type": "text/event-stream", **headers}, item.delay)

    def _embeddings(self, request: RecordedRequest) -> Response:
        item = self._next("embeddings")
        if item is not None:
            special = self._scripted_error_or_raw(item)
            if special is not None:
                return special
        payload = request.json if isinstance(request.json, dict) else {}
        raw = payload.get("input")
        if isinstance(raw, str) or (isinstance(raw, list) and raw and isinstance(raw[0], int)):
            inputs = [raw]
        elif isinstance(raw, list) and raw:
            inputs = raw
        else:
            return self._error(400, "stub: 'input' must be a string, a list of strings or token lists",
                               {"x-should-retry": "false"})
        dimensions = int(payload.get("dimensions") or self.embedding_dimensions)
        as_base64 = payload.get("encoding_format") == "base64"
        data = []
        for index, value in enumerate(inputs):
            vector = self.embedding_for(value, dimensions)
            encoded: Any = (base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode("ascii")
                            if as_base64 else vector)
            data.append({"object": "embedding", "index": index, "embedding": encoded})
        tokens = sum(len(v) if isinstance(v, list) else len(str(v).split()) for v in inputs)
        return json_response({"object": "list", "data": data, "model": payload.get("model") or "stub-embedding",
                              "usage": {"prompt_tokens": tokens, "total_tokens": tokens}},
                             headers=item.headers if item else None, delay=item.delay if item else 0.0)

    @staticmethod
    def embedding_for(value: str | list[int], dimensions: int = 8) -> list[float]:
        """The unit vector the stub returns for one input (a string or a list of token ids)."""
        text = value if isinstance(value, str) else json.dumps(value)
        numbers: list[float] = []
        block = 0
        while len(numbers) < dimensions:
            digest = hashlib.sha256(f"{block}:{text}".encode("utf-8")).digest()
            numbers += [int.from_bytes(digest[i:i + 4], "big") / 2**31 - 1.0 for i in range(0, 32, 4)]
            block += 1
        numbers = numbers[:dimensions]
        norm = math.sqrt(sum(x * x for x in numbers)) or 1.0
        return [x / norm for x in numbers]


def _pieces(text: str) -> list[str]:
    """The content in a few streamed deltas (word by word, spaces kept)."""
    words = text.split(" ")
    return [w if i == len(words) - 1 else w + " " for i, w in enumerate(words) if w or i < len(words) - 1]
