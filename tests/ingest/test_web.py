"""Web pages listed in urls.txt, fetched from a local HTTP server (never the internet)."""
from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ingest import web
from ingest.indexer import Summary, ingest, ingest_lock

from .fakes import FakeEmbedder, served_texts, store_for
from .web_pages import page_path


class Site:
    """A web server on 127.0.0.1 with pages to change, fail or slow down; it records every request."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}  # path -> (status, content type, body)
        self.delay: dict[str, float] = {}
        self.requests: list[tuple[str, dict]] = []
        self.closing = threading.Event()  # set at the end of the test: wakes the delayed answers
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the stdlib's name)
                site.requests.append((self.path, dict(self.headers)))
                if site.closing.wait(site.delay.get(self.path, 0)):
                    return  # the test is over, its client long gone
                try:
                    self.answer()
                except OSError:  # the client gave up (a timeout) before the answer came
                    self.close_connection = True

            def answer(self):
                status, kind, body = site.pages.get(self.path, (404, "text/html", b"<h1>Saknas</h1>"))
                etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                if status in (301, 302):
                    self.send_header("Location", body.decode())
                    body = b""
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                if status == 200:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def page(self, path: str, body: bytes | str, status: int = 200, kind: str = "text/html; charset=utf-8"):
        self.pages[path] = (status, kind, body.encode() if isinstance(body, str) else body)

    def got(self, path: str) -> list[dict]:
        return [headers for p, headers in self.requests if p == path]


@pytest.fixture
def site():
    s = Site()
    s.thread.start()
    yield s
    s.closing.set()
    s.server.shutdown()
    s.server.server_close()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "knowledge"
    path.mkdir()
    (path / "resor.md").write_text("# Resor\n\nResor godkänns av förvaltningschefen.\n", encoding="utf-8")
    return path


def listing(folder, *urls: str) -> None:
    (folder / "urls.txt").write_text("# webbsidor som boten läser\n\n" + "\n".join(urls) + "\n", encoding="utf-8")


def run(store, embedder=None) -> Summary:
    with ingest_lock(store.config):
        return ingest(store, embedder or FakeEmbedder())


VANORTER = page_path("sv-vanorter.html").read_bytes()
FUNDING = page_path("en-eu-funding.html").read_bytes()


def test_pages_are_fetched_then_not_modified_then_reread_when_changed_kept_on_500_and_removed_when_unlisted(
        tmp_path, folder, site):
    site.page("/vanorter", VANORTER)
    site.page("/eu-funding", FUNDING)
    listing(folder, site.url("/vanorter"), site.url("/eu-funding"))
    store = store_for(tmp_path, folder, FakeEmbedder())

    first = run(store)
    assert (first.added, first.failed) == (3, [])
    records = store.files()
    page = records[site.url("/vanorter")]
    assert (page.title, page.url, page.fetch_status, page.fetch_error) == ("Vänorter", site.url("/vanorter"), "200", "")
    chunks = [c for c in store.iter_chunks() if c.metadata["source"] == site.url("/vanorter")]
    assert chunks and all(c.metadata["url"] == site.url("/vanorter") and c.metadata["title"] == "Vänorter"
                          for c in chunks)
    assert any("Vänort: Stord; Land: Norge" in c.text for c in chunks)
    assert not any("Kakor" in c.text or "Lyssna" in c.text for c in store.iter_chunks())
    headers = site.got("/vanorter")[0]
    assert headers["User-Agent"].startswith("Omvarld/") and "If-None-Match" not in headers

    counting = FakeEmbedder()
    second = run(store, counting)
    assert (second.unchanged, second.added, second.updated, counting.calls) == (3, 0, 0, 0)
    assert site.got("/vanorter")[-1]["If-None-Match"] == page.etag
    assert store.files()[site.url("/vanorter")].fetch_status == "304"

    site.page("/vanorter", VANORTER.replace(b"2 000 kronor", b"3 000 kronor"))
    third = run(store)
    assert (third.updated, third.unchanged) == (1, 2)
    assert any("3 000 kronor" in t for t in served_texts(store, site.url("/vanorter")))
    assert not any("2 000 kronor" in t for t in served_texts(store))

    before = served_texts(store, site.url("/eu-funding"))
    site.page("/eu-funding", b"<h1>Fel</h1>", status=500)
    fourth = run(store)
    assert fourth.failed == [{"path": site.url("/eu-funding"), "error": "the server answered 500 Internal Server Error"}]
    assert served_texts(store, site.url("/eu-funding")) == before
    failed = web.failed_pages(store.files())
    assert [(r.source, r.fetch_status) for r in failed] == [(site.url("/eu-funding"), "500")]

    listing(folder, site.url("/vanorter"))
    fifth = run(store)
    assert fifth.removed == 1 and fifth.failed == []
    assert site.url("/eu-funding") not in store.files() and served_texts(store, site.url("/eu-funding")) == []
    assert set(store.files()) == {"resor.md", site.url("/vanorter")}


def test_same_bytes_without_validators_count_as_unchanged(tmp_path, folder, site):
    site.page("/vanorter", VANORTER)
    listing(folder, site.url("/vanorter"))
    store = store_for(tmp_path, folder, FakeEmbedder())
    run(store)
    record = store.files()[site.url("/vanorter")]
    store.commit_file(type(record)(**{**record.__dict__, "etag": ""}))  # a server that sends no ETag
    counting = FakeEmbedder()
    assert run(store, counting).unchanged == 2 and counting.calls == 0


@pytest.mark.parametrize("setup, error", [
    (lambda s: s.page("/p", b"%PDF-1.7 ...", kind="application/pdf"), "not an HTML page (the server says application/pdf)"),
    (lambda s: s.page("/p", b"<p>" + b"x" * 3000 + b"</p>"), "larger than 0.002 MB (WEB_MAX_BYTES)"),
    (lambda s: (s.page("/p", VANORTER), s.delay.__setitem__("/p", 3)), "no answer within 1 s"),
    (lambda s: s.page("/p", b"ftp://127.0.0.1/fil.html", status=302), "redirected to a non-web address (ftp:)"),
    (lambda s: None, "the server answered 404 Not Found"),
], ids=["not-html", "too-large", "timeout", "redirect-to-ftp", "missing"])
def test_a_page_that_cannot_be_used_is_reported_by_address_and_the_rest_is_indexed(
        tmp_path, folder, site, setup, error):
    setup(site)
    listing(folder, site.url("/p"))
    store = store_for(tmp_path, folder, FakeEmbedder(), web_timeout=1.0, web_max_bytes=2000)
    summary = run(store)
    assert summary.failed == [{"path": site.url("/p"), "error": error}]
    assert summary.added == 1  # resor.md
    record = store.files()[site.url("/p")]
    assert (record.chunks, record.fetch_error) == (0, error)


def test_urls_txt_takes_comments_blank_lines_and_only_web_addresses(tmp_path, folder, site):
    site.page("/a", VANORTER)
    (folder / "urls.txt").write_text(
        f"# Vänorter\n{site.url('/a')}  \n\n{site.url('/a')}\nfile:///etc/passwd\nftp://example.org/x\n"
        "inte en adress\n", encoding="utf-8")
    summary = run(store_for(tmp_path, folder, FakeEmbedder()))
    assert summary.added == 2
    assert [f["path"] for f in summary.failed] == ["urls.txt line 5", "urls.txt line 6", "urls.txt line 7"]
    assert "only http and https" in summary.failed[0]["error"]


def test_link_for_joins_the_base_address_and_the_files_path():
    assert web.link_for("https://intra.example/dokument/", "eu/EU-fonder 2025.pdf") == (
        "https://intra.example/dokument/eu/EU-fonder%202025.pdf")
    assert web.link_for("", "a.md") == ""
