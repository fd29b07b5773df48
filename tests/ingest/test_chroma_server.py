"""The same ingestion and retrieval code against a real Chroma server (`chroma run` from the venv, the
session's), `python -m ingest` run in this process."""
from __future__ import annotations

import os

from bot.engine import retrieval
from bot.engine.retrieval import Retriever
from ingest.config import StoreConfig
from ingest.store import KnowledgeStore

from .fakes import REPO, copy_knowledge
from .test_cli import summary_of


def repo_data() -> set[str]:
    data = REPO / ".data"
    return set(os.listdir(data)) if data.exists() else set()


def test_ingest_and_retrieve_through_a_chroma_server(chroma_server, tmp_path, local_embedder, monkeypatch, cli):
    host, port = chroma_server
    knowledge = copy_knowledge(tmp_path / "knowledge")
    env = {"KNOWLEDGE_DIR": str(knowledge), "CHROMA_HOST": host, "CHROMA_PORT": str(port),
           "CHROMA_PATH": str(tmp_path / "data" / "chroma"), "CHROMA_COLLECTION": "ingest-test"}
    repo_data_before = repo_data()

    def ingest_cli(*args: str, env: dict[str, str], cwd) -> dict:
        done = cli("--json", *args, cwd=cwd, env=env)
        assert done.returncode == 0, done.stderr
        return summary_of(done)

    first = ingest_cli(env=env, cwd=tmp_path)
    assert (first["added"], first["failed"]) == (2, [])
    assert (tmp_path / "data" / f"ingest-{host}-{port}.lock").exists()
    assert not (tmp_path / "data" / "chroma").exists()  # nothing embedded on disk in server mode
    assert repo_data() == repo_data_before  # the lock is not in the repository's .data/

    config = StoreConfig(knowledge_dir=knowledge, chroma_host=host, chroma_port=port, collection="ingest-test")
    store = KnowledgeStore(config, local_embedder.model_id).open(create=False)
    assert store.client.get_settings().anonymized_telemetry is False
    retriever = Retriever(store, local_embedder)
    assert retriever.chunk_count == first["chunks"]
    hits = retriever.search("Vem beslutar om nya formella vänorter?", k=5)
    assert any("Kommunfullmäktige beslutar om nya formella vänorter" in h.text for h in hits)
    assert hits[0].document and hits[0].score > 0

    assert ingest_cli(env=env, cwd=tmp_path)["unchanged"] == 2

    # A rebuild replaces the collections the running retriever holds; it must find the new ones.
    monkeypatch.setattr(retrieval, "STATE_CHECK_SECONDS", 0)
    (knowledge / "internationell-policy.md").write_text(
        "# Internationell policy\n\n## Organisation\n\nKommunfullmäktige beslutar om nya formella vänorter "
        "efter förslag från kultur- och fritidsnämnden.\n", encoding="utf-8")
    rebuilt = ingest_cli("--rebuild", env=env, cwd=tmp_path)
    assert (rebuilt["added"], rebuilt["chunks"]) == (2, 16)
    hits = retriever.search("Vem beslutar om nya formella vänorter?", k=5)
    assert any("efter förslag från kultur- och fritidsnämnden" in h.text for h in hits)
    assert retriever.chunk_count == 16
