"""`python -m bench.web_chrome [FILE.html ...]`: how much page chrome the HTML loader lets through.

For the test pages in tests/ingest/pages (Swedish and English municipal pages, with and without
semantic tags; what each must keep and drop is listed in tests/ingest/web_pages.py) it prints, per
page, the chrome phrases found in the loaded text and headings, the content phrases missing, the
number of blocks and the load time. Other files given on the command line are loaded and their
blocks printed, to look at by eye.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from ingest.loaders import html
from tests.ingest.web_pages import PAGES, leaks, page_path


def measure() -> tuple[int, int, int, int]:
    leaked = chrome_total = missing = content_total = 0
    print(f"{'page':24} {'chrome leaked':>14} {'content missing':>16} {'blocks':>7} {'ms':>7}")
    for name, (_, content, chrome) in sorted(PAGES.items()):
        started = time.perf_counter()
        doc = html.load(page_path(name), name)
        ms = (time.perf_counter() - started) * 1000
        text = "\n".join(b.text + "\n" + "\n".join(b.headings) for b in doc.blocks)
        found = leaks(text, chrome)
        lost = [c for c in content if c not in text]
        leaked, chrome_total = leaked + len(found), chrome_total + len(chrome)
        missing, content_total = missing + len(lost), content_total + len(content)
        print(f"{name:24} {len(found):>6} / {len(chrome):<6} {len(lost):>7} / {len(content):<7} {len(doc.blocks):>7} {ms:>7.0f}")
        for phrase in found + [f"MISSING {c}" for c in lost]:
            print(f"    {phrase}")
    print(f"{'total':24} {leaked:>6} / {chrome_total:<6} {missing:>7} / {content_total:<7}")
    return leaked, chrome_total, missing, content_total


def main(argv: list[str]) -> None:
    if not argv:
        measure()
        return
    for arg in argv:
        doc = html.load(Path(arg), Path(arg).name)
        print(f"== {arg}: {doc.title}")
        for block in doc.blocks:
            print(f"[{' › '.join(block.headings)}]\n{block.text}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
