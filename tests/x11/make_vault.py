"""Prepare a vault with the tests' cheap KDF (and some content) for a real-window test.

    python -m tests.x11.make_vault DATA_DIR PIN [--incidents N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def make(data_dir: Path, pin: str, incidents: int = 0) -> None:
    from safeplan import vault
    from safeplan.vault import KdfPolicy

    policy = KdfPolicy.for_tests()
    opened, _code = vault.create(data_dir, pin, policy=policy, kdf=policy.calibrate())
    try:
        if incidents:
            import datetime as dt

            from safeplan.journal import Journal

            journal = Journal(opened)
            for n in range(incidents):
                journal.create(_incident(n, dt.date(2026, 1, 1) + dt.timedelta(days=3 * n)))
    finally:
        opened.close()


def _incident(n: int, day):
    from safeplan.journal import Incident

    return Incident(date=day.isoformat(), description=f"Incident number {n}: shouting.",
                    kinds=["psychological"], place="Kitchen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("pin")
    parser.add_argument("--incidents", type=int, default=0)
    args = parser.parse_args(argv)
    make(args.data_dir, args.pin, args.incidents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
