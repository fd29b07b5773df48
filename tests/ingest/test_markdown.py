"""Markdown and plain-text loading and chunking, on the real policy and on small written files."""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from ingest.chunking import chunk_document
from ingest.document import LoadError
from ingest.loaders import load

from .fakes import REPO

POLICY = REPO / "knowledge" / "internationell-policy.md"


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def policy_chunks(tmp_path_factory):
    path = shutil.copy(POLICY, tmp_path_factory.mktemp("md") / POLICY.name)
    doc = load(Path(path), POLICY.name)
    return doc, chunk_document(doc, "f" * 64)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_sentence_split_by_the_running_header_reads_whole_in_one_chunk(policy_chunks):
    _, chunks = policy_chunks
    whole = ("Varje förvaltning ansvarar också för att den internationella samordnaren fortlöpande "
             "informerar om pågående och planerat internationellt samarbete.")
    assert [c.section for c in chunks if whole in folded(c.text)] == ["Organisation"]


def test_sentence_split_by_a_bare_page_break_reads_whole(policy_chunks):
    _, chunks = policy_chunks
    whole = "använda sig av internationalisering som ett verktyg för verksamhetsutveckling"
    assert len([c for c in chunks if whole in folded(c.text)]) == 1


def test_running_header_is_not_body_text_nor_a_section(policy_chunks):
    _, chunks = policy_chunks
    for chunk in chunks:
        lines = {re.sub(r"[*#]", "", ln).strip().lower() for ln in chunk.text.split("\n")}
        assert "internationell policy" not in lines
        assert "Internationell policy" not in chunk.section
        assert "**" not in chunk.text and "#" not in chunk.text


def test_policy_title_and_section_paths(policy_chunks):
    doc, chunks = policy_chunks
    assert doc.title == "Internationell policy"
    sections = [c.section for c in chunks]
    assert sections[0] == ""  # "Antagen av kommunfullmäktige …" stands under the title itself
    assert {"Framtidsbild", "Bakgrund", "Mål", "Strategi", "Organisation", "Organisation › Ekonomi",
            "Organisation › Nätverk"} <= set(sections)
    assert not any("FÖRFATTNINGSSAMLING" in s for s in sections)  # the letterhead labels the document


def test_every_policy_chunk_carries_its_provenance(policy_chunks):
    _, chunks = policy_chunks
    assert len(chunks) >= 10
    for i, c in enumerate(chunks):
        assert (c.source, c.title, c.page, c.ordinal) == ("internationell-policy.md", "Internationell policy", None, i)
        assert c.content_hash == hashlib.sha256(c.text.encode()).hexdigest()[:16]
        assert c.id.endswith(f":{i}") and "f" * 12 in c.id
        assert 0 < len(c.text) <= 700
    assert len({c.id for c in chunks}) == len(chunks)


def test_list_stays_with_its_lead_in(policy_chunks):
    _, chunks = policy_chunks
    goals = next(c for c in chunks if c.section == "Mål")
    assert goals.text.startswith("Alingsås kommun\n- Deltar i flera")
    assert goals.text.count("\n- ") == 7


def test_repeated_subsection_under_different_parents_is_a_section_not_a_page_header(tmp_path):
    path = write(tmp_path, "projekt.md", "# Projekt\n\n## Skolutbyte\n\n### Syfte\n\nElever möter elever.\n\n"
                                         "## Vänort\n\n### Syfte\n\nFöreningar samarbetar.\n")
    doc = load(path, "projekt.md")
    assert doc.title == "Projekt"
    assert [b.headings for b in doc.blocks] == [("Skolutbyte", "Syfte"), ("Vänort", "Syfte")]


def test_front_matter_gives_the_title_and_is_not_text(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: Riktlinjer för resor\ndatum: 2024-01-01\n---\n\n# Resor\n\nText.\n")
    doc = load(path, "a.md")
    assert doc.title == "Riktlinjer för resor"
    assert doc.metadata["datum"] == "2024-01-01"
    assert [b.text for b in doc.blocks] == ["Text."]


def test_thematic_breaks_code_fences_images_and_comments(tmp_path):
    path = write(tmp_path, "a.md", "# Guide\n\nFörsta stycket.\n\n---\n\nAndra stycket ![Karta över Alingsås](karta.png)."
                                   "\n\n<!-- utkast -->\n```\n# inte en rubrik\n```\n\n***\n\nSista.\n")
    doc = load(path, "a.md")
    texts = [b.text for b in doc.blocks]
    assert texts == ["Första stycket.", "Andra stycket Karta över Alingsås.", "# inte en rubrik", "Sista."]
    assert all(b.headings == () for b in doc.blocks)


def test_setext_headings(tmp_path):
    path = write(tmp_path, "a.md", "Riktlinjer\n==========\n\nInledning.\n\nAnsökan\n-------\n\nSkickas in.\n")
    doc = load(path, "a.md")
    assert doc.title == "Riktlinjer"
    assert [(b.headings, b.text) for b in doc.blocks] == [((), "Inledning."), (("Ansökan",), "Skickas in.")]


def test_plain_text_with_capital_headings_and_windows_encoding(tmp_path):
    text = "Resepolicy\n\nSYFTE\n\nPolicyn gäller för alla resor i tjänsten.\n\nANSÖKAN\n\nSkickas till chefen.\n"
    path = write(tmp_path, "resor.txt", text.encode("cp1252"))
    doc = load(path, "resor.txt")
    assert doc.title == "Resepolicy"
    assert [(b.headings, b.text) for b in doc.blocks] == [
        (("SYFTE",), "Policyn gäller för alla resor i tjänsten."), (("ANSÖKAN",), "Skickas till chefen.")]


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
    (b"# Bara en rubrik\n", "no text found"),
])
def test_unreadable_markdown_is_a_load_error(tmp_path, content, message):
    with pytest.raises(LoadError, match=message):
        load(write(tmp_path, "a.md", content), "a.md")


def test_long_section_is_split_within_the_section(tmp_path):
    sentences = " ".join(f"Mening nummer {i} handlar om vänortsutbyte och projektmedel." for i in range(60))
    path = write(tmp_path, "a.md", f"# Lång\n\n## Del\n\n{sentences}\n\n## Nästa\n\nKort.\n")
    chunks = chunk_document(load(path, "a.md"), "0" * 64, max_chars=500)
    long_part = [c for c in chunks if c.section == "Del"]
    assert len(long_part) >= 5 and all(len(c.text) <= 500 for c in long_part)
    assert "Mening nummer 59" in long_part[-1].text
    assert [c.text for c in chunks if c.section == "Nästa"] == ["Kort."]


def test_nested_front_matter_is_read_as_written(tmp_path):
    """Front matter is parsed before the text is tidied, so indented (nested) YAML keeps its shape."""
    from ingest.loaders.markdown import load

    path = tmp_path / "svar.md"
    path.write_text("---\ntitle: Godkänt svar\nrelies_on:\n  - source: policy.md\n    file_hash: abc\n---\n\n"
                    "# Fråga\n\nSvaret står här.\n", encoding="utf-8")
    doc = load(path, "svar.md")
    assert doc.title == "Godkänt svar"
    assert "policy.md" in doc.metadata["relies_on"] and "abc" in doc.metadata["relies_on"]
    assert [b.text for b in doc.blocks] == ["Svaret står här."]


def test_url_in_front_matter_is_the_documents_link(tmp_path):
    path = tmp_path / "riktlinjer.md"
    path.write_text("---\nurl: https://intra.example/riktlinjer\n---\n# Riktlinjer\n\nResor godkänns i förväg.\n",
                    encoding="utf-8")
    doc = load(path, "riktlinjer.md")
    assert doc.url == "https://intra.example/riktlinjer"
    assert {c.url for c in chunk_document(doc, "0" * 64)} == {"https://intra.example/riktlinjer"}
    path.write_text("---\nurl: intranätet\n---\n# Riktlinjer\n\nResor godkänns i förväg.\n", encoding="utf-8")
    assert load(path, "riktlinjer.md").url == ""
