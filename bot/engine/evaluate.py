"""`python -m bot eval FILE.jsonl`: retrieval and answer quality on a question set.

Row format and scoring: see README ("Measuring quality"). hit@5 counts answerable rows whose
`retrieved_contains` phrase is in one of the top 5 passages (case and whitespace folded).
Optional row fields refine the report: `type` (who, amount, list, …), `tags` (cross-language,
follow-up, off-topic, …), `history` (earlier questions of the thread, oldest first), `doc`
(the file that answers it). Figures are broken down by type, tag, language pair (question →
answering passage, e.g. en→sv) and the answering document's format.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .models import Answer, Outcome, Question, Turn


class EvalFormatError(Exception):
    pass


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def read_rows(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalFormatError(f"{path}:{number}: not JSON ({e.msg})") from e
        if not isinstance(row, dict) or "question" not in row or row.get("expect") not in ("answer", "no-answer"):
            raise EvalFormatError(f"{path}:{number}: needs 'question' and 'expect' (answer|no-answer)")
        rows.append(row)
    return rows


def sources_json(answer: Answer) -> list[dict]:
    return [{"document": p.document, "section": p.section, "page": p.page, "text": p.text,
             "score": round(p.score, 4), "source": p.source, "url": p.url} for p in answer.passages]


def answer_json(answer: Answer, latency_ms: float) -> dict:
    return {
        "outcome": answer.outcome.value,
        "answer": answer.text,
        "language": answer.language,
        "sources": sources_json(answer),
        "citations": [{"number": c.number, "document": c.passage.document, "section": c.passage.section,
                       "page": c.passage.page, "quote": c.quote, "url": c.passage.url,
                       "label": c.passage.label(answer.language)} for c in answer.citations],
        "confidence": round(answer.confidence, 3),
        "latency_ms": round(latency_ms, 1),
    }


@dataclass
class Scores:
    hit_at_5: float | None
    answer_accuracy: float | None
    abstention_accuracy: float | None
    p50_ms: float
    p95_ms: float
    answerable: int
    unanswerable: int


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def judge(row: dict, answer: Answer, forbidden: Iterable[str] = ()) -> dict:
    """Per-row verdicts, as the README defines them. An answer quoting a `forbidden` phrase (web-page
    chrome such as "Vi använder kakor") is wrong whatever else it says; a phrase counts as whole
    words ("Dela", a share button, is not in "delas ut")."""
    text = fold(answer.text)
    chrome = [f for f in (fold(x) for x in forbidden)
              if f and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)] \
        if answer.outcome is Outcome.ANSWER else []
    if row["expect"] == "answer":
        phrase = fold(row.get("retrieved_contains", ""))
        hit = bool(phrase) and any(phrase in fold(p.text) for p in answer.passages[:5])
        wanted = [fold(x) for x in row.get("answer_contains_any", [])]
        correct = answer.outcome is Outcome.ANSWER and (not wanted or any(w in fold(answer.text) for w in wanted))
        return {"hit": hit, "correct": correct and not chrome, **({"chrome": chrome} if chrome else {})}
    return {"correct": answer.outcome is not Outcome.ANSWER}


def question_of(row: dict) -> Question:
    """The row as the engine's Question; `history` holds the thread's earlier questions."""
    history = tuple(Turn("user", str(t)) for t in row.get("history", []) or [])
    return Question(row["question"], history=history)


def groups_of(row: dict, answer: Answer) -> dict[str, str]:
    """What the row is counted under in the breakdown: type, language pair, format."""
    passage = None
    if row["expect"] == "answer":
        phrase = fold(row.get("retrieved_contains", ""))
        passage = next((p for p in answer.passages[:5] if phrase and phrase in fold(p.text)), None)
    doc = row.get("doc") or (passage.source if passage else "")
    doc_lang = row.get("doc_lang") or (passage.metadata.get("lang") if passage else None)
    q_lang = row.get("lang") or answer.language
    pair = f"{q_lang}→{doc_lang or '?'}" if row["expect"] == "answer" else f"{q_lang}→none"
    fmt = (Path(doc).suffix.lstrip(".") or "?") if doc else ("?" if row["expect"] == "answer" else "none")
    if doc.startswith("approved/"):
        fmt = "approved"
    return {"type": row.get("type") or "?", "pair": pair, "format": fmt}


def run(engine, rows: Iterable[dict], forbidden: Iterable[str] = ()) -> tuple[list[dict], Scores]:
    results, latencies = [], []
    forbidden = list(forbidden)
    for row in rows:
        started = time.perf_counter()
        answer = engine.answer(question_of(row))
        ms = (time.perf_counter() - started) * 1000
        latencies.append(ms)
        verdict = judge(row, answer, forbidden)
        results.append({"id": row.get("id"), "question": row["question"], "expect": row["expect"],
                        **answer_json(answer, ms), "reason": answer.reason, **verdict,
                        "tags": row.get("tags", []), **groups_of(row, answer)})
    return results, score(results, latencies)


def score(results: list[dict], latencies: list[float] | None = None) -> Scores:
    """The three figures over a list of per-row results (as `run` returns them)."""
    answerable = [r for r in results if r["expect"] == "answer"]
    others = [r for r in results if r["expect"] != "answer"]
    n_answer, n_no = len(answerable), len(others)
    hits = sum(bool(r.get("hit")) for r in answerable)
    answers_ok = sum(bool(r["correct"]) for r in answerable)
    abstain_ok = sum(bool(r["correct"]) for r in others)
    latencies = latencies if latencies is not None else [r.get("latency_ms", 0.0) for r in results]
    return Scores(
        hit_at_5=hits / n_answer if n_answer else None,
        answer_accuracy=answers_ok / n_answer if n_answer else None,
        abstention_accuracy=abstain_ok / n_no if n_no else None,
        p50_ms=percentile(latencies, 0.5), p95_ms=percentile(latencies, 0.95),
        answerable=n_answer, unanswerable=n_no,
    )


def breakdown(results: list[dict]) -> str:
    """hit@5 / answer accuracy / abstention accuracy by question type, tag, language pair and format."""
    lines = []
    for title, key in (("type", "type"), ("tag", "tags"), ("language pair", "pair"), ("format", "format")):
        groups: dict[str, list[dict]] = {}
        for r in results:
            values = r.get(key) or []
            for v in (values if isinstance(values, list) else [values]):
                groups.setdefault(v, []).append(r)
        if not groups or set(groups) <= {"?"}:
            continue
        lines.append(f"by {title}:")
        lines.append(f"  {'':22} {'n':>4} {'hit@5':>6} {'answer':>7} {'abstain':>8}")
        for name in sorted(groups):
            s = score(groups[name])
            lines.append(f"  {name:22} {len(groups[name]):4} {_cell(s.hit_at_5):>6} {_cell(s.answer_accuracy):>7} "
                         f"{_cell(s.abstention_accuracy):>8}")
    return "\n".join(lines)


def _cell(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def format_scores(s: Scores) -> str:
    def pct(x):
        return "n/a" if x is None else f"{x:.3f}"
    return (f"questions: {s.answerable} answerable, {s.unanswerable} not\n"
            f"hit@5:               {pct(s.hit_at_5)}\n"
            f"answer accuracy:     {pct(s.answer_accuracy)}\n"
            f"abstention accuracy: {pct(s.abstention_accuracy)}\n"
            f"latency p50 / p95:   {s.p50_ms:.0f} ms / {s.p95_ms:.0f} ms")
