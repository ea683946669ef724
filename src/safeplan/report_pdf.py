"""The report a police officer, lawyer or judge reads. Laid out with fpdf2; no Qt.

Text comes from `texts(translate)`: the screens pass Qt's translate, so the
report is in her language; the strings are extracted with the rest of the app.
DejaVu (embedded, subset) covers Cyrillic and Kazakh letters, so the text can
be searched and copied. A character the font lacks (an emoji) is printed as
its code point, e.g. [U+1F622]; the exact text is in manifest.json.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from fpdf import FPDF
from fpdf.enums import EncryptionMethod, XPos, YPos
from fpdf.output import OutputProducer
from fpdf.syntax import PDFString
from PIL import Image

from . import media
from .evidence import Item
from .journal import Entry
from .paths import resource

Translate = Callable[[str, str], str]
FONT, MONO = "dejavu", "dejavumono"
GREY = (90, 90, 90)
RULE = (170, 170, 170)


def _same(_context: str, text: str) -> str:
    return text


def texts(translate: Translate = _same) -> dict[str, str]:
    """Every string the report prints, translated once per export."""
    return {
        "title": translate("Report", "Incident documentation"),
        "prepared_by": translate("Report", "Prepared by"),
        "period": translate("Report", "Period covered"),
        "created": translate("Report", "Report created"),
        "incidents": translate("Report", "Incidents"),
        "evidence_items": translate("Report", "Evidence items"),
        "report_id": translate("Report", "Report ID"),
        "fingerprint": translate("Report", "Public key fingerprint (SHA-256)"),
        "attached_pdf": translate(
            "Report",
            "The original files are attached inside this PDF, byte for byte, with "
            "manifest.json, manifest.sig and public_key.pem. Open your PDF reader's "
            "attachments panel (the paperclip) to save them."),
        "attached_folder": translate(
            "Report",
            "The original files are in the evidence folder next to this report, with "
            "manifest.json, manifest.sig and public_key.pem."),
        "cover_note": translate(
            "Report",
            "Every file and entry in this report is listed with its SHA-256 hash in a "
            "manifest signed with an Ed25519 key. Appendix D explains how to check them "
            "with standard tools."),
        "footer": translate("Report", "Report {report_id} · Page {page} of {pages}"),
        "summary": translate("Report", "Summary"),
        "col_date": translate("Report", "Date"),
        "col_kinds": translate("Report", "Kinds"),
        "col_what": translate("Report", "What happened"),
        "col_evidence": translate("Report", "Evidence"),
        "incident_heading": translate("Report", "Incident {number}: {date}"),
        "f_when": translate("Report", "Date and time"),
        "f_approximate": translate("Report", "approximate: {note}"),
        "f_duration": translate("Report", "Duration"),
        "f_place": translate("Report", "Place"),
        "f_person": translate("Report", "Person responsible"),
        "f_kinds": translate("Report", "Kinds of abuse"),
        "f_description": translate("Report", "What happened"),
        "f_exact_words": translate("Report", "Exact words said"),
        "f_injuries": translate("Report", "Injuries"),
        "f_witnesses": translate("Report", "Witnesses"),
        "f_children": translate("Report", "Children present"),
        "f_police": translate("Report", "Police contacted"),
        "f_police_details": translate("Report", "Police station, officer, report number"),
        "f_medical": translate("Report", "Medical help"),
        "f_medical_details": translate("Report", "Where, record number"),
        "f_fear": translate("Report", "How afraid (0–10)"),
        "f_tags": translate("Report", "Tags"),
        "f_recorded": translate("Report", "First recorded"),
        "f_versions": translate("Report", "Versions"),
        "versions_value": translate("Report", "{count} (the history of changes is in Appendix B)"),
        "versions_value_plain": translate("Report", "{count}"),
        "f_is_approximate": translate("Report", "Date is approximate"),
        "f_approximate_note": translate("Report", "About when"),
        "f_police_station": translate("Report", "Police station"),
        "f_police_officer": translate("Report", "Police officer"),
        "f_police_report": translate("Report", "Police report number"),
        "f_medical_where": translate("Report", "Where medical help was given"),
        "f_medical_record": translate("Report", "Medical record number"),
        "yes": translate("Report", "Yes"),
        "no": translate("Report", "No"),
        "evidence_heading": translate("Report", "Evidence {number}: {caption}"),
        "e_file": translate("Report", "File"),
        "e_kind": translate("Report", "Kind"),
        "e_taken": translate("Report", "Taken"),
        "e_imported": translate("Report", "Imported"),
        "e_exif": translate("Report", "EXIF date"),
        "e_camera": translate("Report", "Camera"),
        "e_gps": translate("Report", "GPS position"),
        "e_duration": translate("Report", "Duration"),
        "e_notes": translate("Report", "Notes"),
        "e_see_above": translate("Report", "Evidence {number} (shown above): {caption}"),
        "no_picture": translate(
            "Report",
            "No picture printed: {reason}. The original file is attached."),
        "picture_unreadable": translate("Report", "the picture cannot be decoded"),
        "other_evidence": translate("Report", "Evidence not linked to an incident"),
        "appendix_a": translate("Report", "Appendix A. Evidence manifest"),
        "col_no": translate("Report", "No."),
        "col_file": translate("Report", "File"),
        "col_size": translate("Report", "Size"),
        "col_imported": translate("Report", "Imported"),
        "col_exif": translate("Report", "EXIF date"),
        "no_evidence": translate("Report", "No evidence is included in this report."),
        "appendix_b": translate("Report", "Appendix B. History of changes"),
        "no_history": translate(
            "Report",
            "The history of changes was not included in this report; manifest.json lists "
            "the hash of every version."),
        "only_one": translate(
            "Report",
            "No incident in this report was changed after it was first written."),
        "version_line": translate("Report", "Version {number}, saved {when}"),
        "appendix_c": translate("Report", "Appendix C. The journal's hash chain"),
        "chain_text": translate(
            "Report",
            "Every creation, change, deletion and import in the journal is an event that "
            "includes the hash of the event before it. The chain has {count} events; the "
            "last event's hash is:"),
        "chain_ok": translate(
            "Report",
            "State at export: intact. Every event and every version in this report matches "
            "the chain."),
        "chain_broken": translate(
            "Report",
            "State at export: BROKEN ({reason}). Some history was changed outside the app; "
            "treat the dates with care."),
        "col_seq": translate("Report", "Event"),
        "col_time": translate("Report", "Time"),
        "col_action": translate("Report", "Action"),
        "col_hash": translate("Report", "Event hash (start)"),
        "appendix_d": translate("Report", "Appendix D. How to verify this report"),
        "verify_steps": translate(
            "Report",
            "1. Save the attached files (PDF reader: attachments panel; or `pdfdetach "
            "-saveall report.pdf` from poppler-utils).\n"
            "2. Compute the SHA-256 of every original and compare it with Appendix A and "
            "manifest.json:\n"
            "   Linux: sha256sum FILE\n"
            "   Windows: certutil -hashfile FILE SHA256\n"
            "   macOS: shasum -a 256 FILE\n"
            "3. Check the signature of the manifest (OpenSSL 3):\n"
            "   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in "
            "manifest.json -sigfile manifest.sig\n"
            "   It must print \"Signature Verified Successfully\".\n"
            "4. Check that the key is the one printed on the cover:\n"
            "   openssl pkey -pubin -in public_key.pem -outform DER | tail -c 32 | "
            "sha256sum\n"
            "5. Or run the verifier that comes with the app, which does all of this and "
            "also rechecks the hash chain:\n"
            "   python -m safeplan verify report.pdf"),
        "appendix_e": translate("Report", "Appendix E. What this report proves and what it cannot"),
        "proves": translate(
            "Report",
            "It proves that the attached files are byte for byte the files that were "
            "imported (their SHA-256 was taken at import and is signed), that the manifest "
            "was signed by the key shown on the cover, and that nothing in the files, the "
            "manifest or the signature changed after the report was made. The hash chain "
            "shows that the entries were not changed or removed without a trace after they "
            "were recorded."),
        "cannot": translate(
            "Report",
            "It cannot prove that the computer's clock was right: every time comes from "
            "the computer on which the entries were written. It cannot prove who wrote the "
            "entries or took the photos, that events happened as described, or that "
            "nothing was left out: the person exporting chose what to include. The key "
            "identifies the app's vault, not a person; the same fingerprint on later "
            "reports shows they come from the same vault."),
        "readme": translate(
            "Report",
            "This folder holds an incident report and the original evidence files.\n"
            "\n"
            "report.pdf         the report\n"
            "evidence/          the original files, byte for byte\n"
            "manifest.json      every file's SHA-256 and facts, the entries, the hash "
            "chain\n"
            "manifest.sig       Ed25519 signature of manifest.json\n"
            "report.sha256      SHA-256 of report.pdf (sha256sum -c report.sha256)\n"
            "report.sha256.sig  Ed25519 signature of report.sha256\n"
            "public_key.pem     the key that made the signatures\n"
            "\n"
            "Check the files:      sha256sum evidence/*   (Windows: certutil -hashfile "
            "FILE SHA256)\n"
            "Check the signature:  openssl pkeyutl -verify -pubin -inkey public_key.pem "
            "-rawin -in manifest.json -sigfile manifest.sig\n"
            "Or all at once:       python -m safeplan verify .\n"),
    }


# Incident field -> label key, for the history of changes.
_LABELS = {
    "date": "col_date", "time": "col_time", "approximate": "f_is_approximate",
    "approximate_note": "f_approximate_note", "duration": "f_duration", "place": "f_place",
    "person_id": "f_person", "kinds": "f_kinds", "description": "f_description",
    "exact_words": "f_exact_words", "injuries": "f_injuries", "witnesses": "f_witnesses",
    "children_present": "f_children", "police_contacted": "f_police",
    "police_station": "f_police_station", "police_officer": "f_police_officer",
    "police_report": "f_police_report", "medical_help": "f_medical",
    "medical_where": "f_medical_where", "medical_record": "f_medical_record",
    "fear": "f_fear", "tags": "f_tags",
}


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).astimezone().strftime("%Y-%m-%d %H:%M %z")


class _Report(FPDF):
    def __init__(self, report_id: str, footer: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report_id = report_id
        self.footer_text = footer
        self.covered: set[int] = set()
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

    def paragraph(self, text: str, size: float = 10, mono: bool = False) -> None:
        self.set_font(MONO if mono else FONT, "", size)
        self.multi_cell(0, size * 0.5, self.clean(text), align="L", new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
        self.ln(2)
        self.set_font(FONT, "", 10)

    def grid(self, widths: tuple[float, ...], header: list[str],
             rows: list[list[str]], size: float = 8.5, line: float = 4.2,
             mono: frozenset[int] = frozenset(), spans: frozenset[int] = frozenset()) -> None:
        """A ruled table; the header repeats after a page break. Cells that fit on one
        line are drawn with cell() (fast); longer ones wrap with multi_cell().

        A row whose index is in `spans` is one cell across the whole width."""
        pad = 1.2

        def draw(cells: list[str], bold: bool, index: int) -> None:
            span = index in spans
            columns = (sum(widths),) if span else widths
            fits = []
            for col, (text, width) in enumerate(zip(cells, columns, strict=False)):
                self._cell_font(bold, mono=(col in mono) or span, size=size)
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
                self._cell_font(bold, mono=(col in mono) or span, size=size)
                self.set_xy(x + pad, top + 1)
                if fits[col]:
                    self.cell(width - 2 * pad, line, text)
                else:
                    self.multi_cell(width - 2 * pad, line, text, align="L")
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
        """Label: value rows, the label in grey, long values wrapping, a rule between rows.

        fpdf2's table() lays every cell out with its line breaker; most values fit
        on one line and are drawn with cell(), which is several times faster."""
        value_width = self.epw - label_width
        line = 5.0
        self.set_draw_color(*RULE)
        for name, value, *style in rows:
            name, value = self.clean(name), self.clean(value)
            mono = style == ["mono"]
            self.set_font(*((MONO, "", 8.5) if mono else (FONT, "", 10)))
            short = "\n" not in value and self.get_string_width(value) < value_width - 3
            lines = 1 if short else 3  # enough to decide on a page break
            self.set_font(FONT, "", 9)
            label_short = self.get_string_width(name) < label_width - 3
            height = max(lines, 1 if label_short else 2) * line + 2.4
            if self.get_y() + min(height, 3 * line) > self.h - self.b_margin:
                self.add_page()
            top = self.get_y()
            self.set_text_color(*GREY)
            self.set_xy(self.l_margin + 1.5, top + 1.2)
            if label_short:
                self.cell(label_width - 3, line, name)
            else:
                self.multi_cell(label_width - 3, line, name, align="L")
            self.set_text_color(0, 0, 0)
            self.set_font(*((MONO, "", 8.5) if mono else (FONT, "", 10)))
            self.set_xy(self.l_margin + label_width + 1.5, top + 1.2)
            if short:
                self.cell(value_width - 3, line, value)
                bottom = top + height
            else:
                page = self.page
                self.multi_cell(value_width - 3, line, value, align="L")
                bottom = self.get_y() + 1.2
                if self.page == page:  # a long label may be taller than its value
                    bottom = max(bottom, top + height)
            self.set_y(bottom)
            self.line(self.l_margin, bottom, self.l_margin + self.epw, bottom)
        self.set_font(FONT, "", 10)


def _field_rows(entry: Entry, person: dict[str, str] | None, tx: dict[str, str],
                kind_names: dict[str, str], history: bool) -> list[tuple[str, str]]:
    r = entry.latest
    yes_no = {True: tx["yes"], False: tx["no"]}
    when = r.get("date", "") + (f" {r.get('time')}" if r.get("time") else "")
    if r.get("approximate"):
        when += " (" + tx["f_approximate"].format(note=r.get("approximate_note") or "≈") + ")"
    rows = [(tx["f_when"], when)]
    optional = [
        ("f_duration", r.get("duration")), ("f_place", r.get("place")),
        ("f_person", f"{person['name']} ({person.get('relationship', '')})" if person else ""),
        ("f_kinds", ", ".join(kind_names.get(k, k) for k in r.get("kinds") or ())),
        ("f_description", r.get("description")), ("f_exact_words", r.get("exact_words")),
        ("f_injuries", r.get("injuries")), ("f_witnesses", r.get("witnesses")),
    ]
    rows += [(tx[key], str(value)) for key, value in optional if value]
    rows.append((tx["f_children"], yes_no[bool(r.get("children_present"))]))
    rows.append((tx["f_police"], yes_no[bool(r.get("police_contacted"))]))
    police = ", ".join(p for p in (r.get("police_station"), r.get("police_officer"),
                                   r.get("police_report")) if p)
    if police:
        rows.append((tx["f_police_details"], police))
    rows.append((tx["f_medical"], yes_no[bool(r.get("medical_help"))]))
    medical = ", ".join(p for p in (r.get("medical_where"), r.get("medical_record")) if p)
    if medical:
        rows.append((tx["f_medical_details"], medical))
    rows.append((tx["f_fear"], str(r.get("fear", 0))))
    if r.get("tags"):
        rows.append((tx["f_tags"], ", ".join(r.get("tags"))))
    rows.append((tx["f_recorded"], _when(entry.recorded_at)))
    count = len(entry.revisions)
    key = "versions_value" if history and count > 1 else "versions_value_plain"
    rows.append((tx["f_versions"], tx[key].format(count=count)))
    return rows


def _evidence_block(pdf: _Report, number: int, item: Item, names: dict[int, str],
                    picture: bytes | None, tx: dict[str, str],
                    evidence_kind_names: dict[str, str]) -> None:
    current = item.current
    caption = current.caption or item.name
    w = h = 0.0
    if picture:
        with Image.open(io.BytesIO(picture)) as probe:
            width, height = probe.size
        scale = min(pdf.epw / width, 105.0 / height)
        w, h = width * scale, height * scale
    if pdf.get_y() + 10 + max(h, 40) > pdf.h - pdf.b_margin:
        pdf.add_page()  # the heading stays with its picture
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 6, pdf.clean(tx["evidence_heading"].format(number=f"{number:03d}",
                                                                 caption=caption)),
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if picture:
        pdf.image(io.BytesIO(picture), x=pdf.l_margin + (pdf.epw - w) / 2, y=pdf.get_y() + 1,
                  w=w, h=h, alt_text=pdf.clean(caption))
        pdf.set_y(pdf.get_y() + h + 3)
    elif item.is_picture:
        pdf.paragraph(tx["no_picture"].format(reason=tx["picture_unreadable"]), 9)
    facts = item.facts
    image = facts.get("image") or {}
    rows = [
        (tx["e_file"], f"{names[item.id]} · {media.size_text(facts['size'])} · {item.mime}"),
        ("SHA-256", item.sha256, "mono"),
        (tx["e_kind"], evidence_kind_names.get(current.kind, current.kind)),
        (tx["e_taken"], item.when.replace("T", " ")),
        (tx["e_imported"], _when(facts["imported_at"])),
    ]
    if image.get("taken"):
        rows.append((tx["e_exif"], image["taken"].replace("T", " ")))
    camera = " ".join(p for p in (image.get("make"), image.get("model")) if p)
    if camera:
        rows.append((tx["e_camera"], camera))
    if image.get("gps"):
        rows.append((tx["e_gps"], f"{image['gps'][0]:.6f}, {image['gps'][1]:.6f}"))
    sound = facts.get("media") or {}
    if sound.get("duration"):
        rows.append((tx["e_duration"], media.duration_text(sound["duration"])))
    if current.notes:
        rows.append((tx["e_notes"], current.notes))
    pdf.fields(rows, label_width=32)
    pdf.ln(4)


@dataclass
class Attachments:
    """What goes inside the PDF: the signed files, and the originals, each read only
    when fpdf2 writes it (so one original at a time is in memory)."""

    signed: dict[str, bytes]
    originals: list[tuple[Item, str]]  # item, attachment name
    read: Callable[[Item], bytes]


def render(out: BinaryIO, manifest: dict[str, Any], entries: list[Entry], items: list[Item],
           names: dict[int, str], picture: Callable[[int], bytes | None], tx: dict[str, str],
           kind_names: dict[str, str], evidence_kind_names: dict[str, str],
           attachments: Attachments | None = None, password: str = "",
           progress: Callable[[float], None] | None = None) -> None:
    """Write the report PDF to `out`.

    `picture(item_id)` gives the print copy of a photo (or None); `progress` gets
    the fraction of the pages laid out. With `attachments` the files are embedded;
    with `password` the PDF is AES-256 encrypted."""
    pdf = _Report(manifest["report_id"], tx["footer"])
    try:
        _lay_out(pdf, manifest, entries, items, names, picture, tx, kind_names,
                 evidence_kind_names, attachments is not None, progress or (lambda _f: None))
        if attachments is not None:
            _attach(pdf, attachments, encrypted=bool(password))
        if password:
            pdf.set_encryption(owner_password=secrets.token_urlsafe(24), user_password=password,
                               encryption_method=EncryptionMethod.AES_256)
        pdf.output(output_producer_class=_streaming_to(out))
    finally:
        for font in pdf.fonts.values():
            font.close()  # fontTools keeps the font files open until then


class _Sink:
    """Stands in for OutputProducer's bytearray: each piece goes straight to the
    stream and only the length is kept (fpdf2 needs it for the xref offsets)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.size = 0

    def __iadd__(self, data: bytes) -> _Sink:
        self.stream.write(data)
        self.size += len(data)
        return self

    def __len__(self) -> int:
        return self.size


def _streaming_to(stream: BinaryIO) -> type[OutputProducer]:
    class Streaming(OutputProducer):
        """fpdf2's documented hook (`output_producer_class`), writing as it goes."""

        def __init__(self, fpdf: FPDF) -> None:
            super().__init__(fpdf)
            self.buffer = _Sink(stream)  # type: ignore[assignment]

    return Streaming


def _attach(pdf: _Report, attachments: Attachments, encrypted: bool) -> None:
    files = [(name, blob, "", None) for name, blob in attachments.signed.items()]
    files += [(name, None, pdf.clean(item.current.caption), item)
              for item, name in attachments.originals]
    for number, (name, blob, caption, item) in enumerate(files, 1):
        if item is None:
            embedded = pdf.embed_file(bytes=blob, basename=name, mime_type=_signed_type(name),
                                      compress=False)
        else:
            # fpdf2 keeps an embedded file's bytes until the whole PDF is written. Embed
            # a one-byte stand-in, then give it the real bytes only while it is written.
            embedded = pdf.embed_file(bytes=b"\0", basename=name, desc=caption,
                                      modification_date=datetime.fromtimestamp(
                                          item.facts["modified_at"]).astimezone(),
                                      mime_type=item.mime, compress=False)
            # Its /Params dictionary was made for the stand-in: give it the real size.
            assert "/Size 1" in embedded.params, embedded.params
            embedded.params = embedded.params.replace("/Size 1", f"/Size {item.facts['size']}",
                                                      1)
            _load_when_written(embedded, item, attachments.read)
        if encrypted:
            # fpdf2 2.8.9 leaves an attachment's name and description in clear in an
            # encrypted PDF, so readers decrypt them to "" (and they leak). Mark them
            # to be encrypted; the name tree, which fpdf2 also writes in clear, gets a
            # number instead of the name.
            spec = embedded.file_spec()
            spec.f = PDFString(name, encrypt=True)
            spec.u_f = PDFString(name, encrypt=True)
            if caption:
                spec.desc = PDFString(caption, encrypt=True)
            embedded.basename = lambda key=f"{number:04d}": key


def _load_when_written(embedded: Any, item: Item, read: Callable[[Item], bytes]) -> None:
    serialize = embedded.serialize

    def serialize_with_bytes(*args: Any, **kwargs: Any) -> str:
        embedded._contents = read(item)
        embedded.length = len(embedded._contents)
        try:
            return serialize(*args, **kwargs)
        finally:
            embedded._contents = b""

    embedded.serialize = serialize_with_bytes


def _lay_out(pdf: _Report, manifest: dict[str, Any], entries: list[Entry], items: list[Item],
             names: dict[int, str], picture: Callable[[int], bytes | None],
             tx: dict[str, str], kind_names: dict[str, str],
             evidence_kind_names: dict[str, str], attached: bool,
             progress: Callable[[float], None]) -> None:
    pdf.set_title(tx["title"])
    pdf.set_lang("ru")
    pdf.set_creator("")
    history = bool(manifest.get("includes_history"))
    people = {i["record"]: i.get("person") for i in manifest["incidents"]}
    numbers = {item.id: n for n, item in enumerate(items, 1)}

    # -- cover -------------------------------------------------------------------
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font(FONT, "B", 24)
    pdf.multi_cell(0, 11, tx["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if manifest.get("purpose"):
        pdf.set_font(FONT, "", 13)
        pdf.multi_cell(0, 7, pdf.clean(manifest["purpose"]), align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
    pdf.ln(10)
    period = manifest["period"]
    cover = []
    if manifest.get("name"):
        cover.append((tx["prepared_by"], manifest["name"]))
    cover += [
        (tx["period"], f"{period['from']} — {period['to']}" if period["from"] else "—"),
        (tx["created"], manifest["created_at"].replace("T", " ")),
        (tx["incidents"], str(len(entries))),
        (tx["evidence_items"],
         f"{len(items)} ({media.size_text(sum(i.facts['size'] for i in items))})"),
        (tx["report_id"], manifest["report_id"]),
        (tx["fingerprint"], manifest["public_key_fingerprint"]),
    ]
    pdf.fields(cover, label_width=55)
    pdf.ln(8)
    pdf.paragraph(tx["attached_pdf"] if attached else tx["attached_folder"])
    pdf.paragraph(tx["cover_note"])

    # -- summary -----------------------------------------------------------------
    pdf.add_page()
    pdf.heading(tx["summary"])
    counts: dict[int, int] = {}
    for item in items:
        for incident_id in item.current.incident_ids:
            counts[incident_id] = counts.get(incident_id, 0) + 1
    rows = []
    for n, entry in enumerate(entries, 1):
        r = entry.latest
        first = (r.get("description") or "").strip().splitlines()
        rows.append([str(n), r.get("date", "") + (f" {r.get('time')}" if r.get("time") else ""),
                     ", ".join(kind_names.get(k, k) for k in r.get("kinds") or ()),
                     first[0][:160] if first else "", str(counts.get(entry.id, 0))])
    pdf.grid((9, 27, 40, 64, 30), [tx[k] for k in ("col_no", "col_date", "col_kinds",
                                                    "col_what", "col_evidence")],
             rows, size=9, line=4.6)

    # -- incidents ---------------------------------------------------------------
    shown: set[int] = set()
    by_incident: dict[int, list[Item]] = {}
    for item in items:
        for incident_id in item.current.incident_ids:
            by_incident.setdefault(incident_id, []).append(item)
    for n, entry in enumerate(entries, 1):
        pdf.add_page()
        r = entry.latest
        pdf.heading(tx["incident_heading"].format(number=n, date=r.get("date", "")))
        pdf.fields(_field_rows(entry, people.get(entry.id), tx, kind_names, history))
        pdf.ln(4)
        for item in by_incident.get(entry.id, []):
            if item.id in shown:
                pdf.paragraph(tx["e_see_above"].format(number=f"{numbers[item.id]:03d}",
                                                       caption=item.current.caption or
                                                       item.name), 9)
                continue
            shown.add(item.id)
            _evidence_block(pdf, numbers[item.id], item, names, picture(item.id), tx,
                            evidence_kind_names)
        progress(n / max(1, len(entries)))
    unlinked = [i for i in items if i.id not in shown]
    if unlinked:
        pdf.add_page()
        pdf.heading(tx["other_evidence"])
        for item in unlinked:
            _evidence_block(pdf, numbers[item.id], item, names, picture(item.id), tx,
                            evidence_kind_names)

    # -- appendices --------------------------------------------------------------
    pdf.add_page()
    pdf.heading(tx["appendix_a"])
    if not items:
        pdf.paragraph(tx["no_evidence"])
    else:
        rows, spans = [], set()
        for item in items:
            image = item.facts.get("image") or {}
            rows.append([f"{numbers[item.id]:03d}", names[item.id],
                         media.size_text(item.facts["size"]),
                         _when(item.facts["imported_at"]),
                         (image.get("taken") or "—").replace("T", " ")])
            spans.add(len(rows))
            rows.append([f"SHA-256  {item.sha256}"])
        pdf.grid((12, 58, 22, 39, 39), [tx[k] for k in ("col_no", "col_file", "col_size",
                                                        "col_imported", "col_exif")],
                 rows, spans=frozenset(spans))

    pdf.heading(tx["appendix_b"])
    if not history:
        pdf.paragraph(tx["no_history"])
    else:
        changed = [e for e in entries if len(e.revisions) > 1]
        if not changed:
            pdf.paragraph(tx["only_one"])
        for entry in changed:
            n = entries.index(entry) + 1
            pdf.set_font(FONT, "B", 10)
            pdf.multi_cell(0, 5, tx["incident_heading"].format(
                number=n, date=entry.latest.get("date", "")), new_x=XPos.LMARGIN,
                new_y=YPos.NEXT)
            previous: dict[str, Any] = {}
            person = people.get(entry.id)
            for v, revision in enumerate(entry.revisions, 1):
                data = revision.as_data()
                fields_changed = [k for k, value in data.items()
                                  if previous.get(k) != value and (previous or value)]
                pdf.paragraph(tx["version_line"].format(number=v, when=_when(revision.saved_at)),
                              9)
                rows = [(tx[_LABELS[k]], _plain(k, data[k], tx, kind_names, person))
                        for k in fields_changed if k in _LABELS]
                if rows:
                    pdf.fields(rows, label_width=40)
                previous = data
            pdf.ln(3)

    pdf.heading(tx["appendix_c"])
    chain = manifest["chain"]
    pdf.paragraph(tx["chain_text"].format(count=chain["count"]))
    pdf.paragraph(chain["head"], 9, mono=True)
    pdf.paragraph(tx["chain_ok"] if chain["intact_at_export"]
                  else tx["chain_broken"].format(reason=chain["problem_at_export"]))
    full = [e for e in chain["events"] if "action" in e]
    if full:
        pdf.grid((19, 40, 22, 89), [tx[k] for k in ("col_seq", "col_time", "col_action",
                                                    "col_hash")],
                 [[str(e["seq"]), _when(e["time"]), e["action"], e["hash"][:32]] for e in full],
                 mono=frozenset({3}))

    pdf.heading(tx["appendix_d"])
    pdf.paragraph(tx["verify_steps"], 9)
    pdf.paragraph(manifest["public_key_pem"], 8.5, mono=True)

    pdf.heading(tx["appendix_e"])
    pdf.paragraph(tx["proves"])
    pdf.paragraph(tx["cannot"])



def _signed_type(name: str) -> str:
    return {"manifest.json": "application/json", "manifest.sig": "application/octet-stream",
            "public_key.pem": "application/x-pem-file"}.get(name, "application/octet-stream")


def _plain(key: str, value: Any, tx: dict[str, str], kind_names: dict[str, str],
           person: dict[str, str] | None) -> str:
    if key == "person_id":
        return (person or {}).get("name", "") if value is not None else "—"
    if isinstance(value, bool):
        return tx["yes"] if value else tx["no"]
    if isinstance(value, list):
        return ", ".join(kind_names.get(str(v), str(v)) for v in value)
    return str(value)
