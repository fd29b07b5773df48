"""The contact directory: one searchable chunk per contact, blanks left out, values kept as written."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.chunking import chunk_document
from ingest.document import LoadError
from ingest.loaders import load

from .fakes import REPO


@pytest.fixture(scope="module")
def contacts(tmp_path_factory):
    path = shutil.copy(REPO / "knowledge" / "contacts.yaml", tmp_path_factory.mktemp("contacts") / "contacts.yaml")
    doc = load(Path(path), "contacts.yaml")
    return doc, chunk_document(doc, "c" * 64)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kontakter.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_one_chunk_per_contact_read_as_a_sentence_under_its_role(contacts):
    doc, chunks = contacts
    assert doc.kind == "contacts" and doc.title == "Kontakter för det internationella arbetet"
    assert len(chunks) == 15
    twinning = next(c for c in chunks if c.section == "Vänortsansvarig tjänsteman")
    assert twinning.kind == "contacts"
    assert twinning.text == (
        "Vänortsansvarig tjänsteman (Twinning officer), Kultur- och fritidsförvaltningen, Alingsås kommun. "
        "Ansvar: Samordnar, utvecklar och stöttar förenings- och ungdomssamverkan i den nordiska vänortskedjan.")


def test_how_to_reach_a_contact_follows_who_they_are(tmp_path):
    path = write(tmp_path, "contacts:\n  - role: Internationell samordnare\n    unit: Kommunledningskontoret\n"
                           "    name: Anna Berg\n    email: anna.berg@example.se\n    phone: 0322-61 60 00\n")
    assert load(path, "kontakter.yaml").blocks[0].text == (
        "Internationell samordnare, Kommunledningskontoret: Anna Berg, e-post anna.berg@example.se, "
        "telefon 0322-61 60 00.")


def test_empty_fields_are_never_presented(contacts):
    _, chunks = contacts
    for chunk in chunks:
        assert ": ." not in chunk.text and ", ," not in chunk.text and ": ," not in chunk.text, chunk.text
        assert "telefon" not in chunk.text.lower() and "e-post" not in chunk.text.lower()


def test_values_are_kept_as_written(tmp_path):
    path = write(tmp_path, "contacts:\n  - role: Samordnare\n    phone: 0322616000\n    country: NO\n"
                           "    since: 2007-04-25\n    notes: yes\n")
    text = load(path, "kontakter.yaml").blocks[0].text
    assert "telefon 0322616000" in text
    assert "Country: NO" in text and "Since: 2007-04-25" in text and "Anmärkning: yes" in text


def test_contact_without_role_is_named_in_the_error(tmp_path):
    path = write(tmp_path, "contacts:\n  - role: Samordnare\n  - id: west-sweden\n    email: a@b.se\n")
    with pytest.raises(LoadError, match=r"contact 2 \(west-sweden\) has no `role`"):
        load(path, "kontakter.yaml")


@pytest.mark.parametrize("text, message", [
    ("contacts:\n  - role: [oavslutad\n", r"not valid YAML at line \d"),
    ("- role: Samordnare\n", "expected a YAML mapping with a `contacts:` list"),
    ("title: Kontakter\ncontacts: []\n", "the contact list is empty"),
    ("\n\n", "empty file"),
])
def test_broken_contact_files_are_load_errors(tmp_path, text, message):
    with pytest.raises(LoadError, match=message):
        load(write(tmp_path, text), "kontakter.yaml")
