"""Request signing, App Home, the assistant view, and no mass mention ever leaving the bot."""
from __future__ import annotations

import json

from bot.adapters.slack.blocks import ESCALATE

from .conftest import COORDINATOR, COORDINATOR_CHANNEL, eventually
from .fakes import answered, escalated, passage
from .slack_stub import BOT_USER_ID

INJECTION = "<!channel> @here <!subteam^S123> <!everyone> <!here|here> <!subteam^S9|@kansliet> @channel"
FORBIDDEN = ["<!channel>", "<!here", "<!everyone>", "<!subteam", "@here", "@channel", "@everyone"]


def test_badly_signed_requests_are_refused(slack, stub, engine):
    body = json.dumps({"type": "event_callback", "event_id": "Ev1", "team_id": "T1",
                       "event": {"type": "app_mention", "user": "U1", "channel": "C1", "text": "hej", "ts": "1.1"}})
    assert slack.send(body, "application/json", secret="wrong-secret")[0] == 401
    assert slack.send(body, "application/json", timestamp="1000000000")[0] == 401  # replayed, too old
    stub.settle()
    assert not stub.calls("chat.postMessage") and not engine.questions


def test_url_verification_challenge_is_answered(slack):
    status, body = slack.send(json.dumps({"type": "url_verification", "challenge": "abc123", "token": "t"}),
                              "application/json")
    assert status == 200 and "abc123" in body


def test_app_home_shows_documents_how_to_ask_and_the_coordinator(make_slack, stub):
    documents = [{"title": "Internationell policy", "source": "internationell-policy.md", "ingested_at": 1740816000.0},
                 {"title": "Kontakter", "source": "contacts.yaml", "ingested_at": 1740819600.0}]
    slack = make_slack(env={"COORDINATOR_CONTACT": "Anna Andersson, anna@alingsas.se"}, knowledge_summary=lambda: documents)
    slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1"})
    publish = stub.wait_for("views.publish")[0]
    assert publish["user_id"] == "U1" and publish["view"]["type"] == "home"
    text = publish.all_text()
    assert "Internationell policy – 2025-03-01" in text and "Kontakter" in text and "2 dokument" in text
    assert "/omvarld" in text and f"<#{COORDINATOR_CHANNEL}>" in text and "Anna Andersson" in text


def test_assistant_thread_greets_in_swedish_with_suggested_prompts(slack, stub):
    slack.event({"type": "assistant_thread_started", "event_ts": "1",
                 "assistant_thread": {"user_id": "U1", "channel_id": "D1", "thread_ts": "1700000001.000001",
                                      "context": {}}})
    greeting = stub.wait_for("chat.postMessage")[0]
    assert greeting["channel"] == "D1" and greeting["thread_ts"] == "1700000001.000001"
    assert greeting["text"].startswith("Hej!")
    prompts = stub.wait_for("assistant.threads.setSuggestedPrompts")[0]
    assert prompts["thread_ts"] == "1700000001.000001"
    assert any("EU-program" in p["message"] for p in prompts["prompts"])


def test_assistant_message_sets_a_status_then_answers_in_the_thread(slack, stub):
    slack.message("Vad säger policyn om vänorter?", channel="D1", thread_ts="1700000001.000001")
    status = stub.wait_for("assistant.threads.setStatus")[0]
    assert status["status"] == "Söker i dokumenten…" and status["thread_ts"] == "1700000001.000001"
    answer = stub.wait_for("chat.postMessage")[0]
    assert answer["thread_ts"] == "1700000001.000001" and "Erasmus+" in answer.all_text()
    assert stub.calls().index(status) < stub.calls().index(answer)


def test_no_mass_mention_reaches_slack_from_questions_documents_or_replies(slack, stub, engine, store):
    """The question, the answer, a source title and the coordinator's reply all try to ping everyone."""
    engine.enqueue(answered(f"Svar {INJECTION} [1]", sources=[passage(f"Policy {INJECTION}", f"Avsnitt {INJECTION}", 2)]),
                   escalated(f"Vet inte {INJECTION}"))
    slack.mention(f"Fråga {INJECTION} <@UVICTIM>")
    first = stub.wait_for("chat.postMessage")[0]
    slack.command(f"fråga {INJECTION}", user="U2")
    second = stub.wait_for("response_url")[0]
    ref = [e for b in second.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == ESCALATE][0]["value"]
    slack.click(ESCALATE, ref, user="U2", ephemeral=True)
    card = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == COORDINATOR_CHANNEL)[0]
    eventually(lambda: store.find_by_card("slack", f"{COORDINATOR_CHANNEL}:{card.response['ts']}"))
    slack.message(f"Svar {INJECTION}", user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                  thread_ts=card.response["ts"])
    stub.wait_for(lambda c: c.method == "chat.postMessage" and "Svar från samordnaren" in c.all_text())
    stub.settle()

    assert "Svar" in first.all_text() and "Policy" in first.all_text()  # the answer is still shown
    outgoing = [c for c in stub.calls() if c.method not in ("auth.test", "conversations.replies")]
    assert len(outgoing) >= 5
    for call in outgoing:
        for needle in FORBIDDEN:
            assert needle not in call.raw and needle not in call.all_text(), (call.method, needle)
    assert "<@UVICTIM>" not in card.all_text()  # a user ping in the question does not ping from the card
    assert f"<@{BOT_USER_ID}>" not in first.all_text()
