"""All of the bot's settings, read once from the environment (and .env) at the entry point."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ingest.config import StoreConfig

from bot.engine.replies import PROMPTS_DIR


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


def env_flag(env: Mapping[str, str], name: str) -> bool:
    """A yes/no setting: true/1/yes/on or false/0/no/off/empty (any case); anything else is an error."""
    raw = (env.get(name) or "").strip().lower()
    if raw not in _TRUE | _FALSE:
        raise ValueError(f"{name} must be true or false, not {raw!r}")
    return raw in _TRUE


@dataclass(frozen=True)
class Settings:
    store: StoreConfig
    escalation_db: Path = Path(".data/escalations.sqlite3")
    database_url: str | None = None
    prompts_dir: Path = PROMPTS_DIR
    env: Mapping[str, str] = field(default_factory=dict, repr=False)  # for adapters' own settings

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        return cls(
            store=StoreConfig.from_env(env),
            escalation_db=Path(env.get("ESCALATION_DB") or ".data/escalations.sqlite3"),
            database_url=env.get("DATABASE_URL") or None,
            prompts_dir=Path(env.get("PROMPTS_DIR") or PROMPTS_DIR),
            env=env,
        )

    @property
    def store_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.escalation_db}"
