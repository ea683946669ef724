"""Key slots: a fixed table of equal-sized slots, each with its own KDF cost and salt.

A slot is one byte of flags, the Argon2id cost, a salt and the vault key
wrapped (AES-GCM) under Argon2id(secret, salt). Every slot is written, used
or not, so the table always has SLOT_COUNT entries of SLOT_BYTES.

Why slots share salts: with a salt per slot, an attempt would have to run the
KDF once per slot it cannot rule out (8 s instead of 1 s). So the slots of
one kind of secret form a group that shares a cost and a salt, and unused
slots copy a group of a used slot (with random "wrapped" bytes): an attempt
runs the KDF once per group of its kind, normally once, and the file still
does not say how many secrets exist. The kind (PIN or recovery code) is a
flag in clear; that a vault has a recovery code is no secret. A PIN slot
that unlocks too slowly is re-wrapped with a new cost and salt, and the
unused slots of its group follow it.

Slots written by format 1 carry the LEGACY flag: their wrap is bound to the
old header (rebuilt here from the slot's own cost and salt), so a slot whose
secret was not typed during the migration still opens later.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import struct
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from . import codec, layout
from .errors import VaultFormatError
from .kdf import SALT_BYTES, KdfParams, KdfPolicy, derive

RECOVERY = 0x01
LEGACY = 0x02
WRAPPED_BYTES = codec.NONCE_BYTES + 32 + codec.TAG_BYTES
_HEAD = struct.Struct(">BIHB")  # flags, memory KiB, passes, lanes
SLOT_BYTES = _HEAD.size + SALT_BYTES + WRAPPED_BYTES
MAX_GROUPS = 2  # per kind of secret: a crafted file cannot make an attempt run the KDF 8 times
IDENTITY_BYTES = 16 + 32


@dataclass(frozen=True)
class Slot:
    """One entry of the slot table."""

    flags: int
    params: KdfParams
    salt: bytes
    wrapped: bytes

    @property
    def recovery(self) -> bool:
        return bool(self.flags & RECOVERY)

    @property
    def legacy(self) -> bool:
        return bool(self.flags & LEGACY)

    @property
    def group(self) -> tuple[int, KdfParams, bytes]:
        return self.flags, self.params, self.salt

    def head(self) -> bytes:
        """Everything but the wrapped key: what the wrap is bound to."""
        p = self.params
        return _HEAD.pack(self.flags, p.memory_kib, p.iterations, p.lanes) + self.salt

    def encode(self) -> bytes:
        return self.head() + self.wrapped

    @classmethod
    def decode(cls, blob: bytes | None) -> Slot:
        if not isinstance(blob, bytes) or len(blob) != SLOT_BYTES:
            raise VaultFormatError("damaged key slots")
        flags, memory, passes, lanes = _HEAD.unpack_from(blob)
        if flags & ~(RECOVERY | LEGACY):
            raise VaultFormatError("damaged key slots")
        salt = blob[_HEAD.size:_HEAD.size + SALT_BYTES]
        return cls(flags, KdfParams(memory, passes, lanes), salt, blob[_HEAD.size + SALT_BYTES:])


def legacy_header(params: KdfParams, salt: bytes) -> bytes:
    """Format 1's header bytes, to which its slots' wraps are bound."""
    fields = (1, params.memory_kib, params.iterations, params.lanes)
    return b"|".join(str(f).encode() for f in fields) + b"|" + salt


def _aad(n: int, slot: Slot, vault_id: bytes) -> bytes:
    if slot.legacy:
        return b"slot" + n.to_bytes(2, "big") + legacy_header(slot.params, slot.salt)
    return b"slot" + n.to_bytes(2, "big") + slot.head() + vault_id


def wrap(wrap_key: bytes, vault_key: bytes, n: int, flags: int, params: KdfParams,
         salt: bytes, vault_id: bytes) -> Slot:
    bare = Slot(flags, params, salt, b"")
    return replace(bare, wrapped=codec.seal(wrap_key, vault_key, _aad(n, bare, vault_id)))


def unwrap(wrap_key: bytes, n: int, slot: Slot, vault_id: bytes) -> bytes | None:
    try:
        return codec.unseal(wrap_key, slot.wrapped, _aad(n, slot, vault_id))
    except codec.Unreadable:
        return None


def read_table(conn: sqlite3.Connection, policy: KdfPolicy) -> list[Slot]:
    """Every slot, checked against the policy before any KDF work."""
    rows = dict(conn.execute("SELECT k, v FROM a WHERE k >= ? AND k < ?",
                             (layout.SLOT_BASE, layout.SLOT_BASE + layout.SLOT_COUNT)))
    if len(rows) != layout.SLOT_COUNT:
        raise VaultFormatError("damaged key slots")
    table = [Slot.decode(rows[layout.SLOT_BASE + n]) for n in range(layout.SLOT_COUNT)]
    for slot in table:
        policy.check(slot.params, legacy=slot.legacy)
    for recovery in (False, True):
        if len(groups(table, recovery)) > MAX_GROUPS:
            raise VaultFormatError("too many key slot groups")
    return table


def write_table(conn: sqlite3.Connection, table: Sequence[Slot], identity: bytes) -> None:
    """Inside the caller's transaction: the slots and the checksum over them."""
    for n, slot in enumerate(table):
        layout.put_cell(conn, layout.SLOT_BASE + n, slot.encode())
    layout.put_cell(conn, layout.CHECKSUM, checksum(identity, table))


def checksum(identity: bytes, table: Sequence[Slot]) -> bytes:
    return hashlib.sha256(b"slots" + identity + b"".join(s.encode() for s in table)).digest()


def groups(table: Sequence[Slot], recovery: bool) -> list[tuple[int, KdfParams, bytes]]:
    """The distinct (flags, cost, salt) of one kind of secret, in table order."""
    seen: list[tuple[int, KdfParams, bytes]] = []
    for slot in table:
        if slot.recovery == recovery and slot.group not in seen:
            seen.append(slot.group)
    return seen


@dataclass(frozen=True)
class Opened:
    """What an attempt found: the slot, the vault key, the wrap key and the KDF's time.

    `stale`: the slot held an older vault key (a recovery slot after a PIN change;
    the newest came from the envelope), so it is re-wrapped under the newest."""

    n: int
    vault_key: bytes
    wrap_key: bytes
    seconds: float
    stale: bool = False


def try_secret(table: Sequence[Slot], secret: bytes, recovery: bool, vault_id: bytes,
               pepper: bytes | None, clock: Callable[[], float] = time.perf_counter
               ) -> Opened | None:
    """Run the KDF once per group of this kind and try every slot of the group."""
    for flags, params, salt in groups(table, recovery):
        start = clock()
        wrap_key = derive(secret, salt, params, None if recovery else pepper)
        seconds = clock() - start
        found = None
        for n, slot in enumerate(table):
            if slot.group == (flags, params, salt):
                key = unwrap(wrap_key, n, slot, vault_id)
                if key is not None and found is None:
                    found = Opened(n, key, wrap_key, seconds)
        if found is not None:
            return found
    return None


def fill_unused(table: list[Slot | None]) -> list[Slot]:
    """Give every empty position a copy of a used slot's group with random wrapped bytes."""
    used = [s for s in table if s is not None]
    pick = secrets.SystemRandom()
    return [s if s is not None else replace(pick.choice(used), wrapped=os.urandom(WRAPPED_BYTES))
            for s in table]


def rewrap(table: Sequence[Slot], n: int, new: Slot, used: set[int]) -> list[Slot]:
    """Put `new` at `n`; unused slots that copied the old group follow the new one."""
    old = table[n].group
    result = list(table)
    result[n] = new
    for i, slot in enumerate(table):
        if i != n and i not in used and slot.group == old:
            result[i] = replace(new, wrapped=os.urandom(WRAPPED_BYTES))
    return result


def keep_only_recovery(conn: sqlite3.Connection) -> None:
    """Turn every PIN slot of a vault file into an unused recovery-kind slot.

    For BACKUP (issue 16): call this on a COPY of the vault file (opened with
    `layout.connect`, which sets secure_delete, so the old slot bytes are
    zeroed in the file and its journal), never on the live vault. The copy
    then opens with the recovery code only: no PIN (and no device secret)
    can open it, and the slot table keeps its size and looks like any other.
    Needs no key. The recovery code's own slots are left as they are.
    """
    table = read_table(conn, KdfPolicy(min_memory_kib=8, min_iterations=1,
                                       legacy_min_memory_kib=8))
    identity = layout.cell(conn, layout.IDENTITY)
    if identity is None:
        raise VaultFormatError("damaged identity")
    kept = [s if s.recovery else None for s in table]
    if all(s is None for s in kept):
        raise VaultFormatError("no recovery slot")
    conn.execute("BEGIN IMMEDIATE")
    try:
        write_table(conn, fill_unused(kept), identity)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
