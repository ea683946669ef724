"""The session: locked or unlocked, and what the vault's owner may do with it.

No Qt. The UI calls these from worker threads for anything that runs the
KDF; everything else is quick. The vault package (and with it
`cryptography`) is imported on first use, not at start-up, so the
calculator shows before any heavy import.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .backups import BACKUPS, BackupLog

if TYPE_CHECKING:
    from .evidence import EvidenceStore
    from .journal import Journal
    from .orders import OrderBook
    from .plan import SafetyPlan
    from .statement import StatementBook
    from .vault import DeviceKeyring, Failure, KdfPolicy, Vault
    from .vault.backup import BackupMade, OpenedBackup

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


class WrongRecoveryCode(ValueError):
    """The recovery code typed with a PIN change does not open this vault."""


@dataclass
class Opened:
    """An unlocked vault and every record its screens need, read in one pass.

    Made in the worker that ran the KDF, so the GUI thread never decrypts the
    whole vault (nothing in clear says a row's kind: a listing reads every row).
    `failures` are what went wrong at earlier unlocks (to tell her, once).
    """

    vault: Vault
    records: Records
    failures: list[Failure] = field(default_factory=list)
    # The public half of the recovery code typed to open it (None: opened by a PIN).
    typed_recipient: dict[str, Any] | None = None


@dataclass
class Workspace:
    """The domain objects the vault's screens work on, one set per unlock.

    Screens receive these from the session; none of them builds its own from
    the vault, so there is one journal (one chain head) however many screens
    show it.
    """

    journal: Journal
    plan: SafetyPlan
    evidence: EvidenceStore
    orders: OrderBook
    statements: StatementBook


def read_for_screens(vault: Vault) -> Opened:
    from .evidence import EvidenceStore
    from .journal import Journal
    from .orders import OrderBook
    from .plan import SafetyPlan
    from .statement import StatementBook

    records = vault.list_many((SETTINGS_KIND, BACKUPS, *Journal.KINDS, *SafetyPlan.KINDS,
                               *EvidenceStore.KINDS, *OrderBook.KINDS, *StatementBook.KINDS))
    from .evidence import EVIDENCE, even_out_files

    # Items of a format-1 vault without previews get their fillers (once).
    records[EVIDENCE] = even_out_files(vault, records[EVIDENCE])
    failures = vault.failures()
    if failures:
        vault.clear_failures()
    return Opened(vault, records, failures)


class Session:
    """One vault folder and, while unlocked, its open Vault.

    Attributes:
        data_dir: the folder that holds (or will hold) the vault file.
        portable: running from a USB stick with the data beside it (no keyring).
        vault: the open vault, or None while locked.
        settings: the owner's settings (defaults while locked).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        policy: KdfPolicy | None = None,
        device_factory: Callable[[], DeviceKeyring | None] | None = None,
        portable: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.portable = portable
        self._policy = policy
        self._device_factory = device_factory
        self._device: DeviceKeyring | None = None
        self.vault: Vault | None = None
        self.settings = Settings()
        self._settings_id: int | None = None
        self._records: Records | None = None
        self.backups = BackupLog()
        self._backups_id: int | None = None
        self._failures: list[Failure] = []
        # The public half of a recovery code she typed in this session and that opened
        # the vault: the only half a PIN change seals the new key to.
        self._typed_recipient: dict[str, Any] | None = None
        # Whether the last PIN change gave the vault a new key (False: a vault that does
        # not know the recovery code's public half yet; the settings page says so).
        self.last_change_rekeyed = True

    # -- state -----------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self.vault is not None

    def has_vault(self) -> bool:
        from .paths import vault_exists

        return vault_exists(self.data_dir)

    def device(self) -> DeviceKeyring | None:
        """The OS keyring (looked up once; talking to it may block, so not on the GUI thread)."""
        if self.portable:
            return None  # a stick carried between computers: no keyring is ever used
        if self._device is None:
            if self._device_factory is not None:
                self._device = self._device_factory()
            else:
                from .vault import DeviceKeyring

                self._device = DeviceKeyring()  # a broken keyring says so when asked
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
            progress=(lambda fraction: progress(35 + int(50 * fraction))) if progress else None,
        )
        self.accept(read_for_screens(made))
        if made.recipient is not None:  # made by vault.create with the code (no second KDF)
            self.backups.recipient = made.recipient
            self.save_backups()
        else:
            self._remember_recipient(code)
        self._typed_recipient = self.backups.recipient
        if progress:
            progress(100)
        return code

    def try_unlock(self, secret: str) -> Opened | None:
        """Try a PIN or recovery code; the vault with its records, or None if wrong.

        Raises a VaultError subclass when the vault could not be tried (damaged,
        unreadable, keyring not answering): not a wrong PIN. The calculator
        shows nothing either way; the vault notes it and says so at the next
        unlock. Anything else is a programming error and propagates too.
        """
        from . import vault

        opened = vault.unlock(self.data_dir, secret, policy=self._policy, device=self.device())
        if opened is None:
            return None
        try:
            found = read_for_screens(opened)
            if opened.opened_by == "recovery":
                # The code is here: its public half is kept (a vault made before backups
                # existed learns it, so later backups can be made without the code), and
                # put back over another one. He could have written his own in while he
                # knew her PIN; a PIN change would then seal the new key to him
                # (attack3/planted_recipient.py). One more KDF run per recovery unlock.
                own = self._recipient_of(secret)
                found.typed_recipient = own
                kept = [BackupLog.from_data(d).recipient for _, d in found.records[BACKUPS]]
                if opened.recipient != own or any(r != own for r in kept) or not kept:
                    try:
                        with opened.batch():
                            found.records[BACKUPS] = self._recipient_record(
                                opened, found, secret, own)
                    except vault.VaultError:
                        # Not written (a full disk): the unlock goes on, and this session
                        # uses her half all the same (a PIN change passes the backups
                        # log's); the next recovery unlock writes it.
                        found.records[BACKUPS] = [
                            (row_id, {**BackupLog.from_data(data).to_data(), "recipient": own})
                            for row_id, data in found.records[BACKUPS]]
            if opened.recipient is None:
                # A vault whose key store predates the code's public half there: a PIN
                # change needs it to give the recovery code the new key.
                for _, data in found.records[BACKUPS]:
                    known = BackupLog.from_data(data).recipient
                    if known:
                        opened.keep_recipient(known)
        except BaseException:
            opened.close()
            raise
        return found

    # -- backups (call from a worker thread) -----------------------------------

    def _kdf_policy(self) -> KdfPolicy:
        from .vault import KdfPolicy

        return self._policy or KdfPolicy()

    def _recipient_of(self, code: str) -> dict[str, Any]:
        """The recovery code's public half (runs the KDF)."""
        from .vault import backup

        return backup.recipient_for(code, backup.recovery_params(self._kdf_policy())).to_data()

    def _recipient_record(self, opened: Vault, found: Opened, code: str,
                          own: dict[str, Any] | None = None) -> list[tuple[int, Any]]:
        """The backups record(s) with the code's public half, written, and the key store's."""
        own = own if own is not None else self._recipient_of(code)
        opened.keep_recipient(own)
        rows = found.records.get(BACKUPS, [])
        if not rows:
            log = BackupLog(recipient=own)
            return [(opened.put(BACKUPS, log.to_data()), log.to_data())]
        kept = []
        for row_id, data in rows:
            log = BackupLog.from_data(data)
            if log.recipient != own:
                log.recipient = own
                opened.update(row_id, log.to_data())
            kept.append((row_id, log.to_data()))
        return kept

    def _remember_recipient(self, code: str) -> None:
        from .vault import backup

        self.backups.recipient = backup.recipient_for(
            code, backup.recovery_params(self._kdf_policy())).to_data()
        if self.vault is not None:
            self.vault.keep_recipient(self.backups.recipient)
        self.save_backups()

    @property
    def recovery_behind(self) -> bool:
        """Whether her recovery code cannot open the vault until she types it once (a PIN
        change made without it; vault/store.Vault.change_pin)."""
        return self.vault is not None and self.vault.recovery_behind

    @property
    def recovery_code_typed(self) -> bool:
        """Whether her recovery code was typed (and checked) in this session."""
        return self._typed_recipient is not None

    def can_back_up(self) -> bool:
        """Whether backups can be made now, or the recovery code is needed once first.

        Not while the recovery code is behind: the kept public half is then unchecked
        (he could have planted his own) and a backup is sealed to it."""
        return self.backups.recipient is not None and not self.recovery_behind

    def check_recovery_code(self, code: str) -> dict[str, Any]:
        """The public half of `code` if it is this vault's recovery code (runs the KDF
        once, twice when the kept half differs); WrongRecoveryCode if not.

        The kept half alone proves nothing (he could have written his own there while
        he knew her PIN); a code whose half it is, she holds, so sealing to it is
        right. Otherwise the code must open the vault's recovery slot."""
        from .pins import is_recovery_code

        vault = self._require()
        if not is_recovery_code(code):
            raise WrongRecoveryCode("a recovery code is 24 digits")
        own = self._recipient_of(code)
        if own != vault.recipient and not vault.check_recovery_code(code):
            raise WrongRecoveryCode("not this vault's recovery code")
        return own

    def _keep_typed(self, own: dict[str, Any]) -> None:
        """After a checked code: the backups record keeps her half (a full disk leaves it
        for later: the key store, which the PIN change wrote, already has it)."""
        from .vault import VaultError

        self._typed_recipient = own
        if self.backups.recipient != own:
            self.backups.recipient = own
            with contextlib.suppress(VaultError):
                self.save_backups()

    def add_recovery_code(self, code: str) -> bool:
        """Check `code` against this vault and keep its public half; False if wrong.

        The vault key in use is sealed to it (the envelope), so the code opens the
        vault again after a PIN change made without it."""
        try:
            own = self.check_recovery_code(code)
        except WrongRecoveryCode:
            return False
        self._require().seal_recovery(own)
        self._keep_typed(own)
        return True

    def make_backup(self, destination: Path, *, pin: str | None = None,
                    progress: Callable[[int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> BackupMade:
        """Write a backup where she chose; remembers when (and where, if allowed)."""
        import time

        from .vault import backup

        vault = self._require()
        recipient = backup.Recipient.from_data(self.backups.recipient)
        if recipient is None or self.recovery_behind:  # see can_back_up
            raise LookupError("the recovery code is needed once first")
        if pin is not None and not vault.verify_pin(pin):
            raise PermissionError("wrong PIN")
        made = backup.write_backup(vault, destination, recipient, pin=pin,
                                   policy=self._kdf_policy(), progress=progress,
                                   cancelled=cancelled)
        self.backups.made(time.time(), str(destination))
        self.save_backups()
        return made

    def open_backup(self, path: Path, secret: str) -> OpenedBackup:
        """Check that `secret` opens the backup at `path` (runs the KDF)."""
        from .vault import backup

        return backup.open_backup(path, secret, policy=self._kdf_policy())

    def restore(self, opened: OpenedBackup, secret: str, new_pin: str, bind_device: bool,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
        """First run on a new computer: the backup becomes this folder's vault, opened."""
        from . import vault
        from .paths import ensure_private_dir
        from .vault import backup

        ensure_private_dir(self.data_dir)
        backup.restore(opened, secret, self.data_dir, new_pin, bind_device=bind_device,
                       device=self.device(),
                       policy=self._kdf_policy(),
                       progress=(lambda p: progress(int(p * 0.9))) if progress else None,
                       cancelled=cancelled)
        unlocked = vault.unlock(self.data_dir, new_pin, policy=self._policy,
                                device=self.device())
        if unlocked is None:
            raise vault.VaultFormatError("the restored vault does not open")
        self.accept(read_for_screens(unlocked))
        if progress:
            progress(100)

    def replace_with(self, opened: OpenedBackup, secret: str, new_pin: str, bind_device: bool,
                     keep_current_at: Path, progress: Callable[[int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Vault | None:
        """Keep the current vault as a backup at `keep_current_at`, then put the chosen
        backup in its place. Returns the old vault, already closed; the session is
        locked afterwards (she opens the new vault with `new_pin`)."""
        from .vault import backup

        self.make_backup(keep_current_at,
                         progress=(lambda p: progress(p // 2)) if progress else None,
                         cancelled=cancelled)
        current = self._require()

        def close_current() -> None:
            current.close()

        backup.restore(opened, secret, self.data_dir, new_pin, bind_device=bind_device,
                       device=self.device(),
                       policy=self._kdf_policy(), replace=True, before_replace=close_current,
                       progress=(lambda p: progress(50 + p // 2)) if progress else None,
                       cancelled=cancelled)
        return current

    def change_pin(self, new_pin: str, old_pin: str | None = None,
                   bind_device: bool | None = None, recovery_code: str | None = None) -> bool:
        """False if `old_pin` is wrong; WrongRecoveryCode if `recovery_code` is given and
        is not this vault's (nothing changes either way). After a recovery-code unlock
        no old PIN is asked.

        The vault gets a new key (vault/store.Vault.change_pin): an old copy of its
        file and the old PIN then read nothing she writes afterwards. The new key is
        sealed only to the public half of a recovery code she typed (now, or to open
        the vault, or on the Backups page in this session), never to the half kept in
        the vault: he could have planted his own there while he knew her PIN
        (tests/vault/test_pin_change_checks_recovery.py). Without her code the new key
        reaches no recovery half (`recovery_behind` until she types it once); a keyring
        change (`bind_device`, same PIN) then keeps the key instead."""
        vault = self._require()
        if old_pin is not None and not vault.verify_pin(old_pin):
            return False
        if old_pin is None and vault.opened_by != "recovery":
            raise PermissionError("the current PIN is required")
        own = self._typed_recipient
        if recovery_code:
            own = self.check_recovery_code(recovery_code)
        self.last_change_rekeyed = vault.change_pin(
            new_pin, bind_device=bind_device, recipient=own, trust_stored=False,
            unverified="keep" if bind_device is not None else "unsealed")
        vault.opened_by = "pin"
        if own is not None:
            self._keep_typed(own)
        return True

    # -- quick work (GUI thread) -----------------------------------------------

    def accept(self, opened: Opened) -> None:
        """Take an unlocked vault (from a worker) as the session's."""
        self.vault = opened.vault
        self._records = opened.records
        self._failures = list(opened.failures)
        self._settings_id = None
        self.settings = Settings()
        for record_id, data in opened.records.get(SETTINGS_KIND, []):
            self._settings_id = record_id
            self.settings = Settings.from_data(data)
        self._backups_id = None
        self.backups = BackupLog()
        self._typed_recipient = opened.typed_recipient
        for record_id, data in opened.records.get(BACKUPS, []):
            self._backups_id = record_id
            self.backups = BackupLog.from_data(data)

    def open_workspace(self, language: str) -> Workspace:
        """Build the journal, the plan and the evidence store (call from a worker: it
        decrypts every record, unless the unlock already read them)."""
        from .evidence import EvidenceStore
        from .journal import Journal
        from .orders import OrderBook
        from .plan import SafetyPlan
        from .statement import StatementBook
        from .vault import VaultError

        vault = self._require()
        records = self.take_records()
        loaded = records if records is not None else vault.list_many(
            Journal.KINDS + SafetyPlan.KINDS + EvidenceStore.KINDS + OrderBook.KINDS
            + StatementBook.KINDS)
        journal = Journal(vault, loaded=loaded)
        evidence = EvidenceStore(vault, journal, loaded=loaded)
        orders = OrderBook(vault, journal, loaded=loaded)
        statements = StatementBook(vault, journal, loaded=loaded)
        # Positions recorded before commitments existed: sealed once (a full disk
        # leaves it for the next unlock; an export seals first anyway).
        with contextlib.suppress(VaultError, OSError):
            evidence.seal_locations()
        return Workspace(journal, SafetyPlan(vault, language, loaded=loaded), evidence,
                         orders, statements)

    def take_failures(self) -> list[Failure]:
        """What failed at earlier unlocks, once (the shell shows it)."""
        failures, self._failures = self._failures, []
        return failures

    def take_records(self) -> Records | None:
        """The records read at unlock, once; None afterwards (they may be stale)."""
        records, self._records = self._records, None
        return records

    def save_settings(self, settings: Settings | None = None) -> None:
        """Store `settings` (default: the current ones); they become current only
        once stored. Raises a VaultError (the old settings stay) if it fails."""
        vault = self._require()
        chosen = self.settings if settings is None else settings
        data = asdict(chosen)
        if self._settings_id is None:
            self._settings_id = vault.put(SETTINGS_KIND, data)
        else:
            vault.update(self._settings_id, data)
        self.settings = chosen

    def save_backups(self) -> None:
        vault = self._require()
        data = self.backups.to_data()
        if self._backups_id is None:
            self._backups_id = vault.put(BACKUPS, data)
        else:
            vault.update(self._backups_id, data)

    def lock(self) -> Vault | None:
        """Forget the vault at once; returns it so the caller can close it off-thread."""
        vault, self.vault = self.vault, None
        self._records = None
        self._failures = []
        self.settings = Settings()
        self._settings_id = None
        self.backups = BackupLog()
        self._backups_id = None
        self._typed_recipient = None
        return vault

    def _require(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("locked")
        return self.vault
