"""How bytes become ciphertext: padded records and STREAM-chunked files.

Records are JSON, padded to a Padmé bucket so a ciphertext's length says
little about its content, sealed with AES-256-GCM whose associated data
binds the ciphertext to its row id (so rows cannot be swapped).

Files are cut into chunks and sealed as in age's STREAM construction: each
file has its own key, each chunk's nonce is its position plus a flag that
marks the last chunk, so reordering, dropping, duplicating, truncating and
splicing chunks between files all fail authentication.
"""

from __future__ import annotations

import functools
import os
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12
TAG_BYTES = 16
MIN_BUCKET = 256


class Unreadable(Exception):
    """Authentication or decoding failed (internal; callers re-raise with an id)."""


def subkey(master: bytes, purpose: bytes, salt: bytes | None = None) -> bytes:
    """A 256-bit key for one purpose, derived from the vault key by HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=purpose).derive(master)


def padme(length: int) -> int:
    """Padmé length (Nikitin et al., PURBs): at most ~12 % overhead, leaks O(log log n) bits."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    bits = exponent.bit_length()
    mask = (1 << (exponent - bits)) - 1
    return (length + mask) & ~mask


def pad(data: bytes) -> bytes:
    """ISO/IEC 7816-4 padding (0x80 then zeros) up to the bucket size."""
    size = max(MIN_BUCKET, padme(len(data) + 1))
    return data + b"\x80" + bytes(size - len(data) - 1)


def unpad(padded: bytes) -> memoryview:
    """The data before the 0x80 marker, without copying (records are decoded by the
    thousand at unlock, and every copy costs here)."""
    end = padded.rfind(b"\x80")
    if end < 0 or padded.count(b"\x00", end + 1) != len(padded) - end - 1:
        raise Unreadable("bad padding")
    return memoryview(padded)[:end]


def row_aad(table: bytes, row_id: int) -> bytes:
    return table + row_id.to_bytes(8, "big", signed=False)


@functools.lru_cache(maxsize=16)
def _aead(key: bytes) -> AESGCM:
    """Setting up AES-GCM costs more than sealing a small record: reuse per key."""
    return AESGCM(key)


def forget_keys() -> None:
    """Drop the cached ciphers (on lock), so no expanded key outlives the session."""
    _aead.cache_clear()


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + _aead(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + TAG_BYTES:
        raise Unreadable("too short")
    try:
        return _aead(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise Unreadable("authentication failed") from exc


def encode_record(kind: str, data: Any) -> bytes:
    try:
        body = orjson.dumps({"k": kind, "v": data})
    except TypeError as exc:  # e.g. an int beyond 64 bits: say so as the stdlib would
        raise ValueError(str(exc)) from exc
    return pad(body)


def decode_record(plaintext: bytes) -> tuple[str, Any]:
    # orjson parses the same JSON several times faster than the standard library:
    # opening a vault decodes every record, so this is most of the unlock-to-list time.
    try:
        obj = orjson.loads(unpad(plaintext))
        return obj["k"], obj["v"]
    except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
        raise Unreadable("not a record") from exc


def seal_record(key: bytes, row_id: int, kind: str, data: Any) -> bytes:
    return seal(key, encode_record(kind, data), row_aad(b"rec", row_id))


def open_record(key: bytes, row_id: int, blob: bytes) -> tuple[str, Any]:
    return decode_record(unseal(key, blob, row_aad(b"rec", row_id)))


def chunk_nonce(counter: int, last: bool) -> bytes:
    """age STREAM nonce: 11-byte big-endian counter, then 0x01 on the last chunk."""
    if counter >= 1 << 88:
        raise OverflowError("chunk counter overflow")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class ChunkCipher:
    """Seals and opens the chunks of one file under that file's own key."""

    def __init__(self, file_key: bytes) -> None:
        self._aead = AESGCM(file_key)

    def seal(self, counter: int, data: bytes, last: bool) -> bytes:
        return self._aead.encrypt(chunk_nonce(counter, last), data, None)

    def open(self, counter: int, blob: bytes, last: bool) -> bytes:
        try:
            return self._aead.decrypt(chunk_nonce(counter, last), blob, None)
        except InvalidTag as exc:
            raise Unreadable(f"chunk {counter}") from exc
