"""The README's promise, at LOG_LEVEL=DEBUG: logs name ids, never a question, an answer or a reply.
A known question goes through every Slack path — a mention, a DM, the slash command, the buttons,
the coordinator's reply, the language model, a forged signature, a malformed timestamp, a locked
store — with the real engine, and no log line holds its text."""
from __future__ import annotations

import copy
import json
import time

import pytest

from bot.adapters.slack.blocks import ESCALATE, FEEDBACK_DOWN
from bot.engine.llm import OpenAIChatModel

from ..locks import locked
from ..logcheck import lines_with, logs_at_debug
from .conftest import COORDINATOR, COORDINATOR_CHANNEL
from .test_escalation import wait_for_card

pytestmark = pytest.mark.store_lock_wait(0.2)  # the locked-store path waits that long

QUESTION = "Vad sa Anna Quarmby om vänorten Nagu i våras?"
ANSWERABLE = "Vem beslutar om nya formella vänorter i Alingsås?"
MODEL_ANSWER = "Kommunfullmäktige beslutar om nya formella vänorter [1]."
REPLY = "Ring Quarmbys kontor, de vet hur det gick i Nagu."
NAMES = ("Quarmby", "Nagu")  # words of the question and the reply no document has


@pytest.fixture
def engine(policy_engine, openai_stub):
    """The real engine over the policy, with a language model (the local OpenAI stub)."""
    real = copy.copy(policy_engine)
    real.llm = OpenAIChatModel(api_key="sk-test-key", base_url=openai_stub.url, model="gpt-test")
    return real


def buttons(call) -> dict:
    return {e["action_id"]: e["value"] for b in call.blocks if b["type"] == "actions" for e in b["elements"]}


@pytest.fixture
def every_path(slack, stub, store, store_path, openai_stub):
    """Run every path with logs at DEBUG; the log buffer."""
    with logs_at_debug() as out:
        slack.mention(QUESTION)
        answer = stub.wait_for("chat.postMessage")[0]
        slack.click(FEEDBACK_DOWN, buttons(answer)[FEEDBACK_DOWN], message=answer.response["message"])
        slack.click(ESCALATE, buttons(answer)[ESCALATE], message=answer.response["message"])
        card = wait_for_card(stub, store)
        slack.message(REPLY, user=COORDINATOR, channel=COORDINATOR_CHANNEL, channel_type="channel",
                      thread_ts=card.response["ts"])
        stub.wait_for(lambda c: c.method == "chat.postMessage" and REPLY in c.all_text())

        slack.message(QUESTION, channel="D1")
        stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("channel") == "D1")
        slack.command(QUESTION)
        stub.wait_for("response_url")  # answered: the model's next reply is for the next question
        openai_stub.enqueue(content=MODEL_ANSWER)
        slack.mention(ANSWERABLE)
        stub.wait_for(lambda c: c.method == "chat.postMessage" and MODEL_ANSWER in c.all_text())

        body = json.dumps({"type": "event_callback", "event": {"type": "app_mention", "text": QUESTION}})
        assert slack.send(body, "application/json", secret="forged")[0] == 401
        assert slack.send(body, "application/json", timestamp="soon")[0] == 401
        with locked(store_path):
            slack.mention(QUESTION)
            stub.wait_for(lambda c: c.method == "chat.postMessage" and "could not save" in c.all_text().lower()
                          or "kunde inte spara" in c.all_text())
        stub.settle()
        time.sleep(0.2)  # the last listeners' log lines
    assert openai_stub.chat_requests, "the language model path was not taken"
    assert len(out.getvalue().splitlines()) > 20, "nothing was logged: the test would prove nothing"
    return out


def test_no_log_line_holds_a_question_an_answer_or_a_reply(every_path):
    assert lines_with(every_path, QUESTION, ANSWERABLE, MODEL_ANSWER, REPLY) == []


def test_no_log_line_holds_a_name_from_the_question(every_path):
    """Not even a word of it: the engine's decision line names a reason, not what the question said."""
    assert lines_with(every_path, *NAMES) == []
