"""The seams the chat adapters depend on, so the real engine and ingestion drop in for fakes."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from .models import Answer, Question

if TYPE_CHECKING:
    from .approved import StaleApproved
    from .report import Report
    from .store import Escalation


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

class ApprovedAnswers(Protocol):
    """The approved answers (in the approved-answers folder; bot.coordinator.Approvals). Each call that
    changes one ingests the change and takes seconds; each raises bot.approved.ApprovalError
    when it cannot be done (nothing to save, an unknown file)."""

    def save(self, escalation: "Escalation", author: str, answer: str, *, question: str | None = None,
             language: str | None = None) -> Path: ...

    def stale(self) -> list["StaleApproved"]: ...

    def reconfirm(self, source: str, by: str) -> date: ...

    def withdraw(self, source: str, by: str) -> None: ...

# The coordinator's report over the last 28 days (bot.report.Report); takes a second or so.
MakeReport = Callable[[], "Report"]
