"""Writers of the .docx and .pdf documents of the evaluation parts whose make_docs.py keeps a
document as a list of blocks: ("title" | "h1" | "h2" | "p", text), ("list" | "olist", [items]),
("table", [[header cells], [cells], …]) or ("pagebreak", None)."""
from __future__ import annotations

from pathlib import Path


def write_docx(blocks, path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            document.core_properties.title = value
            document.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(value, level=int(kind[1]))
        elif kind in ("list", "olist"):
            style = "List Bullet" if kind == "list" else "List Number"
            for item in value:
                document.add_paragraph(item, style=style)
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        elif kind == "pagebreak":
            document.add_page_break()
        else:
            document.add_paragraph(value)
    document.save(str(path))


def write_pdf(blocks, path: Path, running_header: str, page_word: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=9),
        "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=2,
                               leftIndent=14, firstLineIndent=-10),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    }

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, running_header)
        canvas.drawString(A4[0] / 2 - 15, 30, f"{page_word} {doc.page}")
        canvas.restoreState()

    story = []
    for kind, value in blocks:
        if kind == "list":
            story += [Paragraph("\u2022 " + item, styles["item"]) for item in value]
            story.append(Spacer(1, 8))
        elif kind == "olist":
            story += [Paragraph(f"{n}. " + item, styles["item"]) for n, item in enumerate(value, 1)]
            story.append(Spacer(1, 8))
        elif kind == "table":
            width = (A4[0] - 144) / len(value[0])
            cells = [[Paragraph(text, styles["cell"]) for text in row] for row in value]
            table = Table(cells, hAlign="LEFT", colWidths=[width] * len(value[0]))
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 12)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            story.append(Paragraph(value, styles[kind]))
    SimpleDocTemplate(str(path), pagesize=A4, title=blocks[0][1], topMargin=72, bottomMargin=60).build(
        story, onFirstPage=decorate, onLaterPages=decorate)
