"""The encrypted store. Pure Python, no Qt: bytes and records, nothing of incidents.

Public surface: `create`, `unlock`, `exists`, `Vault` (one unit of work per
user action: `with vault.batch(): ...`), `FileRef`, `StagedFile`, the KDF
parameters and the errors below. Everything else here is internal.
"""

from ..paths import DB_NAME
from ..paths import vault_exists as exists
from ..pins import is_pin, is_recovery_code
from .device import DeviceKeyring
from .errors import (
    FileDamaged,
    ImportCancelled,
    NoSecureKeyring,
    RecordDamaged,
    StorageFull,
    VaultError,
    VaultFormatError,
)
from .kdf import KdfParams, KdfPolicy
from .store import FileRef, StagedFile, Vault, create, unlock

__all__ = [
    "DB_NAME",
    "DeviceKeyring",
    "FileDamaged",
    "FileRef",
    "ImportCancelled",
    "KdfParams",
    "KdfPolicy",
    "NoSecureKeyring",
    "RecordDamaged",
    "StagedFile",
    "StorageFull",
    "Vault",
    "VaultError",
    "VaultFormatError",
    "create",
    "exists",
    "is_pin",
    "is_recovery_code",
    "unlock",
]
