"""Is a message a question for this bot? Nearest example in prompts/intents.yaml decides.

Labels: "domain" (the international work: answer or escalate), "offtopic" and
"injection" (decline). Plain-language patterns catch the blunt injection attempts
even when their wording is far from every example.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|ignorera|glöm|strunta i)\b.{0,40}\b(instruction|instruktion|prompt|rule|regl)"
    r"|\b(system ?prompt|developer mode|utvecklarläge|jailbreak|hidden instructions|dolda instruktioner)\b"
    r"|\b(reveal|print|show|repeat|visa|skriv ut|upprepa)\b.{0,30}\b(your|dina|din)\b.{0,20}"
    r"\b(instructions|prompt|instruktioner|regler)\b",
    re.IGNORECASE,
)

# Creative writing is never a question about the documents, whatever its subject ("a poem about the EU").
_CREATIVE = re.compile(
    r"\b(write|compose|make up|skriv|hitta på|författa|sjung|sing)\b.{0,30}\b(poems?|limericks?|haikus?|songs?|"
    r"stor(y|ies)|jokes?|raps?|verses?|dikt\w*|vers\w*|sång\w*|saga|sagor|berättelse\w*|skämt\w*|rim|limerick\w*)\b"
    r"|\b(tell|berätta)\b.{0,20}\b(a joke|jokes|ett skämt|en vits|vitsar)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Intent:
    label: str          # "domain", "offtopic" or "injection"
    similarity: float   # to the nearest example
    example: str


class IntentClassifier:
    def __init__(self, examples: dict[str, list[str]], embedder) -> None:
        self._examples = [(label, text) for label, texts in examples.items() for text in texts]
        self._embedder = embedder
        self._matrix: np.ndarray | None = None

    @classmethod
    def from_file(cls, path: Path, embedder) -> "IntentClassifier":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls({k: [str(t) for t in v] for k, v in data.items()}, embedder)

    def _vectors(self) -> np.ndarray:
        if self._matrix is None:
            # Examples are embedded as queries: they are compared with questions, not passages.
            self._matrix = np.array([self._embedder.embed_query(t) for _, t in self._examples], dtype=np.float32)
        return self._matrix

    def classify(self, text: str, vector) -> Intent:
        if _INJECTION.search(text):
            return Intent("injection", 1.0, "pattern")
        if _CREATIVE.search(text):
            return Intent("offtopic", 1.0, "creative writing")
        sims = self._vectors() @ np.asarray(vector, dtype=np.float32)
        best = int(np.argmax(sims))
        label, example = self._examples[best]
        return Intent(label, float(sims[best]), example)

    def best_of(self, vector, label: str) -> float:
        sims = self._vectors() @ np.asarray(vector, dtype=np.float32)
        picks = [s for (lab, _), s in zip(self._examples, sims) if lab == label]
        return float(max(picks)) if picks else 0.0
