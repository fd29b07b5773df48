"""Incremental, crash-safe ingestion into the embedded Chroma store (in process, scripted embedders)."""
from __future__ import annotations

import hashlib
import os

import pytest

from ingest.config import ConfigError
from ingest.indexer import Summary, ingest, ingest_lock, lock_path
from ingest.store import EmbeddingModelMismatch, KnowledgeStore, StoreError

from .fakes import (FakeEmbedder, assert_consistent, copy_knowledge, embedding_text, in_another_process,
                    long_markdown, quotable_units, served_texts, store_for)
from .make_docs import BROKEN_WHOLE, write_policy_pdf


class SimulatedCrash(Exception):
    """The process dies between writing a file's new chunks and committing its record."""


class CrashBeforeCommit(KnowledgeStore):
    """Dies on the commit that would make a file's new chunks current. The record of an untouched
    file may be rewritten first (its stored mtime can differ from the file's in the last digits:
    chromadb keeps floats a little off), and that commit goes through: it makes no chunks current."""

    def commit_file(self, record):
        old = self.files().get(record.source)
        if old is None or old.file_hash != record.file_hash:
            raise SimulatedCrash(record.source)
        super().commit_file(record)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "knowledge"
    path.mkdir()
    (path / "vanorter.md").write_text(long_markdown("Vänorter", 20), encoding="utf-8")
    (path / "resor.md").write_text("# Resor\n\nResor godkänns av förvaltningschefen.\n", encoding="utf-8")
    return path


def run(store: KnowledgeStore, embedder, **kwargs) -> Summary:
    with ingest_lock(store.config):
        return ingest(store, embedder, **kwargs)


def test_every_chunk_carries_title_section_page_source_and_content_hash(tmp_path, folder):
    write_policy_pdf(folder / "policy.pdf")
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    assert run(store, embedder).added == 3

    chunks = list(store.iter_chunks())
    for c in chunks:
        m = c.metadata
        assert m["source"] in {"vanorter.md", "resor.md", "policy.pdf"}
        assert m["title"] and m["content_hash"] == hashlib.sha256(c.text.encode()).hexdigest()[:16]
        assert m["file_hash"] == store.files()[m["source"]].file_hash
    by_text = {c.text: c.metadata for c in chunks}
    pdf_pages = {c.metadata.get("page") for c in chunks if c.metadata["source"] == "policy.pdf"}
    assert pdf_pages == {1, 2, 3}
    broken = next(m for t, m in by_text.items() if BROKEN_WHOLE in " ".join(t.split()))
    assert (broken["title"], broken["page"]) == ("Internationell policy", 1)
    assert broken["section"] == "Syfte och mål › Övergripande mål"
    md = next(m for t, m in by_text.items() if "Stycke 7:" in t)
    assert (md["title"], md["section"], md.get("page")) == ("Vänorter", "Avsnitt 7", None)


def test_unchanged_files_are_skipped_without_embedding(tmp_path, folder):
    store = store_for(tmp_path, folder, FakeEmbedder())
    first = run(store, FakeEmbedder())
    assert (first.added, first.chunks) == (2, 21)

    counting = FakeEmbedder()
    again = run(store, counting)
    assert counting.calls == 0
    assert (again.added, again.updated, again.unchanged, again.chunks) == (0, 0, 2, 21)


def test_touched_but_unchanged_file_is_not_embedded_again(tmp_path, folder):
    store = store_for(tmp_path, folder, FakeEmbedder())
    run(store, FakeEmbedder())
    os.utime(folder / "resor.md", (1_000_000_000, 1_000_000_000))
    counting = FakeEmbedder()
    summary = run(store, counting)
    assert counting.calls == 0 and summary.unchanged == 2
    assert store.files()["resor.md"].mtime == 1_000_000_000


def test_changed_file_replaces_its_chunks(tmp_path, folder):
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    (folder / "vanorter.md").write_text(long_markdown("Vänorter", 3, marker=" (reviderat)"), encoding="utf-8")

    summary = run(store, embedder)
    assert (summary.updated, summary.unchanged, summary.chunks) == (1, 1, 4)
    texts = served_texts(store, "vanorter.md")
    assert len(texts) == 3 and all("(reviderat)" in t for t in texts)
    assert_consistent(store, embedder)


def test_an_edited_file_embeds_its_chunks_and_only_its_new_sentences(tmp_path, folder):
    """The sentences an answer may quote are stored with their chunks; an edit re-embeds the new ones only."""
    store = store_for(tmp_path, folder, FakeEmbedder())
    run(store, FakeEmbedder())
    path = folder / "vanorter.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n## Nytt\n\nVänorterna möts i Alingsås i maj.\n",
                    encoding="utf-8")
    counting = FakeEmbedder()
    summary = run(store, counting)
    assert (summary.updated, summary.chunks) == (1, 22)
    assert counting.texts == 21 + 1  # the file's 21 chunks, and the one new sentence
    assert_consistent(store, counting)


def test_embedder_failing_mid_file_keeps_the_previous_version(tmp_path, folder):
    """40 chunks and their 40 sentences are embedded in two calls; the second fails: nothing of the
    new version shows."""
    store = store_for(tmp_path, folder, FakeEmbedder())
    run(store, FakeEmbedder())
    before, record = served_texts(store), store.files()["vanorter.md"]
    (folder / "vanorter.md").write_text(long_markdown("Vänorter", 40, marker=" (ny)"), encoding="utf-8")

    summary = run(store, FakeEmbedder(fail_on_call=2))
    assert summary.failed == [{"path": "vanorter.md", "error": "could not be embedded (EmbedderDown)"}]
    assert served_texts(store) == before
    assert store.files()["vanorter.md"] == record

    embedder = FakeEmbedder()
    summary = run(store, embedder)
    assert (summary.updated, summary.failed, summary.chunks) == (1, [], 41)
    assert all("(ny)" in t for t in served_texts(store, "vanorter.md"))
    assert_consistent(store, embedder)


def test_crash_after_writing_chunks_serves_the_old_version_and_next_run_purges_orphans(tmp_path, folder):
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    before, record = served_texts(store), store.files()["vanorter.md"]
    old_bytes = (folder / "vanorter.md").read_bytes()
    (folder / "vanorter.md").write_text(long_markdown("Vänorter", 20, marker=" (ny)"), encoding="utf-8")

    crashing = CrashBeforeCommit(store.config, embedder.model_id)
    with pytest.raises(SimulatedCrash):
        run(crashing, embedder)
    # the interrupted write left orphans: the new version's 20 chunks beside the old version's 20
    # (looked up by source; embedded Chroma's count() lags behind fresh writes) ...
    by_version = crashing.chunk_ids_by_file("vanorter.md")
    assert sorted(len(ids) for ids in by_version.values()) == [20, 20]
    crashing.close()
    # ... and they are not served
    assert served_texts(store) == before
    assert store.files()["vanorter.md"] == record

    (folder / "vanorter.md").write_bytes(old_bytes)  # the edit was undone before the next run
    summary = run(store, embedder)
    assert (summary.unchanged, summary.updated, summary.chunks) == (2, 0, 21)
    assert served_texts(store) == before
    assert_consistent(store, embedder)


def test_crash_then_rerun_with_the_new_version(tmp_path, folder):
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    (folder / "vanorter.md").write_text(long_markdown("Vänorter", 5, marker=" (ny)"), encoding="utf-8")
    with pytest.raises(SimulatedCrash):
        run(CrashBeforeCommit(store.config, embedder.model_id), embedder)

    summary = run(store, embedder)
    assert (summary.updated, summary.chunks) == (1, 6)
    assert all("(ny)" in t for t in served_texts(store, "vanorter.md"))
    assert_consistent(store, embedder)


def test_deleted_file_chunks_are_removed(tmp_path, folder):
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    (folder / "vanorter.md").unlink()

    summary = run(store, embedder)
    assert (summary.removed, summary.chunks) == (1, 1)
    assert served_texts(store) == ["Resor godkänns av förvaltningschefen."]
    assert set(store.files()) == {"resor.md"}
    assert_consistent(store, embedder)


@pytest.mark.parametrize("name, content, error", [
    ("resor.md", b"", "empty file"),
    ("resor.md", b"\x00\x01binary\x00", "not a text file"),
    ("contacts.yaml", b"title: [unclosed\n", "not valid YAML"),
    ("policy.pdf", b"%PDF-1.4\n this is not really a PDF", "not a valid PDF"),
])
def test_file_that_fails_to_load_is_reported_and_keeps_its_previous_chunks(tmp_path, folder, name, content, error):
    embedder = FakeEmbedder()
    copy_knowledge(tmp_path / "repo-knowledge")
    (folder / "contacts.yaml").write_bytes((tmp_path / "repo-knowledge" / "contacts.yaml").read_bytes())
    write_policy_pdf(folder / "policy.pdf")
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    before = served_texts(store, name)
    assert before

    (folder / name).write_bytes(content)
    summary = run(store, embedder)
    assert [f["path"] for f in summary.failed] == [name]
    assert error in summary.failed[0]["error"]
    assert served_texts(store, name) == before
    assert_consistent(store, embedder)


def test_password_protected_pdf_is_reported_and_keeps_its_previous_chunks(tmp_path, folder):
    from reportlab.lib.pdfencrypt import StandardEncryption

    embedder = FakeEmbedder()
    write_policy_pdf(folder / "policy.pdf")
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    before = served_texts(store, "policy.pdf")

    write_policy_pdf(folder / "policy.pdf", encrypt=StandardEncryption("hemligt", canPrint=0))
    summary = run(store, embedder)
    assert [f["path"] for f in summary.failed] == ["policy.pdf"]
    assert "password" in summary.failed[0]["error"].lower()
    assert served_texts(store, "policy.pdf") == before


def test_unsupported_file_is_reported_and_the_rest_indexed(tmp_path, folder):
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04 not for us")
    (folder / ".~lock.resor.md#").write_text("editor lock file")
    embedder = FakeEmbedder()
    summary = run(store_for(tmp_path, folder, embedder), embedder)
    assert summary.added == 2
    assert [f["path"] for f in summary.failed] == ["budget.xlsx"]
    assert "unsupported file type .xlsx" in summary.failed[0]["error"]


def test_rebuild_starts_over(tmp_path, folder):
    store = store_for(tmp_path, folder, FakeEmbedder())
    run(store, FakeEmbedder())
    state = store.state()

    counting = FakeEmbedder()
    summary = run(store, counting, rebuild=True)
    assert (summary.added, summary.unchanged, summary.chunks) == (2, 0, 21)
    assert counting.texts == 21 + len(quotable_units(store))  # every chunk and every unit, again
    assert store.state() != state
    assert_consistent(store, counting)


def test_store_built_with_another_embedding_model_is_a_clear_error(tmp_path, folder):
    run(store_for(tmp_path, folder, FakeEmbedder("fake/model-a")), FakeEmbedder("fake/model-a"))

    other = FakeEmbedder("fake/model-b", dim=16)
    with pytest.raises(EmbeddingModelMismatch, match=r"'fake/model-a'.*'fake/model-b'.*--rebuild"):
        run(store_for(tmp_path, folder, other), other)
    with pytest.raises(EmbeddingModelMismatch):
        store_for(tmp_path, folder, other).open(create=False)

    summary = run(store_for(tmp_path, folder, other), other, rebuild=True)
    assert summary.added == 2
    assert_consistent(store_for(tmp_path, folder, other), other)


def test_reading_an_empty_store_says_to_ingest(tmp_path, folder):
    with pytest.raises(StoreError, match="python -m ingest"):
        store_for(tmp_path, folder, FakeEmbedder()).open(create=False)


def test_missing_knowledge_folder_is_an_error_not_a_mass_deletion(tmp_path, folder):
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)
    gone = store_for(tmp_path, tmp_path / "unmounted", embedder)
    with pytest.raises(ConfigError, match="does not exist"):
        run(gone, embedder)
    assert len(served_texts(store)) == 21


def test_chroma_never_embeds_anything_itself(tmp_path, folder, monkeypatch):
    """With Chroma's default model booby-trapped and the model hub offline, ingest and search work."""
    from chromadb.api.types import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    from bot.retrieval import Retriever

    def tripwire(self, input):  # Chroma checks an embedding function's signature
        raise AssertionError("Chroma's default embedding model was used")

    def no_model(self, *args, **kwargs):
        raise AssertionError("Chroma's default embedding model was loaded")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", tripwire)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__init__", no_model)
    embedder = FakeEmbedder()
    store = store_for(tmp_path, folder, embedder)
    run(store, embedder)

    hits = Retriever(store, embedder).search("Vem godkänner resor?", k=3)
    assert "Resor godkänns av förvaltningschefen." in [h.text for h in hits]
    raw = store.client.get_collection(store.config.collection, embedding_function=None)
    with pytest.raises(ValueError, match="embedding function"):
        raw.query(query_texts=["resor"], n_results=1)


def test_a_long_lived_ingester_keeps_what_another_process_wrote(tmp_path, folder):
    """Like `--watch` (one store object for many runs) next to a one-off `python -m ingest`.

    Enough chunks that Chroma saves its vector index to disk (every 1000 writes): an
    ingester holding a stale index would save it over the other's and lose its vectors.
    """
    embedder = FakeEmbedder()
    watcher = store_for(tmp_path, folder, embedder)
    run(watcher, embedder)
    (folder / "b.md").write_text(long_markdown("Bidrag", 600), encoding="utf-8")
    assert in_another_process("ingest", watcher)["added"] == 1
    (folder / "c.md").write_text(long_markdown("Certifikat", 600), encoding="utf-8")
    (folder / "resor.md").unlink()
    run(watcher, embedder)

    assert in_another_process("check", watcher) == ["b.md", "c.md", "vanorter.md"]


def test_a_reader_sees_what_another_process_ingested(tmp_path, folder):
    embedder = FakeEmbedder()
    run(store_for(tmp_path, folder, embedder), embedder)
    reader = store_for(tmp_path, folder, embedder)
    state = reader.state()
    assert reader.nearest(embedder.vector("x"), 50)

    (folder / "b.md").write_text("# Bidrag\n\nFöreningar kan söka bidrag för vänortsutbyten.\n", encoding="utf-8")
    (folder / "resor.md").unlink()
    assert in_another_process("ingest", reader)["added"] == 1
    assert reader.state() != state
    new = next(c for c in reader.iter_chunks() if c.metadata["source"] == "b.md")
    nearest = reader.nearest(embedder.vector(embedding_text(new)), 50)
    assert nearest[0].id == new.id
    assert "resor.md" not in {c.metadata["source"] for c in nearest}


def test_lock_file_lives_next_to_the_store_or_in_the_configured_folder(tmp_path):
    from ingest.config import StoreConfig

    embedded = StoreConfig(chroma_path=tmp_path / "data" / "chroma")
    assert lock_path(embedded) == tmp_path / "data" / "chroma.ingest.lock"
    server = StoreConfig(chroma_path=tmp_path / "data" / "chroma", chroma_host="10.0.0.5", chroma_port=8001)
    assert lock_path(server).parent == tmp_path / "data"
    configured = StoreConfig.from_env({"CHROMA_HOST": "db", "INGEST_LOCK_DIR": str(tmp_path / "locks")})
    assert lock_path(configured).parent == tmp_path / "locks"
    with ingest_lock(configured):
        assert lock_path(configured).exists()


def test_chroma_telemetry_is_off(tmp_path, folder):
    store = store_for(tmp_path, folder, FakeEmbedder())
    assert store.client.get_settings().anonymized_telemetry is False
