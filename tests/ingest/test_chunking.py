"""Chunking keeps list items and table rows whole, each chunk of a long list with its lead-in."""
from __future__ import annotations

from ingest.chunking import chunk_document
from ingest.document import Block, LoadedDocument
from ingest.units import units


def _rows(n: int) -> list[str]:
    return [f"- Program: Program nummer {i}; Vad det finansierar: utbyten mellan skolor, vuxenutbildning "
            f"och ungdomsarbete i kommunen; Belopp: {i} 000 euro; Sista dag: {i % 28 + 1} mars" for i in range(n)]


def test_a_long_table_is_split_between_rows_and_every_chunk_repeats_the_lead_in():
    rows = _rows(20)
    doc = LoadedDocument("bidrag.html", "Bidrag", [Block("Bidragen per program:\n" + "\n".join(rows), ("Program",))])
    chunks = chunk_document(doc, "f" * 64, max_chars=700)
    assert len(chunks) > 3
    lines = [ln for c in chunks for ln in c.text.split("\n") if ln.startswith("- ")]
    assert lines == rows  # every row once, whole, in order
    for chunk in chunks:
        assert chunk.text.split("\n")[0] == "Bidragen per program:"
        assert len(chunk.text) <= 700
        # what the answer engine quotes: each row with the sentence that introduces the table
        assert all(display.startswith("Bidragen per program: Program:") or display == "Bidragen per program:"
                   for _, display in units(chunk.text))


def test_a_row_longer_than_a_chunk_stays_one_line():
    row = "- Villkor: " + "; ".join(f"villkor nummer {i} ska vara uppfyllt före ansökan" for i in range(25))
    doc = LoadedDocument("v.html", "Villkor", [Block("Före ansökan gäller:\n" + row + "\n" + _rows(1)[0])])
    chunks = chunk_document(doc, "f" * 64, max_chars=700)
    assert [c.text for c in chunks] == ["Före ansökan gäller:\n" + row,
                                        "Före ansökan gäller:\n" + _rows(1)[0]]
