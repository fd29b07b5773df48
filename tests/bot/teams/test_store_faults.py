"""The store fails (SQLite locked by another writer longer than the store waits): the Teams user is
told "could not save, try again", not "something went wrong while I searched" and not nothing."""
from __future__ import annotations

import pytest

from ..locks import locked
from ..slack.test_store_faults import SAVE_FAILED_BOTH
from .fakes import CORA, escalated, personal, texts_of

pytestmark = pytest.mark.store_lock_wait(0.2)


def said(record) -> str:
    return record.body.get("text") or " ".join(texts_of(record.card or {}))


def test_a_question_while_the_store_is_locked_gets_a_could_not_save_reply(bot, connector, store, store_path):
    with locked(store_path):
        bot.send(personal("Vad säger policyn?", connector.url))
        [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="a reply")
    assert SAVE_FAILED_BOTH in said(reply)
    assert store.questions_between() == []


def test_ask_the_coordinator_while_the_store_is_locked_says_it_was_not_sent(bot, connector, engine, store,
                                                                            store_path):
    bot.send(personal("registrera", connector.url, user=CORA))
    engine.enqueue(escalated())
    bot.send(personal("Okänd fråga", connector.url))
    [answer] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), what="the answer")
    with locked(store_path):
        bot.send(personal(None, connector.url, value=answer.card["actions"][0]["data"], reply_to_id=answer.new_id))
        told = connector.wait_for(lambda _: connector.messages("a:personal-29:anna")[1:], what="a reply")[0]
    assert SAVE_FAILED_BOTH in said(told)
    assert store.list_escalations() == []
