"""The pure parts of the decision: language, kinds of fact, word overlap, unknown names, glossary."""
from __future__ import annotations

import pytest

from bot.engine import answer_types, diacritics, language
from bot.engine.evidence import Vocabulary, missing_specifics, overlap, question_terms, specifics, unknown_names
from bot.engine.glossary import Glossary
from bot.engine.replies import PROMPTS_DIR
from ingest.units import split


@pytest.mark.parametrize("text, expected", [
    ("Vem?", "sv"), ("Who?", "en"), ("Hur söker vi EU-medel?", "sv"),
    ("Which committee is responsible for twin towns?", "en"), ("Vilka nätverk deltar vi i?", "sv"),
    ("How many people fit in Estrad Alingsås?", "en"),  # a Swedish name in an English question
    ("Gäller det även Göteborg?", "sv"),
])
def test_language_of_short_questions(text, expected):
    assert language.detect(text) == expected


def test_an_english_passage_that_names_swedish_places_is_english():
    from ingest.language import of_text

    assert of_text("Venue: Estrad Alingsås; Capacity (theatre seating): 450; Price per day: SEK 32,000") == "en"
    assert of_text("Alingsås has about 42,000 inhabitants, which rules out several awards.") == "en"
    assert of_text("Vänorter i Norden") == "sv" and of_text("Kontakt: Västra Götaland") == "sv"


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
    ("När ska handlingsplanen vara färdig?", ["date"]),  # "när ska …" asks when, as "när är …" does
    ("By when do we need to tell the coordinator?", ["date"]),
    ("Vem ansvarar för vänorterna?", []),           # a body answers it
    ("Who is responsible for twin towns?", []),
    ("Who is allowed to sign the application?", []),
    ("Vem är rektor på kulturskolan?", ["person"]),  # who someone is: a name
    ("Who chairs the board?", ["person"]),
    ("Vem betalar tolken när vänorten har gäster?", []),  # "när" opens a clause: no date asked
    ("What applies when we host visitors?", []),
    ("Since when have we had a partnership with Moshi?", ["date"]),
    ("och när är nästa möte?", ["date"]),
    ("Vem godkänner budgeten?", []),  # a money word after "who" names the subject, not an amount
    ("Hur lång tid innan deadline vill ekonomen ha budgeten?", ["duration"]),
    ("How high is the fee?", ["amount"]),
    ("Hur stort är flyttbidraget för sjuksköterskorna?", ["amount"]),  # the money word may come later
    ("Hur stor är arbetsgruppen?", ["count"]),
    ("Hur stort är området?", []),  # a size, not money
    ("Betalar kommunen lön till praktikanterna?", ["yesno"]),  # Swedish asks yes or no with the verb first
    ("Räknas politikerna in?", ["yesno"]),
    ("If my trip is funded by Erasmus+, do I also get per diem?", ["yesno"]),
    ("Could a volunteer cover for a colleague?", ["yesno"]),
    ("Vem bestämmer vilka elever som får åka?", []),  # "vilka" after "vem" opens a clause: no list
    ("Vilka datum möts styrelsen?", ["date", "list"]),
    ("What is the phone number of the coordinator?", ["phone"]),  # a phone's number counts nothing
    ("Is there a fee for the course?", ["cost", "yesno"]),
    ("Kostar det extra att ringa?", ["cost"]),
    ("Måste eleverna betala något själva?", ["cost", "yesno"]),
    ("Hur dyr får gåvan vara?", ["amount"]),
    ("How soon must a breach be reported?", ["duration"]),
    ("Under the agreement, who pays?", []),  # an English preposition, not a Swedish verb
    ("Vilka dagar gör ekonomienheten betalningar i euro?", ["date", "list"]),
    ("Hur ansöker jag om jobbskuggning?", ["procedure"]),  # answered by the steps
    ("What are the steps for planning a youth exchange?", ["list", "procedure"]),
    ("What's the procedure before we sign an MoU?", ["procedure"]),  # not "what's X": no definition
    ("Hur når jag kommunjuristen?", ["reach"]),          # a phone number or an e-mail address answers it
    ("Vilket nummer har körledaren?", ["phone"]),
    ("Is there a membership fee for the network?", ["cost", "yesno"]),
    ("Tar kommunen betalt för studiebesök?", ["cost"]),
    ("Vad beräknas fågeltornet kosta?", ["amount"]),
    ("What is the maximum value of a gift I may accept?", ["amount"]),
    ("What does the grant cover?", ["list"]),
    ("Vad ska reseledaren göra om något händer?", ["procedure"]),
    ("How does an association apply for the grant?", ["procedure"]),
    ("What counts as a study visit?", ["definition"]),
    ("How quickly must we answer a journalist?", ["duration"]),
    ("Var ligger leaderkontoret?", ["place"]),         # "var" first before a verb asks where
    ("Var det svårt att få visum?", []),               # … but "var det" asks "was it"
    ("Where will the guests from Horten sleep?", ["place"]),
    ("Vilken lokal är bokad för mötet?", ["place"]),
])
def test_kinds_of_fact_a_question_asks_for(question, kinds):
    assert answer_types.asked(question) == kinds


def test_swedish_asks_yes_or_no_with_the_verb_first_even_with_a_question_word_later():
    question = "Räknas politikerna in när man räknar hur många som får åka?"
    assert "yesno" in answer_types.asked(question, "sv")
    assert "yesno" in answer_types.asked("Har Alingsås en egen ledamot i regionkommittén?", "sv")
    assert "yesno" not in answer_types.asked("Hur många får åka?", "sv")
    assert "yesno" in answer_types.asked("En delegation vill att vi skriver under, går det?", "sv")


def test_a_follow_up_without_a_question_of_its_own_asks_what_the_one_before_asked():
    from bot.engine.engine import kinds_asked

    assert kinds_asked("och för frukt?", ["Hur mycket stöd får vi för mjölk?"]) == ["amount"]
    assert kinds_asked("and the pocket money?", ["How much is the support per day?"]) == ["amount"]
    assert kinds_asked("och vem beslutar det?", ["Hur mycket stöd får vi?"]) == []  # its own question
    assert kinds_asked("och för frukt?", []) == []


def test_evidence_without_the_fact_asked_for_is_missing_it():
    assert answer_types.missing("Vilket telefonnummer har kontoret?", "Kontoret ligger i Göteborg.") == ["phone"]
    assert answer_types.missing("Vilket telefonnummer har kontoret?", "Ring 0322-61 60 00.") == []
    assert answer_types.missing("Hur många vänorter?", "En vänort i Norden.") == ["count"]  # "en" is no count


def test_word_overlap_finds_compounds_and_inflections():
    assert overlap("Hur ofta ska policyn revideras?", "Policy ska revideras vart fjärde år.") == 1.0
    assert overlap("Vilket organ är politiskt styrorgan?", "Kommunstyrelsen fungerar som politiskt styrorgan") == 1.0
    assert overlap("Vem beslutar om budgeten?", "Kommunfullmäktige antar planen.") == 0.0


def test_words_that_shape_a_question_are_not_its_subject():
    assert [word for _, word in question_terms("Vad är EPSA för något?")] == ["epsa"]
    assert [word for _, word in question_terms("Hur når jag henne?")] == []
    # the contact detail answers "telefonnummer"; the name is the subject
    assert [word for _, word in question_terms("Elin Sjöbergs telefonnummer?")] == ["elin", "sjöbergs"]
    # also when the glossary knows the word; and a two-letter surname or abbreviation is a word
    glossary = Glossary.from_file(PROMPTS_DIR / "glossary.tsv", PROMPTS_DIR / "lexicon.tsv")
    question = "Vad har Jonas Ek för telefonnummer?"
    assert [word for _, word in question_terms(question, glossary.groups(question))] == ["jonas", "ek"]
    assert "hr" in [word for _, word in question_terms("Vem på HR svarar?")]


def test_names_no_document_mentions():
    vocabulary = Vocabulary(["Den nordiska vänortskedjan och West Sweden i Bryssel"])
    assert unknown_names("How do I apply to Horizon Europe?", vocabulary) == ["Horizon", "Europe"]
    assert unknown_names("Who runs the Nordic twin town chain?", vocabulary) == []
    assert unknown_names("Vad gör West Sweden?", vocabulary) == []
    # a part of a hyphenated word is a word the documents use
    coded = Vocabulary(["Kontrollera kommunens PIC-kod i portalen."])
    assert unknown_names("Vad är en PIC?", coded) == []
    assert overlap("Vad är en PIC?", "Kommunens PIC-kod finns i portalen.") == 1.0


def test_glossary_meets_swedish_compounds_from_english_and_back():
    glossary = Glossary.from_file(PROMPTS_DIR / "glossary.tsv")
    assert "vänort" in glossary.expand("Who decides on new twin towns?")
    assert "trip" in glossary.expand("Vem godkänner en utlandsresa?")


def test_a_question_is_rendered_word_for_word_in_the_other_language():
    glossary = Glossary.from_file(PROMPTS_DIR / "glossary.tsv", PROMPTS_DIR / "lexicon.tsv")
    rendered = glossary.translated("Who decides on new twin towns?")
    assert "vänort" in rendered and "twin town" not in rendered.lower()
    assert "trip" in glossary.translated("Vem godkänner en utlandsresa?").lower()
    assert glossary.translated("Xyzzy qwerty?") == "Xyzzy qwerty?"  # nothing to translate


def test_a_term_on_its_own_line_is_shown_with_the_paragraph_that_explains_it():
    from ingest.units import units

    text = ("PIC-kod\nParticipant Identification Code, ett niosiffrigt nummer. Kommunen har en gemensam.\n"
            "| Kurs | Pris |\nKursen kostar 500 kr.\nPlats: Stadshuset\nMötet börjar klockan nio.")
    shown = [display for _, display in units(text)]
    assert "PIC-kod: Participant Identification Code, ett niosiffrigt nummer." in shown
    assert "Kommunen har en gemensam." in shown        # only the paragraph's first sentence
    assert "Kursen kostar 500 kr." in shown            # table markup is no term
    assert "Mötet börjar klockan nio." in shown        # nor is a line that states a fact
    assert [t for t, _ in units(text)][1] == "Participant Identification Code, ett niosiffrigt nummer."


def test_a_bare_yes_or_no_is_one_unit_with_the_sentence_that_explains_it():
    from ingest.units import units

    assert [t for t, _ in units("Får vi det? Nej. Det är inte tillåtet. Mer text.")] == [
        "Får vi det?", "Nej. Det är inte tillåtet.", "Mer text."]


def test_sentences_split_but_abbreviations_and_list_items_hold():
    assert split("Det gäller t.ex. resor. Detta sker årligen.\n- punkt ett\n- punkt två") == [
        "Det gäller t.ex. resor.", "Detta sker årligen.", "- punkt ett", "- punkt två"]


@pytest.mark.parametrize("text, value, currency", [
    ("€25,000", 25_000, "EUR"), ("EUR 4 000 000", 4_000_000, "EUR"), ("26,2 miljarder euro", 26.2e9, "EUR"),
    ("1,5 miljoner kronor", 1.5e6, "SEK"), ("SEK 3,500", 3_500, "SEK"), ("25 000 kr", 25_000, "SEK"),
    ("högst 60 procent", 60, "%"), ("tio procent", 10, "%"), ("1.5 million euros", 1.5e6, "EUR"),
    ("Det kostar inget att delta.", 0, ""), ("The course is free of charge.", 0, ""),
])
def test_amounts_are_read_in_every_usual_written_form(text, value, currency):
    from bot.engine.answer_types import amounts

    assert [(a.value, a.currency) for a in amounts(text)] == [(pytest.approx(value), currency)]


@pytest.mark.parametrize("kind, text", [
    ("count", "Gruppen får vara högst tolv personer."), ("count", "at least three partners"),
    ("date", "Ansök senast den 15 mars."), ("date", "by 1 October 2026"), ("date", "2026-02-12"),
    ("duration", "minst tre månader innan"), ("frequency", "Policyn revideras vart fjärde år."),
    ("duration", "The agreement is valid from 1 August 2025 to 30 June 2028."),  # how long: until when
    ("duration", "Avtalet gäller till och med 2027."),
    ("frequency", "reports twice a year"), ("cost", "Det kostar inget."), ("amount", "€25,000"),
    ("place", "Mötena hålls på Nolhaga slott."), ("place", "The team sleeps in the school gym."),
    ("place", "Besöksadress: Stora Torget 1, 441 30 Alingsås"), ("place", "Vi samlas i stadshuset."),
])
def test_facts_of_each_kind_are_recognised(kind, text):
    assert answer_types.has(kind, text)


@pytest.mark.parametrize("kind, text", [
    ("count", "En vänort i Norden."), ("count", "Leaderkafé: 24 mars 2026, kl. 18.00–20.00"),
    ("count", "In August 2025 Alingsås hosted the exchange."), ("count", "Kostnaden är 25 000 kronor."),
    ("frequency", "Samordnaren rapporterar till kommunstyrelsen."),
    ("amount", "Bidraget betalas ut i två delar."), ("date", "Ansökan görs av förvaltningen."),
    ("duration", "Rapporten skickas till kommunstyrelsen."),
    ("place", "Ansök senast 1 mars."), ("place", "Mötet börjar i mars och tar två timmar."),
])
def test_text_without_the_fact_does_not_pass_for_it(kind, text):
    assert not answer_types.has(kind, text)


@pytest.mark.parametrize("question, kind", [
    ("Hur ofta ska rapporten lämnas?", "frequency"), ("How often do we report?", "frequency"),
    ("What is the maximum grant?", "amount"), ("Kostar det något att delta?", "cost"),
    ("Does it cost anything?", "cost"), ("Hur långt i förväg ska jag boka tolk?", "duration"),
    ("Vilka nätverk är vi med i?", "list"), ("Vad är West Sweden?", "definition"),
])
def test_what_a_question_asks_for(question, kind):
    assert kind in answer_types.asked(question)


@pytest.mark.parametrize("question", ["Kan vi använda pengar från Svenska institutet till lön för vår personal?",
                                      "Does the budget cover travel?", "Får vi ta ut en avgift av deltagarna?"])
def test_a_yes_no_question_that_names_money_asks_whether_not_how_much(question):
    assert "amount" not in answer_types.asked(question) and "yesno" in answer_types.asked(question)
    assert "amount" in answer_types.asked("Is there a maximum amount for the grant?")


@pytest.mark.parametrize("text, expected", [
    ("@Omvärld @Bertil Berg vem beslutar om vänorter?", "vem beslutar om vänorter?"),
    ("<@U07QX2ZK1> Vad är West Sweden?", "Vad är West Sweden?"),
    ("<at>Omvärld</at> Hur söker jag?", "Hur söker jag?"),
    ("@U07QX2ZK1 who decides?", "who decides?"),
    ("skicka mejl till anna@example.se", "skicka mejl till anna@example.se"),
])
def test_people_mentioned_are_not_words_of_the_question(text, expected):
    from bot.engine.mentions import strip_mentions

    assert strip_mentions(text) == expected


def test_a_capitalised_word_the_glossary_translates_into_the_documents_is_no_unknown_name():
    glossary = Glossary.from_file(PROMPTS_DIR / "glossary.tsv")
    vocabulary = Vocabulary(["Information finns på svenska och engelska."])
    assert unknown_names("Is the information available in English?", vocabulary, glossary) == []
    assert unknown_names("Is the information available in Klingon?", vocabulary, glossary) == ["Klingon"]


def test_swedish_typed_without_a_ring_and_dots_gets_them_back_from_the_documents_words():
    vocabulary = Vocabulary(["Lärare kan söka Erasmus+ via skolan.", "Förvaltningen betalar resan.",
                             "Bara rektorn får söka.", "Man får bara bära en väska."])
    restore = lambda text, lang="sv": diacritics.restore(text, lang, vocabulary.accented)  # noqa: E731
    assert restore("kan jag som larare soka erasmus pa egen hand") == "kan jag som lärare söka erasmus på egen hand"
    assert restore("Nar betalar forvaltningen?") == "När betalar förvaltningen?"
    # the word as typed stays when the documents use it more ("bara", not "bära"), and so does a
    # function word ("har" is not "här")
    assert restore("far man bara ha med en vaska") == "får man bara ha med en väska"
    assert restore("vi har en larare") == "vi har en lärare"
    assert restore("var ligger kontoret och vad ska vara med") == "var ligger kontoret och vad ska vara med"
    # a message with any of the letters is as the asker meant it; English is left alone
    assert restore("Kan en larare söka?") == "Kan en larare söka?"
    assert restore("can a larare apply for this", "en") == "can a larare apply for this"


def test_what_a_question_names_exactly_and_what_a_text_lacks_of_it():
    named = specifics("Hur mycket fick Alingsås från KA220 under 2025 för resor över 4 000 km?")
    assert ("number", ("2025",)) in named and ("number", ("4000",)) in named and ("code", ("ka220",)) in named
    assert ("name", ("alingsås",)) in named and len(named) == 4
    assert missing_specifics(named, "Alingsås fick 2025 bidrag från KA220 för resor på 4 000 km eller mer.") == 0.0
    # the same words about another year and another distance: half of what was named is missing
    assert missing_specifics(named, "Alingsås fick 2026 bidrag från KA220 för resor på 3 000 km.") == 0.5
    assert specifics("Vad gäller för resor?") == []
    # a name the glossary translates is found in either language
    question = "Who heads the Culture and Leisure Department?"
    groups = Glossary.from_file(PROMPTS_DIR / "glossary.tsv", PROMPTS_DIR / "lexicon.tsv").groups(question)
    named = specifics(question, question_terms(question, groups))
    assert len(named) == 3 and missing_specifics(named, "Kultur- och fritidsförvaltningen leds av en chef.") == 0.0
    assert missing_specifics(named, "Socialförvaltningen leds av en chef.") == 2 / 3


def test_a_definition_names_its_subject_before_the_verb_that_defines_it_or_is_a_glossary_line():
    from bot.engine.evidence import defines_subject

    assert defines_subject("West Sweden är en ideell förening för EU-frågor.", ["west", "sweden"])
    assert defines_subject("PIC-kod: Participant Identification Code, ett niosiffrigt nummer.", ["pic-kod"])
    # the subject after the verb, or not before a colon: the sentence is about something else
    assert not defines_subject("This guide is only about the Municipal Partnership Programme.",
                               ["municipal", "partnership"])
    assert not defines_subject("Det är samordnarens uppgift att vara länken till West Sweden.", ["west", "sweden"])
    assert not defines_subject("Kontakt: EU-strategen har koll på PIC-koden.", ["pic-kod"])


def test_a_yes_no_question_marks_the_sentences_that_state_a_rule():
    import numpy as np

    from bot.engine.evidence import Asked, candidate_units
    from bot.engine.models import Passage

    passage = Passage("p", "Lunchen serveras i stadshuset klockan tolv. Alkohol får inte serveras vid luncher.",
                      "Besök", "besok.md", "", None, 0.5)
    vectors = lambda texts: np.ones((len(texts), 4), np.float32) / 2  # noqa: E731

    def marked(question: str, kinds: tuple[str, ...]) -> dict[str, float]:
        asked = Asked(question, "sv", np.ones(4, np.float32) / 2, kinds, [], [])
        return {u.text: u.features["rule_match"] for u in candidate_units(asked, [passage], [0.5], vectors, lambda p: "sv")}

    assert marked("Får vi servera vin till lunchen?", ("yesno",)) == {
        "Lunchen serveras i stadshuset klockan tolv.": 0.0, "Alkohol får inte serveras vid luncher.": 1.0}
    assert set(marked("Var serveras lunchen?", ()).values()) == {0.0}


def test_the_passages_shown_are_those_whose_sentences_answer_best_even_if_retrieved_later():
    import numpy as np

    from bot.engine.engine import PASSAGES, Analysis, shown
    from bot.engine.evidence import Asked, candidate_units
    from bot.engine.learned import Logistic, Params
    from bot.engine.models import Passage

    # eight retrieved passages; the sentence nearest the question is in the seventh
    nearness = [0.50, 0.45, 0.40, 0.35, 0.30, 0.25, 0.90, 0.20]
    passages = [Passage(f"p{i}", f"Mening nummer {i} om resor.", f"Dokument {i}", f"d{i}.md", "", None, 0.5)
                for i in range(len(nearness))]
    question = np.array([1.0, 0.0], np.float32)

    def vectors(texts):
        out = []
        for t in texts:
            sim = nearness[int(t.split("nummer ")[1].split()[0])]
            out.append([sim, float(np.sqrt(1 - sim * sim))])
        return np.array(out, np.float32)

    asked = Asked("Vad gäller för resor?", "sv", question, (), [], [])
    units = candidate_units(asked, passages, [0.5] * len(passages), vectors, lambda p: "sv")
    analysis = Analysis(text=asked.text, language="sv", asked=asked, intent=None, passages=passages, units=units,
                        unknown_terms=0.0, unknown_names=[], offtopic=0.0, domain_sim=0.0, injection=False,
                        creative=False)
    by_similarity = Logistic(("sim",), np.array([1.0]), 0.0, np.array([0.0]), np.array([0.1]))
    params = Params("test", by_similarity, by_similarity, by_similarity)

    chosen, kept = shown(analysis, params)
    assert [p.id for p in chosen] == ["p6", "p0", "p1", "p2", "p3"] and len(chosen) == PASSAGES
    # the units of the shown passages only, ranked as shown, compared among themselves
    assert sorted((u.passage.id, u.rank) for u in kept) == [("p0", 1), ("p1", 2), ("p2", 3), ("p3", 4), ("p6", 0)]
    assert max(u.features["sim_gap"] for u in kept) == 0.0
    assert min(u.features["sim_gap"] for u in kept) == pytest.approx(0.35 - 0.90)


def test_the_answer_model_sees_which_family_of_fact_is_asked_for_and_the_best_units_probability_within_it():
    import numpy as np

    from bot.engine.evidence import Asked, candidate_units
    from bot.engine.features import FAMILY_NAMES, decision_features
    from bot.engine.models import Passage

    passage = Passage("p", "Bidraget är högst 25 000 kronor per resa.", "Bidrag", "bidrag.md", "", None, 0.5)
    vectors = lambda texts: np.ones((len(texts), 4), np.float32) / 2  # noqa: E731

    def values(question: str, kinds: tuple[str, ...]) -> dict[str, float]:
        asked = Asked(question, "sv", np.ones(4, np.float32) / 2, kinds, [], [])
        units = candidate_units(asked, [passage], [0.5], vectors, lambda p: "sv")
        units[0].score = 0.4
        return decision_features(asked, units, units[:1], [passage], unknown_terms=0.0, unknown_names=0,
                                 offtopic=0.0, domain_sim=0.0)

    money = values("Hur mycket får man i bidrag?", ("amount",))
    assert money["asks_money"] == 1.0 and money["unit_p_money"] == pytest.approx(0.4)
    assert all(money[f"asks_{f}"] == 0.0 and money[f"unit_p_{f}"] == 0.0 for f in FAMILY_NAMES if f != "money")
    # "hur söker man" asks for the steps, which are quoted like a list
    steps = values("Hur söker man bidraget?", ("procedure",))
    assert steps["asks_list"] == 1.0 and steps["unit_p_list"] == pytest.approx(0.4) and steps["asks_money"] == 0.0
    plain = values("Berätta om bidraget", ())
    assert not any(plain[f"asks_{f}"] for f in FAMILY_NAMES) and plain["unit_p"] == pytest.approx(0.4)


def test_the_reader_reorders_the_sentence_models_best_units_and_reads_them_in_one_pass():
    import numpy as np

    from bot.engine.engine import rank_units
    from bot.engine.evidence import Unit
    from bot.engine.learned import Logistic, Params
    from bot.engine.models import Passage
    from bot.engine.reader import READ, Reading

    passage = Passage("p", "", "Dokument", "d.md", "", None, 0.5)
    sims = [0.9 - 0.05 * i for i in range(READ + 2)]  # the sentence model's order: s0, s1, …
    units = [Unit(passage, 0, i, f"s{i}", f"s{i}", "sv", sim, {"sim": sim}) for i, sim in enumerate(sims)]
    by_similarity = Logistic(("sim",), np.array([1.0]), 0.0, np.array([0.0]), np.array([0.1]))
    by_reader = Logistic(("sim", "reader"), np.array([0.1, 5.0]), 0.0, np.array([0.0, 0.0]), np.array([0.1, 1.0]))
    calls = []

    def scores(question, texts):  # made up: the reader finds the fact in s3 only
        calls.append(list(texts))
        return [4.0 if t == "s3" else -2.0 for t in texts]

    plain = Params("test", by_similarity, by_similarity, by_similarity)
    assert [u.display for u in rank_units(list(units), plain, Reading("Hur ofta?", scores))][:2] == ["s0", "s1"]
    assert calls == []  # no second model: the reader is not asked

    reranked = Params("test", by_similarity, by_similarity, by_similarity, rerank=by_reader)
    assert [u.display for u in rank_units(list(units), reranked)][0] == "s0"  # no reader: the first model's order
    reading = Reading("Hur ofta?", scores)
    ranked = rank_units(list(units), reranked, reading)
    assert ranked[0].display == "s3"
    assert calls == [[f"s{i}" for i in range(READ)]]  # the best READ units, in one pass
    # the units it did not read come after those it read, in the first model's order
    assert [u.display for u in ranked][-2:] == [f"s{READ}", f"s{READ + 1}"]
    rank_units(list(units), reranked, reading)
    assert len(calls) == 1  # read once per question

