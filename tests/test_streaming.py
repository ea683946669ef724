"""Peak memory of export and verification does not grow with the size of an original.

Each step runs in its own process and reports its peak RSS (VmHWM). The 2 GiB
figures are in bench/export.py --large-mib 2048.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MIB = 200


def step(*args: str) -> float:
    run = subprocess.run([sys.executable, "-m", "tests.helpers.large_export", *args],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    return float(run.stdout.split()[-1])


@pytest.mark.slow
def test_a_256_mib_original_exports_and_verifies_in_bounded_memory(tmp_path):
    data_dir = tmp_path / "data"
    step("fill", str(data_dir), "256")
    peaks = {}
    for container, name, password in (("pdf", "r.pdf", ""), ("pdf", "p.pdf", "пароль-1"),
                                      ("zip", "r.zip", ""), ("folder", "r", "")):
        target = tmp_path / name
        peaks[f"export {name}"] = step("export", str(data_dir), container, str(target),
                                       password)
        peaks[f"verify {name}"] = step("verify", str(target), password)
    assert all(peak < LIMIT_MIB for peak in peaks.values()), peaks
