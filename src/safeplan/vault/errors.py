"""The vault's exceptions: one type per thing the caller can act on."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""


class VaultFormatError(VaultError):
    """The file is not a vault, its header or key-slot table is damaged,
    or its KDF parameters are outside sane bounds."""


class VaultUnavailable(VaultError):
    """The file could not be read or written just now (locked, I/O error)."""


class KeyringUnavailable(VaultError):
    """This computer's keyring did not answer (locked, or its service failed):
    not a wrong PIN, since the PIN could not be tried with the device secret."""


class RecordDamaged(VaultError):
    """One record failed to decrypt; every other record still opens."""

    def __init__(self, record_id: int) -> None:
        super().__init__(f"record {record_id} is damaged")
        self.record_id = record_id


class FileDamaged(VaultError):
    """A stored file's chunks were changed, reordered, dropped or spliced."""

    def __init__(self, file_id: int, detail: str = "") -> None:
        super().__init__(f"file {file_id} is damaged" + (f": {detail}" if detail else ""))
        self.file_id = file_id


class StorageFull(VaultError):
    """The disk (or the database's page limit) is full; nothing was written."""


class ImportCancelled(VaultError):
    """The caller cancelled a file import; nothing was kept."""


class NoSecureKeyring(VaultError):
    """Binding to this computer was asked for, but no secure keyring exists."""
