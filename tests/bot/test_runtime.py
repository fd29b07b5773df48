"""The callables the adapters get for coordinator commands: reindex and the list of documents."""
from __future__ import annotations

from bot.runtime import knowledge_summary, reindexer
from bot.settings import Settings


def test_reindex_picks_up_a_new_document_and_the_summary_lists_it(tmp_path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "rutin.md").write_text("# Rutin för studiebesök\n\nStudiebesök anmäls till samordnaren.\n",
                                        encoding="utf-8")
    settings = Settings.from_env({"KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(tmp_path / "chroma")})
    first = reindexer(settings)()
    assert (first["added"], first["failed"]) == (1, [])
    (knowledge / "resor.md").write_text("# Resor\n\nResor bokas via kommunens avtal.\n", encoding="utf-8")
    second = reindexer(settings)()
    assert (second["added"], second["unchanged"]) == (1, 1)
    listed = knowledge_summary(settings)()
    assert [d["title"] for d in listed] == ["Resor", "Rutin för studiebesök"]
