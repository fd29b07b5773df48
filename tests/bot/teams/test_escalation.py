"""The escalation loop in Teams: stored before it is sent, retried until delivered, relayed once.

Two conversations: Anna's personal chat with the bot, and the coordinator's channel, which
Cora (a listed coordinator) registers by typing "registrera" there.
"""
from __future__ import annotations

import time

from bot.store import ANSWERED, RESOLVED, SENT

from .conftest import anonymous_settings
from .fakes import BERTIL, COORDINATION, CORA, buttons_of, channel, escalated, personal, texts_of

ANNA_CHAT = "a:personal-29:anna"


def register_coordination_channel(bot, connector) -> None:
    activity = channel("registrera", connector.url, user=CORA, channel_id=COORDINATION)
    bot.send(activity)
    connector.wait_for(lambda _: connector.messages(activity["conversation"]["id"]), what="the registration reply")


def ask_and_escalate(bot, connector, engine, question="Hur mycket fick vi från Interreg 2019?"):
    """Anna asks, gets the 'not in the documents' card and presses "Fråga samordnaren"."""
    engine.enqueue(escalated())
    before = len(connector.messages(ANNA_CHAT))
    bot.send(personal(question, connector.url))
    answer = connector.wait_for(lambda _: connector.messages(ANNA_CHAT)[before:], what="the answer")[0]
    [ask] = [a for a in answer.card["actions"] if a["title"] == "Fråga samordnaren"]
    bot.send(personal(None, connector.url, value=ask["data"], reply_to_id=answer.new_id))
    return connector.wait_for(lambda _: connector.messages(ANNA_CHAT)[before + 1:], what="'sent to the coordinator'")[0]


def coordinator_card(connector, store, escalation_id: int = 1):
    """The card the deliverer posted as a new thread in the coordinator channel, once the store
    knows where it is (replies in its thread are matched by that)."""
    posted = connector.wait_for(lambda _: [r for r in connector.messages(COORDINATION)
                                           if r.path == "/v3/conversations"],
                                what="the escalation card in the coordinator channel")
    connector.wait_for(lambda _: store.get_escalation(escalation_id).card, what="the card's place stored")
    return posted


def test_the_whole_loop_across_the_askers_chat_and_the_coordinator_channel(bot, connector, engine, store):
    register_coordination_channel(bot, connector)
    registered = connector.messages(None)[0]
    assert registered.body["text"].startswith("Klart: frågor till samordnaren skickas hit")

    told = ask_and_escalate(bot, connector, engine)
    assert told.body["text"] == ("Jag har skickat din fråga till den internationella samordnaren (ärende 1). "
                                 "Svaret kommer här.")
    esc = store.get_escalation(1)
    assert (esc.platform, esc.asker_id, esc.question) == ("teams", "aad-anna", "Hur mycket fick vi från Interreg 2019?")
    assert esc.origin["conversation"]["conversation_reference"]["conversation"]["id"] == ANNA_CHAT

    # The card arrives in the coordinator channel as a thread of its own.
    [posted] = coordinator_card(connector, store)
    card = posted.body["activity"]["attachments"][0]["content"]
    shown = texts_of(card)
    assert shown[0] == "Fråga till samordnaren (ärende 1)"
    assert "Från Anna Asker" in shown and "Hur mycket fick vi från Interreg 2019?" in shown
    assert buttons_of(card) == ["Svara / Answer", "Markera löst / Mark resolved",
                                "Spara som godkänt svar / Save as approved answer"]
    thread = f"{COORDINATION};messageid={posted.new_id}"
    assert store.get_escalation(1).status == SENT

    # Cora opens "Svara", types the answer and submits it.
    [answer_form] = [a for a in card["actions"] if a["type"] == "Action.ShowCard"]
    submit = dict(answer_form["card"]["actions"][0]["data"], reply="Kontakta Erik på EU-kontoret, han har siffrorna.")
    click = channel(None, connector.url, user=CORA, channel_id=COORDINATION, thread=thread, mention=False,
                    value=submit, reply_to_id=posted.new_id)
    bot.send(click)
    bot.send(click)  # Teams delivers the click again: still relayed once

    relay = connector.wait_for(lambda _: connector.messages(ANNA_CHAT)[2:], what="the relayed answer")[0]
    assert texts_of(relay.card) == ["Svar från samordnaren Cora Samordnare:",
                                    "Kontakta Erik på EU-kontoret, han har siffrorna.",
                                    "Din fråga: Hur mycket fick vi från Interreg 2019?"]
    time.sleep(0.4)  # several deliverer rounds
    assert len(connector.messages(ANNA_CHAT)) == 3
    connector.wait_for(lambda _: [d.status for d in store.list_deliveries(kind="teams.relay")] == ["delivered"],
                       what="one relay, delivered")
    assert store.get_escalation(1).status == ANSWERED

    # The card now says who answered; then Cora marks it resolved.
    updated = connector.wait_for(lambda _: connector.updates(), what="the card redrawn")[-1]
    assert updated.conversation_id == thread and updated.activity_id == posted.new_id
    assert "💬 Besvarad av Cora Samordnare; svaret går vidare till frågeställaren" in texts_of(
        updated.body["attachments"][0]["content"])
    [resolve] = [a for a in card["actions"] if a["title"] == "Markera löst / Mark resolved"]
    bot.send(channel(None, connector.url, user=CORA, channel_id=COORDINATION, thread=thread, mention=False,
                     value=resolve["data"], reply_to_id=posted.new_id))
    resolved = connector.wait_for(lambda _: len(connector.updates()) >= 2 and connector.updates()[-1])
    redrawn = resolved.body["attachments"][0]["content"]
    assert "✅ Löst av Cora Samordnare" in texts_of(redrawn)
    assert buttons_of(redrawn) == ["Spara som godkänt svar / Save as approved answer"]
    assert store.get_escalation(1).status == RESOLVED


def test_a_coordinator_reply_in_the_cards_thread_is_relayed_and_others_are_not(bot, connector, engine, store):
    register_coordination_channel(bot, connector)
    ask_and_escalate(bot, connector, engine)
    [posted] = coordinator_card(connector, store)
    thread = f"{COORDINATION};messageid={posted.new_id}"

    bot.send(channel("Jag tror det var 2 miljoner?", connector.url, user=BERTIL, channel_id=COORDINATION,
                     thread=thread, mention=False))
    bot.send(channel("Det var 1,2 miljoner kronor, se slutrapporten.", connector.url, user=CORA,
                     channel_id=COORDINATION, thread=thread, mention=False))

    relay = connector.wait_for(lambda _: connector.messages(ANNA_CHAT)[2:], what="the relayed reply")[0]
    assert texts_of(relay.card)[1] == "Det var 1,2 miljoner kronor, se slutrapporten."
    time.sleep(0.3)
    assert len(connector.messages(ANNA_CHAT)) == 3
    assert store.get_escalation(1).reply_author == "aad-cora"  # her id, as Slack stores ids


def test_escalation_card_is_delivered_once_after_the_connector_comes_back(bot, connector, engine, store):
    register_coordination_channel(bot, connector)
    connector.fail_next(3, 503, path="/v3/conversations")
    told = ask_and_escalate(bot, connector, engine)
    assert "ärende 1" in told.body["text"]  # the asker is told at once; the card follows

    coordinator_card(connector, store)
    time.sleep(0.4)
    attempts = [r for r in connector.snapshot() if r.path == "/v3/conversations"]
    assert [r.status for r in attempts] == [503, 503, 503, 200]
    assert all(r.card is None and r.body["activity"]["attachments"][0]["content"]["body"][0]["text"]
               == "Fråga till samordnaren (ärende 1)" for r in attempts)
    [job] = connector.wait_for(lambda _: [d for d in store.list_deliveries(kind="teams.escalation_card")
                                          if d.status == "delivered"], what="the card delivery marked delivered")
    assert job.attempts == 4
    assert store.get_escalation(1).status == SENT


def test_without_a_registered_coordinator_channel_the_asker_is_told_and_nothing_is_stored(bot, connector, engine,
                                                                                           store):
    told = ask_and_escalate(bot, connector, engine)
    assert told.body["text"].startswith("Det finns ingen samordnarkanal inställd")
    assert store.list_escalations() == []


def test_pressing_ask_twice_sends_one_escalation(bot, connector, engine, store):
    register_coordination_channel(bot, connector)
    engine.enqueue(escalated())
    bot.send(personal("Hur mycket fick vi från Interreg 2019?", connector.url))
    answer = connector.wait_for(lambda _: connector.messages(ANNA_CHAT))[0]
    ask = answer.card["actions"][0]["data"]
    bot.send(personal(None, connector.url, value=ask, reply_to_id=answer.new_id))
    bot.send(personal(None, connector.url, value=ask, reply_to_id=answer.new_id))
    _, first, second = connector.wait_for(lambda _: (m := connector.messages(ANNA_CHAT))[2:] and m)
    assert "ärende 1" in first.body["text"]
    assert second.body["text"].startswith("Den här frågan är redan skickad till samordnaren (ärende 1)")
    coordinator_card(connector, store)
    assert len(store.list_escalations()) == 1


def test_only_a_listed_coordinator_can_register_answer_or_resolve(bot, connector, engine, store):
    attempt = channel("registrera", connector.url, user=BERTIL, channel_id=COORDINATION)
    bot.send(attempt)
    [refused] = connector.wait_for(lambda _: connector.messages(attempt["conversation"]["id"]))
    assert refused.body["text"].startswith("Det kommandot är bara för den internationella samordnaren.")
    assert store.get_value("teams.coordinator") is None

    register_coordination_channel(bot, connector)
    ask_and_escalate(bot, connector, engine)
    [posted] = coordinator_card(connector, store)
    thread = f"{COORDINATION};messageid={posted.new_id}"
    data = {"verb": "omvarld.answer", "escalation_id": 1, "reply": "Fel person svarar."}
    bot.send(channel(None, connector.url, user=BERTIL, channel_id=COORDINATION, thread=thread, mention=False,
                     value=data, reply_to_id=posted.new_id))
    [no] = connector.wait_for(lambda _: connector.messages(thread))
    assert no.body["text"] == "Bara samordnaren kan göra det här. / Only the coordinator can do this."
    assert store.get_escalation(1).reply_text is None and store.list_deliveries(kind="teams.relay") == []


def test_status_lists_open_escalations_for_the_coordinator(serve, connector, engine, store):
    documents = [{"title": "Internationell policy", "source": "policy.md", "ingested_at": 1740816720.0},
                 {"title": "Kontakter", "source": "contacts.yaml", "ingested_at": "2025-02-01T10:00:00+00:00"}]
    bot = serve(anonymous_settings(), engine, store, knowledge_summary=lambda: documents)
    register_coordination_channel(bot, connector)
    ask_and_escalate(bot, connector, engine, "Vem betalar resan till Klaipėda?")
    coordinator_card(connector, store)
    status = channel("status", connector.url, user=CORA, channel_id=COORDINATION)
    bot.send(status)
    [reply] = connector.wait_for(lambda _: connector.messages(status["conversation"]["id"]))
    shown = texts_of(reply.card)
    assert shown[0] == "Öppna ärenden / Open escalations: 1"
    assert shown[1].startswith("1 · väntar på svar · Anna Asker · ") and "Vem betalar resan till Klaipėda?" in shown[1]
    assert shown[-1] == "Senast indexerat / Last ingest: 2025-03-01 09:12 (2 dokument)"


def test_cards_can_go_to_a_coordinator_who_registered_in_their_personal_chat(serve, connector, engine, store):
    bot = serve(anonymous_settings(), engine, store)
    bot.send(personal("registrera", connector.url, user=CORA))
    cora_chat = "a:personal-29:cora"
    connector.wait_for(lambda _: connector.messages(cora_chat))
    ask_and_escalate(bot, connector, engine)
    card = connector.wait_for(lambda _: connector.messages(cora_chat)[1:])[0]
    assert texts_of(card.card)[0] == "Fråga till samordnaren (ärende 1)"

    [form] = [a for a in card.card["actions"] if a["type"] == "Action.ShowCard"]
    bot.send(personal(None, connector.url, user=CORA, value=dict(form["card"]["actions"][0]["data"], reply="Ja."),
                      reply_to_id=card.new_id))
    relay = connector.wait_for(lambda _: connector.messages(ANNA_CHAT)[2:])[0]
    assert texts_of(relay.card)[1] == "Ja."


def test_status_shows_the_web_pages_that_failed(serve, connector, engine, store):
    documents = [{"title": "Twin towns", "source": "https://lerbacka.example/en/twin", "ingested_at": 0.0,
                  "chunks": 0, "url": "https://lerbacka.example/en/twin", "fetched_at": 1740900000.0,
                  "fetch_error": "no answer within 20 s"}]
    bot = serve(anonymous_settings(), engine, store, knowledge_summary=lambda: documents)
    register_coordination_channel(bot, connector)
    status = channel("status", connector.url, user=CORA, channel_id=COORDINATION)
    bot.send(status)
    [reply] = connector.wait_for(lambda _: connector.messages(status["conversation"]["id"]))
    shown = texts_of(reply.card)
    assert shown[-1] == "https://lerbacka.example/en/twin – no answer within 20 s"
    assert shown[-2].endswith("Pages that failed (the previous version is used):")
