"""The coordinator's side in Teams: save a reply as an approved answer, reminders in the card's
thread, the asker's own status, and the report as a card with its chart."""
from __future__ import annotations

import base64
import json
from datetime import date, timedelta

import yaml

from bot.coordinator import Approvals
from bot.housekeeping import Housekeeper
from bot.models import Answer, Outcome
from bot.runtime import report_maker
from bot.settings import Settings
from bot.store import utc_now
from ingest.store import FileRecord

from .conftest import anonymous_settings
from ..fakes import folders
from .fakes import BERTIL, COORDINATION, CORA, POLICY, buttons_of, channel, personal, texts_of
from .test_escalation import ANNA_CHAT, coordinator_card, register_coordination_channel

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CARD_BYTES = 28 * 1024
POLICY_RECORD = FileRecord(source="policy.md", file_hash="c0ffee", title="Internationell policy", chunks=9,
                           ingested_at=1740816000.0, pipeline="2/700")
QUESTION = "Hur bokar jag en resa till en vänort?"
REPLY = "Boka via resebyrån och ange projektkoden. Chefen godkänner först."


class Reindex:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"added": 1}


def not_covered() -> Answer:
    """The engine's escalate outcome: no citations, but the passages it looked at."""
    return Answer(Outcome.ESCALATE, "Det här hittar jag inte i kommunens dokument.", "sv", passages=[POLICY],
                  reason="best evidence too weak")


def escalated_card(bot, connector, engine, store):
    """Anna's question goes to the coordinator channel; returns (the card's post, its thread)."""
    register_coordination_channel(bot, connector)
    engine.enqueue(not_covered())
    bot.send(personal(QUESTION, connector.url))
    answer = connector.wait_for(lambda _: connector.messages(ANNA_CHAT), what="the answer")[0]
    [ask] = [a for a in answer.card["actions"] if a["title"] == "Fråga samordnaren"]
    bot.send(personal(None, connector.url, value=ask["data"], reply_to_id=answer.new_id))
    [posted] = coordinator_card(connector, store)
    return posted, f"{COORDINATION};messageid={posted.new_id}"


def click(bot, connector, posted, thread, value, user=CORA):
    bot.send(channel(None, connector.url, user=user, channel_id=COORDINATION, thread=thread, mention=False,
                     value=value, reply_to_id=posted.new_id))


# --- save as approved answer ---------------------------------------------------------------------

def test_save_as_approved_writes_the_reply_reindexes_once_and_confirms_in_the_cards_thread(
        serve, connector, engine, store, tmp_path):
    config, reindex = folders(tmp_path), Reindex()
    approvals = Approvals(config, lambda: {"policy.md": POLICY_RECORD}, reindex=reindex,
                          today=lambda: date(2025, 3, 3))
    bot = serve(anonymous_settings(), engine, store, approvals=approvals)
    posted, thread = escalated_card(bot, connector, engine, store)
    card = posted.body["activity"]["attachments"][0]["content"]
    assert "Närmast i dokumenten:" in texts_of(card) and "1. Internationell policy › EU-samarbete, s. 3" in texts_of(card)
    approve = {"verb": "omvarld.approve", "escalation_id": 1}

    click(bot, connector, posted, thread, approve)
    [early] = connector.wait_for(lambda _: connector.messages(thread), what="the refusal")
    assert early.body["text"].startswith("Det finns inget svar att spara ännu")

    click(bot, connector, posted, thread, {"verb": "omvarld.answer", "escalation_id": 1, "reply": REPLY})
    click(bot, connector, posted, thread, approve)  # a card drawn before the reply: review it on the card
    connector.wait_for(lambda _: [m for m in connector.messages(thread) if "Granska frågan" in m.body.get("text", "")],
                       what="the pointer to the review")
    assert not config.approved_path.exists()
    click(bot, connector, posted, thread, {**approve, "review_question": QUESTION, "review_answer": REPLY,
                                           "review_language": "sv"})
    confirm = connector.wait_for(lambda _: [m for m in connector.messages(thread) if "sparade svaret" in
                                            m.body.get("text", "")], what="the confirmation in the thread")[0]

    [saved] = config.approved_path.glob("*.md")
    assert saved.name == "2025-03-03-hur-bokar-jag-en-resa-till-en-vanort.md"
    assert confirm.body["text"] == (f"📗 Cora Samordnare sparade svaret som godkänt i approved/{saved.name} / "
                                    f"Saved as an approved answer in approved/{saved.name}:\n”{REPLY}”")
    content = saved.read_text(encoding="utf-8")
    meta = yaml.safe_load(content.split("---\n")[1])
    assert meta["answer_author"] == "aad-cora" and meta["escalation_id"] == 1  # by id, as Slack (`forget` finds it)
    assert meta["relies_on"] == [{"source": "policy.md", "file_hash": "c0ffee", "pipeline": "2/700"}]
    assert f"{QUESTION} – {REPLY}" in content
    assert reindex.calls == 1 and store.get_escalation(1).approved_by == "aad-cora"
    redrawn = connector.wait_for(lambda _: [u for u in connector.updates() if "📗 Sparat som godkänt svar av Cora "
                                            "Samordnare" in texts_of(u.body["attachments"][0]["content"])],
                                 what="the card redrawn as approved")[-1]
    assert redrawn.conversation_id == thread and redrawn.activity_id == posted.new_id
    assert "Spara som godkänt svar / Save as approved answer" not in buttons_of(redrawn.body["attachments"][0]["content"])


# --- reminders -----------------------------------------------------------------------------------

def reminders_in(connector, thread):
    return [m for m in connector.messages(thread) if "Påminnelse" in m.body.get("text", "")]


def test_a_due_reminder_is_posted_in_the_cards_thread(bot, connector, engine, store):
    _, thread = escalated_card(bot, connector, engine, store)
    chores = Housekeeper(store, remind_hours=24, retention_days=90, platform_kind={"teams": "teams.reminder"})
    assert chores.run_once(utc_now() + timedelta(days=7)).reminded == [1]

    [reminder] = connector.wait_for(lambda _: reminders_in(connector, thread), what="the reminder")
    hours = store.list_deliveries(kind="teams.reminder")[0].payload["working_hours"]
    assert reminder.body["text"] == (f"⏰ Påminnelse: frågan har väntat på svar i {f'{hours:g}'.replace('.', ',')} "
                                     f"arbetstimmar. / Reminder: this question has waited {hours:g} working hours "
                                     "for an answer.")


def test_a_reminder_for_an_escalation_answered_meanwhile_posts_nothing(serve, connector, engine, store):
    first = serve(anonymous_settings(), engine, store)
    _, thread = escalated_card(first, connector, engine, store)
    first.stop()
    assert store.record_reminder(1, 1, "teams.reminder", {"escalation_id": 1, "round": 1, "working_hours": 24.0,
                                                          "created_at": "x"})
    store.record_reply(1, "Kommunjuristen skriver det.", "Cora Samordnare")  # answered while it waited

    serve(anonymous_settings(), engine, store)  # the next process sends what is due
    connector.wait_for(lambda _: store.list_deliveries(kind="teams.reminder")[0].status == "delivered",
                       what="the reminder handled")
    assert reminders_in(connector, thread) == [] and len(connector.messages(thread)) == 0


# --- the asker's own status -------------------------------------------------------------------------

def test_status_from_someone_not_a_coordinator_lists_only_their_own_questions(bot, connector, store):
    mine = store.create_escalation("teams", "aad-anna", {}, "Hur söker vi Interreg?", "sv", "", [], "r")
    store.create_escalation("teams", "aad-bertil", {}, "Bertils egen fråga", "sv", "", [], "r")
    bot.send(personal("status", connector.url))
    [reply] = connector.wait_for(lambda _: connector.messages(ANNA_CHAT), what="the status")
    shown = texts_of(reply.card)
    assert shown[0] == "Dina frågor till samordnaren / Your questions to the coordinator"
    assert shown[1].startswith(f"#{mine.id} skickas till samordnaren (") and shown[1].endswith("Hur söker vi Interreg?")
    assert len(shown) == 2 and "Bertils egen fråga" not in json.dumps(reply.body, ensure_ascii=False)


# --- the report --------------------------------------------------------------------------------------

class WordEmbedder:
    """Stands in for e5 in the report's topic grouping: a vector from the words' hashes."""

    def embed_query(self, text: str) -> list[float]:
        vector = [0.0] * 16
        for word in text.lower().split():
            vector[hash(word) % 16] += 1.0
        return vector


def test_rapport_from_the_coordinator_is_a_card_with_the_summary_and_the_chart(serve, connector, engine, store):
    for question, outcome in [("Vad säger policyn?", "answer"), ("Hur mycket traktamente i Bryssel?", "escalate")]:
        store.log_question("teams", "aad-anna", question, "sv", outcome, [], 12)
    bot = serve(anonymous_settings(), engine, store,
                make_report=report_maker(Settings.from_env({}), store, embedder=WordEmbedder()))

    refused = channel("rapport", connector.url, user=BERTIL, channel_id=COORDINATION)
    bot.send(refused)
    [no] = connector.wait_for(lambda _: connector.messages(refused["conversation"]["id"]), what="the refusal")
    assert no.body["text"].startswith("Det kommandot är bara för den internationella samordnaren.")

    asked = channel("rapport", connector.url, user=CORA, channel_id=COORDINATION)
    bot.send(asked)
    [reply] = connector.wait_for(lambda _: connector.messages(asked["conversation"]["id"]), timeout=30,
                                 what="the report")
    shown = texts_of(reply.card)
    assert "2 frågor — 1 besvarade (50 %), 1 till samordnaren, 0 avböjda." in shown[0]
    assert "1. Hur mycket traktamente i Bryssel? (1)" in shown
    [image] = [item for item in reply.card["body"] if item["type"] == "Image"]
    assert image["url"].startswith("data:image/png;base64,") and image["altText"] == "Frågor per vecka"
    assert base64.b64decode(image["url"].split(",", 1)[1]).startswith(PNG_SIGNATURE)
    assert len(json.dumps(reply.body).encode("utf-8")) < MAX_CARD_BYTES
