"""A scripted stand-in for the answer engine: canned Answers, and a record of the Questions it got."""
from __future__ import annotations

from bot.engine.models import Answer, Citation, Outcome, Passage

from ..fakes import ScriptedEngine as _ScriptedEngine


def passage(document: str = "Internationell policy", section: str = "Policy › Mål", page: int | None = 3,
            source: str = "internationell-policy.md") -> Passage:
    return Passage(id=f"{source}#{section}", text="…", document=document, source=source, section=section,
                   page=page, score=0.9)


def answered(text: str = "Kommunen ska delta i EU-program som Erasmus+ [1].", language: str = "sv",
             sources: list[Passage] | None = None) -> Answer:
    ps = sources if sources is not None else [passage()]
    return Answer(Outcome.ANSWER, text, language,
                  citations=[Citation(i + 1, p, "citat") for i, p in enumerate(ps)],
                  confidence=0.8, passages=ps, reason="strong evidence")


def escalated(text: str = "Det här hittar jag inte i kommunens dokument om det internationella arbetet.",
              language: str = "sv") -> Answer:
    return Answer(Outcome.ESCALATE, text, language, reason="nothing in the knowledge base")


def declined(text: str = "Jag svarar på frågor om Alingsås kommuns internationella arbete.",
             language: str = "sv") -> Answer:
    return Answer(Outcome.DECLINE, text, language, reason="off-topic")


class ScriptedEngine(_ScriptedEngine):
    def __init__(self, default: Answer | None = None) -> None:
        super().__init__(default or answered())


def serve_program(database) -> str:
    """A `python -c` program: what `python -m bot slack` runs (bot.app.serve with Slack alone, from
    the environment's settings), with this scripted engine instead of the real one."""
    return ("import sys; from bot.app.serve import ServeSettings, serve; from bot.app.settings import Settings; "
            "from bot.store import Store; from tests.bot.slack.fakes import ScriptedEngine; "
            "config = ServeSettings.from_settings(Settings.from_env(), only='slack'); "
            f"store = lambda: (s := Store.from_url('sqlite:///{database}'), s.create_schema())[0]; "
            "sys.exit(serve(config, engine_factory=ScriptedEngine, store_factory=store))")
