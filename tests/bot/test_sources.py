"""Sources people can click: an answer from a web page (served by a local HTTP server) carries its
address in `--json`, in Slack's blocks, in Teams' card and in the terminal."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from bot.evaluate import answer_json
from bot.models import Outcome, Passage, Question
from bot.retrieval import Retriever
from bot.sanitize import safe_url
from bot.slack import blocks
from bot.teams import cards
from ingest.config import StoreConfig
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore
from tests.ingest.test_web import Site
from tests.ingest.web_pages import page_path

from .conftest import make_engine

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUESTION = "Hur stor är kommunens internationella projektfond per år?"


@pytest.fixture(scope="module")
def web_store(tmp_path_factory, local_embedder):
    """A knowledge folder with urls.txt (two pages of a local site) and a Markdown file, ingested."""
    site = Site()
    site.thread.start()
    site.page("/projektmedel", page_path("sv-projektmedel.html").read_bytes())
    site.page("/eu-funding", page_path("en-eu-funding.html").read_bytes())
    root = tmp_path_factory.mktemp("web_store")
    knowledge = root / "knowledge"
    (knowledge / "riktlinjer").mkdir(parents=True)
    (knowledge / "urls.txt").write_text(f"{site.url('/projektmedel')}\n{site.url('/eu-funding')}\n", encoding="utf-8")
    (knowledge / "riktlinjer" / "resor och utbyten.md").write_text(
        "# Resor och utbyten\n\nEn tjänsteresa till en vänort godkänns i förväg av förvaltningschefen.\n",
        encoding="utf-8")
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=root / "chroma",
                         documents_base_url="https://intra.example/omvarld/")
    store = KnowledgeStore(config, local_embedder.model_id)
    with ingest_lock(config):
        summary = ingest(store, local_embedder)
    assert summary.added == 3 and not summary.failed, summary
    yield config, local_embedder, store, site
    store.close()
    site.server.shutdown()
    site.server.server_close()


@pytest.fixture(scope="module")
def answer(web_store):
    engine = make_engine(web_store[:3])
    return engine.answer(Question(QUESTION))


def test_an_answer_from_a_page_carries_its_address_in_json(web_store, answer):
    url = web_store[3].url("/projektmedel")
    assert answer.outcome is Outcome.ANSWER, answer.reason
    assert "projektfond" in answer.citations[0].quote
    out = answer_json(answer, 12.0)
    assert out["citations"][0]["url"] == url
    assert out["citations"][0]["document"] == "Internationella projektmedel"
    assert all("url" in s for s in out["sources"])
    assert url in {s["url"] for s in out["sources"]}


def test_slack_links_the_source_as_url_pipe_title_and_section(web_store, answer):
    url = web_store[3].url("/projektmedel")
    text = json.dumps(blocks.render(answer, 7), ensure_ascii=False)
    assert f"1. <{url}|Internationella projektmedel" in text


def test_teams_links_the_source_in_the_card(web_store, answer):
    url = web_store[3].url("/projektmedel")
    card = cards.render(answer, 7).attachments[0].content
    facts = [f for part in card["body"] if part.get("type") == "FactSet" for f in part["facts"]]
    assert any(f["value"].startswith("[Internationella projektmedel") and f["value"].endswith(f"]({url})")
               for f in facts)


def test_ask_json_gives_the_address(web_store, tmp_path):
    config, _, _, site = web_store
    env = {**os.environ, "KNOWLEDGE_DIR": str(config.knowledge_dir), "CHROMA_PATH": str(config.chroma_path),
           "ESCALATION_DB": str(tmp_path / "e.sqlite3")}
    done = subprocess.run([sys.executable, "-m", "bot", "ask", QUESTION, "--json"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["citations"][0]["url"] == site.url("/projektmedel")


def test_the_terminal_prints_the_address(web_store, answer):
    from bot.cli import _print_sources

    out = io.StringIO()
    _print_sources(answer, out)
    first = out.getvalue().splitlines()[0]
    assert first.startswith("  [1] Internationella projektmedel") and first.endswith(f"({web_store[3].url('/projektmedel')})")


def test_a_file_links_to_its_place_under_documents_base_url(web_store):
    _, embedder, store, _ = web_store
    hits = Retriever(store, embedder).search("Vem godkänner en tjänsteresa till en vänort?", 5)
    md = next(p for p in hits if p.source == "riktlinjer/resor och utbyten.md")
    assert md.url == "https://intra.example/omvarld/riktlinjer/resor%20och%20utbyten.md"


def test_an_approved_answer_is_cited_by_who_approved_it_and_when_and_links_nowhere():
    passage = Passage("a:1", "Hur bokar jag? – Via resebyrån.", "Hur bokar jag?", "approved/2025-03-03-hur.md", "",
                      None, 0.9, kind="approved", metadata={"approved": "2025-03-03"})
    assert passage.label("sv") == "Godkänt svar av den internationella samordnaren, 3 mars 2025"
    assert passage.label("en") == "Approved answer by the international coordinator, 3 March 2025"
    source = {"label": passage.label("sv"), "url": passage.url}
    assert blocks.source_line(source, 1) == "1. Godkänt svar av den internationella samordnaren, 3 mars 2025"
    assert cards.source_facts([source])["facts"][0]["value"] == source["label"]


def test_only_web_addresses_become_links_and_their_delimiters_are_encoded():
    assert safe_url("javascript:alert(1)") is None and safe_url("file:///etc/passwd") is None
    assert safe_url("https://intra.example/a b|c>(d)") == "https://intra.example/a%20b%7Cc%3E%28d%29"
    line = blocks.source_line({"label": "EU <fonder> | 2025", "url": "https://x.example/a|b"}, 2)
    assert line == "2. <https://x.example/a%7Cb|EU &lt;fonder&gt; | 2025>"
