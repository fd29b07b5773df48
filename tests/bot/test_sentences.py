"""Sentence (unit) vectors: read from the store where ingestion put them, embedded only when missing."""
from __future__ import annotations

import numpy as np

from bot.engine import Engine
from bot.intents import IntentClassifier
from bot.models import Outcome, Question
from bot.replies import PROMPTS_DIR
from bot.retrieval import Retriever
from bot.sentences import SentenceVectors
from ingest.units import units


class CountingEmbedder:
    """The real embedder, counting the passages (documents) it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.documents: list[str] = []

    def embed_documents(self, texts):
        self.documents += list(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def test_a_fresh_engine_quotes_sentences_without_embedding_any(policy_store):
    """Ingestion stored every sentence's vector: a starting server embeds none, nor do its first answers."""
    _, embedder, store = policy_store
    counting = CountingEmbedder(embedder)
    engine = Engine(Retriever(store, counting), IntentClassifier.from_file(PROMPTS_DIR / "intents.yaml", counting))
    engine.warm_up()
    first = engine.answer(Question("Vem beslutar om nya formella vänorter?"))
    second = engine.answer(Question("Hur ofta ska policyn revideras?"))
    assert first.outcome is Outcome.ANSWER and "beslutar om nya formella vänorter" in first.text.lower()
    assert second.outcome is Outcome.ANSWER and "vart fjärde år" in second.text
    assert counting.documents == [] and engine.sentence_vectors.embedded == 0


def test_stored_vectors_equal_what_the_engine_would_embed(policy_store):
    _, embedder, store = policy_store
    retriever = Retriever(store, embedder)
    passage = retriever.search("Vem beslutar om nya formella vänorter?", k=1)[0]
    sentences = [t for t, _ in units(passage.text, passage.kind)]
    stored = retriever.unit_vectors(sentences)
    assert set(stored) == set(sentences)
    fresh = np.asarray(embedder.embed_documents(sentences))
    assert np.allclose(np.asarray([stored[s] for s in sentences]), fresh, atol=1e-3)  # stored as float16


class ListEmbedder:
    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def embed_documents(self, texts):
        self.asked.append(list(texts))
        return [[float(len(t)), 1.0] for t in texts]


def test_units_the_store_lacks_are_embedded_once_and_kept():
    """A store ingested before units were stored, or units split differently since: embedded here, once."""
    embedder = ListEmbedder()
    vectors = SentenceVectors(embedder, lambda texts: {t: [0.0, 2.0] for t in texts if t == "stored"})
    got = vectors(["stored", "new one", "stored"])
    assert got.tolist() == [[0.0, 2.0], [7.0, 1.0], [0.0, 2.0]]
    assert embedder.asked == [["new one"]]
    vectors(["new one", "stored"])
    assert embedder.asked == [["new one"]] and vectors.embedded == 1
