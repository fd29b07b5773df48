"""What the benchmarks share: a synthetic corpus in the policy's words, stores in temp folders, numbers."""
from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
POLICY = KNOWLEDGE / "internationell-policy.md"
QUESTIONS = Path(__file__).with_name("questions.jsonl")

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ:-]*")


class PolicyText:
    """Random but plausible Swedish: a bigram chain over the policy's own words."""

    def __init__(self, seed: int = 7) -> None:
        words = _WORD.findall(POLICY.read_text(encoding="utf-8").replace("*", ""))
        self.words = [w for w in words if not w.isupper()]
        self.follow: dict[str, list[str]] = {}
        for a, b in zip(self.words, self.words[1:]):
            self.follow.setdefault(a.lower(), []).append(b)
        self.rng = random.Random(seed)

    def sentence(self, low: int = 8, high: int = 20) -> str:
        word = self.rng.choice(self.words)
        out = [word]
        for _ in range(self.rng.randint(low, high) - 1):
            word = self.rng.choice(self.follow.get(word.lower()) or self.words)
            out.append(word)
        text = " ".join(out)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, max_chars: int = 600) -> str:
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < max_chars * 0.6:
            sentences.append(self.sentence())
        return " ".join(sentences)[:max_chars].rsplit(" ", 1)[0] + "."

    def heading(self) -> str:
        return " ".join(self.rng.sample(self.words, 2)).capitalize()


def write_corpus(folder: Path, documents: int, sections: int, seed: int = 7) -> Path:
    """`documents` Markdown files of `sections` sections each, one short paragraph per section."""
    text = PolicyText(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(documents):
        parts = [f"# Dokument {d}: {text.heading()}", ""]
        for _ in range(sections):
            parts += [f"## {text.heading()}", "", text.paragraph(550), ""]
        (folder / f"dokument-{d:03d}.md").write_text("\n".join(parts), encoding="utf-8")
    return folder


def copy_knowledge(dest: Path) -> Path:
    shutil.copytree(KNOWLEDGE, dest)
    return dest


def read_questions(path: Path) -> list[dict]:
    """Answerable rows with a `retrieved_contains` phrase (the eval format: see /work/shared/eval/README.md)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("expect", "answer") == "answer" and r.get("retrieved_contains")]


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def percentile(values: list[float], p: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(headers: list[str], rows: list[list]) -> str:
    cells = [headers] + [[f"{c:.3f}" if isinstance(c, float) and abs(c) < 10 else
                          f"{c:.1f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(row, widths)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def rss_mb(pid: int) -> float:
    """Another process's resident memory now (VmRSS), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} (1/5/15 min) on {os.cpu_count()} cores"


_BUSY = "import time\nend = time.monotonic() + {seconds}\nwhile time.monotonic() < end:\n    pass\n"


@contextmanager
def busy_processes(count: int, seconds: float = 300.0):
    """`count` processes that spin on a core each (the neighbours of a shared server), stopped on
    leaving the block, or by themselves after `seconds`."""
    procs = [subprocess.Popen([sys.executable, "-c", _BUSY.format(seconds=seconds)]) for _ in range(count)]
    try:
        time.sleep(0.5 if count else 0)
        yield
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(10)


def run_child(module: str, *args: str, env: dict | None = None, timeout: float = 1800) -> dict:
    """`python -m module args…` in a fresh process; its last stdout line is JSON."""
    done = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, check=False,
                          cwd=REPO, env=env, timeout=timeout)
    if done.returncode != 0:
        raise SystemExit(f"bench child {module} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
