"""Failure notes: what went wrong at an unlock, written without the PIN, read inside.

A damaged vault or a keyring that does not answer must look like a calculator
to whoever is watching, yet she should learn of it at the next unlock. So
the failed attempt leaves a note inside the vault file, sealed with HPKE
(RFC 9180, X25519 + HKDF-SHA256 + AES-256-GCM, from `cryptography`) to a
public key kept in clear; its private half is sealed under the vault key.
Anyone can write a note; only the vault can read one.

A note holds a time and one word from FAILURES: no content, no PIN digit,
nothing typed. NOTE_COUNT cells of equal size always exist; unused ones are
random, so the file does not say whether anything failed. A note goes to a
random cell (the writer cannot tell which cells are taken; with 16 cells
and rare failures, an unread note is seldom overwritten).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import x25519

from . import layout

FAILURES = ("damaged", "keyring", "unreadable", "rescued", "loose")
PLAIN_BYTES = 48
NOTE_BYTES = 32 + PLAIN_BYTES + 16
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


@dataclass(frozen=True)
class Failure:
    """Something that failed at an unlock: `what` is one of FAILURES, `when` a Unix time."""

    when: float
    what: str


def new_keypair() -> tuple[bytes, bytes]:
    """(private, public), raw 32 bytes each."""
    private = x25519.X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def _info(vault_id: bytes) -> bytes:
    return b"note" + vault_id


def seal(public: bytes, vault_id: bytes, what: str, when: float) -> bytes:
    body = orjson.dumps({"t": int(when), "w": what})
    plain = body + b" " * (PLAIN_BYTES - len(body))
    return _SUITE.encrypt(plain, x25519.X25519PublicKey.from_public_bytes(public),
                          info=_info(vault_id))


def read_all(conn: sqlite3.Connection, private: bytes, vault_id: bytes) -> list[Failure]:
    """Every note the vault holds, oldest first."""
    key = x25519.X25519PrivateKey.from_private_bytes(private)
    found = []
    for (blob,) in conn.execute("SELECT v FROM a WHERE k >= ? AND k < ?",
                                (layout.NOTE_BASE, layout.NOTE_BASE + layout.NOTE_COUNT)):
        try:
            data = orjson.loads(_SUITE.decrypt(blob, key, info=_info(vault_id)))
            failure = Failure(float(data["t"]), str(data["w"]))
        except Exception:  # a random (unused) cell, or a damaged one: not a note
            continue
        if failure.what in FAILURES:
            found.append(failure)
    return sorted(found, key=lambda f: f.when)


def random_cells() -> list[tuple[int, bytes]]:
    return [(layout.NOTE_BASE + i, os.urandom(NOTE_BYTES)) for i in range(layout.NOTE_COUNT)]


def clear(conn: sqlite3.Connection) -> None:
    """Inside the caller's transaction: every cell random again."""
    conn.executemany("INSERT OR REPLACE INTO a VALUES (?, ?)", random_cells())


def put(conn: sqlite3.Connection, identity: bytes, what: str,
        clock: Callable[[], float] = time.time) -> None:
    """Inside the caller's transaction on an open vault: one note, in a random cell."""
    cell = layout.NOTE_BASE + secrets.randbelow(layout.NOTE_COUNT)
    conn.execute("UPDATE a SET v=? WHERE k=?",
                 (seal(identity[16:], identity[:16], what, clock()), cell))


def append(path: Path, what: str, clock: Callable[[], float] = time.time) -> bool:
    """Leave a note in the vault at `path`; best effort, never raises. True if written.

    Needs only the identity cell (vault id and public key), so it works when
    the slots or the sealed key store are the damaged part.
    """
    with contextlib.suppress(Exception):
        conn = sqlite3.connect(path, isolation_level=None, timeout=1.0)
        try:
            if layout.format_of(conn) != layout.FORMAT:
                return False
            identity = layout.cell(conn, layout.IDENTITY)
            if identity is None or len(identity) != 48:
                return False
            blob = seal(identity[16:], identity[:16], what, clock())
            cell = layout.NOTE_BASE + secrets.randbelow(layout.NOTE_COUNT)
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA journal_mode=TRUNCATE")
            conn.execute("UPDATE a SET v=? WHERE k=?", (blob, cell))
            return True
        finally:
            conn.close()
    return False
