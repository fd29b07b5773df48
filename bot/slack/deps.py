"""What the listeners need, built once by build_app and handed to each `register`."""
from __future__ import annotations

from dataclasses import dataclass

from ..ports import AnswerEngine, KnowledgeSummary, MakeReport, Reindex, ApprovedAnswers, StatusText
from ..store import Store
from .outbound import SlackOutbound
from .settings import SlackSettings

PLATFORM = "slack"


@dataclass(frozen=True)
class Deps:
    settings: SlackSettings
    engine: AnswerEngine
    store: Store
    slack: SlackOutbound
    reindex: Reindex | None = None
    status_text: StatusText | None = None
    knowledge_summary: KnowledgeSummary | None = None
    approvals: ApprovedAnswers | None = None
    make_report: MakeReport | None = None

    def failed_pages(self) -> list[str]:
        """The web pages of urls.txt whose last fetch failed (for the coordinators' status)."""
        from ..coordinator import failed_pages

        return failed_pages(self.knowledge_summary)

    def last_ingest(self) -> str:
        """One line on the last ingest, from status_text or else the knowledge summary."""
        from .blocks import last_ingest_of

        if self.status_text is not None:
            return self.status_text()
        if self.knowledge_summary is not None:
            return last_ingest_of(self.knowledge_summary())
        return ""
