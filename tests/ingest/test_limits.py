"""Hostile and oversized files: refused by name before they cost time or memory (ingest/limits.py),
and text files in the Unicode encodings Windows tools write."""
from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import docx
import pytest

from bot.app.settings import Settings
from ingest.cli import Reporter
from ingest.config import ConfigError
from ingest.document import LoadError
from ingest.limits import MB, Limits
from ingest.loaders import load

from .test_cli import summary_of

_BODY_OPEN = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:body><w:p><w:r><w:t>')
_BODY_CLOSE = "</w:t></w:r></w:p></w:body></w:document>"


def write_docx_bomb(path: Path, unpacked_bytes: int) -> Path:
    """A real Word file whose word/document.xml inflates to about `unpacked_bytes` (one paragraph
    of the same letters over and over, which deflate packs about a thousand to one)."""
    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Riktlinjer för vänortsutbyte.")
    document.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info, source.read(info))
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(_BODY_OPEN.encode())
            block = b"a" * MB
            for _ in range(unpacked_bytes // MB):
                part.write(block)
            part.write(_BODY_CLOSE.encode())
    return path


def test_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    """60 MB of XML packed into a file of some 60 KB: over the default 50 MB cap, refused from the zip's
    directory (without the check python-docx would inflate and parse all of it)."""
    bomb = write_docx_bomb(tmp_path / "riktlinjer.docx", 60 * MB)
    assert bomb.stat().st_size < MB
    with pytest.raises(LoadError, match=r"unpacks to 6\d\.\d MB, more than INGEST_MAX_UNPACKED_MB \(50\.0 MB\)"):
        load(bomb, "riktlinjer.docx")


def test_a_word_file_within_the_cap_still_loads(tmp_path):
    ordinary = write_docx_bomb(tmp_path / "lang.docx", 2 * MB)
    assert "aaaa" in load(ordinary, "lang.docx", Limits(unpacked_bytes=3 * MB)).blocks[0].text


def test_text_file_over_the_cap_is_refused_unread(tmp_path):
    big = tmp_path / "logg.txt"
    big.write_text("Kommunen samarbetar med vänorter.\n" * 60_000, encoding="utf-8")  # about 2 MB
    with pytest.raises(LoadError, match=r"too large to read: 2\.\d MB of text, more than INGEST_MAX_TEXT_MB \(1\.0 MB\)"):
        load(big, "logg.txt", Limits(text_bytes=MB))
    assert load(big, "logg.txt", Limits(text_bytes=3 * MB)).blocks


def test_word_document_with_too_much_text_is_refused(tmp_path):
    wordy = write_docx_bomb(tmp_path / "ordrik.docx", 2 * MB)
    with pytest.raises(LoadError, match=r"too much text: 2\.\d MB, more than INGEST_MAX_TEXT_MB \(1\.0 MB\)"):
        load(wordy, "ordrik.docx", Limits(text_bytes=MB))


def test_caps_come_from_the_settings_and_bad_values_are_named():
    assert Settings.from_env({}).store.limits == Limits(text_bytes=20 * MB, unpacked_bytes=50 * MB)
    assert Settings.from_env({"INGEST_MAX_TEXT_MB": "5", "INGEST_MAX_UNPACKED_MB": "0.5"}).store.limits == \
        Limits(text_bytes=5 * MB, unpacked_bytes=MB // 2)
    for bad in ("0", "-1", "lots", "nan", "inf"):
        with pytest.raises(ConfigError, match="INGEST_MAX_TEXT_MB must be a number above 0"):
            Settings.from_env({"INGEST_MAX_TEXT_MB": bad})


def test_ingest_reports_oversized_files_by_name_and_indexes_the_rest(tmp_path, cli):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "resor.md").write_text("# Resor\n\nResor godkänns av förvaltningschefen.\n", encoding="utf-8")
    (folder / "logg.txt").write_text("Kommunen samarbetar med vänorter.\n" * 60_000, encoding="utf-8")
    write_docx_bomb(folder / "riktlinjer.docx", 3 * MB)  # and the template's styles and fonts
    done = cli("--json", cwd=tmp_path, env={"KNOWLEDGE_DIR": str(folder), "CHROMA_PATH": str(tmp_path / "s"),
                                           "INGEST_MAX_TEXT_MB": "1", "INGEST_MAX_UNPACKED_MB": "2"})
    assert done.returncode == 1
    summary = summary_of(done)
    assert (summary["added"], summary["chunks"]) == (1, 1)
    errors = {f["path"]: f["error"] for f in summary["failed"]}
    assert sorted(errors) == ["logg.txt", "riktlinjer.docx"]
    assert errors["logg.txt"].startswith("too large to read: 2.1 MB of text, more than INGEST_MAX_TEXT_MB (1.0 MB)")
    assert "FAILED riktlinjer.docx: unpacks to 3." in done.stderr
    assert "more than INGEST_MAX_UNPACKED_MB (2.0 MB)" in errors["riktlinjer.docx"]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-32-le", codecs.BOM_UTF32_LE)])
def test_unicode_text_with_a_byte_order_mark_is_read(tmp_path, codec, bom):
    """What Notepad saves as "Unicode" (UTF-16 with a byte-order mark) is text, not binary."""
    path = tmp_path / "vanorter.txt"
    path.write_bytes(bom + "VÄNORTER\n\nKultur- och fritidsnämnden ansvarar för vänorterna.\n".encode(codec))
    doc = load(path, "vanorter.txt")
    assert [b.text for b in doc.blocks] == ["Kultur- och fritidsnämnden ansvarar för vänorterna."]
    assert doc.title == "VÄNORTER"


def test_progress_off_a_terminal_says_how_far_a_large_file_has_come():
    """In `docker logs` or CI a long embedding run shows a line every `every` seconds, with the time left."""
    now = [0.0]
    out = io.StringIO()
    reporter = Reporter(out, every=30, clock=lambda: now[0])
    for done in range(0, 9001, 16):
        reporter("logg.txt", min(done, 9000), 9000)
        now[0] += 0.25  # 16 chunks every quarter second: 64 a second
    reporter("logg.txt", 9000, 9000)
    lines = out.getvalue().splitlines()
    assert lines[0] == "ingest: logg.txt: 1920 of 9000 chunks embedded, about 2 min left"
    assert len(lines) == 5 and all(" of 9000 chunks embedded, about " in line for line in lines[:4])
    assert lines[-1] == "ingest: logg.txt: 9000 chunks embedded"
