"""`python -m bot chat`: the engine in a terminal, for trying the bot without Slack or Teams.

A question in, the answer and its numbered sources out; a follow-up uses the last turns. When the
documents do not cover a question (or with CHAT_OFFER_ALWAYS=true, for any answer) it offers to
store the question for the coordinator in the local escalation store (`python -m bot escalations`
lists them); there is no card and no relayed reply in the terminal.
"""
from __future__ import annotations

import sys
from typing import Callable, TextIO

from bot.coordinator.ports import AnswerEngine
from bot.engine.models import Answer, Outcome, Question, Turn
from bot.store import Store
from bot.texts import say

YES = ("j", "ja", "y", "yes")


def print_sources(answer: Answer, out: TextIO | None = None) -> None:
    """"  [1] Document › Section  (https://…)" for each citation; an approved answer names no file.
    `out`: default the standard output of the moment (not the one there was at import)."""
    out = out or sys.stdout
    for c in answer.citations:
        where = c.passage.url or (c.passage.source if c.passage.kind != "approved" else "")
        print(f"  [{c.number}] {c.passage.label(answer.language)}" + (f"  ({where})" if where else ""), file=out)


def chat(engine: AnswerEngine, store: Store, *, asker: str = "terminal", offer_always: bool = False,
         read: Callable[[str], str] = input, out: TextIO | None = None) -> int:
    """Ask and answer until an empty line or end of input; returns the exit code (0). `out`: default
    the standard output of the moment."""
    out = out or sys.stdout
    history: list[Turn] = []
    print(say("terminal.welcome", "sv"), file=out)
    while True:
        try:
            text = read("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            print(file=out)
            return 0
        if not text:
            return 0
        answer = engine.answer(Question(text, asker, tuple(history[-6:])))
        print(answer.text, file=out)
        print_sources(answer, out)
        history += [Turn("user", text), Turn("assistant", answer.text)]
        if answer.outcome is Outcome.DECLINE or not (answer.outcome is Outcome.ESCALATE or offer_always):
            continue
        try:
            reply = read(say("terminal.offer", answer.language)).strip().lower()
        except (EOFError, KeyboardInterrupt):
            return 0
        if reply in YES:
            esc = store.create_escalation(
                platform="terminal", asker_id=asker, origin={"terminal": asker}, question=text,
                language=answer.language, bot_answer=answer.text,
                sources=[{"document": p.document, "section": p.section, "page": p.page, "url": p.url}
                         for p in answer.passages],
                reason=answer.reason)
            print(say("terminal.stored", answer.language, id=str(esc.id)), file=out)
