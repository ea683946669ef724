"""Prepare a vault with the tests' cheap KDF (and some content) for a real-window test.

    python -m tests.x11.make_vault DATA_DIR PIN [--incidents N] [--photos N] [--real-kdf]

--real-kdf: the app's own KDF calibration (bench/x11_unlock.py), not the tests' cheap one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def make(data_dir: Path, pin: str, incidents: int = 0, photos: int = 0,
         real_kdf: bool = False) -> None:
    from safeplan import vault
    from safeplan.vault import KdfPolicy

    if real_kdf:
        opened, _code = vault.create(data_dir, pin)
    else:
        policy = KdfPolicy.for_tests()
        opened, _code = vault.create(data_dir, pin, policy=policy, kdf=policy.calibrate())
    try:
        if incidents:
            import datetime as dt

            from safeplan.journal import Journal

            journal = Journal(opened)
            for n in range(incidents):
                journal.create(_incident(n, dt.date(2026, 1, 1) + dt.timedelta(days=3 * n)))
        if photos:
            _add_photos(opened, photos, data_dir.parent)
    finally:
        opened.close()


def _add_photos(opened, count: int, scratch: Path) -> None:
    """Photos made here (a gradient, 1600×1200 JPEG), imported as she would import them."""
    from PIL import Image

    from safeplan.evidence import EvidenceStore
    from safeplan.journal import Journal

    store = EvidenceStore(opened, Journal(opened))
    for n in range(count):
        picture = scratch / f"photo-{n}.jpg"
        Image.linear_gradient("L").resize((1600, 1200)).convert("RGB").save(picture, "JPEG")
        outcome = store.import_file(picture)
        picture.unlink()
        if outcome.status != "stored":
            raise RuntimeError(f"photo not stored: {outcome}")


def _incident(n: int, day):
    from safeplan.journal import Incident

    return Incident(date=day.isoformat(), description=f"Incident number {n}: shouting.",
                    kinds=["psychological"], place="Kitchen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("pin")
    parser.add_argument("--incidents", type=int, default=0)
    parser.add_argument("--photos", type=int, default=0)
    parser.add_argument("--real-kdf", action="store_true")
    args = parser.parse_args(argv)
    make(args.data_dir, args.pin, args.incidents, args.photos, args.real_kdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
