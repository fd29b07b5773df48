"""Hybrid retrieval over the real policy with the real local embeddings (the session's policy_store)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot.engine import retrieval
from bot.engine.retrieval import Retriever, Weights
from ingest.config import StoreConfig
from ingest.indexer import ingest
from ingest.store import KnowledgeStore

# (phrase of the passage, Swedish question, English question)
CROSS_LANGUAGE = [
    ("revideras vart fjärde år", "Hur ofta ska policyn revideras?", "How often should the policy be revised?"),
    ("West Sweden är en prioriterad samarbetspartner", "Vilken organisation är en prioriterad samarbetspartner i EU-frågor?",
     "Which organisation is a priority partner for EU matters?"),
]


def passage_with(hits, phrase: str):
    return next((h for h in hits if phrase in " ".join(h.text.split())), None)


@pytest.mark.parametrize("phrase, swedish, english", CROSS_LANGUAGE)
def test_swedish_and_english_questions_find_the_same_swedish_passage(retriever, phrase, swedish, english):
    found_sv = passage_with(retriever.search(swedish, k=5), phrase)
    found_en = passage_with(retriever.search(english, k=5), phrase)
    assert found_sv is not None, f"{swedish!r} did not find {phrase!r}"
    assert found_en is not None, f"{english!r} did not find {phrase!r}"
    assert found_en.id == found_sv.id


def test_english_question_finds_the_swedish_passage_by_meaning_alone(policy_store):
    """Without BM25 (which shares no words with the question) the embeddings still match across languages."""
    _, embedder, store = policy_store
    dense_only = Retriever(store, embedder, weights=Weights(lexical=0.0))
    hits = dense_only.search("How often should the policy be revised?", k=3)
    assert passage_with(hits, "revideras vart fjärde år") is not None


def test_contacts_are_searchable(retriever):
    hits = retriever.search("Vem är vänortsansvarig?", k=5)
    contact = next((h for h in hits if h.kind == "contacts"), None)
    assert contact is not None and contact.section == "Vänortsansvarig tjänsteman"
    assert "Twinning officer" in contact.text and contact.source == "contacts.yaml"
    assert contact.document == "Kontakter för det internationella arbetet"


def test_results_carry_text_document_section_page_and_score(retriever):
    hits = retriever.search("Var redovisas uppföljningen av det internationella arbetet?", k=5)
    assert len(hits) == 5
    top = passage_with(hits, "Detta sker lämpligen i årsredovisningen.")
    assert top is not None
    assert (top.document, top.source, top.section, top.page) == (
        "Internationell policy", "internationell-policy.md", "Organisation › Uppföljning och utvärdering", None)
    assert top.label() == "Internationell policy › Uppföljning och utvärdering"
    scores = [h.score for h in hits]
    assert all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    assert len({h.id for h in hits}) == 5


def test_a_running_retriever_sees_an_ingest_made_by_another_process(tmp_path, local_embedder, monkeypatch):
    monkeypatch.setattr(retrieval, "STATE_CHECK_SECONDS", 0)
    monkeypatch.setattr(Retriever, "STATE_CHECK_SECONDS", 0, raising=False)
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    policy = knowledge / "policy.md"
    follow_up = "Policyn ska följas upp och revideras vart fjärde år."
    policy.write_text("# Internationell policy\n\n## Organisation\n\nKommunstyrelsen är politiskt styrorgan.\n\n"
                      f"## Uppföljning\n\n{follow_up}\n", encoding="utf-8")
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=tmp_path / "chroma")
    ingest(KnowledgeStore(config, local_embedder.model_id), local_embedder)
    live = Retriever(KnowledgeStore(config, local_embedder.model_id).open(create=False), local_embedder)

    question = "När ska man välja tåg i stället för flyg?"
    new = "Vid internationella resor ska tåg väljas före flyg när restiden understiger sex timmar."
    assert passage_with(live.search(question, k=5), new) is None
    assert passage_with(live.search("Hur ofta ska policyn revideras?", k=5), "vart fjärde år") is not None

    text = policy.read_text(encoding="utf-8").replace(follow_up, "Policyn följs upp årligen.")
    policy.write_text(text + f"\n## Resor\n\n{new}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "ingest", "--json"], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(config.chroma_path)},
                          timeout=180)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1])["updated"] == 1

    hits = live.hits(question, k=5)
    assert live.chunk_count == 3
    assert new in hits[0].passage.text
    assert hits[0].dense > 0  # found by its vector too: the dense index was reread, not only BM25
    assert passage_with(live.search("Hur ofta ska policyn revideras?", k=5), "vart fjärde år") is None


class CountingStore(KnowledgeStore):
    """A real store that records which chunks a reader asks for: all of them, or one file's."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.read_all = 0
        self.read_files: list[str] = []

    def iter_chunks(self, **kwargs):
        self.read_all += 1
        return super().iter_chunks(**kwargs)

    def file_chunks(self, source, file_hash):
        self.read_files.append(source)
        return super().file_chunks(source, file_hash)


def test_after_an_ingest_only_the_changed_and_removed_files_are_reread(tmp_path, monkeypatch):
    """The lexical index follows the change: one edited file is read again, a deleted one leaves;
    BM25 ranks as an index built from scratch would."""
    from tests.ingest.fakes import FakeEmbedder, long_markdown

    monkeypatch.setattr(retrieval, "STATE_CHECK_SECONDS", 0)
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    for name in ("a", "b", "c"):
        (knowledge / f"{name}.md").write_text(long_markdown(f"Dokument {name}", 3), encoding="utf-8")
    embedder = FakeEmbedder()
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=tmp_path / "chroma")
    ingest(KnowledgeStore(config, embedder.model_id), embedder)
    store = CountingStore(config, embedder.model_id)
    live = Retriever(store.open(create=False), embedder)
    assert live.chunk_count == 9 and store.read_all == 1

    (knowledge / "b.md").write_text("# Dokument b\n\nParkering i garaget under stadshuset.\n", encoding="utf-8")
    (knowledge / "c.md").unlink()
    ingest(KnowledgeStore(config, embedder.model_id), embedder)

    hits = live.hits("Var finns parkering i garaget?", k=5)
    assert (store.read_all, store.read_files) == (1, ["b.md"])
    assert live.chunk_count == 4
    assert hits[0].passage.source == "b.md" and hits[0].lexical > 0
    assert {h.passage.source for h in hits} <= {"a.md", "b.md"}
    fresh = Retriever(KnowledgeStore(config, embedder.model_id).open(create=False), embedder)
    assert [(h.passage.id, round(h.lexical, 4)) for h in fresh.hits("Var finns parkering i garaget?", k=5)] == \
        [(h.passage.id, round(h.lexical, 4)) for h in hits]
    assert "parkering" in live.vocabulary and "stycke" in live.vocabulary


def test_the_vocabulary_after_file_updates_answers_as_one_built_from_the_current_texts():
    """Files added, replaced and removed: every look-up equals a Vocabulary of the texts left."""
    from bot.engine.evidence import Vocabulary
    from bot.engine.retrieval import _LiveVocabulary

    a = ["Vänorterna i Norden möts i Alingsås.", "Utvecklingsarbetet leds av kommunstyrelsen.", "Bära och bära."]
    b = ["Erasmus+ ger elever utbyten.", "Kommunstyrelsen beslutar om resor.", "Bara en väska.", "Bara två."]
    c = ["West Sweden har kontor i Bryssel.", "Man får bara bära en väska."]
    live = _LiveVocabulary().updated(add=[a, b, c]).updated(remove=[b], add=[["Horizon Europe finansierar forskning."]])
    fresh = Vocabulary(a + c + ["Horizon Europe finansierar forskning."])
    for word in ("vanorterna", "erasmus", "kommunstyrelsen", "arbetet", "horizon", "bryssel", "elever", "resor",
                 "bara", "vaska", "mots"):
        assert (word in live, live.known(word), live.df(word), live.idf(word), live.accented(word)) == \
            (word in fresh, fresh.known(word), fresh.df(word), fresh.idf(word), fresh.accented(word)), word
    # with the file that used "bara" most gone, "bära" is the commoner form
    assert live.accented("bara") == "bära" and live.accented("vaska") == "väska"
    assert live.has_prefix("vanor") and not live.has_prefix("erasm") and live.size == fresh.size == 6


# --- the fusion as a pure function, and choosing its weights --------------------------------------

def _meta(langs: dict[int, str], kinds: dict[int, str] | None = None):
    return lambda i: {"lang": langs[i], "kind": (kinds or {}).get(i, "document")}


def test_the_best_passage_in_the_other_language_keeps_a_place_and_contacts_are_capped():
    from bot.engine.retrieval import MAX_CONTACTS, Candidates, Weights, fuse

    # ten Swedish passages ranked first by both sides, the English one last
    found = Candidates([(i, 0.9 - i / 100) for i in range(11)], {}, [(i, 10.0 - i) for i in range(11)])
    langs = {i: "sv" for i in range(10)} | {10: "en"}
    without, _ = fuse(found, _meta(langs), "sv", Weights(other_language_places=0), 5)
    with_place, _ = fuse(found, _meta(langs), "sv", Weights(other_language_places=1), 5)
    assert 10 not in without and with_place[:4] == without[:4] and with_place[4] == 10
    contacts = {i: "contacts" for i in range(6)}
    best, _ = fuse(found, _meta(langs, contacts), "sv", Weights(other_language_places=0), 5)
    assert sum(i in contacts for i in best) == MAX_CONTACTS


def test_the_lexical_rankings_best_keeps_a_place_though_the_dense_side_never_found_it():
    from bot.engine.retrieval import Candidates, Weights, fuse

    # the dense side's twenty passages, none of them slot 30, which only BM25 finds (a rare name),
    # far ahead of the rest; and one English passage in the dense pool
    found = Candidates([(i, 0.9 - i / 100) for i in range(21)], {}, [(30, 14.0)] + [(i, 8.0) for i in range(5)])
    langs = {i: "sv" for i in range(20)} | {20: "en", 30: "sv"}
    without, _ = fuse(found, _meta(langs), "sv", Weights(other_language_places=1, lexical_places=0), 5)
    with_place, _ = fuse(found, _meta(langs), "sv", Weights(other_language_places=1, lexical_places=1), 5)
    assert 30 not in without and 30 in with_place
    assert 20 in with_place  # the other language keeps its place too
    assert with_place[:3] == without[:3]


def test_fitting_the_weights_prefers_those_that_find_the_answering_passage():
    from bot.engine.fit_retrieval import TOP, Search, choose
    from bot.engine.retrieval import Candidates

    langs = {i: "sv" for i in range(40)}
    # the passage that answers (slot 30) is 31st for the dense side and first for the lexical side:
    # just after the TOP passages weighed with the default weights, among them with more weight
    # on the lexical side
    lexical = [(30, 9.0)] + [(i, 1.0) for i in range(TOP)]
    searches = [Search(Candidates([(i, 0.9 - i / 100) for i in range(40)], {}, lexical), _meta(langs), "sv", {30}, False)
                for _ in range(3)]
    weights, figures = choose(searches, log=lambda m: None)
    assert figures["default_hit5"] == 0.0 and figures["hit5"] == 1.0
    # more weight on the lexical side, or a place kept for its best
    assert weights.lexical > 1.0 or weights.lexical_places >= 1
