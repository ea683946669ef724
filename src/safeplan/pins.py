"""What counts as a PIN and as the recovery code. Light: imported before the first frame."""

from __future__ import annotations

PIN_MIN, PIN_MAX = 6, 16
RECOVERY_DIGITS = 24


def is_pin(secret: str) -> bool:
    return secret.isascii() and secret.isdigit() and PIN_MIN <= len(secret) <= PIN_MAX


def is_recovery_code(secret: str) -> bool:
    return secret.isascii() and secret.isdigit() and len(secret) == RECOVERY_DIGITS


def is_secret_candidate(secret: str) -> bool:
    return is_pin(secret) or is_recovery_code(secret)

# Typed on the calculator and followed by `=`, this opens the first-run setup while no
# vault exists (and only then; with a vault it is an ordinary sum, tried as a wrong PIN).
# Six zeros: easy to say and remember, not what anybody types by chance in a calculator.
SETUP_KEYS = "000000"


def opens_setup(digits: str) -> bool:
    return digits == SETUP_KEYS
