"""`forget` reaches a person's question also where someone else asked the coordinator about it."""
from __future__ import annotations

from bot.adapters.slack.blocks import ESCALATE
from bot.coordinator.privacy import forget

from .fakes import escalated
from .test_escalation import card_calls


def test_forget_removes_the_escalation_a_colleague_asked_for_under_your_answer(slack, stub, engine, store):
    engine.enqueue(escalated())
    slack.mention("Vad kostar en resa till Nagu för Anna Quarmby?", user="U1", channel="C1")
    answer = stub.wait_for("chat.postMessage")[0]
    ref = [e for b in answer.blocks if b["type"] == "actions" for e in b["elements"]
           if e["action_id"] == ESCALATE][0]["value"]
    assert slack.click(ESCALATE, ref, user="U2", message=answer.response["message"]) == 200  # a colleague
    stub.wait_for(card_calls(stub))
    [esc] = store.list_escalations()
    assert esc.asker_id == "U2" and esc.question.endswith("Anna Quarmby?")

    counts = forget(store, "U1")
    assert counts["questions"] == 1 and counts["escalations"] == 1
    assert store.list_escalations() == [] and store.list_deliveries() == []
