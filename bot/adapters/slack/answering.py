"""A Slack message that is a question: claimed once, asked with its thread, the answer drawn."""
from __future__ import annotations

import logging
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from bot.engine.models import Turn
from bot.texts import guess_language, say

from .blocks import fallback_text, render
from .conversation import history_from, to_question
from .deps import PLATFORM, Deps
from .outbound import error_code

log = logging.getLogger(__name__)

POST_KIND = PLATFORM.post_kind


def answer_message(deps: Deps, *, event: dict, bot_user_id: str | None, reply_in_thread: bool,
                   set_status: Callable[[str], object] | None = None) -> None:
    """Answer one Slack message (a mention, a DM, an assistant-thread message) exactly once.

    The message's channel and ts are claimed first, so a retried event, or the same message
    arriving as both app_mention and message, is answered once. The thread so far becomes the
    question's history.
    """
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts")
    reply_ts = thread_ts or (ts if reply_in_thread else None)
    try:
        _answer_message(deps, event, bot_user_id, reply_ts, set_status)
    except SQLAlchemyError as e:  # Slack has had its 200 and will not retry: say so rather than nothing
        log.error("message %s in %s not answered: the store failed (%s)", ts, channel, type(e).__name__)
        try:
            deps.slack.post(channel, say("store_error", guess_language(event.get("text", ""))), thread_ts=reply_ts)
        except Exception as e:
            log.warning("could not tell %s in %s that the store failed (%s)", ts, channel, error_code(e))


def _answer_message(deps: Deps, event: dict, bot_user_id: str | None, reply_ts: str | None,
                    set_status: Callable[[str], object] | None) -> None:
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts")
    if not deps.store.claim_event(f"slack:message:{channel}:{ts}"):
        log.info("message %s in %s already answered; ignoring the repeat", ts, channel)
        return
    history: tuple[Turn, ...] = ()
    if thread_ts and thread_ts != ts:
        try:
            history = history_from(deps.slack.thread(channel, thread_ts), bot_user_id=bot_user_id, before_ts=ts)
        except Exception as e:  # answer without the thread rather than not at all
            log.warning("could not read thread %s in %s (%s)", thread_ts, channel, error_code(e))
    question = to_question(event, bot_user_id=bot_user_id, history=history)
    if set_status is not None:
        try:
            set_status(say("slack.searching", guess_language(question.text)))
        except Exception as e:
            log.warning("could not set status in %s (%s)", channel, error_code(e))
    asked = deps.coordinator.ask(question, {"channel": channel, "thread_ts": reply_ts})
    blocks = render(asked.answer, asked.ref, actions=bool(question.text))
    post_or_queue(deps, channel=channel, thread_ts=reply_ts, text=fallback_text(asked.answer.text),
                  blocks=blocks, key=f"answer:{asked.ref}")


def post_or_queue(deps: Deps, *, channel: str, thread_ts: str | None, text: str, blocks: list[dict],
                  key: str) -> None:
    """Post now; if Slack is not reachable, leave it to the deliverer to retry."""
    try:
        deps.slack.post(channel, text, blocks, thread_ts=thread_ts)
    except Exception as e:
        log.warning("posting %s to %s failed (%s); queued for retry", key, channel, error_code(e))
        deps.store.enqueue(POST_KIND, None, {"channel": channel, "thread_ts": thread_ts, "text": text,
                                             "blocks": blocks}, key)
