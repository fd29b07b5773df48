"""The Word loader, on .docx files written with python-docx using Word's built-in styles."""
from __future__ import annotations

import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest.document import LoadError
from ingest.loaders import docx as loader

from .make_docs import write_docx


def texts_and_headings(doc):
    return [(b.text, b.headings) for b in doc.blocks]


def block_with(doc, words: str):
    matches = [b for b in doc.blocks if words in b.text]
    assert len(matches) == 1, f"{words!r} in {len(matches)} blocks: {[b.text for b in doc.blocks]}"
    return matches[0]


def test_docx_heading_styles_become_the_heading_path(tmp_path):
    doc = loader.load(write_docx(tmp_path / "riktlinjer.docx", with_title_style=True), "riktlinjer.docx")
    assert block_with(doc, "Riktlinjerna gäller").headings == ()
    assert block_with(doc, "planeras i god tid").headings == ("Resor och utbyten",)
    assert block_with(doc, "lämnas till samordnaren").headings == ("Resor och utbyten", "Ansökan")
    assert block_with(doc, "40 000 kr").headings == ("Resor och utbyten", "Budget")
    assert all(b.page is None for b in doc.blocks)


def test_docx_title_style_paragraph_is_the_title_and_not_a_block(tmp_path):
    doc = loader.load(write_docx(tmp_path / "r.docx", with_title_style=True), "dokument/r.docx")
    assert doc.title == "Riktlinjer för vänortsutbyte"
    assert doc.path == "dokument/r.docx"
    assert not any("Riktlinjer för vänortsutbyte" in b.text for b in doc.blocks)


def test_docx_core_property_title_wins(tmp_path):
    path = write_docx(tmp_path / "r.docx", title_property="Vänortsriktlinjer 2025", with_title_style=True)
    assert loader.load(path, "r.docx").title == "Vänortsriktlinjer 2025"


def test_docx_without_title_uses_first_heading_and_leaves_it_out_of_the_path(tmp_path):
    doc = loader.load(write_docx(tmp_path / "r.docx"), "r.docx")
    assert doc.title == "Resor och utbyten"
    assert block_with(doc, "planeras i god tid").headings == ()
    assert block_with(doc, "lämnas till samordnaren").headings == ("Ansökan",)


def test_docx_without_headings_is_titled_after_the_file(tmp_path):
    document = docx.Document()
    document.add_paragraph("Bara en mening.")
    document.save(tmp_path / "mote_anteckningar-maj.docx")
    doc = loader.load(tmp_path / "mote_anteckningar-maj.docx", "x.docx")
    assert doc.title == "mote anteckningar maj"
    assert texts_and_headings(doc) == [("Bara en mening.", ())]


def test_docx_list_items_are_one_block_with_their_lead_in(tmp_path):
    doc = loader.load(write_docx(tmp_path / "r.docx"), "r.docx")
    assert block_with(doc, "syfte med resan").text == (
        "Ansökan ska innehålla:\n- syfte med resan\n- deltagare och kostnader\n- förväntat resultat för kommunen")
    assert block_with(doc, "lämnas till samordnaren").text == "Ansökan lämnas till samordnaren."


def test_docx_table_without_a_header_row_reads_as_cells_separated_by_bars(tmp_path):
    doc = loader.load(write_docx(tmp_path / "r.docx"), "r.docx")
    assert block_with(doc, "40 000 kr").text == (
        "- Post | Belopp | Ansvarig\n- Resor | 40 000 kr | Förvaltningen\n- Logi | 25 000 kr | Värdorten")


def _table_doc(path, mark_header) -> None:
    document = docx.Document()
    document.add_heading("Bidrag", level=1)
    document.add_paragraph("Bidragen per program:")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("Program", "Belopp", "Sista dag"), ("Erasmus+", "25 000 euro", "19 februari"),
                                        ("Interreg", "1,5 miljoner euro", "30 april")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    mark_header(table)
    document.save(path)


@pytest.mark.parametrize("mark_header", [
    lambda t: [r.font.__setattr__("bold", True) for c in t.rows[0].cells for p in c.paragraphs for r in p.runs],
    lambda t: t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader")),
    lambda t: setattr(t, "style", "Light Grid Accent 1"),
], ids=["bold", "repeat-header-row", "styled-table"])
def test_docx_table_rows_carry_the_header_after_their_lead_in(tmp_path, mark_header):
    _table_doc(tmp_path / "b.docx", mark_header)
    doc = loader.load(tmp_path / "b.docx", "b.docx")
    assert block_with(doc, "Erasmus+").text == (
        "Bidragen per program:\n"
        "- Program: Erasmus+; Belopp: 25 000 euro; Sista dag: 19 februari\n"
        "- Program: Interreg; Belopp: 1,5 miljoner euro; Sista dag: 30 april")


def test_docx_merged_table_cell_is_read_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Kostnader 2025"
    for cell, value in zip(table.rows[1].cells, ("Resor", "Logi", "Mat")):
        cell.text = value
    document.save(tmp_path / "t.docx")
    assert loader.load(tmp_path / "t.docx", "t.docx").blocks[0].text == "Kostnader 2025\n- Resor | Logi | Mat"


def test_docx_short_bold_paragraph_is_a_heading_inside_the_current_section(tmp_path):
    doc = loader.load(write_docx(tmp_path / "r.docx"), "r.docx")
    assert block_with(doc, "En rapport lämnas").headings == ("Uppföljning", "Rapportering")
    assert not any(b.text == "Rapportering" for b in doc.blocks)


def test_docx_bold_headings_in_a_row_are_siblings(tmp_path):
    document = docx.Document()
    document.add_heading("Kontakter", level=1)
    document.add_paragraph().add_run("Samordnare").bold = True
    document.add_paragraph("Anna svarar på frågor om EU.")
    document.add_paragraph().add_run("När är växeln öppen?").style = document.styles["Strong"]
    document.add_paragraph("Växeln är öppen dagtid.")
    document.add_paragraph().add_run("Observera att växeln stänger klockan 15 på fredagar.").bold = True
    document.save(tmp_path / "k.docx")
    doc = loader.load(tmp_path / "k.docx", "k.docx")
    assert texts_and_headings(doc) == [
        ("Anna svarar på frågor om EU.", ("Samordnare",)),
        ("Växeln är öppen dagtid.", ("När är växeln öppen?",)),
        ("Observera att växeln stänger klockan 15 på fredagar.", ("När är växeln öppen?",)),  # a sentence
    ]


def _set_outline_level(pPr_owner, level: int) -> None:
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    pPr_owner.get_or_add_pPr().append(outline)


def test_docx_swedish_rubrik_styles_and_outline_levels_are_headings(tmp_path):
    """Swedish Word names headings "Rubrik 1"; custom styles carry the level as w:outlineLvl."""
    document = docx.Document()
    document.styles.add_style("Rubrik 1", WD_STYLE_TYPE.PARAGRAPH)
    chapter = document.styles.add_style("Kapitelrubrik", WD_STYLE_TYPE.PARAGRAPH)
    _set_outline_level(chapter.element, 1)  # level 2 in Word's navigation pane
    document.add_paragraph("Övergripande", style="Rubrik 1")
    document.add_paragraph("Samverkan", style="Kapitelrubrik")
    document.add_paragraph("Vi samverkar med grannkommunerna.")
    direct = document.add_paragraph("Uppföljning sker årligen")
    _set_outline_level(direct._p, 1)
    document.add_paragraph("Nämnden får en rapport i december.")
    document.save(tmp_path / "s.docx")
    doc = loader.load(tmp_path / "s.docx", "s.docx")
    assert doc.title == "Övergripande"
    assert texts_and_headings(doc) == [
        ("Vi samverkar med grannkommunerna.", ("Samverkan",)),
        ("Nämnden får en rapport i december.", ("Uppföljning sker årligen",)),
    ]


def test_docx_text_file_renamed_is_not_a_valid_word_file(tmp_path):
    path = tmp_path / "anteckningar.docx"
    path.write_text("Det här är bara text, inget Word-dokument.", encoding="utf-8")
    with pytest.raises(LoadError, match="not a valid Word .docx file"):
        loader.load(path, "anteckningar.docx")


def test_docx_zip_without_word_content_is_not_a_valid_word_file(tmp_path):
    path = tmp_path / "arkiv.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("bilder/logga.txt", "ingen Word-fil här")
    with pytest.raises(LoadError, match="not a valid Word .docx file"):
        loader.load(path, "arkiv.docx")


def test_docx_password_protected_or_old_doc_says_what_to_do(tmp_path):
    """Both are OLE compound files rather than zip packages."""
    path = tmp_path / "gammal.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(LoadError, match="password-protected or old-format Word file.*save it as .docx"):
        loader.load(path, "gammal.docx")


def test_docx_empty_document_is_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(tmp_path / "tom.docx")
    with pytest.raises(LoadError, match="empty document"):
        loader.load(tmp_path / "tom.docx", "tom.docx")


def test_docx_zero_byte_file_is_reported_as_empty(tmp_path):
    (tmp_path / "noll.docx").write_bytes(b"")
    with pytest.raises(LoadError, match="empty file"):
        loader.load(tmp_path / "noll.docx", "noll.docx")
