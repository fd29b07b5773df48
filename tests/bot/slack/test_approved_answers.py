"""The coordinator's approved answers in Slack: the whole reply, reviewed in a modal before anything
is written, then found again by reworded questions in both languages; a cancelled review writes
nothing; `/omvarld godkända` lists the stale ones with Re-confirm and Withdraw."""
from __future__ import annotations

import json
from datetime import date

import yaml

from bot.adapters.slack.blocks import (
    APPROVED_RECONFIRM,
    APPROVED_WITHDRAW,
    CARD_APPROVE,
    ESCALATE,
    REVIEW_ANSWER,
    REVIEW_LANGUAGE,
    REVIEW_QUESTION,
)
from bot.coordinator.approved import save_approved
from bot.coordinator.workflow import Approvals
from bot.store import Escalation
from ingest.store import FileRecord

from ..fakes import folders
from ..reply_script import EDITED_SECOND, FIRST, LEAD_EN, LEAD_SV, QUESTION, REWORDED_EN, REWORDED_SV, SECOND
from .conftest import COORDINATOR, COORDINATOR_CHANNEL, eventually
from .fakes import escalated


def inputs_of(view: dict) -> dict:
    """What the modal shows in each input: {block_id: initial text or chosen option}."""
    out = {}
    for block in view["blocks"]:
        if block["type"] == "input":
            element = block["element"]
            out[block["block_id"]] = (element["initial_option"]["value"] if element["type"] == "static_select"
                                      else element.get("initial_value"))
    return out


def answer_in_thread(stub, ts: str):
    return stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("thread_ts") == ts
                         and c.get("channel") == "C1", timeout=30)[0]


def escalate_and_answer_in_two_messages(slack, stub, store, question: str = QUESTION):
    """The asker's question goes to the coordinator, who answers in the card's thread in two messages."""
    asked = slack.mention(question, user="U1")
    answer = answer_in_thread(stub, asked["ts"])
    [ref] = [e["value"] for b in answer.blocks if b["type"] == "actions" for e in b["elements"]
             if e["action_id"] == ESCALATE]
    slack.click(ESCALATE, ref, user="U1", message=answer.response["message"])
    card = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == COORDINATOR_CHANNEL)[0]
    esc = eventually(lambda: store.find_by_card("slack", f"{COORDINATOR_CHANNEL}:{card.response['ts']}"))
    relayed: list = []
    for text in (FIRST, SECOND):  # one after the other, as a person writes them: Bolt acknowledges each event
        # first and handles it in its own thread, so two sent within a millisecond may be queued either way
        slack.message(text, user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                      thread_ts=card.response["ts"])
        relayed = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == "C1"
                                and "Svar från samordnaren" in c.all_text(), count=len(relayed) + 1)
    return esc, card, relayed


def open_review(slack, stub, esc, card) -> dict:
    slack.click(CARD_APPROVE, str(esc.id), user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                message=card.response["message"])
    return stub.wait_for("views.open")[-1].response["view"]


def test_the_whole_reply_is_reviewed_saved_and_answers_reworded_questions_in_both_languages(
        make_slack, stub, store, approving_engine):
    engine, approvals, approved = approving_engine
    slack = make_slack(answers=engine, approvals=approvals)
    esc, card, relayed = escalate_and_answer_in_two_messages(slack, stub, store)
    assert [FIRST in relayed[0].all_text(), SECOND in relayed[1].all_text()] == [True, True]  # each as it comes

    view = open_review(slack, stub, esc, card)
    assert inputs_of(view) == {REVIEW_QUESTION: QUESTION, REVIEW_ANSWER: f"{FIRST}\n\n{SECOND}",
                               REVIEW_LANGUAGE: "sv"}
    assert not approved.exists()  # nothing is written before the review is saved

    status, body = slack.submit_view(view, {REVIEW_ANSWER: f"{FIRST}\n\n{EDITED_SECOND}"}, user=COORDINATOR)
    assert status == 200 and body == ""  # the modal closes
    confirm = stub.wait_for(lambda c: c.method == "chat.postMessage" and "sparade svaret" in c.all_text(), timeout=30)[0]
    [saved] = approved.glob("*.md")
    assert confirm["channel"] == COORDINATOR_CHANNEL and confirm["thread_ts"] == card.response["ts"]
    assert confirm["text"] == (f"📗 <@{COORDINATOR}> sparade svaret som godkänt i `approved/{saved.name}` / "
                               f"Saved as an approved answer in `approved/{saved.name}`:\n>{FIRST}")
    content = saved.read_text(encoding="utf-8")
    assert f"{QUESTION} – {FIRST}\n\n{EDITED_SECOND}\n" in content and "Hör av dig" not in content
    assert yaml.safe_load(content.split("---\n")[1])["language"] == "sv"

    for user, reworded, lead in (
            ("U2", REWORDED_SV, LEAD_SV), ("U3", REWORDED_EN, LEAD_EN)):
        asked = slack.mention(reworded, user=user)
        shown = answer_in_thread(stub, asked["ts"]).all_text()
        assert lead in shown and f"“{FIRST} {EDITED_SECOND}” [1]" in shown, shown
        assert "Hör av dig" not in shown


def test_a_cancelled_review_writes_nothing(make_slack, stub, engine, store, tmp_path):
    engine.enqueue(escalated())
    approvals = Approvals(folders(tmp_path), dict, today=lambda: date(2025, 3, 3))
    slack = make_slack(approvals=approvals)
    esc, card, _ = escalate_and_answer_in_two_messages(slack, stub, store)
    view = open_review(slack, stub, esc, card)

    assert slack.close_view(view, user=COORDINATOR)[0] == 200
    stub.settle()
    assert not (tmp_path / "approved").exists()
    assert store.get_escalation(esc.id).approved_by is None
    assert not [c for c in stub.calls("chat.postMessage") if "sparade svaret" in c.all_text()]
    card_now = stub.calls("chat.update")[-1]  # the card as last redrawn (after the replies): still offers to save
    assert CARD_APPROVE in [e["action_id"] for b in card_now.blocks if b["type"] == "actions" for e in b["elements"]]


def test_a_review_without_an_answer_stays_open_with_the_reason(make_slack, stub, engine, store, tmp_path):
    engine.enqueue(escalated())
    approvals = Approvals(folders(tmp_path), dict, today=lambda: date(2025, 3, 3))
    slack = make_slack(approvals=approvals)
    esc, card, _ = escalate_and_answer_in_two_messages(slack, stub, store)
    view = open_review(slack, stub, esc, card)

    status, body = slack.submit_view(view, {REVIEW_ANSWER: "  \n ", REVIEW_QUESTION: "Hur bokar jag?"},
                                     user=COORDINATOR)
    assert status == 200 and json.loads(body) == {
        "response_action": "errors", "errors": {REVIEW_ANSWER: "Skriv svaret. / Write the answer."}}
    stub.settle()
    assert not (tmp_path / "approved").exists() and store.get_escalation(esc.id).approved_by is None

    status, _ = slack.submit_view(view, user="UNOBODY")  # someone who is not a coordinator
    assert status == 200 and not (tmp_path / "approved").exists()


# --- /omvarld godkända ----------------------------------------------------------------------------

def stale_answers(folder):
    """Two approved answers: one past its review date, one relying on a document changed since."""
    def esc(id, question):
        return Escalation(id=id, platform="slack", asker_id="U1", origin={}, question=question, language="sv",
                          bot_answer="", sources=[], reason="", status="answered", created_at=None,
                          reply_text="Svar.")
    old = save_approved(esc(1, "Vem betalar visum?"), folder, author=COORDINATOR, today=date(2024, 1, 10),
                        relies_on=[])
    changed = save_approved(esc(2, "Hur bokar jag tolk?"), folder, author=COORDINATOR, today=date(2025, 2, 1),
                            relies_on=[{"source": "policy.md", "file_hash": "old", "pipeline": "2/700"}])
    return old, changed


def test_godkanda_lists_the_stale_answers_to_reconfirm_or_withdraw(make_slack, stub, tmp_path):
    config = folders(tmp_path)
    old, changed = stale_answers(config.approved_path)
    files = {"policy.md": FileRecord("policy.md", "new", "Internationell policy", 3, 0.0, pipeline="2/700")}
    reindexed = []
    approvals = Approvals(config, lambda: files, reindex=lambda: reindexed.append(1) or {},
                          today=lambda: date(2025, 3, 3))
    slack = make_slack(approvals=approvals)

    slack.command("godkända", user="UNOBODY")
    assert "bara för den internationella samordnaren" in stub.wait_for("response_url")[0]["text"]

    slack.command("godkända", user=COORDINATOR, response_url=stub.response_url("list"))
    listed = stub.wait_for(lambda c: c.path == "/response/list")[0]
    text = listed.all_text()
    assert listed["response_type"] == "ephemeral" and "Approved answers to review: 2" in text
    assert "Vem betalar visum?" in text and "granskningsdatum 2025-01-10 har passerat" in text
    assert "Hur bokar jag tolk?" in text and "bygger på policy.md, som har ändrats" in text
    buttons = [e for b in listed.blocks if b["type"] == "actions" for e in b["elements"]]
    assert [(e["action_id"], e["value"]) for e in buttons] == [
        (APPROVED_RECONFIRM, f"approved/{old.name}"), (APPROVED_WITHDRAW, f"approved/{old.name}"),
        (APPROVED_RECONFIRM, f"approved/{changed.name}"), (APPROVED_WITHDRAW, f"approved/{changed.name}")]
    assert "confirm" in buttons[1]  # withdrawing asks first

    slack.click(APPROVED_RECONFIRM, f"approved/{old.name}", user="UNOBODY", ephemeral=True)
    stub.wait_for(lambda c: "Bara samordnaren" in c.all_text())
    assert "review_by: 2025-01-10" in old.read_text(encoding="utf-8")

    slack.click(APPROVED_RECONFIRM, f"approved/{old.name}", user=COORDINATOR, ephemeral=True,
                response_url=stub.response_url("reconfirmed"))
    redrawn = stub.wait_for(lambda c: c.path == "/response/reconfirmed")[0]
    assert redrawn["replace_original"] is True
    assert f"bekräftade `approved/{old.name}`; nästa granskning 2026-03-03" in redrawn["text"]
    assert "Approved answers to review: 1" in redrawn.all_text() and "Vem betalar visum?" not in redrawn.all_text()
    assert "review_by: 2026-03-03" in old.read_text(encoding="utf-8")

    slack.click(APPROVED_WITHDRAW, f"approved/{changed.name}", user=COORDINATOR, ephemeral=True,
                response_url=stub.response_url("withdrawn"))
    gone = stub.wait_for(lambda c: c.path == "/response/withdrawn")[0]
    assert f"tog bort `approved/{changed.name}`" in gone["text"] and "Inga godkända svar" in gone.all_text()
    assert not changed.exists() and old.exists() and len(reindexed) == 2

    slack.click(APPROVED_WITHDRAW, f"approved/{changed.name}", user=COORDINATOR, ephemeral=True,
                response_url=stub.response_url("again"))
    assert "Det gick inte" in stub.wait_for(lambda c: c.path == "/response/again")[0]["text"]
