"""Format-independent clean-up: running headers and footers, page numbers, broken sentences."""
from __future__ import annotations

import pytest

from ingest.clean import continues, is_page_number, join_broken_blocks, repeated_lines, tidy
from ingest.document import Block


def test_lines_repeated_at_the_top_or_bottom_of_most_pages_are_running_headers():
    words = iter("vänorter projekt fonder nätverk skolor föreningar resor bidrag kultur "
                 "näringsliv utbyten regioner medel planer rapporter ungdomar elever lärare".split())

    def body() -> list[str]:
        return [f"Brödtext om {next(words)} i kommunens internationella arbete." for _ in range(6)]

    pages = [
        ["Internationell policy", "Syfte", *body(), "Sida 1 av 3"],
        ["INTERNATIONELL  POLICY", *body(), "Kommunen har vänorter.", "Sida 2 av 3"],
        ["Internationell policy", *body(), "Syfte", "Projekt söker medel.", "Sida 3 av 3"],
    ]
    assert repeated_lines(pages) == {"internationell policy", "sida # av #"}


def test_a_line_repeated_in_the_middle_of_pages_is_body_text():
    middle = "Se även kommunens riktlinjer."
    pages = [["Rubrik A", "a", "b", "c", middle, "d", "e", "f"], ["Rubrik B", "g", "h", "i", middle, "j", "k", "l"]]
    assert repeated_lines(pages) == set()


def test_one_page_cannot_show_what_repeats():
    assert repeated_lines([["Internationell policy", "Text", "Sida 1"]]) == set()


@pytest.mark.parametrize("line", ["3", "Sida 3", "sida 3 av 9", "Page 2 of 10", "s. 4", " 12/40 "])
def test_page_numbers(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["3 vänorter", "Sida", "Paragraf 3 gäller", "§ 85", "2007-04-25"])
def test_not_page_numbers(line):
    assert not is_page_number(line)


def test_sentence_broken_by_a_page_break_is_joined_and_keeps_its_first_page():
    blocks = [Block("Varje förvaltning informerar den internationella samordnaren fortlöpande", ("Organisation",), 3),
              Block("om pågående samarbete.", ("Organisation",), 4),
              Block("Nästa stycke börjar här.", ("Organisation",), 4)]
    out = join_broken_blocks(blocks)
    assert out == [Block("Varje förvaltning informerar den internationella samordnaren fortlöpande "
                         "om pågående samarbete.", ("Organisation",), 3),
                   Block("Nästa stycke börjar här.", ("Organisation",), 4)]


@pytest.mark.parametrize("first, second", [
    (Block("Meningen slutar här.", ("A",)), Block("och detta är nytt", ("A",))),
    (Block("Ansökan ska innehålla", ("A",)), Block("- en budget", ("A",))),
    (Block("Ett stycke utan punkt", ("A",)), Block("Versal början", ("A",))),
    (Block("Sista raden i avsnittet utan punkt", ("A",)), Block("början av ett nytt avsnitt", ("B",))),
])
def test_paragraphs_that_are_not_a_broken_sentence_stay_apart(first, second):
    assert join_broken_blocks([first, second]) == [first, second]


def test_continues_looks_at_the_end_and_the_start():
    assert continues("samordnaren fortlöpande", "informerar om")
    assert not continues("samordnaren fortlöpande.", "informerar om")
    assert not continues("", "informerar")


def test_tidy_folds_spaces_soft_hyphens_and_blank_runs():
    assert tidy("  Inter\u00adnationellt \t arbete\r\n\r\n\r\n\r\nNästa\u00a0rad  ") == "Internationellt arbete\n\nNästa rad"


def test_table_rows_carry_their_header_on_every_line():
    from ingest.clean import table_rows

    rows = [["Ort", "Land", "Sedan"], ["Åbo", "Finland", "1952"], ["Stord", "", "1956"],
            ["Ort", "Land", "Sedan"], ["Gdów", "Polen\n(Małopolska)", "2004"]]
    assert table_rows(rows, header=True) == ("- Ort: Åbo; Land: Finland; Sedan: 1952\n"
                                             "- Ort: Stord; Sedan: 1956\n"
                                             "- Ort: Gdów; Land: Polen (Małopolska); Sedan: 2004")


def test_table_rows_without_a_header_are_cells_separated_by_bars():
    from ingest.clean import table_rows

    assert table_rows([["Åbo", "Finland"], ["", ""], ["Stord", "Norge", "1956"]], header=False) == (
        "- Åbo | Finland\n- Stord | Norge | 1956")
    assert table_rows([["Bara", "rubriker"]], header=True) == "- Bara | rubriker"


def test_table_cells_without_a_header_name_show_their_value_alone():
    from ingest.clean import table_rows

    assert table_rows([["Program", "", "Belopp:"], ["Erasmus+", "skolor", "25 000 euro"]], header=True) == (
        "- Program: Erasmus+; skolor; Belopp: 25 000 euro")
