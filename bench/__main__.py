"""`python -m bench`: every benchmark with its default settings, one after the other.

    python -m bench [--quick]

--quick: a smoke run (fewer documents, 1k chunks only, one pass).
Each benchmark also runs alone: python -m bench.ingest_throughput | bench.query_latency | bench.chunk_size |
bench.load_slack | bench.web_chrome (chrome the HTML loader lets through, on the test pages) |
bench.coordinator_month (not in --quick: it takes a few minutes) | bench.hostile_ingest.
"""
from __future__ import annotations

import sys

from . import chunk_size, coordinator_month, hostile_ingest, ingest_throughput, load_slack, query_latency


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    ingest_throughput.main(["--documents", "5", "--large", "40"] if quick else [])
    print()
    query_latency.main(["--sizes", "1000", "--repeat", "1"] if quick else [])
    print()
    chunk_size.main(["--sizes", "500,700"] if quick else [])
    print()
    load_slack.main(["--askers", "1,5", "--questions", "40"] if quick else [])
    print()
    hostile_ingest.main(["--bomb-mb", "200", "--text-mb", "25"] if quick else [])
    if not quick:
        print()
        coordinator_month.main([])


if __name__ == "__main__":
    main(sys.argv[1:])
