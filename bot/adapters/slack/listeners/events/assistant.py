"""Slack's assistant surface (the split view): a Swedish greeting with suggested prompts, a
"searching the documents…" status while the engine works, then the answer in the thread."""
from __future__ import annotations

from typing import Callable

from slack_bolt import App, Assistant

from bot.texts import entry
from bot.texts import say as text

from ...answering import answer_message
from ...deps import Deps


def build_assistant(deps: Deps) -> Assistant:
    assistant = Assistant()

    @assistant.thread_started
    def start(say: Callable[[str], object], set_suggested_prompts):  # Bolt passes them by name
        say(text("greeting", "sv"))
        set_suggested_prompts(prompts=[{"title": t, "message": m} for t, m in entry("slack.suggested_prompts", "sv")],
                              title=text("slack.prompts_title", "sv"))

    @assistant.thread_context_changed
    def context_changed():
        """The channel the user is looking at does not change what the documents say."""

    @assistant.user_message
    def user_message(payload, context, set_status):
        answer_message(deps, event=payload, bot_user_id=context.bot_user_id, reply_in_thread=True,
                       set_status=set_status)

    return assistant


def register(app: App, deps: Deps) -> None:
    app.assistant(build_assistant(deps))
