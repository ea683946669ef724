"""The statement's pages, with the report's engine (fpdf2) and fonts (DejaVu). No Qt.

Printed alone, or as the report's front pages in place of its declaration page
(`statement_front_page`), so the officer receives one signature block, not two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from fpdf.enums import XPos, YPos

from .report.layout import FONT, ReportPdf
from .statement import BLANK, title

_FOOTER = {"ru": "Заявление · стр. {page} из {pages}", "kk": "Арыз · {page}/{pages} бет"}
FrontPage = Callable[[ReportPdf, dict[str, Any], dict[str, str], int, int], None]


def lay_out_statement(pdf: ReportPdf, text: str, language: str) -> None:
    """Addressee and sender at the right, the title centred, then the body as she wrote it."""
    pdf.add_page()
    heading = title(language)
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip() == heading), -1)
    header, body = (lines[:at], lines[at + 1:]) if at >= 0 else ([], lines)
    column = pdf.epw * 0.52
    pdf.set_font(FONT, "", 11)
    for line in header:
        if line.strip():
            pdf.set_x(pdf.l_margin + pdf.epw - column)
            pdf.multi_cell(column, 5.6, pdf.clean(line), align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
    pdf.ln(10)
    if at >= 0:
        pdf.set_font(FONT, "B", 14)
        pdf.multi_cell(0, 7, heading, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
    pdf.set_font(FONT, "", 11)
    for block in "\n".join(body).strip("\n").split("\n\n"):
        for line in block.split("\n"):
            # Left-aligned: justified lines with long numbers and addresses opened wide gaps
            # (seen in the rendered pages).
            pdf.multi_cell(0, 5.6, pdf.clean(line), align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(3.5)


def render_statement(out: BinaryIO, text: str, language: str, report_id: str = "") -> None:
    """The statement alone, as a PDF written to `out`."""
    pdf = ReportPdf(report_id or "statement", _FOOTER.get(language, _FOOTER["ru"]))
    try:
        pdf.set_title(title(language))
        pdf.set_lang(language)
        pdf.set_creator("")
        pdf.set_producer("")
        lay_out_statement(pdf, text, language)
        out.write(bytes(pdf.output()))
    finally:
        for font in pdf.fonts.values():
            font.close()


def statement_front_page(text: str, language: str, report_id_in_text: str = "") -> FrontPage:
    """A front page for the report: the statement, with the report's own id written where
    the draft left a blank (or the id she had typed)."""

    def front(pdf: ReportPdf, manifest: dict[str, Any], _tx: dict[str, str],
              _incidents: int, _items: int) -> None:
        token = "№ " + (report_id_in_text or BLANK)  # the attachment line's number
        filled = text.replace(token, "№ " + manifest["report_id"], 1)
        lay_out_statement(pdf, filled, language)

    return front


__all__ = ["lay_out_statement", "render_statement", "statement_front_page"]
