"""Hostile pictures and files that change while read stay within a memory budget."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MIB = 200

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux")


def run(case: str, work: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "tests.helpers.hostile", case, str(work)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_png_bomb_is_kept_without_decoding_its_pixels(tmp_path):
    """30000x30000 RGB (2.5 GiB of pixels): stored byte for byte, no preview, a plain
    warning, and the header is all that was read."""
    report = run("png-bomb", tmp_path)
    assert report["status"] == "stored" and report["items"] == 1
    assert report["warnings"] == ["preview_too_large"]
    assert report["peak_mib"] < BUDGET_MIB, report


def test_a_file_growing_while_read_is_refused_and_nothing_kept(tmp_path):
    report = run("growing", tmp_path)
    assert report["status"] == "refused" and report["reason"] == "changed", report
    assert report["items"] == 0 and report["files"] == 0
    assert report["peak_mib"] < BUDGET_MIB, report
