"""Staff ask in Teams and get the engine's answer as a card, through the real app and the SDK,
with a local connector standing in for Teams."""
from __future__ import annotations

import json

from bot.engine.models import Outcome

from .conftest import anonymous_settings
from .fakes import (
    BERTIL,
    CORA,
    GENERAL,
    answered,
    buttons_of,
    channel,
    declined,
    escalated,
    members_added,
    personal,
    texts_of,
)


def test_personal_question_gets_an_answer_card_with_numbered_sources(bot, connector, engine, store):
    bot.send(personal("Vilka EU-program ska kommunen delta i?", connector.url))

    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the answer")
    card = reply.card
    assert card["type"] == "AdaptiveCard"
    shown = texts_of(card)
    assert shown[0] == "Kommunen ska delta i EU-program som stärker verksamheten [1]."
    assert "Källor" in shown and "1. Internationell policy › EU-samarbete, s. 3" in shown
    assert buttons_of(card) == ["👍 Bra svar", "👎 Inte bra", "Fråga samordnaren"]
    assert reply.authorization is None  # anonymous mode: no token is asked for or sent

    [question] = engine.questions
    assert (question.text, question.asker_id, question.language_hint) == (
        "Vilka EU-program ska kommunen delta i?", "aad-anna", "sv")
    logged = store.get_question(int(card["actions"][0]["data"]["answer_ref"]))
    assert logged.platform == "teams" and logged.outcome == "answer"


def test_channel_mention_is_answered_in_its_thread_without_the_mention_text(bot, connector, engine):
    activity = channel("What does the policy say about EU programmes?", connector.url, locale="en-GB")
    engine.enqueue(answered("The municipality takes part in EU programmes [1].", language="en"))
    bot.send(activity)

    thread = activity["conversation"]["id"]
    [reply] = connector.wait_for(lambda _: connector.messages(thread), what="the answer in the thread")
    assert reply.activity_id == activity["id"]  # a reply to the question's post
    assert engine.questions[0].text == "What does the policy say about EU programmes?"
    assert buttons_of(reply.card) == ["👍 Helpful", "👎 Not helpful", "Ask the coordinator"]
    assert not reply.body.get("entities")


def test_channel_message_without_a_mention_is_left_alone(bot, connector, engine):
    bot.send(channel("Någon som vet när fikat är?", connector.url, mention=False))
    bot.send(personal("Vad säger policyn?", connector.url))  # a later message that is answered
    connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    assert [q.text for q in engine.questions] == ["Vad säger policyn?"]
    assert not connector.messages(None)[0].conversation_id.startswith(GENERAL)


def test_follow_up_carries_the_earlier_turns_of_the_conversation(bot, connector, engine):
    bot.send(personal("Vad säger policyn om EU-program?", connector.url))
    connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    bot.send(personal("och vem beslutar det?", connector.url))
    connector.wait_for(lambda _: len(connector.messages("a:personal-29:anna")) == 2)

    history = engine.questions[1].history
    assert [(t.role, t.text) for t in history] == [
        ("user", "Vad säger policyn om EU-program?"),
        ("assistant", "Kommunen ska delta i EU-program som stärker verksamheten [1]."),
    ]


def test_escalate_outcome_offers_the_coordinator_first_and_decline_is_one_plain_line(bot, connector, engine):
    engine.enqueue(escalated(), declined())
    bot.send(personal("Hur mycket fick vi från Interreg 2019?", connector.url))
    bot.send(personal("Skriv en dikt om katter", connector.url))
    first, second = connector.wait_for(lambda _: (m := connector.messages("a:personal-29:anna"))[1:] and m)

    assert texts_of(first.card)[0].startswith("Det här hittar jag inte i kommunens dokument")
    assert buttons_of(first.card)[0] == "Fråga samordnaren"
    assert second.card is None and second.body["text"].startswith("Det kan jag tyvärr inte hjälpa till med.")
    assert second.body.get("textFormat") == "plain"


def test_mass_mentions_in_an_answer_reach_nobody(bot, connector, engine):
    engine.enqueue(answered("Skriv <at>channel</at> och @here i kanalen [1]."))
    bot.send(personal("Hur når jag alla?", connector.url))
    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    wire = json.dumps(reply.body, ensure_ascii=False)
    assert "<at>" not in wire and "@here" not in wire and not reply.body.get("entities")
    assert "channel" in texts_of(reply.card)[0]


def test_thumbs_up_is_stored_once_per_person_and_the_card_says_thanks(bot, connector, store):
    bot.send(personal("Vad säger policyn?", connector.url))
    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    thumbs_down = reply.card["actions"][1]["data"]
    thumbs_up = reply.card["actions"][0]["data"]

    bot.send(personal(None, connector.url, value=thumbs_down, reply_to_id=reply.new_id))
    bot.send(personal(None, connector.url, value=thumbs_up, reply_to_id=reply.new_id))
    updates = connector.wait_for(lambda _: len(connector.updates()) == 2 and connector.updates())

    votes = store.list_feedback(thumbs_up["answer_ref"])
    assert [(v["platform"], v["user_id"], v["value"]) for v in votes] == [("teams", "aad-anna", "up")]
    assert votes[0]["sources"][0]["label"] == "Internationell policy › EU-samarbete, s. 3"
    assert updates[-1].activity_id == reply.new_id
    assert "Tack för återkopplingen! 👍" in texts_of(updates[-1].body["attachments"][0]["content"])
    assert buttons_of(updates[-1].body["attachments"][0]["content"]) == ["Fråga samordnaren"]


def test_engine_failure_gives_a_friendly_answer_not_a_traceback(bot, connector, engine):
    engine.enqueue(RuntimeError("chroma exploded at /secret/path"))
    bot.send(personal("Vad säger policyn?", connector.url))
    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    wire = json.dumps(reply.body, ensure_ascii=False)
    assert "Något gick fel när jag letade i dokumenten" in wire
    assert "exploded" not in wire and "Traceback" not in wire
    assert buttons_of(reply.card)[0] == "Fråga samordnaren"


def test_a_repeated_delivery_of_the_same_message_is_answered_once(bot, connector, engine):
    activity = personal("Vad säger policyn?", connector.url)
    bot.send(activity)
    bot.send(activity)  # Teams retries when it thinks the bot was slow
    connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    bot.send(personal("En fråga till", connector.url))
    connector.wait_for(lambda _: len(connector.messages("a:personal-29:anna")) == 2)
    assert [q.text for q in engine.questions] == ["Vad säger policyn?", "En fråga till"]


def test_installing_the_bot_in_a_personal_chat_says_what_it_is_for(bot, connector):
    bot.send(members_added(connector.url))
    [hello] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"))
    assert hello.body["text"].startswith("Hej! Jag svarar på frågor om Alingsås kommuns internationella arbete")


def test_a_non_coordinator_asking_to_reindex_is_refused_politely(serve, connector, engine, store):
    calls = []
    bot = serve(anonymous_settings(), engine, store, reindex=lambda: calls.append(1) or {})
    bot.send(personal("reindex", connector.url, user=BERTIL))
    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:bertil"))
    assert reply.body["text"].startswith("Det kommandot är bara för den internationella samordnaren.")
    assert calls == [] and engine.questions == []


def test_coordinator_reindex_runs_the_reindex_and_reports_the_summary(serve, connector, engine, store):
    calls = []

    def reindex():
        calls.append(1)
        return {"added": 1, "updated": 2, "unchanged": 3, "removed": 0, "failed": 0, "chunks": 40, "seconds": 1.5}

    bot = serve(anonymous_settings(), engine, store, reindex=reindex)
    bot.send(personal("Reindex", connector.url, user=CORA))
    started, done = connector.wait_for(lambda _: (m := connector.messages("a:personal-29:cora"))[1:] and m)
    assert started.body["text"].startswith("Indexerar om dokumenten")
    assert "1 nya/added, 2 ändrade/updated" in done.body["text"] and calls == [1]


def test_reindex_without_a_reindex_function_says_it_is_not_available(bot, connector):
    bot.send(personal("indexera", connector.url, user=CORA))
    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:cora"))
    assert reply.body["text"].startswith("Omindexering är inte tillgänglig")


def test_answer_that_cannot_be_sent_is_queued_and_delivered_when_teams_is_back(bot, connector, store):
    connector.fail_next(1, 503, path_contains="/activities")  # messages only, not typing
    bot.send(personal("Vad säger policyn?", connector.url))
    delivered = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the retried answer")
    assert len(delivered) == 1 and delivered[0].card is not None
    failed = [r for r in connector.snapshot() if r.status == 503]
    assert len(failed) == 1 and failed[0].card == delivered[0].card
    connector.wait_for(lambda _: [d.status for d in store.list_deliveries(kind="teams.post")] == ["delivered"],
                       what="the queued answer marked delivered")
    assert store.get_question(1).outcome == Outcome.ANSWER.value
