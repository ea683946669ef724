"""The session: locked or unlocked, and what the vault's owner may do with it.

No Qt. The UI calls these from worker threads for anything that runs the
KDF; everything else is quick. The vault package (and with it
`cryptography`) is imported on first use, not at start-up, so the
calculator shows before any heavy import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .vault import DeviceKeyring, KdfPolicy, Vault

SETTINGS_KIND = "settings"
IDLE_CHOICES = (0, 1, 2, 3, 5, 10, 15, 20, 30)  # minutes; 0 is off
INACTIVE_CHOICES = (0, 1, 2, 5, 10)  # minutes in the background; 0 is off
LANGUAGES = ("", "en", "ru", "kk")  # "" follows the system


@dataclass
class Settings:
    """What the owner chose; stored encrypted inside the vault."""

    idle_minutes: int = 3
    lock_on_minimise: bool = True
    inactive_minutes: int = 2
    language: str = ""

    @classmethod
    def from_data(cls, data: Any) -> Settings:
        settings = cls()
        if isinstance(data, dict):
            for key, value in data.items():
                if hasattr(settings, key) and type(value) is type(getattr(settings, key)):
                    setattr(settings, key, value)
        if settings.idle_minutes not in IDLE_CHOICES:
            settings.idle_minutes = 3
        if settings.inactive_minutes not in INACTIVE_CHOICES:
            settings.inactive_minutes = 2
        if settings.language not in LANGUAGES:
            settings.language = ""
        return settings


Records = dict[str, list[tuple[int, Any]]]


@dataclass
class Opened:
    """An unlocked vault and every record its screens need, read in one pass.

    Made in the worker that ran the KDF, so the GUI thread never decrypts the
    whole vault (nothing in clear says a row's kind: a listing reads every row).
    """

    vault: Vault
    records: Records


def read_for_screens(vault: Vault) -> Opened:
    from .evidence import EvidenceStore
    from .journal import Journal
    from .plan import SafetyPlan

    return Opened(vault, vault.list_many((SETTINGS_KIND, *Journal.KINDS, *SafetyPlan.KINDS,
                                          *EvidenceStore.KINDS)))


class Session:
    """One vault folder and, while unlocked, its open Vault.

    Attributes:
        data_dir: the folder that holds (or will hold) the vault file.
        vault: the open vault, or None while locked.
        settings: the owner's settings (defaults while locked).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        policy: KdfPolicy | None = None,
        device_factory: Callable[[], DeviceKeyring | None] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._policy = policy
        self._device_factory = device_factory
        self._device: DeviceKeyring | None = None
        self.vault: Vault | None = None
        self.settings = Settings()
        self._settings_id: int | None = None
        self._records: Records | None = None

    # -- state -----------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self.vault is not None

    def has_vault(self) -> bool:
        from .paths import vault_exists

        return vault_exists(self.data_dir)

    def device(self) -> DeviceKeyring | None:
        """The OS keyring (looked up once; talking to it may block, so not on the GUI thread)."""
        if self._device is None:
            if self._device_factory is not None:
                self._device = self._device_factory()
            else:
                from .vault import DeviceKeyring

                try:
                    self._device = DeviceKeyring()
                except Exception:
                    self._device = None
        return self._device

    def keyring_is_secure(self) -> bool:
        device = self.device()
        return device is not None and device.is_secure()

    # -- work that runs the KDF (call from a worker thread) --------------------

    def create(
        self, pin: str, bind_device: bool, progress: Callable[[int], None] | None = None
    ) -> str:
        """Make the vault; returns the recovery code. Leaves the session unlocked."""
        from . import vault
        from .paths import ensure_private_dir

        policy = self._policy or vault.KdfPolicy()
        ensure_private_dir(self.data_dir)
        if progress:
            progress(5)
        params = policy.calibrate()
        if progress:
            progress(35)
        made, code = vault.create(
            self.data_dir, pin, kdf=params, policy=policy,
            device=self.device() if bind_device else None, bind_device=bind_device,
            progress=(lambda fraction: progress(35 + int(60 * fraction))) if progress else None,
        )
        self.accept(read_for_screens(made))
        if progress:
            progress(100)
        return code

    def try_unlock(self, secret: str) -> Opened | None:
        """Try a PIN or recovery code; the vault with its records, or None. Never raises."""
        from . import vault

        try:
            opened = vault.unlock(self.data_dir, secret, policy=self._policy,
                                  device=self.device())
            return None if opened is None else read_for_screens(opened)
        except Exception:
            return None

    def change_pin(self, new_pin: str, old_pin: str | None = None,
                   bind_device: bool | None = None) -> bool:
        """False if `old_pin` is wrong. After a recovery-code unlock no old PIN is asked."""
        vault = self._require()
        if old_pin is not None and not vault.verify_pin(old_pin):
            return False
        if old_pin is None and vault.opened_by != "recovery":
            raise PermissionError("the current PIN is required")
        vault.change_pin(new_pin, bind_device=bind_device)
        vault.opened_by = "pin"
        return True

    # -- quick work (GUI thread) -----------------------------------------------

    def accept(self, opened: Opened) -> None:
        """Take an unlocked vault (from a worker) as the session's."""
        self.vault = opened.vault
        self._records = opened.records
        self._settings_id = None
        self.settings = Settings()
        for record_id, data in opened.records.get(SETTINGS_KIND, []):
            self._settings_id = record_id
            self.settings = Settings.from_data(data)

    def take_records(self) -> Records | None:
        """The records read at unlock, once; None afterwards (they may be stale)."""
        records, self._records = self._records, None
        return records

    def save_settings(self) -> None:
        vault = self._require()
        data = asdict(self.settings)
        if self._settings_id is None:
            self._settings_id = vault.put(SETTINGS_KIND, data)
        else:
            vault.update(self._settings_id, data)

    def lock(self) -> Vault | None:
        """Forget the vault at once; returns it so the caller can close it off-thread."""
        vault, self.vault = self.vault, None
        self._records = None
        self.settings = Settings()
        self._settings_id = None
        return vault

    def _require(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("locked")
        return self.vault
