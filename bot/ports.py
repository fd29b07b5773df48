"""The seams the chat adapters depend on, so the real engine and ingestion drop in for fakes."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from .models import Answer, Question

if TYPE_CHECKING:
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

# Saves an answered escalation as an approved answer (in the approved-answers folder) and ingests it:
# (escalation, who approved it, the coordinator's reply as plain text) -> the file's path.
# Raises bot.approved.ApprovalError when there is nothing to save. Takes seconds.
SaveApproved = Callable[["Escalation", str, str], Path]

# The coordinator's report over the last 28 days (bot.report.Report); takes a second or so.
MakeReport = Callable[[], "Report"]
