"""The device secret: 32 random bytes kept in the OS keyring.

Mixed into PIN slots only, so a copied vault file alone cannot be brute
forced. We fail closed: a keyring that stores secrets in plain text (or
does not store them at all) counts as no keyring; there is no fallback.

A keyring that fails when asked (locked, its service gone) is not "no
secret": `load` raises KeyringUnavailable, so the caller can tell a locked
keyring from a wrong PIN.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
from typing import Any

from .errors import KeyringUnavailable

SERVICE = "Calculator"
SECRET_BYTES = 32

# Backends that keep secrets in a file or nowhere: never used.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def account_for(salt: bytes) -> str:
    """The keyring account of one vault: follows the file, not its folder."""
    return "display-" + hashlib.sha256(b"account" + salt).hexdigest()[:16]


def _is_secure(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    members = getattr(backend, "backends", None)
    if module == "keyring.backends.chainer":
        return bool(members) and all(_is_secure(b) for b in members)
    try:
        return float(type(backend).priority) > 0
    except Exception:
        return False


class DeviceKeyring:
    """This computer's keyring, or nothing.

    Attributes:
        backend: the `keyring` backend in use (tests pass an in-memory one).
    """

    def __init__(self, backend: Any = None) -> None:
        self._broken: Exception | None = None
        if backend is None:
            import keyring

            try:
                backend = keyring.get_keyring()
            except Exception as exc:  # the keyring module could not pick a backend
                self._broken = exc
        self.backend = backend

    def is_secure(self) -> bool:
        return self._broken is None and _is_secure(self.backend)

    def load(self, account: str) -> bytes | None:
        """The device secret; None if this keyring has none for `account`.

        Raises KeyringUnavailable when the keyring exists but fails to answer."""
        if self._broken is not None:
            raise KeyringUnavailable("the keyring could not be loaded") from self._broken
        if not self.is_secure():
            return None
        try:
            value = self.backend.get_password(SERVICE, account)
        except Exception as exc:  # any backend's failure: locked, D-Bus gone, denied
            raise KeyringUnavailable("the keyring did not answer") from exc
        if not value:
            return None
        try:
            secret = base64.b64decode(value, validate=True)
        except ValueError:
            return None
        return secret if len(secret) == SECRET_BYTES else None

    def create(self, account: str) -> bytes:
        """Store a fresh secret; raises if the keyring refuses."""
        secret = os.urandom(SECRET_BYTES)
        self.backend.set_password(SERVICE, account, base64.b64encode(secret).decode("ascii"))
        if self.load(account) != secret:
            raise OSError("the keyring did not keep the secret")
        return secret

    def delete(self, account: str) -> None:
        with contextlib.suppress(Exception):
            self.backend.delete_password(SERVICE, account)
