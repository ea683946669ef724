"""Backup files: a whole vault in one file that looks like random bytes from byte 0.

No Qt. Layout (every byte looks random; only the file's size is visible):

    salt            16  random
    masked block    32  format, the two slots' Argon2id parameters and the ephemeral
                        point's parity, XORed with SHA-256(salt): not secret, only
                        not recognisable (no magic number, no readable header)
    ephemeral x     32  x coordinate of a one-time P-256 key
    recovery slot   60  AES-GCM(backup key) under HKDF(ECDH(ephemeral, recipient))
    PIN slot        60  AES-GCM(backup key) under Argon2id(PIN, salt), or random bytes
    chunks          ... the age STREAM construction (vault/codec.ChunkCipher) over
                        an inner header (vault format, size, time) and the snapshot

The recovery slot is made without the recovery code: the vault keeps only the
*public* half of a P-256 key derived from the code (Argon2id, a fixed salt: the
code has 80 bits of entropy, so a salt adds nothing, and a per-vault salt would
have to sit in every backup, linking them). So a backup is made any time without
the code, and a PIN he forced out of her (or the open vault itself) does not
open a backup: only the code does, or a PIN she chose to add to that file.
Both slots are always present and every attempt costs one KDF, so a file does
not say whether it has a PIN slot.

A backup is written to a hidden temporary name beside the destination (named
like a calculator's scratch file) from one consistent version of the vault file
(vault/copies.py, or a snapshot when she saves something meanwhile); every
record and file chunk of that version is authenticated with the open vault's
keys; the file is fsynced once, read back from the medium with every chunk
authenticated and its GCM tags compared with those written (no second hash of
the whole file: a chunk that authenticates under this backup's one-time key at
its position is the chunk sealed there), and only then renamed over the
destination. Memory stays flat: a step of 4 MiB at a time in each thread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..paths import DB_NAME
from ..pins import is_pin, is_recovery_code
from . import codec, store
from .copies import PAGE_STEP, NoPageCopy, PageCopy
from .device import DeviceKeyring
from .errors import ImportCancelled, StorageFull, VaultError, VaultFormatError
from .kdf import KdfParams, KdfPolicy, derive

FORMAT = 1
SALT_BYTES = 16
MASKED_BYTES = 32
POINT_BYTES = 32
SLOT_BYTES = codec.NONCE_BYTES + 32 + codec.TAG_BYTES
HEADER_BYTES = SALT_BYTES + MASKED_BYTES + POINT_BYTES + 2 * SLOT_BYTES
INNER_BYTES = 512
CHUNK_BYTES = 1024 * 1024
WRITE_OUT_BYTES = 16 * 1024 * 1024  # written, then handed to the disk while sealing goes on
SEALED_CHUNK = CHUNK_BYTES + codec.TAG_BYTES
# Fixed: see the module's docstring.
RECOVERY_SALT = hashlib.sha256(b"calculator memory register").digest()[:16]
_P256_ORDER = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
_SCRATCH = re.compile(r"^\.calc-[0-9a-f]{16}\.tmp$")

Progress = Callable[[int], None]  # percent
Cancelled = Callable[[], bool]


class BackupError(VaultError):
    """Base of what can go wrong with a backup file; each subclass is one message."""


class NotABackup(BackupError):
    """The file was not made by this app (or is far too short to be a backup)."""


class BackupTooNew(BackupError):
    """Made by a newer version of the app; this one cannot read it."""


class WrongSecret(BackupError):
    """Neither slot opens with what was typed."""


class BackupTruncated(BackupError):
    """The file ends early: it was cut off while being copied or written."""


class BackupDamaged(BackupError):
    """A byte of the file was changed: a chunk fails authentication."""


class BackupCancelled(BackupError, ImportCancelled):
    """She cancelled; nothing was left behind."""


class DestinationFull(BackupError, StorageFull):
    """No room left where the backup is being written."""


class DestinationReadOnly(BackupError):
    """The chosen place cannot be written (a locked stick, a read-only folder)."""


class DestinationGone(BackupError):
    """The place disappeared while writing (a stick pulled out)."""


class BackupUnreadable(BackupError):
    """The backup was written but did not read back the same: never trust it."""


# -- the recovery code's public half ----------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """The public key that recovery slots are made for; kept in the vault."""

    public: bytes  # X9.62 compressed point
    params: KdfParams

    def to_data(self) -> dict[str, Any]:
        p = self.params
        return {"public": self.public.hex(), "params": [p.memory_kib, p.iterations, p.lanes]}

    @classmethod
    def from_data(cls, data: Any) -> Recipient | None:
        try:
            memory, iterations, lanes = data["params"]
            return cls(bytes.fromhex(data["public"]), KdfParams(memory, iterations, lanes))
        except (KeyError, TypeError, ValueError):
            return None


def recovery_params(policy: KdfPolicy) -> KdfParams:
    """The recovery key's cost: the policy's memory, three passes (the code's own
    80 bits carry the strength; this only slows a stolen code's use a little)."""
    return KdfParams(policy.memory_kib, 3, policy.lanes)


def _recovery_key(code: str, params: KdfParams) -> ec.EllipticCurvePrivateKey:
    seed = derive(code.encode(), RECOVERY_SALT, params)
    wide = HKDF(hashes.SHA256(), 48, salt=None, info=b"p256 scalar").derive(seed)
    scalar = int.from_bytes(wide, "big") % (_P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def recipient_for(code: str, params: KdfParams) -> Recipient:
    """Runs the KDF: call off the GUI thread."""
    if not is_recovery_code(code):
        raise ValueError("a recovery code is 24 digits")
    public = _recovery_key(code, params).public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint)
    return Recipient(public, params)


# -- the header ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    salt: bytes
    fmt: int
    recovery: KdfParams
    pin: KdfParams
    point: bytes  # compressed ephemeral point
    slots: tuple[bytes, bytes]

    @property
    def plain_block(self) -> bytes:
        r, p = self.recovery, self.pin
        return struct.pack(">8I", self.fmt, r.memory_kib, r.iterations, r.lanes,
                           p.memory_kib, p.iterations, p.lanes, self.point[0] & 1)

    def aad(self, slot: int) -> bytes:
        return b"slot" + bytes([slot]) + self.salt + self.plain_block + self.point

    def to_bytes(self) -> bytes:
        masked = bytes(a ^ b for a, b in zip(self.plain_block, _mask(self.salt), strict=True))
        return self.salt + masked + self.point[1:] + self.slots[0] + self.slots[1]


def _mask(salt: bytes) -> bytes:
    return hashlib.sha256(b"calculator tape" + salt).digest()


def _parse_header(raw: bytes, policy: KdfPolicy) -> _Header:
    salt = raw[:SALT_BYTES]
    block = bytes(a ^ b for a, b in zip(raw[SALT_BYTES:SALT_BYTES + MASKED_BYTES],
                                         _mask(salt), strict=True))
    fmt, rm, ri, rl, pm, pi, pl, parity = struct.unpack(">8I", block)
    if fmt == 0 or parity > 1:
        raise NotABackup("no backup header")
    if FORMAT < fmt < 1 << 16:
        raise BackupTooNew(f"backup format {fmt}")
    if fmt > FORMAT:
        raise NotABackup("no backup header")
    recovery, pin = KdfParams(rm, ri, rl), KdfParams(pm, pi, pl)
    try:
        policy.check(recovery)
        policy.check(pin)
    except VaultFormatError as exc:
        raise NotABackup("parameters out of bounds") from exc
    start = SALT_BYTES + MASKED_BYTES
    point = bytes([2 + parity]) + raw[start:start + POINT_BYTES]
    start += POINT_BYTES
    slots = (raw[start:start + SLOT_BYTES], raw[start + SLOT_BYTES:start + 2 * SLOT_BYTES])
    return _Header(salt, fmt, recovery, pin, point, slots)


def _slot_key(shared: bytes, header: _Header, recipient_public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=header.salt,
                info=b"recovery slot" + header.point + recipient_public).derive(shared)


def _stream_key(backup_key: bytes, salt: bytes) -> bytes:
    return codec.subkey(backup_key, b"backup stream", salt=salt)


def sealed_size(snapshot: int) -> int:
    """The backup file's size for a snapshot of `snapshot` bytes."""
    chunks = max(1, -(-snapshot // CHUNK_BYTES))
    return HEADER_BYTES + INNER_BYTES + snapshot + (1 + chunks) * codec.TAG_BYTES


# -- scratch files --------------------------------------------------------------------


def scratch_name(folder: Path) -> Path:
    """A hidden, neutrally named temporary file in `folder`."""
    return folder / f".calc-{secrets.token_hex(8)}.tmp"


def remove_leftovers(folder: Path) -> int:
    """Delete scratch files an interrupted backup or restore left in `folder`."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _SCRATCH.match(entry.name):
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)
                    removed += 1
    return removed


def _destination_error(exc: OSError) -> BackupError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DestinationFull(str(exc.strerror))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DestinationReadOnly(str(exc.strerror))
    return DestinationGone(str(exc.strerror))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _open_destination(path: Path) -> BinaryIO:
    """Exclusive create, so a leftover or someone else's file is never reused."""
    return open(path, "xb")


# -- making a backup ----------------------------------------------------------------


@dataclass(frozen=True)
class BackupMade:
    """What a finished backup holds: where, how big, what was checked, and how.

    `route` is "pages" when the vault file was streamed straight into the backup,
    "snapshot" when she saved something meanwhile and a snapshot was made instead.
    `seconds` gives the time of each pass, for bench/backup.py.
    """

    path: Path
    size: int
    checked: int  # records, files and chunks that authenticated in the snapshot
    damaged: int  # ...and those that did not (already damaged in the vault itself)
    route: str = "pages"
    seconds: tuple[tuple[str, float], ...] = ()


class _Progress:
    """Percent over the passes of a route, each given its share; never goes back
    (a page stream abandoned for a snapshot holds the bar until it catches up)."""

    def __init__(self, report: Progress | None, shares: tuple[int, ...]) -> None:
        self._report = report
        self._last = -1
        self._starts = [sum(shares[:n]) for n in range(len(shares))]
        self._shares = shares
        self.last = len(shares) - 1  # the read-back

    def __call__(self, phase: int, done: int, total: int) -> None:
        if self._report is None:
            return
        share = self._shares[phase]
        percent = int(self._starts[phase] + share * min(done, total) / max(total, 1))
        if percent > self._last:
            self._last = percent
            self._report(min(percent, 99))


class _Timer:
    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._at = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps.append((name, now - self._at))
        self._at = now


def write_backup(
    vault: store.Vault,
    destination: str | os.PathLike[str],
    recipient: Recipient,
    *,
    pin: str | None = None,
    policy: KdfPolicy | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    clock: Callable[[], float] = time.time,
) -> BackupMade:
    """Write a backup of the open `vault` to `destination`, then prove it reads back.

    The vault file is streamed, encrypted, into a hidden scratch file beside the
    destination (vault/copies.py: one consistent version, without the PIN slot)
    while a second thread authenticates every record and file chunk of that
    version with the vault's keys; the scratch file is fsynced once, read back
    from the medium with every chunk authenticated and its tags compared with those
    written, and only then renamed over `destination`. If she saves something
    meanwhile, the stream gives way to a snapshot (SQLite's backup API), checked
    the same way.

    `pin`: also let this PIN open the file (her choice, after a warning). A cancel
    or a failure leaves nothing behind, and a previous file at `destination` as it
    was. Raises the BackupError subclasses above, StorageFull for the data folder.
    """
    policy = policy or KdfPolicy()
    target = Path(destination)
    folder = target.parent
    if not folder.is_dir():
        raise DestinationGone("no such folder")
    remove_leftovers(folder)
    remove_leftovers(vault.path.parent)
    stop = cancelled or (lambda: False)
    header, backup_key = _new_header(recipient, pin, policy)
    partial: Path | None = None
    timer = _Timer()
    try:
        try:
            partial = scratch_name(folder)
            bar = _Progress(progress, (60, 40))
            written, checked, damaged, size = _by_pages(
                vault, partial, header, backup_key, pin, clock, bar, stop, timer)
            route = "pages"
        except NoPageCopy:
            with contextlib.suppress(OSError):
                partial.unlink()
            partial = scratch_name(folder)
            bar = _Progress(progress, (15, 20, 30, 35))
            written, checked, damaged, size = _by_snapshot(
                vault, partial, header, backup_key, pin, clock, bar, stop, timer)
            route = "snapshot"
        again: list[bytes] = []
        try:
            for _ in _chunks(partial, header, backup_key, stop, again):
                bar(bar.last, len(again) * CHUNK_BYTES, size)
        except ImportCancelled:
            raise
        except (BackupError, OSError) as exc:
            if not partial.exists():
                raise DestinationGone("the file went away") from exc
            raise BackupUnreadable("the backup does not read back") from exc
        if again != written:
            raise BackupUnreadable("the backup does not read back the same")
        timer.lap("read back from the medium")
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise _destination_error(exc) from exc
        partial = None
        _fsync_dir(folder)
    except ImportCancelled as exc:
        raise BackupCancelled("cancelled") from exc
    finally:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
    if progress is not None:
        progress(100)
    return BackupMade(target, sealed_size(size), checked, damaged, route, tuple(timer.laps))


def _inner(vault_format: int, size: int, clock: Callable[[], float]) -> bytes:
    inner = json.dumps({"vault_format": vault_format, "bytes": size,
                        "made": int(clock())}).encode()
    return inner + bytes(INNER_BYTES - len(inner))  # its own first chunk: read before the rest


def _by_pages(vault: store.Vault, partial: Path, header: _Header, backup_key: bytes,
              pin: str | None, clock: Callable[[], float], bar: _Progress,
              stop: Cancelled, timer: _Timer) -> tuple[list[bytes], int, int, int]:
    """The page stream straight into `partial` while a second thread authenticates the
    same version, then the fsync while that check ends (the GIL is let go in SQLite's
    reads, pread, write and fsync, so the disk and both cores work at once)."""
    with vault.page_copy(keep_pin=pin) as copy, _create(partial) as out:
        size = copy.size
        checker = _Checker(copy, stop)
        checker.start()
        try:
            written = _seal(copy.steps(stop), size, out, header, backup_key,
                            _inner(copy.vault_format, size, clock),
                            lambda d: bar(0, d + checker.done, 2 * size), stop)
            timer.lap("stream + encrypt + write, authenticated meanwhile")
            with _Flush(out):
                while checker.is_alive():
                    checker.join(0.1)
                    bar(0, size + checker.done, 2 * size)
            timer.lap("rest of the check + fsync")
        finally:
            checker.halt()
            checker.join()
        checked, damaged = checker.result()
    return written, checked, damaged, size


class _Checker(threading.Thread):
    """`PageCopy.authenticate` in a thread; `done` is the bytes it checked so far."""

    def __init__(self, copy: PageCopy, cancelled: Cancelled) -> None:
        super().__init__(name="calc-check", daemon=True)
        self.done = 0
        self._copy = copy
        self._cancelled = cancelled
        self._halted = False
        self._error: BaseException | None = None
        self._counts = (0, 0)

    def run(self) -> None:
        try:
            self._counts = self._copy.authenticate(
                progress=self._progress, cancelled=lambda: self._halted or self._cancelled())
        except BaseException as exc:  # handed to the caller's thread by result()
            self._error = exc

    def _progress(self, done: int) -> None:
        self.done = done

    def halt(self) -> None:
        """Stop at the next step (the stream failed: nobody waits for the counts)."""
        self._halted = True

    def result(self) -> tuple[int, int]:
        self.join()
        if self._error is not None:
            raise self._error
        return self._counts


def _by_snapshot(vault: store.Vault, partial: Path, header: _Header, backup_key: bytes,
                 pin: str | None, clock: Callable[[], float], bar: _Progress,
                 stop: Cancelled, timer: _Timer) -> tuple[list[bytes], int, int, int]:
    """A snapshot beside the vault, authenticated, then encrypted into `partial`."""
    snapshot = scratch_name(vault.path.parent)
    try:
        vault_format = vault.snapshot(snapshot, keep_pin=pin,
                                      progress=lambda d, t: bar(0, d, t), cancelled=stop)
        size = snapshot.stat().st_size
        timer.lap("snapshot")
        checked, damaged = vault.authenticate_copy(
            snapshot, progress=lambda d: bar(1, d, size), cancelled=stop)
        timer.lap("authenticate")
        with open(snapshot, "rb") as source, _create(partial) as out:
            steps = iter(lambda: source.read(PAGE_STEP), b"")
            written = _seal(steps, size, out, header, backup_key,
                            _inner(vault_format, size, clock), lambda d: bar(2, d, size),
                            stop)
            with _Flush(out):
                pass
        timer.lap("encrypt + write + fsync")
    finally:
        with contextlib.suppress(OSError):
            snapshot.unlink()
    return written, checked, damaged, size


def _create(partial: Path) -> BinaryIO:
    try:
        return _open_destination(partial)
    except OSError as exc:
        raise _destination_error(exc) from exc


def _seal(steps: Iterable[bytes | bytearray], size: int, out: BinaryIO, header: _Header,
          backup_key: bytes, inner: bytes, progress: Callable[[int], None],
          cancelled: Cancelled) -> list[bytes]:
    """Write the header, the inner header and `size` bytes of `steps` (each a multiple
    of CHUNK_BYTES but the last) sealed as STREAM chunks to `out`, a new file. Returns
    the chunks' GCM tags, to compare on reading back."""
    cipher = codec.ChunkCipher(_stream_key(backup_key, header.salt))
    count = max(1, -(-size // CHUNK_BYTES))
    tags: list[bytes] = []
    try:
        out.write(header.to_bytes())
        sealed = cipher.seal(0, inner, False)
        tags.append(sealed[-codec.TAG_BYTES:])
        out.write(sealed)
        n = done = 0
        flushed = 0
        for step in steps:
            if cancelled():
                raise ImportCancelled("cancelled")
            view = memoryview(step)
            if len(view) % CHUNK_BYTES and done + len(view) != size:
                raise VaultError("a step that is not whole chunks")
            for start in range(0, len(view), CHUNK_BYTES):
                n += 1
                sealed = cipher.seal(n, view[start:start + CHUNK_BYTES], n == count)
                tags.append(sealed[-codec.TAG_BYTES:])
                out.write(sealed)
            done += len(view)
            flushed = _write_out(out, flushed)
            progress(done)
        if done != size or n != count:
            raise VaultError("the copy's size changed")
        out.flush()
    except OSError as exc:
        raise _destination_error(exc) from exc
    return tags


def _write_out(out: BinaryIO, since: int) -> int:
    """Have the kernel start writing what was written since `since` to the medium now,
    without waiting (Linux: fadvise DONTNEED starts writeback of dirty pages), so the
    disk works while the next chunks are sealed and the one fsync at the end has
    little left to do. Returns the new mark."""
    advise = getattr(os, "posix_fadvise", None)
    out.flush()
    end = out.tell()
    if advise is not None and end - since >= WRITE_OUT_BYTES:
        with contextlib.suppress(OSError):
            advise(out.fileno(), since, end - since, os.POSIX_FADV_DONTNEED)
        return end
    return since


class _Flush:
    """fsync (once, for the whole file) in a thread while the block runs; then the
    file's pages are dropped from the cache, so the read-back comes from the medium.
    Leaving the block waits for it and raises what the destination said."""

    def __init__(self, out: BinaryIO) -> None:
        self._fd = out.fileno()
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="calc-flush", daemon=True)

    def _run(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            self._error = exc
        _drop_cache(self._fd)

    def __enter__(self) -> _Flush:
        self._thread.start()
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        self._thread.join()
        if kind is None and self._error is not None:
            raise _destination_error(self._error) from self._error


def _new_header(recipient: Recipient, pin: str | None,
                policy: KdfPolicy) -> tuple[_Header, bytes]:
    backup_key = os.urandom(32)
    salt = os.urandom(SALT_BYTES)
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    point = ephemeral.public_key().public_bytes(serialization.Encoding.X962,
                                                serialization.PublicFormat.CompressedPoint)
    if pin is not None:
        if not is_pin(pin):
            raise ValueError("a PIN is 6 to 16 digits")
        pin_params = policy.calibrate()
    else:  # plausible parameters for the random slot, so nothing says it is unused
        pin_params = KdfParams(policy.memory_kib, secrets.choice(range(2, 9)), policy.lanes)
    policy.check(recipient.params)
    draft = _Header(salt, FORMAT, recipient.params, pin_params, point, (b"", b""))
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), recipient.public)
    shared = ephemeral.exchange(ec.ECDH(), peer)
    recovery_slot = codec.seal(_slot_key(shared, draft, recipient.public), backup_key,
                               draft.aad(0))
    if pin is not None:
        pin_slot = codec.seal(derive(pin.encode(), salt, pin_params), backup_key, draft.aad(1))
    else:
        pin_slot = os.urandom(SLOT_BYTES)
    return _Header(salt, FORMAT, recipient.params, pin_params, point,
                   (recovery_slot, pin_slot)), backup_key


def _drop_cache(fd: int) -> None:
    """So the read-back comes from the stick, not from memory (Linux)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)



# -- reading a backup ---------------------------------------------------------------


@dataclass(frozen=True)
class BackupContents:
    """An opened backup: what its inner header says."""

    vault_format: int
    size: int
    made: float


class OpenedBackup:
    """A backup whose slot opened: its contents can be streamed out."""

    def __init__(self, path: Path, header: _Header, backup_key: bytes,
                 contents: BackupContents, recipient: Recipient | None = None) -> None:
        self.path = path
        self._header = header
        self._key = backup_key
        self.contents = contents
        # The recovery code's public half, when the code opened it: the restored
        # vault keeps it, so its PIN changes give the code each new key (envelope.py).
        self.recipient = recipient

    def extract(self, target: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> None:
        """Write the snapshot (the vault file) to `target`, a new file; fsynced."""
        stop = cancelled or (lambda: False)
        total = max(self.contents.size, 1)
        done = 0
        try:
            with open(target, "xb") as out:
                flushed = 0
                for n, chunk in enumerate(_chunks(self.path, self._header, self._key, stop)):
                    if n == 0:
                        continue  # the inner header
                    out.write(chunk)
                    done += len(chunk)
                    flushed = _write_out(out, flushed)
                    if progress is not None:
                        progress(int(100 * done / total))
                out.flush()
                os.fsync(out.fileno())
        except BackupTruncated:
            # A short last part is read as cut off; at the length the inner header
            # states, the file is whole and that part was changed.
            with contextlib.suppress(OSError):
                if os.stat(self.path).st_size == sealed_size(self.contents.size):
                    raise BackupDamaged("the last part") from None
            raise
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFull("the disk is full") from exc
            raise
        if done != self.contents.size:
            raise BackupTruncated("ends early")


def _chunks(path: Path, header: _Header, backup_key: bytes, cancelled: Cancelled,
            tags: list[bytes] | None = None) -> Iterator[bytes]:
    """Yield the decrypted chunks in order; raise BackupTruncated / BackupDamaged.
    `tags` collects each chunk's GCM tag once it authenticated."""
    cipher = codec.ChunkCipher(_stream_key(backup_key, header.salt))
    first = INNER_BYTES + codec.TAG_BYTES
    rest = os.stat(path).st_size - HEADER_BYTES - first
    count = 1 + max(0, -(-rest // SEALED_CHUNK))
    with open(path, "rb") as stream:
        stream.seek(HEADER_BYTES)
        for n in range(count):
            if cancelled():
                raise ImportCancelled("cancelled")
            blob = stream.read(first if n == 0 else SEALED_CHUNK)
            last = n == count - 1 and n > 0
            if n == 0 and len(blob) < first:
                raise BackupTruncated("cut off")
            try:
                plain = cipher.open(n, blob, last)
            except codec.Unreadable:
                if last:
                    with contextlib.suppress(codec.Unreadable):
                        cipher.open(n, blob, False)
                        raise BackupTruncated("the last part is missing") from None
                    if len(blob) < SEALED_CHUNK and n > 0:
                        raise BackupTruncated("cut off") from None
                raise BackupDamaged(f"part {n}") from None
            if tags is not None:
                tags.append(blob[-codec.TAG_BYTES:])
            yield plain


def open_backup(path: str | os.PathLike[str], secret: str, *,
                policy: KdfPolicy | None = None) -> OpenedBackup:
    """Open a backup with the recovery code (24 digits) or a PIN its maker added.

    Runs the KDF once: call off the GUI thread. Raises NotABackup, BackupTooNew,
    WrongSecret, BackupTruncated, BackupDamaged, OSError (unreadable file).
    """
    policy = policy or KdfPolicy()
    source = Path(path)
    with open(source, "rb") as stream:
        raw = stream.read(HEADER_BYTES)
    file_size = os.stat(source).st_size
    if len(raw) < HEADER_BYTES:
        raise NotABackup("too short")
    header = _parse_header(raw, policy)
    backup_key = None
    recipient = None
    if is_recovery_code(secret):
        private = _recovery_key(secret, header.recovery)
        public = private.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint)
        recipient = Recipient(public, header.recovery)
        try:
            peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), header.point)
        except ValueError as exc:
            raise NotABackup("no backup header") from exc
        shared = private.exchange(ec.ECDH(), peer)
        with contextlib.suppress(codec.Unreadable):
            backup_key = codec.unseal(_slot_key(shared, header, public), header.slots[0],
                                      header.aad(0))
    elif is_pin(secret):
        wrap = derive(secret.encode(), header.salt, header.pin)
        with contextlib.suppress(codec.Unreadable):
            backup_key = codec.unseal(wrap, header.slots[1], header.aad(1))
    if backup_key is None:
        raise WrongSecret("no slot opens")
    if file_size < HEADER_BYTES + INNER_BYTES + codec.TAG_BYTES:
        raise BackupTruncated("no content")
    first = next(_chunks(source, header, backup_key, lambda: False))
    try:
        inner = json.loads(bytes(first[:INNER_BYTES]).rstrip(b"\0"))
        contents = BackupContents(int(inner["vault_format"]), int(inner["bytes"]),
                                  float(inner["made"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged("inner header") from exc
    expected = sealed_size(contents.size)
    if file_size < expected:
        raise BackupTruncated("shorter than it says")
    if file_size > expected:
        raise BackupDamaged("longer than it says")
    if contents.vault_format > store.FORMAT:
        raise BackupTooNew(f"vault format {contents.vault_format}")
    return OpenedBackup(source, header, backup_key, contents,
                        recipient if backup_key is not None else None)


# -- restoring ------------------------------------------------------------------------


class _NoPepper:
    """The keyring as a restored vault sees it: no old device secret is mixed in
    (the backup's PIN slot never has one), but a new binding can be made."""

    def __init__(self, device: DeviceKeyring | None) -> None:
        self._device = device

    def is_secure(self) -> bool:
        return self._device is not None and self._device.is_secure()

    def load(self, account: str) -> bytes | None:
        return None

    def create(self, account: str) -> bytes:
        # The same vault restored on the computer it came from: keep the secret its
        # current file uses, so that file still opens if anything fails after this.
        assert self._device is not None
        return self._device.load(account) or self._device.create(account)

    def delete(self, account: str) -> None:
        if self._device is not None:
            self._device.delete(account)


def restore(
    backup: OpenedBackup,
    secret: str,
    data_dir: str | os.PathLike[str],
    new_pin: str,
    *,
    bind_device: bool = False,
    device: DeviceKeyring | None = None,
    policy: KdfPolicy | None = None,
    replace: bool = False,
    before_replace: Callable[[], None] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Put the backup's vault in `data_dir` with `new_pin` (and the keyring binding).

    The vault is unpacked and re-keyed in a hidden folder beside the vault file and
    moved into place only when complete, so a failure changes nothing. `replace`
    allows replacing an existing vault file (the caller kept a backup of it first);
    `before_replace` runs just before the move (to close the vault being replaced).
    """
    if not is_pin(new_pin):
        raise ValueError("a PIN is 6 to 16 digits")
    folder = Path(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    final = folder / DB_NAME
    if final.exists() and not replace:
        raise FileExistsError(final)
    remove_leftovers(folder)
    work = scratch_name(folder)
    work.mkdir(mode=0o700)
    try:
        backup.extract(work / DB_NAME,
                       (lambda p: progress(int(p * 0.8))) if progress else None, cancelled)
        try:
            opened = store.unlock(work, secret, policy=policy,
                                  device=_NoPepper(device))  # type: ignore[arg-type]
        except VaultFormatError as exc:
            raise BackupDamaged("the vault inside does not open") from exc
        if opened is None:
            raise BackupDamaged("the vault inside does not open with this secret")
        try:
            # A new vault key too, for a vault that knows (or learns here) the code's
            # public half. Unchanged by the check of store.Vault.change_pin
            # (trust_stored): the half kept inside is the one the backup was made with;
            # not trusting it here would leave her recovery code unable to open the
            # restored vault (to revisit: derive it from the code when she restores
            # with the code).
            opened.change_pin(new_pin, bind_device=bind_device,
                              recipient=backup.recipient.to_data() if backup.recipient else None,
                              trust_stored=True)
        finally:
            opened.close()
        if progress:
            progress(95)
        for leftover in work.iterdir():
            if leftover.name != DB_NAME:
                leftover.unlink()
        if before_replace is not None:
            before_replace()
        os.replace(work / DB_NAME, final)
        _fsync_dir(folder)
    except ImportCancelled as exc:
        raise BackupCancelled("cancelled") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if progress:
        progress(100)
