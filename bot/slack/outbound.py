"""Everything the bot sends to Slack goes through here, and here it is defused one last time.

A thin wrapper over slack_sdk's WebClient (pointed at SLACK_API_URL) and response_url webhooks.
Listeners and delivery handlers use it instead of Bolt's per-request `client`/`say`/`respond`,
so the guarantee "no broadcast mention ever leaves the bot" has exactly one place to check.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from ..delivery import DeliveryFailed
from ..sanitize import defuse, defuse_payload

log = logging.getLogger(__name__)


class SlackSendError(Exception):
    """A response_url post that Slack did not accept. The message is safe to log."""


class SlackOutbound:
    def __init__(self, client: WebClient, timeout: int = 15) -> None:
        self.client = client
        self.timeout = timeout

    def post(self, channel: str, text: str, blocks: list[dict] | None = None,
             thread_ts: str | None = None) -> dict:
        """chat.postMessage; returns {"channel", "ts"} of the new message."""
        args = {"channel": channel, "text": text, "unfurl_links": False, "unfurl_media": False}
        if blocks is not None:
            args["blocks"] = blocks
        if thread_ts:
            args["thread_ts"] = thread_ts
        response = self.client.chat_postMessage(**defuse_payload(args))
        return {"channel": response["channel"], "ts": response["ts"]}

    def ephemeral(self, channel: str, user: str, text: str, blocks: list[dict] | None = None,
                  thread_ts: str | None = None) -> None:
        args = {"channel": channel, "user": user, "text": text}
        if blocks is not None:
            args["blocks"] = blocks
        if thread_ts:
            args["thread_ts"] = thread_ts
        self.client.chat_postEphemeral(**defuse_payload(args))

    def update(self, channel: str, ts: str, text: str, blocks: list[dict]) -> None:
        self.client.chat_update(**defuse_payload({"channel": channel, "ts": ts, "text": text, "blocks": blocks}))

    def open_view(self, trigger_id: str, view: dict) -> None:
        """views.open: a modal for the person who clicked (the trigger_id lives three seconds)."""
        self.client.views_open(trigger_id=trigger_id, view=defuse_payload(view))

    def publish_home(self, user_id: str, view: dict) -> None:
        self.client.views_publish(**defuse_payload({"user_id": user_id, "view": view}))

    def respond(self, response_url: str, payload: dict) -> None:
        """Post to an interaction's response_url (ephemeral replies, replace/delete original)."""
        response = WebhookClient(response_url, timeout=self.timeout).send_dict(defuse_payload(payload))
        if response.status_code != 200:
            raise SlackSendError(f"response_url answered HTTP {response.status_code}")

    def upload(self, channel: str, content: bytes, filename: str, title: str,
               thread_ts: str | None = None) -> dict:
        """Share a file in `channel` with Slack's upload API (files.getUploadURLExternal, the bytes
        to the upload URL it gives, files.completeUploadExternal); returns {"file_id"}."""
        args = {"channel": channel, "content": content, "filename": filename, "title": defuse(title)}
        if thread_ts:
            args["thread_ts"] = thread_ts
        response = self.client.files_upload_v2(**args)
        return {"file_id": (response.get("file") or {}).get("id")}

    def thread(self, channel: str, ts: str, limit: int = 50) -> list[dict]:
        """The messages of a thread, oldest first (conversations.replies; read-only)."""
        return list(self.client.conversations_replies(channel=channel, ts=ts, limit=limit).get("messages", []))


def error_code(exc: BaseException) -> str:
    """A short, loggable description of a failed Slack call: the API's error code, not its body."""
    if isinstance(exc, SlackApiError):
        response = exc.response
        code = response.get("error") if hasattr(response, "get") else None
        status = getattr(response, "status_code", None)
        return f"slack:{code or 'http_' + str(status)}"
    return type(exc).__name__


def retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    value = headers.get("Retry-After") or headers.get("retry-after")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


@contextmanager
def as_delivery_failure() -> Iterator[None]:
    """Turn a Slack or network error into DeliveryFailed, so the deliverer retries it quietly."""
    try:
        yield
    except DeliveryFailed:
        raise
    except (SlackApiError, SlackSendError, OSError, TimeoutError) as e:
        raise DeliveryFailed(error_code(e), retry_after(e)) from e
