"""The engine's platform-neutral vocabulary: a Question in, an Answer out."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Outcome(str, Enum):
    ANSWER = "answer"      # the documents answer it
    ESCALATE = "escalate"  # in scope, but the documents do not cover it: offer the coordinator
    DECLINE = "decline"    # off-topic or hostile: say what the bot is for


@dataclass(frozen=True)
class Turn:
    """One earlier message in a thread, oldest first."""

    role: str  # "user" or "assistant"
    text: str


@dataclass(frozen=True)
class Question:
    text: str
    asker_id: str = ""
    history: tuple[Turn, ...] = ()
    language_hint: str | None = None  # "sv" or "en", e.g. from the user's locale


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with where it came from and how well it matched."""

    id: str
    text: str
    document: str   # the document's title
    source: str     # path under the knowledge folder
    section: str
    page: int | None
    score: float
    kind: str = "document"
    metadata: dict = field(default_factory=dict, compare=False, hash=False)
    url: str | None = None  # where people can open the document; None when it has no address

    def label(self, language: str = "sv") -> str:
        """'Document › Section, p. 3' — how a source is shown to staff. An approved answer says who
        approved it and when: 'Godkänt svar av den internationella samordnaren, 3 mars 2025'."""
        if self.kind == "approved":
            return _approved_label(self.metadata.get("approved"), language)
        out = self.document
        if self.section:
            out += f" › {self.section.split(' › ')[-1]}"  # the innermost heading is what a reader recognises
        if self.page:
            out += f", s. {self.page}"
        return out


def _approved_label(approved, language: str) -> str:
    from datetime import date

    from .approved import format_date

    en = language == "en"
    out = "Approved answer by the international coordinator" if en else "Godkänt svar av den internationella samordnaren"
    try:
        return f"{out}, {format_date(date.fromisoformat(str(approved)), language)}"
    except ValueError:
        return out


@dataclass(frozen=True)
class Citation:
    number: int
    passage: Passage
    quote: str  # the sentence(s) the answer relies on, in the document's own language


@dataclass
class Answer:
    outcome: Outcome
    text: str
    language: str
    citations: list[Citation] = field(default_factory=list)
    confidence: float = 0.0
    passages: list[Passage] = field(default_factory=list)
    reason: str = ""  # why this outcome, for logs and escalation cards
    note: str = ""    # e.g. "the language model did not answer; this is the extractive answer"
