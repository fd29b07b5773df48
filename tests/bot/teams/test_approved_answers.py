"""The coordinator's approved answers in Teams: the whole reply, reviewed on the card before anything
is written, then found again by reworded questions in both languages; a cancelled review writes
nothing; `godkända` lists the stale ones with Bekräfta igen and Ta bort."""
from __future__ import annotations

from datetime import date

import yaml

from bot.approved import save_approved
from bot.coordinator import Approvals
from bot.store import Escalation
from bot.teams.cards import REVIEW_ANSWER, REVIEW_LANGUAGE, REVIEW_QUESTION
from ingest.store import FileRecord

from ..reply_script import EDITED_SECOND, FIRST, LEAD_EN, LEAD_SV, QUESTION, REWORDED_EN, REWORDED_SV, SECOND
from .conftest import anonymous_settings
from ..fakes import folders
from .fakes import BERTIL, COORDINATION, CORA, channel, escalated, personal, texts_of
from .test_escalation import ANNA_CHAT, coordinator_card, register_coordination_channel

BERTIL_CHAT = "a:personal-29:bertil"
SAVE_TITLE = "Spara som godkänt svar / Save as approved answer"


def review_form(card: dict) -> dict:
    [form] = [a["card"] for a in card["actions"] if a["type"] == "Action.ShowCard" and a["title"] == SAVE_TITLE]
    return form


def inputs_of(form: dict) -> dict:
    return {item["id"]: item.get("value") for item in form["body"] if item["type"].startswith("Input.")}


def latest_card(connector, thread: str, posted) -> dict:
    """The escalation card as last drawn: its last update, or as posted."""
    updates = [u for u in connector.updates() if u.conversation_id == thread]
    return (updates[-1].body if updates else posted.body["activity"])["attachments"][0]["content"]


def escalate_and_answer_in_two_messages(bot, connector, store):
    """Anna's question goes to the coordinator channel; Cora answers in the card's thread in two messages."""
    register_coordination_channel(bot, connector)
    bot.send(personal(QUESTION, connector.url))
    answer = connector.wait_for(lambda _: connector.messages(ANNA_CHAT), timeout=30, what="the answer")[0]
    [ask] = [a for a in answer.card["actions"] if a["title"] == "Fråga samordnaren"]
    bot.send(personal(None, connector.url, value=ask["data"], reply_to_id=answer.new_id))
    [posted] = coordinator_card(connector, store)
    thread = f"{COORDINATION};messageid={posted.new_id}"
    for text in (FIRST, SECOND):
        bot.send(channel(text, connector.url, user=CORA, channel_id=COORDINATION, thread=thread, mention=False))
    def relays():
        found = [m for m in connector.messages(ANNA_CHAT)
                 if m.card and "Svar från samordnaren Cora Samordnare:" in texts_of(m.card)]
        return found if len(found) == 2 else None

    relayed = connector.wait_for(lambda _: relays(), what="both replies relayed")
    connector.wait_for(lambda _: SECOND in str(latest_card(connector, thread, posted)), what="the card redrawn")
    return posted, thread, relayed


def click(bot, connector, posted, thread, value, user=CORA):
    bot.send(channel(None, connector.url, user=user, channel_id=COORDINATION, thread=thread, mention=False,
                     value=value, reply_to_id=posted.new_id))


def submit_review(bot, connector, posted, thread, form: dict, **edits):
    """Spara on the review, with the inputs as shown unless `edits` ({input id: value}) says otherwise."""
    [save] = [a for a in form["actions"] if a["data"]["verb"] == "omvarld.approve"]
    click(bot, connector, posted, thread, {**save["data"], **inputs_of(form), **edits})


def test_the_whole_reply_is_reviewed_saved_and_answers_reworded_questions_in_both_languages(
        serve, connector, store, approving_engine):
    engine, approvals, approved = approving_engine
    bot = serve(anonymous_settings(), engine, store, approvals=approvals)
    posted, thread, relayed = escalate_and_answer_in_two_messages(bot, connector, store)
    assert [texts_of(m.card)[1] for m in relayed] == [FIRST, SECOND]  # each relayed as it comes

    form = review_form(latest_card(connector, thread, posted))
    assert inputs_of(form) == {REVIEW_QUESTION: QUESTION, REVIEW_ANSWER: f"{FIRST}\n\n{SECOND}", REVIEW_LANGUAGE: "sv"}
    assert not approved.exists()  # nothing is written before the review is saved

    submit_review(bot, connector, posted, thread, form, **{REVIEW_ANSWER: f"{FIRST}\n\n{EDITED_SECOND}"})
    confirm = connector.wait_for(lambda _: [m for m in connector.messages(thread) if "sparade svaret" in
                                            m.body.get("text", "")], timeout=30, what="the confirmation")[0]
    [saved] = approved.glob("*.md")
    assert confirm.body["text"] == (f"📗 Cora Samordnare sparade svaret som godkänt i approved/{saved.name} / "
                                    f"Saved as an approved answer in approved/{saved.name}:\n”{FIRST}”")
    content = saved.read_text(encoding="utf-8")
    assert f"{QUESTION} – {FIRST}\n\n{EDITED_SECOND}\n" in content and "Hör av dig" not in content
    assert yaml.safe_load(content.split("---\n")[1])["language"] == "sv"
    connector.wait_for(lambda _: "📗 Sparat som godkänt svar av Cora Samordnare" in texts_of(
        latest_card(connector, thread, posted)), what="the card redrawn as approved")

    for reworded, lead, locale in (
            (REWORDED_SV, LEAD_SV, "sv-SE"), (REWORDED_EN, LEAD_EN, "en-GB")):
        before = len(connector.messages(BERTIL_CHAT))
        bot.send(personal(reworded, connector.url, user=BERTIL, locale=locale))
        [answer] = connector.wait_for(lambda _: connector.messages(BERTIL_CHAT)[before:], timeout=30,
                                      what="the answer to the reworded question")
        shown = texts_of(answer.card)[0]
        assert shown.startswith(lead) and f"“{FIRST} {EDITED_SECOND}” [1]" in shown, shown
        assert "Hör av dig" not in shown


def test_a_cancelled_review_writes_nothing(serve, connector, engine, store, tmp_path):
    engine.enqueue(escalated())
    bot = serve(anonymous_settings(), engine, store, approvals=Approvals(folders(tmp_path), dict))
    posted, thread, _ = escalate_and_answer_in_two_messages(bot, connector, store)
    form = review_form(latest_card(connector, thread, posted))
    [cancel] = [a for a in form["actions"] if a["data"]["verb"] == "omvarld.approve_cancel"]
    assert cancel["associatedInputs"] == "none"
    updates = len(connector.updates())

    click(bot, connector, posted, thread, cancel["data"])
    connector.wait_for(lambda _: len(connector.updates()) > updates, what="the card redrawn, the review folded")
    assert not (tmp_path / "approved").exists() and store.get_escalation(1).approved_by is None
    assert not [m for m in connector.messages(thread) if "sparade svaret" in m.body.get("text", "")]
    assert inputs_of(review_form(latest_card(connector, thread, posted)))[REVIEW_ANSWER] == f"{FIRST}\n\n{SECOND}"

    form_without_answer = {**inputs_of(form), REVIEW_ANSWER: "   "}
    submit_review(bot, connector, posted, thread, form, **form_without_answer)
    [refused] = connector.wait_for(lambda _: [m for m in connector.messages(thread) if "Skriv svaret" in
                                              m.body.get("text", "")], what="the refusal")
    assert refused.body["text"] == "Skriv svaret. / Write the answer."
    assert not (tmp_path / "approved").exists()


# --- godkända ---------------------------------------------------------------------------------------

def test_godkanda_lists_the_stale_answers_to_reconfirm_or_withdraw(serve, connector, engine, store, tmp_path):
    config = folders(tmp_path)

    def esc(id, question):
        return Escalation(id=id, platform="teams", asker_id="aad-anna", origin={}, question=question, language="sv",
                          bot_answer="", sources=[], reason="", status="answered", created_at=None, reply_text="Svar.")
    old = save_approved(esc(1, "Vem betalar visum?"), config.approved_path, author="Cora Samordnare", today=date(2024, 1, 10),
                        relies_on=[])
    changed = save_approved(esc(2, "Hur bokar jag tolk?"), config.approved_path, author="Cora Samordnare",
                            today=date(2025, 2, 1),
                            relies_on=[{"source": "policy.md", "file_hash": "old", "pipeline": "2/700"}])
    files = {"policy.md": FileRecord("policy.md", "new", "Internationell policy", 3, 0.0, pipeline="2/700")}
    approvals = Approvals(config, lambda: files, reindex=dict, today=lambda: date(2025, 3, 3))
    bot = serve(anonymous_settings(), engine, store, approvals=approvals)

    refused = channel("godkända", connector.url, user=BERTIL, channel_id=COORDINATION)
    bot.send(refused)
    [no] = connector.wait_for(lambda _: connector.messages(refused["conversation"]["id"]), what="the refusal")
    assert no.body["text"].startswith("Det kommandot är bara för den internationella samordnaren.")

    asked = channel("godkända", connector.url, user=CORA, channel_id=COORDINATION)
    bot.send(asked)
    where = asked["conversation"]["id"]
    [listed] = connector.wait_for(lambda _: connector.messages(where), what="the list")
    shown = texts_of(listed.card)
    assert shown[0] == "Godkända svar att se över / Approved answers to review: 2"
    assert shown[1:4] == ["Vem betalar visum?", f"approved/{old.name} · godkänt 2024-01-10 / approved 2024-01-10",
                          "granskningsdatum 2025-01-10 har passerat / past its review date 2025-01-10"]
    assert ("bygger på policy.md, som har ändrats eller tagits bort / relies on policy.md, which has changed or "
            "been removed") in shown
    action_sets = [item["actions"] for item in listed.card["body"] if item["type"] == "ActionSet"]
    reconfirm = action_sets[0][0]["data"]
    withdraw = action_sets[1][1]["card"]["actions"][0]["data"]  # behind "Ta bort", which asks first
    assert reconfirm == {"verb": "omvarld.approved_reconfirm", "source": f"approved/{old.name}"}
    assert withdraw == {"verb": "omvarld.approved_withdraw", "source": f"approved/{changed.name}"}

    def press(value, user=CORA):
        bot.send(channel(None, connector.url, user=user, channel_id=COORDINATION, thread=where, mention=False,
                         value=value, reply_to_id=listed.new_id))

    press(reconfirm, user=BERTIL)
    connector.wait_for(lambda _: [m for m in connector.messages(where) if "Bara samordnaren" in m.body.get("text", "")],
                       what="the refusal")
    press(reconfirm)
    said = connector.wait_for(lambda _: [m for m in connector.messages(where) if "bekräftade" in m.body.get("text", "")],
                              what="the re-confirmation")[0]
    assert said.body["text"].startswith(f"✅ Cora Samordnare bekräftade approved/{old.name}; nästa granskning 2026-03-03.")
    assert "review_by: 2026-03-03" in old.read_text(encoding="utf-8")
    redrawn = connector.wait_for(lambda _: [u for u in connector.updates() if u.activity_id == listed.new_id],
                                 what="the list redrawn")[-1]
    assert "Approved answers to review: 1" in texts_of(redrawn.body["attachments"][0]["content"])[1]

    press(withdraw)
    connector.wait_for(lambda _: [m for m in connector.messages(where) if "tog bort" in m.body.get("text", "")],
                       what="the withdrawal")
    assert not changed.exists() and old.exists()
