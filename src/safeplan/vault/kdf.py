"""Argon2id over what was typed, with parameters that a file cannot abuse.

The cost of a new key slot is calibrated here: about one second, never less
than the floor (256 MiB, 3 passes). Measured on a busy laptop, one timed run
of the KDF is a lottery (the old calibration returned 1 to 24 passes for the
same computer), so the cost of a pass comes from the median of several runs
at two pass counts: the difference is the cost of a pass, the rest is the
fixed cost of mapping the memory.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import VaultFormatError

SALT_BYTES = 16
KEY_BYTES = 32

Clock = Callable[[], float]


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    @property
    def cost(self) -> int:
        return self.memory_kib * self.iterations


@dataclass(frozen=True)
class KdfPolicy:
    """What a vault may ask for, and what a new key slot gets.

    Reading refuses anything outside [floor, ceiling] before any work, so a
    crafted file can neither weaken the KDF nor freeze the app. Slots written
    by the first format (before the floor was raised) are read against
    `legacy_min_*` and re-wrapped at the current floor when they open.

    Attributes:
        min_memory_kib / min_iterations: the floor of every slot written now.
        max_memory_kib / max_iterations / max_lanes: the ceiling of what is read.
        memory_kib / lanes: what new slots use; calibration tunes the passes.
        target_seconds: the aim of calibration (0 in tests: the floor, no timing).
        low_seconds / high_seconds: the band calibration keeps inside when it can.
        rewrap_seconds: an unlock slower than this re-tunes the slot just opened.
        calibration_runs: timed runs per pass count (their median is used).
    """

    min_memory_kib: int = 256 * 1024
    min_iterations: int = 3
    max_memory_kib: int = 1024 * 1024
    max_iterations: int = 24
    max_lanes: int = 8
    memory_kib: int = 256 * 1024
    lanes: int = 4
    target_seconds: float = 1.0
    low_seconds: float = 0.8
    high_seconds: float = 1.5
    rewrap_seconds: float = 3.0
    calibration_runs: int = 3
    legacy_min_memory_kib: int = 128 * 1024
    legacy_min_iterations: int = 1

    @classmethod
    def for_tests(cls) -> KdfPolicy:
        """Cheap parameters for tests only; the app never uses these."""
        return cls(min_memory_kib=8, min_iterations=1, memory_kib=64, lanes=1,
                   target_seconds=0.0, legacy_min_memory_kib=8)

    @property
    def floor(self) -> KdfParams:
        return KdfParams(max(self.memory_kib, self.min_memory_kib), self.min_iterations,
                         self.lanes)

    def recovery_params(self) -> KdfParams:
        """The recovery code's fixed cost: the floor. It is 24 random digits
        (about 80 bits), so its strength does not rest on the KDF, and a fixed
        cost opens it in the same time on any computer."""
        return self.floor

    def check(self, params: KdfParams, *, legacy: bool = False) -> None:
        """VaultFormatError unless `params` is between the floor and the ceiling."""
        min_memory = self.legacy_min_memory_kib if legacy else self.min_memory_kib
        min_iterations = self.legacy_min_iterations if legacy else self.min_iterations
        ok = (
            min_memory <= params.memory_kib <= self.max_memory_kib
            and min_iterations <= params.iterations <= self.max_iterations
            and 1 <= params.lanes <= self.max_lanes
            and params.memory_kib >= 8 * params.lanes
        )
        if not ok:
            raise VaultFormatError("key derivation parameters out of bounds")

    def check_new(self, params: KdfParams) -> None:
        """ValueError for parameters weaker than the floor: never stored."""
        if params.memory_kib < self.min_memory_kib or params.iterations < self.min_iterations:
            raise ValueError("key derivation cost below the floor")
        self.check(params)

    def calibrate(self, clock: Clock = time.perf_counter,
                  run: Callable[[KdfParams], object] | None = None) -> KdfParams:
        """The pass count that takes about `target_seconds` here, never below the floor.

        `run` performs one derivation (tests pass a fake that advances a fake
        `clock`). Runs alternate between 1 and 3 passes, `calibration_runs`
        of each; medians, so a run slowed by other work does not count.
        """
        floor = self.floor
        if self.target_seconds <= 0:
            return floor
        if run is None:
            salt = os.urandom(SALT_BYTES)

            def run(params: KdfParams) -> object:
                return derive(b"calibration", salt, params)

        timings: dict[int, list[float]] = {1: [], 3: []}
        for _ in range(max(1, self.calibration_runs)):
            for passes in timings:
                start = clock()
                run(KdfParams(floor.memory_kib, passes, floor.lanes))
                timings[passes].append(clock() - start)
        one, three = (statistics.median(timings[p]) for p in (1, 3))
        per_pass = (three - one) / 2
        if per_pass <= 0:  # noise larger than the signal: charge everything to the passes
            per_pass = three / 3
        fixed = max(one - per_pass, 0.0)

        def predicted(passes: int) -> float:
            return fixed + passes * per_pass

        passes = round((self.target_seconds - fixed) / per_pass)
        passes = max(floor.iterations, min(passes, self.max_iterations))
        while passes > floor.iterations and predicted(passes) > self.high_seconds:
            passes -= 1
        while passes < self.max_iterations and predicted(passes) < self.low_seconds:
            passes += 1
        chosen = KdfParams(floor.memory_kib, passes, floor.lanes)
        self.check_new(chosen)
        return chosen


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
