"""Records: any structured item as one row of table `b`, padded JSON under AES-GCM.

The associated data binds each ciphertext to its row id (rows cannot be
swapped); ids are random, so even creation order is hidden; nothing in
clear says what kind a row is.

Two schemes, told apart only by the key (nothing in clear): scheme 1, the key
`records` of every vault before the sealed head's downgrade was closed; scheme 2,
the key `records/2`. The key store says which one the vault uses (field SCHEME,
absent: 1). A vault moves to scheme 2 once, in the transaction that seals its
head for the first time at the journal's opening, never inside a save (or at
unlock, for a vault sealed before scheme 2 existed or whose move failed, a full
disk: tried again at each unlock): every row is sealed again under the new key.
From then on a row of scheme 1 is a row put back from an older copy (it does
not open: damage), and a key store that says scheme 1 while rows open under
scheme 2 is a key store put back from an older copy (head.py says what is done
then).
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import threading
from typing import Any

from . import codec
from .errors import RecordDamaged

SCHEME = "records"  # the key store's field: how rows are sealed (absent: 1)
CURRENT = 2


def record_key(vault_key: bytes, scheme: int) -> bytes:
    """The records' AES key under `scheme` (see the module's docstring)."""
    return codec.subkey(vault_key, b"records" if scheme < CURRENT else b"records/2")


def random_id() -> int:
    return secrets.randbits(62) + 1


class Records:
    """The record half of `Vault` (mixed in; the vault provides the attributes below).

    Attributes:
        _lock: serialises database work.
        _record_key: the records' AES key.
        _damaged: ids of records that failed to decrypt so far.
    """

    _lock: threading.RLock
    _record_key: bytes
    _damaged: set[int]

    def _db(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def put(self, kind: str, data: Any) -> int:
        """Store a new record of `kind` (any JSON value); returns its id."""
        with self._transaction() as conn:
            while True:
                row_id = random_id()
                if conn.execute("SELECT 1 FROM b WHERE k=?", (row_id,)).fetchone() is None:
                    break
            blob = codec.seal_record(self._record_key, row_id, kind, data)
            conn.execute("INSERT INTO b VALUES (?, ?)", (row_id, blob))
        return row_id

    def _read(self, record_id: int) -> tuple[str, Any]:
        with self._lock:
            row = self._db().execute("SELECT v FROM b WHERE k=?", (record_id,)).fetchone()
            key = self._record_key  # with the row: the first seal may change it
        if row is None:
            raise KeyError(record_id)
        try:
            return codec.open_record(key, record_id, row[0])
        except codec.Unreadable as exc:
            raise RecordDamaged(record_id) from exc

    def get(self, record_id: int) -> Any:
        """The record's data; KeyError if absent, RecordDamaged if it fails to decrypt."""
        return self._read(record_id)[1]

    def update(self, record_id: int, data: Any) -> None:
        kind, _ = self._read(record_id)
        with self._transaction() as conn:  # the key read under the lock: see _by_scheme
            blob = codec.seal_record(self._record_key, record_id, kind, data)
            conn.execute("UPDATE b SET v=? WHERE k=?", (blob, record_id))

    def delete(self, record_id: int) -> None:
        with self._transaction() as conn:
            if conn.execute("DELETE FROM b WHERE k=?", (record_id,)).rowcount == 0:
                raise KeyError(record_id)

    def list(self, kind: str) -> list[tuple[int, Any]]:
        """Every (id, data) of one kind. Damaged records are skipped and reported
        by `damaged()`; they never stop the others from opening."""
        return self.list_many((kind,))[kind]

    def list_many(self, kinds: tuple[str, ...]) -> dict[str, list[tuple[int, Any]]]:
        """Several kinds in one pass over the table (each row is decrypted once)."""
        with self._lock:
            rows = self._db().execute("SELECT k, v FROM b").fetchall()
            key = self._record_key
        found: dict[str, list[tuple[int, Any]]] = {kind: [] for kind in kinds}
        for row_id, blob in rows:
            if not isinstance(blob, bytes):  # a cell of a damaged page
                self._damaged.add(row_id)
                continue
            try:
                row_kind, data = codec.open_record(key, row_id, blob)
            except codec.Unreadable:
                self._damaged.add(row_id)
                continue
            if row_kind in found:
                found[row_kind].append((row_id, data))
        return found

    def ids(self) -> set[int]:
        """The id of every record stored (nothing decrypted)."""
        with self._lock:
            return {row[0] for row in self._db().execute("SELECT k FROM b")}

    @staticmethod
    def _by_scheme(conn: sqlite3.Connection, old: bytes,
                   new: bytes) -> tuple[list[tuple[int, bytes]], int]:
        """The rows that open under `old` (id, plaintext), and how many open under `new`
        instead. A row that opens under neither is left out (damaged either way)."""
        opened: list[tuple[int, bytes]] = []
        newer = 0
        for row_id, blob in conn.execute("SELECT k, v FROM b").fetchall():
            aad = codec.row_aad(b"rec", row_id)
            try:
                opened.append((row_id, codec.unseal(old, blob, aad)))
            except codec.Unreadable:
                newer += _opens(new, row_id, blob)
        return opened, newer

    @staticmethod
    def _reseal(tx: sqlite3.Connection, rows: list[tuple[int, bytes]], new: bytes) -> None:
        """Inside the caller's transaction: the rows (id, plaintext) sealed under `new`."""
        tx.executemany("UPDATE b SET v=? WHERE k=?",
                       [(codec.seal(new, plain, codec.row_aad(b"rec", row_id)), row_id)
                        for row_id, plain in rows])

    def damaged(self) -> set[int]:
        """Ids of records that failed to decrypt so far."""
        return set(self._damaged)



def _opens(key: bytes, row_id: int, blob: bytes) -> bool:
    try:
        codec.open_record(key, row_id, blob)
    except codec.Unreadable:
        return False
    return True
