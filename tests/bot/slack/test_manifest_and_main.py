"""The manifest asks for what the listeners use; `main` refuses to start half-configured."""
from __future__ import annotations

import ast
from pathlib import Path

import yaml

import bot.adapters.slack
from bot.adapters.slack.settings import DEFAULT_COMMAND

MANIFEST = Path(bot.adapters.slack.__file__).parent / "manifest.yaml"


def test_manifest_has_the_scopes_events_command_and_assistant_view():
    m = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert set(m["oauth_config"]["scopes"]["bot"]) >= {
        "app_mentions:read", "chat:write", "im:history", "im:read", "im:write", "channels:history",
        "groups:history", "commands", "users:read", "assistant:write", "files:write"}
    assert set(m["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention", "message.im", "message.channels", "message.groups", "app_home_opened",
        "assistant_thread_started", "assistant_thread_context_changed"}
    assert m["settings"]["interactivity"]["is_enabled"] is True
    assert m["features"]["slash_commands"][0]["command"] == DEFAULT_COMMAND
    assert m["features"]["app_home"]["messages_tab_enabled"] is True
    assert "internationella" in m["features"]["assistant_view"]["assistant_description"]


def test_slack_without_tokens_explains_and_does_not_build_the_engine(capsys, monkeypatch):
    from bot.app import cli, wiring

    built = []
    monkeypatch.setattr(wiring, "serving_engine", lambda settings: built.append(1))
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    assert cli.main(["slack", "--http", "--port", "0"]) == 2
    assert "SLACK_SIGNING_SECRET" in capsys.readouterr().err and not built
    assert cli.main(["slack"]) == 2
    assert "SLACK_APP_TOKEN" in capsys.readouterr().err and not built


def test_nothing_under_the_engine_imports_a_chat_platform():
    root = Path(bot.adapters.slack.__file__).parents[2]
    for name in ("engine/models.py", "coordinator/ports.py", "store/database.py", "store/delivery.py", "sanitize.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not any(m.startswith(("slack", "microsoft_agents")) for m in imported), name


def test_main_in_http_mode_answers_over_loopback_and_stops_on_sigterm(stub, tmp_path):
    """What `python -m bot slack --http --port N` runs (the one server, Slack alone), as its own process."""
    import json
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from .conftest import BOT_TOKEN, SIGNING_SECRET, sign
    from .fakes import serve_program

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    program = serve_program(tmp_path / "e.sqlite3")
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": stub.api_url, "COORDINATOR_CHANNEL": "CCOORD", "SLACK_APP_TOKEN": "",
           "HOST": "127.0.0.1", "PORT": str(port)}
    proc = subprocess.Popen([sys.executable, "-c", program], env=env, cwd=Path(__file__).resolve().parents[3])
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    assert json.loads(r.read())["adapters"]["slack"] == {"mode": "http", "state": "running"}
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not come up"
                time.sleep(0.05)
        body = json.dumps({"type": "event_callback", "event_id": "EvMain", "team_id": "T1",
                           "event": {"type": "app_mention", "user": "U1", "channel": "C1",
                                     "text": "<@UBOT> Vilka EU-program?", "ts": "1700000000.500000"}})
        ts = str(int(time.time()))
        request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(), headers={
            "Content-Type": "application/json", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(body, ts)})
        with urllib.request.urlopen(request, timeout=5) as r:
            assert r.status == 200
        post = stub.wait_for("chat.postMessage")[0]
        assert post["thread_ts"] == "1700000000.500000" and "Erasmus+" in post.all_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
