"""What the benchmarks share: a synthetic corpus in the policy's words, stores in temp folders, numbers."""
from __future__ import annotations

import json
import random
import re
import resource
import shutil
import statistics
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
