"""`python -m ingest`: bring the knowledge base in step with the knowledge folder.

Exit codes: 0 every file loaded, 1 some failed (the rest is indexed), 2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from .config import ConfigError, StoreConfig
from .embeddings import make_embeddings
from .indexer import Summary, ingest, ingest_lock, scan
from .store import KnowledgeStore, StoreError


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


def config_from(args: argparse.Namespace, env=None) -> StoreConfig:
    config = StoreConfig.from_env(env)
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
    """A progress bar on a terminal, plain lines otherwise (logs, CI, pipes)."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._bar = None
        self._file = None

    def __call__(self, rel: str, done: int, total: int) -> None:
        if self.tty:
            from tqdm import tqdm

            if self._file != rel:
                self.close()
                self._bar = tqdm(total=total, desc=rel[-40:], unit="chunk", file=self.stream, leave=False)
                self._file = rel
            self._bar.update(done - self._bar.n)
        elif done == total:
            print(f"ingest: {rel}: {total} chunks embedded", file=self.stream)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def run_once(config: StoreConfig, embedder, rebuild: bool, reporter: Reporter) -> Summary:
    store = KnowledgeStore(config, embedder.model_id)
    with ingest_lock(config, on_wait=lambda: print("ingest: waiting for another ingestion to finish…",
                                                   file=sys.stderr)):
        try:
            return ingest(store, embedder, rebuild=rebuild, progress=reporter)
        finally:
            reporter.close()


def report(summary: Summary, as_json: bool) -> None:
    for failure in summary.failed:
        print(f"ingest: FAILED {failure['path']}: {failure['error']} (previous version, if any, kept)",
              file=sys.stderr)
    line = (f"ingest: {summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
            f"{summary.removed} removed, {len(summary.failed)} failed; {summary.chunks} chunks "
            f"in {summary.seconds:.1f} s")
    print(line, file=sys.stderr if as_json else sys.stdout)
    if as_json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False), flush=True)


def snapshot(folder: Path) -> dict[str, tuple[float, int]]:
    out = {}
    for rel, path in scan(folder).items():
        try:
            st = path.stat()
        except FileNotFoundError:
            continue
        out[rel] = (st.st_mtime, st.st_size)
    return out


def main(argv: list[str] | None = None) -> int:
    from dotenv import load_dotenv

    load_dotenv(override=False)
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING").upper(), format="%(levelname)s %(name)s: %(message)s")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        config = config_from(args)
        embedder = make_embeddings(config)
        reporter = Reporter()
        summary = run_once(config, embedder, args.rebuild, reporter)
        report(summary, args.json)
        if not args.watch:
            return 1 if summary.failed else 0
        print(f"ingest: watching {config.knowledge_dir} (Ctrl-C to stop)", file=sys.stderr)
        seen = snapshot(config.knowledge_dir)
        while True:
            time.sleep(args.interval)
            now = snapshot(config.knowledge_dir)
            if now != seen:
                seen = now
                report(run_once(config, embedder, False, reporter), args.json)
    except KeyboardInterrupt:
        return 0
    except (ConfigError, StoreError) as e:
        print(f"ingest: error: {e}", file=sys.stderr)
        return 2
