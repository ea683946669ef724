"""The newest vault key, sealed to the recovery code's public half (cell ENVELOPE).

No Qt. A PIN change gives the vault a new random key (store.Vault.change_pin) but
cannot re-wrap the recovery code's slot: that slot is AES-GCM under Argon2id of
the code, and the code is not in the vault. What the vault does keep is the
*public* half of a P-256 key derived from the code (backup.py's Recipient, made
for backups). So the change seals the new key to it, exactly as a backup seals its
key: a one-time P-256 key, ECDH, HKDF-SHA256, AES-256-GCM (no new primitive). His
old copy of the folder and the old PIN give him the old key store, whose contents
(public key included) make envelopes but never open one.

Opening needs the code: Argon2id over it (the recipient's cost, kept in clear in
the cell, checked against the policy before any work), ECDH with the cell's point.
A recovery unlock whose slot gives an older key runs that second KDF once, and the
recovery slot is then re-wrapped under the newest key (`Vault._settle_slot`).

    cell:  memory KiB (4) | passes (2) | lanes (1) | ephemeral point (33, compressed)
           | AES-GCM nonce (12) | vault key (32) | tag (16)
"""

from __future__ import annotations

import struct

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import codec
from .errors import VaultFormatError
from .kdf import KdfParams, KdfPolicy

_HEAD = struct.Struct(">IHB")
POINT_BYTES = 33
ENVELOPE_BYTES = _HEAD.size + POINT_BYTES + codec.NONCE_BYTES + 32 + codec.TAG_BYTES


def _compressed(key: ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.X962,
                            serialization.PublicFormat.CompressedPoint)


def _key(shared: bytes, vault_id: bytes, point: bytes, public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=vault_id,
                info=b"vault key envelope" + point + public).derive(shared)


def _aad(vault_id: bytes, head: bytes, point: bytes) -> bytes:
    return b"envelope" + vault_id + head + point


def usable(recipient_data: object) -> bool:
    """Whether `recipient_data` (backup.Recipient.to_data()) names a real P-256 point."""
    from .backup import Recipient

    recipient = Recipient.from_data(recipient_data)
    if recipient is None:
        return False
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), recipient.public)
    except ValueError:
        return False
    return True


def seal(recipient_data: object, vault_key: bytes, vault_id: bytes) -> bytes:
    """The cell for `vault_key`, openable with the recovery code alone."""
    from .backup import Recipient

    recipient = Recipient.from_data(recipient_data)
    if recipient is None:
        raise ValueError("no recovery public key")
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), recipient.public)
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    point = _compressed(ephemeral.public_key())
    p = recipient.params
    head = _HEAD.pack(p.memory_kib, p.iterations, p.lanes)
    key = _key(ephemeral.exchange(ec.ECDH(), peer), vault_id, point, recipient.public)
    return head + point + codec.seal(key, vault_key, _aad(vault_id, head, point))


def open_with_code(blob: bytes | None, code: str, vault_id: bytes,
                   policy: KdfPolicy) -> bytes | None:
    """The vault key in the cell, or None (no cell, or not this code's).
    Runs Argon2id once: call off the GUI thread. VaultFormatError for a cell whose
    cost is outside the policy (a file must not be able to freeze the app)."""
    from .backup import _recovery_key

    if blob is None or len(blob) != ENVELOPE_BYTES:
        return None
    memory, passes, lanes = _HEAD.unpack_from(blob)
    params = KdfParams(memory, passes, lanes)
    policy.check(params)
    head = blob[:_HEAD.size]
    point = blob[_HEAD.size:_HEAD.size + POINT_BYTES]
    try:
        peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError as exc:
        raise VaultFormatError("damaged envelope") from exc
    private = _recovery_key(code, params)
    public = _compressed(private.public_key())
    key = _key(private.exchange(ec.ECDH(), peer), vault_id, point, public)
    try:
        return codec.unseal(key, blob[_HEAD.size + POINT_BYTES:], _aad(vault_id, head, point))
    except codec.Unreadable:
        return None
