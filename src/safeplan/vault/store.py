"""The encrypted store: one SQLite file; `create`, `unlock` and the open `Vault`.

SQLite runs with a rollback journal in TRUNCATE mode, synchronous=FULL,
secure_delete=ON and temp_store=MEMORY. The design first said WAL; measured
here, WAL writes every imported byte twice (WAL, then checkpoint) and imports
ran at 134 MiB/s against 206 MiB/s with the rollback journal, which appends
new pages without journaling them. Crash safety is the same with FULL sync,
and a read-only attempt (a wrong PIN) creates no -wal/-shm files at all.

The layout is in layout.py, key slots in slots.py, records in records.py,
files in files.py, failure notes in notes.py, the migration of format 1 in
migrate.py. This module ties them together:

- `unlock` returns None for a wrong secret and raises a VaultError subclass
  when the vault cannot be tried: VaultFormatError (damaged), VaultUnavailable
  (the file cannot be read now), KeyringUnavailable (the keyring did not
  answer). Each of those leaves a failure note inside the vault, shown at the
  next unlock.
- An unlock whose KDF took longer than the policy's `rewrap_seconds` re-wraps
  the PIN slot with a freshly calibrated, cheaper cost (never below the floor;
  not when the floor itself is the slow part here).
- A PIN change gives the vault a new random key (`Vault.change_pin`): see there
  for why and how; envelope.py for how the recovery code follows it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..paths import vault_file as vault_path
from ..pins import RECOVERY_DIGITS, is_pin, is_recovery_code
from . import codec, envelope, layout, migrate, notes, records, salvage, slots
from .copies import Copies, count_authentic
from .device import DeviceKeyring, account_for
from .errors import (
    ImportCancelled,
    KeyringUnavailable,
    NoSecureKeyring,
    StorageFull,
    VaultError,
    VaultFormatError,
    VaultUnavailable,
)
from .files import BATCH_CHUNKS, CHUNK_BYTES, CancelFn, FileRef, Files, ProgressFn, StagedFile
from .head import FLAG, ROLLED_BACK, Head, SealedHead
from .head import _aad as head_aad
from .kdf import SALT_BYTES, KdfParams, KdfPolicy, derive
from .notes import Failure
from .records import Records

__all__ = ["BATCH_CHUNKS", "CHUNK_BYTES", "FORMAT", "FileRef", "SealedHead", "StagedFile", "Vault",
           "create", "unlock"]

FORMAT = layout.REKEYED  # the newest user_version this version reads (backups carry it)
GEN = "gen"  # the key store's field: the vault key's generation (absent: 0)
OLD_KEYS = "old_keys"  # ...the older vault keys by generation (hex), for file pieces
RECIPIENT = "recipient"  # ...the recovery code's public half (backup.Recipient.to_data())
# ...true when a PIN change made without the recovery code gave the vault a key that the
# code cannot reach yet (no envelope): she types the code once (Vault.seal_recovery)
RECOVERY_BEHIND = "recovery_behind"
KEYSTORE_BYTES = 512
RESCUED = "rescued"  # the key store's field: when the file was rebuilt from a damaged one
SNAPSHOT_PAGES = 256  # 16 MiB per step of a snapshot: the vault's lock is free between steps
SLOT_COUNT = layout.SLOT_COUNT
SLOT_BYTES = slots.SLOT_BYTES

Clock = Callable[[], float]


def _is_full(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc)


def seal_keystore(vault_key: bytes, vault_id: bytes, meta: dict[str, Any]) -> bytes:
    plain = codec.encode_record("keystore", meta)
    plain = plain + bytes(max(0, KEYSTORE_BYTES - len(plain)))
    return codec.seal(codec.subkey(vault_key, b"meta"), plain, b"keystore" + vault_id)


def open_keystore(vault_key: bytes, vault_id: bytes, blob: bytes | None) -> dict[str, Any]:
    try:
        if blob is None:
            raise codec.Unreadable("missing")
        plain = codec.unseal(codec.subkey(vault_key, b"meta"), blob, b"keystore" + vault_id)
        _, meta = codec.decode_record(plain)
    except codec.Unreadable as exc:
        raise VaultFormatError("damaged key store") from exc
    if not isinstance(meta, dict):
        raise VaultFormatError("damaged key store")
    return meta


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

    `kdf` is the PIN slot's cost (calibrated when not given); ValueError if it
    is below the policy's floor. `bind_device` mixes a secret kept in `device`
    (the OS keyring) into the PIN slot; NoSecureKeyring when there is none.
    """
    if not is_pin(pin):
        raise ValueError("a PIN is 6 to 16 digits")
    policy = policy or KdfPolicy()
    params = kdf or policy.calibrate()
    policy.check_new(params)
    directory = Path(data_dir)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = vault_path(directory)
    if path.exists():
        raise FileExistsError(path)

    vault_id = os.urandom(16)
    notes_private, notes_public = notes.new_keypair()
    identity = vault_id + notes_public
    pepper = None
    if bind_device:
        if device is None or not device.is_secure():
            raise NoSecureKeyring("no secure keyring on this computer")
        pepper = device.create(account_for(vault_id))
    recovery = "".join(secrets.choice("0123456789") for _ in range(RECOVERY_DIGITS))
    vault_key = os.urandom(32)
    pin_n, recovery_n = secrets.SystemRandom().sample(range(SLOT_COUNT), 2)
    table: list[slots.Slot | None] = [None] * SLOT_COUNT
    salt = os.urandom(SALT_BYTES)
    table[pin_n] = slots.wrap(derive(pin.encode(), salt, params, pepper), vault_key, pin_n, 0,
                              params, salt, vault_id)
    if progress:
        progress(0.5)
    rparams, rsalt = policy.recovery_params(), os.urandom(SALT_BYTES)
    table[recovery_n] = slots.wrap(derive(recovery.encode(), rsalt, rparams), vault_key,
                                   recovery_n, slots.RECOVERY, rparams, rsalt, vault_id)
    from .backup import recipient_for, recovery_params

    recipient = recipient_for(recovery, recovery_params(policy)).to_data()
    if progress:
        progress(1.0)
    full = slots.fill_unused(table)
    meta = {"pin_slot": pin_n, "recovery_slot": recovery_n, "device_bound": bind_device,
            "notes_key": notes_private.hex(), RECIPIENT: recipient}

    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    conn: sqlite3.Connection | None = None
    try:
        conn = layout.connect(path)
        conn.execute(f"PRAGMA page_size={layout.PAGE_SIZE}")
        conn.execute("VACUUM")  # applies the page size to the empty file
        conn.execute("BEGIN")
        layout.create_tables(conn)
        layout.put_cell(conn, layout.IDENTITY, identity)
        layout.put_cell(conn, layout.KEYSTORE, seal_keystore(vault_key, vault_id, meta))
        slots.write_table(conn, full, identity)
        notes.clear(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(str(path) + suffix)
        if pepper is not None and device is not None:
            device.delete(account_for(vault_id))
        raise
    vault = Vault(conn, path, vault_key, identity, full, meta, "pin", device, policy)
    return vault, recovery


def unlock(
    data_dir: str | os.PathLike[str],
    secret: str,
    *,
    policy: KdfPolicy | None = None,
    device: DeviceKeyring | None = None,
    clock: Clock = time.perf_counter,
) -> Vault | None:
    """Open the vault with a PIN or the recovery code; None for a wrong secret.

    Raises VaultFormatError when the file is not a vault or is damaged so
    that it cannot be tried, VaultUnavailable when it cannot be read now,
    KeyringUnavailable when the keyring failed and no slot opened without it.
    A wrong secret writes nothing; a failure leaves a note (notes.py).
    `clock` times the KDF (tests inject one).
    """
    policy = policy or KdfPolicy()
    path = vault_path(data_dir)
    if not path.is_file():
        raise VaultFormatError("no vault here")
    recovery = is_recovery_code(secret)
    if not (recovery or is_pin(secret)):
        return None
    try:
        try:
            return _unlock(path, secret, recovery, policy, device, clock)
        except (sqlite3.DatabaseError, VaultFormatError) as exc:
            if not salvage.is_corrupt(exc):
                raise
            # Pages of the file are gone or overwritten (a copy cut short): open what
            # is left rather than nothing, never writing to the damaged file (not even
            # a failure note: a full disk or a keyring failing here leaves it as it is,
            # and the next attempt tries again).
            try:
                return _rescue(path, secret, recovery, policy, device, clock)
            except Exception as failed:
                if isinstance(failed, salvage.Unrescuable):
                    raise
                raise salvage.Unrescuable("the damaged file was not rescued") from failed
    except sqlite3.OperationalError as exc:
        notes.append(path, "unreadable")
        raise VaultUnavailable("the vault file could not be read") from exc
    except sqlite3.DatabaseError as exc:
        raise VaultFormatError("damaged file") from exc
    except VaultFormatError as exc:
        if not salvage.is_corrupt(exc):  # a damaged file is not written to
            notes.append(path, "damaged")
        raise
    except KeyringUnavailable:
        notes.append(path, "keyring")
        raise
    except VaultUnavailable:
        notes.append(path, "unreadable")
        raise


def _rescue(path: Path, secret: str, recovery: bool, policy: KdfPolicy,
            device: DeviceKeyring | None, clock: Clock) -> Vault | None:
    """The vault at `path` is damaged: the secret is tried on its key slots alone (in
    memory: a wrong PIN rescues nothing and writes nothing), then every readable row
    goes into a new file (salvage.py) and that one is opened, with a note saying so."""
    source = salvage.open_damaged(path)
    scratch = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        scratch.execute("BEGIN")
        salvage.copy_readable(source, scratch, tables=("a",))
        scratch.execute("COMMIT")
    except BaseException:
        scratch.close()
        raise
    finally:
        source.close()
    try:
        tried = _unlock(path, secret, recovery, policy, device, clock, conn=scratch)
    except VaultFormatError as exc:  # its key slots are among the pages gone
        raise salvage.Unrescuable("the damaged file's key data is gone") from exc
    if tried is None:
        return None
    tried.close()
    salvage.rescue(path)
    notes.append(path, "rescued")
    vault = _unlock(path, secret, recovery, policy, device, clock)
    if vault is not None:
        # Said in the sealed key store, so that a gap in the chain reads as damage
        # (changes that cannot be read) here for good, not as an alteration.
        with contextlib.suppress(VaultError):
            vault._save_meta({**vault._meta, RESCUED: time.time()})
    return vault


def _in_memory(conn: sqlite3.Connection) -> bool:
    return not conn.execute("PRAGMA database_list").fetchone()[2]


def _unlock(path: Path, secret: str, recovery: bool, policy: KdfPolicy,
            device: DeviceKeyring | None, clock: Clock,
            conn: sqlite3.Connection | None = None) -> Vault | None:
    conn = conn if conn is not None else layout.connect(path)
    try:
        if layout.format_of(conn) == 1:
            found = migrate.open_format1(conn, secret, recovery, policy, device, clock)
            if found is None:
                conn.close()
                return None
            opened, identity, table, meta = found
        else:
            identity = layout.cell(conn, layout.IDENTITY)
            if identity is None or len(identity) != slots.IDENTITY_BYTES:
                raise VaultFormatError("damaged identity")
            table = slots.read_table(conn, policy)
            vault_id = identity[:16]
            pepper = keyring_error = None
            if not recovery and device is not None:
                try:
                    pepper = device.load(account_for(vault_id))
                except KeyringUnavailable as exc:
                    keyring_error = exc
            opened = slots.try_secret(table, secret.encode(), recovery, vault_id, pepper, clock)
            if opened is None:
                if layout.cell(conn, layout.CHECKSUM) != slots.checksum(identity, table):
                    raise VaultFormatError("damaged key slots")
                if keyring_error is not None:
                    raise keyring_error
                conn.close()
                return None
            sealed = layout.cell(conn, layout.KEYSTORE)
            try:
                meta = open_keystore(opened.vault_key, vault_id, sealed)
            except VaultFormatError:
                # A recovery slot from before a PIN change: the newest key is in the
                # envelope, sealed to the code's public half (envelope.py).
                sealed_envelope = layout.cell(conn, layout.ENVELOPE)
                if recovery and sealed_envelope is None:
                    # A PIN change made without the code sealed the new key to no
                    # one (Vault.change_pin, unverified="unsealed"): the code opens
                    # the vault again once she types it inside. Not damage.
                    conn.close()
                    return None
                newest = envelope.open_with_code(sealed_envelope, secret,
                                                 vault_id, policy) if recovery else None
                if newest is None:
                    raise
                meta = open_keystore(newest, vault_id, sealed)
                opened = dataclasses.replace(opened, vault_key=newest, stale=True)
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            if path.is_file() and path.stat().st_size < pages * (
                    conn.execute("PRAGMA page_size").fetchone()[0]) and not _in_memory(conn):
                # Cut inside its last page: SQLite reads the missing part as zeros and
                # says nothing (rows of id 0 and no value).
                raise sqlite3.DatabaseError("the file is shorter than its pages")
            for name in salvage.TABLES:
                # Every b-tree page of the file (not the pieces' overflow): zeros where
                # pages should be fail here, at the unlock, not in the middle of her work.
                conn.execute(f"SELECT count(*) FROM {name} NOT INDEXED").fetchone()
        role = "recovery" if table[opened.n].recovery else "pin"
        vault = Vault(conn, path, opened.vault_key, identity, table, meta, role, device, policy)
        vault._settle_slot(opened, secret, clock)
    except BaseException:
        conn.close()
        raise
    vault._settle_records()
    vault._collect_orphans()
    if vault._meta.get("legacy_files"):
        vault._pad_legacy_files()
        vault._save_meta(dict(vault._meta, legacy_files=False))
    return vault


class Vault(Records, Files, Copies, Head):
    """An unlocked vault. Thread-safe: one lock serialises all database work.

    Records (put/get/update/delete/list/list_many/damaged) come from
    records.py, files (add_file/add_bytes/open_file/read_bytes/file_info/
    list_files/delete_file) from files.py, the page stream of a backup
    (page_copy) from copies.py, the chain's sealed head (sealed_head/seal_head)
    from head.py.

    Attributes:
        opened_by: "pin" or "recovery": which secret opened it.
        device_bound: whether the PIN slot mixes in the device secret.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        vault_key: bytes,
        identity: bytes,
        table: list[slots.Slot],
        meta: dict[str, Any],
        opened_by: str,
        device: DeviceKeyring | None,
        policy: KdfPolicy,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._vault_key = vault_key
        self._identity = identity
        self._table = table
        self._meta = meta
        self._device = device
        self._policy = policy
        self._set_keys(vault_key, meta)
        self._lock = threading.RLock()
        self._depth = 0  # nesting of the open batch (only its thread holds the lock)
        self._failure: sqlite3.Error | None = None
        self._owner: int | None = None  # thread id of the open batch
        self._on_commit: list[Callable[[], None]] = []  # memory to change once committed
        self._on_rollback: list[Callable[[], None]] = []  # memory to put back if not
        self.opened_by = opened_by
        self._damaged: set[int] = set()

    # -- plumbing --------------------------------------------------------------

    def _set_keys(self, vault_key: bytes, meta: dict[str, Any]) -> None:
        """The keys of `vault_key` and of the older generations the key store lists."""
        try:
            generation = int(meta.get(GEN, 0))
            older = {int(g): bytes.fromhex(k) for g, k in dict(meta.get(OLD_KEYS, {})).items()}
        except (TypeError, ValueError) as exc:
            raise VaultFormatError("damaged key store") from exc
        self._vault_key = vault_key
        self._record_key = records.record_key(vault_key, int(meta.get(records.SCHEME, 1)))
        self._files_key = codec.subkey(vault_key, b"files")
        self._generation = generation
        self._piece_keys = {g: codec.subkey(k, b"files") for g, k in older.items()}
        self._piece_keys[generation] = self._files_key

    @property
    def path(self) -> Path:
        return self._path

    @property
    def device_bound(self) -> bool:
        return bool(self._meta.get("device_bound"))

    @property
    def rescued(self) -> float | None:
        """When this file was rebuilt from a damaged one (salvage.py): rows may be
        missing from it for that reason. None for a file never rescued."""
        when = self._meta.get(RESCUED)
        return float(when) if isinstance(when, int | float) else None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def _vault_id(self) -> bytes:
        return self._identity[:16]

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
            self._on_commit, self._on_rollback = [], []
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                if self._failure is not None or not conn.in_transaction:
                    # A write failed inside the batch and the caller went on: commit
                    # nothing rather than half an action.
                    raise VaultError("the transaction was rolled back") from self._failure
                conn.execute("COMMIT")
                for action in self._on_commit:
                    action()
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                for action in self._on_rollback:
                    action()
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
                self._on_commit, self._on_rollback = [], []

    def _after_commit(self, action: Callable[[], None]) -> None:
        """Run `action` once the open transaction commits (never if it rolls back)."""
        self._on_commit.append(action)

    def _after_rollback(self, action: Callable[[], None]) -> None:
        """Run `action` if the open transaction rolls back (never if it commits)."""
        self._on_rollback.append(action)

    def close(self) -> None:
        """Drop the keys and close the database."""
        with self._lock:
            conn, self._conn = self._conn, None
            self._vault_key = self._record_key = self._files_key = b""
            self._piece_keys = {}
            codec.forget_keys()
            if conn is not None:
                conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- failure notes ---------------------------------------------------------

    def failures(self) -> list[Failure]:
        """What failed at earlier unlocks (oldest first), as noted in the file."""
        with self._lock:
            return notes.read_all(self._db(), bytes.fromhex(self._meta["notes_key"]),
                                  self._vault_id)

    def clear_failures(self) -> None:
        """Forget the notes once she has been told."""
        with self._transaction() as tx:
            notes.clear(tx)

    # -- key slots -------------------------------------------------------------

    def _sealed_keystore(self, vault_key: bytes, meta: dict[str, Any]) -> bytes:
        return seal_keystore(vault_key, self._vault_id, meta)

    def _save_meta(self, meta: dict[str, Any]) -> None:
        with self._transaction() as tx:
            layout.put_cell(tx, layout.KEYSTORE,
                            seal_keystore(self._vault_key, self._vault_id, meta))
        self._meta = meta

    def _settle_records(self) -> None:
        """At unlock, for a key store that says scheme 1 (records.py). If rows open under
        scheme 2, the key store was put back from a copy older than the rows (the
        downgrade of head.py): the key store is written again saying scheme 2, that the
        vault has a sealed head, and when this was found, so that a missing head is
        reported as what it is; rows of scheme 1 then stay unreadable (put back from
        an older copy too). Else a vault whose head was sealed before scheme 2 existed
        moves to it now. A vault with no sealed head yet moves when it gets one."""
        if int(self._meta.get(records.SCHEME, 1)) >= records.CURRENT:
            return
        new = records.record_key(self._vault_key, records.CURRENT)
        with self._lock:
            rows, newer = self._by_scheme(self._db(), self._record_key, new)
        if not newer and not self._meta.get(FLAG):
            return
        meta = {**self._meta, records.SCHEME: records.CURRENT, FLAG: True}
        if newer:
            meta[ROLLED_BACK] = time.time()
        try:
            with self._transaction() as tx:
                if not newer:
                    self._reseal(tx, rows, new)
                layout.mark_records_2(tx)
                layout.put_cell(tx, layout.KEYSTORE,
                                seal_keystore(self._vault_key, self._vault_id, meta))
        except VaultError:
            if not newer:
                return  # the next unlock tries again
        # Found rolled back and not written (a full disk): this session still knows.
        self._meta, self._record_key = meta, new

    def _used(self) -> set[int]:
        return {self._meta["pin_slot"], self._meta["recovery_slot"]}

    def _put_slot(self, n: int, wrap_key: bytes, params: KdfParams, salt: bytes,
                  meta: dict[str, Any] | None = None) -> None:
        """Wrap the vault key at slot `n` (current format); unused copies follow."""
        flags = self._table[n].flags & slots.RECOVERY
        new = slots.wrap(wrap_key, self._vault_key, n, flags, params, salt, self._vault_id)
        table = slots.rewrap(self._table, n, new, self._used())
        with self._transaction() as tx:
            slots.write_table(tx, table, self._identity)
            if meta is not None:
                layout.put_cell(tx, layout.KEYSTORE,
                                seal_keystore(self._vault_key, self._vault_id, meta))
        self._table = table
        if meta is not None:
            self._meta = meta

    def _pepper(self) -> bytes | None:
        if self.device_bound and self._device is not None:
            return self._device.load(account_for(self._vault_id))
        return None

    def _settle_slot(self, opened: slots.Opened, secret: str, clock: Clock) -> None:
        """After an unlock: bring the slot just opened to the current format and cost.

        A format-1 slot is re-wrapped (with the same wrap key when its cost is
        still above the floor, so no second KDF run). A PIN slot whose KDF took
        longer than `rewrap_seconds` gets a freshly calibrated cost if that is
        cheaper; when the floor itself is the slow part here, nothing changes.
        """
        slot = self._table[opened.n]
        policy = self._policy
        try:
            policy.check(slot.params)
            at_floor_or_above = True
        except VaultFormatError:
            at_floor_or_above = False
        target: KdfParams | None = None
        if slot.recovery:
            if not slot.legacy and not opened.stale:
                return
            if not at_floor_or_above:
                target = policy.recovery_params()
        else:
            # Already at the floor: nothing cheaper may be stored, so do not spend
            # a calibration (seconds on a busy computer) to learn that again.
            slow = (opened.seconds > policy.rewrap_seconds
                    and slot.params.cost > policy.floor.cost)
            if slow or not at_floor_or_above:
                calibrated = policy.calibrate(clock)
                if not at_floor_or_above or calibrated.cost < slot.params.cost:
                    target = calibrated
            if target is None and not slot.legacy:
                return
        try:
            if target is None:
                self._put_slot(opened.n, opened.wrap_key, slot.params, slot.salt)
            else:
                salt = os.urandom(SALT_BYTES)
                pepper = None if slot.recovery else self._pepper()
                self._put_slot(opened.n, derive(secret.encode(), salt, target, pepper),
                               target, salt)
        except (StorageFull, KeyringUnavailable, sqlite3.Error):
            return  # the slot still opens as it is; the next unlock tries again

    def verify_pin(self, pin: str) -> bool:
        """Whether `pin` opens this vault's PIN slot (runs the KDF: call off the GUI thread)."""
        if not is_pin(pin):
            return False
        n = self._meta["pin_slot"]
        slot = self._table[n]
        wrap_key = derive(pin.encode(), slot.salt, slot.params, self._pepper())
        return slots.unwrap(wrap_key, n, slot, self._vault_id) is not None

    @property
    def recipient(self) -> dict[str, Any] | None:
        """The recovery code's public half (backup.Recipient.to_data()), if known."""
        data = self._meta.get(RECIPIENT)
        return dict(data) if envelope.usable(data) else None

    def keep_recipient(self, data: dict[str, Any]) -> None:
        """Keep the recovery code's public half in the key store (a vault made before
        it was kept there learns it when the code is typed): PIN changes need it to
        give the recovery code the new key.

        Call it only with the public half of a code just typed (or of the code made
        with the vault). One that replaces another puts back her own over one he
        planted while he knew her PIN (attack3/planted_recipient.py): the envelope
        of the key in use, if there is one, is sealed again to it in the same
        transaction, so his code no longer opens it."""
        if not envelope.usable(data) or self._meta.get(RECIPIENT) == data:
            return
        meta = dict(self._meta, **{RECIPIENT: data})
        with self._transaction() as tx:
            if layout.cell(tx, layout.ENVELOPE) is not None:
                layout.put_cell(tx, layout.ENVELOPE,
                                envelope.seal(data, self._vault_key, self._vault_id))
            layout.put_cell(tx, layout.KEYSTORE,
                            seal_keystore(self._vault_key, self._vault_id, meta))
            self._after_commit(lambda: setattr(self, "_meta", meta))  # the caller's batch

    @property
    def recovery_behind(self) -> bool:
        """Whether the recovery code cannot open this vault until she types it once
        (a PIN change made without it; see `change_pin`)."""
        return bool(self._meta.get(RECOVERY_BEHIND))

    def check_recovery_code(self, code: str) -> bool:
        """Whether `code` opens this vault's recovery slot, with this vault's key or an
        older one of it. Runs Argon2id once per recovery slot group: off the GUI thread.

        This does not trust the public half kept in the key store (he could have
        written his own there while he knew her PIN): the slot is AES-GCM under
        Argon2id of the code itself, so only her code opens it."""
        opened = slots.try_secret(self._table, code.encode(), True, self._vault_id, None)
        if opened is None:
            return False
        if opened.vault_key == self._vault_key:
            return True
        return opened.vault_key.hex() in dict(self._meta.get(OLD_KEYS, {})).values()

    def seal_recovery(self, data: dict[str, Any]) -> None:
        """Give the recovery code the vault key in use: the public half of a code she
        just typed (checked with `check_recovery_code` or derived from it) is kept
        and the envelope sealed to it, in one transaction."""
        if not envelope.usable(data):
            raise ValueError("no recovery public key")
        meta = dict(self._meta, **{RECIPIENT: data})
        meta.pop(RECOVERY_BEHIND, None)
        with self._transaction() as tx:
            layout.put_cell(tx, layout.ENVELOPE,
                            envelope.seal(data, self._vault_key, self._vault_id))
            layout.put_cell(tx, layout.KEYSTORE,
                            seal_keystore(self._vault_key, self._vault_id, meta))
            self._after_commit(lambda: setattr(self, "_meta", meta))

    def change_pin(self, new_pin: str, *, bind_device: bool | None = None,
                   recipient: dict[str, Any] | None = None,
                   trust_stored: bool = False, unverified: str = "unsealed") -> bool:
        """A new PIN and a new vault key (runs the KDF: call off the GUI thread).

        Why a new key: he forced her PIN and kept a copy of the folder; his copy
        and the old PIN give the key that was wrapped under it. So the change makes
        a new random vault key and, in ONE SQLite transaction (a kill at any moment
        leaves the old PIN and key, or the new ones): every record, every file
        description and the sealed head sealed again under it; the pieces of files
        (gigabytes) stay as they are, and the older key is kept for them in the key
        store, which is sealed under the new key only (files.py: a description names
        its pieces' generation); the failure notes get a new key pair; the PIN slot
        wraps the new key; the new key is sealed to the recovery code's public half
        (envelope.py: the code's own slot cannot be re-wrapped without the code); the
        file is marked REKEYED so that older versions refuse it. What was written
        before the change stays readable with his copy: it was in his copy.

        A vault that does not know the recovery code's public half (made before it
        was kept, and the code not typed since; `recipient` may bring it) keeps its
        key: a new one could not reach the recovery code. Returns whether the key
        changed.

        `trust_stored=False` (the default; only a restore passes True): the public half kept
        in the key store is NOT used, since he could have planted his own there while
        he knew her PIN, and the change would seal the new key to him
        (tests/vault/test_pin_change_checks_recovery.py). Only `recipient`, the half
        of a code she typed and that was checked, gets the new key. Without one
        (`unverified`): "unsealed" makes a new key all the same, seals it to nobody
        (the envelope cell is removed) and marks the key store RECOVERY_BEHIND: her
        recovery code opens the vault again once she types it (`seal_recovery`);
        "keep" keeps the key (a keyring change, where the PIN stays the same).

        Keeps the PIN slot's cost when it is at or above the floor, else
        calibrates. The old slot is overwritten in place; secure_delete zeroes
        freed space and the rollback journal, which briefly holds the old page,
        is truncated at commit, so no copy of the old slot stays in any file.
        The device secret stays the same (rotating it in the keyring could not be
        part of the transaction: a kill in between would lose the old PIN's slot).
        """
        if not is_pin(new_pin):
            raise ValueError("a PIN is 6 to 16 digits")
        bind = self.device_bound if bind_device is None else bind_device
        account = account_for(self._vault_id)
        pepper = None
        if bind:
            if self._device is None or not self._device.is_secure():
                raise NoSecureKeyring("no secure keyring on this computer")
            pepper = self._device.load(account) or self._device.create(account)
        n = self._meta["pin_slot"]
        params = self._table[n].params
        if self._table[n].recovery:  # a backup copy whose PIN slots were dropped
            params = self._policy.calibrate()
        try:
            self._policy.check_new(params)
        except ValueError:
            params = self._policy.calibrate()
        salt = os.urandom(SALT_BYTES)
        wrap_key = derive(new_pin.encode(), salt, params, pepper)
        if envelope.usable(recipient):
            data = recipient
        elif trust_stored:
            data = self._meta.get(RECIPIENT)
        else:
            data = None
        sealed_to = data if envelope.usable(data) else None
        rekey = sealed_to is not None or (
            not trust_stored and unverified == "unsealed"
            and envelope.usable(self._meta.get(RECIPIENT)))
        with self._lock:
            meta = dict(self._meta, device_bound=bind)
            new_key, identity = self._vault_key, self._identity
            if rekey:
                new_key = os.urandom(32)
                older = dict(meta.get(OLD_KEYS, {}))
                older[str(self._generation)] = self._vault_key.hex()
                notes_private, notes_public = notes.new_keypair()
                meta.update({GEN: self._generation + 1, OLD_KEYS: older,
                             "notes_key": notes_private.hex()})
                if sealed_to is not None:
                    meta[RECIPIENT] = sealed_to
                    meta.pop(RECOVERY_BEHIND, None)
                else:
                    meta[RECOVERY_BEHIND] = True
                identity = self._vault_id + notes_public
            new = slots.wrap(wrap_key, new_key, n, 0, params, salt, self._vault_id)
            table = slots.rewrap(self._table, n, new, self._used())
            with self._transaction() as tx:
                if rekey:
                    self._reseal_all(tx, new_key, meta, identity,
                                     None if sealed_to is None else
                                     envelope.seal(sealed_to, new_key, self._vault_id))
                slots.write_table(tx, table, identity)
                layout.put_cell(tx, layout.KEYSTORE,
                                seal_keystore(new_key, self._vault_id, meta))

                def done() -> None:  # under the lock, right after the commit
                    self._table, self._meta, self._identity = table, meta, identity
                    self._set_keys(new_key, meta)

                self._after_commit(done)
        if not bind and self._device is not None:
            self._device.delete(account)
        return rekey

    def _reseal_all(self, tx: sqlite3.Connection, new_key: bytes, meta: dict[str, Any],
                    identity: bytes, sealed_envelope: bytes | None) -> None:
        """Inside the PIN change's transaction: everything sealed under the vault key
        sealed again under `new_key`, but file pieces (see `change_pin`). A row that
        does not open now is left as it is (damaged under either key)."""
        vault_id = self._vault_id

        def again(old: bytes, new: bytes, table: str) -> None:
            rows = []
            for row_id, blob in tx.execute(f"SELECT k, v FROM {table}").fetchall():
                aad = codec.row_aad(b"rec", row_id)
                with contextlib.suppress(codec.Unreadable):
                    rows.append((codec.seal(new, codec.unseal(old, blob, aad), aad), row_id))
            tx.executemany(f"UPDATE {table} SET v=? WHERE k=?", rows)

        again(self._record_key,
              records.record_key(new_key, int(meta.get(records.SCHEME, 1))), "b")
        again(self._files_key, codec.subkey(new_key, b"files"), "c")
        head = layout.cell(tx, layout.HEAD)
        if head is not None:
            with contextlib.suppress(codec.Unreadable):
                plain = codec.unseal(self._head_key(), head, head_aad(vault_id))
                layout.put_cell(tx, layout.HEAD,
                                codec.seal(codec.subkey(new_key, b"head"), plain,
                                           head_aad(vault_id)))
        pending = notes.read_all(tx, bytes.fromhex(self._meta["notes_key"]), vault_id)
        notes.clear(tx)
        for i, failure in enumerate(pending[-layout.NOTE_COUNT:]):
            layout.put_cell(tx, layout.NOTE_BASE + i,
                            notes.seal(identity[16:], vault_id, failure.what, failure.when))
        layout.put_cell(tx, layout.IDENTITY, identity)
        if sealed_envelope is None:  # the new key goes to no unchecked public half
            tx.execute("DELETE FROM a WHERE k=?", (layout.ENVELOPE,))
        else:
            layout.put_cell(tx, layout.ENVELOPE, sealed_envelope)
        layout.mark_rekeyed(tx)

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
        other work on the vault waits at most one step. In the copy the PIN slot holds
        random bytes (or, with `keep_pin`, the vault key wrapped under that PIN alone,
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
                vault_key, table, meta = self._vault_key, list(self._table), dict(self._meta)
            copy.close()
            copy = layout.connect(path)
            cells = self._backup_cells(vault_key, table, meta, keep_pin)
            copy.execute("BEGIN IMMEDIATE")
            for k, value in cells.items():
                layout.put_cell(copy, k, value)
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
        fmt = int(copy.execute("PRAGMA user_version").fetchone()[0])
        copy.close()
        with contextlib.suppress(OSError):
            os.unlink(str(path) + "-journal")  # TRUNCATE mode leaves it empty
        return fmt

    def authenticate_copy(
        self,
        target: str | os.PathLike[str],
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> tuple[int, int]:
        """Decrypt every record, file and piece of a copy made by `snapshot` with this
        vault's keys; returns (items that authenticate, items that do not). Streams:
        one piece in memory at a time. `progress` gets the piece bytes checked."""
        conn = layout.connect(Path(target))
        try:
            return count_authentic(
                conn.execute("SELECT k, v FROM b"), conn.execute("SELECT k, v FROM c"),
                conn.execute("SELECT k, n, v FROM d ORDER BY k, n"),
                self._record_key, self._files_key, progress, cancelled, dict(self._piece_keys))
        except sqlite3.DatabaseError as exc:
            raise VaultFormatError("not a vault") from exc
        finally:
            conn.close()
