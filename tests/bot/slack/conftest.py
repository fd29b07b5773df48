"""A running Slack app for the tests: Bolt in HTTP mode on 127.0.0.1, its Web API pointed at a
local Slack stub, the deliverer running with short delays, and a store in tmp_path."""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest

from bot.adapters.slack.app import build_app, start_deliverer
from bot.adapters.slack.http import make_server
from bot.app.settings import Settings
from bot.store import Store

from ...stubs import slack_events
from .fakes import ScriptedEngine
from .slack_stub import BOT_USER_ID, TEAM_ID, SlackStub

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-fake"
COORDINATOR_CHANNEL = "CCOORD"
COORDINATOR = "UCOORD"


def eventually(predicate, timeout: float = 10.0, interval: float = 0.01):
    """Poll until `predicate()` is truthy and return its value; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def sign(body: str, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode("utf-8")
    return "v0=" + hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


class SlackApp:
    """The bot under test, reachable only the way Slack reaches it: signed HTTP requests."""

    _ids = itertools.count(1)

    def __init__(self, stub: SlackStub, engine: ScriptedEngine, store: Store, env: dict, **build) -> None:
        self.stub, self.engine, self.store = stub, engine, store
        self.settings = Settings.from_env(env).slack
        self.app = build_app(self.settings, engine, store, **build)
        self.server = make_server(self.app, "127.0.0.1", 0)
        self.stop_event = threading.Event()
        threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True).start()
        self.deliverer = start_deliverer(self.app, store, self.settings, self.stop_event, interval=0.02,
                                         base_delay=0.05, max_delay=0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/slack/events"

    def close(self) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()
        self.deliverer.join(5)

    # --- requests as Slack sends them ------------------------------------------------------

    def send(self, body: str, content_type: str, *, secret: str = SIGNING_SECRET, headers: dict | None = None,
             timestamp: str | None = None) -> tuple[int, str]:
        ts = timestamp or str(int(time.time()))
        request = urllib.request.Request(self.url, data=body.encode("utf-8"), method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sign(body, ts, secret), **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8")

    def event(self, event: dict, *, event_id: str | None = None, retry_num: int | None = None,
              **options) -> int:
        body = json.dumps({
            "token": "legacy", "team_id": TEAM_ID, "api_app_id": "A1", "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._ids):06d}", "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
            "event": event,
        })
        headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"} if retry_num else {}
        status, _ = self.send(body, "application/json", headers=headers, **options)
        return status

    def mention(self, text: str, *, user: str = "U1", channel: str = "C1", ts: str | None = None,
                thread_ts: str | None = None, **options) -> dict:
        event = {"type": "app_mention", "user": user, "channel": channel, "text": f"<@{BOT_USER_ID}> {text}",
                 "ts": ts or self.stub.next_ts(), "event_ts": "1"}
        if thread_ts:
            event["thread_ts"] = thread_ts
        self.stub.add_message(channel, event["ts"], event["text"], user=user, thread_ts=thread_ts)
        assert self.event(event, **options) == 200
        return event

    def message(self, text: str, *, user: str = "U1", channel: str = "D1", channel_type: str = "im",
                ts: str | None = None, thread_ts: str | None = None, **extra) -> dict:
        event = {"type": "message", "user": user, "channel": channel, "channel_type": channel_type, "text": text,
                 "ts": ts or self.stub.next_ts(), "event_ts": "1", **extra}
        if thread_ts:
            event["thread_ts"] = thread_ts
        if not ts:
            self.stub.add_message(channel, event["ts"], text, user=user, thread_ts=thread_ts)
        assert self.event(event) == 200
        return event

    def command(self, text: str, *, user: str = "U1", channel: str = "C1", response_url: str | None = None) -> int:
        body = urlencode({"token": "legacy", "team_id": TEAM_ID, "api_app_id": "A1", "channel_id": channel,
                          "user_id": user, "command": self.settings.command, "text": text,
                          "response_url": response_url or self.stub.response_url("cmd"), "trigger_id": "t1"})
        status, _ = self.send(body, "application/x-www-form-urlencoded")
        return status

    def click(self, action_id: str, value: str, *, user: str = "U1", channel: str = "C1",
              message: dict | None = None, ephemeral: bool = False, response_url: str | None = None) -> int:
        """A button press on `message` (a recorded chat.postMessage call's message, or None if ephemeral)."""
        container = {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral,
                     "message_ts": (message or {}).get("ts") or self.stub.next_ts()}
        payload = {"type": "block_actions", "user": {"id": user, "team_id": TEAM_ID}, "api_app_id": "A1",
                   "team": {"id": TEAM_ID}, "container": container, "channel": {"id": channel},
                   "trigger_id": "t1", "response_url": response_url or self.stub.response_url("click"),
                   "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value,
                                "action_ts": str(time.time())}]}
        if message is not None:
            payload["message"] = message
        status, _ = self.send(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
        return status

    def submit_view(self, view: dict, edits: dict | None = None, *, user: str = "U1") -> tuple[int, str]:
        """The modal `view` (as the bot opened it, from the stub's views.open) submitted by `user`:
        every input holds its initial value unless `edits` ({block_id: text or option value}) says
        otherwise. Returns Slack's answer to the submission (status, body)."""
        return self._send_view("view_submission", view, edits or {}, user)

    def close_view(self, view: dict, *, user: str = "U1") -> tuple[int, str]:
        """The modal's close button (Cancel)."""
        return self._send_view("view_closed", view, {}, user)

    def _send_view(self, kind: str, view: dict, edits: dict, user: str) -> tuple[int, str]:
        return self.send(slack_events.view_payload(kind, view, edits, user), "application/x-www-form-urlencoded")


@pytest.fixture
def stub():
    s = SlackStub().start()
    yield s
    s.stop()


@pytest.fixture
def engine():
    return ScriptedEngine()


@pytest.fixture
def slack_env(stub):
    return {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": stub.api_url,
            "COORDINATOR_CHANNEL": COORDINATOR_CHANNEL, "COORDINATOR_USER_IDS": COORDINATOR}


@pytest.fixture
def make_slack(stub, engine, store, slack_env):
    apps: list[SlackApp] = []

    def make(env: dict | None = None, *, answers=None, **build) -> SlackApp:
        """`answers`: another engine than the scripted one (e.g. the real engine)."""
        app = SlackApp(stub, answers or engine, store, {**slack_env, **(env or {})}, **build)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


@pytest.fixture
def slack(make_slack):
    return make_slack()
