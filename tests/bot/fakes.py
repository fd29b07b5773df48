"""A scripted stand-in for the answer engine, shared by the Slack, Teams and serve tests."""
from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from bot.models import Answer, Question
from ingest.config import StoreConfig


def folders(root: Path) -> StoreConfig:
    """root/knowledge as the knowledge folder; approved answers are saved in root/approved
    (beside root/chroma, as .data/approved is beside .data/chroma)."""
    return StoreConfig(knowledge_dir=root / "knowledge", chroma_path=root / "chroma")


class ScriptedEngine:
    """`enqueue(answer, …)`, then each `answer()` call returns the next one (or `default`); records every
    Question it was asked. The default answer is given by the caller."""

    def __init__(self, default: Answer | None = None) -> None:
        self.default = default
        self.questions: list[Question] = []
        self._script: deque = deque()
        self._lock = threading.Lock()

    def enqueue(self, *answers: Answer | Exception) -> "ScriptedEngine":
        with self._lock:
            self._script.extend(answers)
        return self

    def answer(self, question: Question) -> Answer:
        with self._lock:
            self.questions.append(question)
            nxt = self._script.popleft() if self._script else self.default
        if isinstance(nxt, Exception):
            raise nxt
        return nxt
