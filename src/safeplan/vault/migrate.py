"""Format 1 to format 2, at the first unlock that opens a format-1 vault.

Format 1 had one KDF cost and salt in a `header` table for all slots, and
tables named header/slots/records/files/chunks with telling columns. The
migration runs only once the typed secret has opened a slot (a wrong PIN
still writes nothing), in one transaction:

- tables renamed to a/b/c/d with columns k/n/v (SQLite renames in place:
  records and file pieces are not rewritten; their encryption never named a
  table, so they stay valid);
- the slot table becomes format 2: the two used slots keep their bytes and
  carry the old cost and salt with the LEGACY flag (their wrap is bound to
  the old header), the others copy them with random bytes; the slot just
  opened is then re-wrapped in the current format by `Vault._settle_slot`,
  and the other one the first time its secret is typed;
- the old salt becomes the vault id, so the keyring account stays the same;
- a key pair for failure notes is made, and the key store re-sealed.

Files are padded afterwards, one per transaction (files.py), since that
rewrites their content.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from . import codec, layout, notes, slots
from .device import DeviceKeyring, account_for
from .errors import KeyringUnavailable, VaultFormatError
from .kdf import SALT_BYTES, KdfParams, KdfPolicy, derive

OLD_SLOT_BYTES = slots.WRAPPED_BYTES

Found = tuple[slots.Opened, bytes, list[slots.Slot], dict[str, Any]]

_RENAME = """
ALTER TABLE records RENAME TO b;
ALTER TABLE b RENAME COLUMN id TO k;
ALTER TABLE b RENAME COLUMN blob TO v;
ALTER TABLE files RENAME TO c;
ALTER TABLE c RENAME COLUMN id TO k;
ALTER TABLE c RENAME COLUMN blob TO v;
DROP INDEX chunk_order;
ALTER TABLE chunks RENAME TO d;
ALTER TABLE d RENAME COLUMN file_id TO k;
ALTER TABLE d RENAME COLUMN blob TO v;
CREATE UNIQUE INDEX e ON d(k, n);
DROP TABLE header;
DROP TABLE slots;
CREATE TABLE a(k INTEGER PRIMARY KEY, v BLOB NOT NULL)
"""


def _read(conn: sqlite3.Connection, policy: KdfPolicy
          ) -> tuple[KdfParams, bytes, bytes, bytes, list[bytes]]:
    row = conn.execute("SELECT format, kdf_memory, kdf_iterations, kdf_lanes, salt, sealed, "
                       "checksum FROM header WHERE id = 0").fetchone()
    slot_rows = conn.execute("SELECT n, blob FROM slots ORDER BY n").fetchall()
    if row is None:
        raise VaultFormatError("no header")
    fmt, memory, iterations, lanes, salt, sealed, checksum = row
    if fmt != 1 or not all(isinstance(v, int) for v in (memory, iterations, lanes)):
        raise VaultFormatError("unknown format")
    if not (isinstance(salt, bytes) and len(salt) == SALT_BYTES and isinstance(sealed, bytes)
            and isinstance(checksum, bytes)):
        raise VaultFormatError("damaged header")
    params = KdfParams(memory, iterations, lanes)
    policy.check(params, legacy=True)
    if [n for n, _ in slot_rows] != list(range(layout.SLOT_COUNT)) or any(
        not isinstance(b, bytes) or len(b) != OLD_SLOT_BYTES for _, b in slot_rows
    ):
        raise VaultFormatError("damaged key slots")
    return params, salt, sealed, checksum, [b for _, b in slot_rows]


def open_format1(conn: sqlite3.Connection, secret: str, recovery: bool, policy: KdfPolicy,
                 device: DeviceKeyring | None,
                 clock: Callable[[], float] = time.perf_counter) -> Found | None:
    """Try `secret` on a format-1 file; on success migrate it and return what opened.

    None for a wrong secret (nothing written)."""
    params, salt, sealed, checksum, blobs = _read(conn, policy)
    header = slots.legacy_header(params, salt)
    pepper = keyring_error = None
    if not recovery and device is not None:
        try:
            pepper = device.load(account_for(salt))
        except KeyringUnavailable as exc:
            keyring_error = exc
    start = clock()
    wrap_key = derive(secret.encode(), salt, params, pepper)
    seconds = clock() - start
    found: tuple[int, bytes] | None = None
    for n, blob in enumerate(blobs):
        try:
            key = codec.unseal(wrap_key, blob, b"slot" + n.to_bytes(2, "big") + header)
        except codec.Unreadable:
            continue
        if found is None:
            found = (n, key)
    if found is None:
        if hashlib.sha256(header + b"".join(blobs)).digest() != checksum:
            raise VaultFormatError("damaged key slots")
        if keyring_error is not None:
            raise keyring_error
        return None
    n, vault_key = found
    try:
        old_meta = codec.decode_record(codec.unseal(codec.subkey(vault_key, b"meta"), sealed,
                                                    b"meta"))[1]
    except codec.Unreadable as exc:
        raise VaultFormatError("damaged header") from exc

    from .store import seal_keystore

    private, public = notes.new_keypair()
    identity = salt + public
    table: list[slots.Slot | None] = [None] * layout.SLOT_COUNT
    for kind, position in ((0, old_meta["pin_slot"]), (slots.RECOVERY, old_meta["recovery_slot"])):
        table[position] = slots.Slot(slots.LEGACY | kind, params, salt, blobs[position])
    full = slots.fill_unused(table)
    meta = dict(old_meta, notes_key=private.hex(), legacy_files=True)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _RENAME.strip().split(";"):
            conn.execute(statement)
        layout.put_cell(conn, layout.IDENTITY, identity)
        layout.put_cell(conn, layout.KEYSTORE, seal_keystore(vault_key, salt, meta))
        slots.write_table(conn, full, identity)
        notes.clear(conn)
        conn.execute(f"PRAGMA user_version={layout.FORMAT}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return slots.Opened(n, vault_key, wrap_key, seconds), identity, full, meta
