"""The store fails (SQLite locked by another writer for longer than the store waits — in production
30 s, here 0.2 s): Slack already has its 200 and will not retry, so the person is told "could not
save, try again" where they asked or clicked, never silence. Once the lock is gone all works again."""
from __future__ import annotations

import pytest

from bot.adapters.slack.blocks import ESCALATE, FEEDBACK_UP

from ..locks import locked
from .conftest import COORDINATOR, COORDINATOR_CHANNEL
from .fakes import escalated
from .test_escalation import ask_and_escalate, card_calls, wait_for_card

pytestmark = pytest.mark.store_lock_wait(0.2)  # production waits 30 s

SAVE_FAILED_SV = "Jag kunde inte spara det här just nu"
SAVE_FAILED_BOTH = "I could not save this just now"


def buttons(call) -> dict:
    return {e["action_id"]: e for b in call.blocks if b["type"] == "actions" for e in b["elements"]}


def test_a_mention_while_the_store_is_locked_gets_a_try_again_reply_in_its_thread(slack, stub, store,
                                                                                  store_path):
    with locked(store_path):
        event = slack.mention("Vilka EU-program deltar vi i?")
        [reply] = stub.wait_for("chat.postMessage")
    assert reply["thread_ts"] == event["ts"] and SAVE_FAILED_SV in reply["text"]
    assert store.questions_between() == []

    slack.mention("Vilka EU-program deltar vi i?")  # the lock is gone: answered as usual
    answer = stub.wait_for("chat.postMessage", count=2)[1]
    assert ESCALATE in buttons(answer)


def test_a_direct_message_while_the_store_is_locked_is_told_in_the_dm(slack, stub, store_path):
    with locked(store_path):
        slack.message("Which EU programmes do we take part in?", channel="D1")
        [reply] = stub.wait_for("chat.postMessage")
    assert reply["channel"] == "D1" and "I could not save this just now" in reply["text"]


def test_ask_the_coordinator_while_the_store_is_locked_tells_the_clicker_and_stores_nothing(slack, stub, engine,
                                                                                        store, store_path):
    engine.enqueue(escalated())
    slack.mention("Vad kostar en resa till Nagu?")
    answer = stub.wait_for("chat.postMessage")[0]
    with locked(store_path):
        assert slack.click(ESCALATE, buttons(answer)[ESCALATE]["value"], message=answer.response["message"]) == 200
        [told] = stub.wait_for("chat.postEphemeral")
    assert told["user"] == "U1" and SAVE_FAILED_SV in told["text"] and SAVE_FAILED_BOTH in told["text"]
    assert store.list_escalations() == []
    stub.settle()
    assert not [c for c in stub.calls() if card_calls(stub)(c)]


def test_a_vote_while_the_store_is_locked_tells_the_voter(slack, stub, store, store_path):
    slack.mention("Vilka EU-program deltar vi i?")
    answer = stub.wait_for("chat.postMessage")[0]
    with locked(store_path):
        slack.click(FEEDBACK_UP, buttons(answer)[FEEDBACK_UP]["value"], message=answer.response["message"])
        [told] = stub.wait_for("chat.postEphemeral")
    assert SAVE_FAILED_SV in told["text"] and store.list_feedback() == []


def test_the_slash_command_while_the_store_is_locked_answers_privately_that_it_failed(slack, stub,
                                                                                    store_path):
    with locked(store_path):
        slack.command("Vilka EU-program kan vi söka?")
        [reply] = stub.wait_for("response_url")
    assert reply["response_type"] == "ephemeral" and SAVE_FAILED_SV in reply["text"]


def test_a_coordinator_reply_that_cannot_be_stored_tells_the_coordinator(slack, stub, engine, store,
                                                                         store_path):
    ask_and_escalate(slack, stub, engine)
    card = wait_for_card(stub, store)
    with locked(store_path):
        slack.message("Kontakta ekonomienheten.", user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                      channel_type="channel", thread_ts=card.response["ts"])
        told = stub.wait_for(lambda c: c.method == "chat.postEphemeral" and c.get("user") == COORDINATOR)[0]
    assert told["thread_ts"] == card.response["ts"] and SAVE_FAILED_BOTH in told["text"]
    assert store.list_escalations()[0].reply_text is None
