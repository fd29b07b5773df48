"""The bot's own logging set-up (bot.logs.configure) at DEBUG into a buffer, for tests that check
what the logs do not say. Restores the root logger and the quieted libraries' levels afterwards."""
from __future__ import annotations

import io
import json
import logging
from contextlib import contextmanager
from typing import Iterator

from bot.app import logs


@contextmanager
def logs_at_debug() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in logs.QUIET}
    stream = io.StringIO()  # not a terminal: JSON lines, as in production
    logs.configure("DEBUG", stream=stream)
    try:
        yield stream
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, value in levels.items():
            logging.getLogger(name).setLevel(value)


def lines_with(stream: io.StringIO, *texts: str) -> list[str]:
    """The log lines (message and any traceback) that contain one of `texts`, case folded."""
    found = []
    for line in stream.getvalue().splitlines():
        record = json.loads(line)
        whole = (record["message"] + "\n" + record.get("exception", "")).casefold()
        if any(t.casefold() in whole for t in texts):
            found.append(line)
    return found
