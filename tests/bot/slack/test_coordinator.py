"""The coordinator's side in Slack: save a reply as an approved answer, reminders under a card,
the asker's own status (command and App Home), and the report in the coordinator channel."""
from __future__ import annotations

from datetime import date, timedelta

import yaml

from bot.approved import ApprovalError
from bot.coordinator import Approvals
from bot.housekeeping import Housekeeper
from bot.models import Answer, Outcome
from bot.runtime import report_maker
from bot.settings import Settings
from bot.slack.blocks import CARD_APPROVE, ESCALATE, REVIEW_ANSWER
from bot.store import RESOLVED, utc_now
from ingest.store import FileRecord

from .conftest import COORDINATOR, COORDINATOR_CHANNEL, eventually
from ..fakes import folders
from .fakes import passage

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
POLICY_RECORD = FileRecord(source="internationell-policy.md", file_hash="9f00d1", title="Internationell policy",
                           chunks=12, ingested_at=1740816000.0, pipeline="2/700")
# The coordinator's reply as Slack sends it: a bold word, a link with a label, a user mention.
REPLY_MRKDWN = "Boka via *resebyrån*, se <https://intra.alingsas.se/resor|reserutinen>. Fråga <@UANNA> &amp; mig."
REPLY_PLAIN = "Boka via *resebyrån*, se reserutinen (https://intra.alingsas.se/resor). Fråga @UANNA & mig."


class Reindex:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"added": 1}


def not_covered() -> Answer:
    """The engine's escalate outcome: no citations, but the passages it looked at."""
    return Answer(Outcome.ESCALATE, "Det här hittar jag inte i kommunens dokument.", "sv",
                  passages=[passage(section="Policy › Resor", page=4)], reason="best evidence too weak")


def escalate_and_reply(slack, stub, engine, store, reply: str | None = REPLY_MRKDWN):
    """A question the documents do not cover, sent to the coordinator, who replies in the card's thread."""
    engine.enqueue(not_covered())
    slack.mention("Hur bokar jag en resa till en vänort?", user="U1")
    answer = stub.wait_for("chat.postMessage")[0]
    ref = [e for b in answer.blocks if b["type"] == "actions" for e in b["elements"]
           if e["action_id"] == ESCALATE][0]["value"]
    slack.click(ESCALATE, ref, user="U1", message=answer.response["message"])
    card = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == COORDINATOR_CHANNEL)[0]
    esc = eventually(lambda: store.find_by_card("slack", f"{COORDINATOR_CHANNEL}:{card.response['ts']}"))
    if reply is not None:
        slack.message(reply, user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                      thread_ts=card.response["ts"])
        eventually(lambda: store.get_escalation(esc.id).reply_text)
    return esc, card


# --- save as approved answer ---------------------------------------------------------------------

def test_save_as_approved_reviews_and_writes_the_plain_reply_reindexes_once_and_confirms_in_the_thread(
        make_slack, stub, engine, store, tmp_path):
    config, reindex = folders(tmp_path), Reindex()
    approvals = Approvals(config, lambda: {POLICY_RECORD.source: POLICY_RECORD}, reindex=reindex,
                          today=lambda: date(2025, 3, 3))
    slack = make_slack(approvals=approvals)
    esc, card = escalate_and_reply(slack, stub, engine, store)
    assert "Närmast i dokumenten:* 1. Internationell policy › Resor, s. 4" in card.all_text()

    slack.click(CARD_APPROVE, str(esc.id), user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                message=card.response["message"])
    view = stub.wait_for("views.open")[0].response["view"]
    [answer_input] = [b["element"] for b in view["blocks"] if b.get("block_id") == REVIEW_ANSWER]
    assert answer_input["initial_value"] == REPLY_PLAIN  # the review shows what the coordinator typed
    slack.submit_view(view, user=COORDINATOR)
    confirm = stub.wait_for(lambda c: c.method == "chat.postMessage" and "sparade svaret som godkänt" in c.all_text())[0]

    [saved] = config.approved_path.glob("*.md")
    assert saved.name == "2025-03-03-hur-bokar-jag-en-resa-till-en-vanort.md"
    assert confirm["channel"] == COORDINATOR_CHANNEL and confirm["thread_ts"] == card.response["ts"]
    assert f"`approved/{saved.name}`" in confirm["text"] and f"<@{COORDINATOR}>" in confirm["text"]
    content = saved.read_text(encoding="utf-8")
    meta = yaml.safe_load(content.split("---\n")[1])
    assert meta["answer_author"] == COORDINATOR and meta["escalation_id"] == esc.id
    assert meta["relies_on"] == [{"source": "internationell-policy.md", "file_hash": "9f00d1", "pipeline": "2/700"}]
    assert f"Hur bokar jag en resa till en vänort? – {REPLY_PLAIN}" in content
    assert "<https://" not in content and "&amp;" not in content and "<@" not in content
    assert reindex.calls == 1
    assert store.get_escalation(esc.id).approved_by == COORDINATOR
    redrawn = stub.wait_for(lambda c: c.method == "chat.update" and "Sparat som godkänt svar" in c.all_text())[-1]
    assert CARD_APPROVE not in [e["action_id"] for b in redrawn.blocks if b["type"] == "actions" for e in b["elements"]]


class FailingApprovals:
    def __init__(self) -> None:
        self.attempts: list[str] = []

    def save(self, escalation, author, answer, **submitted):
        self.attempts.append(answer)
        raise ApprovalError(f"escalation {escalation.id} has no question text (it may have been anonymised)")


def test_approving_before_a_reply_or_when_saving_fails_is_refused_politely(make_slack, stub, engine, store):
    failing = FailingApprovals()
    attempts = failing.attempts
    slack = make_slack(approvals=failing)
    esc, card = escalate_and_reply(slack, stub, engine, store, reply=None)
    click = dict(user=COORDINATOR, channel=COORDINATOR_CHANNEL, message=card.response["message"])
    slack.click(CARD_APPROVE, str(esc.id), **click)
    first = stub.wait_for(lambda c: c.method == "chat.postEphemeral" and c.get("user") == COORDINATOR)[0]
    assert "Det finns inget svar i tråden att spara ännu" in first["text"] and attempts == []

    slack.message("Svaret är 42.", user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                  thread_ts=card.response["ts"])
    eventually(lambda: store.get_escalation(esc.id).reply_text)
    slack.click(CARD_APPROVE, str(esc.id), **click)
    slack.submit_view(stub.wait_for("views.open")[0].response["view"], user=COORDINATOR)
    second = stub.wait_for(lambda c: c.method == "chat.postEphemeral" and c.get("user") == COORDINATOR, count=2)[1]
    assert second["text"].startswith("Svaret kunde inte sparas som godkänt")
    assert "anonymised" not in second["text"] and attempts == ["Svaret är 42."]
    assert store.get_escalation(esc.id).approved_by is None


# --- reminders -----------------------------------------------------------------------------------

def test_a_due_reminder_is_posted_in_the_cards_thread_to_the_coordinators(slack, stub, store):
    esc = store.create_escalation("slack", "U2", {"channel": "C2", "thread_ts": "1.0"}, "Vem skriver avtalet?", "sv",
                                  "", [], "r", deliver_as="slack.escalation_card")
    card = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == COORDINATOR_CHANNEL)[0]
    eventually(lambda: store.get_escalation(esc.id).card)

    chores = Housekeeper(store, remind_hours=24, retention_days=90, platform_kind={"slack": "slack.reminder"})
    assert chores.run_once(utc_now() + timedelta(days=7)).reminded == [esc.id]
    reminder = stub.wait_for(lambda c: c.method == "chat.postMessage" and "Påminnelse" in c.all_text())[0]
    hours = store.list_deliveries(kind="slack.reminder")[0].payload["working_hours"]
    assert reminder["channel"] == COORDINATOR_CHANNEL and reminder["thread_ts"] == card.response["ts"]
    assert reminder["text"] == (f"<@{COORDINATOR}> ⏰ Påminnelse: frågan har väntat på svar i "
                                f"{f'{hours:g}'.replace('.', ',')} arbetstimmar. / Reminder: this question has "
                                f"waited {hours:g} working hours for an answer.")


def test_a_reminder_for_an_escalation_answered_meanwhile_posts_nothing(make_slack, stub, store):
    esc = store.create_escalation("slack", "U2", {"channel": "C2"}, "Vem skriver avtalet?", "sv", "", [], "r")
    store.mark_sent(esc.id, {"channel": COORDINATOR_CHANNEL, "ts": "1700000000.000001"},
                    f"{COORDINATOR_CHANNEL}:1700000000.000001")
    assert store.record_reminder(esc.id, 1, "slack.reminder", {"escalation_id": esc.id, "round": 1,
                                                               "working_hours": 24.5, "created_at": "x"})
    store.record_reply(esc.id, "Kommunjuristen.", COORDINATOR)  # answered before the reminder went out

    make_slack()
    eventually(lambda: store.list_deliveries(kind="slack.reminder")[0].status == "delivered")
    stub.settle()
    assert not stub.calls("chat.postMessage")


# --- the asker's own status -------------------------------------------------------------------------

def seed_escalations(store):
    mine = store.create_escalation("slack", "U1", {"channel": "C1"}, "Hur söker vi Interreg?", "sv", "", [], "r")
    done = store.create_escalation("slack", "U1", {"channel": "C1"}, "Vem äger vänortsavtalet?", "sv", "", [], "r")
    store.mark_resolved(done.id, COORDINATOR)
    other = store.create_escalation("slack", "U2", {"channel": "C1"}, "Kollegans hemliga fråga", "sv", "", [], "r")
    return mine, done, other


def test_status_from_someone_not_a_coordinator_lists_only_their_own_questions(slack, stub, store):
    mine, done, _ = seed_escalations(store)
    slack.command("status", user="U1")
    reply = stub.wait_for("response_url")[0]
    text = reply.all_text()
    assert reply["response_type"] == "ephemeral" and "Dina frågor till samordnaren" in text
    assert f"#{mine.id} skickas till samordnaren" in text and "Hur söker vi Interreg?" in text
    assert f"#{done.id} avslutad" in text and "Vem äger vänortsavtalet?" in text
    assert "Kollegans hemliga fråga" not in text and "bara för den internationella samordnaren" not in text


def test_app_home_shows_the_viewers_own_open_questions(slack, stub, store):
    seed_escalations(store)
    slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1"})
    text = stub.wait_for("views.publish")[0].all_text()
    assert "Dina frågor till samordnaren" in text and "Hur söker vi Interreg?" in text
    assert "Vem äger vänortsavtalet?" not in text and "Kollegans hemliga fråga" not in text


# --- the report --------------------------------------------------------------------------------------

class WordEmbedder:
    """Stands in for e5 in the report's topic grouping: a vector from the words' hashes."""

    def embed_query(self, text: str) -> list[float]:
        vector = [0.0] * 16
        for word in text.lower().split():
            vector[hash(word) % 16] += 1.0
        return vector


def test_rapport_posts_the_summary_and_uploads_the_chart_to_the_coordinator_channel(make_slack, stub, store):
    for question, outcome in [("Vad säger policyn?", "answer"), ("Hur mycket traktamente i Bryssel?", "escalate"),
                              ("Skriv en dikt", "decline")]:
        store.log_question("slack", "U1", question, "sv", outcome, [], 12)
    slack = make_slack(make_report=report_maker(Settings.from_env({}), store, embedder=WordEmbedder()))

    slack.command("rapport", user="UNOBODY")
    refused = stub.wait_for("response_url")[0]
    assert "bara för den internationella samordnaren" in refused["text"]

    slack.command("rapport", user=COORDINATOR)
    done = stub.wait_for(lambda c: c.method == "response_url" and "postad" in c.all_text(), timeout=30)[0]
    assert f"<#{COORDINATOR_CHANNEL}>" in done["text"]
    [summary] = [c for c in stub.calls("chat.postMessage") if c.get("channel") == COORDINATOR_CHANNEL]
    assert "3 frågor — 1 besvarade (33 %), 1 till samordnaren, 1 avböjda" in summary["text"]
    assert "Hur mycket traktamente i Bryssel? (1)" in summary["text"]

    [asked] = stub.calls("files.getUploadURLExternal")
    [uploaded] = stub.uploads.values()
    assert uploaded.startswith(PNG_SIGNATURE) and int(asked["length"]) == len(uploaded)
    assert asked["filename"].endswith(".png")
    [completed] = stub.calls("files.completeUploadExternal")
    assert completed["channel_id"] == COORDINATOR_CHANNEL
    assert [f["id"] for f in completed["files"]] == list(stub.uploads)
    assert stub.calls().index(summary) < stub.calls().index(completed)
    assert len(stub.uploads) == 1  # the refused command uploaded nothing
