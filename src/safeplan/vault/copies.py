"""A backup's copy of the open vault, read straight from the vault file: the page stream.

No Qt. `Vault.page_copy()` hands out the vault file's own bytes in steps of
PAGE_STEP, each step read under the vault's lock and a SQLite read lock, with
the cells of table `a` that hold the key slots and the key store replaced by
what a backup carries (same sizes: the PIN slot random or wrapped under the PIN
she chose, the device binding off). Nothing is written beside the vault.

Why it is a consistent snapshot: the first step notes the file's version (the
change counter and page count in SQLite's header, which every commit changes in
rollback-journal mode, and the connection's own count of changes); every later
step, and every step of `PageCopy.authenticate`, checks that the file is still
at that version while it holds the read lock. If she saved something in
between, the copy stops with `NoPageCopy` and the caller makes a snapshot with
SQLite's backup API instead (`Vault.snapshot`), which carries writes into the
copy. A layout this module does not expect (table `a` not on one leaf page, a
cell not found exactly once, WAL mode) gives `NoPageCopy` too.

Why not always the snapshot: it writes the whole vault a second time on the
same disk (to a scratch file), then reads it back to encrypt it. Measured on a
2.2 GB vault (bench/backup.py): docs/PERFORMANCE.md.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..pins import is_pin
from . import codec, layout, slots
from .errors import ImportCancelled, VaultError
from .files import file_cipher
from .kdf import SALT_BYTES, derive

PAGE_STEP = 4 * 1024 * 1024  # per locked read: ~2 ms from the page cache, ~40 ms from a disk
CHECK_ROWS = 4096  # records per locked read while authenticating
CHECK_PIECES = 8  # file pieces (512 KiB each) per locked read while authenticating
_LEAF_TABLE = 0x0D  # SQLite's page type byte of a table b-tree leaf

CancelFn = Callable[[], bool]


class NoPageCopy(VaultError):
    """The page stream cannot give a consistent copy now: make a snapshot instead."""


class Copies:
    """The backup half of `Vault` (mixed in; the vault provides the attributes below).

    Attributes:
        _lock: serialises database work.
        _path: the vault file.
        _vault_key, _identity, _table, _meta: the open vault's key material.
        _record_key, _files_key: the records' and the files' AES keys.
        _piece_keys: the files key of every key generation (files.py).
    """

    _lock: threading.RLock
    _path: Path
    _vault_key: bytes
    _identity: bytes
    _table: list[slots.Slot]
    _meta: dict[str, Any]
    _record_key: bytes
    _files_key: bytes
    _piece_keys: dict[int, bytes]

    def _db(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _used(self) -> set[int]:
        raise NotImplementedError

    def _sealed_keystore(self, vault_key: bytes, meta: dict[str, Any]) -> bytes:
        raise NotImplementedError

    def _file_cipher(self, file_id: int, salt: bytes) -> codec.ChunkCipher:
        raise NotImplementedError

    def _backup_cells(self, vault_key: bytes, table: list[slots.Slot], meta: dict[str, Any],
                      keep_pin: str | None) -> dict[int, bytes]:
        """The cells of table `a` as a backup holds them: the PIN slot random (or the
        vault key wrapped under `keep_pin` alone, without the device secret), the
        checksum over the slots, the key store with the device binding off. Runs the
        KDF when `keep_pin` is given."""
        vault_id = self._identity[:16]
        n = meta["pin_slot"]
        pin_slot = table[n]
        if keep_pin is not None:
            if not is_pin(keep_pin):
                raise ValueError("a PIN is 6 to 16 digits")
            salt = os.urandom(SALT_BYTES)
            new = slots.wrap(derive(keep_pin.encode(), salt, pin_slot.params), vault_key, n,
                             0, pin_slot.params, salt, vault_id)
            table = slots.rewrap(table, n, new, self._used())
        else:
            table = list(table)
            table[n] = dataclasses.replace(pin_slot, wrapped=os.urandom(slots.WRAPPED_BYTES))
        cells = {layout.SLOT_BASE + i: slot.encode() for i, slot in enumerate(table)}
        cells[layout.CHECKSUM] = slots.checksum(self._identity, table)
        cells[layout.KEYSTORE] = self._sealed_keystore(vault_key, dict(meta, device_bound=False))
        return cells

    @contextlib.contextmanager
    def page_copy(self, keep_pin: str | None = None) -> Iterator[PageCopy]:
        """The vault file as a backup carries it, at the version it has now; see the
        module's docstring. Raises NoPageCopy when it cannot be read that way."""
        if not hasattr(os, "pread"):  # Windows: the snapshot it is
            raise NoPageCopy("no positioned reads here")
        fd = os.open(self._path, os.O_RDONLY)
        try:
            with self._lock:
                conn = self._db()
                if conn.in_transaction:
                    raise NoPageCopy("a transaction is open")
                if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                    raise NoPageCopy("no change counter in WAL mode")
                with _read_lock(conn):
                    version = _version(fd, conn)
                    old = dict(conn.execute("SELECT k, v FROM a").fetchall())
                    root = conn.execute("SELECT rootpage FROM sqlite_master "
                                        "WHERE type='table' AND name='a'").fetchone()[0]
                    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
                    fmt = conn.execute("PRAGMA user_version").fetchone()[0]
                vault_key, table, meta = self._vault_key, list(self._table), dict(self._meta)
            header = version[0]
            if header[92 - 24:96 - 24] != header[:4]:
                raise NoPageCopy("the header's page count is not valid")  # pre-3.7 writer
            pages = int.from_bytes(header[4:8], "big")
            cells = self._backup_cells(vault_key, table, meta, keep_pin)
            if any(not isinstance(old.get(k), bytes) for k in cells):
                raise NoPageCopy("a cell is missing")  # the snapshot writes it afresh
            patch = {old[k]: new for k, new in cells.items() if old[k] != new}
            if any(len(was) != len(new) for was, new in patch.items()):
                raise NoPageCopy("cells of another size")
            yield PageCopy(self, fd, version, pages * page_size, page_size,
                           (root - 1) * page_size, patch, fmt)
        finally:
            # POSIX locks belong to the process, and closing any descriptor of the file
            # drops all of them: closed while a save in another thread holds SQLite's
            # write lock, another process could write under it (sqlite.org/howtocorrupt,
            # 2.2.1). Under the vault's lock no transaction is open, so none is held.
            with self._lock:
                os.close(fd)


class PageCopy:
    """One consistent version of the vault file, streamed; made by `Vault.page_copy`.

    Attributes:
        size: bytes the stream yields in all.
        vault_format: the vault's format number.
    """

    def __init__(self, vault: Copies, fd: int, version: tuple[bytes, int], size: int,
                 page_size: int, patch_at: int, patch: dict[bytes, bytes], fmt: int) -> None:
        self._vault = vault
        self._fd = fd
        self._version = version
        self.size = size
        self._page_size = page_size
        self._patch_at = patch_at
        self._patch = patch
        self.vault_format = fmt

    @contextlib.contextmanager
    def _step(self) -> Iterator[sqlite3.Connection]:
        """Hold the vault for one step, at the version of the copy."""
        with self._vault._lock:
            conn = self._vault._db()
            if conn.in_transaction:
                raise NoPageCopy("a transaction is open")
            with _read_lock(conn):
                if _version(self._fd, conn) != self._version:
                    raise NoPageCopy("the vault was written meanwhile")
                yield conn

    def steps(self, cancelled: CancelFn | None = None) -> Iterator[bytes | bytearray]:
        """The file's bytes, PAGE_STEP at a time (the last step shorter)."""
        step = max(self._page_size, PAGE_STEP // self._page_size * self._page_size)
        for offset in range(0, self.size, step):
            if cancelled is not None and cancelled():
                raise ImportCancelled("copy cancelled")
            want = min(step, self.size - offset)
            with self._step():
                data: bytes | bytearray = os.pread(self._fd, want, offset)
            if len(data) != want:
                raise NoPageCopy("the file is shorter than its header says")
            if offset <= self._patch_at < offset + want:
                data = self._patched(bytearray(data), self._patch_at - offset)
            yield data

    def _patched(self, data: bytearray, start: int) -> bytearray:
        end = start + self._page_size
        if data[start] != _LEAF_TABLE:
            raise NoPageCopy("table a is not one leaf page")
        for was, new in self._patch.items():
            at = data.find(was, start, end)
            if at < 0 or data.find(was, at + 1, end) >= 0:
                raise NoPageCopy("a cell is not found exactly once")
            data[at:at + len(new)] = new
        return data

    def authenticate(self, progress: Callable[[int], None] | None = None,
                     cancelled: CancelFn | None = None) -> tuple[int, int]:
        """Decrypt every record, file and piece of the vault at the copy's version with
        its keys; returns (items that authenticate, items that do not), by
        `count_authentic`. Rows are read a batch per step, the lock let go between
        steps. `progress` gets the piece bytes checked."""
        with self._step():  # the keys, while the vault is surely open
            record_key, files_key = self._vault._record_key, self._vault._files_key
            piece_keys = dict(self._vault._piece_keys)
        return count_authentic(
            self._batches("SELECT k, v FROM b WHERE k > ? ORDER BY k LIMIT ?", CHECK_ROWS, 1),
            self._batches("SELECT k, v FROM c WHERE k > ? ORDER BY k LIMIT ?", CHECK_ROWS, 1),
            self._batches("SELECT k, n, v FROM d WHERE (k, n) > (?, ?) ORDER BY k, n LIMIT ?",
                          CHECK_PIECES, 2),
            record_key, files_key, progress, cancelled, piece_keys)

    def _batches(self, query: str, size: int, width: int) -> Iterator[tuple[Any, ...]]:
        """The rows of `query` (keyset-paged on its first `width` columns), `size` per
        step at the copy's version; the vault is free while they are checked."""
        after: tuple[int, ...] = (-(1 << 63),) * width
        while True:
            with self._step() as conn:
                rows = conn.execute(query, (*after, size)).fetchall()
            if not rows:
                return
            yield from rows
            after = tuple(rows[-1][:width])


def count_authentic(records: Iterable[tuple[int, bytes]], files: Iterable[tuple[int, bytes]],
                    pieces: Iterable[tuple[int, int, bytes]], record_key: bytes,
                    files_key: bytes, progress: Callable[[int], None] | None = None,
                    cancelled: CancelFn | None = None,
                    piece_keys: dict[int, bytes] | None = None) -> tuple[int, int]:
    """(items that authenticate, items that do not) in a copy of the vault: each record,
    each file's description, each piece in its place, and each file whole (every piece
    there). `pieces` come ordered by file, then place; pieces of no file are in no item.
    The one rule both routes of a backup count by: the page stream
    (`PageCopy.authenticate`) and the snapshot (`Vault.authenticate_copy`).
    `progress` gets the piece bytes read; `cancelled` is asked before each piece.
    `piece_keys`: the files key of each key generation (files.py; default: only
    `files_key`, as generation 0)."""
    piece_keys = piece_keys if piece_keys is not None else {0: files_key}
    good = bad = done = 0
    for row_id, blob in records:
        try:
            codec.open_record(record_key, row_id, blob)
            good += 1
        except codec.Unreadable:
            bad += 1
    known: dict[int, tuple[codec.ChunkCipher, int]] = {}
    for file_id, blob in files:
        try:
            _, meta = codec.open_record(files_key, file_id, blob)
            known[file_id] = (file_cipher(piece_keys[int(meta.get("g", 0))], file_id,
                                          bytes.fromhex(meta["salt"])),
                              int(meta["chunks"]))
        except (codec.Unreadable, KeyError, TypeError, ValueError):
            bad += 1
    seen = dict.fromkeys(known, 0)
    for file_id, n, blob in pieces:
        if cancelled is not None and cancelled():
            raise ImportCancelled("check cancelled")
        if file_id in known:
            cipher, count = known[file_id]
            try:
                if n != seen[file_id]:
                    raise codec.Unreadable("piece order")
                cipher.open(n, blob, last=n == count - 1)
                good += 1
            except codec.Unreadable:
                bad += 1
            seen[file_id] += 1
        done += len(blob)
        if progress is not None:
            progress(done)
    whole = sum(seen[file_id] == count for file_id, (_, count) in known.items())
    return good + whole, bad + len(known) - whole


@contextlib.contextmanager
def _read_lock(conn: sqlite3.Connection) -> Iterator[None]:
    """A SQLite read transaction: no writer can be half-way through the file meanwhile."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        yield
    finally:
        conn.execute("COMMIT")


def _version(fd: int, conn: sqlite3.Connection) -> tuple[bytes, int]:
    """The change counter and page count (header bytes 24-31), the header's
    version-valid-for (92-95), and this connection's count of changes."""
    header = os.pread(fd, 100, 0)
    return header[24:96], conn.total_changes
