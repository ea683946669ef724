"""The sealed head: a small value under the vault key that the file cannot lose quietly.

No Qt. The journal keeps the last event of its hash chain here ({seq, hash} and
what it noticed was lost), written in the same transaction as the event. Why
not only a record: a record is a row of table `b`, and a row can be deleted with
`sqlite3` without the key; a vault written before the head existed had none, so
"no head" had to be accepted, and deleting the head row with the newest events
and their records went unnoticed (the attack of issue 18's follow-up).

So the value lives in cell HEAD of table `a` (AES-GCM under a subkey of the
vault key, bound to the vault id, padded to HEAD_BYTES), and the key store,
without which the vault does not open at all, says that this vault has one
(`sealed_head` in its meta). A missing or unreadable cell in a vault whose key
store says it has one is damage, and the caller reports it.

The downgrade (attack/head_downgrade.py): he copied the file before her first
unlock with the sealed head; afterwards he puts back that copy's key store (no
flag), deletes the head cell, the head row and the newest events with their
records. Judged by the flag alone, the vault was one from before the sealed head
and a missing head was expected. Every cell can be put back from his copy, so the
proof that a seal happened has to be in what he deletes around: the rows. The
first seal seals every record again under a second records key in its own
transaction (records.py, scheme 2) and the key store says scheme 2. An older key
store says scheme 1 while the rows open only under scheme 2; `Vault._settle_records`
finds that at unlock, writes the key store again (flag set, ROLLED_BACK = when) and
`sealed_head()` then says a head is expected and when the rollback was found: the
journal reports chain.Problem.ROLLED_BACK, and after her next change the loss stays
in the seal (MAYBE_LOST: how many events went, if any, is not known, and nothing says
they did; attack2/discredit.py put back the key store alone and lost nothing). A
record put back from his copy no longer opens (damage).

A crash during the move (attack2/crash_migration.py): the move is one SQLite
transaction, the largest the app makes (about a second for 10,000 records). Killed
inside it, SQLite leaves the hot journal `history.db-journal` beside the file, and
the next open puts the file back as it was before the move, which then runs again:
nothing lost, nothing reported. Without that journal (deleted by a cleaner, or the
file alone copied to a stick after the crash) the file keeps the pages the move had
already written: some records under scheme 2, the key store still saying scheme 1.
That is exactly what the downgrade looks like, so the next unlock takes it for one
(the key store notes ROLLED_BACK) and the records still under scheme 1 no longer
open: the journal reports damaged events, though nobody tampered (measured with that
script, 2,000 incidents killed half-way, journal dropped: 175 entries open, 3,648
records damaged; with the journal kept, all 2,000 and the move done at the next
open). If pages of one b-tree were half written, SQLite may not open it (malformed).
It is SQLite's rule for any transaction (sqlite.org/howtocorrupt.html, "Deleting a
hot journal"): a hot journal must travel with its file. The app's own copies never
need it: a backup reads the open vault, whose connection rolled any hot journal back
at unlock, under a SQLite read lock (copies.py) or through SQLite's backup API
(Vault.snapshot), so it never holds half a transaction; a copy of the folder made by
hand must take the journal with it.

What this cannot see: the whole file replaced by an older copy of itself, or
every row and cell that changed since such a copy put back as they were in it
(found by comparing two copies). Both give a file that is, byte for byte, a
state the vault really had. Nothing inside one file can tell; only a value
kept elsewhere could (an export's printed head, a later backup). For the
downgrade this means: his old key store with every record put back from his copy,
or with every record deleted (an empty journal, as the vault was when made), opens
as a vault from before the sealed head, and in that state its newest events can be
deleted unseen as they could before. As long as one record written since the first
seal stays in the file, the downgrade is seen. So, as a defence lawyer would say,
no single vault file proves it was not taken back to an older state of itself; a
report's printed head or a backup kept elsewhere can.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from . import codec, layout, records

HEAD_BYTES = 1024
FLAG = "sealed_head"
ROLLED_BACK = "rolled_back"  # when a key store older than the rows was found (time.time())


@dataclass(frozen=True)
class SealedHead:
    """What the vault holds as its sealed head.

    Attributes:
        expected: the key store says this vault has one (every vault after its
            first unlock with this code).
        value: the value sealed (None when missing or unreadable).
        readable: False when the cell is there but does not authenticate.
        rolled_back: when the key store was found put back from an older copy of the
            file (seconds since the epoch), None if never.
    """

    expected: bool
    value: Any = None
    readable: bool = True
    rolled_back: float | None = None

    @property
    def lost(self) -> bool:
        """Expected, but missing or unreadable: the file was changed outside the app."""
        return self.expected and self.value is None


def _aad(vault_id: bytes) -> bytes:
    return b"head" + vault_id


class Head:
    """The sealed-head half of `Vault` (mixed in; the vault provides the attributes below).

    Attributes:
        _lock: serialises database work.
        _vault_key: the vault key.
        _identity: vault id and the notes' public key.
        _meta: the key store's content.
        _record_key: the records' AES key (records.py: the first seal changes it).
    """

    _lock: threading.RLock
    _vault_key: bytes
    _record_key: bytes
    _identity: bytes
    _meta: dict[str, Any]

    def _db(self) -> Any:
        raise NotImplementedError

    def _transaction(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def _sealed_keystore(self, vault_key: bytes, meta: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def _after_commit(self, action: Callable[[], None]) -> None:
        raise NotImplementedError

    def _after_rollback(self, action: Callable[[], None]) -> None:
        raise NotImplementedError

    def _by_scheme(self, conn: Any, old: bytes,
                   new: bytes) -> tuple[list[tuple[int, bytes]], int]:
        raise NotImplementedError  # records.Records

    def _reseal(self, tx: Any, rows: list[tuple[int, bytes]], new: bytes) -> None:
        raise NotImplementedError  # records.Records

    def _head_key(self) -> bytes:
        return codec.subkey(self._vault_key, b"head")

    def sealed_head(self) -> SealedHead:
        """The value last given to `seal_head`, read from the file now."""
        with self._lock:
            blob = layout.cell(self._db(), layout.HEAD)
            expected = bool(self._meta.get(FLAG))
            when = self._meta.get(ROLLED_BACK)
            key = self._head_key()
        rolled_back = float(when) if isinstance(when, int | float) else None
        if blob is None:
            return SealedHead(expected, rolled_back=rolled_back)
        try:
            plain = codec.unpad(codec.unseal(key, blob, _aad(self._identity[:16])))
            return SealedHead(expected, orjson.loads(plain), rolled_back=rolled_back)
        except (codec.Unreadable, orjson.JSONDecodeError):
            return SealedHead(expected, None, readable=False, rolled_back=rolled_back)

    def seal_head(self, value: Any, move_records: bool = False) -> None:
        """Keep `value` (JSON, at most HEAD_BYTES encoded) as the sealed head, in the
        caller's batch when there is one; the first time, the key store notes that
        this vault has a sealed head in the same transaction, and with `move_records`
        (the journal's own first seal at its opening, never her save: a full disk would
        make every save fail, attack2/full_disk.py) every record moves to records
        scheme 2 there too (one pass over the records; bench/records_scheme.py). A
        first seal without the move (it failed, or came with a save) leaves the move
        to the next unlock (store.Vault._settle_records), tried once per unlock."""
        body = orjson.dumps(value)
        if len(body) >= HEAD_BYTES:
            raise ValueError("the sealed head is too long")
        plain = body + b"\x80" + bytes(HEAD_BYTES - len(body) - 1)
        with self._transaction() as tx:
            layout.put_cell(tx, layout.HEAD,
                            codec.seal(self._head_key(), plain, _aad(self._identity[:16])))
            if not self._meta.get(FLAG):
                # The first seal. With the move, every row moves to records scheme 2 in this
                # transaction (records.py), so a key store put back from before it leaves
                # rows that only scheme 2 opens: the downgrade is seen
                # (store._settle_records). The key store never says scheme 2 without the
                # flag: one copied in between would hide the downgrade.
                changed: dict[str, Any] = {FLAG: True}
                old = self._record_key
                if move_records and int(self._meta.get(records.SCHEME, 1)) < records.CURRENT:
                    new = records.record_key(self._vault_key, records.CURRENT)
                    rows, _ = self._by_scheme(tx, old, new)
                    self._reseal(tx, rows, new)
                    layout.mark_records_2(tx)  # the versions before scheme 2 refuse it
                    changed[records.SCHEME] = records.CURRENT
                    self._record_key = new  # rows put later in this batch: scheme 2 too
                    self._after_rollback(lambda: setattr(self, "_record_key", old))
                meta = dict(self._meta, **changed)
                layout.put_cell(tx, layout.KEYSTORE, self._sealed_keystore(self._vault_key, meta))
                self._after_commit(lambda: setattr(self, "_meta", dict(self._meta, **changed)))
