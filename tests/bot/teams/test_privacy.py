"""Teams keeps the coordinator by id, as Slack does, so `forget <Entra object id>` finds them; and
`forget` reaches a person's question also where a colleague asked the coordinator about it."""
from __future__ import annotations

from bot.coordinator.privacy import forget

from .fakes import BERTIL, GENERAL, channel, escalated, texts_of
from .test_coordinator import QUESTION, click, escalated_card, not_covered  # noqa: F401
from .test_escalation import coordinator_card, register_coordination_channel


def test_the_coordinator_is_stored_by_id_shown_by_name_and_forgotten_by_id(bot, connector, engine, store):
    posted, thread = escalated_card(bot, connector, engine, store)
    click(bot, connector, posted, thread, {"verb": "omvarld.answer", "escalation_id": 1, "reply": "Via resebyrån."})
    connector.wait_for(lambda _: store.get_escalation(1).reply_text, what="the reply stored")
    click(bot, connector, posted, thread, {"verb": "omvarld.resolve", "escalation_id": 1})
    redrawn = connector.wait_for(lambda _: [u for u in connector.updates() if u.card
                                            and "✅ Löst av Cora Samordnare" in texts_of(u.card)], what="the card")
    assert redrawn

    esc = store.get_escalation(1)
    assert (esc.reply_author, esc.resolved_by) == ("aad-cora", "aad-cora")  # not her display name
    counts = forget(store, "aad-cora")
    assert counts["coordinator_fields"] == 1
    esc = store.get_escalation(1)
    assert (esc.reply_author, esc.resolved_by, esc.question) == (None, None, QUESTION)


def test_forget_removes_the_escalation_a_colleague_asked_for_under_your_answer(bot, connector, engine, store):
    register_coordination_channel(bot, connector)
    engine.enqueue(escalated())
    asked = channel("Vad fick Anna Quarmby för besked om Nagu?", connector.url)  # Anna asks in a channel
    bot.send(asked)
    thread = asked["conversation"]["id"]
    [answer] = connector.wait_for(lambda _: connector.messages(thread), what="the answer")
    [ask] = [a for a in answer.card["actions"] if a["title"] == "Fråga samordnaren"]
    bot.send(channel(None, connector.url, user=BERTIL, channel_id=GENERAL, thread=thread, mention=False,
                     value=ask["data"], reply_to_id=answer.new_id))  # Bertil presses the button
    coordinator_card(connector, store)
    [esc] = store.list_escalations()
    assert esc.asker_id == "aad-bertil" and "Anna Quarmby" in esc.question

    counts = forget(store, "aad-anna")
    assert counts["questions"] == 1 and counts["escalations"] == 1
    assert store.list_escalations() == [] and store.list_deliveries() == []
