"""Hostile files against the loaders: time and peak memory to refuse each, with the default caps.

    python -m bench.hostile_ingest [--bomb-mb 1500] [--text-mb 50]

- a Word file whose word/document.xml inflates to --bomb-mb MB (the issue's 1.5 GB, about 1.5 MB packed)
- a --text-mb MB .txt file
- an ordinary Word file and an ordinary .txt, for comparison

Each is loaded in a fresh process (`ingest.loaders.load`), so the peak memory (max RSS) is that
file's alone.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MB = 1_000_000

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from ingest.document import LoadError
from ingest.loaders import load
path = Path(sys.argv[1])
started = time.perf_counter()
try:
    doc = load(path, path.name)
    outcome = f"loaded, {len(doc.blocks)} blocks"
except LoadError as e:
    outcome = "refused: " + str(e).split(';')[0]
print(json.dumps({"seconds": time.perf_counter() - started, "outcome": outcome,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def write_bomb(path: Path, unpacked_mb: int) -> None:
    sys.path.insert(0, str(REPO))
    from tests.ingest.test_limits import write_docx_bomb

    write_docx_bomb(path, unpacked_mb * MB)


def measure(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=3600)
    if done.returncode != 0:
        return {"seconds": float("nan"), "outcome": f"crashed ({done.returncode})", "max_rss_mb": float("nan")}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.hostile_ingest")
    p.add_argument("--bomb-mb", type=int, default=1500)
    p.add_argument("--text-mb", type=int, default=50)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        write_bomb(folder / "bomb.docx", args.bomb_mb)
        write_bomb(folder / "ordinary.docx", 1)
        line = "Kommunen samarbetar med vänorter i Norden och söker medel ur EU:s fonder.\n"
        with open(folder / "big.txt", "w", encoding="utf-8") as fh:
            for _ in range(args.text_mb * MB // len(line.encode())):
                fh.write(line)
        (folder / "ordinary.txt").write_text(line * 200, encoding="utf-8")
        print(f"files written in {time.perf_counter() - started:.1f} s")
        print(f"{'file':<16} {'on disk':>10} {'seconds':>8} {'max RSS':>9}  outcome")
        for name in ("bomb.docx", "ordinary.docx", "big.txt", "ordinary.txt"):
            path = folder / name
            result = measure(path)
            print(f"{name:<16} {path.stat().st_size / MB:>8.1f}MB {result['seconds']:>8.3f} "
                  f"{result['max_rss_mb']:>7.0f}MB  {result['outcome']}")


if __name__ == "__main__":
    main(sys.argv[1:])
