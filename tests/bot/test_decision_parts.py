"""The pure parts of the decision: language, kinds of fact, word overlap, unknown names, glossary."""
from __future__ import annotations

import pytest

from bot import answer_types, language
from bot.evidence import Vocabulary, overlap, unknown_names
from bot.glossary import Glossary
from bot.replies import PROMPTS_DIR
from ingest.units import split


@pytest.mark.parametrize("text, expected", [
    ("Vem?", "sv"), ("Who?", "en"), ("Hur söker vi EU-medel?", "sv"),
    ("Which committee is responsible for twin towns?", "en"), ("Vilka nätverk deltar vi i?", "sv"),
])
def test_language_of_short_questions(text, expected):
    assert language.detect(text) == expected


def test_a_message_too_short_to_tell_follows_the_thread():
    assert language.detect("ok", earlier=["Which networks do we take part in?"]) == "en"
    assert language.detect("ok") == "sv"  # staff are mostly Swedish-speaking


@pytest.mark.parametrize("question, kinds", [
    ("Vilket telefonnummer har samordnaren?", ["phone"]),
    ("What is the e-mail address of West Sweden?", ["email"]),
    ("När stänger utlysningen?", ["date"]),
    ("Hur mycket är traktamentet?", ["amount"]),
    ("How many twin towns do we have?", ["count"]),
    ("Vad heter vår kontaktperson?", ["person"]),
    ("When should we look into EU funding?", []),  # a condition, not a date
    ("Vem ansvarar för vänorterna?", []),           # a body answers it
])
def test_kinds_of_fact_a_question_asks_for(question, kinds):
    assert answer_types.asked(question) == kinds


def test_evidence_without_the_fact_asked_for_is_missing_it():
    assert answer_types.missing("Vilket telefonnummer har kontoret?", "Kontoret ligger i Göteborg.") == ["phone"]
    assert answer_types.missing("Vilket telefonnummer har kontoret?", "Ring 0322-61 60 00.") == []
    assert answer_types.missing("Hur många vänorter?", "En vänort i Norden.") == ["count"]  # "en" is no count


def test_word_overlap_finds_compounds_and_inflections():
    assert overlap("Hur ofta ska policyn revideras?", "Policy ska revideras vart fjärde år.") == 1.0
    assert overlap("Vilket organ är politiskt styrorgan?", "Kommunstyrelsen fungerar som politiskt styrorgan") == 1.0
    assert overlap("Vem beslutar om budgeten?", "Kommunfullmäktige antar planen.") == 0.0


def test_names_no_document_mentions():
    vocabulary = Vocabulary(["Den nordiska vänortskedjan och West Sweden i Bryssel"])
    assert unknown_names("How do I apply to Horizon Europe?", vocabulary) == ["Horizon", "Europe"]
    assert unknown_names("Who runs the Nordic twin town chain?", vocabulary) == []
    assert unknown_names("Vad gör West Sweden?", vocabulary) == []


def test_glossary_meets_swedish_compounds_from_english_and_back():
    glossary = Glossary.from_file(PROMPTS_DIR / "glossary.tsv")
    assert "vänort" in glossary.expand("Who decides on new twin towns?")
    assert "trip" in glossary.expand("Vem godkänner en utlandsresa?")


def test_sentences_split_but_abbreviations_and_list_items_hold():
    assert split("Det gäller t.ex. resor. Detta sker årligen.\n- punkt ett\n- punkt två") == [
        "Det gäller t.ex. resor.", "Detta sker årligen.", "- punkt ett", "- punkt två"]
