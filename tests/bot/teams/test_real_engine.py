"""One question through Teams to the real engine (offline, over the repository's policy)."""
from __future__ import annotations

from .conftest import anonymous_settings
from .fakes import personal, texts_of


def test_a_policy_question_in_teams_gets_the_policy_sentence_with_its_source(serve, connector, store,
                                                                             policy_engine):
    bot = serve(anonymous_settings(), policy_engine, store)
    bot.send(personal("Vem beslutar om nya formella vänorter?", connector.url))

    [reply] = connector.wait_for(lambda _: connector.messages("a:personal-29:anna"), timeout=60, what="the answer")
    shown = texts_of(reply.card)
    assert "Kommunfullmäktige beslutar om nya formella vänorter" in shown[0] and "[1]" in shown[0]
    assert shown[1] == "Källor"
    assert shown[2].startswith("1. ") and ("Internationell policy" in shown[2] or "Kontakter" in shown[2])
    assert [a["title"] for a in reply.card["actions"]] == ["👍 Bra svar", "👎 Inte bra", "Fråga samordnaren"]
