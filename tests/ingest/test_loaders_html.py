"""The HTML loader, on pages saved from a municipality website: menus, scripts and all."""
from __future__ import annotations

import pytest

from ingest.document import LoadError
from ingest.loaders import html

PAGE = """<!DOCTYPE html>
<html lang="sv"><head>
<meta charset="{charset}">
<title>Vänorter | Exempels kommun</title>
<script>var tracking = "Spårningsskript";</script>
<style>.meny {{ color: red }}</style>
</head><body>
<header class="site"><a href="/">Startsida</a> <span>Sök på webbplatsen</span></header>
<nav><ul><li>Bo och leva</li><li>Kommun och politik</li></ul></nav>
<div role="navigation">Du är här: Start / Internationellt</div>
<main><article>
<header><h1>Vänorter</h1></header>
<p>Kommunen har <strong>tre</strong> vänorter.<br>Den äldsta är från 1952.</p>
<h2>Finland</h2>
<p>Vänorten i Finland heter Åbo och ligger vid kusten.</p>
<h3>Skolutbyte</h3>
<p>Varje år åker en klass till Åbo.</p>
<h2>Så söker du bidrag</h2>
<p>En ansökan ska innehålla:</p>
<ul><li>syfte med utbytet</li><li>en budget<ul><li>resor och logi</li></ul></li></ul>
<table><tr><th>Ort</th><th>Land</th><th>Sedan</th></tr>
<tr><td>Åbo</td><td>Finland</td><td>1952</td></tr></table>
<blockquote><p>Utbytet har gett oss vänner för livet.</p></blockquote>
<pre>Ansökan: senast 1 mars
Beslut:  i april</pre>
</article></main>
<aside>Relaterade sidor: Näringsliv</aside>
<form><label>Sök</label><input name="q"></form>
<noscript>Aktivera Javascript</noscript>
<footer>Exempels kommun, 123 45 Exempelby | Cookies</footer>
<script>console.log("slut")</script>
</body></html>
"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "vanorter.html"
    path.write_bytes(PAGE.format(charset="utf-8").encode("utf-8"))
    return html.load(path, "webb/vanorter.html")


def block_with(doc, words: str):
    matches = [b for b in doc.blocks if words in b.text]
    assert len(matches) == 1, f"{words!r} in {len(matches)} blocks: {[b.text for b in doc.blocks]}"
    return matches[0]


def test_html_drops_nav_script_and_page_chrome(page):
    everything = "\n".join(b.text for b in page.blocks)
    for noise in ("Spårningsskript", "color", "Startsida", "Bo och leva", "Du är här", "Relaterade sidor",
                  "Sök", "Aktivera Javascript", "Cookies", "console.log"):
        assert noise not in everything


def test_html_headings_build_the_heading_path(page):
    assert block_with(page, "tre vänorter").headings == ()
    assert block_with(page, "heter Åbo").headings == ("Finland",)
    assert block_with(page, "en klass").headings == ("Finland", "Skolutbyte")
    assert block_with(page, "Finland | 1952").headings == ("Så söker du bidrag",)
    assert all(b.page is None for b in page.blocks)


def test_html_title_strips_site_name_when_h1_matches(page):
    assert page.title == "Vänorter"
    assert page.path == "webb/vanorter.html"


def test_html_title_keeps_site_name_when_no_h1_matches(tmp_path):
    path = tmp_path / "p.html"
    path.write_text("<title>Kontakt | Exempels kommun</title><h1>Hitta rätt</h1><p>Ring växeln.</p>")
    doc = html.load(path, "p.html")
    assert doc.title == "Kontakt | Exempels kommun"
    assert doc.blocks[0].headings == ("Hitta rätt",)


def test_html_without_title_uses_h1_then_file_name(tmp_path):
    (tmp_path / "a.html").write_text("<h1>Praktik utomlands</h1><p>Sök före maj.</p>")
    doc = html.load(tmp_path / "a.html", "a.html")
    assert (doc.title, doc.blocks[0].headings) == ("Praktik utomlands", ())
    (tmp_path / "eu_fonder-2025.html").write_text("<p>Text utan rubrik.</p>")
    assert html.load(tmp_path / "eu_fonder-2025.html", "b.html").title == "eu fonder 2025"


def test_html_inline_markup_and_line_breaks_read_as_text(page):
    assert block_with(page, "tre vänorter").text == "Kommunen har tre vänorter.\nDen äldsta är från 1952."


def test_html_list_items_are_one_block_with_their_lead_in(page):
    assert block_with(page, "syfte med utbytet").text == (
        "En ansökan ska innehålla:\n- syfte med utbytet\n- en budget\n- resor och logi")


def test_html_table_rows_read_as_cells_separated_by_bars(page):
    assert block_with(page, "Finland |").text == "Ort | Land | Sedan\nÅbo | Finland | 1952"


def test_html_blockquote_and_pre_are_blocks(page):
    assert block_with(page, "vänner för livet").text == "Utbytet har gett oss vänner för livet."
    assert block_with(page, "senast 1 mars").text == "Ansökan: senast 1 mars\nBeslut: i april"


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes(PAGE.format(charset="windows-1252").encode("cp1252"))
    doc = html.load(path, "latin.html")
    assert block_with(doc, "heter Åbo").text == "Vänorten i Finland heter Åbo och ligger vid kusten."


def test_html_undeclared_windows_1252_falls_back_from_utf8(tmp_path):
    path = tmp_path / "gammal.html"
    path.write_bytes("<p>Målet är öppenhet.</p>".encode("cp1252"))
    assert html.load(path, "gammal.html").blocks[0].text == "Målet är öppenhet."


def test_html_loose_text_in_a_div_is_kept(tmp_path):
    path = tmp_path / "d.html"
    path.write_text("<h2>Öppettider</h2><div>Måndag till fredag 8–16.<div><p>Lunchstängt 12–13.</p></div></div>")
    doc = html.load(path, "d.html")
    assert [(b.text, b.headings) for b in doc.blocks] == [
        ("Måndag till fredag 8–16.", ("Öppettider",)),
        ("Lunchstängt 12–13.", ("Öppettider",)),
    ]


def test_html_page_with_only_menus_and_scripts_has_no_text(tmp_path):
    path = tmp_path / "meny.html"
    path.write_text("<html><head><title>Meny</title><script>x=1</script></head>"
                    "<body><nav><a href='/'>Start</a></nav><footer>Kontakt</footer></body></html>")
    with pytest.raises(LoadError, match="no text found"):
        html.load(path, "meny.html")


def test_html_empty_file_is_reported(tmp_path):
    path = tmp_path / "tom.html"
    path.write_bytes(b"  \n")
    with pytest.raises(LoadError, match="empty file"):
        html.load(path, "tom.html")


def test_html_binary_file_renamed_is_reported(tmp_path):
    path = tmp_path / "bild.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(LoadError, match="not an HTML file"):
        html.load(path, "bild.html")
