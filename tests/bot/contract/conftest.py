"""One driver per chat platform, so that the same scenarios run against both adapters.

Each driver reaches the bot only the way its platform does — Slack: signed requests to
POST /slack/events, the Web API and response_url replaced by the local Slack stub; Teams:
activities posted to /api/messages, the Bot Connector replaced by the local connector stub —
and reads back only what people would see there (messages, cards) and what the store keeps.
The engine is the scripted one: these scenarios are about the coordinator's workflow.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from bot.coordinator.workflow import Approvals
from bot.engine.models import Answer
from bot.store import Escalation, Store

from ..fakes import folders
from ..slack import conftest as slack_conf
from ..slack.slack_stub import SlackStub
from ..teams import conftest as teams_conf
from ..teams import fakes as teams_fakes
from ..teams.conftest import loopback_only  # noqa: F401  (autouse: nothing but loopback, here too)
from ..teams.connector_stub import ConnectorStub

# The asker, a colleague who is not a coordinator, and the coordinator, as each platform names them.


@dataclass
class Shown:
    """An answer as the asker sees it."""

    text: str
    handle: object  # what the driver needs to press its buttons


@dataclass
class Card:
    """An escalation card as the coordinator sees it."""

    text: str
    escalation_id: int
    handle: object


class Reindex:
    calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"added": 1, "updated": 0, "unchanged": 0, "removed": 0, "failed": [], "chunks": 1, "seconds": 0.1}


class SlackDriver:
    name = "slack"
    asker, colleague, coordinator = "U1", "U2", slack_conf.COORDINATOR
    _ts = itertools.count(1)

    def __init__(self, store: Store, engine, approvals: Approvals) -> None:
        self.stub = SlackStub().start()
        self.store, self.engine = store, engine
        env = {"SLACK_BOT_TOKEN": slack_conf.BOT_TOKEN, "SLACK_SIGNING_SECRET": slack_conf.SIGNING_SECRET,
               "SLACK_API_URL": self.stub.api_url, "COORDINATOR_CHANNEL": slack_conf.COORDINATOR_CHANNEL,
               "COORDINATOR_USER_IDS": slack_conf.COORDINATOR}
        self.app = slack_conf.SlackApp(self.stub, engine, store, env, approvals=approvals)

    def close(self) -> None:
        self.app.close()
        self.stub.stop()

    def ask(self, answer: Answer, text: str, user: str | None = None) -> Shown:
        self.engine.enqueue(answer)
        event = self.app.mention(text, user=user or self.asker)
        post = self.stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("thread_ts") == event["ts"])[0]
        return Shown(post.all_text(), post)

    def escalate(self, shown: Shown, user: str | None = None) -> str:
        post = shown.handle
        [ref] = [e["value"] for b in post.blocks if b["type"] == "actions" for e in b["elements"]
                 if e["action_id"] == "escalate"]
        before = len(self.stub.calls("chat.postEphemeral"))
        assert self.app.click("escalate", ref, user=user or self.asker, message=post.response["message"]) == 200
        return self.stub.wait_for("chat.postEphemeral", count=before + 1)[before]["text"]

    def card(self, escalation_id: int = 1) -> Card:
        post = self.stub.wait_for(lambda c: c.method == "chat.postMessage"
                                  and c.get("channel") == slack_conf.COORDINATOR_CHANNEL and c.response.get("ok"))[0]
        slack_conf.eventually(lambda: self.store.get_escalation(escalation_id).card)
        return Card(post.all_text(), escalation_id, post)

    def reply(self, card: Card, text: str, user: str) -> None:
        self.app.message(text, user=user, channel=slack_conf.COORDINATOR_CHANNEL, channel_type="channel",
                         thread_ts=card.handle.response["ts"])

    def relayed(self) -> list[str]:
        return [c.all_text() for c in self.stub.calls("chat.postMessage")
                if c.get("channel") == "C1" and "Svar från samordnaren" in c.all_text()]

    def redrawn(self) -> str:
        return self.stub.calls("chat.update")[-1].all_text() if self.stub.calls("chat.update") else ""

    def resolve(self, card: Card, user: str) -> None:
        assert self.app.click("card_resolve", str(card.escalation_id), user=user,
                              channel=slack_conf.COORDINATOR_CHANNEL, message=card.handle.response["message"]) == 200

    def approve(self, card: Card, user: str) -> str:
        """"Save as approved answer", then Save in the review as it was prefilled; what the thread says."""
        assert self.app.click("card_approve", str(card.escalation_id), user=user,
                              channel=slack_conf.COORDINATOR_CHANNEL, message=card.handle.response["message"]) == 200
        view = self.stub.wait_for("views.open")[0]["view"]
        status, _ = self.app.submit_view(view, user=user)
        assert status == 200
        return self.stub.wait_for(lambda c: c.method == "chat.postMessage"
                                  and c.get("thread_ts") == card.handle.response["ts"])[0]["text"]

    def refused(self) -> str:
        """The last thing only one person was told (an ephemeral message)."""
        return self.stub.wait_for("chat.postEphemeral")[-1]["text"]

    def reminders(self) -> list[str]:
        return [c["text"] for c in self.stub.calls("chat.postMessage") if "Påminnelse" in c.get("text", "")]

    def own_status(self, user: str) -> str:
        before = len(self.stub.calls("response_url"))
        assert self.app.command("status", user=user) == 200
        return self.stub.wait_for("response_url", count=before + 1)[before]["text"]


class TeamsDriver:
    name = "teams"
    asker, colleague, coordinator = "aad-anna", "aad-bertil", "aad-cora"
    chat = "a:personal-29:anna"

    def __init__(self, store: Store, engine, approvals: Approvals) -> None:
        self.connector = ConnectorStub().start()
        self.store, self.engine = store, engine
        from bot.adapters.teams.app import build_app

        self.app = teams_conf.RunningApp(build_app(teams_conf.anonymous_settings(), engine, store,
                                                   approvals=approvals, deliver_interval=0.05,
                                                   retry_base_delay=0.05)).start()
        registration = teams_fakes.channel("registrera", self.connector.url, user=teams_fakes.CORA,
                                           channel_id=teams_fakes.COORDINATION)
        self.app.send(registration)
        self.connector.wait_for(lambda _: self.connector.messages(registration["conversation"]["id"]))

    def close(self) -> None:
        self.app.stop()
        self.connector.stop()

    @staticmethod
    def _user(user: str | None) -> dict:
        return {"aad-anna": teams_fakes.ANNA, "aad-bertil": teams_fakes.BERTIL, "aad-cora": teams_fakes.CORA}[
            user or "aad-anna"]

    def ask(self, answer: Answer, text: str, user: str | None = None) -> Shown:
        self.engine.enqueue(answer)
        who = self._user(user)
        chat = f"a:personal-{who['id']}"
        before = len(self.connector.messages(chat))
        self.app.send(teams_fakes.personal(text, self.connector.url, user=who))
        reply = self.connector.wait_for(lambda _: self.connector.messages(chat)[before:], what="the answer")[0]
        return Shown("\n".join(teams_fakes.texts_of(reply.card)), (reply, who, chat))

    def escalate(self, shown: Shown, user: str | None = None) -> str:
        reply, who, chat = shown.handle
        [ask] = [a for a in reply.card["actions"] if a["title"] == "Fråga samordnaren"]
        before = len(self.connector.messages(chat))
        self.app.send(teams_fakes.personal(None, self.connector.url, user=who, value=ask["data"],
                                           reply_to_id=reply.new_id))
        return self.connector.wait_for(lambda _: self.connector.messages(chat)[before:])[0].body["text"]

    def card(self, escalation_id: int = 1) -> Card:
        posted = self.connector.wait_for(lambda _: [r for r in self.connector.messages(teams_fakes.COORDINATION)
                                                    if r.path == "/v3/conversations"], what="the card")[0]
        self.connector.wait_for(lambda _: self.store.get_escalation(escalation_id).card, what="the card stored")
        content = posted.body["activity"]["attachments"][0]["content"]
        return Card("\n".join(teams_fakes.texts_of(content)), escalation_id, (posted, content))

    def _thread(self, card: Card) -> str:
        return f"{teams_fakes.COORDINATION};messageid={card.handle[0].new_id}"

    def reply(self, card: Card, text: str, user: str) -> None:
        self.app.send(teams_fakes.channel(text, self.connector.url, user=self._user(user),
                                          channel_id=teams_fakes.COORDINATION, thread=self._thread(card),
                                          mention=False))

    def relayed(self) -> list[str]:
        return ["\n".join(teams_fakes.texts_of(m.card)) for m in self.connector.messages(self.chat)
                if m.card and any("Svar från samordnaren" in t for t in teams_fakes.texts_of(m.card))]

    def redrawn(self) -> str:
        updates = self.connector.updates()
        return "\n".join(teams_fakes.texts_of(updates[-1].body["attachments"][0]["content"])) if updates else ""

    def _submit(self, card: Card, data: dict, user: str) -> None:
        self.app.send(teams_fakes.channel(None, self.connector.url, user=self._user(user),
                                          channel_id=teams_fakes.COORDINATION, thread=self._thread(card),
                                          mention=False, value=data, reply_to_id=card.handle[0].new_id))

    def resolve(self, card: Card, user: str) -> None:
        [resolve] = [a for a in card.handle[1]["actions"] if a["title"] == "Markera löst / Mark resolved"]
        self._submit(card, resolve["data"], user)

    def approve(self, card: Card, user: str) -> str:
        esc = self.store.get_escalation(card.escalation_id)
        from bot.adapters.teams import cards

        content = cards.escalation_card(esc)  # the card as redrawn with the reply: its review is prefilled
        [review] = [a for a in content["actions"] if a["title"].startswith("Spara som godkänt svar")]
        form = review["card"]
        values = {i["id"]: i.get("value") for i in form["body"] if i.get("type", "").startswith("Input.")}
        before = len(self.connector.messages(self._thread(card)))
        self._submit(card, {**form["actions"][0]["data"], **values}, user)
        return self.connector.wait_for(lambda _: self.connector.messages(self._thread(card))[before:],
                                       timeout=20)[0].body["text"]

    def refused(self) -> str:
        return [m.body.get("text", "") for m in self.connector.messages(None) if m.body.get("text")][-1]

    def reminders(self) -> list[str]:
        return [m.body.get("text", "") for m in self.connector.messages(None) if "Påminnelse" in m.body.get("text", "")]

    def own_status(self, user: str) -> str:
        who = self._user(user)
        chat = f"a:personal-{who['id']}"
        before = len(self.connector.messages(chat))
        self.app.send(teams_fakes.personal("status", self.connector.url, user=who))
        reply = self.connector.wait_for(lambda _: self.connector.messages(chat)[before:])[0]
        return "\n".join(teams_fakes.texts_of(reply.card))


@pytest.fixture(params=["slack", "teams"])
def platform(request, tmp_path: Path, new_sqlite):
    """The bot on one platform (both, in turn), with a fresh store and approved-answers folder."""
    store = Store.from_url(new_sqlite(tmp_path / "escalations.sqlite3"))
    store.create_schema()
    config = folders(tmp_path)
    config.knowledge_dir.mkdir()
    approvals = Approvals(config, files=lambda: {}, reindex=Reindex(), today=lambda: date(2025, 3, 3))
    driver_class = SlackDriver if request.param == "slack" else TeamsDriver
    engine = (slack_conf.ScriptedEngine if request.param == "slack" else teams_conf.ScriptedEngine)()
    driver = driver_class(store, engine, approvals)
    driver.approved = config.approved_path
    yield driver
    driver.close()
    store.close()


def escalation(driver) -> Escalation:
    esc = driver.store.get_escalation(1)
    assert esc is not None
    return esc
