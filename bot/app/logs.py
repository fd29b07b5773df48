"""Logging set-up for the entry points: plain lines on a terminal, JSON lines otherwise.

Log identifiers (channel, ts, escalation id), never message text or tokens; `redact`
removes anything token-shaped that slips into a message anyway.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import time

_TOKEN = re.compile(r"(xox[abprs]-[0-9A-Za-z-]+|xapp-[0-9A-Za-z-]+|sk-[A-Za-z0-9_-]{8,}|Bearer\s+[A-Za-z0-9._~+/=-]+)")


def redact(text: str) -> str:
    return _TOKEN.sub("[redacted]", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {"time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
               "level": record.levelname, "logger": record.name, "message": redact(record.getMessage())}
        if record.exc_info:
            out["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(out, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configure(level: str = "WARNING", stream=None) -> None:
    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    numeric = getattr(logging, level.upper(), logging.WARNING)
    handler.setLevel(numeric)  # libraries that lower their own loggers' level (bm25s) stay quiet
    handler.setFormatter(PlainFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
                         if stream.isatty() else JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(numeric)
    for name, floor in QUIET.items():
        logging.getLogger(name).setLevel(max(numeric, floor))


# Libraries whose lower levels print what must not be logged, and the lowest level they get even
# with LOG_LEVEL=DEBUG: slack_bolt logs a request's whole body at INFO when its signature is wrong
# (and others at DEBUG), slack_sdk the messages it posts at DEBUG, openai the model's whole prompt
# (the question, the passages) at DEBUG. Alembic narrates every start-up at INFO; bot.migrations
# says what changed.
QUIET = {
    "slack_bolt": logging.WARNING,
    "slack_sdk": logging.INFO,
    "openai": logging.INFO,
    "httpcore": logging.INFO,
    "httpx": logging.INFO,
    "microsoft_agents": logging.INFO,
    "msal": logging.INFO,
    "alembic": logging.WARNING,
}
