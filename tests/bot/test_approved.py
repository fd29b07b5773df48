"""An approved answer becomes knowledge: the next asker, in either language, gets it with its
date, and it is flagged for review when a document it relies on changes or its review date passes."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
import yaml

from bot.coordinator.approved import (
    ApprovalError,
    add_months,
    reconfirm_approved,
    relies_on_for,
    save_approved,
    slug,
    stale_approved,
    withdraw_approved,
)
from bot.engine.approved import approved_lead
from bot.engine.engine import Engine
from bot.engine.intents import IntentClassifier
from bot.engine.models import Outcome, Question
from bot.engine.replies import PROMPTS_DIR
from bot.engine.retrieval import Retriever
from bot.store import Escalation, Store
from ingest.approved import approval_metadata, approval_status, read_approved
from ingest.config import StoreConfig
from ingest.indexer import file_hash, ingest_locked
from ingest.loaders import load
from ingest.store import FileRecord, KnowledgeStore

QUESTION_SV = "Hur bokar jag en resa till en partnerkommun?"
QUESTION_EN = "How do I book a trip to one of our partner towns?"
REPLY = ("Resor bokas via kommunens resebyrå; ange projektkoden för det internationella projektet. "
         "Din chef ska godkänna resan innan du bokar.")
APPROVED_ON = date(2025, 3, 3)


def folders(tmp_path) -> StoreConfig:
    """The knowledge folder is tmp_path itself; approved answers go to tmp_path/data/approved."""
    return StoreConfig(knowledge_dir=tmp_path, chroma_path=tmp_path / "data" / "chroma")


def escalation(id=12, question=QUESTION_SV, reply=REPLY, sources=(), language="sv") -> Escalation:
    return Escalation(id=id, platform="slack", asker_id="U1", origin={}, question=question, language=language,
                      bot_answer="", sources=list(sources), reason="", status="answered",
                      created_at=datetime(2025, 3, 1, 9, tzinfo=timezone.utc), reply_text=reply)


# --- the round trip through ingestion and the engine -----------------------------------------------

@pytest.fixture(scope="module")
def intents(local_embedder):
    return IntentClassifier.from_file(PROMPTS_DIR / "intents.yaml", local_embedder)


@pytest.fixture
def world(policy_copy):
    """A copy of the session's ingested knowledge folder and Chroma store, free to change."""
    return policy_copy


def engine_over(config, embedder, intents) -> tuple[Engine, KnowledgeStore]:
    store = KnowledgeStore(config, embedder.model_id)
    return Engine(Retriever(store, embedder), intents, today=lambda: date(2025, 3, 10)), store


def test_coordinator_answer_is_found_again_in_both_languages_and_flagged_when_the_policy_changes(
        world, intents, tmp_path):
    config, embedder = world
    engine, knowledge = engine_over(config, embedder, intents)
    before = engine.answer(Question(QUESTION_SV))
    assert before.outcome is Outcome.ESCALATE, before.reason  # the documents do not say how to book

    # the escalation as an adapter stores it, the coordinator's reply, then "Save as approved answer"
    store = Store.from_url(f"sqlite:///{tmp_path / 'esc.sqlite3'}")
    store.create_schema()
    esc = store.create_escalation("slack", "U1", {"channel": "C1"}, QUESTION_SV, "sv", before.text,
                                  [{"document": p.document, "section": p.section, "page": p.page}
                                   for p in before.passages], before.reason)
    store.record_reply(esc.id, REPLY, "UCOORD")
    esc = store.get_escalation(esc.id)
    relies_on = relies_on_for(esc.sources, knowledge.files())
    assert "internationell-policy.md" in [r["source"] for r in relies_on]
    knowledge_before = sorted(config.knowledge_dir.rglob("*"))
    path = save_approved(esc, config.approved_path, author="UCOORD", today=APPROVED_ON, relies_on=relies_on,
                         reindex=lambda: ingest_locked(config, embedder))
    assert path.parent == config.approved_path != config.knowledge_dir / "approved"
    assert sorted(config.knowledge_dir.rglob("*")) == knowledge_before  # nothing written to the knowledge folder

    engine, knowledge = engine_over(config, embedder, intents)
    for question, lang in ((QUESTION_SV, "sv"), (QUESTION_EN, "en")):
        answer = engine.answer(Question(question))
        assert answer.outcome is Outcome.ANSWER, (question, answer.reason)
        assert answer.language == lang
        cited = answer.citations[0].passage
        assert cited.source == f"approved/{path.name}" and cited.kind == "approved"
        assert "resebyrå" in answer.text
        assert answer.text.startswith({"sv": "Besvarat av den internationella samordnaren den 3 mars 2025:",
                                       "en": "Answered by the international coordinator on 3 March 2025 "
                                             "(quoted in Swedish):"}[lang])
        assert QUESTION_SV not in answer.text  # the coordinator's answer is quoted, not the question again
    files = knowledge.files()
    hashes = engine.retriever.file_hashes()
    assert approved_lead(cited, hashes, date(2025, 3, 10), "sv") == (
        "Besvarat av den internationella samordnaren den 3 mars 2025:", None)
    assert approved_lead(cited, hashes, date(2025, 3, 10), "en") == (
        "Answered by the international coordinator on 3 March 2025 (quoted in Swedish):", None)
    assert stale_approved(config, files, date(2025, 3, 10)) == []

    # the policy it relies on changes and is re-ingested: the answer is flagged, not silently served
    policy = config.knowledge_dir / "internationell-policy.md"
    policy.write_text(policy.read_text(encoding="utf-8") + "\nResor bokas numera av kommunledningskontoret.\n",
                      encoding="utf-8")
    ingest_locked(config, embedder)
    files = KnowledgeStore(config, embedder.model_id).files()
    status = approval_status(cited.metadata, files, date(2025, 3, 10), config)
    assert status.stale and status.approved_on == APPROVED_ON and status.author == "UCOORD"
    assert status.reasons == ["internationell-policy.md, which it relies on, has changed since it was approved"]
    [listed] = stale_approved(config, files, date(2025, 3, 10))
    assert (listed.source, listed.question, listed.reasons) == (f"approved/{path.name}", QUESTION_SV, status.reasons)
    engine, _ = engine_over(config, embedder, intents)
    lead, caveat = approved_lead(cited, engine.retriever.file_hashes(), date(2025, 3, 10), "sv")
    assert caveat == ("Obs: ett dokument som svaret bygger på har ändrats sedan svaret godkändes; "
                      "det kan vara inaktuellt.")
    served = engine.answer(Question(QUESTION_SV))
    assert served.outcome is Outcome.ANSWER and served.text.endswith(caveat)  # still served, with the caveat
    store.close()


# --- the file ---------------------------------------------------------------------------------------

def test_a_question_only_like_an_approved_one_gets_its_answer_naming_the_question_it_answers(world, intents):
    """Between the match model's offer and its threshold: instead of the coordinator, the approved
    answer to a similar question, introduced as that — the asker still has the button to ask her."""
    import numpy as np

    from bot.engine.learned import Logistic

    config, embedder = world
    save_approved(escalation(), config.approved_path, author="UCOORD", today=APPROVED_ON, relies_on=[],
                  reindex=lambda: ingest_locked(config, embedder))
    engine, _ = engine_over(config, embedder, intents)
    # offered from a cosine of 0.5 up, never answered as the same question; and the documents alone
    # never answer (the approved answer is also a passage, which the answer model may quote)
    match = Logistic(("cosine",), np.array([40.0]), -20.0, np.zeros(1), np.ones(1), threshold=1.01)
    engine.params = replace(engine.params, match=match, match_offer=0.5,
                            answer=replace(engine.params.answer, threshold=1.01))
    answer = engine.answer(Question("Vem betalar resan när jag åker till en partnerkommun?"))
    assert (answer.outcome, answer.reason) == (Outcome.ANSWER, "approved-similar")
    assert answer.text.startswith("Den internationella samordnaren har svarat på en liknande fråga den 3 mars 2025, "
                                  f"”{QUESTION_SV}”:")
    assert "resebyrå" in answer.text and answer.citations[0].passage.kind == "approved"
    english = engine.answer(Question("Who pays for the trip when I travel to a partner town?"))
    assert english.text.startswith("The international coordinator answered a similar question on 3 March 2025, "
                                   f"“{QUESTION_SV}” (quoted in Swedish):")
    engine.params = replace(engine.params, match_offer=1.01)  # no offer: the coordinator, as before
    assert engine.answer(Question("Vem betalar resan när jag åker till en partnerkommun?")).outcome is Outcome.ESCALATE
    # when the answer model itself quotes the approved answer for another question, the lead names
    # the question it answered too
    engine.params = replace(engine.params, answer=replace(engine.params.answer, threshold=0.0))
    quoted = engine.answer(Question("Vem betalar resan när jag åker till en partnerkommun?"))
    assert (quoted.outcome, quoted.reason) == (Outcome.ANSWER, "answered")
    assert quoted.citations[0].passage.kind == "approved"
    assert quoted.text.startswith(f"Den internationella samordnaren har svarat på en liknande fråga den 3 mars 2025, ”{QUESTION_SV}”:")


def test_the_file_has_the_front_matter_and_reads_as_an_approved_document(tmp_path):
    relies = [{"source": "internationell-policy.md", "file_hash": "abc", "pipeline": "2/700"},
              {"source": "contacts.yaml", "file_hash": "def", "pipeline": "2/700"}]
    path = save_approved(escalation(), tmp_path / "approved", author="UCOORD", today=APPROVED_ON, relies_on=relies)
    assert path == tmp_path / "approved" / "2025-03-03-hur-bokar-jag-en-resa-till-en-partnerkommun.md"
    text = path.read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front == {"question": QUESTION_SV, "answer_author": "UCOORD", "approved": APPROVED_ON,
                     "review_by": date(2026, 3, 3), "language": "sv", "relies_on": relies, "escalation_id": 12}
    assert f"# {QUESTION_SV}\n\n{QUESTION_SV} – Resor bokas" in text

    doc = load(path, "approved/" + path.name)  # the ingest loader reads the same front matter
    assert doc.kind == "approved" and doc.title == QUESTION_SV
    assert doc.metadata["escalation_id"] == "12" and "contacts.yaml" in doc.metadata["relies_on"]
    assert doc.blocks[0].text.startswith(f"{QUESTION_SV} – Resor bokas via kommunens resebyrå")
    back = read_approved(path)
    assert (back.source, back.question, back.answer, back.escalation_id) == (
        "approved/" + path.name, QUESTION_SV, REPLY, 12)


def test_saving_again_replaces_its_own_file_but_never_another_answers(tmp_path):
    first = save_approved(escalation(id=1), tmp_path / "approved", author="UCOORD", today=APPROVED_ON, relies_on=[])
    other = save_approved(escalation(id=2, reply="Ett annat svar."), tmp_path / "approved", author="UCOORD",
                          today=APPROVED_ON, relies_on=[])
    assert other != first and other.name.endswith("-partnerkommun-2.md")
    again = save_approved(escalation(id=1), tmp_path / "approved", author="UCOORD", today=date(2025, 3, 5), relies_on=[],
                          answer="Rättat svar.")
    assert again == first and "Rättat svar." in first.read_text(encoding="utf-8")
    assert "Ett annat svar." in other.read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "approved").iterdir()) == sorted([first.name, other.name])


def test_an_escalation_without_a_reply_cannot_be_saved(tmp_path):
    with pytest.raises(ApprovalError, match="no answer"):
        save_approved(escalation(reply=None), tmp_path / "approved", author="UCOORD", today=APPROVED_ON, relies_on=[])
    assert not (tmp_path / "approved").exists() or not any((tmp_path / "approved").iterdir())


def test_relies_on_maps_sources_by_path_or_title_to_current_hashes():
    files = {"a.md": FileRecord("a.md", "h1", "Policy A", 3, 0.0, pipeline="2/700"),
             "b.pdf": FileRecord("b.pdf", "h2", "Plan B", 3, 0.0, pipeline="2/700")}
    sources = [{"source": "a.md"}, {"document": "Plan B", "section": "Mål"}, {"document": "Gone"},
               {"source": "a.md", "section": "again"}]
    assert relies_on_for(sources, files) == [{"source": "a.md", "file_hash": "h1", "pipeline": "2/700"},
                                             {"source": "b.pdf", "file_hash": "h2", "pipeline": "2/700"}]


def test_stale_after_the_review_date_or_a_removed_document_but_not_for_a_new_ingest_pipeline(tmp_path):
    policy = tmp_path / "policy.md"
    policy.write_text("# Policy\n\nText.\n", encoding="utf-8")
    recorded = {"source": "policy.md", "file_hash": file_hash(policy, "2/700"), "pipeline": "2/700"}
    config = folders(tmp_path)
    path = save_approved(escalation(), config.approved_path, author="UCOORD", today=APPROVED_ON,
                         relies_on=[recorded])
    meta = {"source": f"approved/{path.name}"}
    # re-ingested by a newer pipeline: every hash changes, the document did not
    files = {"policy.md": FileRecord("policy.md", "new-pipeline-hash", "Policy", 1, 0.0, pipeline="3/700")}

    assert not approval_status(meta, files, date(2026, 3, 3), config).stale
    past = approval_status(meta, files, date(2026, 3, 4), config)
    assert past.stale and past.reasons == ["past its review date 2026-03-03"]
    # what ingestion records with the answer's chunks, and what the engine then says
    chunk = {"approved": APPROVED_ON.isoformat(), "approval": approval_metadata(read_approved(path), config, files,
                                                                                "3/700")}
    hashes = {"policy.md": file_hash(policy, "3/700")}
    assert approved_lead(chunk, hashes, date(2026, 3, 3), "en")[1] is None
    assert approved_lead(chunk, hashes, date(2026, 3, 4), "en")[1] == (
        "Note: this answer is past its review date; it may be out of date.")
    changed_since = {"policy.md": "the hash after an edit"}
    assert approved_lead(chunk, changed_since, date(2026, 3, 3), "en")[1].startswith("Note: a document")
    assert approved_lead(chunk, {}, date(2026, 3, 3), "en")[1].startswith("Note: a document")  # removed

    gone = approval_status(meta, {}, date(2025, 4, 1), config)
    assert gone.reasons == ["policy.md, which it relies on, has been removed"]
    policy.write_text("# Policy\n\nNew text.\n", encoding="utf-8")
    changed = approval_status(meta, files, date(2025, 4, 1), config)
    assert changed.reasons == ["policy.md, which it relies on, has changed since it was approved"]


def test_an_unreadable_approved_file_is_reported_not_vouched_for(tmp_path):
    config = folders(tmp_path)
    config.approved_path.mkdir(parents=True)
    (config.approved_path / "broken.md").write_text("---\nquestion: [unclosed\n---\n# X\n\nY\n", encoding="utf-8")
    status = approval_status({"source": "approved/broken.md"}, {}, APPROVED_ON, config)
    assert status.stale and "cannot be read" in status.reasons[0]
    assert [s.source for s in stale_approved(config, {}, APPROVED_ON)] == ["approved/broken.md"]
    assert approved_lead({"source": "approved/broken.md"}, {}, APPROVED_ON, "sv") == (
        "Besvarat av den internationella samordnaren:",
        "Obs: samordnarens godkända svar kunde inte kontrolleras; det kan vara inaktuellt.")


def test_slug_and_months():
    assert slug("Vad gäller för Erasmus+ & vänorter i Åland?") == "vad-galler-for-erasmus-vanorter-i-aland"
    assert slug("???") == "svar" and len(slug("ord " * 40)) <= 60
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)


def test_the_lead_names_the_quotes_language_when_it_is_not_the_askers(tmp_path):
    """An answer approved in English is quoted to a Swedish asker "citerat på engelska", and the
    other way round, as document quotes in the other language are."""
    config = folders(tmp_path)
    english = save_approved(escalation(id=1, question="How do I book a trip?", language="en"), config.approved_path,
                            author="UCOORD", today=APPROVED_ON, relies_on=[], answer="Book through the agency.")
    swedish = save_approved(escalation(id=2), config.approved_path, author="UCOORD", today=APPROVED_ON, relies_on=[])
    def chunk(path):
        return {"approved": APPROVED_ON.isoformat(), "approval": approval_metadata(read_approved(path), config, {}, "6")}
    leads = {(name, lang): approved_lead(chunk(path), {}, APPROVED_ON, lang)[0]
             for name, path in (("en", english), ("sv", swedish)) for lang in ("sv", "en")}
    assert leads == {
        ("en", "sv"): "Besvarat av den internationella samordnaren den 3 mars 2025 (citerat på engelska):",
        ("en", "en"): "Answered by the international coordinator on 3 March 2025:",
        ("sv", "sv"): "Besvarat av den internationella samordnaren den 3 mars 2025:",
        ("sv", "en"): "Answered by the international coordinator on 3 March 2025 (quoted in Swedish):",
    }


def test_what_the_coordinator_submitted_is_saved_not_the_escalations_text(tmp_path):
    path = save_approved(escalation(question="hur boka resa?? vänort"), tmp_path, author="UCOORD", today=APPROVED_ON,
                         relies_on=[], question="Hur bokar jag en resa till en vänort?", language="en",
                         answer="# Bokning\n\nBook through the travel agency.\n\nYour manager approves first.")
    back = read_approved(path)
    assert (back.question, back.language) == ("Hur bokar jag en resa till en vänort?", "en")
    # a heading typed in the answer would start a section of its own: it is kept as a line of text
    assert back.answer == "Bokning\n\nBook through the travel agency.\n\nYour manager approves first."
    assert path.name == "2025-03-03-hur-bokar-jag-en-resa-till-en-vanort.md"


def test_a_long_approved_answer_is_one_chunk_and_quoted_whole(world, intents):
    """However long the coordinator's answer, the asker gets all of it (other documents are cut
    into chunks of about 700 characters)."""
    config, embedder = world
    steps = " ".join(f"Steg {i}: fyll i blankett {i} för resan och skicka den till resebyrån före avresan." for i in
                     range(1, 16))
    answer = f"Resor bokas via kommunens resebyrå.\n\n{steps}\n\nDin chef ska godkänna resan innan du bokar."
    assert len(answer) > 1200
    path = save_approved(escalation(reply=answer), config.approved_path, author="UCOORD", today=APPROVED_ON,
                         relies_on=[], reindex=lambda: ingest_locked(config, embedder))
    engine, knowledge = engine_over(config, embedder, intents)
    assert knowledge.files()[f"approved/{path.name}"].chunks == 1
    reply = engine.answer(Question("Hur gör jag för att boka en resa till en partnerkommun?"))
    assert reply.outcome is Outcome.ANSWER and reply.citations[0].passage.kind == "approved", reply.reason
    assert "Steg 15: fyll i blankett 15" in reply.text and reply.text.count("Din chef ska godkänna resan") == 1


def test_reconfirming_sets_a_new_review_date_and_the_current_hashes_withdrawing_deletes(tmp_path):
    policy = tmp_path / "policy.md"
    policy.write_text("# Policy\n\nText.\n", encoding="utf-8")
    old = {"source": "policy.md", "file_hash": "old-hash", "pipeline": "2/700"}
    gone = {"source": "removed.md", "file_hash": "h", "pipeline": "2/700"}
    config = folders(tmp_path)
    path = save_approved(escalation(), config.approved_path, author="UCOORD", today=APPROVED_ON, relies_on=[old, gone])
    body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
    files = {"policy.md": FileRecord("policy.md", "new-hash", "Policy", 1, 0.0, pipeline="2/700")}
    today = date(2026, 4, 1)
    [listed] = stale_approved(config, files, today)
    assert listed.past_review and listed.changed == ("policy.md", "removed.md")

    assert reconfirm_approved(config, listed.source, files, today, by="UCOORD2") == date(2027, 4, 1)
    text = path.read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["review_by"] == date(2027, 4, 1) and meta["reconfirmed"] == today
    assert meta["reconfirmed_by"] == "UCOORD2" and meta["approved"] == APPROVED_ON
    assert meta["relies_on"] == [{"source": "policy.md", "file_hash": "new-hash", "pipeline": "2/700"}]
    assert text.endswith(body)  # the answer itself is untouched
    assert stale_approved(config, files, today) == []
    assert not approval_status({"source": listed.source}, files, today, config).stale

    withdraw_approved(config, listed.source)
    assert not path.exists()
    for bad in (listed.source, "policy.md", "approved/../policy.md"):
        with pytest.raises(ApprovalError):
            withdraw_approved(config, bad)
    assert policy.exists()


def test_an_answer_saved_in_knowledge_approved_before_the_approved_folder_is_listed_and_withdrawn(tmp_path):
    """Answers from before APPROVED_ANSWERS_DIR stay where they are and are handled like the others."""
    config = folders(tmp_path)
    older = save_approved(escalation(id=1), tmp_path / "approved", author="UCOORD", today=date(2024, 1, 10),
                          relies_on=[])
    newer = save_approved(escalation(id=2, question="Vem betalar?"), config.approved_path, author="UCOORD",
                          today=date(2024, 2, 10), relies_on=[])
    listed = stale_approved(config, {}, date(2025, 3, 3))
    assert [s.source for s in listed] == [f"approved/{older.name}", f"approved/{newer.name}"]
    withdraw_approved(config, f"approved/{older.name}")
    assert not older.exists() and newer.exists()
