"""The Adaptive Cards are pure functions of their data: what staff and the coordinator see."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from bot.models import Outcome
from bot.store import ANSWERED, PENDING, RESOLVED, Escalation
from bot.teams import cards

from .fakes import CONTACTS, POLICY, answered, buttons_of, declined, escalated, texts_of

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)


def escalation(**overrides) -> Escalation:
    values = dict(id=7, platform="teams", asker_id="aad-anna",
                  origin={"asker_name": "Anna Asker", "kind": "channel"}, question="Vem betalar resan?",
                  language="sv", bot_answer="Det här hittar jag inte.", reason="no evidence",
                  sources=[{"number": 1, "label": "Internationell policy › Resor, s. 2"}], status=PENDING, created_at=T0)
    values.update(overrides)
    return Escalation(**values)


def test_answer_card_has_text_numbered_sources_feedback_then_the_coordinator_button():
    answer = answered(passages=(POLICY, CONTACTS))
    activity = cards.render(answer, 42)
    [attachment] = activity.attachments
    assert attachment.content_type == "application/vnd.microsoft.card.adaptive"
    card = attachment.content
    assert (card["type"], card["version"]) == ("AdaptiveCard", "1.4")
    assert texts_of(card) == ["Kommunen ska delta i EU-program som stärker verksamheten [1].", "Källor",
                              "1. Internationell policy › EU-samarbete, s. 3", "2. Kontakter"]
    assert buttons_of(card) == ["👍 Bra svar", "👎 Inte bra", "Fråga samordnaren"]
    assert [a["data"] for a in card["actions"]] == [
        {"verb": "omvarld.feedback", "answer_ref": "42", "value": "up"},
        {"verb": "omvarld.feedback", "answer_ref": "42", "value": "down"},
        {"verb": "omvarld.escalate", "answer_ref": "42"},
    ]
    assert all(a["type"] == "Action.Submit" for a in card["actions"])


def test_english_answer_has_english_labels():
    card = cards.render(answered("The policy says so [1].", language="en"), 1).attachments[0].content
    assert "Sources" in texts_of(card)
    assert buttons_of(card) == ["👍 Helpful", "👎 Not helpful", "Ask the coordinator"]


def test_escalate_says_the_documents_do_not_cover_it_and_offers_the_coordinator_first():
    card = cards.render(escalated(), 3).attachments[0].content
    assert texts_of(card)[0].startswith("Det här hittar jag inte i kommunens dokument")
    assert buttons_of(card)[0] == "Fråga samordnaren" and card["actions"][0]["style"] == "positive"
    assert "Källor" not in texts_of(card)


def test_escalate_with_the_closest_sources_calls_them_that():
    card = cards.answer_card(outcome="escalate", text="", language="en", answer_ref=1,
                             sources=[{"number": 1, "label": "Policy › Aims"}])
    assert texts_of(card) == [cards.phrase("escalate_fallback", "en"), "The closest I found", "1. Policy › Aims"]


def test_decline_is_one_plain_line_without_sources_or_buttons():
    activity = cards.render(declined(), 5)
    assert activity.attachments is None and activity.text_format == "plain"
    assert activity.text.startswith("Det kan jag tyvärr inte hjälpa till med.")


def test_after_feedback_the_thumbs_become_a_thank_you_and_the_coordinator_button_stays():
    card = cards.answer_card(outcome="answer", text="Svar [1].", language="sv", answer_ref=9,
                             sources=[{"number": 1, "label": "Policy"}], feedback="down")
    assert texts_of(card)[-1].startswith("Tack för återkopplingen – vi ser över svaret.")
    assert buttons_of(card) == ["Fråga samordnaren"]


def test_long_answers_are_shortened_and_say_so():
    card = cards.answer_card(outcome="answer", text="ord " * 3000, language="sv", answer_ref=1, sources=[])
    shown = texts_of(card)
    assert len(shown[0]) <= cards.MAX_TEXT_CHARS and shown[0].endswith("…")
    assert shown[1] == "Svaret är förkortat."
    many = [{"number": i, "label": f"Dokument {i}"} for i in range(1, 30)]
    facts = cards.answer_card(outcome="answer", text="x", language="sv", answer_ref=1, sources=many)["body"][-1]
    assert len(facts["facts"]) == cards.MAX_SOURCES
    assert len(json.dumps(cards.escalation_card(escalation(question="q " * 20000, bot_answer="a " * 20000,
                                                           reply_text="r " * 20000)))) < 20_000


def test_card_text_cannot_mention_anyone():
    card = cards.answer_card(outcome="answer", text="Hej <at>General</at> och @channel!", language="sv",
                             answer_ref=1, sources=[{"number": 1, "label": "<at>team</at> rutiner"}])
    wire = json.dumps(card, ensure_ascii=False)
    assert "<at>" not in wire and "@channel" not in wire
    assert texts_of(card)[0].startswith("Hej General och @")


def test_escalation_card_shows_who_asked_what_where_and_why_with_the_coordinators_actions():
    card = cards.escalation_card(escalation())
    shown = texts_of(card)
    assert shown[:4] == ["Fråga till samordnaren (ärende 7)", "Från Anna Asker", "Var i en kanal", "Språk svenska"]
    assert "Vem betalar resan?" in shown and "Det här hittar jag inte." in shown
    assert "1. Internationell policy › Resor, s. 2" in shown and "Varför: no evidence" in shown
    assert shown[-1].startswith("⏳ Väntar på svar.")
    answer, resolve, approve = card["actions"]
    assert answer["type"] == "Action.ShowCard"
    [reply_box] = answer["card"]["body"]
    assert (reply_box["type"], reply_box["id"], reply_box["isMultiline"]) == ("Input.Text", "reply", True)
    assert answer["card"]["actions"][0]["data"] == {"verb": "omvarld.answer", "escalation_id": 7}
    assert resolve["data"] == {"verb": "omvarld.resolve", "escalation_id": 7}
    assert approve["data"] == {"verb": "omvarld.approve", "escalation_id": 7}


def test_escalation_card_follows_the_status():
    answered_card = cards.escalation_card(escalation(status=ANSWERED, reply_text="Kontakta Erik.",
                                                     reply_author="Cora Samordnare"))
    assert "Kontakta Erik." in texts_of(answered_card)
    assert "💬 Besvarad av Cora Samordnare – svaret skickas till frågeställaren" in texts_of(answered_card)
    done = cards.escalation_card(escalation(status=RESOLVED, resolved_by="Cora Samordnare",
                                            approved_by="Cora Samordnare", reply_text="x"))
    assert "✅ Löst av Cora Samordnare" in texts_of(done)
    assert "📗 Sparat som godkänt svar av Cora Samordnare" in texts_of(done)
    assert "actions" not in done


def test_save_as_approved_opens_the_review_of_the_whole_reply_on_the_card():
    card = cards.escalation_card(escalation(status=ANSWERED, language="en", reply_text="Första delen.\n\nAndra delen."))
    [review] = [a for a in card["actions"] if a["title"] == "Spara som godkänt svar / Save as approved answer"]
    assert review["type"] == "Action.ShowCard"
    inputs = {i["id"]: i for i in review["card"]["body"] if i["type"].startswith("Input.")}
    assert inputs["review_question"]["value"] == "Vem betalar resan?"
    assert inputs["review_answer"]["value"] == "Första delen.\n\nAndra delen." and inputs["review_answer"]["isMultiline"]
    assert inputs["review_language"]["value"] == "en"
    assert [c["value"] for c in inputs["review_language"]["choices"]] == ["sv", "en"]
    save, cancel = review["card"]["actions"]
    assert save["data"] == {"verb": "omvarld.approve", "escalation_id": 7}
    assert cancel["data"] == {"verb": "omvarld.approve_cancel", "escalation_id": 7}
    assert cancel["associatedInputs"] == "none"  # Avbryt sends nothing that could be saved


def test_relay_card_is_in_the_askers_language():
    card = cards.relay_card(escalation(language="en", question="Who pays for the trip?"), "The unit does.",
                            "Cora Samordnare")
    assert texts_of(card) == ["Answer from the coordinator Cora Samordnare:", "The unit does.",
                              "Your question: Who pays for the trip?"]


def test_status_card_lists_open_escalations_in_swedish_time():
    card = cards.status_card([escalation(), escalation(id=8, status="sent", question="Andra frågan")],
                             last_ingest="2025-03-01 08:12")
    shown = texts_of(card)
    assert shown[0] == "Öppna ärenden / Open escalations: 2"
    assert shown[1] == "7 · väntar på kortet · Anna Asker · 2025-03-01 09:00 · “Vem betalar resan?”"
    assert shown[2].startswith("8 · väntar på svar")
    assert shown[-1] == "Senast indexerat / Last ingest: 2025-03-01 08:12"


def test_sources_of_keeps_what_the_store_needs():
    [source] = cards.sources_of(answered())
    assert source == {"number": 1, "label": "Internationell policy › EU-samarbete, s. 3",
                      "document": "Internationell policy", "source": "policy.md",
                      "section": "Mål › EU-samarbete", "page": 3, "url": None}
    assert cards.render(answered(), 1).attachments[0].content["body"][0]["text"] == answered().text
    assert Outcome.ANSWER is answered().outcome
