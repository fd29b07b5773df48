"""`python -m bot ask/eval/chat/escalations/health` as outside scripts run them, in this process:
`main()` with the arguments, the environment and standard input a script would give it."""
from __future__ import annotations

import io
import json

import pytest

from bot.app import cli, wiring


@pytest.fixture
def bot(store_env, policy_store, policy_engine, monkeypatch, capsys):
    """run(*args, stdin="") -> (exit code, stdout, stderr) of `python -m bot ARGS` over the session's
    policy store. The engine the command builds for that store is the session's (built and warmed
    once: the real model, shared); any other store gets a new one."""
    config, embedder, _ = policy_store
    build = wiring.build_engine
    monkeypatch.setattr(wiring, "shared_embedder", lambda store_config: embedder)
    monkeypatch.setattr(wiring, "build_engine",
                        lambda settings, **kw: policy_engine if settings.store == config else build(settings, **kw))

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_ask_json_prints_one_object_as_the_last_line(bot):
    code, out, err = bot("ask", "Vem beslutar om nya formella vänorter?", "--json")
    assert code == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["outcome"] == "answer"
    assert "Kommunfullmäktige" in result["answer"]
    assert result["language"] == "sv"
    assert {"document", "section", "page", "text", "score"} <= set(result["sources"][0])
    assert isinstance(result["latency_ms"], float)


def test_eval_prints_the_scores_and_writes_one_line_per_question(bot, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "question": "Vem beslutar om nya formella vänorter?", "expect": "answer",
         "retrieved_contains": "beslutar om nya formella vänorter", "answer_contains_any": ["kommunfullmäktige"]},
        {"id": "b", "question": "Vem beslutar om nya formella vänorter?", "expect": "answer",
         "retrieved_contains": "a phrase no document has", "answer_contains_any": ["a phrase no answer has"]},
        {"id": "c", "question": "Skriv en dikt om hösten.", "expect": "no-answer"},
    ]), encoding="utf-8")
    out_file = tmp_path / "results.jsonl"
    code, out, err = bot("eval", str(questions), "--output", str(out_file))
    assert code == 0, err
    assert "hit@5:               0.500" in out
    assert "answer accuracy:     0.500" in out
    assert "abstention accuracy: 1.000" in out
    assert "latency p50 / p95:" in out
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert {"id", "question", "outcome", "answer", "sources", "latency_ms"} <= set(rows[0])
    assert rows[2]["outcome"] == "decline"


def test_eval_rejects_a_malformed_file_with_exit_2(bot, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "x"}\n', encoding="utf-8")
    code, _, err = bot("eval", str(bad))
    assert code == 2
    assert "expect" in err


def test_chat_stores_an_escalation_that_the_list_command_shows(bot):
    code, out, err = bot("chat", stdin="Vilket telefonnummer har samordnaren?\nj\n\n")
    assert code == 0, err
    assert "samordnaren" in out and "Sparad som ärende 1" in out
    code, out, _ = bot("escalations", "--json")
    rows = json.loads(out.strip().splitlines()[-1])
    assert [r["question"] for r in rows] == ["Vilket telefonnummer har samordnaren?"]
    assert rows[0]["status"] == "pending"


def test_ask_without_an_ingested_store_says_what_to_do(bot, tmp_path, monkeypatch):
    monkeypatch.setenv("CHROMA_PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path))
    code, _, err = bot("ask", "Vem?")
    assert code == 2
    assert "python -m ingest" in err


def test_health_is_ok_on_an_ingested_store_and_unhealthy_on_an_empty_one(bot, tmp_path, monkeypatch):
    assert bot("health")[0] == 0
    monkeypatch.setenv("CHROMA_PATH", str(tmp_path / "nothing"))
    code, _, err = bot("health")
    assert code == 1
    assert "python -m ingest" in err


def test_python_dash_m_bot_runs_main(store_env):
    """The one check that `python -m bot` is wired to main(): as its own process."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-m", "bot", "escalations"], cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, **store_env}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no escalations"
