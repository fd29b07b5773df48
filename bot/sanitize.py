"""Outgoing text is made harmless here, in one place, whatever the question or the documents contain.

The bot must never notify a whole channel or group: `<!channel>`, `<!here>`, `<!everyone>`,
`<!subteam^ID>` (user groups) and the plain words `@channel`, `@here`, `@everyone` are turned into
look-alikes that notify nobody ("@" + zero-width space + word).

Three levels:
- `defuse(text)`: only the broadcast mentions; for text that is already Slack-formatted and
  trusted otherwise (the coordinator's own reply, the bot's own templates).
- `for_slack(text)`: plain text (a question, a document, the engine's answer) to Slack mrkdwn:
  defused, then `&`, `<`, `>` escaped, so nothing in it can become a link, a channel or a user
  mention. A `<@U123>` that came with the asker's question therefore reaches nobody either.
- `defuse_payload(obj)`: every string in an outgoing request body; the Slack adapter runs it on
  each call it makes, as the last gate.
"""
from __future__ import annotations

import re
from typing import Any

ZWSP = "\u200b"

_BROADCAST = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>", re.IGNORECASE)
_SUBTEAM = re.compile(r"<!subteam\^[^>|]*(?:\|([^>]*))?>", re.IGNORECASE)
_AT_WORD = re.compile(r"([@＠])(here|channel|everyone)\b", re.IGNORECASE)


def _subteam(match: re.Match) -> str:
    label = (match.group(1) or "").lstrip("@＠").strip() or "group"
    return f"@{ZWSP}{label}"


def defuse(text: str) -> str:
    """Broadcast and group mentions replaced by look-alikes that notify nobody."""
    if not text:
        return text
    text = _BROADCAST.sub(lambda m: f"@{ZWSP}{m.group(1).lower()}", text)
    text = _SUBTEAM.sub(_subteam, text)
    return _AT_WORD.sub(lambda m: f"{m.group(1)}{ZWSP}{m.group(2)}", text)


def escape_mrkdwn(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def for_slack(text: str) -> str:
    """Plain text made safe to put into a Slack mrkdwn or plain_text field."""
    return escape_mrkdwn(defuse(text or ""))


def defuse_payload(obj: Any) -> Any:
    """A copy of a JSON-like request body with `defuse` applied to every string in it."""
    if isinstance(obj, str):
        return defuse(obj)
    if isinstance(obj, dict):
        return {k: defuse_payload(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [defuse_payload(v) for v in obj]
    return obj


_LINK = re.compile(r"<(https?://[^|>]+|mailto:[^|>]+)(?:\|([^>]*))?>")
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#([CGD][A-Z0-9]+)(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!([^>|]+)(?:\|([^>]*))?>")


def slack_to_plain(text: str) -> str:
    """Slack's wire format of a message to the plain text a person typed.

    `<https://x|label>` → `label (https://x)`, `<@U1>` → `@U1`, `<#C1|general>` → `#general`,
    `<!here>` → `@here` (defused again on the way out), `&lt;` → `<`.
    """
    if not text:
        return ""

    def link(m: re.Match) -> str:
        url, label = m.group(1).removeprefix("mailto:"), m.group(2)
        return url if not label or label == url else f"{label} ({url})"

    text = _LINK.sub(link, text)
    text = _USER.sub(lambda m: "@" + (m.group(2) or m.group(1)), text)
    text = _CHANNEL.sub(lambda m: "#" + (m.group(2) or m.group(1)), text)
    text = _SPECIAL.sub(lambda m: m.group(2) or "@" + m.group(1).split("^")[0], text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_URL_UNSAFE = {" ": "%20", "<": "%3C", ">": "%3E", "|": "%7C", "(": "%28", ")": "%29", "[": "%5B", "]": "%5D",
               '"': "%22", "`": "%60"}


def safe_url(url: object) -> str | None:
    """An http(s) address fit to be a link target in Slack (`<url|text>`) or Markdown (`[text](url)`):
    the characters those syntaxes use are percent-encoded. None for anything else (javascript:, mailto:,
    a file path)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not re.match(r"https?://[^\s/]+", url, re.IGNORECASE) or any(c in url for c in "\r\n\t"):
        return None
    return "".join(_URL_UNSAFE.get(c, c) for c in url)
