"""Everything that reaches into fpdf2's internals, in one place. No Qt.

fpdf2 is pinned to TESTED (pyproject.toml: the same minor version); importing
this module with another version raises `Fpdf2VersionError`, which the smoke
check of the frozen app turns into a failure. What is patched, and why:

- Output streaming: `output_producer_class` (documented) with a buffer that
  writes each object to the destination as it is serialized and keeps only
  the length (fpdf2 needs it for the xref offsets), instead of the whole PDF
  in a bytearray.
- Attachments: fpdf2's `embed_file` keeps every file's bytes until the end,
  writes the name tree unsorted and, in an encrypted PDF, leaves names and the
  name tree in clear. The report's attachments are our own objects instead,
  added where fpdf2 adds its encryption dictionary (`_add_encryption`), their
  name tree set on the catalog (`_finalize_catalog`), and their streams
  written in chunks when `_out` meets them (see `attachments`).
- /Lang: fpdf2 writes it in clear in an encrypted PDF (readers then decrypt
  garbage); marked for encryption. So are the structure tree's /Alt and /T
  (a picture's /Alt is the caption she typed: it was readable without the password).
- The file key: streams are encrypted with fpdf2's AES-256 file key
  (`StandardSecurityHandler.k`, revision 6 uses it directly).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import datetime
from typing import Any, BinaryIO

import fpdf
from fpdf import FPDF
from fpdf.output import OutputProducer
from fpdf.syntax import PDFObject, PDFString

from . import attachments as att

TESTED = "2.8"


class Fpdf2VersionError(RuntimeError):
    pass


def check_version(found: str = fpdf.FPDF_VERSION) -> None:
    if found.split(".")[:2] != TESTED.split("."):
        raise Fpdf2VersionError(f"fpdf2 {found} installed, these patches were tested "
                                f"with {TESTED}.x")


check_version()


class _Sink:
    """Stands in for OutputProducer's bytearray: each piece goes straight to the
    stream and only the length is kept."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.size = 0

    def __iadd__(self, data: bytes) -> _Sink:
        self.stream.write(data)
        self.size += len(data)
        return self

    def __len__(self) -> int:
        return self.size


def _hex(data: bytes) -> str:
    return "<" + data.hex().upper() + ">"


class _Text:
    """A string inside one of our objects: encrypted with that object's id when
    the PDF is, always hex so no escaping is needed."""

    def __init__(self, handler: Any, obj_id: int) -> None:
        self.handler = handler
        self.obj_id = obj_id

    def __call__(self, text: str | bytes) -> str:
        raw = text if isinstance(text, bytes) else att.name_key(text)
        if self.handler is None:
            return _hex(raw)
        return _hex(bytes(self.handler.encrypt_bytes(raw, self.obj_id)))


class _Written:
    """What `serialize` hands to `_out` for an object we write ourselves."""

    def __init__(self, write: Any) -> None:
        self.write = write


class _EmbeddedFile(PDFObject):
    def __init__(self, attachment: att.Attachment) -> None:
        super().__init__()
        self.attachment = attachment

    def serialize(self, obj_dict: Any = None, _security_handler: Any = None) -> Any:
        return _Written(lambda sink: self._write(sink, _security_handler))

    def _write(self, sink: _Sink, handler: Any) -> None:
        a = self.attachment
        pieces: Iterator[bytes] = att.chunks(a)
        if handler is None:
            params = f"/Size {a.size}"
            if a.modified is not None:
                params += " /ModDate " + _hex(_pdf_date(a.modified).encode("ascii"))
            subtype = f" /Subtype /{_mime_name(a.mime)}" if a.mime else ""
            head = (f"{self.id} 0 obj\n<</Type /EmbeddedFile{subtype} /Length {a.size} "
                    f"/Params <<{params}>>>>\nstream\n")
        else:
            length = att.encrypted_length(att.stored_length(a.size, padded=True))
            pieces = att.aes_cbc_encrypt(att.stored_deflate(pieces, a.size, padded=True),
                                         handler.k, secrets.token_bytes(16))
            head = (f"{self.id} 0 obj\n<</Type /EmbeddedFile /Filter /FlateDecode "
                    f"/Length {length}>>\nstream\n")
        sink += head.encode("ascii")
        for piece in pieces:
            sink += piece
        sink += b"\nendstream\nendobj\n"


class _FileSpec(PDFObject):
    def __init__(self, attachment: att.Attachment, embedded: _EmbeddedFile) -> None:
        super().__init__()
        self.attachment = attachment
        self.embedded = embedded

    def serialize(self, obj_dict: Any = None, _security_handler: Any = None) -> str:
        text = _Text(_security_handler, self.id)
        a = self.attachment
        entries = (f"/Type /Filespec /F {text(a.name)} /UF {text(a.name)} "
                   f"/EF <</F {self.embedded.ref} /UF {self.embedded.ref}>> "
                   f"/AFRelationship /Data")
        if a.description:
            entries += f" /Desc {text(a.description)}"
        return f"{self.id} 0 obj\n<<{entries}>>\nendobj"


class _NameTree(PDFObject):
    """The root of the /EmbeddedFiles name tree: one leaf, keys sorted by bytes."""

    def __init__(self, specs: list[_FileSpec]) -> None:
        super().__init__()
        self.specs = sorted(specs, key=lambda s: att.name_key(s.attachment.name))

    def serialize(self, obj_dict: Any = None, _security_handler: Any = None) -> str:
        text = _Text(_security_handler, self.id)
        pairs = " ".join(f"{text(s.attachment.name)} {s.ref}" for s in self.specs)
        return f"{self.id} 0 obj\n<</Names [{pairs}]>>\nendobj"


def _pdf_date(seconds: float) -> str:
    """A PDF date string, D:YYYYMMDDHHmmSS+05'00' (local time with its offset)."""
    moment = datetime.fromtimestamp(seconds).astimezone()
    zone = moment.strftime("%z") or "+0000"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{zone[0]}{zone[1:3]}'{zone[3:5]}'"


def _mime_name(mime: str) -> str:
    """A MIME type as a PDF name (/image#2Fjpeg)."""
    return "".join(c if c.isalnum() or c in ".-+_" else f"#{ord(c):02X}" for c in mime)


def output(pdf: FPDF, stream: BinaryIO, files: list[att.Attachment]) -> None:
    """Write `pdf` to `stream` as it is serialized, with `files` attached."""

    class Streaming(OutputProducer):
        def __init__(self, fpdf_: FPDF) -> None:
            super().__init__(fpdf_)
            self.buffer = _Sink(stream)  # type: ignore[assignment]
            self.tree: _NameTree | None = None

        def _add_encryption(self) -> Any:
            if files:
                specs = []
                for attachment in files:
                    embedded = _EmbeddedFile(attachment)
                    self._add_pdf_obj(embedded)
                    spec = _FileSpec(attachment, embedded)
                    self._add_pdf_obj(spec)
                    specs.append(spec)
                self.tree = _NameTree(specs)
                self._add_pdf_obj(self.tree)
            return super()._add_encryption()

        def _finalize_catalog(self, catalog_obj: Any, **kwargs: Any) -> None:
            super()._finalize_catalog(catalog_obj, **kwargs)
            if catalog_obj.lang:  # fpdf2 leaves /Lang in clear in an encrypted PDF
                catalog_obj.lang = PDFString(str(catalog_obj.lang), encrypt=True)
            # And the structure tree's strings: a picture's /Alt is her caption.
            for element in self.fpdf.struct_builder:
                for slot in ("alt", "t"):
                    value = getattr(element, slot, None)
                    if value is not None:
                        setattr(element, slot, PDFString(str(value), encrypt=True))
            if self.tree is not None:
                catalog_obj.names = f"<</EmbeddedFiles {self.tree.ref}>>"

        def _out(self, data: Any) -> None:
            if isinstance(data, _Written):
                data.write(self.buffer)
            else:
                super()._out(data)

    pdf.output(output_producer_class=Streaming)
