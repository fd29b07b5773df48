"""Ask the engine, remember the answer, show it: the path every question takes."""
from __future__ import annotations

import logging
import time
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from ..coordinator import kept_sources
from ..models import Answer, Outcome, Question
from .blocks import fallback_text, render, sources_of
from .conversation import history_from, to_question
from .deps import PLATFORM, Deps
from .outbound import error_code
from .texts import guess_language, phrase

log = logging.getLogger(__name__)

POST_KIND = "slack.post"


def ask(deps: Deps, question: Question, origin: dict) -> tuple[Answer, int]:
    """The engine's answer and the reference under which it is stored (for its buttons).

    If the engine fails, the asker gets a friendly line and the coordinator button instead.
    """
    started = time.perf_counter()
    try:
        answer = deps.engine.answer(question)
    except Exception:
        log.exception("engine failed on a question from %s in %s", question.asker_id, origin.get("channel"))
        language = question.language_hint or guess_language(question.text)
        answer = Answer(Outcome.ESCALATE, phrase("error", language), language, reason="engine error")
    latency_ms = int((time.perf_counter() - started) * 1000)
    ref = deps.store.log_question(
        PLATFORM, question.asker_id, question.text, answer.language, answer.outcome.value,
        kept_sources(answer, sources_of(answer)), latency_ms, answer_text=answer.text, reason=answer.reason,
        origin=origin)
    log.info("answered %s for %s in %s: %s in %d ms", ref, question.asker_id, origin.get("channel"),
             answer.outcome.value, latency_ms)
    return answer, ref


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
            deps.slack.post(channel, phrase("store_error", guess_language(event.get("text", ""))),
                            thread_ts=reply_ts)
        except Exception as e:
            log.warning("could not tell %s in %s that the store failed (%s)", ts, channel, error_code(e))


def _answer_message(deps: Deps, event: dict, bot_user_id: str | None, reply_ts: str | None,
                    set_status: Callable[[str], object] | None) -> None:
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts")
    if not deps.store.claim_event(f"slack:message:{channel}:{ts}"):
        log.info("message %s in %s already answered; ignoring the repeat", ts, channel)
        return
    history = ()
    if thread_ts and thread_ts != ts:
        try:
            history = history_from(deps.slack.thread(channel, thread_ts), bot_user_id=bot_user_id, before_ts=ts)
        except Exception as e:  # answer without the thread rather than not at all
            log.warning("could not read thread %s in %s (%s)", thread_ts, channel, error_code(e))
    question = to_question(event, bot_user_id=bot_user_id, history=history)
    if set_status is not None:
        try:
            set_status(phrase("searching", guess_language(question.text)))
        except Exception as e:
            log.warning("could not set status in %s (%s)", channel, error_code(e))
    origin = {"channel": channel, "thread_ts": reply_ts}
    answer, ref = ask(deps, question, origin)
    blocks = render(answer, ref, actions=bool(question.text))
    post_or_queue(deps, channel=channel, thread_ts=reply_ts, text=fallback_text(answer.text),
                  blocks=blocks, key=f"answer:{ref}")


def post_or_queue(deps: Deps, *, channel: str, thread_ts: str | None, text: str, blocks: list[dict],
                  key: str) -> None:
    """Post now; if Slack is not reachable, leave it to the deliverer to retry."""
    try:
        deps.slack.post(channel, text, blocks, thread_ts=thread_ts)
    except Exception as e:
        log.warning("posting %s to %s failed (%s); queued for retry", key, channel, error_code(e))
        deps.store.enqueue(POST_KIND, None, {"channel": channel, "thread_ts": thread_ts, "text": text,
                                             "blocks": blocks}, key)
