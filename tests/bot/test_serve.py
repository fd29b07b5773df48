"""`python -m bot serve`: Slack and Teams in one process with one deliverer, /healthz, a graceful stop.

The server runs in this process (its own thread and event loop) with scripted engines, the
Slack Web API stub and the Teams connector stub; tests/deploy/ runs it as real processes.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request

import pytest
import requests

from bot.adapters.teams.settings import TeamsSettings
from bot.app import cli
from bot.app.serve import ServeConfigError, Server, ServeSettings
from bot.app.settings import Settings, SettingsError
from bot.store import Store

from ..servers import free_port
from .slack.conftest import BOT_TOKEN, COORDINATOR_CHANNEL, SIGNING_SECRET, eventually, sign
from .slack.fakes import ScriptedEngine, answered
from .slack.slack_stub import BOT_USER_ID, SlackStub
from .teams.connector_stub import ConnectorStub
from .teams.fakes import personal

# --- which adapters the settings ask for --------------------------------------------------------


@pytest.mark.parametrize("env, expected", [
    ({}, []),
    ({"SLACK_BOT_TOKEN": "xoxb-1"}, ["slack"]),
    ({"TEAMS_ANONYMOUS": "false"}, []),
    ({"TEAMS_ANONYMOUS": "False", "SLACK_BOT_TOKEN": "xoxb-1"}, ["slack"]),
    ({"TEAMS_ANONYMOUS": "true"}, ["teams"]),
    ({"TEAMS_APP_ID": "app", "SLACK_BOT_TOKEN": "xoxb-1"}, ["slack", "teams"]),
])
def test_configured_platforms_reads_teams_anonymous_as_a_yes_or_no(env, expected):
    assert Settings.from_env(env).platforms == expected


def test_run_starts_the_chat_when_teams_anonymous_is_false_and_serve_when_something_is_configured(monkeypatch):
    chosen = []
    monkeypatch.setitem(cli.COMMANDS, "run", cli.cmd_run)
    monkeypatch.setattr(cli, "cmd_chat", lambda settings, args: chosen.append("chat") or 0)
    monkeypatch.setattr(cli, "cmd_serve", lambda settings, args: chosen.append("serve") or 0)
    monkeypatch.setenv("TEAMS_ANONYMOUS", "false")
    assert cli.main(["run"]) == 0
    monkeypatch.setenv("TEAMS_ANONYMOUS", "true")
    assert cli.main(["run"]) == 0
    monkeypatch.delenv("TEAMS_ANONYMOUS")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    assert cli.main(["run"]) == 0
    assert chosen == ["chat", "serve", "serve"]


def test_run_refuses_a_teams_anonymous_that_is_neither_yes_nor_no(monkeypatch, capsys):
    monkeypatch.setenv("TEAMS_ANONYMOUS", "maybe")
    assert cli.main(["run"]) == 2
    assert "TEAMS_ANONYMOUS must be true or false" in capsys.readouterr().err


def test_serve_settings_say_everything_that_is_wrong_at_once():
    with pytest.raises(SettingsError) as bad:
        Settings.from_env({"DELIVERY_LEASE_SECONDS": "soon", "PORT": "80a"})
    assert bad.value.problems == ["PORT must be a port number, not '80a'.",
                                  "DELIVERY_LEASE_SECONDS must be a number, not 'soon'."]
    with pytest.raises(ServeConfigError) as e:
        ServeSettings.from_settings(Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "TEAMS_APP_ID": "app"}))
    message = str(e.value)
    assert "SLACK_SIGNING_SECRET" in message and "TEAMS_APP_PASSWORD" in message
    with pytest.raises(ServeConfigError, match="neither Slack nor Teams"):
        ServeSettings.from_settings(Settings.from_env({"TEAMS_ANONYMOUS": "no"}))


def test_serve_without_settings_exits_2_without_building_the_engine(capsys, monkeypatch):
    from bot.app import wiring

    built = []
    monkeypatch.setattr(wiring, "serving_engine", lambda settings: built.append("engine"))
    monkeypatch.setattr(wiring, "open_store", lambda settings: built.append("store"))
    assert cli.main(["serve"]) == 2
    assert "neither Slack nor Teams is configured" in capsys.readouterr().err and not built
    monkeypatch.setenv("PORT", "three thousand")
    assert cli.main(["serve"]) == 2
    assert "PORT must be a port number, not 'three thousand'" in capsys.readouterr().err and not built


# --- a running server ----------------------------------------------------------------------------


class Running:
    """A Server on its own thread and event loop, on loopback ports."""

    def __init__(self, config: ServeSettings, engine, store: Store, **options) -> None:
        self.server = Server(config, engine, store, **options)
        self.config = config
        self.errors: list[BaseException] = []
        self.thread = threading.Thread(target=self._run, name="serve", daemon=True)
        self.thread.start()
        eventually(lambda: self.server.state.phase == "running" or self.errors, timeout=20)
        assert not self.errors, self.errors

    def _run(self) -> None:
        try:
            asyncio.run(self.server.run())
        except BaseException as e:  # shown by the test
            self.errors.append(e)

    def stop(self, timeout: float = 30) -> None:
        self.server.stop()
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the server did not stop"

    def health(self, port: int | None = None) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port or self.config.port}/healthz", timeout=10) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def slack_event(self, event: dict, event_id: str) -> int:
        body = json.dumps({"type": "event_callback", "event_id": event_id, "team_id": "T1", "event": event,
                           "authorizations": [{"team_id": "T1", "user_id": BOT_USER_ID, "is_bot": True}]})
        ts = str(int(time.time()))
        request = urllib.request.Request(f"http://127.0.0.1:{self.config.port}/slack/events", data=body.encode(),
                                         headers={"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts,
                                                  "X-Slack-Signature": sign(body, ts)})
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status


def mention(text: str, ts: str, channel: str = "C1") -> dict:
    return {"type": "app_mention", "user": "U1", "channel": channel, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts}


@pytest.fixture
def stub():
    s = SlackStub().start()
    yield s
    s.stop()


@pytest.fixture
def connector():
    c = ConnectorStub().start()
    yield c
    c.stop()


@pytest.fixture
def config(stub):
    slack = Settings.from_env({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                                    "SLACK_API_URL": stub.api_url, "COORDINATOR_CHANNEL": COORDINATOR_CHANNEL}).slack
    return ServeSettings(slack=slack, slack_http=True, teams=TeamsSettings(anonymous=True), host="127.0.0.1",
                         port=free_port(), teams_port=free_port(), delivery_interval=0.05, grace_seconds=10)


@pytest.fixture
def run():
    started: list[Running] = []

    def start(*args, **options) -> Running:
        server = Running(*args, **options)
        started.append(server)
        return server

    yield start
    for server in started:
        if server.thread.is_alive():
            server.stop()


def test_healthz_reports_the_store_the_knowledge_base_and_each_adapter_on_every_port(run, config, store):
    server = run(config, ScriptedEngine(), store, knowledge_count=lambda: 30)
    for port in (config.port, config.teams_port):
        status, report = server.health(port)
        assert status == 200 and report["status"] == "ok"
        assert report["store"] == {"ok": True, "backend": "sqlite"}
        assert report["knowledge"] == {"ok": True, "chunks": 30}
        assert report["adapters"] == {"slack": {"mode": "http", "state": "running"},
                                      "teams": {"state": "running", "anonymous": True}}


def test_healthz_is_503_and_names_the_broken_part_without_secrets(run, config, tmp_path):
    unreachable = Store.from_url(f"postgresql+psycopg://omvarld:s3cret@127.0.0.1:{free_port()}/omvarld")

    def chroma_down() -> int:
        raise ConnectionError("chroma unreachable")

    server = run(config, ScriptedEngine(), unreachable, knowledge_count=chroma_down)
    status, report = server.health()
    assert status == 503 and report["status"] == "unhealthy"
    assert report["store"] == {"ok": False, "backend": "postgresql", "error": "OperationalError"}
    assert report["knowledge"] == {"ok": False, "error": "ConnectionError"}
    assert "s3cret" not in json.dumps(report)


def test_an_empty_knowledge_base_is_unhealthy(run, config, store):
    server = run(config, ScriptedEngine(), store, knowledge_count=lambda: 0)
    status, report = server.health()
    assert status == 503 and report["knowledge"] == {"ok": False, "chunks": 0}


def test_one_process_answers_slack_and_teams_and_one_deliverer_sends_for_both(run, config, store, stub, connector):
    engine = ScriptedEngine(answered("Kommunen ska delta i EU-program [1]."))
    server = run(config, engine, store, knowledge_count=lambda: 30)

    assert server.slack_event(mention("Vilka EU-program?", "1700000000.000100"), "EvServe1") == 200
    slack_answer = stub.wait_for("chat.postMessage")[0]
    assert slack_answer["thread_ts"] == "1700000000.000100" and "EU-program" in slack_answer.all_text()

    response = requests.post(f"http://127.0.0.1:{config.teams_port}/api/messages",
                             json=personal("Vilka EU-program?", connector.url), timeout=20)
    assert response.status_code in (200, 202)
    [teams_answer] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the answer")
    assert "EU-program" in json.dumps(teams_answer.card, ensure_ascii=False)

    # queued messages for both platforms (as a retried answer would be) go out through one worker
    where = [q for q in store.questions_between() if q.platform == "teams"][0].origin
    store.enqueue("slack.post", None, {"channel": "C9", "text": "Köad i Slack"}, "queued:slack")
    store.enqueue("teams.post", None, {"where": where, "activity": {"type": "message", "text": "Köad i Teams"}},
                  "queued:teams")
    stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("text") == "Köad i Slack")
    connector.wait_for(lambda _: [m for m in connector.messages("a:personal-29:anna")
                                  if m.body.get("text") == "Köad i Teams"], what="the queued Teams message")
    eventually(lambda: all(d.status == "delivered" for d in store.list_deliveries()))
    with store.engine.connect() as conn:
        from sqlalchemy import text

        workers = {r[0] for r in conn.execute(text("SELECT leased_by FROM deliveries"))}
    assert len(workers) == 1


class HeldEngine(ScriptedEngine):
    """Answers only when `release` is set, so an answer can be in progress at the stop."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def answer(self, question):
        self.started.set()
        assert self.release.wait(20)
        return super().answer(question)


def test_a_stop_finishes_the_answer_in_progress_refuses_new_requests_and_leaves_the_queue(
        run, config, store, stub):
    engine = HeldEngine()
    server = run(config, engine, store)
    assert server.slack_event(mention("Vilka EU-program?", "1700000000.000200"), "EvHeld") == 200
    assert engine.started.wait(10)

    server.server.stop()  # what SIGTERM does
    eventually(lambda: server.server.state.phase == "stopping")
    store.enqueue("slack.post", None, {"channel": "C9", "text": "Köad under nedstängning"}, "late")
    with pytest.raises(OSError):
        server.health()  # no longer listening
    assert server.thread.is_alive()  # waiting for the answer
    engine.release.set()
    server.thread.join(30)
    assert not server.thread.is_alive() and not server.errors

    [answer] = stub.calls("chat.postMessage")  # posted before the server finished stopping
    assert answer["thread_ts"] == "1700000000.000200"  # the answer in progress was given
    late = store.get_delivery_by_key("late")
    assert (late.status, late.attempts) == ("pending", 0)  # left for the next start, untouched
    assert not [c for c in stub.calls("chat.postMessage") if c.get("channel") == "C9"]


def test_socket_mode_runs_beside_the_health_port_and_reports_its_connection(run, stub, store):
    from .slack.test_socket_mode import APP_TOKEN, SocketModeServer

    socket_server = SocketModeServer().start()
    stub.socket_url = socket_server.url
    socket_server.envelopes.append({
        "envelope_id": "env-serve", "type": "events_api", "accepts_response_payload": False, "retry_attempt": 0,
        "payload": {"type": "event_callback", "event_id": "EvServeSock", "team_id": "T1", "api_app_id": "A1",
                    "event": mention("Vilka EU-program?", "1700000000.000300")}})
    slack = Settings.from_env({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN,
                                    "SLACK_API_URL": stub.api_url, "COORDINATOR_CHANNEL": COORDINATOR_CHANNEL}).slack
    config = ServeSettings(slack=slack, slack_http=False, host="127.0.0.1", port=free_port(), grace_seconds=10)
    try:
        server = run(config, ScriptedEngine(), store, knowledge_count=lambda: 30)
        assert socket_server.acked.wait(10) and socket_server.acks[0]["envelope_id"] == "env-serve"
        assert stub.wait_for("chat.postMessage")[0]["thread_ts"] == "1700000000.000300"
        status, report = server.health()
        assert status == 200
        assert report["adapters"] == {"slack": {"mode": "socket", "state": "running", "connected": True}}
        with pytest.raises(urllib.error.HTTPError) as refused:  # no /slack/events in Socket Mode
            urllib.request.urlopen(urllib.request.Request(
                f"http://127.0.0.1:{config.port}/slack/events", data=b"{}", method="POST"), timeout=5)
        assert refused.value.code in (404, 405)
        server.stop()
    finally:
        socket_server.stop()
