"""Requests no Teams client sends: each gets a 4xx (never a 500 or a traceback), and the app goes on
answering. Adaptive Card `Action.Execute` invokes are handled like submitted cards."""
from __future__ import annotations

import json
import logging
import socket

import pytest
import requests

from .fakes import CORA, escalated, personal


def post_raw(app, body: bytes, content_type: str = "application/json") -> requests.Response:
    return requests.post(app.url, data=body, headers={"Content-Type": content_type}, timeout=20)


@pytest.mark.parametrize("body, error", [
    (b"[1, 2]", "an activity must be a JSON object"),
    (b'"hi"', "an activity must be a JSON object"),
    (b"null", "an activity must be a JSON object"),
    (b"{}", "an activity needs a type and conversation.id"),
    (b'{"type": "message", "conversation": 5}', "an activity needs a type and conversation.id"),
    (b'{"type": "message", "conversation": {"id": "c"}, "serviceUrl": "http://x", "from": 1}', "not a valid activity"),
    (b"{not json", "invalid JSON"),
    (b"\xff\xfe\x00garbage", "invalid JSON"),
])
def test_a_body_that_is_not_an_activity_is_400(bot, connector, engine, body, error, caplog):
    with caplog.at_level(logging.INFO):
        response = post_raw(bot, body)
    assert (response.status_code, response.json()) == (400, {"error": error})
    assert not [r for r in caplog.records if r.exc_info]
    bot.send(personal("Vad säger policyn?", connector.url))  # and the app still answers
    connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the answer")


def test_an_activity_without_a_service_url_is_400(bot, connector, engine, caplog):
    activity = personal("Vad säger policyn?", connector.url)
    del activity["serviceUrl"]
    with caplog.at_level(logging.INFO):
        response = post_raw(bot, json.dumps(activity).encode())
    assert (response.status_code, response.json()) == (400, {"error": "an activity needs a serviceUrl"})
    assert engine.questions == [] and not [r for r in caplog.records if r.exc_info]


def test_a_body_over_the_limit_is_413_without_reading_all_of_it(bot):
    """Announced as 10 MB; the answer comes after the first megabyte, not after 10."""
    with socket.create_connection(("127.0.0.1", bot.port), timeout=10) as sock:
        sock.sendall(b"POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 10000000\r\n\r\n" + b"{" + b" " * 2_000_000)
        reply = sock.recv(4096)
        # The client stops sending and reads to the end: the server lets the connection go at once. A close
        # with part of the reply unread (a reset) left aiohttp reading the announced rest for its 10 s
        # "lingering" time, and the app's stop at the end of the test waited for it.
        sock.shutdown(socket.SHUT_WR)
        while sock.recv(65536):
            pass
    assert reply.startswith(b"HTTP/1.1 413")


def test_an_action_execute_invoke_is_handled_like_a_submitted_card(bot, connector, engine, store):
    bot.send(personal("registrera", connector.url, user=CORA))
    engine.enqueue(escalated())
    bot.send(personal("Okänd fråga", connector.url))
    [answer] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the answer")
    data = dict(answer.card["actions"][0]["data"])
    invoke = personal(None, connector.url, reply_to_id=answer.new_id)
    invoke.update(type="invoke", name="adaptiveCard/action",
                  value={"action": {"type": "Action.Execute", "verb": data.pop("verb"), "data": data}})

    response = post_raw(bot, json.dumps(invoke).encode())
    assert response.status_code == 200 and response.json()["statusCode"] == 200
    assert store.get_escalation(1).question == "Okänd fråga"


def test_an_invoke_with_an_unknown_action_is_400(bot, connector):
    invoke = personal(None, connector.url)
    invoke.update(type="invoke", name="adaptiveCard/action", value={"action": {"type": "Action.Execute",
                                                                               "verb": "something.else"}})
    response = post_raw(bot, json.dumps(invoke).encode())
    assert response.status_code == 400 and response.json()["statusCode"] == 400
