"""The answer engine: Question in, Answer out. It knows no chat platform.

retrieve → weigh → decide → compose:
1. retrieve: hybrid search for the question (with the thread's previous question for a
   follow-up), fair to both languages (bot/retrieval.py);
2. weigh: every sentence, list item and table row of the retrieved passages is described by
   features (bot/evidence.py) and scored by the fitted sentence model (bot/learned.py); the
   passages with the best units are the ones shown and weighed;
3. decide: the fitted answer model weighs the best one against the question
   (bot/features.py, bot/decision.py): answer, escalate to the coordinator, or decline;
4. compose: with a language model configured, a grounded answer citing numbered passages;
   otherwise — and whenever the model fails — the extractive answer: the units that answer,
   quoted with their sources (bot/quote.py).
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np

from bot.sanitize import defuse

from . import answer_types, diacritics, evidence, language, quote
from .decision import Decision, DecisionInput, Reason, decide
from .evidence import Asked, Unit
from .features import decision_features, missing_kinds
from .glossary import Glossary
from .intents import Intent, IntentClassifier
from .learned import Logistic, Params, load_params
from .match import Match, approved_question, closest, pair_features
from .mentions import strip_mentions
from .models import Answer, Citation, Outcome, Passage, Question
from .reader import READ, Reading
from .replies import PROMPTS_DIR, missing_names, phrase
from .sentences import SentenceVectors

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
PASSAGES = 5           # passages an answer shows (in --json / eval) and weighs
# Retrieved passages whose units are candidates: the sentence model ranks the units of all of
# them and the PASSAGES with the best units are the ones shown and weighed. On the eight tune
# parts (out of fold) this put a passage with the answer among the five for 0.943 of the
# answerable questions instead of 0.911 in retrieval order, with the decision's accuracies as
# with five passages weighed (0.659 / 0.837 against 0.656 / 0.840); pools of 10 and 12 found more
# but decided no better.
EVIDENCE_PASSAGES = 8
_FOLLOW_UP = re.compile(r"^(och|men|samt|and|but|what about|hur är det med|vad gäller)\b|\b(det|den|dem|detta|that|it|this|they|them|those)\b",
                        re.IGNORECASE)


@dataclass
class Analysis:
    """Everything the decision looks at, computed once per question (`python -m bot fit` reuses it)."""

    text: str
    language: str
    asked: Asked
    intent: Intent
    passages: list[Passage]           # the retrieved pool (EVIDENCE_PASSAGES), in retrieval order
    units: list[Unit]                 # candidate units with their features, not yet scored
    unknown_terms: float
    unknown_names: list[str]
    offtopic: float
    domain_sim: float
    injection: bool
    creative: bool
    approved: list[tuple[Passage, str, dict[str, float]]] = field(default_factory=list)  # (answer, its question, match features)
    # the reader's scores for units' texts read with this question (bot/engine/reader.py); None: no reader
    reader: Reading | None = None


@dataclass
class Judgement:
    decision: Decision
    ranked: list[Unit] = field(default_factory=list)   # units scored, best first
    quote: list[Unit] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    match: Match | None = None  # the closest approved answer, when there are any
    passages: list[Passage] = field(default_factory=list)  # the PASSAGES shown, those with the best units first


SHIPPED_READER = "shipped"


class Engine:
    def __init__(self, retriever, intents: IntentClassifier, *, llm=None, params: Params | None = None,
                 prompts_dir: Path = PROMPTS_DIR, today: Callable[[], date] = date.today,
                 reader=SHIPPED_READER) -> None:
        """`reader`: the one shipped in params/reader.npz (loaded once per process), another
        (anything with scores(question, texts) -> logits), or None for none."""
        self.retriever = retriever
        self.reader = shipped_reader() if reader == SHIPPED_READER else reader
        self.intents = intents
        self.llm = llm
        self.prompts_dir = prompts_dir
        self.today = today
        self.params = params or load_params(getattr(retriever.embedder, "model_id", ""))
        self.sentence_vectors = SentenceVectors(retriever.embedder, getattr(retriever, "unit_vectors", None))
        self._passage_language: dict[str, str] = {}
        self._glossary: Glossary | None = None
        self._approved_vectors: dict[tuple[str, str], tuple[np.ndarray, tuple]] = {}

    @property
    def glossary(self) -> Glossary:
        if self._glossary is None:
            self._glossary = Glossary.from_file(self.prompts_dir / "glossary.tsv", self.prompts_dir / "lexicon.tsv")
        return self._glossary

    @property
    def params(self) -> Params:
        return self._params

    @params.setter
    def params(self, params: Params) -> None:
        """The fitted parameters, the retriever's fusion weights among them."""
        self._params = params
        if params.retrieval and hasattr(self.retriever, "weights"):
            from .retrieval import Weights

            self.retriever.weights = Weights(**params.retrieval)

    # -- public -----------------------------------------------------------------
    def warm_up(self) -> None:
        """Load what the first question would otherwise wait for: the language model, the intent
        examples, the glossary, the reader and the lexical index. Servers call this once at start. (The passages'
        sentence vectors are read from the store as questions reach them: ingestion stored them.)"""
        language.scores("Who is responsible for twin towns?")
        self.glossary.groups("warm up")
        self.intents.classify("", self.retriever.embed_query("warm up"))
        if self.reader is not None:
            self.reader.scores("warm up", ["warm up"])
        self.retriever.refresh(force=True)
        for passage in self.retriever.approved():
            self._approved_question(passage)

    def answer(self, question: Question) -> Answer:
        started = time.perf_counter()
        analysis = self.analyse(question)
        if isinstance(analysis, Answer):
            return analysis
        judgement = self.judge(analysis)
        answer = self._compose(question, analysis, judgement)
        log.debug("answered outcome=%s reason=%s in %.0f ms", answer.outcome.value, judgement.decision.reason.value,
                  (time.perf_counter() - started) * 1000)
        return answer

    # -- retrieve and describe ------------------------------------------------------
    def analyse(self, question: Question) -> Analysis | Answer:
        """The question's features and evidence; an Answer at once for an empty message."""
        text, earlier, lang = self.read(question)
        if not text:
            return Answer(Outcome.DECLINE, self._say("empty", lang), lang, reason=Reason.EMPTY.value)

        search_text, qvec, groups = self.search_terms(text, earlier)
        intent = self.intents.classify(text, qvec)
        hits = self.retriever.hits(search_text, EVIDENCE_PASSAGES, vector=qvec.tolist(),
                                   expansion=[w for _, ws in groups for w in ws], language=lang)
        passages = [h.passage for h in hits]
        vocabulary = self.retriever.vocabulary
        terms = evidence.question_terms(search_text, groups)
        weights = [max(vocabulary.idf(v) for v in variants) for variants, _ in terms]
        asked = Asked(text, lang, qvec, tuple(kinds_asked(text, earlier, lang)), terms, weights)
        units = evidence.candidate_units(asked, passages, [h.dense for h in hits],
                                         self.sentence_vectors, self._language_of,
                                         lambda: self.other_language_vector(search_text))
        unknown = [w for (variants, _), w in zip(terms, weights) if not any(vocabulary.known(v) for v in variants)]
        domain = self.intents.best_of(qvec, "domain")
        other = max(self.intents.best_of(qvec, "offtopic"), self.intents.best_of(qvec, "injection"))
        return Analysis(
            text=text, language=lang, asked=asked, intent=intent, passages=passages, units=units,
            unknown_terms=sum(unknown) / sum(weights) if weights else 0.0,
            unknown_names=evidence.unknown_names(text, vocabulary, self.glossary),
            offtopic=other - domain, domain_sim=domain,
            injection=intent.label == "injection" and intent.example == "pattern",
            creative=intent.example == "creative writing",
            approved=self._approved_candidates(asked),
            reader=self._reading(asked.text),
        )

    def _reading(self, question: str) -> Reading | None:
        return Reading(question, self.reader.scores) if self.reader is not None else None

    def _approved_candidates(self, asked: Asked) -> list[tuple[Passage, str, dict[str, float]]]:
        """The approved answers whose questions are closest to this one (match.CANDIDATES of them),
        with the features of their questions against it."""
        approved = self.retriever.approved()
        if not approved:
            return []
        prepared = [self._approved_question(p) for p in approved]
        idf = self.retriever.vocabulary.idf
        out = []
        for i in closest(np.array([v for v, _ in prepared]) @ asked.vector):
            passage, (vector, groups) = approved[i], prepared[i]
            question = approved_question(passage)
            out.append((passage, question, pair_features(asked, question, vector, self._language_of(passage),
                                                         passage.text, groups, idf)))
        return out

    def _approved_question(self, passage: Passage) -> tuple[np.ndarray, tuple]:
        """An approved answer's question as a query vector, with its glossary terms (cached)."""
        question = approved_question(passage)
        key = (passage.id, question)
        if key not in self._approved_vectors:
            vector = np.asarray(self.retriever.embed_query(question), dtype=np.float32)
            self._approved_vectors[key] = (vector, tuple(self.glossary.groups(question)))
        return self._approved_vectors[key]

    def read(self, question: Question) -> tuple[str, list[str], str]:
        """The question's text without mentions, the thread's earlier questions, and its language;
        Swedish typed without å, ä and ö with them put back (bot/engine/diacritics.py)."""
        text = strip_mentions(" ".join(question.text.split()))[:MAX_QUESTION_CHARS]
        earlier = [strip_mentions(t.text) for t in question.history if t.role == "user"]
        lang = language.detect(text, question.language_hint, earlier) if text else (question.language_hint or "sv")
        accented = self.retriever.vocabulary.accented
        return (diacritics.restore(text, lang, accented), [diacritics.restore(t, lang, accented) for t in earlier],
                lang)

    def search_terms(self, text: str, earlier: list[str]) -> tuple[str, np.ndarray, tuple]:
        """What is searched for a question: its text (with the thread's previous question for a
        follow-up), that text's vector, and its glossary terms with their translations."""
        search_text = self._with_context(text, earlier)
        vector = np.asarray(self.retriever.embed_query(search_text), dtype=np.float32)
        return search_text, vector, self.glossary.groups(search_text)

    def other_language_vector(self, search_text: str) -> np.ndarray | None:
        """The question rendered word for word in the other language (Glossary.translated) as a
        query vector; None when the glossary has nothing to translate. e5 rates a sentence in the
        other language lower than one in the asker's; against this rendering it rates it fairly
        (the units' similarities use the better of the two; for retrieval a second search with it
        found no more passages on the tune parts, so it is not made)."""
        rendered = self.glossary.translated(search_text)
        if rendered == search_text:
            return None
        return np.asarray(self.retriever.embed_query(rendered), dtype=np.float32)

    @staticmethod
    def _with_context(text: str, earlier: list[str]) -> str:
        """A follow-up ("och vem beslutar det?") is searched together with the question before it."""
        if earlier and (len(text.split()) <= 6 or _FOLLOW_UP.search(text)):
            return f"{earlier[-1]} {text}"
        return text

    def _language_of(self, passage: Passage) -> str:
        if passage.id not in self._passage_language:
            recorded = passage.metadata.get("lang")
            self._passage_language[passage.id] = recorded or language.detect(passage.text)
        return self._passage_language[passage.id]

    # -- weigh and decide -------------------------------------------------------------
    def judge(self, analysis: Analysis, params: Params | None = None) -> Judgement:
        """Score the units, choose the quote and decide (pure given the analysis and the parameters)."""
        params = params or self.params
        passages, units = shown(analysis, params)
        ranked = rank_units(units, params, analysis.reader)
        chosen = quote.select(ranked, wants_list=analysis.asked.wants_list,
                              second_ratio=params.selection.get("second_ratio", quote.SECOND_RATIO),
                              runners_up=int(params.selection.get("runners_up", 1)))
        values = decision_features(analysis.asked, ranked, chosen, passages,
                                   unknown_terms=analysis.unknown_terms, unknown_names=len(analysis.unknown_names),
                                   offtopic=analysis.offtopic, domain_sim=analysis.domain_sim,
                                   reader=analysis.reader(ranked[0].display) if analysis.reader and ranked else 0.0)
        match = best_match(analysis.approved, params.match)
        decision = decide(
            DecisionInput(values, injection=analysis.injection, creative=analysis.creative,
                          has_evidence=bool(ranked), missing=missing_kinds(analysis.asked, chosen),
                          approved=match.probability if match else 0.0),
            params.answer, params.offtopic, with_language_model=self.llm is not None, match=params.match,
            offer=params.match_offer)
        if decision.reason in (Reason.APPROVED_ANSWER, Reason.APPROVED_SIMILAR) and match is not None:
            chosen = [approved_unit(match, analysis.asked)]
        return Judgement(decision, ranked, chosen, values, match, passages)

    # -- compose ------------------------------------------------------------------
    def _say(self, key: str, lang: str, **values) -> str:
        return phrase(key, lang, self.prompts_dir, **values)

    def _compose(self, question: Question, analysis: Analysis, judgement: Judgement) -> Answer:
        decision, lang, passages = judgement.decision, analysis.language, judgement.passages
        reason = decision.reason.value + (f": {', '.join(decision.missing)}" if decision.missing else "")
        if decision.outcome is Outcome.DECLINE:
            key = "decline_injection" if decision.reason is Reason.INJECTION else "decline"
            return Answer(Outcome.DECLINE, self._say(key, lang), lang, passages=passages, reason=reason)
        if decision.outcome is Outcome.ESCALATE:
            if decision.reason is Reason.FACT_MISSING and decision.missing and judgement.ranked:
                text = self._say("escalate_partial", lang, document=judgement.ranked[0].passage.document,
                                 missing=missing_names(list(decision.missing), lang, self.prompts_dir))
            else:
                text = self._say("escalate", lang)
            return Answer(Outcome.ESCALATE, text, lang, passages=passages, confidence=decision.confidence,
                          reason=reason)
        if decision.reason in (Reason.APPROVED_ANSWER, Reason.APPROVED_SIMILAR):  # the coordinator's words, whole
            return self._extractive(lang, judgement, self._with_first(passages, judgement.quote[0].passage), reason,
                                    similar=judgement.match.question if decision.reason is Reason.APPROVED_SIMILAR
                                    and judgement.match else None)
        if self.llm is not None:
            grounded = self._compose_with_model(question, analysis, decision, passages)
            if grounded is not None:
                return grounded
            if not judgement.quote or decision.confidence < self.params.answer.threshold:
                # the offline models would not have answered: say so rather than quote weak evidence
                return Answer(Outcome.ESCALATE, self._say("escalate", lang), lang, passages=passages,
                              confidence=decision.confidence, reason=Reason.WEAK_EVIDENCE.value,
                              note=self._say("llm_failed", lang))
            extractive = self._extractive(lang, judgement, passages, reason)
            extractive.note = self._say("llm_failed", lang)
            extractive.text = f"{extractive.text}\n\n{extractive.note}"
            return extractive
        return self._extractive(lang, judgement, passages, reason)

    @staticmethod
    def _with_first(passages: list[Passage], first: Passage) -> list[Passage]:
        """The passages with the one answered from first (it need not have been retrieved)."""
        return [first, *[p for p in passages if p.id != first.id]][:max(len(passages), 1)]

    def _extractive(self, lang: str, judgement: Judgement, passages: list[Passage], reason: str,
                    similar: str | None = None) -> Answer:
        """The quote with its sources. `similar`: the approved answer is given as the answer to
        this similar question, which the lead names."""
        citations: list[Citation] = []
        numbers: dict[str, int] = {}
        quotes: dict[str, list[Unit]] = {}
        for unit in judgement.quote:
            pid = unit.passage.id
            if pid not in numbers:
                numbers[pid] = len(numbers) + 1
                quotes[pid] = []
            quotes[pid].append(unit)
        lines = []
        for unit_pid, number in numbers.items():
            passage = next(u.passage for u in judgement.quote if u.passage.id == unit_pid)
            text = quote.render(quotes[unit_pid])
            citations.append(Citation(number, passage, text))
            lines.append(f"“{text}” [{number}]")
        first = citations[0].passage
        other_language = self._language_of(first) != lang
        caveat = None
        if first.kind == "approved":
            if similar is None and judgement.decision.reason is not Reason.APPROVED_ANSWER:
                # quoted as evidence for another question: the lead names the question it answered
                similar = approved_question(first)
            lead, caveat = self._approved_lead(first, lang, similar)
        else:
            lead = self._say("lead_in_other_language" if other_language else "lead_in", lang, document=first.document)
        body = defuse("\n".join([lead, *lines, *([caveat] if caveat else [])]))
        return Answer(Outcome.ANSWER, body, lang, citations=citations, confidence=judgement.decision.confidence,
                      passages=passages, reason=reason)

    def _approved_lead(self, passage: Passage, lang: str, similar: str | None = None) -> tuple[str, str | None]:
        """"Answered by the international coordinator on DATE:" (for `similar`: "The international
        coordinator answered a similar question on DATE: “…”") and, when the answer is past its
        review date or a document it relies on has changed, a caveat line."""
        from .approved import approved_lead

        return approved_lead(passage, self.retriever.file_hashes(), self.today(), lang, self.prompts_dir,
                             similar=similar)

    def _compose_with_model(self, question: Question, analysis: Analysis, decision: Decision,
                            passages: list[Passage]) -> Answer | None:
        """A grounded answer from the language model; None when it fails (the caller falls back)."""
        from .grounded import compose
        from .llm import LLMError

        lang = analysis.language
        try:
            result = compose(self.llm, Question(analysis.text, question.asker_id, question.history, lang), passages,
                             lang, prompts_dir=self.prompts_dir)
        except LLMError as e:
            log.warning("language model failed, answering extractively: %s", e)
            return None
        if not result.covered:
            return Answer(Outcome.ESCALATE, self._say("escalate", lang), lang, passages=passages,
                          confidence=decision.confidence, reason=Reason.MODEL_NOT_COVERED.value)
        citations = [Citation(i + 1, p, p.text[:300]) for i, p in enumerate(result.cited)]
        return Answer(Outcome.ANSWER, defuse(result.text), lang, citations=citations,
                      confidence=decision.confidence, passages=passages, reason=Reason.ANSWERED.value)


@lru_cache(maxsize=2)
def shipped_reader(cache_dir: Path | None = None):
    """The reader of params/reader.npz, shared by the engines of a process (None without the
    file); its model derived into `cache_dir` (the embedding model's), or kept in memory."""
    from .reader import Reader

    return Reader.load(cache_dir=cache_dir)


def kinds_asked(text: str, earlier: list[str], language: str | None = None) -> list[str]:
    """The kinds of fact a message asks for; a follow-up with no question of its own ("och för
    frukt?", "and the pocket money?") asks what the thread's previous question asked."""
    kinds = answer_types.asked(text, language)
    if earlier and not kinds and not answer_types.has_question_word(text):
        return answer_types.asked(earlier[-1], language)
    return kinds


def best_match(candidates: list[tuple[Passage, str, dict[str, float]]], model: Logistic | None) -> Match | None:
    """The approved answer most likely to answer the question, by the fitted match model."""
    if model is None or not candidates:
        return None
    x = np.array([[values[f] for f in model.features] for _, _, values in candidates])
    p = model.probability(x)
    best = int(np.argmax(p))
    passage, question, values = candidates[best]
    return Match(passage, question, float(p[best]), values)


def approved_unit(match: Match, asked: Asked) -> Unit:
    """The approved answer as the one unit quoted."""
    passage = match.passage
    whole = evidence.units_of(passage)  # an approved answer is one unit
    text, display = whole[0] if whole else (passage.text, passage.text)
    return Unit(passage, 0, 0, text, display, str(passage.metadata.get("lang") or asked.language),
                match.features.get("cosine", 0.0), score=match.probability)


def shown(analysis: Analysis, params: Params) -> tuple[list[Passage], list[Unit]]:
    """The PASSAGES of the pool whose best units the sentence model scores highest (a passage
    without a unit keeps its retrieval order after them), and the candidate units of those
    passages, whose relative features are computed again among themselves."""
    best: dict[int, float] = {}
    for u in rank_units(list(analysis.units), params, analysis.reader):
        best.setdefault(u.rank, u.score)
    keep = sorted(range(len(analysis.passages)), key=lambda i: (-best.get(i, -1.0), i))[:PASSAGES]
    return [analysis.passages[i] for i in keep], evidence.narrowed(analysis.units, keep)


def rank_units(units: list[Unit], params: Params, reading: Reading | None = None) -> list[Unit]:
    """The units scored by the sentence model, best first; with a reading and a fitted second model
    (`params.rerank`), the reader reads the sentence model's best READ units and the second model
    scores every unit again with what it said."""
    if not units:
        return []
    scores = params.unit.probability(unit_matrix(units, params.unit.features))
    if params.rerank is not None and reading is not None:
        scores = params.rerank.probability(unit_matrix(units, params.rerank.features, reader_column(units, scores, reading)))
    for u, s in zip(units, scores):
        u.score = float(s)
    return sorted(units, key=lambda u: u.score, reverse=True)


def unit_matrix(units: list[Unit], features: tuple[str, ...], reader: np.ndarray | None = None) -> np.ndarray:
    """The units' features as the sentence models take them ("reader": the reader's column)."""
    return np.array([[reader[i] if f == "reader" and reader is not None else u.features[f] for f in features]
                     for i, u in enumerate(units)])


def reader_column(units: list[Unit], scores: np.ndarray, reading: Reading) -> np.ndarray:
    """The reader's score for each of the READ best-scored units; the units it does not read get one
    less than the lowest of those (below every unit it read)."""
    best = np.argsort(-np.asarray(scores), kind="stable")[:READ]
    read = np.array(reading.many([units[i].display for i in best]))
    column = np.full(len(units), float(read.min()) - 1.0)
    column[best] = read
    return column
