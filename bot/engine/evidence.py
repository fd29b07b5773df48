"""Evidence: the quotable units of the best passages, each described by the features the
fitted sentence model scores (bot/learned.py), and the word statistics those features use.

A unit is a sentence, a list item or table row (with the line that introduces it), a whole
contact entry or a whole approved answer (ingest/units.py). Word overlap counts Swedish
compounds ("arbetet" is found in "utvecklingsarbetet") and glossary translations, and weighs
each word by how rare it is in the knowledge base: sharing "Erasmus" says more than sharing
"kommunen".
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Collection, cast

import numpy as np

from ingest.units import in_context, units

from . import answer_types
from .lexical import STOPWORDS, _stems, words
from .models import Passage

# Words that shape a question rather than name its subject: "how often", "hur länge"; pronouns and
# indefinites ("vad är X för något", "hur når jag henne"); the rest of the Snowball stop-word lists
# for Swedish and English ("vår", "varje", "have", "each": no passage in the other language has
# them); and the words that ask for a contact detail, which the detail itself answers ("Elin
# Sjöbergs telefonnummer?" is answered by "telefon 0322-…").
QUESTION_FORM = frozenset("""ofta länge långt mycket många stor stort stora often long much many large big
finns gäller får måste behöver ska skall kan göra gör görs does make made get got need needs must
något någon några någonting inget ingen inga ingenting henne honom hen hon han hans hennes dem dom
oss mig dig min mitt mina din ditt dina själv sådan sådant sådana nå når just bara ju väl nog typ
something someone anything anyone nothing her him his hers me mine us myself yourself itself
themselves reach please thanks hej hi hello
sig hade icke skulle kunde här allt denna detta dessa blev blivit vår vårt våra ert era vars vilkas varför
vart sitta samma varje inom ours ourselves yours yourselves himself herself theirs being have has had having
doing but because while once again further all any both each few more most other some such nor own same too
very now
telefonnummer telefonnumret telefonnumren mobilnummer nummer numret number numbers phone telephone
e-post e-postadress e-postadressen mejladress mejladressen mailadress mejl mail email e-mail
""".split())
# A sentence that stands for something said before ("Detta sker …"); not "Denna policy …", which names it.
ANAPHOR = re.compile(r"^(detta|dessa|därför|då|det här|this|these|it|they|then|there)\b", re.I)
_DEFINITION = re.compile(r"\b(är|var|avser|betyder|innebär|kallas|står för|definieras|is|are|was|means|refers to|"
                         r"stands for|is called|is defined)\b", re.I)


# a two-letter word written with a capital is a name or an abbreviation ("Jonas Ek", "EU", "HR")
_SHORT_NAME = re.compile(r"\b[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]\b")


def content_words(text: str) -> list[str]:
    short = {m.group(0).lower() for m in _SHORT_NAME.finditer(text)}
    return [w for w in dict.fromkeys(words(text)) if (len(w) > 2 or w in short) and w not in QUESTION_FORM]


def with_parts(ws) -> list[str]:
    """The words and, of a hyphenated one ("PIC-kod", "EU:s"), its parts too, as the lexical index
    counts them: a question's "PIC" is found in "PIC-koden"."""
    out = []
    for w in ws:
        out.append(w)
        if "-" in w or ":" in w:
            out += [part for part in re.split(r"[-:]", w) if len(part) > 1 and part not in STOPWORDS]
    return out


@lru_cache(maxsize=50_000)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(with_parts(words(text)))


def _found(word: str, have: frozenset[str]) -> bool:
    if " " in word:  # a glossary phrase: all of its words
        return all(_found(w, have) for w in word.split())
    if word in have:
        return True
    stems = [s for s in _stems(word) if len(s) >= 4]
    return (any(s in w for s in stems for w in have)
            # an ending the stemmer keeps: "policyn" ~ "policy"
            or any(len(w) >= 5 and word.startswith(w) and len(word) - len(w) <= 3 for w in have))


def overlap(question: str, text: str, groups: tuple = ()) -> float:
    """Share of the question's content words found in the text (stem, or inside a compound).

    `groups` are glossary terms of the question with their translations: such a term
    counts as found when the text has any translation of it.
    """
    terms = question_terms(question, groups)
    if not terms:
        return 0.0
    have = _word_set(text.lower())
    return sum(any(_found(v, have) for v in variants) for variants, _ in terms) / len(terms)


def question_terms(question: str, groups: tuple = ()) -> list[tuple[tuple[str, ...], str]]:
    """The question's content words as (variants, word): a glossary term brings its translations."""
    covered = {w for term, _ in groups for w in words(term)}
    terms: list[tuple[tuple[str, ...], str]] = [((w,), w) for w in content_words(question) if w not in covered]
    # a glossary term that only shapes the question ("telefonnummer") is no more its subject than
    # the word alone
    terms += [((term, *translations), term) for term, translations in groups
              if not all(w in QUESTION_FORM for w in words(term))]
    return terms


def weighted_overlap(terms, weights: list[float], text: str) -> float:
    """Share of the question's terms found in the text, each term weighted by its rarity."""
    total = sum(weights)
    if not terms or total <= 0:
        return 0.0
    have = _word_set(text.lower())
    return sum(w for (variants, _), w in zip(terms, weights) if any(_found(v, have) for v in variants)) / total


def _fold(word: str) -> str:
    return word.translate(str.maketrans("åäöéü", "aaoeu"))


class Vocabulary:
    """The corpus's words: for name look-ups, and how rare a word is (its inverse document frequency)."""

    def __init__(self, texts) -> None:
        texts = list(texts)
        self.size = len(texts)
        known: set[str] = set()
        forms: Counter = Counter()
        stem_df: Counter = Counter()
        for t in texts:
            ws = set(with_parts(words(t)))
            known.update(_fold(w) for w in ws)
            forms.update(ws)
            stem_df.update({s for w in ws for s in _stems(w)})
        # sets here; counts in retrieval's live vocabulary, which keeps them file by file
        self._words: Collection[str] = known
        self._forms: Collection[str] = forms  # as written (with å, ä, ö): in how many texts
        self._accented: dict[str, str] | None = None
        self._stem_df = stem_df
        self._prefixes: Collection[str] = {w[:5] for w in known if len(w) >= 5}
        # endings of compounds ("utvecklingsarbetet" ends in "arbetet"), for words found only inside one
        self._endings: Collection[str] = {w[i:] for w in known if len(w) >= 8 for i in range(1, len(w) - 4)}

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def accented(self, word: str) -> str | None:
        """The form with å, ä or ö of a word typed without them ("larare" → "lärare"), when the corpus
        uses it more than the word as typed; None otherwise."""
        if self._accented is None:
            forms = cast(Counter, self._forms)
            best: dict[str, str] = {}
            for form, n in forms.items():
                key = _fold(form)
                if key != form and n > forms.get(key, 0) and (key not in best or n > forms[best[key]]):
                    best[key] = form
            self._accented = best
        return self._accented.get(word)

    def has_prefix(self, prefix: str) -> bool:
        return prefix in self._prefixes

    def df(self, word: str) -> int:
        """In how many texts a word (by its Swedish or English stem) occurs."""
        return max((self._stem_df.get(s, 0) for s in _stems(word.lower())), default=0)

    def idf(self, word: str) -> float:
        """log((N + 1) / (df + 1)) + 1, with a word unknown to the corpus as rare as can be."""
        parts = word.split()
        df = min((self.df(p) for p in parts), default=0) if parts else 0
        return math.log((self.size + 1) / (df + 1)) + 1.0

    def known(self, word: str) -> bool:
        """Does the corpus use this word, inflected or inside a compound?"""
        w = _fold(word.lower())
        if w in self._words or self.df(word) > 0:
            return True
        return len(w) >= 5 and (w[:5] in self._prefixes and len(w) <= 7 or w in self._endings
                                or any(len(s) >= 5 and _fold(s) in self._endings for s in _stems(word.lower())))


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÅÄÖ][\w+]*[+]?|[A-ZÅÄÖ]{2,}\w*)")


def unknown_names(question: str, vocabulary, glossary=None) -> list[str]:
    """Names in the question (capitalised words not opening it, acronyms) that no document mentions.

    A name counts as known when some document word shares its first five letters ("Nordic" ~
    "nordiska"), or when the glossary translates it into a word the documents use ("English" ~
    "engelska").
    """
    out = []
    for m in _PROPER.finditer(question.strip()):
        word = m.group(1)
        if m.start() == 0:
            continue
        key = _fold(word.lower().rstrip("+"))
        if len(key) < 3:
            continue
        if key in vocabulary or (len(key) >= 5 and vocabulary.has_prefix(key[:5])):
            continue
        if glossary is not None and any(vocabulary.known(t) for _, ts in glossary.groups(word) for t in ts):
            continue
        out.append(word)
    return out


# -- what the question names ------------------------------------------------------------------
# A number as written ("2025", "4 000"), a code with digits ("KA220", "3b").
_NUMBER = re.compile(r"(?<![\w])\d+(?:[ \u00a0]\d{3})*(?![\w])")
_CODE = re.compile(r"\b[A-Za-zÅÄÖåäö]+\d+\w*\b|\b\d+[A-Za-zÅÄÖåäö]+\b")


def specifics(question: str, terms=()) -> list[tuple[str, tuple[str, ...]]]:
    """What the question names exactly: its numbers and years, codes, and names (capitalised
    words not opening it), each with the forms that count as it — ("number", ("2025",)),
    ("code", ("ka220",)), ("name", ("klimatkommunerna",)); a name the glossary translates counts
    in either language (its term's translations). A quote about 2026 does not answer a question
    about 2025, nor one about Denmark a question about Tanzania."""
    translations = {w: variants for variants, _ in terms if len(variants) > 1 for w in words(variants[0])}
    out: list[tuple[str, tuple[str, ...]]] = [
        ("number", (m.group(0).replace(" ", "").replace("\u00a0", ""),)) for m in _NUMBER.finditer(question)]
    out += [("code", (m.group(0).lower(),)) for m in _CODE.finditer(question)]
    codes = {forms[0] for kind, forms in out if kind == "code"}
    for m in _PROPER.finditer(question.strip()):
        word = m.group(1).lower().rstrip("+")
        if m.start() > 0 and len(word) >= 3 and word not in codes:
            out.append(("name", translations.get(word, (word,))))
    return list(dict.fromkeys(out))


def missing_specifics(named: list[tuple[str, tuple[str, ...]]], text: str) -> float:
    """Share of the question's specifics (`specifics`) that the text does not have."""
    if not named:
        return 0.0
    lower = text.lower()
    numbers = {m.group(0).replace(" ", "").replace("\u00a0", "") for m in _NUMBER.finditer(text)}
    have = _word_set(lower)
    missing = 0
    for kind, forms in named:
        if kind == "number":
            missing += forms[0] not in numbers
        elif kind == "code":
            missing += forms[0] not in lower
        else:
            missing += not any(_found(form, have) for form in forms)
    return missing / len(named)


# -- units and their features ----------------------------------------------------------------
UNIT_FEATURES = (
    "sim",            # cosine of question and unit (e5 query vs passage)
    "sim_gap",        # sim minus the best unit's sim: how far behind the best it is
    "sim_lang_gap",   # the same, among units in the unit's own language (fair across languages)
    "sim_context",    # cosine of question and the unit read under its document title and heading
    "sim_context_gap",  # … minus the best unit's
    "passage_sim",    # cosine of question and the whole passage
    "rank",           # of its passage / 4: in retrieval order, then in the order shown (engine.shown)
    "position",       # within the passage, 0 = first unit
    "overlap",        # rarity-weighted share of the question's terms in the unit
    "context_overlap",  # … in the unit with its section heading and document title
    "same_language",  # unit and question in the same language
    "kind_match",     # the question asks for a kind of fact (amount, date, …) and the unit has it
    "kind_miss",      # … and the unit lacks it
    "definition",     # a "what is" question and a unit that defines its subject
    "list_item",      # a list item or table row
    "list_match",     # … answering a "which …" question
    "rule_match",     # a yes/no question, and the unit states a rule ("får inte", "must", "only")
    "anaphor",        # the unit refers back ("Detta …")
    "length",         # log of its length in characters
)


@dataclass
class Unit:
    passage: Passage
    rank: int       # of its passage in the retrieval
    position: int   # within the passage
    text: str       # as stored
    display: str    # as quoted (a list item gets its lead-in)
    language: str
    similarity: float
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0  # the sentence model's probability that the unit answers (set by the engine)

    @property
    def is_item(self) -> bool:
        return self.text.startswith("- ")


def units_of(passage: Passage) -> list[tuple[str, str]]:
    """(text, display) pairs; list items are shown with the line that introduces the list."""
    return units(passage.text, passage.kind)


@dataclass(frozen=True)
class Asked:
    """The question as the evidence features see it."""

    text: str
    language: str
    vector: np.ndarray
    kinds: tuple[str, ...]
    terms: list          # question_terms(...)
    weights: list[float]  # rarity of each term

    @property
    def hard_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in self.kinds if k not in ("list", "definition", "yesno", "procedure"))

    @property
    def wants_list(self) -> bool:
        """A "which …" question is answered by a list's items, a "how do I …" one by its steps."""
        return "list" in self.kinds or "procedure" in self.kinds


def defines_subject(text: str, subject: list[str]) -> bool:
    """Whether the text defines the subject: the subject is named before the verb that defines it
    ("An EPC is …", "En PIC-kod är …", "Vänort betyder …"), or the text is a glossary line, the
    term and then a colon ("PIC-kod: Participant Identification Code, ett niosiffrigt nummer …").
    "This guide is only about the programme" names no subject before its verb."""
    if not subject:
        return False
    head = " ".join(text.split()[:12])
    term, colon, _ = head.partition(":")
    if colon and len(term.split()) <= 6 and overlap(" ".join(subject), term) > 0:
        return True
    m = _DEFINITION.search(head)
    return m is not None and overlap(" ".join(subject), head[:m.start()]) > 0


def subject_words(asked: Asked) -> list[str]:
    """The words a "what is X" question asks about."""
    return [v[0] for v, _ in asked.terms]


def candidate_units(asked: Asked, passages: list[Passage], passage_sims: list[float], vectors,
                    language_of, other_vector: Callable[[], np.ndarray | None] = lambda: None) -> list[Unit]:
    """Every quotable unit of the passages with its features (unscored). `other_vector()`: the
    question rendered word for word in the other language, as a query vector (asked for only when
    a unit is in the other language); such a unit's similarity is the better of the two."""
    raw = []
    for rank, p in enumerate(passages):
        pairs = units_of(p)
        for pos, (text, display) in enumerate(pairs):
            # a list's lead-in alone ("Alingsås kommun", "Följande gäller:") is not an answer: its
            # items are, each quoted with it
            leads = pos + 1 < len(pairs) and pairs[pos + 1][0].startswith("- ") and (
                text.rstrip().endswith(":") or len(text) < 40)
            # nor is a short line that is not a sentence (a heading, a label: "Kontakt", "Alingsås
            # kommun"); a short sentence can be the answer ("Alkohol serveras inte vid luncher.")
            fragment = len(text) < 40 and not text.rstrip().endswith((".", "!", "?"))
            if not text.startswith("- ") and p.kind != "contacts" and len(pairs) > 1 and (leads or fragment):
                continue
            raw.append((rank, pos, p, text, display))
    if not raw:
        return []
    q = np.asarray(asked.vector, dtype=np.float32)
    unit_vectors = vectors([r[3] for r in raw])
    context_vectors = vectors([in_context(r[2].document, r[2].section, r[3]) for r in raw])
    sims, context_sims = unit_vectors @ q, context_vectors @ q
    languages = [language_of(r[2]) for r in raw]
    other = np.array([lang != asked.language for lang in languages])
    q_other = other_vector() if other.any() else None
    if q_other is not None:
        sims = np.where(other, np.maximum(sims, unit_vectors @ q_other), sims)
        context_sims = np.where(other, np.maximum(context_sims, context_vectors @ q_other), context_sims)
    out = [Unit(p, rank, pos, text, display, lang, float(sim))
           for (rank, pos, p, text, display), lang, sim in zip(raw, languages, sims)]
    hard = asked.hard_kinds
    wants_list = asked.wants_list
    yesno = "yesno" in asked.kinds
    defines = "definition" in asked.kinds
    subject = subject_words(asked)
    for u, context_sim in zip(out, context_sims):
        context = f"{u.passage.document} {u.passage.section} {u.display}"
        has_kinds = [answer_types.has(k, u.display) for k in hard]
        u.features = {
            "sim": u.similarity,
            "sim_context": float(context_sim),
            "passage_sim": passage_sims[u.rank] if u.rank < len(passage_sims) else 0.0,
            "position": min(u.position, 10) / 10.0,
            "overlap": weighted_overlap(asked.terms, asked.weights, u.display),
            "context_overlap": weighted_overlap(asked.terms, asked.weights, context),
            "same_language": float(u.language == asked.language),
            "kind_match": float(bool(hard) and all(has_kinds)),
            "kind_miss": float(bool(hard) and not all(has_kinds)),
            "definition": float(defines and defines_subject(u.display, subject)),
            "list_item": float(u.is_item),
            "list_match": float(u.is_item and wants_list),
            "rule_match": float(yesno and answer_types.has("yesno", u.display)),
            "anaphor": float(bool(ANAPHOR.match(u.text))),
            "length": math.log(len(u.display) + 1) / 6.0,
        }
    return with_relative_features(out)


def with_relative_features(units: list[Unit]) -> list[Unit]:
    """Set the features that compare a unit with the others (how far behind the best it is) and
    its passage's rank: computed again when the candidates are narrowed to the shown passages."""
    if not units:
        return units
    best = max(u.similarity for u in units)
    best_context = max(u.features["sim_context"] for u in units)
    best_by_lang: dict[str, float] = {}
    for u in units:
        best_by_lang[u.language] = max(best_by_lang.get(u.language, -1.0), u.similarity)
    for u in units:
        u.features["sim_gap"] = u.similarity - best
        u.features["sim_lang_gap"] = u.similarity - best_by_lang[u.language]
        u.features["sim_context_gap"] = u.features["sim_context"] - best_context
        u.features["rank"] = u.rank / 4.0
    return units


def narrowed(units: list[Unit], keep: list[int]) -> list[Unit]:
    """Copies of the units of the passages `keep` (retrieval ranks, in their new order), ranked
    anew in that order, with their relative features among themselves."""
    new_rank = {old: new for new, old in enumerate(keep)}
    return with_relative_features([replace(u, rank=new_rank[u.rank], features=dict(u.features))
                                   for u in units if u.rank in new_rank])
