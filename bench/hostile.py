"""Hostile imports: a full 30000 × 30000 RGB PNG (2.5 GiB of pixels in 2.6 MB) and a
20 MiB file that grows by 8 MiB at every progress report while it is imported.

Run: .venv/bin/python bench/hostile.py [--runs 3]
Each run is a fresh child process (tests/helpers/hostile.py) that prints its outcome,
its time for the import and its peak memory (VmHWM). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one(case: str) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-", dir=ROOT / "bench"))
    try:
        result = subprocess.run([sys.executable, "-m", "tests.helpers.hostile", case, str(work)],
                                cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                                capture_output=True, text=True, check=True)
        return json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for case in ("png-bomb", "growing"):
        reports = [one(case) for _ in range(args.runs)]
        last = reports[-1]
        print(f"{case}: {last['status']} {last['reason'] or ','.join(last['warnings'])}; "
              f"import median {statistics.median(r['seconds'] for r in reports):.2f} s, "
              f"peak {max(r['peak_mib'] for r in reports):.0f} MiB "
              f"(child process, {args.runs} runs)")


if __name__ == "__main__":
    main()
