"""The manifest asks for what the listeners use; `main` refuses to start half-configured."""
from __future__ import annotations

import ast
from pathlib import Path

import yaml

import bot.adapters.slack
from bot.adapters.slack.app import main
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


def test_main_without_tokens_explains_and_does_not_build_the_engine(capsys, tmp_path):
    built = []
    code = main(["--http", "--port", "0"], engine_factory=lambda: built.append(1), store=None,
                env={"SLACK_BOT_TOKEN": "xoxb-1"})
    err = capsys.readouterr().err
    assert code == 2 and "SLACK_SIGNING_SECRET" in err and not built
    assert main([], engine_factory=lambda: built.append(1), store=None, env={"SLACK_BOT_TOKEN": "xoxb-1"}) == 2
    assert "SLACK_APP_TOKEN" in capsys.readouterr().err and not built


def test_nothing_under_the_engine_imports_a_chat_platform():
    root = Path(bot.adapters.slack.__file__).parents[2]
    for name in ("engine/models.py", "coordinator/ports.py", "store/database.py", "store/delivery.py", "sanitize.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not any(m.startswith(("slack", "microsoft_agents")) for m in imported), name


def test_main_in_http_mode_answers_over_loopback_and_stops_on_sigterm(stub, tmp_path):
    """What `python -m bot slack --http --port N` runs, as its own process."""
    import json
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from .conftest import BOT_TOKEN, SIGNING_SECRET, sign

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    program = ("import sys; from bot.adapters.slack.app import main; from bot.store import Store; "
               "from tests.bot.slack.fakes import ScriptedEngine; "
               f"store = Store.from_url('sqlite:///{tmp_path / 'e.sqlite3'}'); store.create_schema(); "
               "sys.exit(main(sys.argv[1:], engine_factory=ScriptedEngine, store=store))")
    env = {**os.environ, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": stub.api_url, "COORDINATOR_CHANNEL": "CCOORD", "SLACK_APP_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-c", program, "--http", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, cwd=Path(__file__).resolve().parents[3])
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    assert r.read() == b"ok"
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
