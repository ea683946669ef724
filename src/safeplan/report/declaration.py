"""Her declaration, the first page of the report. No Qt.

A page of its own so that a fuller statement (заявление, with the addressee
and the request) can take its place: `pages.lay_out` calls whichever front
page it is given, with the same arguments.
"""

from __future__ import annotations

from typing import Any

from fpdf.enums import XPos, YPos

from .layout import FONT, GREY, ReportPdf

FrontPage = Any  # Callable[[ReportPdf, dict, dict, int, int], None]


def declaration_page(pdf: ReportPdf, manifest: dict[str, Any], tx: dict[str, str],
                     incidents: int, items: int) -> None:
    """Name and IIN (printed when she gave them, else a line to fill in), the date,
    «Сведения, изложенные в настоящем документе, подтверждаю», a signature line."""
    pdf.add_page()
    pdf.ln(12)
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(0, 8, tx["decl_title"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    created = pdf.formats.moment(manifest["created_unix"]).split(" ")[0]
    pdf.paragraph(tx["decl_intro"].format(report_id=manifest["report_id"], date=created,
                                          incidents=incidents, items=items), 11)
    pdf.ln(8)
    _filled(pdf, tx["decl_name"], manifest.get("name", ""))
    _filled(pdf, tx["decl_iin"], manifest.get("iin", ""))
    pdf.ln(10)
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(0, 7, tx["decl_confirm"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(16)
    _filled(pdf, tx["decl_date"], "")
    pdf.ln(4)
    _filled(pdf, tx["decl_signature"], "")
    pdf.set_font(FONT, "", 10)


def _filled(pdf: ReportPdf, label: str, value: str) -> None:
    """A label with its value, or with a line to write on by hand."""
    label_width = 45.0
    top = pdf.get_y()
    pdf.set_font(FONT, "", 11)
    pdf.set_text_color(*GREY)
    pdf.set_xy(pdf.l_margin, top)
    pdf.multi_cell(label_width - 3, 7, pdf.clean(label), align="L")
    label_bottom = pdf.get_y()
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + label_width, top)
    if value:
        pdf.multi_cell(pdf.epw - label_width, 7, pdf.clean(value), align="L")
    pdf.set_draw_color(60, 60, 60)
    line_y = max(top + 7, pdf.get_y()) if value else top + 7
    pdf.line(pdf.l_margin + label_width, line_y, pdf.l_margin + pdf.epw, line_y)
    pdf.set_y(max(label_bottom, line_y) + 5)
