"""The one-time move of a vault's records to scheme 2 (vault/records.py) at its first seal.

    python bench/records_scheme.py [--records 2000 5000] [--runs 3]

For each size: a vault made with the test KDF whose journal was never opened (its key
store says scheme 1, as a vault from before the sealed head), N incidents of ~1 KB put
in as rows; then the time of the journal's first opening (decrypts every row, seals the
head, seals every row again under the second key, one transaction) against a second
opening of the same vault (nothing to move). Prints medians in ms; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from safeplan import vault
from safeplan.journal import INCIDENT, Journal
from safeplan.vault import KdfPolicy

PIN = "24681357"


def one(count: int) -> tuple[float, float, float, float]:
    policy = KdfPolicy.for_tests()
    with tempfile.TemporaryDirectory(prefix="chain-bench-") as tmp:
        data = Path(tmp)
        v, _ = vault.create(data, PIN, policy=policy)
        text = os.urandom(400).hex()
        with v.batch():
            for i in range(count):
                v.put(INCIDENT, {"recorded_at": 1.0 + i, "trashed": False,
                                 "revisions": [{"saved_at": 1.0 + i, "incident": {
                                     "date": "2026-01-05", "description": text}}]})
        v.close()
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            v = vault.unlock(data, PIN, policy=policy)
            unlocked = time.perf_counter()
            Journal(v)
            timings.append((unlocked - start, time.perf_counter() - unlocked))
            v.close()
        (unlock_first, first), (unlock_again, again) = timings
        return first * 1000, again * 1000, unlock_first * 1000, unlock_again * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, nargs="+", default=[2000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("load:", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for count in args.records:
        runs = [one(count) for _ in range(args.runs)]
        first, again, unlock1, unlock2 = (statistics.median(r[i] for r in runs)
                                          for i in range(4))
        print(f"{count} records: unlock (test KDF; the first one looks for rows of scheme 2) "
              f"{unlock1:.0f} ms then {unlock2:.0f} ms; the journal's first opening (moves "
              f"them) {first:.0f} ms, a later opening {again:.0f} ms")


if __name__ == "__main__":
    main()
