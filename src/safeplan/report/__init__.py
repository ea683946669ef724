"""The report a police officer, lawyer or judge reads. No Qt.

- `catalogue`: every string it prints;
- `layout`: the page frame and the layout primitives;
- `pages`: the pages in order; `declaration`: her declaration page (a
  separate front page, so a fuller statement can replace it);
- `attachments`: the files inside the PDF, written and read in chunks;
- `fpdf_patches`: everything that reaches into fpdf2's internals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from fpdf.enums import EncryptionMethod

from ..evidence import Item
from ..journal import Entry
from . import fpdf_patches
from .attachments import Attachment
from .catalogue import texts
from .declaration import FrontPage, declaration_page
from .layout import FONT, ReportPdf
from .pages import lay_out

__all__ = ["FONT", "Attachment", "ReportPdf", "render", "texts"]


def render(out: BinaryIO, manifest: dict[str, Any], entries: list[Entry], items: list[Item],
           names: dict[int, str], picture: Callable[[int], bytes | None], tx: dict[str, str],
           kind_names: dict[str, str], evidence_kind_names: dict[str, str],
           attachments: list[Attachment] | None = None, password: str = "",
           owner_password: str = "",
           progress: Callable[[float], None] | None = None,
           front_page: FrontPage | None = None) -> None:
    """Write the report PDF to `out`, as it is laid out.

    `picture(item_id)` gives the print copy of a photo (or None); `progress` gets
    the fraction of the pages laid out. With `attachments` the files are embedded
    (None: they are beside the report); with `password` the PDF is AES-256
    encrypted, `owner_password` being the one the signer opens it with."""
    pdf = ReportPdf(manifest["report_id"], tx["footer"], tx)
    try:
        lay_out(pdf, manifest, entries, items, names, picture, tx, kind_names,
                evidence_kind_names, attachments is not None, progress or (lambda _f: None),
                front_page or declaration_page)
        if password:
            pdf.set_encryption(owner_password=owner_password, user_password=password,
                               encryption_method=EncryptionMethod.AES_256)
        fpdf_patches.output(pdf, out, attachments or [])
    finally:
        for font in pdf.fonts.values():
            font.close()  # fontTools keeps the font files open until then
