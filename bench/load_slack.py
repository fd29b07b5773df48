"""Load on one `python -m bot serve` in Slack HTTP mode: many askers, each answer exactly once?

    python -m bench.load_slack [--askers 1,5,10,20] [--questions 200] [--database sqlite|postgres]

One serve process (the real engine over the policy knowledge base, embedded Chroma, the
escalation store in SQLite — or in an embedded PostgreSQL) behind its real HTTP endpoint,
its Web API pointed at the local Slack stub (tests/bot/slack/slack_stub.py). For each number
of concurrent askers, `--questions` questions (the policy and benchmark question sets, over
and over) are sent as signed app_mention events, each in a new thread; an asker sends its next
question when the answer to its last one has reached the stub. Measured per question: from
sending the event to the answer's chat.postMessage arriving at the stub. Every thread must get
exactly one answer. Loopback only; each question waits at most 60 s, each round at most 10 min.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from .common import REPO, copy_knowledge, percentile, table

sys.path.insert(0, str(REPO))  # the stub, the signed-request client and the server helpers live in tests/

from tests.bot.slack.slack_stub import SlackStub  # noqa: E402
from tests.servers import ServeProcess, child_env, free_port, postgres_server  # noqa: E402
from tests.stubs import slack_events  # noqa: E402

SECRET = "bench-signing-secret"
QUESTION_TIMEOUT = 60.0
ROUND_TIMEOUT = 600.0


class TimedStub(SlackStub):
    """The Slack stub, noting when each thread's chat.postMessage arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.posted: dict[str, list[float]] = {}
        self._arrived = threading.Condition(self._lock)

    def _answer(self, method: str, p: dict) -> dict:  # called with the lock held
        if method == "chat.postMessage" and p.get("thread_ts"):
            self.posted.setdefault(str(p["thread_ts"]), []).append(time.perf_counter())
            self._arrived.notify_all()
        return super()._answer(method, p)

    def wait_answer(self, thread_ts: str, timeout: float) -> float | None:
        deadline = time.monotonic() + timeout
        with self._arrived:
            while thread_ts not in self.posted:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._arrived.wait(left)
            return self.posted[thread_ts][0]


def questions() -> list[str]:
    """Every question of the policy set (answerable and not) and of the benchmark set."""
    texts = []
    for path in (REPO / "tests" / "eval" / "policy.jsonl", REPO / "bench" / "questions.jsonl"):
        texts += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def run_round(stub: TimedStub, url: str, askers: int, count: int, texts: list[str], ts_base: int) -> dict:
    """`count` questions from `askers` concurrent askers; latencies in ms and per-thread answer counts."""
    numbers = iter(range(count))
    lock = threading.Lock()
    latencies: list[float] = []
    threads_ts: list[str] = []
    unanswered: list[str] = []
    deadline = time.monotonic() + ROUND_TIMEOUT

    def asker(n: int) -> None:
        while time.monotonic() < deadline:
            with lock:
                i = next(numbers, None)
            if i is None:
                return
            ts = f"{ts_base}.{i:06d}"
            event = slack_events.mention(texts[i % len(texts)], ts, user=f"U{n:03d}", channel=f"C{n:03d}")
            with lock:
                threads_ts.append(ts)
            sent = time.perf_counter()
            status = slack_events.send_event(url, SECRET, event, f"Ev{ts_base}{i:06d}")
            arrived = stub.wait_answer(ts, QUESTION_TIMEOUT) if status == 200 else None
            with lock:
                if arrived is None:
                    unanswered.append(ts)
                else:
                    latencies.append((arrived - sent) * 1000)

    started = time.perf_counter()
    workers = [threading.Thread(target=asker, args=(n,), daemon=True) for n in range(askers)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(ROUND_TIMEOUT + QUESTION_TIMEOUT)
    elapsed = time.perf_counter() - started
    stub.settle(quiet=1.0, timeout=15)  # any late duplicate would arrive now
    with stub._lock:
        counts = [len(stub.posted.get(ts, [])) for ts in threads_ts]
    return {"askers": askers, "sent": len(threads_ts), "once": counts.count(1),
            "duplicated": sum(1 for c in counts if c > 1), "missing": counts.count(0),
            "p50": percentile(latencies, 50) if latencies else float("nan"),
            "p95": percentile(latencies, 95) if latencies else float("nan"),
            "max": max(latencies) if latencies else float("nan"),
            "per_s": len(latencies) / elapsed if elapsed else 0.0}


def ingest_knowledge(root: Path) -> dict[str, str]:
    env = child_env(KNOWLEDGE_DIR=str(copy_knowledge(root / "knowledge")), CHROMA_PATH=str(root / "chroma"))
    import subprocess

    done = subprocess.run([sys.executable, "-m", "ingest", "--json"], env=env, cwd=root, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed:\n{done.stderr}")
    return {"KNOWLEDGE_DIR": env["KNOWLEDGE_DIR"], "CHROMA_PATH": env["CHROMA_PATH"]}


def main(argv: list[str]) -> list[dict]:
    p = argparse.ArgumentParser(prog="python -m bench.load_slack", description=__doc__.split("\n\n")[0])
    p.add_argument("--askers", default="1,5,10,20", help="concurrent askers per round, comma-separated")
    p.add_argument("--questions", type=int, default=200, help="questions per round")
    p.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    args = p.parse_args(argv)
    levels = [int(x) for x in args.askers.split(",") if x.strip()]
    texts = questions()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="omvarld-load-") as tmp:
        root = Path(tmp)
        print(f"load_slack: ingesting knowledge/ into {root} …", file=sys.stderr)
        knowledge = ingest_knowledge(root)
        stub = TimedStub().start()
        pg = postgres_server() if args.database == "postgres" else None
        try:
            database = pg.__enter__().database("load") if pg else ""
            env = child_env(SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=stub.api_url,
                            COORDINATOR_CHANNEL="CCOORD", HOST="127.0.0.1", PORT=str(free_port()),
                            ESCALATION_DB=str(root / "escalations.sqlite3"), DATABASE_URL=database,
                            LOG_LEVEL="WARNING", **knowledge)
            server = ServeProcess(env, root, name="serve")
            try:
                started = time.perf_counter()
                server.wait_healthy(timeout=300)
                print(f"load_slack: serve healthy after {time.perf_counter() - started:.1f} s "
                      f"({args.database}); {len(texts)} distinct questions", file=sys.stderr)
                for n, askers in enumerate(levels):
                    rows.append(run_round(stub, server.url, askers, args.questions, texts, 1700100000 + n))
                    print(f"load_slack: {askers} askers done", file=sys.stderr)
                code = server.stop()
            finally:
                server.stop()
        finally:
            if pg:
                pg.__exit__(None, None, None)
            stub.stop()
    print(f"Slack HTTP load, one serve process ({args.database}), {args.questions} questions per round, "
          f"{os.cpu_count()} cores; time = event sent → answer's chat.postMessage at the stub")
    print(table(["askers", "sent", "answered once", "duplicated", "missing", "p50 ms", "p95 ms", "max ms", "answers/s"],
                [[r["askers"], r["sent"], r["once"], r["duplicated"], r["missing"], r["p50"], r["p95"], r["max"],
                  r["per_s"]] for r in rows]))
    print(f"serve stopped with exit code {code} after SIGTERM")
    print(json.dumps(rows))
    return rows


if __name__ == "__main__":
    main(sys.argv[1:])
