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
from typing import Any, Callable

from microsoft_agents.activity import Activity, InvokeResponse
from microsoft_agents.hosting.core import TurnContext
from sqlalchemy.exc import SQLAlchemyError

from bot.coordinator.usecases import Coordinator, Refused
from bot.coordinator.workflow import Review, chart_for_card, reindex_text, shown_sources
from bot.store import Escalation
from bot.texts import bilingual, say

from . import cards
from .conversation import (
    History,
    asker_id_of,
    kind_of,
    language_hint,
    mentions_bot,
    question_text,
    sender_ids,
    sender_name,
    to_question,
)
from .delivery import COORDINATOR_KEY, POST_KIND, RELAY_KIND
from .proactive import TeamsSender, where_of

log = logging.getLogger(__name__)

REGISTER, STATUS, REINDEX, REPORT, REPORT_EN = "register", "status", "reindex", "rapport", "report"
APPROVED = "approved"
COMMANDS = {"register": REGISTER, "registrera": REGISTER, "status": STATUS,
            "reindex": REINDEX, "indexera": REINDEX, "omindexera": REINDEX, "indexera om": REINDEX,
            "rapport": REPORT, "report": REPORT_EN, "godkända": APPROVED, "godkanda": APPROVED, "approved": APPROVED}


def command_of(text: str) -> str | None:
    """The coordinator command a message is, if it is nothing but one."""
    return COMMANDS.get(" ".join(text.lower().lstrip("/").split()))


def _ids(activity: Activity) -> tuple[str, ...]:
    """The sender's ids, the one stored first (the Entra object id, else the Teams id), then the Teams id."""
    teams_id, _ = sender_ids(activity)
    return (asker_id_of(activity), teams_id)


def _names(activity: Activity) -> dict[str, str]:
    """The sender's stored id → display name, for drawing a card in this turn."""
    return {asker_id_of(activity): sender_name(activity)}


class TeamsBot:
    def __init__(self, coordinator: Coordinator, *, history: History, sender: TeamsSender | None = None) -> None:
        """`sender` redraws cards after the turn (once an answer is approved, a list changed)."""
        self.coordinator = coordinator
        self.store = coordinator.store
        self.history = history
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
            esc = await self._run(self.coordinator.card_thread, activity.conversation.id)
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
            await self._answer(context)

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

    async def on_card_invoke(self, context: TurnContext, _state=None) -> None:
        """An `adaptiveCard/action` invoke (a card's Action.Execute, as newer Teams clients may send):
        the same actions as a submitted card, and the invoke response Teams waits for."""
        value: dict = context.activity.value if isinstance(context.activity.value, dict) else {}
        action: dict = value["action"] if isinstance(value.get("action"), dict) else {}
        data: dict = action["data"] if isinstance(action.get("data"), dict) else {}
        verb = action.get("verb") or data.get("verb")
        if isinstance(verb, str) and verb.startswith("omvarld."):
            await self.on_card_action(context, {**data, "verb": verb})
            status, body = 200, {"statusCode": 200, "type": "application/vnd.microsoft.activity.message",
                                 "value": "OK"}
        else:
            log.info("card invoke with an unknown action in %s refused", context.activity.conversation.id)
            status, body = 400, {"statusCode": 400, "type": "application/vnd.microsoft.error",
                                 "value": {"code": "BadRequest", "message": "unknown action"}}
        await context.send_activity(Activity(type="invokeResponse", value=InvokeResponse(status=status, body=body)))

    async def on_members_added(self, context: TurnContext, _state=None) -> None:
        """Say what the bot is for when someone installs it in a personal chat."""
        activity = context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        if kind_of(activity) == "personal" and any(m.id == bot_id for m in activity.members_added or []):
            language = language_hint(activity.locale) or "sv"
            await self._say(context, say("greeting", language))

    async def on_error(self, context: TurnContext, error: Exception) -> None:
        activity = context.activity
        log.error("turn failed for activity %s in %s (%s)", activity.id,
                  activity.conversation.id if activity.conversation else "?", type(error).__name__,
                  exc_info=error)
        failed = "store_error" if isinstance(error, SQLAlchemyError) else "error"  # "could not save, try again"
        try:
            await self._say(context, bilingual(failed))
        except Exception as e:
            log.warning("could not tell %s about the error (%s)", activity.conversation.id, type(e).__name__)

    # --- questions ------------------------------------------------------------------------

    async def _answer(self, context: TurnContext) -> None:
        activity = context.activity
        conversation_id = activity.conversation.id
        question = to_question(activity, self.history.get(conversation_id))
        where = where_of(context)
        asked = await self._run(self.coordinator.ask, question, where)
        reply = cards.render(asked.answer, asked.ref)
        try:
            await context.send_activity(reply)
        except Exception as e:  # the connector is down: the deliverer sends it when it is back
            log.warning("answer %s to %s not sent (%s); queued for retry", asked.ref, conversation_id,
                        type(e).__name__)
            payload = {"where": where, "activity": reply.model_dump(mode="json", by_alias=True, exclude_none=True)}
            await self._run(self.store.enqueue, POST_KIND, None, payload, f"{POST_KIND}:answer:{asked.ref}")
        if question.text:
            self.history.add(conversation_id, question.text, asked.answer.text)

    # --- the asker's buttons --------------------------------------------------------------

    async def _feedback(self, context: TurnContext, value: dict) -> None:
        voted = await self._run(self.coordinator.feedback, value.get("answer_ref"), asker_id_of(context.activity),
                                value.get("value"))
        if isinstance(voted, Refused):
            await self._say(context, bilingual(voted.value))
            return
        record = voted.record
        thanked = cards.answer_card(outcome=record.outcome, text=record.answer_text, language=record.language,
                                    sources=shown_sources(record.sources), answer_ref=record.id, feedback=voted.value)
        if not await self._update_card(context, context.activity.reply_to_id, cards.card_activity(thanked)):
            await self._say(context, say("thanks_up" if voted.value == "up" else "thanks_down", record.language))

    async def _escalate(self, context: TurnContext, value: dict) -> None:
        activity = context.activity
        origin = {**where_of(context), "asker_name": sender_name(activity)}
        escalated = await self._run(self.coordinator.escalate, value.get("answer_ref"), asker_id_of(activity), origin)
        if escalated is Refused.GONE:
            await self._say(context, bilingual("gone"))
        elif isinstance(escalated, Refused):
            record = await self._run(self.coordinator.answer_record, value.get("answer_ref"))
            await self._say(context, say(escalated.value, record.language if record else "sv"))
        else:
            key = "teams.sent" if escalated.new else "already_sent"
            await self._say(context, say(key, escalated.record.language, id=str(escalated.escalation.id)))

    # --- the coordinator ------------------------------------------------------------------

    async def _coordinator_action(self, context: TurnContext, verb: str, value: dict) -> None:
        activity = context.activity
        if not self.coordinator.access.may_answer(*_ids(activity)):
            log.info("card action %s by a non-coordinator in %s refused", verb, activity.conversation.id)
            await self._say(context, bilingual("card_coordinators_only"))
            return
        esc = await self._run(self.coordinator.escalation, value.get("escalation_id"))
        if esc is None:
            await self._say(context, bilingual("gone"))
            return
        if verb == cards.ANSWER:
            reply = str(value.get(cards.REPLY_INPUT) or "").strip()
            if not reply:
                await self._say(context, bilingual("empty_reply"))
                return
            await self._relay(context, esc, reply)
        elif verb == cards.RESOLVE:
            await self._run(self.coordinator.resolve, esc.id, _ids(activity))
            await self._refresh_card(context, esc.id)
        elif verb == cards.APPROVE_CANCEL:
            log.info("escalation %s: review cancelled; nothing saved", esc.id)
            await self._refresh_card(context, esc.id)  # the review folds away, its edits gone
        elif verb == cards.APPROVE:
            await self._review_submitted(context, esc, value)

    async def _review_submitted(self, context: TurnContext, esc: Escalation, value: dict) -> None:
        """Spara under "Spara som godkänt svar": save exactly the submitted question, answer and
        language (after the turn: an ingest takes seconds)."""
        activity = context.activity
        if cards.REVIEW_ANSWER not in value:  # no review on the card: no reply yet, or a card drawn before it
            await self._say(context, bilingual("review_in_card" if esc.reply_text else "nothing_to_approve"))
            if esc.reply_text:
                await self._refresh_card(context, esc.id)
            return
        checked = self.coordinator.check_review(esc.id, _ids(activity), value.get(cards.REVIEW_QUESTION),
                                                value.get(cards.REVIEW_ANSWER), value.get(cards.REVIEW_LANGUAGE))
        if self.coordinator.approvals is None:
            await self._say(context, bilingual("approve_unavailable"))
            return
        if isinstance(checked, Refused):
            await self._say(context, bilingual(checked.value))
            return
        review, problems = checked
        if problems:
            await self._say(context, " ".join(bilingual(k) for k in problems.values()))
            return
        self._after_turn(self._approve(review, activity, where_of(context),
                                       f"{activity.conversation.id}:{activity.id}"))

    def _after_turn(self, work) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)  # held until done: the loop keeps only a weak reference
        task.add_done_callback(self._background.discard)

    async def _approve(self, review: Review, activity: Activity, where: dict, click: str) -> None:
        """After the turn: save the submitted review as an approved answer (an ingest), then say so
        where the coordinator clicked (through the outbox, so it is sent even if Teams is briefly
        away) and redraw the card without its button."""
        try:
            saved = await self._run(self.coordinator.save, review, asker_id_of(activity))
            text = bilingual(saved.value) if isinstance(saved, Refused) else \
                cards.approved_text(sender_name(activity), saved.file, saved.first_line)
            await self._say_later(where, text, f"{POST_KIND}:approved:{click}")
        except Exception:  # nobody awaits this task: say it here
            log.exception("approving escalation %s failed after the click", review.escalation_id)
            return
        await self._redraw_card(review.escalation_id, _names(activity))

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
        if not self.coordinator.may_command(*_ids(activity)):
            log.info("card action %s by a non-coordinator in %s refused", verb, activity.conversation.id)
            await self._say(context, bilingual("card_coordinators_only"))
            return
        if self.coordinator.approvals is None:
            await self._say(context, bilingual("approve_unavailable"))
            return
        action = "reconfirm" if verb == cards.APPROVED_RECONFIRM else "withdraw"
        self._after_turn(self._change_approved(action, str(value.get("source") or ""), activity, where_of(context),
                                               activity.reply_to_id, f"{activity.conversation.id}:{activity.id}"))

    async def _change_approved(self, action: str, source: str, activity: Activity, where: dict,
                               list_id: str | None, click: str) -> None:
        try:
            changed = await self._run(self.coordinator.change_approved, action, source, _ids(activity))
            name = sender_name(activity)
            if isinstance(changed, Refused):
                note = bilingual(changed.value)
            elif changed.review_by is not None:
                note = bilingual("approved_reconfirmed", by=name, file=source, date=changed.review_by.isoformat())
            else:
                note = bilingual("approved_withdrawn", by=name, file=source)
            await self._say_later(where, note, f"{POST_KIND}:approved-list:{click}")
            if self.sender is not None and list_id:
                items = changed.stale if not isinstance(changed, Refused) else \
                    await self._run(self.coordinator.stale_approved)
                listed = cards.card_activity(cards.approved_list_card(items if isinstance(items, list) else [], note),
                                             summary=note)
                await self.sender.update(where, list_id, listed)
        except Exception:  # nobody awaits this task: say it here
            log.exception("approved answer %s: %s failed after the click", source, action)

    async def _redraw_card(self, escalation_id: int, names: dict[str, str]) -> None:
        """The card redrawn outside a turn (best effort, like _refresh_card)."""
        esc = await self._run(self.store.get_escalation, escalation_id)
        if self.sender is None or esc is None or not esc.card or not esc.card.get("activity_id"):
            return
        activity = cards.card_activity(cards.escalation_card(esc, names), summary=cards.card_summary(esc))
        try:
            await self.sender.update(esc.card["where"], esc.card["activity_id"], activity)
        except Exception as e:
            log.warning("card of escalation %s not updated (%s)", escalation_id, type(e).__name__)

    async def _thread_reply(self, context: TurnContext, esc: Escalation, text: str) -> None:
        """A message in an escalation card's thread: the coordinator's answer, relayed once."""
        activity = context.activity
        if not self.coordinator.access.may_answer(*_ids(activity)):
            log.info("escalation %s: a non-coordinator wrote in the card's thread; not relayed", esc.id)
            if mentions_bot(activity):
                await self._say(context, bilingual("reply_not_relayed"))
            return
        if text:
            await self._relay(context, esc, text)

    async def _relay(self, context: TurnContext, esc: Escalation, reply: str) -> None:
        """Add the message to the escalation's reply and queue it for the asker (stored before it
        is sent, once per Teams message), then redraw the card (its review shows the whole reply)."""
        activity = context.activity
        key = f"{RELAY_KIND}:{esc.id}:{activity.conversation.id}:{activity.id}"
        order = activity.timestamp.isoformat() if activity.timestamp else None
        relayed = await self._run(lambda: self.coordinator.relay(esc, reply, _ids(activity), message_key=key,
                                                                 order=order, author_name=sender_name(activity)))
        if isinstance(relayed, Refused) or not relayed.queued:
            return
        await self._refresh_card(context, esc.id)

    async def _refresh_card(self, context: TurnContext, escalation_id: int) -> None:
        """Redraw the coordinator's card with the escalation's state. Best effort: a card that is
        not redrawn is cosmetic."""
        esc = await self._run(self.store.get_escalation, escalation_id)
        if esc is None or not esc.card:
            return
        activity = cards.card_activity(cards.escalation_card(esc, _names(context.activity)),
                                       summary=cards.card_summary(esc))
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

    # --- commands ---------------------------------------------------------------------------

    async def _command(self, context: TurnContext, command: str) -> None:
        activity = context.activity
        coordinator = self.coordinator
        if command == STATUS and not coordinator.may_command(*_ids(activity)):
            text = await self._run(coordinator.own_status, asker_id_of(activity),
                                   language_hint(activity.locale) or "sv")
            await context.send_activity(cards.card_activity(cards.own_status_card(text), summary=text))
            return
        if not coordinator.may_command(*_ids(activity)):
            log.info("command %s by a non-coordinator in %s refused", command, activity.conversation.id)
            await self._say(context, bilingual("coordinators_only"))
            return
        if command == REGISTER:
            where = {**where_of(context), "registered_by": asker_id_of(activity)}
            await self._run(self.store.set_value, COORDINATOR_KEY, where)
            log.info("coordinator conversation registered: %s (%s)", activity.conversation.id, where["kind"])
            await self._say(context, bilingual("teams.registered"))
        elif command == STATUS:
            status = await self._run(coordinator.status)
            await context.send_activity(cards.card_activity(
                cards.status_card(status.open_escalations, status.last_ingest, status.failed_pages)))
        elif command == REINDEX:
            if coordinator.reindexer is None:
                await self._say(context, bilingual("reindex_unavailable"))
                return
            await self._say(context, bilingual("reindex_started"))
            summary = await self._run(coordinator.reindex)
            await self._say(context, bilingual(summary.value) if isinstance(summary, Refused) else reindex_text(summary))
        elif command in (REPORT, REPORT_EN):
            await self._report(context, "en" if command == REPORT_EN else "sv")
        elif command == APPROVED:
            items = await self._run(coordinator.stale_approved)
            if isinstance(items, Refused):
                await self._say(context, bilingual(items.value))
                return
            title = bilingual("approved_list_title", count=str(len(items)))
            await context.send_activity(cards.card_activity(cards.approved_list_card(items), summary=title))

    async def _report(self, context: TurnContext, language: str) -> None:
        """The last 28 days: the summary and the chart, as a card where the coordinator asked."""
        made = await self._run(self.coordinator.report, language)
        if isinstance(made, Refused):
            await self._say(context, bilingual(made.value))
            return
        try:
            png = await self._run(chart_for_card, made.chart_png)
        except Exception:
            log.exception("report chart for %s failed", context.activity.conversation.id)
            await self._say(context, bilingual("report_failed"))
            return
        content = cards.report_card(made.summary, png, say("report_chart_title", language))
        await context.send_activity(cards.card_activity(content, summary=made.summary))

    @staticmethod
    async def _say(context: TurnContext, text: str) -> None:
        await context.send_activity(cards.text_activity(text))

    @staticmethod
    async def _run(func: Callable, *args: Any):
        """A blocking call (engine, store, reindex) in a worker thread."""
        return await asyncio.to_thread(func, *args)


def is_card_invoke(context: TurnContext) -> bool:
    return context.activity.type == "invoke" and context.activity.name == "adaptiveCard/action"


def register(app, bot: TeamsBot) -> None:
    """Wire the bot's callbacks onto an AgentApplication."""
    app.conversation_update("membersAdded")(bot.on_members_added)
    app.add_route(is_card_invoke, bot.on_card_invoke, is_invoke=True)
    app.message()(bot.on_message)
    app.error(bot.on_error)
