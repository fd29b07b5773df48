"""The escalation loop: asker's button → card to the coordinator → reply in its thread → relayed
to the asker, exactly once, even while Slack is down."""
from __future__ import annotations

from bot.adapters.slack.blocks import CARD_RESOLVE, ESCALATE
from bot.store import ANSWERED, RESOLVED, SENT, Store

from .conftest import COORDINATOR, COORDINATOR_CHANNEL, SlackApp, eventually
from .fakes import escalated


def ask_and_escalate(slack, stub, engine, question="Vad kostar en resa till Nagu?", user="U1"):
    """A mention answered with 'not in the documents', then the asker presses the button."""
    engine.enqueue(escalated())
    event = slack.mention(question, user=user)
    answer = stub.wait_for("chat.postMessage")[0]
    ref = [e for b in answer.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == ESCALATE][0]["value"]
    assert slack.click(ESCALATE, ref, user=user, message=answer.response["message"]) == 200
    return event, answer, ref


def card_calls(stub):
    return lambda c: c.method == "chat.postMessage" and c.get("channel") == COORDINATOR_CHANNEL and c.response.get("ok")


def wait_for_card(stub, store):
    """The card's post, once the store knows where it is (so replies to it can be matched)."""
    card = stub.wait_for(card_calls(stub))[0]
    eventually(lambda: store.find_by_card("slack", f"{card.response['channel']}:{card.response['ts']}"))
    return card


def test_full_loop_from_button_to_relayed_reply_to_resolved(slack, stub, engine, store):
    event, answer, _ = ask_and_escalate(slack, stub, engine)

    # the asker is told, privately and in the thread, that it was sent and to whom
    told = stub.wait_for("chat.postEphemeral")[0]
    assert told["user"] == "U1" and told["thread_ts"] == event["ts"]
    assert "samordnaren" in told["text"] and f"<#{COORDINATOR_CHANNEL}>" in told["text"]

    # the card reaches the coordinator channel with the question, the bot's attempt and the asker
    card = stub.wait_for(card_calls(stub))[0]
    text = card.all_text()
    assert "Vad kostar en resa till Nagu?" in text and "<@U1>" in text and "hittar jag inte" in text
    esc = eventually(lambda: [e for e in store.list_escalations() if e.status == SENT])[0]
    assert esc.origin == {"channel": "C1", "thread_ts": event["ts"]}

    # the coordinator replies in the card's thread
    slack.message("Kontakta ekonomienheten, <@UANNA> vet.", user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                  channel_type="channel", thread_ts=card.response["ts"])
    relay = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == "C1"
                          and "Svar från samordnaren" in c.all_text())[0]
    assert relay["thread_ts"] == event["ts"]
    assert f"<@U1> Svar från samordnaren <@{COORDINATOR}>:" in relay.all_text()
    assert "Kontakta ekonomienheten, <@UANNA> vet." in relay.all_text()
    assert store.get_escalation(esc.id).status == ANSWERED

    # the coordinator marks it resolved from the card; the card shows it
    assert slack.click(CARD_RESOLVE, str(esc.id), user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                       message=card.response["message"]) == 200
    update = stub.wait_for(lambda c: c.method == "chat.update" and "Löst av" in c.all_text())[-1]
    assert update["channel"] == COORDINATOR_CHANNEL and update["ts"] == card.response["ts"]
    assert store.get_escalation(esc.id).status == RESOLVED
    assert not any(e.get("action_id") == CARD_RESOLVE for b in update.blocks if b["type"] == "actions"
                   for e in b["elements"])


def test_pressing_the_button_twice_escalates_once(slack, stub, engine, store):
    _, answer, ref = ask_and_escalate(slack, stub, engine)
    stub.wait_for(card_calls(stub))
    assert slack.click(ESCALATE, ref, user="U1", message=answer.response["message"]) == 200
    told = stub.wait_for("chat.postEphemeral", count=2)[1]
    assert "redan skickad" in told["text"]
    stub.settle()
    assert len(store.list_escalations()) == 1 and len(stub.wait_for(card_calls(stub))) == 1


def test_slack_down_then_up_delivers_the_card_exactly_once(slack, stub, engine, store):
    stub.fail("chat.postMessage", times=1, status=500)          # the answer itself: queued and retried
    engine.enqueue(escalated())
    event = slack.mention("Vad kostar en resa till Nagu?")
    answer = stub.wait_for(lambda c: c.method == "chat.postMessage" and c.response.get("ok"))[0]
    ref = [e for b in answer.blocks if b["type"] == "actions" for e in b["elements"]][0]["value"]

    stub.fail("chat.postMessage", times=2, status=500)
    stub.fail("chat.postMessage", times=2, status=200, error="ratelimited")
    slack.click(ESCALATE, ref, message=answer.response["message"])

    cards = stub.wait_for(card_calls(stub), timeout=15)
    stub.settle()
    attempts = [c for c in stub.calls("chat.postMessage") if c.get("channel") == COORDINATOR_CHANNEL]
    assert len(attempts) == 5 and len([c for c in attempts if c.response.get("ok")]) == 1
    assert len(cards) == 1 and event["ts"]
    delivery = store.list_deliveries(kind="slack.escalation_card")[0]
    assert delivery.status == "delivered" and delivery.attempts == 5


def test_a_restart_sends_the_card_the_stopped_process_left(make_slack, stub, engine, store, slack_env):
    first = make_slack()
    first.close()  # the process stops ...
    esc = store.create_escalation("slack", "U2", {"channel": "C2", "thread_ts": "1.0"}, "Finns det kvar?", "sv",
                                  "", [], "test", deliver_as="slack.escalation_card")  # ... with a card unsent
    stub.settle()
    assert not stub.calls("chat.postMessage")

    reopened = Store.from_url(str(store.engine.url))  # a new process on the same database
    restarted = SlackApp(stub, engine, reopened, slack_env)
    try:
        card = stub.wait_for(card_calls(stub))[0]
        assert "Finns det kvar?" in card.all_text() and "<@U2>" in card.all_text()
        eventually(lambda: reopened.get_escalation(esc.id).status == SENT)
        stub.settle()
        assert len(stub.calls("chat.postMessage")) == 1
    finally:
        restarted.close()
        reopened.close()


def test_a_reply_is_relayed_once_even_if_slack_sends_the_event_twice(slack, stub, engine, store):
    ask_and_escalate(slack, stub, engine)
    card = wait_for_card(stub, store)
    reply = slack.message("Svaret är 42.", user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                          thread_ts=card.response["ts"])
    slack.event(reply, retry_num=1)
    stub.wait_for(lambda c: c.method == "chat.postMessage" and "Svaret är 42." in c.all_text())
    stub.settle()
    assert len([c for c in stub.calls("chat.postMessage") if "Svaret är 42." in c.all_text()]) == 1


def test_relay_goes_by_dm_when_the_asker_used_the_slash_command(slack, stub, engine, store):
    engine.enqueue(escalated())
    slack.command("Vad kostar en resa till Nagu?", user="U7", channel="C9")
    response = stub.wait_for("response_url")[0]
    ref = [e for b in response.blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == ESCALATE][0]["value"]
    slack.click(ESCALATE, ref, user="U7", channel="C9", ephemeral=True)
    told = stub.wait_for(lambda c: c.method == "response_url" and "direktmeddelande" in c.all_text())[0]
    assert told["response_type"] == "ephemeral"
    card = wait_for_card(stub, store)
    slack.message("Ring Anna.", user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                  thread_ts=card.response["ts"])
    relay = stub.wait_for(lambda c: c.method == "chat.postMessage" and "Ring Anna." in c.all_text())[0]
    assert relay["channel"] == "U7" and "thread_ts" not in relay.params


def test_someone_else_in_the_card_thread_is_not_relayed(slack, stub, engine, store):
    ask_and_escalate(slack, stub, engine)
    card = wait_for_card(stub, store)
    slack.message("Jag tror det är 40?", user="UOTHER", channel=COORDINATOR_CHANNEL, channel_type="channel",
                  thread_ts=card.response["ts"])
    note = stub.wait_for(lambda c: c.method == "chat.postEphemeral" and c.get("user") == "UOTHER")[0]
    assert "Bara samordnarens svar" in note["text"]
    stub.settle()
    assert not [c for c in stub.calls("chat.postMessage") if "40?" in c.all_text()]
    assert store.list_escalations()[0].status == SENT


def test_card_buttons_are_for_coordinators_only(slack, stub, engine, store):
    ask_and_escalate(slack, stub, engine)
    card = wait_for_card(stub, store)
    esc = store.list_escalations()[0]
    slack.click(CARD_RESOLVE, str(esc.id), user="UOTHER", channel=COORDINATOR_CHANNEL, message=card.response["message"])
    refusal = stub.wait_for(lambda c: c.method == "chat.postEphemeral" and c.get("user") == "UOTHER")[0]
    assert "Bara samordnaren" in refusal["text"]
    assert store.get_escalation(esc.id).status == SENT


def test_logs_name_ids_never_texts_or_tokens(slack, stub, engine, store, caplog):
    import logging

    from .conftest import BOT_TOKEN

    caplog.set_level(logging.INFO)
    engine.enqueue(escalated())
    slack.mention("Hemlig fråga om Nagu")
    answer = stub.wait_for("chat.postMessage")[0]
    stub.fail("chat.postMessage", times=1, status=200, error="ratelimited")
    slack.click(ESCALATE, answer.blocks[1]["elements"][0]["value"], message=answer.response["message"])
    card = wait_for_card(stub, store)
    slack.message("Hemligt svar", user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                  thread_ts=card.response["ts"])
    stub.wait_for(lambda c: c.method == "chat.postMessage" and "Hemligt svar" in c.all_text())
    stub.settle()
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot"))
    assert "escalation 1" in ours and "relayed" in ours and "ratelimited" in ours
    assert "Hemlig" not in caplog.text and BOT_TOKEN not in caplog.text
