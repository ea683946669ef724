"""The vault's own Ed25519 key: it signs every exported manifest. No Qt.

The private key lives in the vault like any record (encrypted); it is made at
the first export. Anyone can check a signature with the public key printed in
the report and attached to it, e.g. with OpenSSL 3:

    openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin \
        -in manifest.json -sigfile manifest.sig
"""

from __future__ import annotations

import hashlib
import threading

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .vault import Vault

SIGNING_KIND = "signing-key"
_creating = threading.Lock()


def signing_key(vault: Vault, loaded: list[tuple[int, dict]] | None = None) -> Ed25519PrivateKey:
    """The vault's key, made and stored on first use."""
    with _creating:
        found = loaded if loaded is not None else vault.list(SIGNING_KIND)
        if found:
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(found[0][1]["private"]))
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        vault.put(SIGNING_KIND, {"private": raw.hex(), "algorithm": "Ed25519"})
        return key


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> str:
    """SHA-256 of the raw 32-byte public key, in groups of four, for reading aloud."""
    raw = key if isinstance(key, bytes) else public_raw(key)
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


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
