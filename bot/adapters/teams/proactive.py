"""Sending into a Teams conversation outside of a turn: escalation cards, relayed replies, retries.

A conversation is kept in the store as a "where" dict (JSON):

    {"conversation": <the SDK's proactive Conversation: reference + the token claims to act in it>,
     "kind": "personal" | "channel" | "groupChat",
     "channel_id": "19:…@thread.tacv2" or None}

`TeamsSender` resumes such a conversation through the adapter (continue_conversation with the
stored claims, so anonymous local runs stay anonymous and authenticated ones get an Entra
token), and sends to the activity's serviceUrl with the SDK's connector client.
"""
from __future__ import annotations

import copy
from typing import Awaitable, Callable, TypeVar

from microsoft_agents.activity import Activity, ConversationParameters
from microsoft_agents.hosting.core import ChannelServiceAdapter, TurnContext
from microsoft_agents.hosting.core.app.proactive import Conversation
from microsoft_agents.hosting.core.authorization import ClaimsIdentity
from microsoft_agents.hosting.core.connector import ConnectorClientBase

from .conversation import channel_id_of, kind_of
from .outgoing import clean_activity

T = TypeVar("T")


def where_of(context: TurnContext) -> dict:
    """Where the current turn's activity came from, as JSON for the store."""
    activity = context.activity
    return {"conversation": Conversation.from_turn_context(context).store_item_to_json(),
            "kind": kind_of(activity), "channel_id": channel_id_of(activity)}


def conversation_id_of(where: dict) -> str:
    return ((where.get("conversation") or {}).get("conversation_reference") or {}).get("conversation", {}).get("id", "")


def in_thread(where: dict, conversation_id: str) -> dict:
    """The same place, but the channel thread (or chat) `conversation_id`."""
    out = copy.deepcopy(where)
    reference = out["conversation"]["conversation_reference"]
    reference["conversation"] = {**reference.get("conversation", {}), "id": conversation_id}
    reference.pop("activityId", None)
    return out


class TeamsSender:
    """`app_id`: the bot's app id when requests are authenticated, None in anonymous mode."""

    def __init__(self, adapter: ChannelServiceAdapter, app_id: str | None = None) -> None:
        self.adapter = adapter
        self.app_id = app_id

    def identity_for(self, conversation: Conversation) -> ClaimsIdentity:
        """Who the bot acts as in a stored conversation: anonymous in anonymous mode; otherwise
        the claims stored with it, or, for a conversation stored in anonymous mode, the bot's app id."""
        if not self.app_id:
            return ClaimsIdentity()
        identity = Conversation.identity_from_claims(conversation.claims)
        return self.adapter.create_claims_identity(self.app_id) if identity.allow_anonymous else identity

    async def send(self, where: dict, activity: Activity) -> str:
        """Post `activity` into the stored conversation; returns the new activity's id."""
        async def work(context: TurnContext) -> str:
            response = await context.send_activity(activity)
            return (response.id if response else "") or ""

        return await self._in_conversation(where, work)

    async def post_thread(self, where: dict, activity: Activity) -> tuple[str, str]:
        """A new post in the stored Teams channel (a thread of its own), or, in a chat, a message.

        Returns (conversation id, activity id). For a channel the conversation id is the new
        thread's ("19:…;messageid=…"): replies in that thread arrive with it.
        """
        channel_id = where.get("channel_id")
        if not channel_id:
            activity_id = await self.send(where, activity)
            return conversation_id_of(where), activity_id

        async def work(context: TurnContext) -> tuple[str, str]:
            connector = context.services.get(ConnectorClientBase)  # type: ignore[type-abstract]  # the SDK's key
            if connector is None:
                raise RuntimeError("no connector client in the proactive turn")
            reference = context.activity.get_conversation_reference()
            message = clean_activity(activity.model_copy(deep=True))
            params = ConversationParameters(  # type: ignore[call-arg]  # "agent" is the field's alias of "bot"
                is_group=True, agent=reference.agent, activity=message, channel_data={"channel": {"id": channel_id}},
                tenant_id=getattr(reference.conversation, "tenant_id", None) or "")
            created = await connector.conversations.create_conversation(params)
            activity_id = created.activity_id or ""
            thread = created.id or f"{channel_id};messageid={activity_id}"
            return thread, activity_id

        return await self._in_conversation(where, work)

    async def update(self, where: dict, activity_id: str, activity: Activity) -> None:
        """Replace the activity `activity_id` in the stored conversation (e.g. redraw a card)."""
        async def work(context: TurnContext) -> None:
            replacement = activity.model_copy(deep=True)
            replacement.id = activity_id
            await context.update_activity(replacement)

        await self._in_conversation(where, work)

    async def _in_conversation(self, where: dict, work: Callable[[TurnContext], Awaitable[T]]) -> T:
        """Run `work` in a proactive turn in the stored conversation; its errors are raised here
        (the adapter would otherwise hand them to on_turn_error and report success)."""
        conversation = Conversation.from_json_to_store_item(where["conversation"])
        conversation.validate()
        identity = self.identity_for(conversation)
        continuation = conversation.conversation_reference.get_continuation_activity()
        continuation.id = None  # a new message in the conversation, not a reply to a made-up id
        outcome: dict = {}

        async def callback(context: TurnContext) -> None:
            try:
                outcome["result"] = await work(context)
            except Exception as e:  # noqa: BLE001 - re-raised below, outside the adapter
                outcome["error"] = e

        await self.adapter.continue_conversation_with_claims(identity, continuation, callback)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]
