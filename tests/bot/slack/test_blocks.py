"""The Block Kit builders are pure and keep Slack's limits."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from bot.adapters.slack.blocks import (
    ANSWER_ACTIONS,
    ESCALATE,
    MAX_BLOCKS,
    MAX_SECTION_CHARS,
    after_feedback,
    answer_blocks,
    escalation_card,
    home_view,
    relay_message,
    render,
    split_text,
    status_blocks,
)
from bot.engine.models import Outcome
from bot.store import Escalation

from .fakes import answered, declined, escalated, passage


def texts(blocks) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def all_strings(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def test_answer_has_text_numbered_sources_and_buttons_with_only_an_id():
    blocks = render(answered("Svar [1] och [2].", sources=[passage("Policy", "Mål › EU", 3), passage("Plan", "", None)]), 42)
    assert texts(blocks)[0] == "Svar [1] och [2]."
    assert texts(blocks)[1] == "*Källor*\n1. Policy › EU, s. 3\n2. Plan"
    actions = [b for b in blocks if b["type"] == "actions"][0]
    assert [e["value"] for e in actions["elements"]] == ["42", "42", "42"]
    assert actions["block_id"] == ANSWER_ACTIONS


def test_english_answer_has_english_buttons():
    blocks = render(answered("Answer [1].", language="en"), 1)
    labels = [e["text"]["text"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert labels == ["👍 Helpful", "👎 Not helpful", "Ask the coordinator"]
    assert "*Sources*" in texts(blocks)[1]


def test_escalation_offers_the_coordinator_before_anything_else():
    blocks = render(escalated(""), 5)
    assert "hittar jag inte i kommunens dokument" in texts(blocks)[0]  # an empty engine text still says it plainly
    assert blocks[1]["type"] == "actions" and blocks[1]["elements"][0]["action_id"] == ESCALATE


def test_decline_has_no_sources():
    answer = declined()
    answer.citations = answered().citations
    assert not any("Källor" in t for t in texts(render(answer, 1)))


def test_long_text_is_split_into_sections_of_at_most_3000_characters():
    paragraph = "Ord " * 400  # 1,600 characters
    blocks = render(answered("\n\n".join([paragraph] * 5)), 1)
    sections = texts(blocks)[:-1]
    assert len(sections) >= 3 and all(len(t) <= MAX_SECTION_CHARS for t in sections)
    assert sum(len(t) for t in sections) >= 5 * len(paragraph.strip())


def test_split_never_cuts_an_escaped_character_in_half():
    pieces = split_text("x" * 2997 + "&amp;" + "y" * 10)
    assert all(len(p) <= MAX_SECTION_CHARS for p in pieces) and pieces[1].startswith("&amp;")


def test_a_huge_answer_is_shortened_to_50_blocks_and_keeps_its_buttons():
    blocks = render(answered("A" * 200_000), 1)
    assert len(blocks) == MAX_BLOCKS
    assert blocks[-1]["type"] == "actions"
    assert any(b["type"] == "context" and "förkortat" in b["elements"][0]["text"] for b in blocks)


def test_escaping_and_markdown_bold():
    blocks = render(answered("**Viktigt:** 3 < 4 & <!here> <@U1>"), 1)
    assert texts(blocks)[0] == "*Viktigt:* 3 &lt; 4 &amp; @\u200bhere &lt;@U1&gt;"


def test_after_feedback_keeps_the_coordinator_button_and_thanks():
    blocks = answer_blocks(outcome=Outcome.ANSWER.value, text="Svar", language="sv", sources=[], answer_ref=3,
                           share=True)
    out = after_feedback(blocks, "sv", "up")
    ids = [e["action_id"] for b in out if b["type"] == "actions" for e in b["elements"]]
    assert ids == ["escalate", "share"] and "Tack" in all_strings(out)
    assert after_feedback(out, "sv", "down").count(out[-1]) == 0  # a second vote replaces the thanks
    assert blocks[0] == out[0]


def test_shared_answer_says_who_asked_what():
    blocks = answer_blocks(outcome="answer", text="Svar", language="en", sources=[], answer_ref=3,
                           asked_by="U5", question="Who <!here>?")
    assert blocks[0]["elements"][0]["text"] == "<@U5> asked: Who @\u200bhere?"


def escalation(**kw) -> Escalation:
    base = dict(id=7, platform="slack", asker_id="U1", origin={"channel": "C1", "thread_ts": "1.1"},
                question="Hur <b>söker</b> vi?", language="en", bot_answer="Vet ej.", sources=[{"number": 1, "label": "Policy"}],
                reason="weak evidence", status="sent", created_at=datetime(2025, 3, 1, tzinfo=timezone.utc))
    base.update(kw)
    return Escalation(**base)


def test_escalation_card_shows_who_what_where_and_buttons():
    blocks = escalation_card(escalation())
    text = all_strings(blocks)
    assert "ärende 7" in text and "<@U1>" in text and "<#C1>" in text and "engelska" in text
    assert "&lt;b&gt;söker&lt;/b&gt;" in text and "1. Policy" in text and "weak evidence" in text
    assert [e["action_id"] for e in blocks[-1]["elements"]] == ["card_resolve", "card_approve"]
    resolved = escalation_card(escalation(status="resolved", resolved_by="UC", approved_by="UC"))
    assert not any(b["type"] == "actions" for b in resolved) and "Löst av <@UC>" in all_strings(resolved)


def test_relay_keeps_the_coordinators_formatting_but_not_broadcasts():
    text, blocks = relay_message(escalation(), "Se <https://x.se|sidan>, fråga <@UANNA>. <!channel>", "UC")
    assert text.startswith("<@U1> Answer from the coordinator <@UC>:")
    assert "<https://x.se|sidan>" in all_strings(blocks) and "<@UANNA>" in all_strings(blocks)
    assert "<!channel>" not in all_strings(blocks)


def test_home_view_lists_documents_within_slacks_limits():
    docs = [{"title": f"Dokument {i} " + "x" * 80, "ingested_at": 1740816000 + i} for i in range(500)]
    view = home_view(docs, command="/omvarld", coordinator_channel_ref="<#C1>")
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert all(len(b["text"]["text"]) <= MAX_SECTION_CHARS for b in view["blocks"] if b["type"] == "section")
    assert "500 dokument" in all_strings(view)


def test_status_blocks_count_and_list():
    blocks = status_blocks([escalation(id=i) for i in range(30)], "igår")
    text = all_strings(blocks)
    assert "Open escalations: 30" in text and "och 10 till" in text and "igår" in text
