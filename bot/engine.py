"""The answer engine: Question in, Answer out. It knows no chat platform.

retrieve → decide → compose:
1. retrieve: hybrid search for the question (with the thread's previous question for a follow-up);
2. decide: decline what is not for this bot (nearest intent example, injection patterns);
   escalate what the documents do not cover (the fact asked for is absent, a name no
   document mentions, or the best evidence is too weak); otherwise answer;
3. compose: with a language model configured, a grounded answer citing numbered passages;
   otherwise — and whenever the model fails — the extractive answer: the sentences that
   answer, quoted with their sources.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from . import answer_types, evidence, language
from .glossary import Glossary
from .intents import IntentClassifier
from .models import Answer, Citation, Outcome, Passage, Question
from .replies import PROMPTS_DIR, missing_names, phrase
from .sanitize import defuse
from .sentences import SentenceVectors

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
_FOLLOW_UP = re.compile(r"^(och|men|samt|and|but|what about|hur är det med|vad gäller)\b|\b(det|den|dem|detta|that|it|this|they|them|those)\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Tuning:
    """The decision's thresholds; see README "How the bot decides" for how they were set."""

    passages: int = 5               # retrieved passages (shown in --json / eval)
    evidence_passages: int = 4      # whose sentences are candidates for the quote
    max_quote_units: int = 3
    max_quote_chars: int = 700
    quote_window: float = 0.012     # runners-up within this score of the best are quoted too
    lexical_weight: float = 0.08    # word overlap's share in a sentence's score
    min_support: float = 0.82       # similarity + lexical_weight × overlap below this: nothing close enough
    min_similarity: float = 0.80    # confidence is 0 at this similarity and 1 at strong_similarity
    strong_similarity: float = 0.87 # above it, answer even without shared words
    min_overlap: float = 0.5        # same language: share of the question's words the evidence must have
    offtopic_margin: float = 0.0    # decline when an off-topic example is nearer than every domain example by this
    offtopic_override: float = 0.85 # ... unless a sentence answers it at least this closely
    candidates: int = 6             # sentences tried, best first, for one that can carry an answer


@dataclass
class Decision:
    outcome: Outcome
    reason: str
    confidence: float
    units: list = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class Engine:
    def __init__(self, retriever, intents: IntentClassifier, *, llm=None, tuning: Tuning = Tuning(),
                 prompts_dir: Path = PROMPTS_DIR, today: Callable[[], date] = date.today) -> None:
        self.retriever = retriever
        self.intents = intents
        self.llm = llm
        self.tuning = tuning
        self.prompts_dir = prompts_dir
        self.today = today
        self.sentence_vectors = SentenceVectors(retriever.embedder, getattr(retriever, "unit_vectors", None))
        self._passage_language: dict[str, str] = {}
        self._glossary: Glossary | None = None

    @property
    def glossary(self) -> Glossary:
        if self._glossary is None:
            self._glossary = Glossary.from_file(self.prompts_dir / "glossary.tsv")
        return self._glossary

    # -- public -----------------------------------------------------------------
    def warm_up(self) -> None:
        """Load what the first question would otherwise wait for: the language model, the intent
        examples and the lexical index. Servers call this once at start. (The passages' sentence
        vectors are read from the store as questions reach them: ingestion stored them.)"""
        language.detect("Vem ansvarar för vänorterna?")
        self.intents.classify("", self.retriever.embed_query("warm up"))
        self.retriever.refresh(force=True)

    def answer(self, question: Question) -> Answer:
        started = time.perf_counter()
        text = " ".join(question.text.split())[:MAX_QUESTION_CHARS]
        earlier = [t.text for t in question.history if t.role == "user"]
        lang = language.detect(text, question.language_hint, earlier) if text else (question.language_hint or "sv")
        if not text:
            return Answer(Outcome.DECLINE, self._say("empty", lang), lang, reason="empty question")

        search_text = self._with_context(text, earlier)
        qvec = self.retriever.embed_query(search_text)
        intent = self.intents.classify(text, qvec)
        groups = self.glossary.groups(search_text)
        hits = self.retriever.hits(search_text, self.tuning.passages, vector=qvec,
                                   expansion=[w for _, ws in groups for w in ws])
        passages = [h.passage for h in hits]

        decision = self._decide(text, search_text, qvec, intent, passages, lang, groups)
        answer = self._compose(question, text, lang, decision, passages)
        log.debug("answered outcome=%s reason=%s in %.0f ms", answer.outcome.value, answer.reason,
                  (time.perf_counter() - started) * 1000)
        return answer

    # -- retrieve -----------------------------------------------------------------
    @staticmethod
    def _with_context(text: str, earlier: list[str]) -> str:
        """A follow-up ("och vem beslutar det?") is searched together with the question before it."""
        if earlier and (len(text.split()) <= 6 or _FOLLOW_UP.search(text)):
            return f"{earlier[-1]} {text}"
        return text

    # -- decide -------------------------------------------------------------------
    def _decide(self, text, search_text, qvec, intent, passages, lang, groups=()) -> Decision:
        t = self.tuning
        if intent.label == "injection" and intent.example == "pattern":
            return Decision(Outcome.DECLINE, "instructions to the bot, not a question", 0.0)
        if intent.example == "creative writing":
            return Decision(Outcome.DECLINE, "creative writing, not a question about the documents", 0.0)
        # Nearer an off-topic example than any in-scope one. That alone does not decline: the
        # documents may still answer it (they can be about more than the examples foresee);
        # it decides between decline and escalate when they do not.
        off_topic = intent.label in ("offtopic", "injection") and (
            intent.similarity > self.intents.best_of(qvec, "domain") + t.offtopic_margin)

        def uncovered(reason: str, confidence: float = 0.0, units=(), missing=()) -> Decision:
            if off_topic:
                return Decision(Outcome.DECLINE, f"off-topic (like: {intent.example!r}); {reason}", 0.0)
            return Decision(Outcome.ESCALATE, reason, confidence, list(units), list(missing))

        units = evidence.score_units(search_text, qvec, passages[:t.evidence_passages], self.sentence_vectors,
                                     lexical_weight=t.lexical_weight, groups=groups)
        if not units:
            return uncovered("nothing in the knowledge base")
        names = evidence.unknown_names(text, self.retriever.vocabulary)
        if names:
            return uncovered(f"no document mentions {', '.join(names)}")

        # The best-scoring sentence that can carry an answer; sentences that fail are skipped
        # (a same-language sentence sharing few words often outscores the right one in the
        # other language).
        weakness = {id(u): self._weakness(u, text, lang) for u in units}
        accepted = next((u for u in units[:t.candidates] if weakness[id(u)] is None), None)
        if accepted is None:
            return uncovered(weakness[id(units[0])], 0.0, units[:1])
        if off_topic and accepted.similarity < t.offtopic_override:
            return uncovered(f"evidence {accepted.similarity:.3f} too weak for an off-topic question")
        usable = [accepted] + [u for u in units if u is not accepted and weakness[id(u)] is None]
        chosen = evidence.pick(usable, max_units=t.max_quote_units, max_chars=t.max_quote_chars,
                               window=t.quote_window, context=units)
        confidence = max(0.0, min(1.0, (accepted.similarity - t.min_similarity) /
                                  (t.strong_similarity - t.min_similarity)))
        quoted = " ".join(u.text for u in chosen)
        wanted = answer_types.missing(text, " ".join(u.passage.text for u in chosen) + " " + quoted)
        if wanted:
            return uncovered(f"the documents give no {', '.join(wanted)}", confidence * 0.5, chosen, wanted)
        return Decision(Outcome.ANSWER, f"evidence similarity {accepted.similarity:.3f}, overlap {accepted.overlap:.2f}",
                        confidence, chosen)

    def _weakness(self, unit, text: str, lang: str) -> str | None:
        """Why this sentence cannot carry an answer, or None when it can."""
        t = self.tuning
        support = unit.similarity + t.lexical_weight * unit.overlap
        if support < t.min_support:
            return f"best evidence too weak ({support:.3f})"
        if self._language_of(unit.passage) != lang:
            return None  # words cannot be compared across languages; similarity decides
        coverage = evidence.overlap(text, unit.passage.section + " " + unit.passage.text)
        if coverage < t.min_overlap and unit.similarity < t.strong_similarity:
            return f"the evidence shares too few of the question's words ({coverage:.2f})"
        return None

    def _language_of(self, passage: Passage) -> str:
        if passage.id not in self._passage_language:
            self._passage_language[passage.id] = language.detect(passage.text)
        return self._passage_language[passage.id]

    # -- compose ------------------------------------------------------------------
    def _say(self, key: str, lang: str, **values) -> str:
        return phrase(key, lang, self.prompts_dir, **values)

    def _compose(self, question: Question, text: str, lang: str, decision: Decision,
                 passages: list[Passage]) -> Answer:
        if decision.outcome is Outcome.DECLINE:
            key = "decline_injection" if decision.reason.startswith("instructions") else "decline"
            return Answer(Outcome.DECLINE, self._say(key, lang), lang, passages=passages, reason=decision.reason)
        if decision.outcome is Outcome.ESCALATE:
            if decision.missing and decision.units:  # say what is missing and where the closest is
                text = self._say("escalate_partial", lang, document=decision.units[0].passage.document,
                                 missing=missing_names(decision.missing, lang, self.prompts_dir))
            else:
                text = self._say("escalate", lang)
            return Answer(Outcome.ESCALATE, text, lang, passages=passages,
                          confidence=decision.confidence, reason=decision.reason)
        if self.llm is not None:
            grounded = self._compose_with_model(question, text, lang, decision, passages)
            if grounded is not None:
                return grounded
            extractive = self._extractive(lang, decision, passages)
            extractive.note = self._say("llm_failed", lang)
            extractive.text = f"{extractive.text}\n\n{extractive.note}"
            return extractive
        return self._extractive(lang, decision, passages)

    def _extractive(self, lang: str, decision: Decision, passages: list[Passage]) -> Answer:
        citations: list[Citation] = []
        numbers: dict[str, int] = {}
        quotes: dict[str, list[str]] = {}
        for unit in decision.units:
            pid = unit.passage.id
            if pid not in numbers:
                numbers[pid] = len(numbers) + 1
                quotes[pid] = []
            quotes[pid].append(unit.display)
        lines = []
        for unit_pid, number in numbers.items():
            passage = next(u.passage for u in decision.units if u.passage.id == unit_pid)
            quote = " ".join(quotes[unit_pid])
            citations.append(Citation(number, passage, quote))
            lines.append(f"“{quote}” [{number}]")
        first = citations[0].passage
        other_language = self._language_of(first) != lang
        caveat = None
        if first.kind == "approved":
            lead, caveat = self._approved_lead(first, lang)
        else:
            lead = self._say("lead_in_other_language" if other_language else "lead_in", lang, document=first.document)
        body = defuse("\n".join([lead, *lines, *([caveat] if caveat else [])]))
        return Answer(Outcome.ANSWER, body, lang, citations=citations, confidence=decision.confidence,
                      passages=passages, reason=decision.reason)

    def _approved_lead(self, passage: Passage, lang: str) -> tuple[str, str | None]:
        """"Answered by the international coordinator on DATE:" and, when the answer is past its
        review date or a document it relies on has changed, a caveat line."""
        from .approved import approved_lead

        store = self.retriever.store
        return approved_lead(passage, store.config.knowledge_dir, store.files(), self.today(), lang)

    def _compose_with_model(self, question, text, lang, decision, passages) -> Answer | None:
        """A grounded answer from the language model; None when it fails (the caller falls back)."""
        from .grounded import compose
        from .llm import LLMError

        try:
            result = compose(self.llm, Question(text, question.asker_id, question.history, lang), passages, lang,
                             prompts_dir=self.prompts_dir)
        except LLMError as e:
            log.warning("language model failed, answering extractively: %s", e)
            return None
        if not result.covered:
            return Answer(Outcome.ESCALATE, self._say("escalate", lang), lang, passages=passages,
                          confidence=decision.confidence * 0.5, reason="the language model found the passages do not cover it")
        citations = [Citation(i + 1, p, p.text[:300]) for i, p in enumerate(result.cited)]
        return Answer(Outcome.ANSWER, defuse(result.text), lang, citations=citations,
                      confidence=decision.confidence, passages=passages, reason=decision.reason)
