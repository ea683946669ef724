"""The standard PDF signature over the whole report (PAdES baseline B, pyHanko). No Qt.

The report is written first, then signed in place: pyHanko appends an
incremental update holding the signature, whose byte range covers every
byte of the file, so poppler's `pdfsig` says "Total document signed". The
signer reads the file in chunks (pyHanko's chunked digest), so signing does
not hold the report in memory. Nothing here opens a socket: the signer
fetches nothing, and the validator runs with fetching disabled, trusting
only the certificate it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .signing import PdfKey

FIELD = "Signature1"
CHUNK = 1 << 20  # pyHanko hashes the file in 4 KiB reads by default: 2.5x slower


def preload() -> None:
    """Import pyHanko (about 0.7 s) on a worker while the pages are laid out."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: F401
    from pyhanko.sign import signers  # noqa: F401
    from pyhanko.sign.signers.pdf_signer import PdfSigner  # noqa: F401


def sign(stream: BinaryIO, key: PdfKey, owner_password: str = "", field: str = FIELD) -> None:
    """Sign the PDF in `stream` (readable, writable, seekable) in place."""
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certificate = asn1_x509.Certificate.load(key.certificate_der)
    private = asn1_keys.PrivateKeyInfo.load(key.private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=certificate, signing_key=private,
                                  cert_registry=SimpleCertificateStore.from_certs([certificate]))
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    stream.seek(0)
    writer = IncrementalPdfFileWriter(stream, strict=False)
    if owner_password:
        writer.encrypt(owner_password)
    metadata = PdfSignatureMetadata(field_name=field, md_algorithm="sha256",
                                    subfilter=fields.SigSeedSubFilter.PADES)
    PdfSigner(metadata, signer).sign_pdf(writer, in_place=True, chunk_size=CHUNK)


@dataclass
class PdfSignatureCheck:
    """What the PDF's own signature says. `problem` is a key of the verifier's
    catalogue, empty when the signature is valid and covers the whole file."""

    problem: str = ""
    certificate: x509.Certificate | None = None
    count: int = 0


def check(stream: BinaryIO, password: str | None = None,
          expected: x509.Certificate | None = None) -> PdfSignatureCheck:
    """Check that the PDF carries exactly one signature, valid, by `expected` (when
    given; else by the certificate it carries), covering every byte of the file."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        stream.seek(0)
        reader = PdfFileReader(stream, strict=False)
        if reader.encrypted:
            if not password:
                return PdfSignatureCheck("pdf_password")
            reader.decrypt(password)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        return PdfSignatureCheck("pdf_structure")
    if not signatures:
        return PdfSignatureCheck("pdf_unsigned")
    if len(signatures) > 1:
        return PdfSignatureCheck("pdf_several", count=len(signatures))
    embedded = signatures[0]
    try:
        carried = x509.load_der_x509_certificate(embedded.signer_cert.dump())
    except (ValueError, AttributeError):
        return PdfSignatureCheck("pdf_structure", count=1)
    trusted = expected or carried
    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(trusted.public_bytes(
            serialization.Encoding.DER))],
        allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(embedded, signer_validation_context=context)
    except Exception:  # a damaged signature is a failed check, never a traceback
        return PdfSignatureCheck("pdf_invalid", carried, 1)
    if not status.intact or not status.valid:
        return PdfSignatureCheck("pdf_invalid", carried, 1)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return PdfSignatureCheck("pdf_appended", carried, 1)
    if expected is not None and carried != expected:
        return PdfSignatureCheck("pdf_other_key", carried, 1)
    return PdfSignatureCheck("", carried, 1)
