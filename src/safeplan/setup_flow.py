"""First-run setup as plain logic (no Qt), so it is tested without a screen.

Steps: welcome → pin → confirm → binding → creating → recovery → verify → done.
The UI shows one step at a time and calls these methods; each returns an
error key (None when fine) that the UI turns into a translated sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .pins import PIN_MAX, PIN_MIN

STEPS = ("welcome", "pin", "confirm", "binding", "creating", "recovery", "verify", "done")
RECOMMENDED_PIN_DIGITS = 10

PIN_TOO_SHORT = "pin_too_short"
PIN_TOO_LONG = "pin_too_long"
PIN_MISMATCH = "pin_mismatch"
WRONG_LAST_FOUR = "wrong_last_four"


@dataclass
class SetupFlow:
    """Where the owner is in the setup, and what she chose."""

    keyring_available: bool = False
    step: str = "welcome"
    pin: str = ""
    bind_device: bool = False
    recovery_code: str = ""

    def start(self) -> None:
        self.step = "pin"

    def choose_pin(self, pin: str) -> str | None:
        if len(pin) < PIN_MIN:
            return PIN_TOO_SHORT
        if len(pin) > PIN_MAX:
            return PIN_TOO_LONG
        self.pin = pin
        self.step = "confirm"
        return None

    def confirm_pin(self, pin: str) -> str | None:
        if pin != self.pin:
            self.pin = ""
            self.step = "pin"
            return PIN_MISMATCH
        self.step = "binding"
        self.bind_device = self.keyring_available
        return None

    def choose_binding(self, bind: bool) -> None:
        self.bind_device = bind and self.keyring_available
        self.step = "creating"

    def created(self, recovery_code: str) -> None:
        self.recovery_code = recovery_code
        self.pin = ""
        self.step = "recovery"

    def failed(self) -> None:
        """Creation failed (disk full, no permission): back to choosing the PIN."""
        self.pin = ""
        self.step = "pin"

    def code_written_down(self) -> None:
        self.step = "verify"

    def verify_last_four(self, digits: str) -> str | None:
        if digits != self.recovery_code[-4:]:
            return WRONG_LAST_FOUR
        self.recovery_code = ""
        self.step = "done"
        return None

    def back_to_code(self) -> None:
        self.step = "recovery"

    @staticmethod
    def code_groups(code: str) -> list[str]:
        """The recovery code in groups of four, as shown and as written down."""
        return [code[i : i + 4] for i in range(0, len(code), 4)]

    @staticmethod
    def weak(pin_length: int) -> bool:
        return pin_length < RECOMMENDED_PIN_DIGITS
