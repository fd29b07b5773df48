"""Requests as Slack sends them to a bot's POST /slack/events: signed events and button clicks.

For bots running as their own processes (tests/deploy/, bench/load_slack.py); the in-process
Slack tests have the same in tests/bot/slack/conftest.py (SlackApp).
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

BOT_USER_ID = "UBOT"  # as in tests/bot/slack/slack_stub.py
TEAM_ID = "T1"
_ids = itertools.count(1)


def sign(body: str, timestamp: str, secret: str) -> str:
    base = f"v0:{timestamp}:{body}".encode("utf-8")
    return "v0=" + hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


def post(url: str, body: str, content_type: str, secret: str, headers: dict | None = None,
         timeout: float = 10.0) -> int:
    ts = str(int(time.time()))
    request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST", headers={
        "Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(body, ts, secret),
        **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def event_body(event: dict, event_id: str | None = None) -> str:
    return json.dumps({
        "token": "legacy", "team_id": TEAM_ID, "api_app_id": "A1", "type": "event_callback",
        "event_id": event_id or f"EvP{next(_ids):06d}", "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}], "event": event,
    })


def send_event(url: str, secret: str, event: dict, event_id: str | None = None, retry_num: int | None = None) -> int:
    """One event delivery; the same `event_id` again (with `retry_num`) is what Slack's retry looks like."""
    headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"} if retry_num else {}
    return post(url, event_body(event, event_id), "application/json", secret, headers)


def mention(text: str, ts: str, *, user: str = "U1", channel: str = "C1", thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": user, "channel": channel, "text": f"<@{BOT_USER_ID}> {text}",
             "ts": ts, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def message(text: str, ts: str, *, user: str, channel: str, thread_ts: str | None = None,
            channel_type: str = "channel") -> dict:
    event = {"type": "message", "user": user, "channel": channel, "channel_type": channel_type, "text": text,
             "ts": ts, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def click(url: str, secret: str, action_id: str, value: str, *, user: str, channel: str, message: dict,
          response_url: str) -> int:
    """A button press on `message` (the message as chat.postMessage returned it)."""
    payload = {"type": "block_actions", "user": {"id": user, "team_id": TEAM_ID}, "api_app_id": "A1",
               "team": {"id": TEAM_ID}, "container": {"type": "message", "channel_id": channel,
                                                      "is_ephemeral": False, "message_ts": message["ts"]},
               "channel": {"id": channel}, "trigger_id": "t1", "response_url": response_url, "message": message,
               "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value,
                            "action_ts": str(time.time())}]}
    return post(url, urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded", secret)


def view_payload(kind: str, view: dict, edits: dict, user: str) -> str:
    """The form body of a modal's submission ("view_submission") or close ("view_closed"): `view` as
    the bot opened it (views.open), every input holding its initial value unless `edits`
    ({block_id: text or option value}) says otherwise."""
    values = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        element, block_id = block["element"], block["block_id"]
        if element["type"] == "static_select":
            chosen = element.get("initial_option")
            if block_id in edits:
                chosen = next(o for o in element["options"] if o["value"] == edits[block_id])
            state = {"type": "static_select", "selected_option": chosen}
        else:
            state = {"type": element["type"], "value": edits.get(block_id, element.get("initial_value"))}
        values[block_id] = {element["action_id"]: state}
    payload = {"type": kind, "team": {"id": TEAM_ID, "domain": "test"}, "api_app_id": "A1", "token": "legacy",
               "user": {"id": user, "team_id": TEAM_ID},
               "view": {"id": view.get("id", "V1"), "team_id": TEAM_ID, "type": "modal", "hash": "h1",
                        "callback_id": view.get("callback_id"), "private_metadata": view.get("private_metadata", ""),
                        "blocks": view.get("blocks", []), "state": {"values": values}}}
    if kind == "view_submission":
        payload.update(trigger_id="t2", response_urls=[])
    else:
        payload["is_cleared"] = False
    return urlencode({"payload": json.dumps(payload)})


def submit_view(url: str, secret: str, view: dict, *, user: str, edits: dict | None = None) -> int:
    """The modal `view` submitted by `user` (see view_payload)."""
    return post(url, view_payload("view_submission", view, edits or {}, user), "application/x-www-form-urlencoded",
                secret)
