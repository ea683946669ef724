"""The encrypted store: one SQLite file, key slots, records and streamed files.

SQLite runs with a rollback journal in TRUNCATE mode, synchronous=FULL,
secure_delete=ON and temp_store=MEMORY. The design first said WAL; measured
here, WAL writes every imported byte twice (WAL, then checkpoint) and imports
ran at 134 MiB/s against 206 MiB/s with the rollback journal, which appends
new pages without journaling them. Crash safety is the same with FULL sync,
and a read-only attempt (a wrong PIN) creates no -wal/-shm files at all.

Layout (nothing in clear says what a row is, when it was written, or whose
it is; ids are random so even creation order is hidden):

    header(id=0, format, kdf_memory, kdf_iterations, kdf_lanes, salt, sealed, checksum)
    slots(n, blob)            SLOT_COUNT equal-sized slots; unused ones are random
    records(id, blob)         padded JSON, AES-GCM, AAD = row id
    files(id, blob)           sealed file metadata (size, SHA-256, chunk count, key salt)
    chunks(file_id, n, blob)  STREAM-sealed file content
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..paths import vault_file as vault_path
from ..pins import RECOVERY_DIGITS, is_pin, is_recovery_code
from . import codec
from .device import DeviceKeyring, account_for
from .errors import (
    FileDamaged,
    ImportCancelled,
    NoSecureKeyring,
    RecordDamaged,
    StorageFull,
    VaultError,
    VaultFormatError,
)
from .kdf import SALT_BYTES, KdfParams, KdfPolicy, derive

FORMAT = 1
SLOT_COUNT = 8
SLOT_BYTES = codec.NONCE_BYTES + 32 + codec.TAG_BYTES
META_BYTES = 2048
CHUNK_BYTES = 512 * 1024
BATCH_CHUNKS = 8
PAGE_SIZE = 65536
SNAPSHOT_PAGES = 256  # 16 MiB per step of a snapshot: the vault's lock is free between steps

_SCHEMA = """
CREATE TABLE header(id INTEGER PRIMARY KEY CHECK (id = 0), format INTEGER NOT NULL,
    kdf_memory INTEGER NOT NULL, kdf_iterations INTEGER NOT NULL, kdf_lanes INTEGER NOT NULL,
    salt BLOB NOT NULL, sealed BLOB NOT NULL, checksum BLOB NOT NULL);
CREATE TABLE slots(n INTEGER PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE records(id INTEGER PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE files(id INTEGER PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE chunks(file_id INTEGER NOT NULL, n INTEGER NOT NULL, blob BLOB NOT NULL);
CREATE UNIQUE INDEX chunk_order ON chunks(file_id, n);
"""

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class FileRef:
    """A stored file: its id, size in bytes and the SHA-256 of the original (hex)."""

    id: int
    size: int
    sha256: str


@dataclass(frozen=True)
class StagedFile:
    """A file whose chunks are stored but which is not kept yet (see `Vault.stage_file`)."""

    ref: FileRef
    salt: bytes
    chunks: int


def _header_bytes(params: KdfParams, salt: bytes) -> bytes:
    fields = (FORMAT, params.memory_kib, params.iterations, params.lanes)
    return b"|".join(str(f).encode() for f in fields) + b"|" + salt


def _slot_aad(header: bytes, n: int) -> bytes:
    return b"slot" + n.to_bytes(2, "big") + header


def _checksum(header: bytes, slots: list[bytes]) -> bytes:
    return hashlib.sha256(header + b"".join(slots)).digest()


def _is_full(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA journal_mode=TRUNCATE")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise VaultFormatError("not a vault") from exc
    return conn


def _random_id() -> int:
    return secrets.randbits(62) + 1


def _free_file_id(conn: sqlite3.Connection) -> int:
    """A random id used by no file and no stray chunk (call with the lock held)."""
    while True:
        file_id = _random_id()
        taken = conn.execute(
            "SELECT 1 FROM files WHERE id=? UNION SELECT 1 FROM chunks WHERE file_id=?",
            (file_id, file_id),
        ).fetchone()
        if taken is None:
            return file_id


def _seal_meta(vault_key: bytes, meta: dict[str, Any]) -> bytes:
    plain = codec.encode_record("meta", meta)
    plain = plain + bytes(max(0, META_BYTES - len(plain)))
    return codec.seal(codec.subkey(vault_key, b"meta"), plain, b"meta")


def _open_meta(vault_key: bytes, blob: bytes) -> dict[str, Any]:
    plain = codec.unseal(codec.subkey(vault_key, b"meta"), blob, b"meta")
    _, meta = codec.decode_record(plain)
    return meta


def _wrap(wrap_key: bytes, vault_key: bytes, header: bytes, n: int) -> bytes:
    return codec.seal(wrap_key, vault_key, _slot_aad(header, n))


def create(
    data_dir: str | os.PathLike[str],
    pin: str,
    *,
    kdf: KdfParams | None = None,
    policy: KdfPolicy | None = None,
    device: DeviceKeyring | None = None,
    bind_device: bool = False,
    progress: Callable[[float], None] | None = None,
) -> tuple[Vault, str]:
    """Make a new vault; returns it open, and the recovery code (shown once).

    `bind_device` mixes a secret kept in `device` (the OS keyring) into the PIN
    slot; it raises NoSecureKeyring when there is no secure keyring.
    """
    if not is_pin(pin):
        raise ValueError("a PIN is 6 to 16 digits")
    policy = policy or KdfPolicy()
    params = kdf or policy.calibrate()
    policy.check(params)
    directory = Path(data_dir)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = vault_path(directory)
    if path.exists():
        raise FileExistsError(path)

    salt = os.urandom(SALT_BYTES)
    header = _header_bytes(params, salt)
    pepper = None
    if bind_device:
        if device is None or not device.is_secure():
            raise NoSecureKeyring("no secure keyring on this computer")
        pepper = device.create(account_for(salt))
    recovery = "".join(secrets.choice("0123456789") for _ in range(RECOVERY_DIGITS))
    vault_key = os.urandom(32)
    pin_slot, recovery_slot = secrets.SystemRandom().sample(range(SLOT_COUNT), 2)
    slots = [os.urandom(SLOT_BYTES) for _ in range(SLOT_COUNT)]
    slots[pin_slot] = _wrap(derive(pin.encode(), salt, params, pepper), vault_key, header, pin_slot)
    if progress:
        progress(0.5)
    slots[recovery_slot] = _wrap(
        derive(recovery.encode(), salt, params), vault_key, header, recovery_slot
    )
    if progress:
        progress(1.0)
    meta = {"pin_slot": pin_slot, "recovery_slot": recovery_slot, "device_bound": bind_device}

    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        conn = _connect(path)
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("VACUUM")  # applies the page size to the empty file
        conn.execute("BEGIN")
        for statement in _SCHEMA.strip().split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(
            "INSERT INTO header VALUES (0, ?, ?, ?, ?, ?, ?, ?)",
            (FORMAT, params.memory_kib, params.iterations, params.lanes, salt,
             _seal_meta(vault_key, meta), _checksum(header, slots)),
        )
        conn.executemany("INSERT INTO slots VALUES (?, ?)", enumerate(slots))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(str(path) + suffix)
        if pepper is not None and device is not None:
            device.delete(account_for(salt))
        raise
    vault = Vault(conn, path, vault_key, salt, params, meta, "pin", device)
    return vault, recovery


_Header = tuple[KdfParams, bytes, bytes, bytes, list[bytes]]


def _read_header(conn: sqlite3.Connection, policy: KdfPolicy) -> _Header:
    try:
        row = conn.execute(
            "SELECT format, kdf_memory, kdf_iterations, kdf_lanes, salt, sealed, checksum "
            "FROM header WHERE id = 0"
        ).fetchone()
        slot_rows = conn.execute("SELECT n, blob FROM slots ORDER BY n").fetchall()
    except sqlite3.DatabaseError as exc:
        raise VaultFormatError("not a vault") from exc
    if row is None:
        raise VaultFormatError("no header")
    fmt, memory, iterations, lanes, salt, sealed, checksum = row
    if fmt != FORMAT or not all(isinstance(v, int) for v in (memory, iterations, lanes)):
        raise VaultFormatError("unknown format")
    if not (isinstance(salt, bytes) and len(salt) == SALT_BYTES and isinstance(sealed, bytes)
            and isinstance(checksum, bytes)):
        raise VaultFormatError("damaged header")
    params = KdfParams(memory, iterations, lanes)
    policy.check(params)
    if [n for n, _ in slot_rows] != list(range(SLOT_COUNT)) or any(
        not isinstance(b, bytes) or len(b) != SLOT_BYTES for _, b in slot_rows
    ):
        raise VaultFormatError("damaged key slots")
    return params, salt, sealed, checksum, [b for _, b in slot_rows]


def unlock(
    data_dir: str | os.PathLike[str],
    secret: str,
    *,
    policy: KdfPolicy | None = None,
    device: DeviceKeyring | None = None,
) -> Vault | None:
    """Open the vault with a PIN or the recovery code; None for any wrong secret.

    Every attempt runs the KDF once and tries every slot with the same work.
    Raises VaultFormatError when the file is not a vault or its header or slot
    table is damaged (and no slot opens). A failed attempt writes nothing.
    """
    policy = policy or KdfPolicy()
    path = vault_path(data_dir)
    if not path.is_file():
        raise VaultFormatError("no vault here")
    recovery = is_recovery_code(secret)
    if not (recovery or is_pin(secret)):
        return None
    conn = _connect(path)
    try:
        params, salt, sealed, checksum, slots = _read_header(conn, policy)
        header = _header_bytes(params, salt)
        pepper = None
        if not recovery and device is not None:
            pepper = device.load(account_for(salt))
        wrap_key = derive(secret.encode(), salt, params, pepper)
        opened: tuple[int, bytes] | None = None
        for n, blob in enumerate(slots):
            try:
                key = codec.unseal(wrap_key, blob, _slot_aad(header, n))
            except codec.Unreadable:
                continue
            if opened is None:
                opened = (n, key)
        if opened is None:
            if _checksum(header, slots) != checksum:
                raise VaultFormatError("damaged key slots")
            conn.close()
            return None
        n, vault_key = opened
        try:
            meta = _open_meta(vault_key, sealed)
        except codec.Unreadable as exc:
            raise VaultFormatError("damaged header") from exc
        role = "recovery" if n == meta.get("recovery_slot") else "pin"
        vault = Vault(conn, path, vault_key, salt, params, meta, role, device)
    except BaseException:
        conn.close()
        raise
    vault._collect_orphans()
    return vault


class Vault:
    """An unlocked vault. Thread-safe: one lock serialises all database work.

    Attributes:
        opened_by: "pin" or "recovery": which secret opened it.
        device_bound: whether the PIN slot mixes in the device secret.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        vault_key: bytes,
        salt: bytes,
        params: KdfParams,
        meta: dict[str, Any],
        opened_by: str,
        device: DeviceKeyring | None,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._vault_key = vault_key
        self._salt = salt
        self._params = params
        self._meta = meta
        self._device = device
        self._record_key = codec.subkey(vault_key, b"records")
        self._files_key = codec.subkey(vault_key, b"files")
        self._lock = threading.RLock()
        self._depth = 0  # nesting of the open batch (only its thread holds the lock)
        self._failure: sqlite3.Error | None = None
        self._owner: int | None = None  # thread id of the open batch
        self.opened_by = opened_by
        self._damaged: set[int] = set()

    # -- plumbing --------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def device_bound(self) -> bool:
        return bool(self._meta.get("device_bound"))

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise VaultError("the vault is closed")
        return self._conn

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """One unit of work: every put, update, delete and file write inside the
        block commits together at its end, or none of them does.

        An exception leaving the block rolls everything back (and propagates).
        Nested batches join the outermost one. The block holds the vault's lock,
        so other threads wait: keep it short (stream big files with
        `stage_file` before it, and `keep_file` inside it).
        """
        with self._transaction():
            yield

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._db()
            if self._depth:  # inside a batch of this thread: join it
                if self._failure is not None or not conn.in_transaction:
                    # A write of this batch failed (and SQLite may have rolled it
                    # back, so this one would commit on its own): the batch is lost.
                    raise VaultError("the transaction was rolled back") from self._failure
                self._depth += 1
                try:
                    yield conn
                except sqlite3.Error as exc:
                    self._failure = self._failure or exc
                    if _is_full(exc):
                        raise StorageFull("the disk is full") from exc
                    raise VaultError("the vault could not be written") from exc
                finally:
                    self._depth -= 1
                return
            self._depth, self._failure, self._owner = 1, None, threading.get_ident()
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                if self._failure is not None or not conn.in_transaction:
                    # A write failed inside the batch and the caller went on: commit
                    # nothing rather than half an action.
                    raise VaultError("the transaction was rolled back") from self._failure
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                cause = exc.__cause__ if isinstance(exc, VaultError) else exc
                if isinstance(cause, sqlite3.Error) and _is_full(cause):
                    if isinstance(exc, StorageFull):
                        raise
                    raise StorageFull("the disk is full") from cause
                if isinstance(exc, sqlite3.Error):  # I/O error, damaged file, locked...
                    raise VaultError("the vault could not be written") from exc
                raise
            finally:
                self._depth, self._failure, self._owner = 0, None, None

    def close(self) -> None:
        """Drop the keys and close the database."""
        with self._lock:
            conn, self._conn = self._conn, None
            self._vault_key = self._record_key = self._files_key = b""
            codec.forget_keys()
            if conn is not None:
                conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- records ---------------------------------------------------------------

    def put(self, kind: str, data: Any) -> int:
        """Store a new record of `kind` (any JSON value); returns its id."""
        with self._transaction() as conn:
            while True:
                row_id = _random_id()
                if conn.execute("SELECT 1 FROM records WHERE id=?", (row_id,)).fetchone() is None:
                    break
            blob = codec.seal_record(self._record_key, row_id, kind, data)
            conn.execute("INSERT INTO records VALUES (?, ?)", (row_id, blob))
        return row_id

    def _read(self, record_id: int) -> tuple[str, Any]:
        with self._lock:
            row = self._db().execute(
                "SELECT blob FROM records WHERE id=?", (record_id,)
            ).fetchone()
        if row is None:
            raise KeyError(record_id)
        try:
            return codec.open_record(self._record_key, record_id, row[0])
        except codec.Unreadable as exc:
            raise RecordDamaged(record_id) from exc

    def get(self, record_id: int) -> Any:
        """The record's data; KeyError if absent, RecordDamaged if it fails to decrypt."""
        return self._read(record_id)[1]

    def update(self, record_id: int, data: Any) -> None:
        kind, _ = self._read(record_id)
        blob = codec.seal_record(self._record_key, record_id, kind, data)
        with self._transaction() as conn:
            conn.execute("UPDATE records SET blob=? WHERE id=?", (blob, record_id))

    def delete(self, record_id: int) -> None:
        with self._transaction() as conn:
            if conn.execute("DELETE FROM records WHERE id=?", (record_id,)).rowcount == 0:
                raise KeyError(record_id)

    def list(self, kind: str) -> list[tuple[int, Any]]:
        """Every (id, data) of one kind. Damaged records are skipped and reported
        by `damaged()`; they never stop the others from opening."""
        return self.list_many((kind,))[kind]

    def list_many(self, kinds: tuple[str, ...]) -> dict[str, list[tuple[int, Any]]]:
        """Several kinds in one pass over the table (each row is decrypted once)."""
        with self._lock:
            rows = self._db().execute("SELECT id, blob FROM records").fetchall()
            key = self._record_key
        found: dict[str, list[tuple[int, Any]]] = {kind: [] for kind in kinds}
        for row_id, blob in rows:
            try:
                row_kind, data = codec.open_record(key, row_id, blob)
            except codec.Unreadable:
                self._damaged.add(row_id)
                continue
            if row_kind in found:
                found[row_kind].append((row_id, data))
        return found

    def damaged(self) -> set[int]:
        """Ids of records that failed to decrypt so far."""
        return set(self._damaged)

    # -- files -----------------------------------------------------------------

    def _file_cipher(self, file_id: int, salt: bytes) -> codec.ChunkCipher:
        info = b"file" + file_id.to_bytes(8, "big")
        return codec.ChunkCipher(codec.subkey(self._files_key, info, salt=salt))

    def add_file(
        self,
        source: str | os.PathLike[str] | BinaryIO,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> FileRef:
        """Stream a file into the vault, hashing it in the same pass.

        Never holds more than a few chunks in memory. `progress` gets the bytes
        done so far; when `cancelled()` turns true the import stops with
        ImportCancelled. On any failure nothing of the file stays stored.
        """
        staged = self.stage_file(source, progress=progress, cancelled=cancelled)
        try:
            return self.keep_file(staged)
        except BaseException:
            self.discard_file(staged)
            raise

    def stage_file(
        self,
        source: str | os.PathLike[str] | BinaryIO,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> StagedFile:
        """Stream a file's chunks into the vault without making it a file yet.

        `keep_file` (inside the batch that records it) makes it one; until then
        its chunks are orphans, dropped by `discard_file` or at the next unlock,
        so a crash in between leaves nothing. Call it outside any batch: it
        commits a few chunks at a time and lets other threads in between.
        """
        if isinstance(source, (str, os.PathLike)):
            with open(source, "rb") as stream:
                return self._stage_stream(stream, progress, cancelled)
        return self._stage_stream(source, progress, cancelled)

    def keep_file(self, staged: StagedFile) -> FileRef:
        """Make a staged file a stored one (joins the open batch, if any)."""
        meta = {"size": staged.ref.size, "sha256": staged.ref.sha256,
                "salt": staged.salt.hex(), "chunks": staged.chunks}
        blob = codec.seal_record(self._files_key, staged.ref.id, "file", meta)
        with self._transaction() as tx:
            tx.execute("INSERT INTO files VALUES (?, ?)", (staged.ref.id, blob))
        return staged.ref

    def discard_file(self, staged: StagedFile) -> None:
        """Drop a staged file's chunks (never a kept file's)."""
        with contextlib.suppress(sqlite3.Error, VaultError), self._transaction() as tx:
            if tx.execute("SELECT 1 FROM files WHERE id=?", (staged.ref.id,)).fetchone() is None:
                tx.execute("DELETE FROM chunks WHERE file_id=?", (staged.ref.id,))

    def _stage_stream(
        self, stream: BinaryIO, progress: ProgressFn | None, cancelled: CancelFn | None
    ) -> StagedFile:
        with self._lock:
            file_id = _free_file_id(self._db())
        # Inside this thread's own batch a writer thread would wait for the lock
        # the batch holds: write in this thread instead.
        inline = self._owner == threading.get_ident()
        salt = os.urandom(16)
        cipher = self._file_cipher(file_id, salt)
        digest = hashlib.sha256()
        size = 0
        count = 0
        pending: list[tuple[int, int, bytes]] = []
        # Three stages overlap on two cores: this thread reads and encrypts, one
        # worker hashes the original bytes, another commits the previous batch.
        # AES-GCM, hashlib and sqlite3 all release the GIL while they work.
        hashing = writing = None
        try:
            with ThreadPoolExecutor(1) as hasher, ThreadPoolExecutor(1) as writer:
                chunk = stream.read(CHUNK_BYTES)
                while True:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled("import cancelled")
                    if hashing is not None:
                        hashing.result()
                    hashing = hasher.submit(digest.update, chunk)
                    following = stream.read(CHUNK_BYTES)
                    last = not following
                    pending.append((file_id, count, cipher.seal(count, chunk, last)))
                    size += len(chunk)
                    count += 1
                    if last or len(pending) >= BATCH_CHUNKS:
                        if writing is not None:
                            writing.result()
                        if inline:
                            self._write_chunks(pending)
                        else:
                            writing = writer.submit(self._write_chunks, pending)
                        pending = []
                        if progress is not None:
                            progress(size)
                    if last:
                        break
                    chunk = following
                hashing.result()
                if writing is not None:
                    writing.result()
        except BaseException:
            self._drop_chunks(file_id)
            raise
        return StagedFile(FileRef(file_id, size, digest.hexdigest()), salt, count)

    def add_bytes(self, data: bytes) -> FileRef:
        """Store a small file held in memory (a thumbnail) in one transaction."""
        with self._transaction() as tx:
            file_id = _free_file_id(tx)
            salt = os.urandom(16)
            cipher = self._file_cipher(file_id, salt)
            view = memoryview(data)
            pieces = [view[i:i + CHUNK_BYTES] for i in range(0, len(view), CHUNK_BYTES)] or [view]
            rows = [(file_id, n, cipher.seal(n, bytes(piece), n == len(pieces) - 1))
                    for n, piece in enumerate(pieces)]
            ref = FileRef(file_id, len(data), hashlib.sha256(data).hexdigest())
            meta = {"size": ref.size, "sha256": ref.sha256, "salt": salt.hex(),
                    "chunks": len(rows)}
            tx.executemany("INSERT INTO chunks VALUES (?, ?, ?)", rows)
            tx.execute("INSERT INTO files VALUES (?, ?)",
                       (file_id, codec.seal_record(self._files_key, file_id, "file", meta)))
        return ref

    def read_bytes(self, file_id: int, limit: int = 256 * 1024 * 1024) -> bytes:
        """The whole original in memory; ValueError if it is larger than `limit`."""
        if self.file_info(file_id).size > limit:
            raise ValueError("file too large to hold in memory")
        with self.open_file(file_id) as stream:
            return stream.read()

    def _write_chunks(self, rows: list[tuple[int, int, bytes]]) -> None:
        with self._transaction() as tx:
            tx.executemany("INSERT INTO chunks VALUES (?, ?, ?)", rows)

    def _drop_chunks(self, file_id: int) -> None:
        with contextlib.suppress(sqlite3.Error, VaultError), self._transaction() as tx:
            tx.execute("DELETE FROM chunks WHERE file_id=?", (file_id,))

    def _collect_orphans(self) -> None:
        """Chunks of an import that crashed before its file row was written."""
        with contextlib.suppress(sqlite3.Error, VaultError), self._transaction() as tx:
            tx.execute("DELETE FROM chunks WHERE file_id NOT IN (SELECT id FROM files)")

    def _file_meta(self, file_id: int) -> dict[str, Any]:
        with self._lock:
            row = self._db().execute("SELECT blob FROM files WHERE id=?", (file_id,)).fetchone()
        if row is None:
            raise KeyError(file_id)
        try:
            _, meta = codec.open_record(self._files_key, file_id, row[0])
        except codec.Unreadable as exc:
            raise FileDamaged(file_id, "metadata") from exc
        return meta

    def file_info(self, file_id: int) -> FileRef:
        meta = self._file_meta(file_id)
        return FileRef(file_id, meta["size"], meta["sha256"])

    def list_files(self) -> list[FileRef]:
        with self._lock:
            ids = [r[0] for r in self._db().execute("SELECT id FROM files")]
        refs = []
        for file_id in ids:
            try:
                refs.append(self.file_info(file_id))
            except FileDamaged:
                continue
        return refs

    def open_file(self, file_id: int) -> io.BufferedReader:
        """A readable stream of the original bytes, decrypted chunk by chunk.

        Raises FileDamaged (on open or while reading) if any chunk was altered.
        """
        meta = self._file_meta(file_id)
        with self._lock:
            stored = self._db().execute(
                "SELECT count(*) FROM chunks WHERE file_id=?", (file_id,)
            ).fetchone()[0]
        if stored != meta["chunks"]:
            raise FileDamaged(file_id, "chunks missing or added")
        cipher = self._file_cipher(file_id, bytes.fromhex(meta["salt"]))
        return io.BufferedReader(_ChunkReader(self, file_id, cipher, meta["chunks"]), CHUNK_BYTES)

    def _chunk(self, file_id: int, n: int) -> bytes:
        with self._lock:
            row = self._db().execute(
                "SELECT blob FROM chunks WHERE file_id=? AND n=?", (file_id, n)
            ).fetchone()
        if row is None:
            raise FileDamaged(file_id, f"chunk {n} missing")
        return row[0]

    def delete_file(self, file_id: int) -> None:
        with self._transaction() as tx:
            if tx.execute("DELETE FROM files WHERE id=?", (file_id,)).rowcount == 0:
                raise KeyError(file_id)
            tx.execute("DELETE FROM chunks WHERE file_id=?", (file_id,))

    # -- secrets ---------------------------------------------------------------

    def verify_pin(self, pin: str) -> bool:
        """Whether `pin` opens this vault's PIN slot (runs the KDF: call off the GUI thread)."""
        if not is_pin(pin):
            return False
        pepper = None
        if self.device_bound and self._device is not None:
            pepper = self._device.load(account_for(self._salt))
        with self._lock:
            blob = self._db().execute(
                "SELECT blob FROM slots WHERE n=?", (self._meta["pin_slot"],)
            ).fetchone()[0]
        header = _header_bytes(self._params, self._salt)
        wrap_key = derive(pin.encode(), self._salt, self._params, pepper)
        try:
            codec.unseal(wrap_key, blob, _slot_aad(header, self._meta["pin_slot"]))
        except codec.Unreadable:
            return False
        return True

    def change_pin(self, new_pin: str, *, bind_device: bool | None = None) -> None:
        """Re-wrap the vault key under a new PIN (runs the KDF: call off the GUI thread).

        The old slot is overwritten in place; secure_delete zeroes freed space and
        the rollback journal, which briefly holds the old page, is truncated at
        commit, so no copy of the old slot stays in any file.
        """
        if not is_pin(new_pin):
            raise ValueError("a PIN is 6 to 16 digits")
        bind = self.device_bound if bind_device is None else bind_device
        account = account_for(self._salt)
        pepper = None
        if bind:
            if self._device is None or not self._device.is_secure():
                raise NoSecureKeyring("no secure keyring on this computer")
            pepper = self._device.load(account) or self._device.create(account)
        header = _header_bytes(self._params, self._salt)
        n = self._meta["pin_slot"]
        slot = _wrap(derive(new_pin.encode(), self._salt, self._params, pepper),
                     self._vault_key, header, n)
        meta = dict(self._meta, device_bound=bind)
        with self._transaction() as tx:
            tx.execute("UPDATE slots SET blob=? WHERE n=?", (slot, n))
            slots = [r[0] for r in tx.execute("SELECT blob FROM slots ORDER BY n")]
            tx.execute(
                "UPDATE header SET sealed=?, checksum=? WHERE id=0",
                (_seal_meta(self._vault_key, meta), _checksum(header, slots)),
            )
        self._meta = meta
        if not bind and self._device is not None:
            self._device.delete(account)


    # -- copies ----------------------------------------------------------------

    def snapshot(
        self,
        target: str | os.PathLike[str],
        *,
        keep_pin: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: CancelFn | None = None,
    ) -> int:
        """A consistent copy of this vault at `target` (a new file), without its PIN slot.

        SQLite's online backup API copies the pages in steps through this vault's own
        connection, so a write made between two steps is carried into the copy and the
        copy never holds a half-written state; the lock is let go between steps, so
        other work on the vault waits at most one step. In the copy the PIN slot is
        replaced by random bytes (or, with `keep_pin`, wrapped under that PIN alone,
        without the device secret) and the device binding is off, so neither a forced
        PIN nor this computer's keyring opens it. `progress(done, total)` counts pages.
        Returns the vault's format. Raises ImportCancelled, StorageFull, VaultError.
        """
        path = Path(target)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        copy = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            # A scratch copy, deleted after use: no journal, no fsync (measured: the
            # snapshot of a 274 MB vault took 1.05 s with them, as long as cp + sync).
            copy.execute("PRAGMA journal_mode=OFF")
            copy.execute("PRAGMA synchronous=OFF")
            lock = self._lock

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)
                lock.release()  # let the GUI thread in between two steps
                lock.acquire()
                if self._conn is None:
                    raise VaultError("the vault is closed")
                if cancelled is not None and cancelled():
                    raise ImportCancelled("copy cancelled")

            with lock:
                self._db().backup(copy, pages=SNAPSHOT_PAGES, progress=step)
                vault_key, meta = self._vault_key, dict(self._meta)
            copy.close()
            copy = _connect(path)
            header = _header_bytes(self._params, self._salt)
            n = meta["pin_slot"]
            if keep_pin is not None:
                if not is_pin(keep_pin):
                    raise ValueError("a PIN is 6 to 16 digits")
                slot = _wrap(derive(keep_pin.encode(), self._salt, self._params), vault_key,
                             header, n)
            else:
                slot = os.urandom(SLOT_BYTES)
            meta["device_bound"] = False
            copy.execute("BEGIN IMMEDIATE")
            copy.execute("UPDATE slots SET blob=? WHERE n=?", (slot, n))
            slots = [r[0] for r in copy.execute("SELECT blob FROM slots ORDER BY n")]
            copy.execute("UPDATE header SET sealed=?, checksum=? WHERE id=0",
                         (_seal_meta(vault_key, meta), _checksum(header, slots)))
            copy.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(Exception):
                copy.close()
            for suffix in ("", "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(str(path) + suffix)
            if isinstance(exc, sqlite3.Error) and _is_full(exc):
                raise StorageFull("the disk is full") from exc
            raise
        copy.close()
        with contextlib.suppress(OSError):
            os.unlink(str(path) + "-journal")  # TRUNCATE mode leaves it empty
        return FORMAT

    def authenticate_copy(
        self,
        target: str | os.PathLike[str],
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> tuple[int, int]:
        """Decrypt every record, file and chunk of a copy made by `snapshot` with this
        vault's keys; returns (items that authenticate, items that do not). Streams:
        one chunk in memory at a time. `progress` gets the chunk bytes checked."""
        conn = _connect(Path(target))
        good = bad = done = 0
        try:
            for row_id, blob in conn.execute("SELECT id, blob FROM records"):
                try:
                    codec.open_record(self._record_key, row_id, blob)
                    good += 1
                except codec.Unreadable:
                    bad += 1
            files = conn.execute("SELECT id, blob FROM files").fetchall()
            for file_id, blob in files:
                try:
                    _, meta = codec.open_record(self._files_key, file_id, blob)
                except codec.Unreadable:
                    bad += 1
                    continue
                cipher = self._file_cipher(file_id, bytes.fromhex(meta["salt"]))
                count = meta["chunks"]
                seen = 0
                for n, chunk in conn.execute(
                        "SELECT n, blob FROM chunks WHERE file_id=? ORDER BY n", (file_id,)):
                    if cancelled is not None and cancelled():
                        raise ImportCancelled("check cancelled")
                    try:
                        if n != seen:
                            raise codec.Unreadable("chunk order")
                        cipher.open(n, chunk, last=n == count - 1)
                        good += 1
                    except codec.Unreadable:
                        bad += 1
                    seen += 1
                    done += len(chunk)
                    if progress is not None:
                        progress(done)
                if seen != count:
                    bad += 1
                else:
                    good += 1
        except sqlite3.DatabaseError as exc:
            raise VaultFormatError("not a vault") from exc
        finally:
            conn.close()
        return good, bad


class _ChunkReader(io.RawIOBase):
    def __init__(self, vault: Vault, file_id: int, cipher: codec.ChunkCipher, count: int) -> None:
        super().__init__()
        self._vault = vault
        self._file_id = file_id
        self._cipher = cipher
        self._count = count
        self._next = 0
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            if self._next >= self._count:
                return 0
            n = self._next
            blob = self._vault._chunk(self._file_id, n)
            try:
                plain = self._cipher.open(n, blob, last=n == self._count - 1)
            except codec.Unreadable as exc:
                raise FileDamaged(self._file_id, f"chunk {n}") from exc
            self._buffer = memoryview(plain)
            self._next += 1
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size
