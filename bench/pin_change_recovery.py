"""The PIN change with her recovery code checked (session.Session.change_pin), timed.

    python bench/pin_change_recovery.py [--records 300] [--runs 2]

A vault made through the session (PIN and recovery slots at the policy's floor cost:
256 MiB, 3 passes, what a real vault has at least, so no calibration runs here), with
N journal entries. Times, off any GUI, as the settings page's worker runs them:
  - the change without the code (old PIN checked, new PIN derived: 2 Argon2id);
  - the change with her code, its public half the one kept (the code's half derived:
    3 Argon2id);
  - the change with her code after he planted his half (the half differs, so the code
    is checked against the recovery slot too: 4 Argon2id);
  - typing the code once afterwards (Session.add_recovery_code).
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from safeplan.journal import Incident, Journal  # noqa: E402
from safeplan.session import Session  # noqa: E402
from safeplan.vault import KdfPolicy, backup  # noqa: E402

HIS_CODE = "123456789012345678901234"

PINS = ("24681357", "97531864")


def made(folder: Path, policy: KdfPolicy, records: int) -> tuple[Session, str]:
    session = Session(folder, policy=policy, device_factory=lambda: None)
    code = session.create(PINS[0], False)
    journal = Journal(session.vault)
    for i in range(records):
        journal.create(Incident(date="2026-11-01", description=f"entry {i}"))
    session.lock().close()
    return session, code


def reopen(session: Session, pin: str) -> None:
    session.accept(session.try_unlock(pin))


def timed(work, *args, **kwargs) -> float:
    start = time.perf_counter()
    work(*args, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    policy = KdfPolicy(target_seconds=0)  # calibrate() gives the floor: no calibration
    figures: dict[str, list[float]] = {"without code": [], "with code (kept half)": [],
                                       "with code (planted half)": [],
                                       "code typed once afterwards": []}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-pinrec-") as tmp:
            session, code = made(Path(tmp) / "v", policy, args.records)
            reopen(session, PINS[0])
            figures["without code"].append(
                timed(session.change_pin, PINS[1], PINS[0]))
            figures["code typed once afterwards"].append(
                timed(session.add_recovery_code, code))
            session.lock().close()
            reopen(session, PINS[1])
            figures["with code (kept half)"].append(
                timed(session.change_pin, PINS[0], PINS[1], recovery_code=code))
            session.lock().close()
            his = backup.recipient_for(HIS_CODE, backup.recovery_params(policy)).to_data()
            reopen(session, PINS[0])
            session.vault._save_meta(dict(session.vault._meta, recipient=his))
            session.lock().close()
            reopen(session, PINS[0])
            figures["with code (planted half)"].append(
                timed(session.change_pin, PINS[1], PINS[0], recovery_code=code))
            session.lock().close()
    p = policy.floor
    print(f"Argon2id {p.memory_kib // 1024} MiB, {p.iterations} passes; "
          f"{args.records} entries; {args.runs} runs (median, max)")
    for name, values in figures.items():
        print(f"  {name:28s} {statistics.median(values):6.2f} s  {max(values):6.2f} s")


if __name__ == "__main__":
    main()
