"""The seams the chat adapters depend on, so the real engine and ingestion drop in for fakes."""
from __future__ import annotations

from typing import Callable, Protocol

from .models import Answer, Question


class AnswerEngine(Protocol):
    """Question in, Answer out. Thread-safe and synchronous; may take a few hundred ms."""

    def answer(self, question: Question) -> Answer: ...


# Re-runs ingestion and returns its summary:
# {"added", "updated", "unchanged", "removed", "failed", "chunks", "seconds"}.
Reindex = Callable[[], dict]

# What the bot knows: one dict per document, {"title", "source", "ingested_at"}
# (ingested_at: epoch seconds, a datetime or an ISO string).
KnowledgeSummary = Callable[[], list[dict]]

# One line on the state of the knowledge, e.g. "Senast indexerat 2025-03-01 08:12 (14 dokument)".
StatusText = Callable[[], str]
