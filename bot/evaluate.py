"""`python -m bot eval FILE.jsonl`: retrieval and answer quality on a question set.

Row format and scoring: see README ("Measuring quality"). hit@5 counts answerable rows whose
`retrieved_contains` phrase is in one of the top 5 passages (case and whitespace folded).
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .models import Answer, Outcome, Question


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


def judge(row: dict, answer: Answer) -> dict:
    """Per-row verdicts, as the README defines them."""
    if row["expect"] == "answer":
        phrase = fold(row.get("retrieved_contains", ""))
        hit = bool(phrase) and any(phrase in fold(p.text) for p in answer.passages[:5])
        wanted = [fold(x) for x in row.get("answer_contains_any", [])]
        correct = answer.outcome is Outcome.ANSWER and (not wanted or any(w in fold(answer.text) for w in wanted))
        return {"hit": hit, "correct": correct}
    return {"correct": answer.outcome is not Outcome.ANSWER}


def run(engine, rows: Iterable[dict]) -> tuple[list[dict], Scores]:
    results, latencies = [], []
    hits = answers_ok = abstain_ok = n_answer = n_no = 0
    for row in rows:
        started = time.perf_counter()
        answer = engine.answer(Question(row["question"]))
        ms = (time.perf_counter() - started) * 1000
        latencies.append(ms)
        verdict = judge(row, answer)
        if row["expect"] == "answer":
            n_answer += 1
            hits += verdict["hit"]
            answers_ok += verdict["correct"]
        else:
            n_no += 1
            abstain_ok += verdict["correct"]
        results.append({"id": row.get("id"), "question": row["question"], "expect": row["expect"],
                        **answer_json(answer, ms), "reason": answer.reason, **verdict})
    scores = Scores(
        hit_at_5=hits / n_answer if n_answer else None,
        answer_accuracy=answers_ok / n_answer if n_answer else None,
        abstention_accuracy=abstain_ok / n_no if n_no else None,
        p50_ms=percentile(latencies, 0.5), p95_ms=percentile(latencies, 0.95),
        answerable=n_answer, unanswerable=n_no,
    )
    return results, scores


def format_scores(s: Scores) -> str:
    def pct(x):
        return "n/a" if x is None else f"{x:.3f}"
    return (f"questions: {s.answerable} answerable, {s.unanswerable} not\n"
            f"hit@5:               {pct(s.hit_at_5)}\n"
            f"answer accuracy:     {pct(s.answer_accuracy)}\n"
            f"abstention accuracy: {pct(s.abstention_accuracy)}\n"
            f"latency p50 / p95:   {s.p50_ms:.0f} ms / {s.p95_ms:.0f} ms")
