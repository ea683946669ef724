"""Argon2id over what was typed, with parameters that a file cannot abuse."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import VaultFormatError

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True)
class KdfPolicy:
    """What a vault may ask for, and what a new vault gets.

    Reading refuses anything outside [floor, ceiling] before any work, so a
    crafted file can neither weaken the KDF nor freeze the app.
    """

    min_memory_kib: int = 128 * 1024
    max_memory_kib: int = 1024 * 1024
    max_iterations: int = 24
    max_lanes: int = 8
    memory_kib: int = 256 * 1024
    lanes: int = 4
    target_seconds: float = 1.0

    @classmethod
    def for_tests(cls) -> KdfPolicy:
        """Cheap parameters for tests only; the app never uses these."""
        return cls(min_memory_kib=8, memory_kib=64, lanes=1, target_seconds=0.0)

    def check(self, params: KdfParams) -> None:
        ok = (
            self.min_memory_kib <= params.memory_kib <= self.max_memory_kib
            and 1 <= params.iterations <= self.max_iterations
            and 1 <= params.lanes <= self.max_lanes
            and params.memory_kib >= 8 * params.lanes
        )
        if not ok:
            raise VaultFormatError("key derivation parameters out of bounds")

    def calibrate(self, clock: Callable[[], float] = time.perf_counter) -> KdfParams:
        """Pick the pass count that takes about `target_seconds` here."""
        probe = KdfParams(self.memory_kib, 1, self.lanes)
        if self.target_seconds <= 0:
            return probe
        # One pass and two passes: the difference is the cost of a pass, the rest
        # is the fixed cost of mapping the memory, which a single probe overstates.
        timings = []
        for passes in (1, 2):
            start = clock()
            derive(b"calibration", os.urandom(SALT_BYTES), KdfParams(probe.memory_kib, passes,
                                                                     probe.lanes))
            timings.append(clock() - start)
        per_pass = max(timings[1] - timings[0], 1e-3)
        fixed = max(timings[0] - per_pass, 0.0)
        passes = round((self.target_seconds - fixed) / per_pass)
        return KdfParams(self.memory_kib, max(1, min(passes, self.max_iterations)), self.lanes)


def derive(secret: bytes, salt: bytes, params: KdfParams, pepper: bytes | None = None) -> bytes:
    """Argon2id(secret, salt); `pepper` is Argon2's own secret input (the device secret)."""
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        secret=pepper,
    ).derive(secret)
