"""Web pages as knowledge: the addresses listed in `urls.txt` in the knowledge folder.

Each page is fetched (http and https only, a size cap, a timeout, a clear User-Agent), its main
content read as an HTML file is (ingest.loaders.html), and indexed with its <title> as the document's
name and its address as its source. Re-fetching is conditional (If-None-Match / If-Modified-Since):
a 304, or the same bytes, counts as unchanged. A page that fails keeps its earlier chunks and is
reported by address; its record says when it was last fetched and what the server said. A page
taken off the list is removed by the indexer like a deleted file.
"""
from __future__ import annotations

import hashlib
import http.client
import logging
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, replace
from pathlib import Path

from .document import LoadError
from .loaders import html
from .store import FileRecord, KnowledgeStore

log = logging.getLogger(__name__)

URLS_FILE = "urls.txt"
USER_AGENT = "Omvarld/1.0 (knowledge assistant of a municipality; reads the pages listed in its urls.txt)"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CHUNK = 64 * 1024
_MAX_REDIRECTS = 5


@dataclass(frozen=True)
class WebSettings:
    timeout: float = 20.0           # seconds for the whole fetch of one page
    max_bytes: int = 5_000_000      # a larger page is refused
    user_agent: str = USER_AGENT


class FetchError(Exception):
    """A page could not be fetched or read; the message is for the operator. `status` is what the
    server said ("404", "500") or what went wrong ("timeout", "not-html", "too-large", "error")."""

    def __init__(self, message: str, status: str = "error") -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    status: int                     # 200, or 304 (not modified: no body)
    body: bytes = b""
    charset: str | None = None
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class UrlList:
    urls: list[str]
    problems: list[dict]            # {"path": "urls.txt line 3", "error": ...}, reported like failed files


def read_urls(folder: Path) -> UrlList:
    """The addresses in `folder`/urls.txt, one a line, `#` comments and blank lines allowed; each once."""
    path = Path(folder) / URLS_FILE
    if not path.is_file():
        return UrlList([], [])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        return UrlList([], [{"path": URLS_FILE, "error": f"could not be read ({e.__class__.__name__})"}])
    urls: list[str] = []
    problems: list[dict] = []
    for number, line in enumerate(text.splitlines(), 1):
        address = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not address or address.startswith("#"):
            continue
        problem = _address_problem(address)
        if problem:
            problems.append({"path": f"{URLS_FILE} line {number}", "error": f"{address!r}: {problem}"})
        elif address not in urls:
            urls.append(address)
    return UrlList(urls, problems)


def _address_problem(address: str) -> str:
    parts = urllib.parse.urlsplit(address)
    if parts.scheme.lower() not in ("http", "https"):
        return "only http and https addresses can be fetched"
    if not parts.hostname or " " in address:
        return "not a web address"
    return ""


def link_for(base_url: str, source: str) -> str:
    """A document's address where the knowledge folder is published (DOCUMENTS_BASE_URL): the base
    joined with the file's path, each part percent-encoded ("EU-fonder 2025.pdf" → "EU-fonder%202025.pdf")."""
    if not base_url:
        return ""
    path = "/".join(urllib.parse.quote(part) for part in source.split("/"))
    return base_url.rstrip("/") + "/" + path


# --- fetching ---------------------------------------------------------------------------------

class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = _MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-web address ({newurl.split(':', 1)[0]}:)", "redirect")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, settings: WebSettings, *, etag: str = "", last_modified: str = "") -> Fetched:
    """GET one page, conditionally when validators are given. Raises FetchError."""
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
               "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    deadline = time.monotonic() + settings.timeout
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=settings.timeout) as response:
            info = response.headers
            kind = info.get_content_type()
            if kind not in _HTML_TYPES:
                raise FetchError(f"not an HTML page (the server says {kind})", "not-html")
            declared = info.get("Content-Length", "")
            if declared.isdigit() and int(declared) > settings.max_bytes:
                raise FetchError(f"larger than {_mb(settings.max_bytes)} (WEB_MAX_BYTES)", "too-large")
            body = _read_capped(response, settings, deadline)
            return Fetched(response.status, body, info.get_content_charset(), info.get("ETag", "") or "",
                           info.get("Last-Modified", "") or "")
    except urllib.error.HTTPError as e:
        if e.code == 304:
            return Fetched(304, etag=etag, last_modified=last_modified)
        raise FetchError(f"the server answered {e.code} {e.reason}", str(e.code)) from e
    except FetchError:
        raise
    except (socket.timeout, TimeoutError) as e:
        raise FetchError(f"no answer within {settings.timeout:g} s", "timeout") from e
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"no answer within {settings.timeout:g} s", "timeout") from e
        raise FetchError(f"could not connect ({reason})", "unreachable") from e
    except (OSError, ValueError, http.client.HTTPException) as e:
        raise FetchError(f"the connection failed ({e.__class__.__name__})", "error") from e


def _read_capped(response, settings: WebSettings, deadline: float) -> bytes:
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"no complete answer within {settings.timeout:g} s", "timeout")
        part = response.read(_CHUNK)
        if not part:
            return b"".join(parts)
        size += len(part)
        if size > settings.max_bytes:
            raise FetchError(f"larger than {_mb(settings.max_bytes)} (WEB_MAX_BYTES)", "too-large")
        parts.append(part)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


# --- indexing ---------------------------------------------------------------------------------

def page_hash(body: bytes, pipeline: str) -> str:
    """Like ingest.indexer.file_hash: of the pipeline id and the page's bytes."""
    h = hashlib.sha256(f"{pipeline}\n".encode())
    h.update(body)
    return h.hexdigest()


def sync_page(store: KnowledgeStore, url: str, old: FileRecord | None, settings: WebSettings, pipeline: str,
              index) -> str:
    """Bring one page up to date: "unchanged", "added" or "updated", or raises FetchError (after
    recording the failure; the page's earlier chunks stay).

    `index(doc, digest, record)` writes a loaded document's chunks and commits `record` (the indexer's
    own way of storing a file), so pages and files are stored alike.
    """
    usable = old is not None and old.chunks > 0 and old.pipeline == pipeline  # else fetch it whole
    started = time.time()
    try:
        got = fetch(url, settings, etag=old.etag if usable else "", last_modified=old.last_modified if usable else "")
        if got.status == 304:
            store.commit_file(replace(old, fetched_at=started, fetch_status="304", fetch_error=""))
            return "unchanged"
        digest = page_hash(got.body, pipeline)
        fetched = dict(url=url, etag=got.etag, last_modified=got.last_modified, fetched_at=started,
                       fetch_status=str(got.status), fetch_error="")
        if usable and old.file_hash == digest:
            store.commit_file(replace(old, **fetched))
            return "unchanged"
        try:
            doc = html.from_html(html.decode(got.body, got.charset), url, fallback_title=url)
        except LoadError as e:
            raise FetchError(str(e), "unreadable") from e
        doc.url = url
        record = FileRecord(source=url, file_hash=digest, title=doc.title, chunks=0, ingested_at=time.time(),
                            kind=doc.kind, size=len(got.body), pipeline=pipeline, **fetched)
        try:
            index(doc, digest, record)
        except Exception as e:  # no text, or the embedder failed: the message is the indexer's
            raise FetchError(str(e) or e.__class__.__name__, "not-indexed") from e
        return "updated" if old is not None and old.chunks > 0 else "added"
    except FetchError as e:
        _record_failure(store, url, old, started, e)
        raise


def _record_failure(store: KnowledgeStore, url: str, old: FileRecord | None, when: float, error: FetchError) -> None:
    """What the status commands show: the last fetch's time and error; chunks of an earlier fetch stay."""
    failed = dict(fetched_at=when, fetch_status=error.status, fetch_error=str(error))
    if old is not None:
        store.commit_file(replace(old, **failed))
    else:  # never fetched: a record without chunks, so the failure is visible
        store.commit_file(FileRecord(source=url, file_hash="", title=url, chunks=0, ingested_at=0.0, url=url, **failed))


def failed_pages(records: dict[str, FileRecord]) -> list[FileRecord]:
    """Pages whose last fetch failed, by address."""
    return sorted((r for r in records.values() if r.url and r.fetch_error), key=lambda r: r.source)
