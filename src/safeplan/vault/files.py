"""Stored files: streamed in equal pieces, padded, hashed in the same pass.

A file is one sealed description in table `c` (size, SHA-256, salt, number
of pieces, padded length) and its content in table `d`, cut in pieces of
CHUNK_BYTES and sealed as in age's STREAM construction (codec.ChunkCipher):
reordering, dropping, duplicating, truncating and splicing all fail.

Sizes are hidden: the content is followed by zeros up to its Padmé size
class (at least MIN_BUCKET) before it is cut, so every piece is full but the
last, and the stored lengths are a function of the class alone. Summing the
pieces of a file tells its class, never its size (Padmé: at most ~12 %
overhead, 1.5 % at 4 GiB). Kinds are hidden by the caller: the evidence
store keeps the same number of files for every item (see evidence.py).

Files written by format 1 (unpadded) are re-written padded at the first
unlock after the migration, one file per transaction (`_pad_legacy_files`).

Key generations: a PIN change gives the vault a new key (store.Vault.change_pin)
and seals every description again under the new files key, but leaves the pieces
(gigabytes) as they are. So a description says under which generation's files key
its pieces are (field "g", absent: 0, the vault's first key), and the key store
keeps the older vault keys for that (sealed under the newest key only).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, BinaryIO

from . import codec, notes
from .errors import FileDamaged, ImportCancelled, VaultError
from .records import random_id

CHUNK_BYTES = 512 * 1024
BATCH_CHUNKS = 8
MIN_BUCKET = 4096

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
    """A file whose pieces are stored but which is not kept yet (see `Vault.stage_file`).

    `stored_as` is where its pieces wait when that is not `ref.id` (a re-write
    of an existing file, swapped in by `keep_file`); `gen` is the key generation
    its pieces were sealed under (a PIN change may come before it is kept)."""

    ref: FileRef
    salt: bytes
    chunks: int
    stored_as: int = 0
    gen: int = 0

    @property
    def pieces_id(self) -> int:
        return self.stored_as or self.ref.id


def padded_size(size: int) -> int:
    """The stored length of `size` bytes of content: its Padmé class."""
    return max(MIN_BUCKET, codec.padme(size))


def _free_file_id(conn: sqlite3.Connection) -> int:
    """A random id used by no file and no stray piece (call with the lock held)."""
    while True:
        file_id = random_id()
        taken = conn.execute(
            "SELECT 1 FROM c WHERE k=? UNION SELECT 1 FROM d WHERE k=?", (file_id, file_id)
        ).fetchone()
        if taken is None:
            return file_id



def file_cipher(files_key: bytes, file_id: int, salt: bytes) -> codec.ChunkCipher:
    """The cipher of one stored file's pieces: its own key, from the files' key by HKDF."""
    info = b"file" + file_id.to_bytes(8, "big")
    return codec.ChunkCipher(codec.subkey(files_key, info, salt=salt))

class Files:
    """The file half of `Vault` (mixed in; the vault provides the attributes below).

    Attributes:
        _lock: serialises database work.
        _files_key: the key under which file descriptions are sealed (the newest).
        _generation: the newest key generation (new pieces are sealed under it).
        _piece_keys: the files key of every generation, by generation: pieces'
            own keys are derived from the one their description names.
    """

    _lock: threading.RLock
    _files_key: bytes
    _identity: bytes  # for a failure note (notes.py)
    _generation: int
    _piece_keys: dict[int, bytes]
    _owner: int | None

    def _db(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _file_cipher(self, file_id: int, salt: bytes, gen: int | None = None
                     ) -> codec.ChunkCipher:
        """The cipher of a file's pieces under generation `gen` (default: the newest)."""
        key = self._piece_keys.get(self._generation if gen is None else gen)
        if key is None:
            raise FileDamaged(file_id, "no key of its generation")
        return file_cipher(key, file_id, salt)

    # -- writing ---------------------------------------------------------------

    def add_file(
        self,
        source: str | os.PathLike[str] | BinaryIO,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> FileRef:
        """Stream a file into the vault, hashing it in the same pass.

        Never holds more than a few pieces in memory. `progress` gets the bytes
        done so far; when `cancelled()` turns true the import stops with
        ImportCancelled. On any failure nothing of the file stays stored.
        """
        staged = self.stage_file(source, progress=progress, cancelled=cancelled)
        try:
            return self.keep_file(staged)
        except BaseException:
            self.discard_file(staged)
            raise

    def add_bytes(self, data: bytes) -> FileRef:
        """Store a small file held in memory (a thumbnail); padded like any other."""
        return self.add_file(io.BytesIO(data))

    def stage_file(
        self,
        source: str | os.PathLike[str] | BinaryIO,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> StagedFile:
        """Stream a file's pieces into the vault without making it a file yet.

        `keep_file` (inside the batch that records it) makes it one; until then
        its pieces are orphans, dropped by `discard_file` or at the next unlock,
        so a crash in between leaves nothing. Call it outside any batch: it
        commits a few pieces at a time and lets other threads in between.
        """
        if isinstance(source, (str, os.PathLike)):
            with open(source, "rb") as stream:
                return self._stage_stream(stream, progress, cancelled)
        return self._stage_stream(source, progress, cancelled)

    def keep_file(self, staged: StagedFile) -> FileRef:
        """Make a staged file a stored one (joins the open batch, if any)."""
        meta = {"size": staged.ref.size, "sha256": staged.ref.sha256,
                "salt": staged.salt.hex(), "chunks": staged.chunks,
                "padded": padded_size(staged.ref.size)}
        if staged.gen:
            meta["g"] = staged.gen
        file_id = staged.ref.id
        with self._transaction() as tx:  # the key under the lock: a PIN change swaps it
            blob = codec.seal_record(self._files_key, file_id, "file", meta)
            if staged.pieces_id == file_id:
                tx.execute("INSERT INTO c VALUES (?, ?)", (file_id, blob))
            else:
                tx.execute("DELETE FROM d WHERE k=?", (file_id,))
                tx.execute("UPDATE d SET k=? WHERE k=?", (file_id, staged.pieces_id))
                if tx.execute("UPDATE c SET v=? WHERE k=?", (blob, file_id)).rowcount != 1:
                    raise KeyError(file_id)
        return staged.ref

    def discard_file(self, staged: StagedFile) -> None:
        """Drop a staged file's pieces (never a kept file's)."""
        self._drop_chunks(staged.pieces_id)

    def _pieces(self, stream: BinaryIO, hashed: Callable[[bytes], None],
                cancelled: CancelFn | None) -> Iterator[tuple[bytes, bool, int]]:
        """(plaintext piece, is last, content bytes read so far): the content, then
        zeros up to its Padmé class, in pieces of CHUNK_BYTES (the last may be shorter).
        One full piece is held back until more follows, since only then is it not last."""
        buffer = bytearray()
        size = 0
        while True:
            if cancelled is not None and cancelled():
                raise ImportCancelled("import cancelled")
            data = stream.read(CHUNK_BYTES)
            if not data:
                break
            hashed(data)
            size += len(data)
            buffer += data
            while len(buffer) > CHUNK_BYTES:
                yield bytes(buffer[:CHUNK_BYTES]), False, size
                del buffer[:CHUNK_BYTES]
        padding = padded_size(size) - size
        while padding:
            take = min(padding, 2 * CHUNK_BYTES - len(buffer))
            buffer += bytes(take)
            padding -= take
            while len(buffer) > CHUNK_BYTES:
                yield bytes(buffer[:CHUNK_BYTES]), False, size
                del buffer[:CHUNK_BYTES]
        yield bytes(buffer), True, size

    def _stage_stream(self, stream: BinaryIO, progress: ProgressFn | None,
                      cancelled: CancelFn | None, replaces: int | None = None) -> StagedFile:
        """Store the pieces of `stream` as a new file, or (with `replaces`) as the new
        content of an existing file id, waiting under a scratch id until kept."""
        salt = os.urandom(16)
        with self._lock:
            file_id = replaces if replaces is not None else _free_file_id(self._db())
            pieces_id = _free_file_id(self._db()) if replaces is not None else file_id
            gen = self._generation
            cipher = self._file_cipher(file_id, salt, gen)
        # Inside this thread's own batch a writer thread would wait for the lock
        # the batch holds: write in this thread instead.
        inline = self._owner == threading.get_ident()
        digest = hashlib.sha256()
        count = 0
        size = 0
        pending: list[tuple[int, int, bytes]] = []
        # Three stages overlap on two cores: this thread reads and encrypts, one
        # worker hashes the original bytes, another commits the previous batch.
        # AES-GCM, hashlib and sqlite3 all release the GIL while they work.
        hashing: Future[None] | None = None
        writing: Future[None] | None = None
        try:
            with ThreadPoolExecutor(1) as hasher, ThreadPoolExecutor(1) as writer:
                def hashed(data: bytes) -> None:
                    nonlocal hashing
                    if hashing is not None:
                        hashing.result()
                    hashing = hasher.submit(digest.update, data)

                for piece, last, size in self._pieces(stream, hashed, cancelled):
                    pending.append((pieces_id, count, cipher.seal(count, piece, last)))
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
                if hashing is not None:
                    hashing.result()
                if writing is not None:
                    writing.result()
        except BaseException:
            self._drop_chunks(pieces_id)
            raise
        ref = FileRef(file_id, size, digest.hexdigest())
        return StagedFile(ref, salt, count, pieces_id if replaces is not None else 0, gen)

    def _write_chunks(self, rows: list[tuple[int, int, bytes]]) -> None:
        with self._transaction() as tx:
            tx.executemany("INSERT INTO d VALUES (?, ?, ?)", rows)

    def _drop_chunks(self, store_id: int) -> None:
        with contextlib.suppress(sqlite3.Error, VaultError), self._transaction() as tx:
            if tx.execute("SELECT 1 FROM c WHERE k=?", (store_id,)).fetchone() is None:
                tx.execute("DELETE FROM d WHERE k=?", (store_id,))

    def _collect_orphans(self) -> None:
        """Pieces no stored file describes: an import (or a re-write) that crashed before
        it was committed, or a file's description deleted outside the app. Without the
        description (its salt) they can never be opened, so they go, but never silently:
        a failure note in the same transaction tells her at this opening (notes.py)."""
        with contextlib.suppress(sqlite3.Error, VaultError), self._transaction() as tx:
            if tx.execute("DELETE FROM d WHERE k NOT IN (SELECT k FROM c)").rowcount:
                notes.put(tx, self._identity, "loose")

    def file_ids(self) -> set[int]:
        """The id of every stored file (nothing decrypted)."""
        with self._lock:
            return {row[0] for row in self._db().execute("SELECT k FROM c")}

    def _pad_legacy_files(self) -> None:
        """Re-write every unpadded file (format 1) padded, under the same id.

        One file per transaction, so an interrupted pass resumes at the next
        unlock; a file that fails its SHA-256 check is left as it is (it is
        damaged and still reported as such when read)."""
        with self._lock:
            ids = [r[0] for r in self._db().execute("SELECT k FROM c")]
        for file_id in ids:
            try:
                meta = self._file_meta(file_id)
                if "padded" in meta:
                    continue
                with self.open_file(file_id) as stream:
                    staged = self._stage_stream(_Checked(stream, meta["sha256"]), None, None,
                                                replaces=file_id)
            except (FileDamaged, KeyError, _Mismatch):
                continue
            try:
                self.keep_file(staged)
            except BaseException:
                self.discard_file(staged)
                raise

    # -- reading ---------------------------------------------------------------

    def read_bytes(self, file_id: int, limit: int = 256 * 1024 * 1024) -> bytes:
        """The whole original in memory; ValueError if it is larger than `limit`."""
        if self.file_info(file_id).size > limit:
            raise ValueError("file too large to hold in memory")
        with self.open_file(file_id) as stream:
            return stream.read()

    def _file_meta(self, file_id: int) -> dict[str, Any]:
        with self._lock:
            row = self._db().execute("SELECT v FROM c WHERE k=?", (file_id,)).fetchone()
            key = self._files_key  # with the row: a PIN change swaps both
        if row is None:
            raise KeyError(file_id)
        try:
            _, meta = codec.open_record(key, file_id, row[0])
        except codec.Unreadable as exc:
            raise FileDamaged(file_id, "metadata") from exc
        return meta

    def file_info(self, file_id: int) -> FileRef:
        meta = self._file_meta(file_id)
        return FileRef(file_id, meta["size"], meta["sha256"])

    def list_files(self) -> list[FileRef]:
        with self._lock:
            ids = [r[0] for r in self._db().execute("SELECT k FROM c")]
        refs = []
        for file_id in ids:
            try:
                refs.append(self.file_info(file_id))
            except FileDamaged:
                continue
        return refs

    def open_file(self, file_id: int) -> io.BufferedReader:
        """A readable stream of the original bytes, decrypted piece by piece.

        Raises FileDamaged (on open or while reading) if any piece was altered.
        """
        meta = self._file_meta(file_id)
        with self._lock:
            stored = self._db().execute("SELECT count(*) FROM d WHERE k=?",
                                        (file_id,)).fetchone()[0]
        if stored != meta["chunks"]:
            raise FileDamaged(file_id, "chunks missing or added")
        cipher = self._file_cipher(file_id, bytes.fromhex(meta["salt"]), int(meta.get("g", 0)))
        reader = _ChunkReader(self, file_id, cipher, meta["chunks"], meta["size"],
                              str(meta.get("sha256", "")))
        return io.BufferedReader(reader, CHUNK_BYTES)

    def _chunk(self, file_id: int, n: int) -> bytes:
        with self._lock:
            try:
                row = self._db().execute("SELECT v FROM d WHERE k=? AND n=?",
                                         (file_id, n)).fetchone()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):
                    raise
                # Its pages are zeros or gone (the unlock's check sees the tables'
                # pages, not every piece's): this file is damaged, the rest opens.
                raise FileDamaged(file_id, f"chunk {n} unreadable") from exc
        if row is None:
            raise FileDamaged(file_id, f"chunk {n} missing")
        return row[0]

    def delete_file(self, file_id: int) -> None:
        with self._transaction() as tx:
            if tx.execute("DELETE FROM c WHERE k=?", (file_id,)).rowcount == 0:
                raise KeyError(file_id)
            tx.execute("DELETE FROM d WHERE k=?", (file_id,))


class _Mismatch(Exception):
    pass


class _Checked(io.RawIOBase):
    """Passes a stream through and, at its end, refuses a SHA-256 other than expected."""

    def __init__(self, stream: BinaryIO, sha256: str) -> None:
        super().__init__()
        self._stream = stream
        self._digest = hashlib.sha256()
        self._expected = sha256

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._digest.update(data)
        if not data and self._digest.hexdigest() != self._expected:
            raise _Mismatch()
        return data


class _ChunkReader(io.RawIOBase):
    """The content of one file; the padding after it is checked, never returned.

    Read to its end, the content must have the SHA-256 in the file's description, or
    the end is FileDamaged instead. Why, beyond the pieces' own AES-GCM: a PIN change
    leaves pieces under the older key (see the module's docstring), which his copy of
    the folder and the PIN he forced give him, with each old file's id and salt; he
    can seal pieces of his own for a file stored before the change, and they
    authenticate. The description, sealed again under the new key, he cannot change
    (attack3/forge_old_pieces.py)."""

    def __init__(self, files: Files, file_id: int, cipher: codec.ChunkCipher, count: int,
                 size: int, sha256: str | None = None) -> None:
        super().__init__()
        # None: no check (tests of the pieces' own checks), or once the end was checked.
        self._digest: Any = hashlib.sha256() if sha256 is not None else None
        self._expected = sha256
        self._files = files
        self._file_id = file_id
        self._cipher = cipher
        self._count = count
        self._left = size
        self._next = 0
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def _open(self, n: int) -> bytes:
        blob = self._files._chunk(self._file_id, n)
        try:
            return self._cipher.open(n, blob, last=n == self._count - 1)
        except codec.Unreadable as exc:
            raise FileDamaged(self._file_id, f"chunk {n}") from exc

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            if self._left <= 0 or self._next >= self._count:
                if self._next < self._count:
                    # Content ended before the last piece: the last one must still
                    # authenticate, so a truncated or swapped tail is noticed.
                    self._open(self._count - 1)
                    self._next = self._count
                elif self._left > 0:
                    raise FileDamaged(self._file_id, "content shorter than recorded")
                if self._digest is not None:
                    if self._digest.hexdigest() != self._expected:
                        raise FileDamaged(self._file_id, "content differs from its SHA-256")
                    self._digest = None  # checked once; later reads are plain EOF
                return 0
            plain = self._open(self._next)
            self._next += 1
            self._buffer = memoryview(plain)[:self._left]
            self._left -= len(self._buffer)
            if self._digest is not None:
                self._digest.update(self._buffer)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size
