"""The lexical index: BM25 as bm25s computes it, kept up to date by adding and removing documents."""
from __future__ import annotations

import random

import bm25s
import numpy as np

from bot.lexical import MAX_SEGMENTS, LexicalIndex, tokens

from ..conftest import KNOWLEDGE


def policy_paragraphs() -> list[str]:
    text = (KNOWLEDGE / "internationell-policy.md").read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if p.strip()]


QUESTIONS = ["Vem beslutar om nya formella vänorter?", "Hur ofta ska policyn revideras?",
             "EU-fonder för projekt", "international cooperation funding", "vänort vänorter vänort",
             "Vilka nätverk är kommunen med i?"]


def bm25s_scores(texts: list[str], question: str) -> np.ndarray:
    """What a bm25s index built from scratch over `texts` gives (as the bot's index was once built)."""
    index = bm25s.BM25()
    index.index([tokens(t) or ["\u2205"] for t in texts], show_progress=False)
    query = [t for t in tokens(question) if t in index.vocab_dict]
    return index.get_scores(query) if query else np.zeros(len(texts))


def test_scores_equal_bm25s_built_from_scratch_after_any_updates():
    """Files added and removed over many updates (segments merged on the way): every score is
    what a fresh bm25s index over the live texts gives."""
    pool = policy_paragraphs()
    rng = random.Random(3)
    live: dict[int, str] = {}
    index = LexicalIndex()
    for step in range(3 * MAX_SEGMENTS):
        gone = rng.sample(sorted(live), k=min(len(live), rng.randint(0, 4)))
        added = rng.sample(pool, k=rng.randint(1, 5))
        first = index.slots
        index = index.updated(remove=gone, add=added)
        for slot in gone:
            del live[slot]
        live.update({first + i: t for i, t in enumerate(added)})
        assert index.size == len(live)
        order = sorted(live)
        for question in QUESTIONS:
            want = bm25s_scores([live[s] for s in order], question)
            got = index.scores(question)
            assert np.allclose(got[order], want, rtol=1e-6, atol=1e-7), (step, question)
            dead = np.setdiff1d(np.arange(index.slots), order)
            assert not got[dead].any()


def test_search_ranks_live_texts_and_an_update_leaves_the_old_index_as_it_was():
    index = LexicalIndex(["Kommunfullmäktige beslutar om vänorter.", "Resor godkänns av chefen.",
                          "Vänorter i Norden."])
    assert [s for s, _ in index.search("vänorter", 5)] in ([0, 2], [2, 0])
    newer = index.updated(remove=[0], add=["Vänorter och vänort: vänorter."])
    assert [s for s, _ in newer.search("vänorter", 5)] == [3, 2]
    assert {s for s, _ in index.search("vänorter", 5)} == {0, 2}  # a search in progress keeps its view
    assert newer.search("parkering", 5) == [] and newer.size == 3
