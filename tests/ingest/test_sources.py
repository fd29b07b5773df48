"""Ingestion reads two folders: the knowledge folder (which may be mounted read-only) and the
approved-answers folder the bot writes to. Approved answers from either are of kind "approved"."""
from __future__ import annotations

from ingest.config import StoreConfig
from ingest.indexer import ingest, ingest_lock
from ingest.sources import scan_sources, source_path
from ingest.store import KnowledgeStore

from .fakes import FakeEmbedder, served_texts


def approved_md(question: str, answer: str) -> str:
    return (f"---\nquestion: {question}\nanswer_author: UCOORD\napproved: 2025-03-03\n---\n"
            f"# {question}\n\n{question} – {answer}\n")


def run_ingest(config: StoreConfig, embedder) -> KnowledgeStore:
    store = KnowledgeStore(config, embedder.model_id)
    with ingest_lock(config):
        summary = ingest(store, embedder)
    assert not summary.failed, summary
    return store


def test_answers_saved_in_the_approved_folder_and_old_ones_in_knowledge_approved_are_both_approved(tmp_path):
    knowledge, saved = tmp_path / "knowledge", tmp_path / "data" / "approved"
    (knowledge / "approved").mkdir(parents=True)
    saved.mkdir(parents=True)
    (knowledge / "policy.md").write_text("# Policy\n\nKommunen har vänorter i Norden.\n", encoding="utf-8")
    (knowledge / "approved" / "old.md").write_text(approved_md("Hur bokar jag en resa?", "Via resebyrån."),
                                                   encoding="utf-8")
    (knowledge / "approved" / "both.md").write_text(approved_md("Vem betalar?", "Enheten betalar."),
                                                    encoding="utf-8")
    (saved / "both.md").write_text(approved_md("Vem betalar?", "Projektet betalar."), encoding="utf-8")
    (saved / "new.md").write_text(approved_md("När ska jag anmäla?", "Två veckor före."), encoding="utf-8")
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=tmp_path / "data" / "chroma")
    assert config.approved_path == saved  # beside the Chroma folder when APPROVED_ANSWERS_DIR is not set
    embedder = FakeEmbedder()

    store = run_ingest(config, embedder)
    kinds = {source: record.kind for source, record in store.files().items()}
    assert kinds == {"policy.md": "document", "approved/old.md": "approved", "approved/both.md": "approved",
                     "approved/new.md": "approved"}
    # the same name in both folders: the approved-answers folder's file is the one served
    [both] = served_texts(store, "approved/both.md")
    assert "Projektet betalar." in both and "Enheten" not in both
    assert source_path(config, "approved/both.md") == saved / "both.md"
    assert source_path(config, "approved/old.md") == knowledge / "approved" / "old.md"

    # withdrawn from the approved-answers folder: gone from the index; the knowledge folder's copy is read again
    (saved / "new.md").unlink()
    (saved / "both.md").unlink()
    store = run_ingest(config, embedder)
    assert sorted(store.files()) == ["approved/both.md", "approved/old.md", "policy.md"]
    assert "Enheten betalar." in served_texts(store, "approved/both.md")[0]
    store.close()


def test_an_approved_folder_inside_the_knowledge_folder_is_read_once_as_approved_answers(tmp_path):
    knowledge = tmp_path / "knowledge"
    (knowledge / "svar").mkdir(parents=True)
    (knowledge / "policy.md").write_text("# Policy\n\nText.\n", encoding="utf-8")
    (knowledge / "svar" / "a.md").write_text(approved_md("Fråga?", "Svar."), encoding="utf-8")
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=tmp_path / "chroma", approved_dir=knowledge / "svar")
    assert sorted(scan_sources(config)) == ["approved/a.md", "policy.md"]

    # the old layout, APPROVED_ANSWERS_DIR=knowledge/approved: each file once, under its usual name
    (knowledge / "svar").rename(knowledge / "approved")
    config = StoreConfig.from_env({"KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(tmp_path / "chroma"),
                                   "APPROVED_ANSWERS_DIR": str(knowledge / "approved")})
    assert scan_sources(config) == {"approved/a.md": knowledge / "approved" / "a.md",
                                    "policy.md": knowledge / "policy.md"}
    store = run_ingest(config, FakeEmbedder())
    assert {s: r.kind for s, r in store.files().items()} == {"approved/a.md": "approved", "policy.md": "document"}
    store.close()
