"""A second, made-up knowledge base in Word and PDF, Swedish and English, for checking that
the engine's method holds on documents it was not tuned on.

FICTIONAL TEST CONTENT: these texts are invented for tests and describe no real rules.
`python -m tests.eval.unseen_docs DIR` writes the files; `unseen.jsonl` holds the questions.
"""
from __future__ import annotations

import sys
from pathlib import Path

PROJECT_GUIDE = [
    ("title", "Guide för EU-projekt"),
    ("p", "Den här guiden beskriver hur en förvaltning går till väga när den vill söka pengar ur EU:s program."),
    ("h1", "Innan du söker"),
    ("p", "Kontakta den internationella samordnaren minst tre månader innan ansökan ska lämnas in. "
          "Idén ska vara förankrad hos förvaltningschefen innan arbetet med ansökan börjar."),
    ("p", "Samordnaren hjälper till att hitta rätt program och partner, och kan ta kontakt med West Sweden "
          "för stöd i projektutvecklingen."),
    ("h1", "Medfinansiering"),
    ("p", "De flesta EU-program kräver att kommunen står för en del av kostnaderna själv. "
          "Kommunens medfinansiering beslutas av kommunstyrelsen efter förslag från förvaltningen."),
    ("p", "Medfinansieringen får högst uppgå till 20 procent av projektets totala budget utan särskilt beslut."),
    ("h1", "Under projektet"),
    ("h2", "Rapportering"),
    ("p", "Projektledaren rapporterar projektets läge till den internationella samordnaren varje kvartal."),
    ("h2", "Arkivering"),
    ("p", "Alla projekthandlingar ska sparas i tio år efter att projektet avslutats, eftersom EU kan granska dem i efterhand."),
    ("list", ["ansökan och beslut", "tidrapporter", "fakturor och verifikationer", "slutrapport"]),
]

TRAVEL_GUIDELINES = [
    ("title", "Guidelines for international travel"),
    ("h1", "Approval"),
    ("p", "Every trip abroad must be approved in advance by the head of department. "
          "Trips paid for by an EU project also need the project manager's approval."),
    ("h1", "Booking"),
    ("p", "Travel is booked through the municipality's travel agreement. Rail is preferred for journeys "
          "under 600 kilometres, and flights should be booked in economy class."),
    ("h1", "After the trip"),
    ("p", "Within two weeks of returning, the traveller sends a short trip report to the international "
          "coordinator describing what was learned and which contacts were made."),
    ("h1", "Insurance"),
    ("p", "Employees on business trips are covered by the municipality's travel insurance. "
          "Private extensions of a business trip are not covered."),
]


def write_docx(blocks, path: Path) -> None:
    import docx

    d = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            d.core_properties.title = value
            d.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            d.add_heading(value, level=int(kind[1]))
        elif kind == "list":
            for item in value:
                d.add_paragraph(item, style="List Bullet")
        else:
            d.add_paragraph(value)
    d.save(str(path))


def write_pdf(blocks, path: Path, running_header: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6),
    }

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawString(A4[0] / 2, 30, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    for i, (kind, value) in enumerate(blocks):
        if kind == "list":
            story += [Paragraph("• " + item, styles["p"]) for item in value]
            continue
        story.append(Paragraph(value, styles[kind]))
        if kind == "p" and i == len(blocks) // 2:
            story.append(PageBreak())
    story.append(Spacer(1, 12))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1]).build(
        story, onFirstPage=header_footer, onLaterPages=header_footer)


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_docx(PROJECT_GUIDE, folder / "guide-eu-projekt.docx")
    write_pdf(TRAVEL_GUIDELINES, folder / "travel-guidelines.pdf", "Guidelines for international travel")
    return folder


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "unseen-knowledge")))
