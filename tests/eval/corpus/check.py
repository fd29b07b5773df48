"""Check an evaluation part's labels against its documents, without asking the bot anything.

    python -m tests.eval.corpus.check tests/eval/corpus/tune [--project-knowledge]

Each part is a folder with `knowledge/` (the documents) and `questions.jsonl`. The knowledge base
of a part is its own documents plus the project's policy (`knowledge/internationell-policy.md`),
which sits beside every part as a distractor (the fields and tags: the project README, "Measuring quality").

Checks: required fields and the tag vocabulary; every `retrieved_contains` phrase is in one
chunk of the loaded documents; every `answer_contains_any` phrase is in some chunk; `doc` names
a file of the part. Prints counts by type, tag, language and format. Exit 1 on any problem.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from ingest import loaders
from ingest.chunking import chunk_document
from ingest.indexer import scan

TYPES = {"who", "what-is", "when-deadline", "amount", "count", "list", "procedure", "yes-no", "cost",
         "where", "contact", "other"}
TAGS = {"cross-language", "follow-up", "in-domain-uncovered", "off-topic", "hostile", "mention", "typo"}
PROJECT_POLICY = Path(__file__).resolve().parents[3] / "knowledge" / "internationell-policy.md"


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def load_chunks(folder: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rel, path in scan(folder).items():
        doc = loaders.load(path, rel)
        out[rel] = [fold(c.text) for c in chunk_document(doc, "0" * 64)]
    return out


def check(part: Path) -> int:
    chunks = load_chunks(part / "knowledge")
    policy = loaders.load(PROJECT_POLICY, "internationell-policy.md")
    chunks["internationell-policy.md"] = [fold(c.text) for c in chunk_document(policy, "0" * 64)]
    problems: list[str] = []
    counts: dict[str, Counter] = {k: Counter() for k in ("type", "tag", "lang", "expect", "format")}
    ids = set()
    for n, line in enumerate((part / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"line {n} ({row.get('id')})"
        if row.get("id") in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(row.get("id"))
        if row.get("expect") not in ("answer", "no-answer"):
            problems.append(f"{where}: expect must be answer|no-answer")
        if row.get("type") not in TYPES:
            problems.append(f"{where}: type {row.get('type')!r} not in {sorted(TYPES)}")
        bad = set(row.get("tags", [])) - TAGS
        if bad:
            problems.append(f"{where}: unknown tags {sorted(bad)}")
        if row.get("lang") not in ("sv", "en"):
            problems.append(f"{where}: lang must be sv|en")
        counts["type"][row.get("type")] += 1
        counts["lang"][row.get("lang")] += 1
        counts["expect"][row.get("expect")] += 1
        for t in row.get("tags", []):
            counts["tag"][t] += 1
        if row.get("expect") != "answer":
            continue
        doc = row.get("doc")
        if doc not in chunks:
            problems.append(f"{where}: doc {doc!r} is not a document of this part")
            continue
        counts["format"][Path(doc).suffix] += 1
        phrase = fold(row.get("retrieved_contains", ""))
        if not phrase or not any(phrase in c for c in chunks[doc]):
            problems.append(f"{where}: retrieved_contains {row.get('retrieved_contains')!r} is in no chunk of {doc}")
        for p in row.get("answer_contains_any", []):
            if not any(fold(p) in c for cs in chunks.values() for c in cs):
                problems.append(f"{where}: answer_contains_any {p!r} is in no document")
        if not row.get("answer_contains_any"):
            problems.append(f"{where}: answer_contains_any is empty")
    for name, counter in counts.items():
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=str)))
    print(f"documents: {len(chunks) - 1} (+ the policy), chunks: {sum(map(len, chunks.values()))}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1])))
