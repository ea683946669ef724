"""First-run setup as plain logic (no Qt), so it is tested without a screen.

Steps: welcome → pin → confirm → binding → creating → recovery → verify → done,
with Back from pin, confirm, binding and verify.
The UI shows one step at a time and calls these methods; each returns an
error key (None when fine) that the UI turns into a translated sentence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from .pins import PIN_MAX, PIN_MIN

STEPS = ("welcome", "pin", "confirm", "binding", "creating", "recovery", "verify", "done")
RECOMMENDED_PIN_DIGITS = 10

PIN_TOO_SHORT = "pin_too_short"
PIN_TOO_LONG = "pin_too_long"
PIN_MISMATCH = "pin_mismatch"
WRONG_LAST_FOUR = "wrong_last_four"  # kept for callers: any group checked is wrong
WRONG_GROUP = "wrong_last_four"

# What makes a PIN easy to guess (a plain warning; she may keep it).
REPEATED = "repeated"  # 111111, 121212, 123123
SEQUENCE = "sequence"  # 123456, 987654, 345678
DATE = "date"  # 15031990, 19900315, 150390: a birthday is the first thing he tries
GROUP_DIGITS = 4
# Step -> the step Back returns to. After the vault exists, Back from the check shows
# the code again; the code and the creation itself have no way back.
BACK = {"pin": "welcome", "confirm": "pin", "binding": "confirm", "verify": "recovery"}


@dataclass
class SetupFlow:
    """Where the owner is in the setup, and what she chose."""

    keyring_available: bool = False
    step: str = "welcome"
    pin: str = ""
    bind_device: bool = False
    recovery_code: str = ""
    checked_group: int = 0  # which group of four (0-5) she is asked to type back
    min_pin: int = PIN_MIN  # longer in portable mode, where no keyring helps

    def start(self) -> None:
        self.step = "pin"

    def can_go_back(self) -> bool:
        return self.step in BACK

    def back(self) -> None:
        """One step back; the PIN is forgotten when she goes back to choosing it."""
        if self.step not in BACK:
            return
        self.step = BACK[self.step]
        if self.step in ("welcome", "pin"):
            self.pin = ""

    def choose_pin(self, pin: str) -> str | None:
        if len(pin) < self.min_pin:
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

    def code_written_down(self, choose: Callable[[int], int] = secrets.randbelow) -> None:
        """Ask for one group of the code, chosen at random, so that writing down only the
        end of it does not pass."""
        groups = len(self.recovery_code) // GROUP_DIGITS or 1
        self.checked_group = choose(groups)
        self.step = "verify"

    def verify_group(self, digits: str) -> str | None:
        start = self.checked_group * GROUP_DIGITS
        if digits != self.recovery_code[start:start + GROUP_DIGITS]:
            return WRONG_GROUP
        self.recovery_code = ""
        self.step = "done"
        return None

    def verify_last_four(self, digits: str) -> str | None:
        """The check when the last group is the one asked for (older callers)."""
        return self.verify_group(digits)

    def back_to_code(self) -> None:
        self.step = "recovery"

    @staticmethod
    def code_groups(code: str) -> list[str]:
        """The recovery code in groups of four, as shown and as written down."""
        return [code[i : i + 4] for i in range(0, len(code), 4)]

    @staticmethod
    def weak(pin_length: int) -> bool:
        return pin_length < RECOMMENDED_PIN_DIGITS


def guessable(pin: str) -> str | None:
    """Why this PIN is among the first anybody tries (REPEATED, SEQUENCE, DATE), or None."""
    if len(pin) < 2 or not pin.isdigit():
        return None
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return REPEATED
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return SEQUENCE
    if _is_date(pin):
        return DATE
    return None


def _is_date(pin: str) -> bool:
    def valid(year: int, month: int, day: int) -> bool:
        try:
            dt.date(year, month, day)
        except ValueError:
            return False
        return 1900 <= year <= 2099

    def century(yy: int) -> int:
        return 2000 + yy if yy <= dt.date.today().year % 100 else 1900 + yy

    if len(pin) == 8:
        d, m, y = int(pin[:2]), int(pin[2:4]), int(pin[4:])
        if valid(y, m, d) or valid(y, d, m):  # DDMMYYYY, MMDDYYYY
            return True
        y, m, d = int(pin[:4]), int(pin[4:6]), int(pin[6:])
        return valid(y, m, d)  # YYYYMMDD
    if len(pin) == 6:
        d, m, yy = int(pin[:2]), int(pin[2:4]), int(pin[4:])
        if valid(century(yy), m, d) or valid(century(yy), d, m):  # DDMMYY, MMDDYY
            return True
        yy, m, d = int(pin[:2]), int(pin[2:4]), int(pin[4:])
        return valid(century(yy), m, d)  # YYMMDD
    return False
