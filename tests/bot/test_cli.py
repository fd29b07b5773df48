"""`python -m bot ask/eval/escalations` as outside scripts run them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_bot(*args: str, env: dict, stdin: str | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **env}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO, env=full_env, input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_ask_json_prints_one_object_as_the_last_line(store_env):
    done = run_bot("ask", "Vem beslutar om nya formella vänorter?", "--json", env=store_env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["outcome"] == "answer"
    assert "Kommunfullmäktige" in result["answer"]
    assert result["language"] == "sv"
    assert {"document", "section", "page", "text", "score"} <= set(result["sources"][0])
    assert isinstance(result["latency_ms"], float)


def test_eval_prints_the_scores_and_writes_one_line_per_question(store_env, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "question": "Vem beslutar om nya formella vänorter?", "expect": "answer",
         "retrieved_contains": "beslutar om nya formella vänorter", "answer_contains_any": ["kommunfullmäktige"]},
        {"id": "b", "question": "Vem beslutar om nya formella vänorter?", "expect": "answer",
         "retrieved_contains": "a phrase no document has", "answer_contains_any": ["a phrase no answer has"]},
        {"id": "c", "question": "Skriv en dikt om hösten.", "expect": "no-answer"},
    ]), encoding="utf-8")
    out = tmp_path / "results.jsonl"
    done = run_bot("eval", str(questions), "--output", str(out), env=store_env)
    assert done.returncode == 0, done.stderr
    assert "hit@5:               0.500" in done.stdout
    assert "answer accuracy:     0.500" in done.stdout
    assert "abstention accuracy: 1.000" in done.stdout
    assert "latency p50 / p95:" in done.stdout
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert {"id", "question", "outcome", "answer", "sources", "latency_ms"} <= set(rows[0])
    assert rows[2]["outcome"] == "decline"


def test_eval_rejects_a_malformed_file_with_exit_2(store_env, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "x"}\n', encoding="utf-8")
    done = run_bot("eval", str(bad), env=store_env)
    assert done.returncode == 2
    assert "expect" in done.stderr


def test_chat_stores_an_escalation_that_the_list_command_shows(store_env):
    done = run_bot("chat", env=store_env, stdin="Vilket telefonnummer har samordnaren?\nj\n\n")
    assert done.returncode == 0, done.stderr
    assert "samordnaren" in done.stdout
    listed = run_bot("escalations", "--json", env=store_env)
    rows = json.loads(listed.stdout.strip().splitlines()[-1])
    assert [r["question"] for r in rows] == ["Vilket telefonnummer har samordnaren?"]
    assert rows[0]["status"] == "pending"


def test_ask_without_an_ingested_store_says_what_to_do(tmp_path):
    done = run_bot("ask", "Vem?", env={"CHROMA_PATH": str(tmp_path / "empty"), "KNOWLEDGE_DIR": str(tmp_path)})
    assert done.returncode == 2
    assert "python -m ingest" in done.stderr


def test_health_is_ok_on_an_ingested_store_and_unhealthy_on_an_empty_one(store_env, tmp_path):
    assert run_bot("health", env=store_env).returncode == 0
    empty = run_bot("health", env={**store_env, "CHROMA_PATH": str(tmp_path / "nothing")})
    assert empty.returncode == 1
    assert "python -m ingest" in empty.stderr
