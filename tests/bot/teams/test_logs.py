"""At LOG_LEVEL=DEBUG no log line holds a question, an answer or a reply, on every Teams path: a
personal question, a channel mention, the buttons, the coordinator's answer, an Action.Execute
invoke, a malformed activity and a locked store (names in the engine's reason: tests/bot/slack/test_logs.py)."""
from __future__ import annotations

import copy
import json
import time

import pytest
import requests

from bot.adapters.teams import cards

from ..locks import locked
from ..logcheck import lines_with, logs_at_debug
from ..slack.test_logs import QUESTION, REPLY
from .fakes import COORDINATION, CORA, channel, personal
from .test_escalation import ANNA_CHAT, coordinator_card, register_coordination_channel

pytestmark = pytest.mark.store_lock_wait(0.2)


@pytest.fixture
def engine(policy_engine):
    return copy.copy(policy_engine)


def test_no_log_line_holds_a_question_an_answer_or_a_reply(bot, connector, store, store_path):
    with logs_at_debug() as out:
        register_coordination_channel(bot, connector)
        bot.send(personal(QUESTION, connector.url))
        [answer] = connector.wait_for(lambda _: connector.messages(ANNA_CHAT), what="the answer")
        # the buttons' data as the answer card carries it (whatever the engine decided, the clicks are these)
        ref = str(store.questions_between()[0].id)
        bot.send(personal(None, connector.url, value={"verb": cards.FEEDBACK, "answer_ref": ref, "value": "down"},
                          reply_to_id=answer.new_id))
        bot.send(personal(None, connector.url, value={"verb": cards.ESCALATE, "answer_ref": ref},
                          reply_to_id=answer.new_id))
        [posted] = coordinator_card(connector, store)
        thread = f"{COORDINATION};messageid={posted.new_id}"
        bot.send(channel(None, connector.url, user=CORA, channel_id=COORDINATION, thread=thread, mention=False,
                         value={"verb": "omvarld.answer", "escalation_id": 1, "reply": REPLY},
                         reply_to_id=posted.new_id))
        connector.wait_for(lambda _: [m for m in connector.messages(ANNA_CHAT) if REPLY in json.dumps(m.body)],
                           what="the relayed reply")

        bot.send(channel(QUESTION, connector.url))
        invoke = personal(None, connector.url, reply_to_id=answer.new_id)
        invoke.update(type="invoke", name="adaptiveCard/action",
                      value={"action": {"type": "Action.Execute", "verb": "omvarld.feedback",
                                        "data": {"answer_ref": "1", "value": "up", "text": QUESTION}}})
        assert requests.post(bot.url, json=invoke, timeout=20).status_code == 200
        malformed = personal(QUESTION, connector.url)
        malformed["from"] = QUESTION
        assert requests.post(bot.url, json=malformed, timeout=20).status_code == 400
        with locked(store_path):
            bot.send(personal(QUESTION, connector.url))
            connector.wait_for(lambda _: [m for m in connector.messages(ANNA_CHAT)
                                          if "could not save" in json.dumps(m.body)], what="the store error")
        time.sleep(0.3)
    assert len(out.getvalue().splitlines()) > 20, "nothing was logged: the test would prove nothing"
    assert lines_with(out, QUESTION, REPLY) == []
