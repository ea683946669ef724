"""The encrypted store. Pure Python, no Qt: bytes and records, nothing of incidents.

Public surface: `create`, `unlock`, `exists`, `Vault` (one unit of work per
user action: `with vault.batch(): ...`), `FileRef`, `StagedFile`, `Failure`,
the KDF parameters and the errors below; `slots.keep_only_recovery` for
backups. Everything else here is internal.
"""

from ..paths import DB_NAME
from ..paths import vault_exists as exists
from ..pins import is_pin, is_recovery_code
from .device import DeviceKeyring
from .errors import (
    FileDamaged,
    ImportCancelled,
    KeyringUnavailable,
    NoSecureKeyring,
    RecordDamaged,
    StorageFull,
    VaultError,
    VaultFormatError,
    VaultUnavailable,
)
from .kdf import KdfParams, KdfPolicy
from .notes import Failure
from .store import FileRef, SealedHead, StagedFile, Vault, create, unlock

__all__ = [
    "DB_NAME",
    "DeviceKeyring",
    "Failure",
    "FileDamaged",
    "FileRef",
    "ImportCancelled",
    "KdfParams",
    "KdfPolicy",
    "KeyringUnavailable",
    "NoSecureKeyring",
    "RecordDamaged",
    "SealedHead",
    "StagedFile",
    "StorageFull",
    "Vault",
    "VaultError",
    "VaultFormatError",
    "VaultUnavailable",
    "create",
    "exists",
    "is_pin",
    "is_recovery_code",
    "unlock",
]
