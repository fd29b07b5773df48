"""What staff see when they ask: threaded answers with sources, DMs, follow-ups, the slash command."""
from __future__ import annotations

from bot.engine.models import Turn

from .conftest import BOT_TOKEN
from .fakes import answered, declined, escalated, passage
from .slack_stub import BOT_USER_ID


def test_mention_is_answered_in_its_thread_with_numbered_sources(slack, stub, engine):
    engine.enqueue(answered("Kommunen deltar i Erasmus+ [1].", sources=[passage("Internationell policy", "Policy › EU-program", 3)]))
    event = slack.mention("Vilka EU-program deltar vi i?")

    post = stub.wait_for("chat.postMessage")[0]
    assert post["channel"] == "C1" and post["thread_ts"] == event["ts"]
    text = post.all_text()
    assert "Kommunen deltar i Erasmus+ [1]." in text
    assert "1. Internationell policy › EU-program, s. 3" in text
    buttons = [e["text"]["text"] for b in post.blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["👍 Bra svar", "👎 Inte bra", "Fråga samordnaren"]
    assert post.authorization == f"Bearer {BOT_TOKEN}"
    assert engine.questions[0].text == "Vilka EU-program deltar vi i?"  # the bot's own mention is gone
    assert engine.questions[0].asker_id == "U1" and engine.questions[0].language_hint is None


def test_question_is_logged_with_outcome_and_sources(slack, stub, store):
    slack.mention("Vilka EU-program deltar vi i?")
    stub.wait_for("chat.postMessage")
    q = store.get_question(1)
    assert (q.question, q.outcome, q.asker_id) == ("Vilka EU-program deltar vi i?", "answer", "U1")
    assert q.sources[0]["label"] == "Internationell policy › Mål, s. 3"


def test_a_follow_up_in_the_thread_carries_the_thread_as_history(slack, stub, engine):
    first = slack.mention("Vad säger policyn om EU-program?")
    stub.wait_for("chat.postMessage")
    slack.mention("Och vem ansvarar för det?", thread_ts=first["ts"])
    stub.wait_for("chat.postMessage", count=2)

    history = engine.questions[1].history
    assert history[0] == Turn("user", "Vad säger policyn om EU-program?")
    assert history[1].role == "assistant" and "Erasmus+" in history[1].text
    replies = stub.calls("conversations.replies")
    assert replies and replies[0]["channel"] == "C1" and replies[0]["ts"] == first["ts"]


def test_direct_message_is_answered_in_the_dm(slack, stub, engine):
    engine.enqueue(answered("I Erasmus+ [1].", language="en"))
    slack.message("Which EU programmes?", channel="D1")
    post = stub.wait_for("chat.postMessage")[0]
    assert post["channel"] == "D1" and "thread_ts" not in post.params
    assert "Ask the coordinator" in post.all_text() and "1. Internationell policy" in post.all_text()


def test_threaded_direct_message_is_answered_in_that_thread(slack, stub):
    slack.message("Och mer?", channel="D1", thread_ts="1500000000.000001")
    post = stub.wait_for("chat.postMessage")[0]
    assert post["channel"] == "D1" and post["thread_ts"] == "1500000000.000001"


def test_escalate_outcome_says_so_and_offers_the_coordinator_first(slack, stub, engine):
    engine.enqueue(escalated())
    slack.mention("Vad kostar en resa till Nagu?")
    post = stub.wait_for("chat.postMessage")[0]
    assert "hittar jag inte" in post.all_text()
    actions = [b for b in post.blocks if b["type"] == "actions"][0]["elements"]
    assert actions[0]["text"]["text"] == "Fråga samordnaren" and actions[0]["style"] == "primary"


def test_decline_shows_the_engines_line_without_sources(slack, stub, engine):
    engine.enqueue(declined())
    slack.mention("Skriv en dikt om katter")
    post = stub.wait_for("chat.postMessage")[0]
    assert "Jag svarar på frågor om Alingsås" in post.all_text()
    assert "Källor" not in post.all_text()


def test_bot_messages_edits_and_plain_channel_messages_are_not_answered(slack, stub):
    slack.message("jag är en bot", channel="D1", bot_id="BOTHER")
    slack.message("redigerat", channel="D1", subtype="message_changed")
    slack.message("prat i kanalen", channel="C1", channel_type="channel")
    slack.message("egen", channel="D1", user=BOT_USER_ID)
    slack.mention("en riktig fråga")  # then one that is answered, to know the others were processed
    stub.wait_for("chat.postMessage")
    stub.settle()
    assert len(stub.calls("chat.postMessage")) == 1


def test_engine_failure_gives_a_friendly_reply_with_the_coordinator_button(slack, stub, engine):
    engine.enqueue(RuntimeError("index missing at /secret/path"))
    slack.mention("Vilka vänorter har vi?")
    post = stub.wait_for("chat.postMessage")[0]
    assert "Något gick fel" in post.all_text() and "Fråga samordnaren" in post.all_text()
    assert "/secret/path" not in post.all_text() and "RuntimeError" not in post.all_text()


def test_same_event_delivered_twice_with_retry_header_is_answered_once(slack, stub, engine):
    event = slack.mention("Vilka EU-program?", event_id="EvSAME")
    assert slack.event(event, event_id="EvSAME", retry_num=1) == 200
    assert slack.event(event, event_id="EvSAME", retry_num=2) == 200
    stub.wait_for("chat.postMessage")
    stub.settle()
    assert len(stub.calls("chat.postMessage")) == 1 and len(engine.questions) == 1


def test_a_mention_that_also_arrives_as_a_channel_message_is_answered_once(slack, stub):
    event = slack.mention("Vilka EU-program?")
    slack.message(event["text"], channel="C1", channel_type="channel", ts=event["ts"])
    stub.wait_for("chat.postMessage")
    stub.settle()
    assert len(stub.calls("chat.postMessage")) == 1


def test_an_answer_that_cannot_be_posted_is_retried_by_the_deliverer(slack, stub):
    stub.fail("chat.postMessage", times=2, status=500)
    event = slack.mention("Vilka EU-program?")
    posts = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.response.get("ok"))
    assert posts[0]["thread_ts"] == event["ts"] and "Erasmus+" in posts[0].all_text()
    stub.settle()
    assert len([c for c in stub.calls("chat.postMessage") if c.response.get("ok")]) == 1
