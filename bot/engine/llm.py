"""The language-model seam: one tiny protocol, one OpenAI-compatible implementation, one fake.

`ChatModel.complete(system, user) -> str` is all the engine needs. `OpenAIChatModel` speaks to
OpenAI, Azure OpenAI or any OpenAI-compatible server (Ollama, vLLM) through langchain-openai;
no vendor type leaves this module. Every failure becomes one `LLMError` whose message names the
model, the host and what went wrong — never the API key, never the prompt — so it is safe to log.
`ScriptedChatModel` is the fake for tests: enqueue replies or exceptions, read back the calls.
"""
from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Protocol, Union, runtime_checkable
from urllib.parse import urlsplit

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_AZURE_API_VERSION = "2024-10-21"
NO_KEY = "not-needed"  # Ollama and most local servers accept any key; the client insists on one


class LLMError(Exception):
    """The language model gave no usable answer. The message is written to be logged as is."""

    def __init__(self, message: str, *, kind: str = "error", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind      # "timeout", "connection", "http", "response", "config" or "error"
        self.status = status  # the HTTP status, when the server answered with an error


@runtime_checkable
class ChatModel(Protocol):
    """A model that answers one system + user message with text, or raises LLMError."""

    model_id: str

    def complete(self, system: str, user: str) -> str: ...


def _host(url: str | None) -> str:
    """host:port of a URL, without user info, path or query (which may carry secrets)."""
    if not url:
        return "api.openai.com"
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        host = parts.hostname or "?"
        return f"{host}:{parts.port}" if parts.port else host
    except ValueError:
        return "?"


class OpenAIChatModel:
    """OpenAI, Azure OpenAI or an OpenAI-compatible server, via langchain-openai.

    Nothing connects until the first `complete`. Retries with backoff on 408/409/429/5xx and
    connection errors are the openai client's (`max_retries`, honouring Retry-After).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        model: str = DEFAULT_MODEL,
        base_url: str | None = None,
        timeout: float = 20.0,
        max_retries: int = 2,
        azure_endpoint: str | None = None,
        azure_api_version: str | None = None,
        azure_deployment: str | None = None,
        temperature: float = 0.0,
        max_tokens: int | None = 800,
    ) -> None:
        if not (timeout > 0):
            raise ValueError("timeout must be a positive number of seconds")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if not (api_key or base_url):
            raise ValueError("OpenAI needs an api_key (only a base_url of a local server can do without)")
        self._api_key = api_key or NO_KEY
        self.model = model
        self.base_url = base_url
        self.timeout = float(timeout)
        self.max_retries = int(max_retries)
        self.azure_endpoint = azure_endpoint
        self.azure_api_version = azure_api_version or DEFAULT_AZURE_API_VERSION
        self.azure_deployment = azure_deployment or (model if azure_endpoint else None)
        self.temperature = temperature
        self.max_tokens = max_tokens
        if azure_endpoint:
            self.model_id = f"azure-openai/{self.azure_deployment}"
            self._where = _host(azure_endpoint)
        else:
            self.model_id = f"openai/{model}"
            self._where = _host(base_url)
        self._chat: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"OpenAIChatModel({self.model_id!r} at {self._where!r}, timeout={self.timeout}, max_retries={self.max_retries})"

    def _client(self) -> Any:
        with self._lock:
            if self._chat is None:
                common: dict[str, Any] = dict(
                    api_key=self._api_key,
                    timeout=self.timeout,
                    max_retries=self.max_retries,
                    temperature=self.temperature,
                    max_tokens=self.max_tokens,
                )
                if self.azure_endpoint:
                    from langchain_openai import AzureChatOpenAI

                    self._chat = AzureChatOpenAI(
                        azure_endpoint=self.azure_endpoint,
                        api_version=self.azure_api_version,
                        azure_deployment=self.azure_deployment,
                        **common,
                    )
                else:
                    from langchain_openai import ChatOpenAI

                    # Chat Completions, not the Responses API: it is what Ollama and vLLM speak.
                    self._chat = ChatOpenAI(model=self.model, base_url=self.base_url,
                                            use_responses_api=False, **common)
            return self._chat

    def complete(self, system: str, user: str) -> str:
        import openai
        from langchain_core.messages import HumanMessage, SystemMessage

        who = f"{self.model_id} at {self._where}"
        tries = f"after {self.max_retries} {'retry' if self.max_retries == 1 else 'retries'}"
        try:
            chat = self._client()
        except Exception as e:  # pydantic's validation of the settings
            raise LLMError(f"{who}: the client could not be set up ({type(e).__name__})", kind="config") from None
        try:
            message = chat.invoke([SystemMessage(content=system), HumanMessage(content=user)])
        except openai.APITimeoutError:
            raise LLMError(f"{who}: no answer within {self.timeout:g} s ({tries})", kind="timeout") from None
        except openai.APIConnectionError:
            raise LLMError(f"{who}: could not connect ({tries})", kind="connection") from None
        except openai.APIStatusError as e:
            hint = {401: " - check the API key", 403: " - check the API key's permissions",
                    404: " - check the model name, deployment or base URL", 429: " - rate limited"}
            retried = e.status_code in (408, 409, 429) or e.status_code >= 500
            details = [tries] if retried and self.max_retries else []
            if getattr(e, "request_id", None):
                details.append(f"request id {e.request_id}")
            extra = f" ({', '.join(details)})" if details else ""
            raise LLMError(f"{who}: HTTP {e.status_code}{hint.get(e.status_code, '')}{extra}",
                           kind="http", status=e.status_code) from None
        except Exception as e:  # an unreadable response, or a library error: the caller falls back either way
            raise LLMError(f"{who}: the response could not be read ({type(e).__name__})", kind="response") from None
        text = str(message.text or "")  # str content or the text blocks of a list content
        if not text.strip():
            raise LLMError(f"{who}: the answer was empty", kind="response")
        return text


Reply = Union[str, BaseException, type, Callable[[str, str], str]]


@dataclass(frozen=True)
class Call:
    system: str
    user: str


class ScriptedChatModel:
    """A fake ChatModel for tests: replies come out in the order they were enqueued.

    A reply is a string (returned), an exception instance or class (raised) or a function of
    (system, user) returning a string. With nothing queued, `complete` raises LLMError, as an
    unreachable model would. Every call is kept in `calls`.
    """

    def __init__(self, *replies: Reply, model_id: str = "scripted") -> None:
        self.model_id = model_id
        self.calls: list[Call] = []
        self._queue: deque[Reply] = deque(replies)
        self._lock = threading.Lock()

    def enqueue(self, *replies: Reply) -> "ScriptedChatModel":
        with self._lock:
            self._queue.extend(replies)
        return self

    @property
    def pending(self) -> int:
        return len(self._queue)

    def complete(self, system: str, user: str) -> str:
        with self._lock:
            self.calls.append(Call(system, user))
            if not self._queue:
                raise LLMError(f"{self.model_id}: no reply queued", kind="connection")
            reply = self._queue.popleft()
        if isinstance(reply, BaseException) or (isinstance(reply, type) and issubclass(reply, BaseException)):
            raise reply
        if callable(reply):
            return str(reply(system, user))  # type: ignore[call-arg]
        return str(reply)


@dataclass(frozen=True, repr=False)
class LLMConfig:
    """The language model's settings (bot.app.settings builds them from OPENAI_* / AZURE_OPENAI_* / LLM_*)."""

    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    timeout: float = 20.0
    max_retries: int = 2
    azure_endpoint: str | None = None
    azure_api_key: str | None = None
    azure_api_version: str | None = None
    azure_deployment: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.azure_endpoint or self.api_key or self.base_url)

    def __repr__(self) -> str:
        return (f"LLMConfig(model={self.model!r}, base_url={self.base_url!r}, azure_endpoint={self.azure_endpoint!r}, "
                f"api_key={'<set>' if self.api_key or self.azure_api_key else '<unset>'})")


def chat_model(config: LLMConfig) -> ChatModel | None:
    """The configured language model, or None when none is (the bot then answers extractively).

    Azure when an Azure endpoint is set; otherwise OpenAI with an API key, or any OpenAI-compatible
    server at a base URL (a key is optional there, e.g. for Ollama).
    """
    if config.azure_endpoint:
        if not config.azure_api_key:
            raise LLMError("Azure OpenAI needs AZURE_OPENAI_API_KEY", kind="config")
        return OpenAIChatModel(api_key=config.azure_api_key, model=config.model, timeout=config.timeout,
                               max_retries=config.max_retries, azure_endpoint=config.azure_endpoint,
                               azure_api_version=config.azure_api_version,
                               azure_deployment=config.azure_deployment or config.model)
    if not config.api_key and not config.base_url:
        return None
    return OpenAIChatModel(api_key=config.api_key or NO_KEY, model=config.model, base_url=config.base_url,
                           timeout=config.timeout, max_retries=config.max_retries)
