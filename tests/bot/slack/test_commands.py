"""/omvarld: private answers that can be shared, and the coordinators' reindex and status."""
from __future__ import annotations

from bot.slack.blocks import FEEDBACK_UP, SHARE

from .conftest import COORDINATOR, eventually
from .fakes import answered


def buttons(call) -> dict[str, dict]:
    return {e["action_id"]: e for b in call.blocks if b["type"] == "actions" for e in b["elements"]}


def test_slash_command_answers_privately_with_a_share_button(slack, stub, engine):
    engine.enqueue(answered("Vänorterna är Nagu och Alingsås [1]."))
    assert slack.command("Vilka vänorter har vi?", user="U5", channel="C5") == 200
    response = stub.wait_for("response_url")[0]
    assert response["response_type"] == "ephemeral"
    assert "Vänorterna är Nagu och Alingsås [1]." in response.all_text()
    assert "1. Internationell policy › Mål, s. 3" in response.all_text()
    assert buttons(response)[SHARE]["text"]["text"] == "Dela i kanalen"
    assert not stub.calls("chat.postMessage")  # nothing public until it is shared
    assert engine.questions[0].text == "Vilka vänorter har vi?" and engine.questions[0].asker_id == "U5"


def test_share_posts_the_answer_publicly_and_removes_the_private_one(slack, stub, engine):
    engine.enqueue(answered("Vänorterna är Nagu [1]."))
    slack.command("Vilka vänorter har vi?", user="U5", channel="C5")
    ref = buttons(stub.wait_for("response_url")[0])[SHARE]["value"]

    slack.click(SHARE, ref, user="U5", channel="C5", ephemeral=True, response_url=stub.response_url("share"))
    public, delete = stub.wait_for(lambda c: c.method == "response_url" and c.path.endswith("/share"), count=2)
    assert public["response_type"] == "in_channel" and public["replace_original"] is False
    assert "Vänorterna är Nagu [1]." in public.all_text() and "<@U5> frågade: Vilka vänorter har vi?" in public.all_text()
    assert SHARE not in buttons(public) and FEEDBACK_UP in buttons(public)
    assert delete.params == {"delete_original": True}


def test_non_coordinator_cannot_reindex(make_slack, stub):
    calls = []
    slack = make_slack(reindex=lambda: calls.append(1) or {})
    slack.command("reindex", user="U1")
    reply = stub.wait_for("response_url")[0]
    assert "bara för den internationella samordnaren" in reply["text"] and "only for" in reply["text"]
    stub.settle()
    assert calls == []


def test_coordinator_reindex_reports_the_summary(make_slack, stub):
    summary = {"added": 2, "updated": 1, "unchanged": 10, "removed": 0, "failed": [{"source": "trasig.pdf"}],
               "chunks": 123, "seconds": 4.2}
    slack = make_slack(reindex=lambda: summary)
    slack.command("reindex", user=COORDINATOR)
    done = stub.wait_for(lambda c: c.method == "response_url" and "klar" in c.get("text", ""))[0]
    assert "2 nya" in done["text"] and "1 misslyckade" in done["text"] and "trasig.pdf" in done["text"]
    assert "123 stycken" in done["text"]


def test_coordinator_status_lists_open_escalations_and_last_ingest(make_slack, stub, store):
    store.create_escalation("slack", "U3", {"channel": "C1"}, "Hur söker vi Interreg?", "sv", "", [], "r")
    done = store.create_escalation("slack", "U4", {"channel": "C1"}, "Löst fråga", "sv", "", [], "r")
    store.mark_resolved(done.id, COORDINATOR)
    slack = make_slack(status_text=lambda: "2025-03-01 08:12, 14 dokument")
    slack.command("status", user=COORDINATOR)
    reply = stub.wait_for("response_url")[0]
    text = reply.all_text()
    assert "Öppna ärenden / Open escalations: 1" in text and "Hur söker vi Interreg?" in text
    assert "Löst fråga" not in text and "2025-03-01 08:12, 14 dokument" in text


def test_empty_command_explains_how_to_ask(slack, stub, engine):
    slack.command("")
    reply = stub.wait_for("response_url")[0]
    assert "/omvarld" in reply["text"] and not engine.questions


def test_feedback_is_stored_and_the_buttons_become_a_thank_you(slack, stub, store):
    slack.mention("Vilka EU-program?")
    answer = stub.wait_for("chat.postMessage")[0]
    ref = buttons(answer)[FEEDBACK_UP]["value"]
    slack.click(FEEDBACK_UP, ref, user="U9", message=answer.response["message"])

    update = stub.wait_for("chat.update")[0]
    assert update["channel"] == "C1" and update["ts"] == answer.response["ts"]
    assert "Tack för återkopplingen" in update.all_text()
    assert set(buttons(update)) == {"escalate"}
    votes = eventually(lambda: store.list_feedback(ref))
    assert (votes[0]["user_id"], votes[0]["value"], votes[0]["question"]) == ("U9", "up", "Vilka EU-program?")
    assert votes[0]["sources"][0]["label"] == "Internationell policy › Mål, s. 3"


def test_feedback_on_a_private_answer_replaces_it_through_the_response_url(slack, stub, store):
    slack.command("Vilka EU-program?", user="U5")
    ref = buttons(stub.wait_for("response_url")[0])["feedback_down"]["value"]
    slack.click("feedback_down", ref, user="U5", ephemeral=True, response_url=stub.response_url("fb"))
    replaced = stub.wait_for(lambda c: c.method == "response_url" and c.path.endswith("/fb"))[0]
    assert replaced["replace_original"] is True and "Tack för återkopplingen" in replaced.all_text()
    assert set(buttons(replaced)) == {"escalate", "share"}
    assert eventually(lambda: store.list_feedback(ref))[0]["value"] == "down"


def test_feedback_on_a_message_the_bot_cannot_update_is_replaced_through_the_response_url(slack, stub, store):
    slack.mention("Vilka EU-program?")
    answer = stub.wait_for("chat.postMessage")[0]
    stub.fail("chat.update", status=200, error="cant_update_message")
    slack.click(FEEDBACK_UP, buttons(answer)[FEEDBACK_UP]["value"], message=answer.response["message"],
                response_url=stub.response_url("fb2"))
    replaced = stub.wait_for(lambda c: c.method == "response_url" and c.path.endswith("/fb2"))[0]
    assert replaced["replace_original"] is True and "Tack för återkopplingen" in replaced.all_text()


def test_coordinator_status_shows_the_web_pages_that_failed(make_slack, stub, store):
    documents = [{"title": "Vänorter", "source": "https://lerbacka.example/vanorter", "ingested_at": 1740816720.0,
                  "chunks": 4, "url": "https://lerbacka.example/vanorter", "fetched_at": 1740900000.0,
                  "fetch_error": "the server answered 500 Internal Server Error"},
                 {"title": "Internationell policy", "source": "policy.md", "ingested_at": 1740816720.0, "chunks": 9}]
    slack = make_slack(knowledge_summary=lambda: documents)
    slack.command("status", user=COORDINATOR)
    text = stub.wait_for("response_url")[0].all_text()
    assert "Pages that failed" in text
    assert "https://lerbacka.example/vanorter – the server answered 500 Internal Server Error" in text
    assert "policy.md" not in text
