"""The files inside the report PDF, written and read in chunks. No Qt, no fpdf2.

fpdf2 and pypdf hold an embedded file as one bytes object, so an original of
2 GiB would need several GiB of memory. The report's attachments are written
here instead, one chunk at a time, straight from the vault to the file
(`fpdf_patches` places them among fpdf2's objects), and the verifier reads them
back the same way.

Without a password an attachment is its original bytes, unfiltered, with its
MIME type, size and date. With a password nothing per file may be readable
without it, yet a stream's /Length is never encrypted in a PDF: the bytes are
wrapped in a zlib stream made of stored (uncompressed) deflate blocks, padded
with empty stored blocks up to a size bucket (at most 1/8 above the real
size), then AES-256 encrypted. Every reader inflates it back to the exact
original; the /Length only tells the bucket. No /Params (dates, size) and no
/Subtype (MIME type) are written then.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import BinaryIO

CHUNK = 1 << 20
BLOCK = 65535  # the largest stored deflate block
_EMPTY_BLOCK = b"\x00\x00\x00\xff\xff"  # not final, stored, length 0
_FINAL_BLOCK = b"\x01\x00\x00\xff\xff"  # final, stored, length 0
MIN_BUCKET = 64 * 1024


class AttachmentChanged(Exception):
    """An original read from the vault no longer has the SHA-256 taken at import."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass
class Attachment:
    """One file to embed. `open()` gives its bytes as a stream; when `sha256` is
    given, the bytes written are checked against it as they pass."""

    name: str
    size: int
    open: Callable[[], AbstractContextManager[BinaryIO]]
    sha256: str = ""
    description: str = ""
    mime: str = ""
    modified: float | None = None


def bucket(size: int) -> int:
    """The padded size: the next number of the form m·2^k with 8 ≤ m < 16
    (at most 12.5 % more), and at least 64 KiB."""
    if size <= MIN_BUCKET:
        return MIN_BUCKET
    step = 1 << max(0, size.bit_length() - 4)
    return -(-size // step) * step


def _data_blocks(size: int) -> int:
    return -(-size // BLOCK)


def stored_length(size: int, padded: bool) -> int:
    """Length of the zlib stream `stored_deflate` makes for `size` bytes."""
    base = 2 + size + 5 * _data_blocks(size) + len(_FINAL_BLOCK) + 4
    if not padded:
        return base
    return base + 5 * _padding_blocks(size)


def _padding_blocks(size: int) -> int:
    base = 2 + size + 5 * _data_blocks(size) + len(_FINAL_BLOCK) + 4
    return max(0, -(-(bucket(size) - base) // 5))


def chunks(attachment: Attachment) -> Iterator[bytes]:
    """The original's bytes in chunks, checked against its size and SHA-256."""
    digest = hashlib.sha256()
    seen = 0
    with attachment.open() as stream:
        while True:
            piece = stream.read(CHUNK)
            if not piece:
                break
            seen += len(piece)
            digest.update(piece)
            yield piece
    if seen != attachment.size or (attachment.sha256
                                   and digest.hexdigest() != attachment.sha256):
        raise AttachmentChanged(attachment.name)


def stored_deflate(pieces: Iterator[bytes], size: int, padded: bool) -> Iterator[bytes]:
    """A zlib stream of stored blocks holding exactly `size` bytes from `pieces`."""
    yield b"\x78\x01"
    adler = 1
    pending = b""
    written = 0
    for piece in pieces:
        pending += piece
        out = []
        while len(pending) >= BLOCK:
            block, pending = pending[:BLOCK], pending[BLOCK:]
            out.append(struct.pack("<BHH", 0, BLOCK, BLOCK ^ 0xFFFF) + block)
            adler = zlib.adler32(block, adler)
            written += BLOCK
        if out:
            yield b"".join(out)
    if pending:
        yield struct.pack("<BHH", 0, len(pending), len(pending) ^ 0xFFFF) + pending
        adler = zlib.adler32(pending, adler)
        written += len(pending)
    if written != size:
        raise ValueError("size changed while written")
    if padded:
        remaining = _padding_blocks(size)
        run = 200_000
        while remaining:
            count = min(run, remaining)
            yield _EMPTY_BLOCK * count
            remaining -= count
    yield _FINAL_BLOCK + struct.pack(">I", adler & 0xFFFFFFFF)


def encrypted_length(length: int) -> int:
    """AES-CBC with a 16-byte IV in front and PKCS#7 padding (PDF's AESV3)."""
    return 16 + (length // 16 + 1) * 16


def aes_cbc_encrypt(pieces: Iterator[bytes], key: bytes, iv: bytes) -> Iterator[bytes]:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.padding import PKCS7

    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    padder = PKCS7(128).padder()
    yield iv
    for piece in pieces:
        yield encryptor.update(padder.update(piece))
    yield encryptor.update(padder.finalize()) + encryptor.finalize()


def aes_cbc_decrypt(pieces: Iterator[bytes], key: bytes) -> Iterator[bytes]:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.padding import PKCS7

    head = b""
    stream = iter(pieces)
    for piece in stream:
        head += piece
        if len(head) >= 16:
            break
    if len(head) < 16:
        raise ValueError("encrypted stream too short")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(head[:16])).decryptor()
    unpadder = PKCS7(128).unpadder()
    yield unpadder.update(decryptor.update(head[16:]))
    for piece in stream:
        yield unpadder.update(decryptor.update(piece))
    yield unpadder.update(decryptor.finalize()) + unpadder.finalize()


def inflate(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """zlib-decoded chunks; output bounded per step, so memory stays small."""
    decoder = zlib.decompressobj()
    for piece in pieces:
        data = decoder.decompress(piece, CHUNK)
        while True:
            if data:
                yield data
            if not decoder.unconsumed_tail:
                break
            data = decoder.decompress(decoder.unconsumed_tail, CHUNK)
    tail = decoder.flush()
    if tail:
        yield tail
    if not decoder.eof:
        raise ValueError("the compressed stream is cut short")


def name_key(name: str) -> bytes:
    """A name-tree key: UTF-16BE with its byte-order mark for every name, so the
    keys sort the same as bytes and as text (the specification sorts by bytes)."""
    return b"\xfe\xff" + name.encode("utf-16-be")
