"""Restoring a backup at first run, as plain logic (no Qt), tested without a screen.

Steps: file → code → checking → pin → confirm → binding → restoring → done.
Each method returns an error key (None when fine) that the UI turns into a
translated sentence. In portable mode there is no keyring, so a long PIN is
required instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pins import PIN_MAX, PIN_MIN, is_pin, is_recovery_code

STEPS = ("file", "code", "checking", "pin", "confirm", "binding", "restoring", "done")
PORTABLE_PIN_MIN = 10

NO_FILE = "no_file"
NOT_A_CODE = "not_a_code"
PIN_TOO_SHORT = "pin_too_short"
PIN_TOO_LONG = "pin_too_long"
PIN_MISMATCH = "pin_mismatch"


@dataclass
class RestoreFlow:
    """Where she is in the restore, and what she chose.

    Attributes:
        opened: the backup once its secret opened it (an OpenedBackup).
    """

    keyring_available: bool = False
    portable: bool = False
    step: str = "file"
    path: Path | None = None
    secret: str = ""
    opened: Any = None
    pin: str = ""
    bind_device: bool = False
    history: list[str] = field(default_factory=list)

    @property
    def min_pin(self) -> int:
        return PORTABLE_PIN_MIN if self.portable else PIN_MIN

    def _go(self, step: str) -> None:
        self.history.append(self.step)
        self.step = step

    def choose_file(self, path: str) -> str | None:
        if not path:
            return NO_FILE
        self.path = Path(path)
        self._go("code")
        return None

    def enter_code(self, digits: str) -> str | None:
        """The recovery code (24 digits), or a PIN she added to that backup."""
        if not (is_recovery_code(digits) or is_pin(digits)):
            return NOT_A_CODE
        self.secret = digits
        self.step = "checking"
        return None

    def opened_with(self, opened: Any) -> None:
        self.opened = opened
        self.history.append("code")
        self.step = "pin"

    def check_failed(self) -> None:
        self.secret = ""
        self.step = "code"

    def choose_pin(self, pin: str) -> str | None:
        if len(pin) < self.min_pin:
            return PIN_TOO_SHORT
        if len(pin) > PIN_MAX:
            return PIN_TOO_LONG
        self.pin = pin
        self._go("confirm")
        return None

    def confirm_pin(self, pin: str) -> str | None:
        if pin != self.pin:
            self.pin = ""
            self.step = "pin"
            return PIN_MISMATCH
        self.bind_device = self.keyring_available and not self.portable
        self._go("binding")
        return None

    def choose_binding(self, bind: bool) -> None:
        self.bind_device = bind and self.keyring_available and not self.portable
        self.step = "restoring"

    def restored(self) -> None:
        self.pin = self.secret = ""
        self.opened = None
        self.step = "done"

    def failed(self) -> None:
        """The restore failed: nothing changed; back to the PIN, the backup still open."""
        self.pin = ""
        self.step = "pin"

    def back(self) -> bool:
        """One step back; False at the first step (leave the restore)."""
        if self.step in ("checking", "restoring", "done") or not self.history:
            return False
        self.step = self.history.pop()
        if self.step in ("pin", "confirm"):
            self.pin = ""
        return True
