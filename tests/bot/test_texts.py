"""All user-facing text is in one catalogue (prompts/texts.yaml), in Swedish and English."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.coordinator.usecases import Refused
from bot.engine import answer_types
from bot.texts import TextMissing, bilingual, catalogue, say

REPO = Path(__file__).resolve().parents[2]


def test_every_text_has_swedish_and_english_or_one_for_both():
    for key, texts in catalogue().items():
        assert ("sv" in texts and "en" in texts) or "both" in texts, key
        assert set(texts) <= {"sv", "en", "both"}, key


def keys_the_code_asks_for() -> set[str]:
    """Every literal key given to say(), bilingual() or entry() in bot/."""
    keys = set()
    for path in (REPO / "bot").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "say", "bilingual", "entry", "phrase") and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                keys.add(node.args[0].value)
    return keys


def test_every_key_the_code_uses_is_in_the_catalogue():
    dynamic = {f"state_{s}" for s in ("pending", "sent", "answered", "resolved")} | \
        {f"asker_state_{s}" for s in ("pending", "sent", "answered", "resolved")} | \
        {f"missing_{k}" for k in answer_types.KINDS if k not in ("list", "definition", "yesno")} | \
        {f"language_{c}" for c in ("sv", "en")} | {f"language_name_{c}" for c in ("sv", "en")} | \
        {f"teams.where_{k}" for k in ("personal", "channel", "groupChat")} | \
        {"slack.card_waiting", "teams.card_waiting"} | {r.value for r in Refused}  # why a use-case did nothing
    assert sorted((keys_the_code_asks_for() | dynamic) - set(catalogue())) == []


def test_say_fills_in_and_falls_back_to_swedish():
    assert say("already_sent", "en", id="12").startswith("This question has already been sent to the coordinator (case 12)")
    assert say("sources", "de") == say("sources", "sv") == "Källor"
    assert bilingual("sources") == "Källor / Sources"
    assert bilingual("gone") == "Jag hittar inte det här längre. / I can no longer find this."
    with pytest.raises(TextMissing):
        say("no such key", "sv")
