"""How `python -m bot eval` judges an answer (the README's "Measuring quality")."""
from __future__ import annotations

from bot.engine.evaluate import judge
from bot.engine.models import Answer, Outcome

ROW = {"expect": "answer", "retrieved_contains": "", "answer_contains_any": ["kostnadsfri"]}


def test_an_answer_quoting_page_chrome_is_wrong_but_a_word_that_merely_contains_it_is_not():
    forbidden = ["Dela", "Vi använder kakor"]
    quoted = Answer(Outcome.ANSWER, "“Diplomeringen är kostnadsfri.” [1]\nDela sidan", "sv")
    clean = Answer(Outcome.ANSWER, "“Diplomeringen är kostnadsfri och diplomen delas ut i maj.” [1]", "sv")
    assert judge(ROW, quoted, forbidden) == {"hit": False, "correct": False, "chrome": ["dela"]}
    assert judge(ROW, clean, forbidden) == {"hit": False, "correct": True}
