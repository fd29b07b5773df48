"""Teams activities to Questions, and the bounded in-memory history that stands in for a thread."""
from __future__ import annotations

from microsoft_agents.activity import Activity

from bot.models import Turn
from bot.teams.conversation import History, language_hint, mentions_bot, plain_text, to_question

from .fakes import BERTIL, channel, personal


def test_channel_mention_is_removed_but_other_mentions_stay_as_at_names():
    raw = channel("vad gör <at>Bertil Kollega</at> i West Sweden?", "http://127.0.0.1:1/")
    raw["entities"].append({"type": "mention", "text": "<at>Bertil Kollega</at>", "mentioned": dict(BERTIL)})
    activity = Activity.model_validate(raw)
    question = to_question(activity)
    assert question.text == "vad gör @Bertil Kollega i West Sweden?"
    assert (question.asker_id, question.language_hint) == ("aad-anna", "sv")
    assert mentions_bot(activity)
    assert not mentions_bot(Activity.model_validate(channel("hej", "http://127.0.0.1:1/", mention=False)))


def test_personal_message_keeps_its_text_and_knows_the_language_from_the_locale():
    activity = Activity.model_validate(personal("  What is   Erasmus+?  ", "http://127.0.0.1:1/", locale="en-US"))
    question = to_question(activity, (Turn("user", "Hej"),))
    assert (question.text, question.language_hint, question.history) == ("What is Erasmus+?", "en",
                                                                          (Turn("user", "Hej"),))
    assert language_hint("de-DE") is None and language_hint(None) is None


def test_html_from_the_teams_client_becomes_plain_text():
    assert plain_text("<p>Vad &amp; hur?</p><br/>Tack&nbsp;!") == "Vad & hur? Tack !"


def test_history_keeps_the_last_turns_of_each_conversation_and_forgets_the_oldest_conversations():
    history = History(turns=4, conversations=2)
    for i in range(3):
        history.add("a", f"fråga {i}", f"svar {i}")
    assert [t.text for t in history.get("a")] == ["fråga 1", "svar 1", "fråga 2", "svar 2"]
    history.add("b", "b?", "b!")
    history.add("c", "c?", "c!")
    assert history.get("a") == () and len(history) == 2
    assert history.get("unknown") == ()
