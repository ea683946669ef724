"""The vault's two keys, kept in the vault like any record (encrypted). No Qt.

- The identity: an Ed25519 key made at the first export. It signs every
  manifest (a detached signature anyone can check with OpenSSL 3):

      openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin \
          -in manifest.json -sigfile manifest.sig

- The PDF key: ECDSA P-256 with a self-signed X.509 certificate, for the
  standard PDF signature over the whole report (PAdES). Ed25519 stays the
  identity because PDF readers do not validate EdDSA signatures (Adobe's
  "Digital Signatures Guide for IT" lists RSA and ECDSA only; poppler's
  pdfsig goes through NSS, which does not either), while ECDSA P-256 is what
  both pdfsig and Acrobat check. One key for both would mean either an
  unverifiable PDF or a manifest signature that OpenSSL's one-line check
  cannot do with ECDSA's DER signatures as simply; and the fingerprint printed
  on earlier reports stays the one she anchored. The identity certifies the
  PDF key: its signature over the certificate is stored with it, and each
  manifest (signed by the identity) names the certificate.

A fingerprint is the SHA-256 of the key's DER SubjectPublicKeyInfo, shown in
groups of four. `FINGERPRINT_COMMAND` and `CERT_FINGERPRINT_COMMAND` recompute
them with OpenSSL.
"""

from __future__ import annotations

import datetime
import hashlib
import threading
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

from .vault import Vault

SIGNING_KIND = "signing-key"
PDF_KEY_KIND = "pdf-signing-key"
# Neutral names: nothing about the app, the vault or the person.
CERTIFICATE_NAME = "Document signing key"
NOT_BEFORE = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
NOT_AFTER = datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)  # RFC 5280: none
FINGERPRINT_COMMAND = "openssl pkey -pubin -in public_key.pem -outform DER | openssl dgst -sha256"
CERT_FINGERPRINT_COMMAND = ("openssl x509 -in signing_certificate.pem -pubkey -noout | "
                            "openssl pkey -pubin -outform DER | openssl dgst -sha256")
_creating = threading.Lock()


def signing_key(vault: Vault, loaded: list[tuple[int, dict]] | None = None) -> Ed25519PrivateKey:
    """The vault's identity key, made and stored on first use."""
    with _creating:
        found = loaded if loaded is not None else vault.list(SIGNING_KIND)
        if found:
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(found[0][1]["private"]))
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        vault.put(SIGNING_KIND, {"private": raw.hex(), "algorithm": "Ed25519"})
        return key


@dataclass(frozen=True)
class PdfKey:
    """The PDF-signing key, its certificate, and the identity's signature over the
    certificate (DER)."""

    private: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    certified: bytes

    @property
    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def pdf_key(vault: Vault, identity: Ed25519PrivateKey) -> PdfKey:
    """The vault's PDF-signing key, made, certified and stored on first use."""
    with _creating:
        found = vault.list(PDF_KEY_KIND)
        if found:
            record = found[0][1]
            private = serialization.load_der_private_key(bytes.fromhex(record["private"]), None)
            assert isinstance(private, ec.EllipticCurvePrivateKey)
            return PdfKey(private, x509.load_der_x509_certificate(
                bytes.fromhex(record["certificate"])), bytes.fromhex(record["certified"]))
        key = make_pdf_key(identity)
        vault.put(PDF_KEY_KIND, {
            "private": key.private.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption()).hex(),
            "certificate": key.certificate_der.hex(), "certified": key.certified.hex(),
            "algorithm": "ECDSA P-256"})
        return key


def make_pdf_key(identity: Ed25519PrivateKey) -> PdfKey:
    """A fresh P-256 key with a self-signed certificate, certified by `identity`."""
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CERTIFICATE_NAME)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        # Fixed, neutral validity: the certificate travels in clear inside a password
        # PDF, and its dates must not tell when she first exported a report.
        .not_valid_before(NOT_BEFORE).not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(private.public_key()),
                       critical=False)
        .sign(private, hashes.SHA256())
    )
    der = certificate.public_bytes(serialization.Encoding.DER)
    return PdfKey(private, certificate, identity.sign(der))


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint_hex(key: Ed25519PrivateKey | Ed25519PublicKey | ec.EllipticCurvePublicKey
                    | x509.Certificate) -> str:
    """SHA-256 of the DER SubjectPublicKeyInfo, lowercase hex (as openssl dgst prints)."""
    public = key.public_key() if isinstance(key, x509.Certificate | Ed25519PrivateKey) else key
    der = public.public_bytes(serialization.Encoding.DER,
                              serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def grouped(digest: str, size: int = 4) -> str:
    """A hex digest in upper-case groups, for reading aloud and comparing by eye."""
    digest = digest.upper()
    return " ".join(digest[i:i + size] for i in range(0, len(digest), size))


def fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey | ec.EllipticCurvePublicKey
                | x509.Certificate) -> str:
    return grouped(fingerprint_hex(key))


def legacy_fingerprint_hex(key: Ed25519PublicKey) -> str:
    """incident-report/1 printed the SHA-256 of the raw 32-byte key."""
    return hashlib.sha256(public_raw(key)).hexdigest()


def load_public(pem: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def check(public: Ed25519PublicKey, data: bytes, signature: bytes) -> bool:
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True
