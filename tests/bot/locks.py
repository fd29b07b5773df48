"""Another process holding the escalation store's write lock, as when the database is busy or stuck."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def locked(db: Path) -> Iterator[None]:
    """Hold `db`'s write lock (reads still work, as with WAL in production) until the block ends."""
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
