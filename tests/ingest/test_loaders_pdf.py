"""The PDF loader, on PDFs written with reportlab: real fonts, running headers, page breaks."""
from __future__ import annotations

import os

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from ingest.document import LoadError
from ingest.loaders import pdf

from .make_docs import BROKEN_WHOLE, INGRESS, RUNNING_HEADER, write_image_only_pdf, write_pdf, write_policy_pdf


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    path = write_policy_pdf(tmp_path_factory.mktemp("pdf") / "internationell-policy.pdf")
    return pdf.load(path, "policyer/internationell-policy.pdf")


def block_with(doc, words: str):
    matches = [b for b in doc.blocks if words in b.text]
    assert len(matches) == 1, f"{words!r} in {len(matches)} blocks: {[b.text for b in doc.blocks]}"
    return matches[0]


def test_pdf_headings_survive_from_font_size(policy):
    """16 pt bold is a chapter, 13 pt bold a section inside it; the path follows the page order."""
    assert block_with(policy, "Policyn beskriver").headings == ("Syfte och mål",)
    assert block_with(policy, "stärka kommunens utveckling").headings == ("Syfte och mål", "Övergripande mål")
    assert block_with(policy, "vänorter i Finland").headings == ("Syfte och mål", "Vänorter")
    assert block_with(policy, "externa medel").headings == ("Finansiering",)
    assert block_with(policy, "senast den 1 mars").headings == ("Finansiering", "Ansökan om medel")


def test_pdf_bold_body_size_line_is_the_innermost_heading(policy):
    assert block_with(policy, "Frågor besvaras").headings == ("Finansiering", "Ansökan om medel", "Kontakt")


def test_pdf_large_lead_paragraph_is_body_text_not_a_heading(policy):
    """12 pt lines that wrap and end a sentence are an ingress, however large."""
    block = block_with(policy, "antagen av kommunfullmäktige")
    assert (block.text, block.headings, block.page) == (INGRESS, (), 1)
    assert block_with(policy, "Policyn beskriver").headings == ("Syfte och mål",)


def test_pdf_headings_are_not_body_text(policy):
    texts = [b.text for b in policy.blocks]
    assert "Syfte och mål" not in texts and "Vänorter" not in texts and "Kontakt" not in texts


def test_pdf_running_header_and_page_footer_are_removed(policy):
    for block in policy.blocks:
        assert RUNNING_HEADER not in block.text
        assert RUNNING_HEADER not in block.headings
        assert "Sida" not in block.text


def test_pdf_title_is_the_running_header_kept_only_as_title(policy):
    assert policy.title == "Internationell policy"
    assert policy.path == "policyer/internationell-policy.pdf"


def test_pdf_sentence_broken_by_page_break_reads_whole(policy):
    block = block_with(policy, "föreningslivet i hela kommunen")
    assert block.text == BROKEN_WHOLE
    assert block.page == 1, "the sentence starts on page 1"
    assert block.headings == ("Syfte och mål", "Övergripande mål")


def test_pdf_blocks_know_the_page_they_start_on(policy):
    assert block_with(policy, "Policyn beskriver").page == 1
    assert block_with(policy, "vänorter i Finland").page == 2
    assert block_with(policy, "externa medel").page == 2
    assert block_with(policy, "senast den 1 mars").page == 3


def test_pdf_wrapped_lines_of_a_paragraph_are_one_block(policy):
    assert block_with(policy, "Policyn beskriver").text == (
        "Policyn beskriver hur kommunen arbetar med internationella frågor. Den gäller alla "
        "förvaltningar och bolag och ska läsas tillsammans med kommunens budget.")


def test_pdf_bullets_become_list_items_with_their_lead_in(policy):
    assert block_with(policy, "Ansökan ska innehålla").text == (
        "Ansökan ska innehålla:\n"
        "- en beskrivning av projektet och dess mål\n"
        "- en budget med medfinansiering\n"
        "- namn på en kontaktperson i kommunen")


def test_pdf_metadata_title_wins_over_headings(tmp_path):
    path = write_pdf(tmp_path / "p.pdf", [[("h1", "Bakgrund"), ("body", "Text om bakgrunden.")]],
                     title="Policy för internationellt arbete")
    doc = pdf.load(path, "p.pdf")
    assert doc.title == "Policy för internationellt arbete"
    assert doc.blocks[0].headings == ("Bakgrund",)


def test_pdf_without_metadata_title_uses_the_first_top_level_heading(tmp_path):
    """reportlab writes the title "untitled" by default: that is no title."""
    pages = [[("h1", "Resepolicy"), ("body", "Resor ska vara klimatsmarta."),
              ("h2", "När väljs tåg?"), ("body", "Tåg väljs när resan tar under fem timmar.")]]
    doc = pdf.load(write_pdf(tmp_path / "resor.pdf", pages, footer=False), "resor.pdf")
    assert doc.title == "Resepolicy"
    assert [(b.text, b.headings) for b in doc.blocks] == [
        ("Resor ska vara klimatsmarta.", ()),
        ("Tåg väljs när resan tar under fem timmar.", ("När väljs tåg?",)),  # a question is a heading too
    ]


def test_pdf_without_any_heading_is_titled_after_the_file(tmp_path):
    doc = pdf.load(write_pdf(tmp_path / "avtal_med-vänort.pdf", [[("body", "Avtalet gäller i fyra år.")]]), "x.pdf")
    assert doc.title == "avtal med vänort"
    assert [b.text for b in doc.blocks] == ["Avtalet gäller i fyra år."], "the page number is gone too"


def test_pdf_with_owner_password_only_is_read(tmp_path):
    """Permissions-only protection (no password to open) does not stop reading."""
    encryption = StandardEncryption("", ownerPassword="ägare", canPrint=0, canCopy=0)
    path = write_pdf(tmp_path / "skyddad.pdf", [[("body", "Läsbar text trots skydd.")]], footer=False,
                     encrypt=encryption)
    assert [b.text for b in pdf.load(path, "skyddad.pdf").blocks] == ["Läsbar text trots skydd."]


def test_password_protected_pdf_says_remove_the_password(tmp_path):
    path = write_pdf(tmp_path / "hemlig.pdf", [[("body", "Hemlig text.")]], encrypt="hemligt")
    with pytest.raises(LoadError, match="password-protected PDF: remove the password"):
        pdf.load(path, "hemlig.pdf")


def test_random_bytes_are_not_a_valid_pdf(tmp_path):
    path = tmp_path / "brus.pdf"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(LoadError, match="not a valid PDF"):
        pdf.load(path, "brus.pdf")


def test_pdf_header_followed_by_garbage_is_not_a_valid_pdf(tmp_path):
    path = tmp_path / "trasig.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(4096) + b"\n%%EOF\n")
    with pytest.raises(LoadError, match="not a valid PDF"):
        pdf.load(path, "trasig.pdf")


@pytest.mark.parametrize("share", [0.3, 0.6, 0.95])
def test_truncated_pdf_is_not_a_valid_pdf(tmp_path, share):
    """A half-copied file must not replace what the index knew with part of the text."""
    whole = write_policy_pdf(tmp_path / "hel.pdf").read_bytes()
    path = tmp_path / "avklippt.pdf"
    path.write_bytes(whole[: int(len(whole) * share)])
    with pytest.raises(LoadError, match="not a valid PDF"):
        pdf.load(path, "avklippt.pdf")


def test_zero_byte_pdf_is_reported_as_empty(tmp_path):
    path = tmp_path / "tom.pdf"
    path.write_bytes(b"")
    with pytest.raises(LoadError, match="empty file"):
        pdf.load(path, "tom.pdf")


def test_pdf_without_text_needs_ocr(tmp_path):
    path = write_image_only_pdf(tmp_path / "skannad.pdf")
    with pytest.raises(LoadError, match=r"no text found \(a scanned PDF needs OCR first\)"):
        pdf.load(path, "skannad.pdf")


def test_word_file_renamed_pdf_is_not_a_valid_pdf(tmp_path):
    path = tmp_path / "egentligen-word.pdf"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(LoadError, match="not a valid PDF .*renamed"):
        pdf.load(path, "egentligen-word.pdf")
