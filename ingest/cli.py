"""`python -m ingest`: bring the knowledge base in step with the knowledge folder (and the web
pages its urls.txt lists).

Exit codes: 0 every file loaded, 1 some failed (the rest is indexed) or the run broke off,
2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import time
from pathlib import Path
from typing import Any

from .config import ConfigError, StoreConfig
from .embeddings import batch_embedder
from .indexer import Summary, ingest_locked
from .sources import scan_sources
from .store import StoreError
from .web import URLS_FILE

log = logging.getLogger("ingest")


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m ingest", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", type=Path, help="knowledge folder (default: KNOWLEDGE_DIR or ./knowledge)")
    p.add_argument("--store", type=Path, help="embedded Chroma folder (default: CHROMA_PATH or .data/chroma)")
    p.add_argument("--rebuild", action="store_true", help="start over: drop the index and embed everything again")
    p.add_argument("--json", action="store_true", help="print one JSON summary as the last line of stdout")
    p.add_argument("--watch", action="store_true", help="keep running and re-ingest when files change")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between checks with --watch")
    return p.parse_args(argv)


def config_from(args: argparse.Namespace, settings=None) -> StoreConfig:
    """The knowledge store's settings (bot.app.settings; default: the environment and .env), with
    --source and --store applied."""
    from bot.app.settings import Settings

    config = (settings or Settings.from_env()).store
    changes = {}
    if args.source:
        changes["knowledge_dir"] = args.source
    if args.store:
        changes["chroma_path"] = args.store
    if changes:
        config = StoreConfig(**{**config.__dict__, **changes})
    if not config.knowledge_dir.is_dir():
        raise ConfigError(f"knowledge folder {str(config.knowledge_dir)!r} does not exist")
    return config


class Reporter:
    """A progress bar on a terminal; plain lines otherwise (logs, CI, pipes, `docker logs`): one
    when a file is done, and while a large file is being embedded one every `every` seconds with
    how far it has come and about how long is left."""

    def __init__(self, stream=None, *, every: float = 30.0, clock=time.monotonic) -> None:
        self.stream = stream or sys.stderr  # looked up now, not at import: tests and tools swap it
        self.tty = self.stream.isatty()
        self.every = every
        self.clock = clock
        self._bar: Any = None
        self._file: str | None = None
        self._started = self._last = 0.0

    def __call__(self, rel: str, done: int, total: int) -> None:
        if self.tty:
            from tqdm import tqdm

            if self._file != rel:
                self.close()
                self._bar = tqdm(total=total, desc=rel[-40:], unit="chunk", file=self.stream, leave=False,
                                 mininterval=0, miniters=1)  # one update per embedded batch: show each
                self._file = rel
            self._bar.update(done - self._bar.n)
            return
        now = self.clock()
        if self._file != rel:
            self._file, self._started, self._last = rel, now, now
        if done == total:
            print(f"ingest: {rel}: {total} chunks embedded", file=self.stream, flush=True)
        elif now - self._last >= self.every and done:
            self._last = now
            left = (now - self._started) / done * (total - done)
            print(f"ingest: {rel}: {done} of {total} chunks embedded, about {_duration(left)} left",
                  file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        self._file = None


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


def run_once(config: StoreConfig, embedder, rebuild: bool, reporter: Reporter) -> Summary:
    try:
        return ingest_locked(config, embedder, rebuild=rebuild, progress=reporter,
                             on_wait=lambda: print("ingest: waiting for another ingestion to finish…",
                                                   file=sys.stderr))
    finally:
        reporter.close()


def report(summary: Summary, as_json: bool) -> None:
    for failure in summary.failed:
        print(f"ingest: FAILED {failure['path']}: {failure['error']} (previous version, if any, kept)",
              file=sys.stderr)
    line = (f"ingest: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
            f"{summary.removed} removed, {len(summary.failed)} failed; {summary.chunks} chunks "
            f"in {summary.seconds:.1f} s")
    print(line, file=sys.stderr if as_json else sys.stdout, flush=True)
    if as_json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False), flush=True)


def snapshot(config: StoreConfig) -> dict[str, tuple[float, int]]:
    """(mtime, size) of every file an ingestion reads: the knowledge folder's and the approved answers'."""
    out = {}
    found = scan_sources(config)
    if (config.knowledge_dir / URLS_FILE).is_file():
        found[URLS_FILE] = config.knowledge_dir / URLS_FILE
    for rel, path in found.items():
        try:
            st = path.stat()
        except FileNotFoundError:
            continue
        out[rel] = (st.st_mtime, st.st_size)
    return out


def watch(config: StoreConfig, embedder, args: argparse.Namespace, reporter: Reporter) -> None:
    """Re-ingest whenever a file is added, changed or removed, and every WEB_REFRESH_HOURS when
    urls.txt lists web pages (they are re-fetched conditionally). Stopped by Ctrl-C or SIGTERM."""
    print(f"ingest: watching {config.knowledge_dir} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    seen = snapshot(config)
    fetched = time.monotonic()
    while True:
        time.sleep(args.interval)
        now = snapshot(config)
        due = URLS_FILE in now and time.monotonic() - fetched >= config.web_refresh_hours * 3600
        if now != seen or due:
            seen, fetched = now, time.monotonic()
            report(run_once(config, embedder, False, reporter), args.json)


def _stop(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    from bot.app.settings import Settings

    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.interval <= 0:
        print("ingest: error: --interval must be more than 0 seconds", file=sys.stderr)
        return 2
    try:
        settings = Settings.from_env()  # the environment, then the .env of the folder you run from
        logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
        config = config_from(args, settings)
        embedder = batch_embedder(config)
        reporter = Reporter()
        if args.watch:
            signal.signal(signal.SIGTERM, _stop)  # a service manager's stop is a clean stop
            first = snapshot(config)
        summary = run_once(config, embedder, args.rebuild, reporter)
        report(summary, args.json)
        if not args.watch:
            return 1 if summary.failed else 0
        if snapshot(config) != first:  # changed while the first run read it
            report(run_once(config, embedder, False, reporter), args.json)
        watch(config, embedder, args, reporter)
        return 0
    except KeyboardInterrupt:
        return 0
    except (ConfigError, StoreError) as e:
        print(f"ingest: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the store or the machine failed mid-run: what was committed stays
        log.debug("ingestion broke off", exc_info=True)
        print(f"ingest: error: ingestion broke off ({e.__class__.__name__}: {e}); files not yet "
              "indexed keep their previous version. Run again; LOG_LEVEL=DEBUG shows details.",
              file=sys.stderr)
        return 1
