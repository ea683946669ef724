"""A PIN change that re-keys the vault (vault/store.Vault.change_pin), and kills during it.

    python bench/rekey.py [--records 1000] [--evidence-mb 200] [--kills 30]

1. A vault with N journal entries (through the journal: each is a record and a chain
   event) and M MB of evidence (files of 5 MB, random bytes), the PIN slot at the
   policy's floor cost (256 MiB, 3 passes: what a real vault has at least). Times the
   whole PIN change, the Argon2id run inside it, and the rest (the transaction: every
   record, file description and the head sealed again; the pieces are not touched);
   then the first recovery-code unlock after the change (its slot holds the older key:
   a second Argon2id opens the envelope) against the next one (slot re-wrapped).
2. SIGKILL at a random moment of repeated PIN changes (tests/helpers/rekey_worker.py),
   K times; after each the vault must open with the old or the new PIN and the code,
   with nothing damaged or lost (the checks of tests/vault/test_rekey_crash.py).
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from safeplan import vault  # noqa: E402
from safeplan.journal import Incident, Journal  # noqa: E402
from safeplan.vault import KdfPolicy, backup, store  # noqa: E402

PIN, NEW = "24681357", "97531864"


def change(records: int, evidence_mb: int) -> None:
    policy = KdfPolicy()
    floor = policy.floor
    with tempfile.TemporaryDirectory(prefix="rekey-bench-") as tmp:
        data = Path(tmp)
        t = time.perf_counter()
        v, code = vault.create(data, PIN, kdf=floor, policy=policy)
        journal = Journal(v)
        for i in range(records):
            journal.create(Incident(date="2026-11-01", kinds=["threats"],
                                    description=f"entry {i} " + os.urandom(300).hex()))
        for _ in range(max(0, evidence_mb) // 5):
            v.add_file(io.BytesIO(os.urandom(5 * 1024 * 1024)))
        size = (data / vault.DB_NAME).stat().st_size
        print(f"vault: {records} entries ({len(v.ids())} records), "
              f"{len(v.list_files())} files, {size / 1e6:.0f} MB; made in "
              f"{time.perf_counter() - t:.1f} s")
        kdf_seconds: list[float] = []
        real_derive = store.derive

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return real_derive(*args, **kwargs)
            finally:
                kdf_seconds.append(time.perf_counter() - start)

        # The change with her code typed (as the settings page makes it): the code's
        # half derived beforehand, so the figure is the change itself.
        own = backup.recipient_for(code, backup.recovery_params(policy)).to_data()
        store.derive = timed
        try:
            start = time.perf_counter()
            rekeyed = v.change_pin(NEW, recipient=own)
            total = time.perf_counter() - start
        finally:
            store.derive = real_derive
        kdf = sum(kdf_seconds)
        print(f"PIN change (re-keyed: {rekeyed}): {total * 1000:.0f} ms in all, "
              f"Argon2id {kdf * 1000:.0f} ms ({floor.memory_kib // 1024} MiB, "
              f"{floor.iterations} passes), the rest (one transaction) "
              f"{(total - kdf) * 1000:.0f} ms")
        v.close()
        for label in ("first recovery unlock after it (slot + envelope)",
                      "next recovery unlock (slot re-wrapped)"):
            start = time.perf_counter()
            opened = vault.unlock(data, code, policy=policy)
            print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
            assert opened is not None
            opened.close()


def kills(rounds: int) -> None:
    from tests.vault.test_rekey_crash import kill_rounds, make

    policy = KdfPolicy.for_tests()
    with tempfile.TemporaryDirectory(prefix="rekey-kills-") as tmp:
        data = Path(tmp) / "data"
        code = make(data, policy)
        seed = int.from_bytes(os.urandom(4), "big")
        start = time.perf_counter()
        done = kill_rounds(data, code, policy, rounds, random.Random(seed))
        print(f"{rounds} SIGKILLs during repeated PIN changes (seed {seed}): every time "
              f"one PIN and the code opened it, nothing damaged or lost; changes done per "
              f"round {done}; {time.perf_counter() - start:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--evidence-mb", type=int, default=200)
    parser.add_argument("--kills", type=int, default=30)
    args = parser.parse_args()
    change(args.records, args.evidence_mb)
    if args.kills:
        kills(args.kills)


if __name__ == "__main__":
    main()
