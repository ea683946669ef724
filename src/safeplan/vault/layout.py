"""The vault file's layout (format 2): four tables whose names say nothing.

A look at the file with any SQLite browser shows tables `a` to `d` of
integer keys and blobs. The format number is SQLite's own `user_version`: 2,
or 3 once the records moved to scheme 2 (records.py). The layout is the same; 3
is there so that the versions before scheme 2, whose check wants exactly 2,
refuse the file instead of writing rows the records key no longer opens
(attack2/older_version.py). 4 (REKEYED) once a PIN change gave the vault a new key
(store.Vault.change_pin): the versions before that read older file pieces with the
newest key and cannot follow the recovery code to it, so they refuse the file too.
This version reads all three.

    a(k, v)     fixed cells, all of constant size:
                  IDENTITY     vault id (16 bytes) + public key of the failure notes (32)
                  KEYSTORE     which slot is which, the notes' private key; sealed, padded
                  CHECKSUM     SHA-256 of IDENTITY and the slots (damage vs. a wrong PIN)
                  HEAD         the chain's sealed head (head.py); absent before its first unlock
                  ENVELOPE     the newest vault key sealed to the recovery code's public
                               half (envelope.py); absent before the first PIN change
                  SLOTS..      SLOT_COUNT key slots, each with its own cost and salt
                  NOTES..      NOTE_COUNT cells for failure notes (random when unused)
    b(k, v)     records: padded JSON, AES-GCM, AAD = row id
    c(k, v)     one sealed description per stored file (size, SHA-256, salt, pieces)
    d(k, n, v)  file content in equal pieces, padded to a Padmé size class

Format 1 (tables header/slots/records/files/chunks, one KDF cost in the
header) is migrated at unlock by `migrate.py`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import VaultFormatError

FORMAT = 2
RECORDS_2 = 3  # user_version of a format-2 file whose records are under scheme 2
REKEYED = 4  # ...and of one that a PIN change gave a new vault key (store.Vault.change_pin)
PAGE_SIZE = 65536

IDENTITY = 0
KEYSTORE = 1
CHECKSUM = 2
HEAD = 3
ENVELOPE = 4
SLOT_BASE = 16
SLOT_COUNT = 8
NOTE_BASE = 32
NOTE_COUNT = 16

SCHEMA = """
CREATE TABLE a(k INTEGER PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE b(k INTEGER PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE c(k INTEGER PRIMARY KEY, v BLOB NOT NULL);
CREATE TABLE d(k INTEGER NOT NULL, n INTEGER NOT NULL, v BLOB NOT NULL);
CREATE UNIQUE INDEX e ON d(k, n);
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open the file with the vault's settings (see store.py for why TRUNCATE)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA journal_mode=TRUNCATE")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if isinstance(exc, sqlite3.OperationalError) and not _not_a_database(exc):
            from .errors import VaultUnavailable

            raise VaultUnavailable("the file could not be opened") from exc
        raise VaultFormatError("not a vault") from exc
    return conn


def _not_a_database(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_NOTADB,
                                                        sqlite3.SQLITE_CORRUPT)


def format_of(conn: sqlite3.Connection) -> int:
    """2 for this layout (user_version 2, RECORDS_2 or REKEYED), 1 for the first one;
    VaultFormatError for anything else."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise VaultFormatError("not a vault") from exc
    if version in (FORMAT, RECORDS_2, REKEYED) and {"a", "b", "c", "d"} <= names:
        return FORMAT
    if version == 0 and {"header", "slots", "records", "files", "chunks"} <= names:
        return 1
    raise VaultFormatError("unknown format")


def create_tables(conn: sqlite3.Connection) -> None:
    """Inside the caller's transaction."""
    for statement in SCHEMA.strip().split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version={FORMAT}")


def cell(conn: sqlite3.Connection, k: int) -> bytes | None:
    row = conn.execute("SELECT v FROM a WHERE k=?", (k,)).fetchone()
    return row[0] if row is not None and isinstance(row[0], bytes) else None


def put_cell(conn: sqlite3.Connection, k: int, value: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO a VALUES (?, ?)", (k, value))


def mark_records_2(conn: sqlite3.Connection) -> None:
    """Inside the caller's transaction (the move to records scheme 2): the versions
    before scheme 2 refuse the file from then on (see the module's docstring). Never
    lowers the number (a re-keyed vault stays REKEYED)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] < RECORDS_2:
        conn.execute(f"PRAGMA user_version={RECORDS_2}")


def mark_rekeyed(conn: sqlite3.Connection) -> None:
    """Inside the caller's transaction (a PIN change that made a new vault key): the
    versions before the re-key refuse the file from then on."""
    conn.execute(f"PRAGMA user_version={REKEYED}")
