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


def test_approvals_save_the_reply_with_the_hash_of_the_document_it_relies_on_and_ingest_it(tmp_path):
    from datetime import datetime, timezone

    import yaml

    from bot.runtime import approvals
    from bot.store import Escalation

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "rutin.md").write_text("# Rutin för studiebesök\n\nStudiebesök anmäls till samordnaren.\n",
                                        encoding="utf-8")
    settings = Settings.from_env({"KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(tmp_path / "chroma")})
    reindex = reindexer(settings)
    reindex()
    esc = Escalation(id=7, platform="slack", asker_id="U1", origin={}, language="sv", bot_answer="",
                     question="Hur tidigt anmäler jag ett studiebesök?", status="answered", reason="",
                     sources=[{"document": "Rutin för studiebesök", "source": "rutin.md", "retrieved": True}],
                     created_at=datetime(2025, 3, 1, tzinfo=timezone.utc), reply_text="Två veckor före.")

    path = approvals(settings, reindex).save(esc, "UCOORD", "Två veckor före besöket.")

    # beside CHROMA_PATH, as .data/approved is beside .data/chroma; nothing is written to the knowledge folder
    assert path.parent == tmp_path / "approved"
    assert sorted(p.name for p in knowledge.rglob("*")) == ["rutin.md"]
    meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    [relied] = meta["relies_on"]
    listed = {d["source"]: d for d in knowledge_summary(settings)()}
    assert relied["source"] == "rutin.md" and len(relied["file_hash"]) > 8
    assert listed[f"approved/{path.name}"]["title"] == "Hur tidigt anmäler jag ett studiebesök?"


def test_approved_answers_go_to_the_folder_approved_answers_dir_names(tmp_path):
    from datetime import datetime, timezone

    from bot.runtime import approvals
    from bot.store import Escalation

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "rutin.md").write_text("# Rutin\n\nStudiebesök anmäls till samordnaren.\n", encoding="utf-8")
    settings = Settings.from_env({"KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(tmp_path / "chroma"),
                                  "APPROVED_ANSWERS_DIR": str(tmp_path / "shared" / "svar")})
    esc = Escalation(id=8, platform="teams", asker_id="U1", origin={}, language="sv", bot_answer="",
                     question="Vem tar emot anmälan?", status="answered", reason="", sources=[],
                     created_at=datetime(2025, 3, 1, tzinfo=timezone.utc), reply_text="Samordnaren.")
    reindex = reindexer(settings)
    reindex()
    path = approvals(settings, reindex).save(esc, "UCOORD", "Samordnaren.")
    assert path.parent == tmp_path / "shared" / "svar"
    listed = {d["source"]: d["title"] for d in knowledge_summary(settings)()}
    assert listed == {f"approved/{path.name}": "Vem tar emot anmälan?", "rutin.md": "Rutin"}
