"""Real PDF, Word and HTML files for the loader tests, written with reportlab and python-docx."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

# (style, text) per entry; styles below. A page is a list of entries.
PDF_STYLES: dict[str, tuple[str, float]] = {
    "title": ("Helvetica-Bold", 20),
    "h1": ("Helvetica-Bold", 16),
    "h2": ("Helvetica-Bold", 13),
    "body": ("Helvetica", 10),
    "bold": ("Helvetica-Bold", 10),
    "ingress": ("Helvetica", 12),  # a lead paragraph set larger than the body
    "item": ("Helvetica", 10),  # a bullet list item, set tight under the one before
}
RUNNING_HEADER = "Internationell policy"
_MARGIN = 72
_WIDTH = A4[0] - 2 * _MARGIN

# The sentence that the policy PDF breaks across the page 1 / page 2 boundary.
BROKEN_FIRST = ("Kommunen ska därför samarbeta med sina vänorter i Europa och i Norden när det ger "
                "nytta för invånarna, för näringslivet och för")
BROKEN_REST = "föreningslivet i hela kommunen, både i tätorten och på landsbygden."
BROKEN_WHOLE = f"{BROKEN_FIRST} {BROKEN_REST}"

INGRESS = ("Policyn är antagen av kommunfullmäktige och visar hur kommunen ska arbeta med omvärlden, "
           "med EU och med vänorterna under perioden 2024–2027.")

POLICY_PAGES: list[list[tuple[str, str]]] = [
    [
        ("title", "Internationell policy"),
        ("ingress", INGRESS),
        ("h1", "Syfte och mål"),
        ("body", "Policyn beskriver hur kommunen arbetar med internationella frågor. Den gäller alla "
                 "förvaltningar och bolag och ska läsas tillsammans med kommunens budget."),
        ("h2", "Övergripande mål"),
        ("body", "Det internationella arbetet ska stärka kommunens utveckling och göra den till en "
                 "attraktiv plats att bo, arbeta och växa upp på."),
        ("body", BROKEN_FIRST),
    ],
    [
        ("body", BROKEN_REST),
        ("h2", "Vänorter"),
        ("body", "Kommunen har vänorter i Finland, Tyskland och Polen. Utbytet gäller främst skola, "
                 "kultur och äldreomsorg."),
        ("h1", "Finansiering"),
        ("body", "Projekt ska i första hand finansieras med externa medel, till exempel från EU:s "
                 "program Erasmus+ och Interreg."),
    ],
    [
        ("h2", "Ansökan om medel"),
        ("body", "En ansökan skickas till den internationella samordnaren senast den 1 mars."),
        ("body", "Ansökan ska innehålla:"),
        ("item", "en beskrivning av projektet och dess mål"),
        ("item", "en budget med medfinansiering"),
        ("item", "namn på en kontaktperson i kommunen"),
        ("bold", "Kontakt"),
        ("body", "Frågor besvaras av kommunens internationella samordnare på kommunledningskontoret."),
    ],
]


def write_pdf(path: Path, pages: Sequence[Sequence[tuple[str, str]]], *, header: str | None = None,
              footer: bool = True, title: str | None = None, encrypt: object = None) -> Path:
    """Lay the entries out top to bottom, wrapping body text; header/footer on every page."""
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    if title:
        c.setTitle(title)
    for number, entries in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(_MARGIN, A4[1] - 40, header)
        y = A4[1] - _MARGIN - 10
        for style, text in entries:
            font, size = PDF_STYLES[style]
            if style in ("title", "h1", "h2"):
                y -= size * 0.8  # space above a heading
            c.setFont(font, size)
            if style == "item":
                text = f"\u2013 {text}"
            for line in simpleSplit(text, font, size, _WIDTH):
                c.drawString(_MARGIN, y, line)
                y -= size * 1.2
            y -= 0 if style == "item" else size * 0.9  # paragraph spacing
        if footer:
            c.setFont("Helvetica", 9)
            c.drawString(A4[0] / 2 - 15, 30, f"Sida {number}")
        c.showPage()
    c.save()
    return path


def write_policy_pdf(path: Path, **kwargs) -> Path:
    return write_pdf(path, POLICY_PAGES, header=RUNNING_HEADER, **kwargs)


def write_image_only_pdf(path: Path) -> Path:
    """Two pages with drawings and no text, like a scan without OCR."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.rect(72, 400, 300, 200, fill=1)
        c.circle(300, 300, 50)
        c.showPage()
    c.save()
    return path


def write_docx(path: Path, *, title_property: str = "", with_title_style: bool = False) -> Path:
    """A Word policy with built-in Heading 1/2 styles, a bulleted list and a table."""
    document = docx.Document()
    document.core_properties.title = title_property
    if with_title_style:
        document.add_paragraph("Riktlinjer för vänortsutbyte", style="Title")
    document.add_paragraph("Riktlinjerna gäller för alla förvaltningar i kommunen.")
    document.add_heading("Resor och utbyten", level=1)
    document.add_paragraph("Resor ska planeras i god tid och godkännas av förvaltningschefen.")
    document.add_heading("Ansökan", level=2)
    document.add_paragraph("Ansökan ska innehålla:")
    for item in ("syfte med resan", "deltagare och kostnader", "förväntat resultat för kommunen"):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("Ansökan lämnas till samordnaren.")
    document.add_heading("Budget", level=2)
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("Post", "Belopp", "Ansvarig"),
                                        ("Resor", "40 000 kr", "Förvaltningen"),
                                        ("Logi", "25 000 kr", "Värdorten")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_heading("Uppföljning", level=1)
    bold = document.add_paragraph()
    bold.add_run("Rapportering").bold = True
    document.add_paragraph("En rapport lämnas till nämnden efter varje utbyte.")
    document.save(str(path))
    return path
