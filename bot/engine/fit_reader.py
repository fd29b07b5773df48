"""Fitting the reader (bot/engine/reader.py) on the tune part: multilingual-e5-small as a
cross-encoder, its top layers changed by low-rank updates (LoRA) and a vector on the mean of its
last states trained to say whether a unit answers the question.

Needs PyTorch, which the bot itself does not: `pip install torch` (on this project's machines the
CPU build, `pip install torch==2.13.0`), then `python -m bot fit`. The lower layers stay as the
package ships them, so their states are computed once for every pair and only the top layers are
trained.

Each pair is a question and one of its candidate units (the best ones by the sentence model),
labelled as the evaluation labels them (the unit holds one of the question's answer phrases); the
units of questions the documents do not answer are all negatives, so the reader learns when a unit
that looks right does not hold the fact. `cross_fitted` trains one reader per group of documents
and scores each question with the reader that never saw it: the answer model is then fitted on
scores like those it will meet on new documents.
"""
from __future__ import annotations

import copy
import io
import math
import random
import time
from typing import Any, Callable, Sequence

import numpy as np

from .reader import READ, Reading, pair_tokens

FROZEN = 8          # layers kept as shipped (of 12)
RANK = 16           # of each low-rank update
EPOCHS = 4
LEARNING_RATE = 3e-4
BATCH = 32


def require_torch():
    try:
        import torch
    except ImportError as e:  # pragma: no cover - depends on the machine
        raise SystemExit("omvärld: error: fitting the reader needs PyTorch: pip install torch "
                         "(the CPU build is enough), then run `python -m bot fit` again") from e
    return torch


def build(weights):
    """The encoder in torch, from the package's 4-bit weights dequantised: (lower, top layers)."""
    torch = require_torch()
    nn, F = torch.nn, torch.nn.functional
    Module: Any = nn.Module
    from ingest.e5_onnx import dequantize

    H, heads, eps = weights.hidden, weights.heads, float(weights.eps)

    def tensor(a):
        return nn.Parameter(torch.tensor(np.ascontiguousarray(a), dtype=torch.float32), requires_grad=False)

    class Linear(Module):
        def __init__(self, name: str, rows: int) -> None:
            super().__init__()
            self.name = name
            self.weight = tensor(dequantize(weights.q4_blocks(name + ".w", rows)))
            self.bias = tensor(weights.f32(name + ".b"))
            self.a = self.b = None

        def adapt(self, rank: int) -> None:
            self.a = nn.Parameter(torch.randn(rank, self.weight.shape[1]) / math.sqrt(self.weight.shape[1]))
            self.b = nn.Parameter(torch.zeros(self.weight.shape[0], rank))

        def forward(self, x):
            y = F.linear(x, self.weight, self.bias)
            return y if self.a is None else y + (x @ self.a.T) @ self.b.T

    class Layer(Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            p = f"l{i}."
            self.prefix = p
            self.q, self.k, self.v = Linear(p + "q", H), Linear(p + "k", H), Linear(p + "v", H)
            self.ao, self.fi, self.fo = Linear(p + "ao", H), Linear(p + "fi", weights.ffn), Linear(p + "fo", H)
            self.aln, self.oln = nn.LayerNorm(H, eps=eps), nn.LayerNorm(H, eps=eps)
            for ln, n in ((self.aln, "aln"), (self.oln, "oln")):
                ln.weight, ln.bias = tensor(weights.f32(p + n + ".w")), tensor(weights.f32(p + n + ".b"))

        def linears(self):
            return (self.q, self.k, self.v, self.ao, self.fi, self.fo)

        def forward(self, x, mask):
            B, L, _ = x.shape
            d = H // heads

            def split(t):
                return t.view(B, L, heads, d).transpose(1, 2)

            att = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)),
                                                 attn_mask=mask[:, None, None, :].bool())
            x1 = self.aln(x + self.ao(att.transpose(1, 2).reshape(B, L, H)))
            return self.oln(x1 + self.fo(F.gelu(self.fi(x1))))

    layers = [Layer(i) for i in range(weights.layers)]
    ln = nn.LayerNorm(H, eps=eps)
    ln.weight, ln.bias = tensor(weights.f32("emb.ln.w")), tensor(weights.f32("emb.ln.b"))
    return ln, layers


class Trainer:
    """Pairs in, fine-tuned readers out (as the arrays reader.npz holds)."""

    def __init__(self, e5, *, frozen: int = FROZEN, log: Callable[[str], None] = print) -> None:
        torch = require_torch()
        torch.manual_seed(0)
        self.torch, self.e5, self.frozen, self.log = torch, e5, frozen, log
        self.ln, self.layers = build(e5.weights)
        self._states: dict[tuple[int, ...], Any] = {}

    def tokens(self, question: str, text: str) -> tuple[int, ...]:
        return pair_tokens(self.e5, question, text)

    def lower_states(self, seqs: list[tuple[int, ...]], quiet: bool = False) -> None:
        """The frozen layers' output for each sequence not seen yet (kept, float16)."""
        torch = self.torch
        todo = sorted({s for s in seqs if s not in self._states}, key=len)
        started = time.time()
        with torch.no_grad():
            for i in range(0, len(todo), 64):
                batch = todo[i:i + 64]
                ids, mask = self.e5.padded(batch)
                x = self.ln(torch.tensor(self.e5.embed_ids(ids, ids.shape[1])))
                m = torch.tensor(mask.astype(np.int64))
                for layer in self.layers[:self.frozen]:
                    x = layer(x, m)
                for r, s in enumerate(batch):
                    self._states[s] = x[r, :len(s) + 2].half()
        if todo and not quiet:
            self.log(f"reader: the lower layers' states of {len(todo)} pairs in {time.time() - started:.0f} s")

    def train(self, pairs: list[tuple[tuple[int, ...], float]], *, epochs: int = EPOCHS, rank: int = RANK,
              rate: float = LEARNING_RATE) -> tuple[dict[str, np.ndarray], tuple]:
        """The reader's arrays (as reader.npz holds them) and the trained modules (for `scorer`)."""
        torch = self.torch
        nn = torch.nn
        rng = random.Random(0)
        torch.manual_seed(0)
        self.lower_states([s for s, _ in pairs])
        top = [copy.deepcopy(layer) for layer in self.layers[self.frozen:]]
        params = []
        for layer in top:
            for lin in layer.linears():
                lin.adapt(rank)
                params += [lin.a, lin.b]
            for ln in (layer.aln, layer.oln):
                ln.weight.requires_grad_(True)
                ln.bias.requires_grad_(True)
                params += [ln.weight, ln.bias]
        head = nn.Linear(self.e5.weights.hidden, 1)
        optimiser = torch.optim.AdamW([{"params": params, "lr": rate}, {"params": head.parameters(), "lr": 1e-3}],
                                      weight_decay=0.01)
        labels = torch.tensor([y for _, y in pairs], dtype=torch.float32)
        positives = float(labels.sum())
        loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor((len(pairs) - positives) / max(1.0, positives)))
        for epoch in range(epochs):
            order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][0]) // 16, rng.random()))
            batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
            rng.shuffle(batches)
            total, started = 0.0, time.time()
            for idx in batches:
                optimiser.zero_grad()
                loss = loss_fn(self._score(top, head, [pairs[i][0] for i in idx]), labels[idx])
                loss.backward()
                optimiser.step()
                total += float(loss.detach())
            self.log(f"reader: epoch {epoch + 1}/{epochs}, loss {total / max(1, len(batches)):.4f}, "
                     f"{time.time() - started:.0f} s")
        return self._export(top, head), (top, head)

    def scorer(self, model) -> Callable[[str, list[str]], list[float]]:
        """scores(question, texts) with trained modules, as the shipped reader computes them."""
        torch = self.torch
        top, head = model

        def scores(question: str, texts: list[str]) -> list[float]:
            seqs = [self.tokens(question, t) for t in texts]
            self.lower_states(seqs, quiet=True)
            with torch.no_grad():
                return [float(v) for v in self._score(top, head, seqs)]

        return scores

    def _score(self, top, head, seqs):
        torch = self.torch
        states = [self._states[s] for s in seqs]
        length = max(s.shape[0] for s in states)
        x = torch.zeros(len(states), length, self.e5.weights.hidden)
        mask = torch.zeros(len(states), length, dtype=torch.long)
        for r, s in enumerate(states):
            x[r, :s.shape[0]] = s.float()
            mask[r, :s.shape[0]] = 1
        for layer in top:
            x = layer(x, mask)
        m = mask[..., None].float()
        return head((x * m).sum(1) / m.sum(1)).squeeze(-1)

    def _export(self, top, head) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for layer in top:
            for lin in layer.linears():
                out[lin.name + ".w.lora_a"] = lin.a.detach().numpy().astype(np.float16)
                out[lin.name + ".w.lora_b"] = lin.b.detach().numpy().astype(np.float16)
            for ln, n in ((layer.aln, "aln"), (layer.oln, "oln")):
                out[layer.prefix + n + ".w"] = ln.weight.detach().numpy().astype(np.float16)
                out[layer.prefix + n + ".b"] = ln.bias.detach().numpy().astype(np.float16)
        out["head.w"] = head.weight.detach().numpy()[0].astype(np.float32)
        out["head.b"] = head.bias.detach().numpy().astype(np.float32)
        return out


def save(arrays: dict[str, np.ndarray], path) -> None:
    buffer = io.BytesIO()
    savez: Any = np.savez_compressed
    savez(buffer, **arrays)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def candidate_pairs(trainer: Trainer, rows: Sequence[Any], rank) -> list[tuple[Any, tuple[int, ...], float]]:
    """(row, tokens, label) for the READ best units of each question, `rank(units)` ordering
    them (the sentence model of the moment); messages not for the bot at all are left out."""
    out = []
    for r in rows:
        if r.not_for_the_bot or not r.analysis.units:
            continue
        label_of = {id(u): y for u, y in zip(r.analysis.units, r.unit_labels)}
        for u in rank(list(r.analysis.units))[:READ]:
            out.append((r, trainer.tokens(r.analysis.asked.text, u.display), float(bool(label_of.get(id(u))))))
    return out


def cross_fitted(trainer: Trainer, rows: Sequence[Any], rank, log: Callable[[str], None] = print,
                 halves: Sequence[Any] = ()) -> dict[str, np.ndarray]:
    """Two readers, each trained on the questions of every other tune part; every question's
    analysis then reads with the one that never saw its part. Returns the reader trained on all;
    with `halves` (two paths), the two are saved there too."""
    parts = sorted({r.part for r in rows})
    group = {p: i % 2 for i, p in enumerate(parts)}
    pairs = candidate_pairs(trainer, rows, rank)
    trainer.lower_states([seq for _, seq, _ in pairs])
    for g in (0, 1):
        train = [(seq, y) for r, seq, y in pairs if group[r.part] != g]
        log(f"reader: trained on {len(train)} pairs of {sum(1 for p in parts if group[p] != g)} parts, "
            f"for the questions of the other {sum(1 for p in parts if group[p] == g)}")
        arrays, model = trainer.train(train)
        if halves:
            save(arrays, halves[g])
        scores = trainer.scorer(model)
        for r in rows:
            if group[r.part] == g:
                r.analysis.reader = Reading(r.analysis.asked.text, scores)
    log(f"reader: trained on all {len(pairs)} pairs")
    arrays, _ = trainer.train([(seq, y) for _, seq, y in pairs])
    return arrays
