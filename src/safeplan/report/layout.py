"""Layout primitives of the report: the page frame, headings, paragraphs, ruled
tables and label/value rows. fpdf2 with embedded DejaVu; no Qt.

DejaVu (embedded, subset) covers Cyrillic and Kazakh letters, so the text can
be searched and copied. A character the font lacks (an emoji) is printed as
its code point, e.g. [U+1F622]; the exact text is in manifest.json.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ..paths import resource
from . import fpdf_patches  # noqa: F401  (checks the fpdf2 version first)
from .hyphens import hyphenate

FONT, MONO = "dejavu", "dejavumono"
GREY = (90, 90, 90)
RULE = (170, 170, 170)


class Formats:
    """Dates, times and sizes as the report's language writes them: ДД.ММ.ГГГГ and
    МБ in Russian and Kazakh (from the catalogue), ISO dates in English."""

    def __init__(self, tx: dict[str, str]) -> None:
        self.tx = tx
        chosen = tx.get("date_format", "%Y-%m-%d")
        self.date_format = chosen if all(f in chosen for f in ("%d", "%m", "%Y")) \
            else "%Y-%m-%d"
        self.comma = tx.get("lang") in ("ru", "kk")

    def date(self, iso: str) -> str:
        """A stored YYYY-MM-DD (or ISO date-time) date in the report's format."""
        try:
            return datetime.strptime(iso[:10], "%Y-%m-%d").strftime(self.date_format) + \
                iso[10:].replace("T", " ")
        except ValueError:
            return iso

    def moment(self, seconds: float) -> str:
        """A moment in the computer's local time, with its UTC offset."""
        local = datetime.fromtimestamp(seconds).astimezone()
        return local.strftime(f"{self.date_format} %H:%M ") + _offset(local)

    def stated(self, iso: str) -> str:
        """An ISO 8601 time as recorded (EXIF with or without its offset)."""
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        text = moment.strftime(f"{self.date_format} %H:%M:%S")
        if moment.tzinfo is None:
            return f"{text} ({self.tx.get('no_zone', 'time zone not recorded')})"
        return f"{text} {_offset(moment)}"

    def size(self, size: int) -> str:
        if size < 1024:
            return self.tx.get("size_b", "{value} bytes").format(value=size)
        value = float(size)
        for key in ("size_kb", "size_mb", "size_gb"):
            value /= 1024
            if value < 1024 or key == "size_gb":
                number = f"{value:.1f}"
                if self.comma:
                    number = number.replace(".", ",")
                return self.tx.get(key, "{value}").format(value=number)
        return str(size)


def _offset(moment: datetime) -> str:
    """UTC+05:00."""
    text = moment.strftime("%z")
    return f"UTC{text[:3]}:{text[3:5]}" if text else ""


def local_time(seconds: float) -> str:
    return Formats({}).moment(seconds)


class ReportPdf(FPDF):
    def __init__(self, report_id: str, footer: str, tx: dict[str, str] | None = None) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report_id = report_id
        self.footer_text = footer
        self.formats = Formats(tx or {})
        self.covered: set[int] = set()
        # The manifest's entry for each exported item by record id (a location-free
        # copy's own hash and size are in it).
        self.shipped: dict[int, dict[str, Any]] = {}
        self.names_withheld = False  # a location-free report: files by neutral names
        self.explained: set[str] = set()  # notes printed once per report, already printed
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        fonts = resource("fonts")
        self.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
        self.add_font(MONO, "", str(fonts / "DejaVuSansMono.ttf"))
        self.covered = set(self.fonts[FONT].cmap) & set(self.fonts[MONO].cmap)

    def file_id(self) -> str:
        """The PDF's /ID, from the report id (fpdf2's default hashes the whole file,
        which a streamed output no longer holds)."""
        ident = hashlib.sha256(self.report_id.encode()).hexdigest()[:32].upper()
        return f"<{ident}><{ident}>"

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.footer_text.format(report_id=self.report_id, page=self.page_no(),
                                                pages="{nb}"), align="C")
        self.set_text_color(0, 0, 0)

    def clean(self, text: str) -> str:
        """Printable text: characters the font lacks become [U+XXXX]."""
        if all(ord(c) in self.covered or c in "\n\t" for c in text):
            return text
        return "".join(c if ord(c) in self.covered or c in "\n\t" else f"[U+{ord(c):04X}]"
                       for c in text)

    def heading(self, text: str, size: float = 15) -> None:
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(3)
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.5, self.clean(text), align="L", new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_font(FONT, "", 10)

    def wrapped(self, text: str) -> str:
        """Text that will wrap, with soft hyphens where its language allows a break."""
        return hyphenate(text, self.formats.tx.get("lang", "en"))

    def paragraph(self, text: str, size: float = 10, mono: bool = False) -> None:
        self.set_font(MONO if mono else FONT, "", size)
        text = self.clean(text)
        self.multi_cell(0, size * 0.5, text if mono else self.wrapped(text), align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)
        self.set_font(FONT, "", 10)

    def grid(self, widths: tuple[float, ...], header: list[str],
             rows: list[list[str]], size: float = 8.5, line: float = 4.2,
             mono: frozenset[int] = frozenset(), spans: frozenset[int] = frozenset()) -> None:
        """A ruled table; the header repeats after a page break. Cells that fit on one
        line are drawn with cell() (fast); longer ones wrap with multi_cell().

        A row whose index is in `spans` is one cell across the whole width."""
        pad = 1.2
        # Header words are never broken: the header shrinks until each word fits.
        header_size = size
        self.set_font(FONT, "B", size)
        for text, width in zip(header, widths, strict=False):
            widest = max((self.get_string_width(w) for w in text.split()), default=0.0)
            if widest > width - 2 * pad:
                header_size = min(header_size, max(6.0, size * (width - 2 * pad) / widest))
        # A word too wide even at the smallest size (a long Kazakh word in a narrow
        # column) is broken where its language allows, with a hyphen.
        self.set_font(FONT, "B", header_size)
        header = [text if max((self.get_string_width(w) for w in text.split()), default=0.0)
                  <= width - 2 * pad else self.wrapped(text)
                  for text, width in zip(header, widths, strict=False)]

        def draw(cells: list[str], bold: bool, index: int) -> None:
            span = index in spans
            columns = (sum(widths),) if span else widths
            fits = []
            for col, (text, width) in enumerate(zip(cells, columns, strict=False)):
                self._cell_font(bold, mono=(col in mono) or span,
                                size=header_size if bold else size)
                fits.append(self.get_string_width(text) < width - 2 * pad)
            lines = 1 if all(fits) else 3
            if self.get_y() + lines * line + 2 > self.h - self.b_margin and not bold:
                self.add_page()
                draw(header, True, -1)
            top, x, bottom = self.get_y(), self.l_margin, self.get_y() + line + 2
            if bold:
                rows_of_text = 1
                for text, width, fit in zip(cells, columns, fits, strict=False):
                    if not fit:
                        rows_of_text = max(rows_of_text, len(self.multi_cell(
                            width - 2 * pad, line, text, dry_run=True, output="LINES")))
                self.set_fill_color(238, 238, 238)
                self.rect(self.l_margin, top, sum(widths), rows_of_text * line + 2, style="F")
            for col, (text, width) in enumerate(zip(cells, columns, strict=False)):
                self._cell_font(bold, mono=(col in mono) or span,
                                size=header_size if bold else size)
                self.set_xy(x + pad, top + 1)
                if fits[col]:
                    self.cell(width - 2 * pad, line, text)
                else:
                    self.multi_cell(width - 2 * pad, line,
                                    text if bold or col in mono or span else self.wrapped(text),
                                    align="L")
                    bottom = max(bottom, self.get_y() + 1)
                x += width
            self.set_draw_color(*RULE)
            self.line(self.l_margin, bottom, self.l_margin + sum(widths), bottom)
            self.set_y(bottom)

        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
        draw(header, True, -1)
        for index, row in enumerate(rows):
            draw([self.clean(c) for c in row], False, index)
        self.ln(3)
        self.set_font(FONT, "", 10)

    def _cell_font(self, bold: bool, mono: bool, size: float) -> None:
        if mono and not bold:
            self.set_font(MONO, "", size - 0.5)
        else:
            self.set_font(FONT, "B" if bold else "", size)

    def fields(self, rows: list[tuple[str, ...]], label_width: float = 48) -> None:
        """Label: value rows, the label in grey, long labels and values wrapping on
        spaces, a rule between rows. Every row is as tall as its taller side, measured
        (a wrapped label never runs into the next row).

        fpdf2's table() lays every cell out with its line breaker; most values fit
        on one line and are drawn with cell(), which is several times faster."""
        label_width = max(label_width, self._widest_word([r[0] for r in rows], 9) + 4)
        value_width = self.epw - label_width
        line = 5.0
        self.set_draw_color(*RULE)
        for name, value, *style in rows:
            name, value = self.clean(name), self.clean(value)
            mono = style == ["mono"]
            self.set_font(FONT, "", 9)
            label_lines = self._lines(name, label_width - 3, line, hyphens=False)
            self.set_font(*((MONO, "", 8.5) if mono else (FONT, "", 10)))
            value_lines = self._lines(value, value_width - 3, line, hyphens=not mono)
            height = max(label_lines, value_lines) * line + 2.4
            if self.get_y() + min(height, 3 * line + 2.4) > self.h - self.b_margin:
                self.add_page()
            top = self.get_y()
            self.set_text_color(*GREY)
            self.set_font(FONT, "", 9)
            self.set_xy(self.l_margin + 1.5, top + 1.2)
            if label_lines == 1:
                self.cell(label_width - 3, line, name)
            else:  # labels wrap between words only (the column fits the longest word)
                self.multi_cell(label_width - 3, line, name, align="L")
            self.set_text_color(0, 0, 0)
            self.set_font(*((MONO, "", 8.5) if mono else (FONT, "", 10)))
            self.set_xy(self.l_margin + label_width + 1.5, top + 1.2)
            if value_lines == 1:
                self.cell(value_width - 3, line, value)
                bottom = top + height
            else:
                page = self.page
                self.multi_cell(value_width - 3, line, value if mono else self.wrapped(value),
                                align="L")
                bottom = self.get_y() + 1.2
                if self.page == page:  # a long label may be taller than its value
                    bottom = max(bottom, top + height)
            self.set_y(bottom)
            self.line(self.l_margin, bottom, self.l_margin + self.epw, bottom)
        self.set_font(FONT, "", 10)

    def _lines(self, text: str, width: float, line: float, hyphens: bool = True) -> int:
        """How many lines `text` takes at `width` in the current font."""
        if "\n" not in text and self.get_string_width(text) < width:
            return 1
        return len(self.multi_cell(width, line, self.wrapped(text) if hyphens else text,
                                   dry_run=True, output="LINES"))

    def _widest_word(self, texts: list[str], size: float) -> float:
        """The widest single word: a column narrower than that breaks a word."""
        self.set_font(FONT, "", size)
        words = [w for t in texts for w in self.clean(t).split()]
        return max((self.get_string_width(w) for w in words), default=0.0)


