"""Everything the bot sends to Teams is made harmless here, in one place.

In Teams a mention only notifies when the activity carries a `mention` entity for it, and the
whole-channel and whole-team mentions are such entities around `<at>…</at>` text. So:
- `defuse_teams(text)`: `<at>name</at>` becomes the plain name, and the Slack-style broadcast
  words (`@channel`, `@here`, `@everyone`, `<!channel>`) get bot.sanitize's look-alikes, so a
  question, a document or the coordinator's reply can never ping anyone;
- `clean_activity(activity)`: the last gate on every outgoing activity — no mention entities
  at all, and `defuse_teams` on its text, summary and every string in its card;
- `OutgoingGate`: adapter middleware that runs `clean_activity` on every activity sent or
  updated in any turn, incoming or proactive.
"""
from __future__ import annotations

import re
from typing import Any, Awaitable, Callable

from microsoft_agents.activity import Activity

from bot.sanitize import defuse

_AT_TAG = re.compile(r"<at(?:\s[^>]*)?>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_LOOSE_AT = re.compile(r"</?at(?:\s[^>]*)?>", re.IGNORECASE)


def defuse_teams(text: str) -> str:
    """Text that mentions nobody in Teams (or Slack)."""
    if not text:
        return text
    text = _AT_TAG.sub(lambda m: m.group(1), text)
    return defuse(_LOOSE_AT.sub("", text))


def defuse_json(obj: Any) -> Any:
    """A copy of a JSON-like value with `defuse_teams` applied to every string in it."""
    if isinstance(obj, str):
        return defuse_teams(obj)
    if isinstance(obj, dict):
        return {k: defuse_json(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [defuse_json(v) for v in obj]
    return obj


def clean_activity(activity: Activity) -> Activity:
    """The activity as it may leave the bot (changed in place and returned)."""
    if activity.entities:
        kept = [e for e in activity.entities if (getattr(e, "type", "") or "").lower() != "mention"]
        activity.entities = kept or None  # type: ignore[assignment]  # the SDK's model allows None
    if activity.text:
        activity.text = defuse_teams(activity.text)
    if activity.summary:
        activity.summary = defuse_teams(activity.summary)
    for attachment in activity.attachments or []:
        if attachment.content is not None:
            attachment.content = defuse_json(attachment.content)
    return activity


class OutgoingGate:
    """Adapter middleware: `clean_activity` on whatever a turn sends or updates."""

    async def on_turn(self, context, logic: Callable[[Any], Awaitable]) -> None:
        async def on_send(ctx, activities: list[Activity], send_next):
            for activity in activities:
                clean_activity(activity)
            return await send_next()

        async def on_update(ctx, activity: Activity, update_next):
            clean_activity(activity)
            return await update_next()

        context.on_send_activities(on_send)
        context.on_update_activity(on_update)
        await logic(context)
