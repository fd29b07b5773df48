"""Requests Slack never sends, against both HTTP servers (`python -m bot slack --http`'s threaded one
and `python -m bot serve`'s aiohttp one): each gets a 4xx at once, without a traceback and without
more than 1 MB of body ever being held, and the bot goes on answering real events."""
from __future__ import annotations

import logging
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiohttp import web

from bot.adapters.slack.http import EVENTS_PATH, events_handler

from ..teams.conftest import RunningApp
from .conftest import sign


@pytest.fixture(params=["threaded", "aiohttp"])
def server(request, slack):
    """(host, port) of a server in front of the test's Slack app."""
    if request.param == "threaded":
        yield "127.0.0.1", slack.server.server_port
        return
    app = web.Application()
    executor = ThreadPoolExecutor(max_workers=2)
    app.router.add_post(EVENTS_PATH, events_handler(slack.app, executor))
    running = RunningApp(app).start()
    yield "127.0.0.1", running.port
    running.stop()
    executor.shutdown(wait=False)


# what exchange() returns when the server closed the connection before the request was all sent,
# and its reply (if it sent one) was lost with the reset
CUT_SHORT = b"closed before the request was sent"


def exchange(address, head: str, body: bytes = b"", *, timeout: float = 5.0) -> bytes:
    """Send a request as raw bytes (anything a client can put on the wire) and return the status line.
    A server still waiting for the body when `timeout` runs out fails the test (socket.timeout)."""
    cut_short = False
    reply = b""
    with socket.create_connection(address, timeout=timeout) as sock:
        try:
            sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        except (BrokenPipeError, ConnectionResetError):
            cut_short = True  # the server stopped reading: it did not hold the connection for the body
        try:
            while b"\r\n" not in reply:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except ConnectionResetError:
            pass
    return CUT_SHORT if cut_short and b"\r\n" not in reply else reply.split(b"\r\n", 1)[0]


def head(content_length: str | None, *, timestamp: str | None = None, signature: str = "v0=0",
         content_type: str = "application/json", extra: str = "") -> str:
    lines = [f"POST {EVENTS_PATH} HTTP/1.1", "Host: bot", f"Content-Type: {content_type}",
             f"X-Slack-Request-Timestamp: {timestamp or int(time.time())}", f"X-Slack-Signature: {signature}"]
    if content_length is not None:
        lines.append(f"Content-Length: {content_length}")
    return "\n".join(lines) + "\n" + extra


def still_answers(slack, stub) -> None:
    slack.mention("Vilka EU-program deltar vi i?")
    stub.wait_for("chat.postMessage")


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "+5", " 12 34"])
def test_a_content_length_that_is_not_a_plain_number_is_400_at_once(server, slack, stub, length):
    """`Content-Length: -1` once made the server read until the client hung up (600 MB in one connection)."""
    status = exchange(server, head(length), b"{" + b" " * 1000)
    assert status.split()[1] == b"400"
    still_answers(slack, stub)


def test_a_body_announced_over_1_mb_is_413_before_it_is_read(server, slack, stub):
    assert exchange(server, head("50000000"), b"{" * 1000).split()[1] == b"413"
    still_answers(slack, stub)


def test_a_chunked_body_over_1_mb_is_refused_without_being_held(server, slack, stub):
    chunk = b" " * 65536
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(20)) + b"0\r\n\r\n"  # 1.3 MB
    status = exchange(server, head(None, extra="Transfer-Encoding: chunked\n"), body)
    # refused with 411/413, or the server answered and hung up while the body was still arriving
    assert status == CUT_SHORT or status.split()[1] in (b"411", b"413")
    still_answers(slack, stub)


@pytest.mark.parametrize("body, content_type", [
    (b"\xff\xfe{\"type\": \"event_callback\"}", "application/json"),
    (b"{\"type\": \"event_callback\", ", "application/json"),
    (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
])
def test_a_body_that_is_not_utf8_or_not_parseable_is_a_4xx_without_a_traceback(server, slack, stub, caplog,
                                                                              body, content_type):
    ts = str(int(time.time()))
    signature = sign(body.decode("latin-1"), ts)
    with caplog.at_level(logging.INFO):
        status = exchange(server, head(str(len(body)), timestamp=ts, signature=signature,
                                       content_type=content_type), body)
    assert status.split()[1] in (b"400", b"401")
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    still_answers(slack, stub)


def test_a_timestamp_that_is_not_a_number_is_401_not_500(server, slack, stub):
    body = b'{"type": "event_callback"}'
    status = exchange(server, head(str(len(body)), timestamp="yesterday"), body)
    assert status.split()[1] == b"401"
    still_answers(slack, stub)

