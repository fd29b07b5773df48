"""What the bot does with each Teams activity. Plain async callbacks over a TurnContext, wired
onto the SDK's AgentApplication by `register(app, bot)`.

- A message in a personal chat, or one that @mentions the bot in a channel or group chat, is a
  question (or, from a coordinator, a command: registrera/register, status, reindex, rapport/report;
  "status" from anyone else lists their own questions to the coordinator).
- A click on a card button arrives as a message whose `value` is the button's data (and the
  card's inputs).
- A coordinator's message in the thread of an escalation card is part of the answer to relay;
  the reply is every such message, in order.
- "Spara som godkänt svar" opens a review on the card (the question and the whole reply,
  editable, and the language); its Spara saves exactly what was submitted, Avbryt nothing.
- `godkända` (coordinators) lists the approved answers to review, with Bekräfta igen / Ta bort.
The engine and the store are synchronous; they run in worker threads, off the event loop.
Saving, re-confirming or withdrawing an approved answer (an ingest: seconds) runs after the turn
has ended; its confirmation goes through the outbox.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Callable

from microsoft_agents.activity import Activity
from microsoft_agents.hosting.core import TurnContext

from ..approved import ApprovalError
from ..coordinator import (
    Review, approve, approved_name, chart_for_card, failed_pages, kept_sources, relay_reply, shown_sources,
    submitted_review,
)
from ..models import Answer, Outcome, Question
from ..ports import AnswerEngine, ApprovedAnswers, KnowledgeSummary, MakeReport, Reindex, StatusText
from ..reminders import status_for_asker, status_text
from ..report import main_chart_png, summary_text
from ..store import OPEN_STATUSES, Escalation, Store
from . import cards
from .conversation import (
    History, asker_id_of, kind_of, language_hint, mentions_bot, question_text, sender_ids, sender_name, to_question,
)
from .delivery import CARD_KIND, COORDINATOR_KEY, PLATFORM, POST_KIND, RELAY_KIND
from .proactive import where_of
from .settings import TeamsSettings
from .texts import bilingual, phrase

log = logging.getLogger(__name__)

REGISTER, STATUS, REINDEX, REPORT, REPORT_EN = "register", "status", "reindex", "rapport", "report"
APPROVED = "approved"
COMMANDS = {"register": REGISTER, "registrera": REGISTER, "status": STATUS,
            "reindex": REINDEX, "indexera": REINDEX, "omindexera": REINDEX, "indexera om": REINDEX,
            "rapport": REPORT, "report": REPORT_EN, "godkända": APPROVED, "godkanda": APPROVED, "approved": APPROVED}


def command_of(text: str) -> str | None:
    """The coordinator command a message is, if it is nothing but one."""
    return COMMANDS.get(" ".join(text.lower().lstrip("/").split()))


class TeamsBot:
    def __init__(self, settings: TeamsSettings, engine: AnswerEngine, store: Store, *, history: History,
                 reindex: Reindex | None = None, status_text: StatusText | None = None,
                 knowledge_summary: KnowledgeSummary | None = None, approvals: ApprovedAnswers | None = None,
                 make_report: MakeReport | None = None, sender=None) -> None:
        """`sender` (proactive.TeamsSender) redraws a card after the turn, once an answer is approved."""
        self.settings = settings
        self.engine = engine
        self.store = store
        self.history = history
        self.reindex = reindex
        self.status_text = status_text
        self.knowledge_summary = knowledge_summary
        self.approvals = approvals
        self.make_report = make_report
        self.sender = sender
        self._background: set[asyncio.Task] = set()

    # --- entry points ---------------------------------------------------------------------

    async def on_message(self, context: TurnContext, _state=None) -> None:
        activity = context.activity
        value = activity.value if isinstance(activity.value, dict) else None
        if value and str(value.get("verb", "")).startswith("omvarld."):
            await self.on_card_action(context, value)
            return
        text = question_text(activity)
        personal = kind_of(activity) == "personal"
        if not personal:
            esc = await self._run(self.store.find_by_card, PLATFORM, activity.conversation.id)
            if esc is not None and not command_of(text):
                await self._thread_reply(context, esc, text)
                return
            if not mentions_bot(activity):
                return  # with RSC Teams sends every channel message; answer only when asked
        if not await self._run(self.store.claim_event, f"teams:{activity.conversation.id}:{activity.id}"):
            log.info("activity %s in %s already handled; ignoring the repeat", activity.id, activity.conversation.id)
            return
        command = command_of(text)
        if command:
            await self._command(context, command)
        else:
            await self._answer(context, text)

    async def on_card_action(self, context: TurnContext, value: dict) -> None:
        verb = value.get("verb")
        if verb == cards.FEEDBACK:
            await self._feedback(context, value)
        elif verb == cards.ESCALATE:
            await self._escalate(context, value)
        elif verb in (cards.ANSWER, cards.RESOLVE, cards.APPROVE, cards.APPROVE_CANCEL):
            await self._coordinator_action(context, verb, value)
        elif verb in (cards.APPROVED_RECONFIRM, cards.APPROVED_WITHDRAW):
            await self._approved_action(context, verb, value)
        else:
            log.warning("unknown card action %r in %s", verb, context.activity.conversation.id)

    async def on_members_added(self, context: TurnContext, _state=None) -> None:
        """Say what the bot is for when someone installs it in a personal chat."""
        activity = context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        if kind_of(activity) == "personal" and any(m.id == bot_id for m in activity.members_added or []):
            language = language_hint(activity.locale) or "sv"
            await context.send_activity(cards.text_activity(phrase("greeting", language)))

    async def on_error(self, context: TurnContext, error: Exception) -> None:
        activity = context.activity
        log.error("turn failed for activity %s in %s (%s)", activity.id,
                  activity.conversation.id if activity.conversation else "?", type(error).__name__,
                  exc_info=error)
        try:
            await context.send_activity(cards.text_activity(bilingual("error")))
        except Exception as e:
            log.warning("could not tell %s about the error (%s)", activity.conversation.id, type(e).__name__)

    # --- questions ------------------------------------------------------------------------

    async def _answer(self, context: TurnContext, text: str) -> None:
        activity = context.activity
        conversation_id = activity.conversation.id
        question = to_question(activity, self.history.get(conversation_id))
        where = where_of(context)
        answer, ref = await self._run(self._ask, question, where)
        reply = cards.render(answer, ref)
        try:
            await context.send_activity(reply)
        except Exception as e:  # the connector is down: the deliverer sends it when it is back
            log.warning("answer %s to %s not sent (%s); queued for retry", ref, conversation_id, type(e).__name__)
            payload = {"where": where, "activity": reply.model_dump(mode="json", by_alias=True, exclude_none=True)}
            await self._run(self.store.enqueue, POST_KIND, None, payload, f"{POST_KIND}:answer:{ref}")
        if question.text:
            self.history.add(conversation_id, question.text, answer.text)

    def _ask(self, question: Question, where: dict) -> tuple[Answer, int]:
        """The engine's answer and the reference under which it is stored (for its buttons).
        If the engine fails, the asker gets a friendly line and the coordinator button instead."""
        started = time.perf_counter()
        try:
            answer = self.engine.answer(question)
        except Exception:
            log.exception("engine failed on a question from %s", question.asker_id)
            language = question.language_hint or "sv"
            answer = Answer(Outcome.ESCALATE, phrase("error", language), language, reason="engine error")
        latency_ms = int((time.perf_counter() - started) * 1000)
        ref = self.store.log_question(
            PLATFORM, question.asker_id, question.text, answer.language, answer.outcome.value,
            kept_sources(answer, cards.sources_of(answer)), latency_ms, answer_text=answer.text, reason=answer.reason, origin=where)
        log.info("answered %s for %s: %s in %d ms", ref, question.asker_id, answer.outcome.value, latency_ms)
        return answer, ref

    # --- the asker's buttons --------------------------------------------------------------

    async def _feedback(self, context: TurnContext, value: dict) -> None:
        vote = value.get("value")
        record = await self._run(self._question_record, value.get("answer_ref"))
        if record is None or vote not in ("up", "down"):
            await context.send_activity(cards.text_activity(bilingual("gone")))
            return
        await self._run(self.store.add_feedback, PLATFORM, asker_id_of(context.activity), str(record.id),
                        record.question, vote, record.sources)
        log.info("feedback %s on answer %s", vote, record.id)
        thanked = cards.answer_card(outcome=record.outcome, text=record.answer_text, language=record.language,
                                    sources=shown_sources(record.sources), answer_ref=record.id, feedback=vote)
        if not await self._update_card(context, context.activity.reply_to_id, cards.card_activity(thanked)):
            await context.send_activity(cards.text_activity(phrase("thanks_up" if vote == "up" else "thanks_down",
                                                                   record.language)))

    async def _escalate(self, context: TurnContext, value: dict) -> None:
        record = await self._run(self._question_record, value.get("answer_ref"))
        if record is None:
            await context.send_activity(cards.text_activity(bilingual("gone")))
            return
        if await self._run(self.store.get_value, COORDINATOR_KEY) is None:
            log.warning("answer %s: escalation asked for, but no coordinator channel is registered", record.id)
            await context.send_activity(cards.text_activity(phrase("no_coordinator", record.language)))
            return
        activity = context.activity
        origin = {**where_of(context), "asker_name": sender_name(activity)}
        esc = await self._run(
            lambda: self.store.create_escalation(
                PLATFORM, asker_id_of(activity), origin, record.question, record.language, record.answer_text,
                record.sources, record.reason, key=f"{PLATFORM}:answer:{record.id}", deliver_as=CARD_KIND))
        if esc.is_new:
            log.info("escalation %s stored for answer %s in %s", esc.id, record.id, activity.conversation.id)
        key = "sent" if esc.is_new else "already_sent"
        await context.send_activity(cards.text_activity(phrase(key, record.language, id=str(esc.id))))

    def _question_record(self, ref):
        try:
            return self.store.get_question(int(ref))
        except (TypeError, ValueError):
            return None

    # --- the coordinator ------------------------------------------------------------------

    def _is_coordinator(self, activity: Activity) -> bool:
        return self.settings.is_coordinator(*sender_ids(activity))

    async def _coordinator_action(self, context: TurnContext, verb: str, value: dict) -> None:
        activity = context.activity
        if not self._is_coordinator(activity):
            log.info("card action %s by a non-coordinator in %s refused", verb, activity.conversation.id)
            await context.send_activity(cards.text_activity(bilingual("card_coordinators_only")))
            return
        esc = await self._run(self._escalation, value.get("escalation_id"))
        if esc is None:
            await context.send_activity(cards.text_activity(bilingual("gone")))
            return
        who = sender_name(activity)
        if verb == cards.ANSWER:
            reply = str(value.get(cards.REPLY_INPUT) or "").strip()
            if not reply:
                await context.send_activity(cards.text_activity(bilingual("empty_reply")))
                return
            await self._relay(context, esc, reply)
        elif verb == cards.RESOLVE:
            await self._run(self.store.mark_resolved, esc.id, who)
            log.info("escalation %s resolved", esc.id)
            await self._refresh_card(context, esc.id)
        elif verb == cards.APPROVE_CANCEL:
            log.info("escalation %s: review cancelled; nothing saved", esc.id)
            await self._refresh_card(context, esc.id)  # the review folds away, its edits gone
        elif verb == cards.APPROVE:
            await self._review_submitted(context, esc, value, who)

    async def _review_submitted(self, context: TurnContext, esc: Escalation, value: dict, who: str) -> None:
        """Spara under "Spara som godkänt svar": save exactly the submitted question, answer and
        language (after the turn: an ingest takes seconds)."""
        activity = context.activity
        if cards.REVIEW_ANSWER not in value:  # no review on the card: no reply yet, or a card drawn before it
            key = "review_in_card" if esc.reply_text else "nothing_to_approve"
            await context.send_activity(cards.text_activity(bilingual(key)))
            if esc.reply_text:
                await self._refresh_card(context, esc.id)
            return
        if self.approvals is None:
            await context.send_activity(cards.text_activity(bilingual("approve_unavailable")))
            return
        review, problems = submitted_review(esc.id, value.get(cards.REVIEW_QUESTION), value.get(cards.REVIEW_ANSWER),
                                            value.get(cards.REVIEW_LANGUAGE))
        if problems:
            await context.send_activity(cards.text_activity(" ".join(bilingual(k) for k in problems.values())))
            return
        self._after_turn(self._approve(review, who, where_of(context), f"{activity.conversation.id}:{activity.id}"))

    def _after_turn(self, work) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)  # held until done: the loop keeps only a weak reference
        task.add_done_callback(self._background.discard)

    async def _approve(self, review: Review, who: str, where: dict, click: str) -> None:
        """After the turn: save the submitted review as an approved answer (an ingest), then say so
        where the coordinator clicked (through the outbox, so it is sent even if Teams is briefly
        away) and redraw the card without its button."""
        try:
            text = await self._run(self._save_approved, review, who)
            await self._say_later(where, text, f"{POST_KIND}:approved:{click}")
        except Exception:  # nobody awaits this task: say it here
            log.exception("approving escalation %s failed after the click", review.escalation_id)
            return
        await self._redraw_card(review.escalation_id)

    def _save_approved(self, review: Review, who: str) -> str:
        """Save and mark approved; returns what to tell the coordinator."""
        try:
            saved = approve(self.store, self.approvals, review, who)
        except ApprovalError as e:
            log.warning("escalation %s not saved as an approved answer: %s", review.escalation_id, e)
            return bilingual("approve_failed")
        except Exception:
            log.exception("saving escalation %s as an approved answer failed", review.escalation_id)
            return bilingual("approve_failed")
        return cards.approved_text(who, saved.file, saved.first_line)

    async def _say_later(self, where: dict, text: str, key: str) -> None:
        """A plain message into `where` through the outbox (retried until Teams takes it)."""
        activity = cards.text_activity(text)
        payload = {"where": where, "activity": activity.model_dump(mode="json", by_alias=True, exclude_none=True)}
        await self._run(self.store.enqueue, POST_KIND, None, payload, key)

    # --- approved answers to review ------------------------------------------------------

    async def _approved_action(self, context: TurnContext, verb: str, value: dict) -> None:
        """Bekräfta igen / Ta bort on the `godkända` list: done after the turn (an ingest), then
        said through the outbox and the list redrawn."""
        activity = context.activity
        if not self._is_coordinator(activity):
            log.info("card action %s by a non-coordinator in %s refused", verb, activity.conversation.id)
            await context.send_activity(cards.text_activity(bilingual("card_coordinators_only")))
            return
        if self.approvals is None:
            await context.send_activity(cards.text_activity(bilingual("approve_unavailable")))
            return
        self._after_turn(self._change_approved(verb, str(value.get("source") or ""), sender_name(activity),
                                               where_of(context), activity.reply_to_id,
                                               f"{activity.conversation.id}:{activity.id}"))

    async def _change_approved(self, verb: str, source: str, who: str, where: dict, list_id: str | None,
                               click: str) -> None:
        try:
            note = await self._run(self._reconfirm_or_withdraw, verb, source, who)
            await self._say_later(where, note, f"{POST_KIND}:approved-list:{click}")
            if self.sender is not None and list_id:
                items = await self._run(self.approvals.stale)
                listed = cards.card_activity(cards.approved_list_card(items, note), summary=note)
                await self.sender.update(where, list_id, listed)
        except Exception:  # nobody awaits this task: say it here
            log.exception("approved answer %s: %s failed after the click", source, verb)

    def _reconfirm_or_withdraw(self, verb: str, source: str, who: str) -> str:
        """Do it; returns what to tell the coordinator."""
        try:
            if verb == cards.APPROVED_RECONFIRM:
                review_by = self.approvals.reconfirm(source, who)
                text = bilingual("approved_reconfirmed", by=who, file=source, date=review_by.isoformat())
            else:
                self.approvals.withdraw(source, who)
                text = bilingual("approved_withdrawn", by=who, file=source)
        except ApprovalError as e:
            log.warning("approved answer %s: %s refused (%s)", source, verb, e)
            return bilingual("approved_action_failed")
        except Exception:
            log.exception("approved answer %s: %s failed", source, verb)
            return bilingual("approved_action_failed")
        log.info("approved answer %s: %s", source, verb)
        return text

    async def _redraw_card(self, escalation_id: int) -> None:
        """The card redrawn outside a turn (best effort, like _refresh_card)."""
        esc = await self._run(self.store.get_escalation, escalation_id)
        if self.sender is None or esc is None or not esc.card or not esc.card.get("activity_id"):
            return
        activity = cards.card_activity(cards.escalation_card(esc), summary=cards.card_summary(esc))
        try:
            await self.sender.update(esc.card["where"], esc.card["activity_id"], activity)
        except Exception as e:
            log.warning("card of escalation %s not updated (%s)", escalation_id, type(e).__name__)

    async def _thread_reply(self, context: TurnContext, esc: Escalation, text: str) -> None:
        """A message in an escalation card's thread: the coordinator's answer, relayed once."""
        activity = context.activity
        if not self._is_coordinator(activity):
            log.info("escalation %s: a non-coordinator wrote in the card's thread; not relayed", esc.id)
            if mentions_bot(activity):
                await context.send_activity(cards.text_activity(bilingual("reply_not_relayed")))
            return
        if text:
            await self._relay(context, esc, text)

    async def _relay(self, context: TurnContext, esc: Escalation, reply: str) -> None:
        """Add the message to the escalation's reply and queue it for the asker (stored before it
        is sent, once per Teams message), then redraw the card (its review shows the whole reply)."""
        activity = context.activity
        author = sender_name(activity)
        key = f"{RELAY_KIND}:{esc.id}:{activity.conversation.id}:{activity.id}"
        order = activity.timestamp.isoformat() if activity.timestamp else None
        queued = await self._run(lambda: relay_reply(self.store, esc.id, reply, author, kind=RELAY_KIND,
                                                     message_key=key, order=order))
        if not queued:
            log.info("escalation %s: reply %s already queued", esc.id, activity.id)
            return
        log.info("escalation %s: reply %s queued for the asker", esc.id, activity.id)
        await self._refresh_card(context, esc.id)

    async def _refresh_card(self, context: TurnContext, escalation_id: int) -> None:
        """Redraw the coordinator's card with the escalation's state. Best effort: a card that is
        not redrawn is cosmetic."""
        esc = await self._run(self.store.get_escalation, escalation_id)
        if esc is None or not esc.card:
            return
        activity = cards.card_activity(cards.escalation_card(esc), summary=cards.card_summary(esc))
        await self._update_card(context, esc.card.get("activity_id") or context.activity.reply_to_id, activity)

    async def _update_card(self, context: TurnContext, activity_id: str | None, activity: Activity) -> bool:
        if not activity_id:
            return False
        activity.id = activity_id
        try:
            await context.update_activity(activity)
            return True
        except Exception as e:
            log.warning("card %s in %s not updated (%s)", activity_id, context.activity.conversation.id,
                        type(e).__name__)
            return False

    def _escalation(self, escalation_id) -> Escalation | None:
        try:
            esc = self.store.get_escalation(int(escalation_id))
        except (TypeError, ValueError):
            return None
        return esc if esc is not None and esc.platform == PLATFORM else None

    # --- commands ---------------------------------------------------------------------------

    async def _command(self, context: TurnContext, command: str) -> None:
        activity = context.activity
        if command == STATUS and not self._is_coordinator(activity):
            await self._own_status(context)
            return
        if not self._is_coordinator(activity):
            log.info("command %s by a non-coordinator in %s refused", command, activity.conversation.id)
            await context.send_activity(cards.text_activity(bilingual("coordinators_only")))
            return
        if command == REGISTER:
            where = {**where_of(context), "registered_by": asker_id_of(activity)}
            await self._run(self.store.set_value, COORDINATOR_KEY, where)
            log.info("coordinator conversation registered: %s (%s)", activity.conversation.id, where["kind"])
            await context.send_activity(cards.text_activity(bilingual("registered")))
        elif command == STATUS:
            open_ = await self._run(self.store.list_escalations, OPEN_STATUSES)
            last = await self._run(self._last_ingest)
            failed = await self._run(self._failed_pages)
            await context.send_activity(cards.card_activity(cards.status_card(open_, last, failed)))
        elif command == REINDEX:
            if self.reindex is None:
                await context.send_activity(cards.text_activity(bilingual("reindex_unavailable")))
                return
            await context.send_activity(cards.text_activity(bilingual("reindex_started")))
            try:
                summary = await self._run(self.reindex)
            except Exception:
                log.exception("reindex asked for in %s failed", activity.conversation.id)
                await context.send_activity(cards.text_activity(bilingual("reindex_failed")))
                return
            await context.send_activity(cards.text_activity(cards.reindex_text(summary or {})))
        elif command in (REPORT, REPORT_EN):
            await self._report(context, "en" if command == REPORT_EN else "sv")
        elif command == APPROVED:
            await self._approved_list(context)

    async def _approved_list(self, context: TurnContext) -> None:
        """The approved answers past their review date or relying on a changed document."""
        if self.approvals is None:
            await context.send_activity(cards.text_activity(bilingual("approve_unavailable")))
            return
        try:
            items = await self._run(self.approvals.stale)
        except Exception:
            log.exception("listing the approved answers to review failed in %s", context.activity.conversation.id)
            await context.send_activity(cards.text_activity(bilingual("approved_action_failed")))
            return
        title = bilingual("approved_list_title", count=str(len(items)))
        await context.send_activity(cards.card_activity(cards.approved_list_card(items), summary=title))

    async def _own_status(self, context: TurnContext) -> None:
        """The sender's own escalations, newest first, in their client's language."""
        activity = context.activity
        items = await self._run(status_for_asker, self.store, asker_id_of(activity))
        text = status_text(items, language_hint(activity.locale) or "sv")
        await context.send_activity(cards.card_activity(cards.own_status_card(text), summary=text))

    async def _report(self, context: TurnContext, language: str) -> None:
        """The last 28 days: the summary and the chart, as a card where the coordinator asked."""
        if self.make_report is None:
            await context.send_activity(cards.text_activity(bilingual("report_unavailable")))
            return
        try:
            content, summary = await self._run(self._report_card, language)
        except Exception:
            log.exception("report asked for in %s failed", context.activity.conversation.id)
            await context.send_activity(cards.text_activity(bilingual("report_failed")))
            return
        await context.send_activity(cards.card_activity(content, summary=summary))

    def _report_card(self, language: str) -> tuple[dict, str]:
        made = self.make_report()
        summary = summary_text(made, language)
        alt = "Frågor per vecka" if language == "sv" else "Questions per week"
        return cards.report_card(summary, chart_for_card(main_chart_png(made)), alt), summary

    def _last_ingest(self) -> str:
        """One line on the state of the knowledge for `status`; empty if nobody said how to know."""
        try:
            if self.status_text is not None:
                return self.status_text()
            if self.knowledge_summary is not None:
                return cards.last_ingest_of(self.knowledge_summary())
        except Exception as e:  # the status still lists the escalations
            log.warning("could not read the state of the knowledge (%s)", type(e).__name__)
        return ""

    def _failed_pages(self) -> list[str]:
        """The web pages of urls.txt whose last fetch failed, for `status`."""
        return failed_pages(self.knowledge_summary)

    @staticmethod
    async def _run(func: Callable, *args):
        """A blocking call (engine, store, reindex) in a worker thread."""
        return await asyncio.to_thread(func, *args)


def register(app, bot: TeamsBot) -> None:
    """Wire the bot's callbacks onto an AgentApplication."""
    app.conversation_update("membersAdded")(bot.on_members_added)
    app.message()(bot.on_message)
    app.error(bot.on_error)
