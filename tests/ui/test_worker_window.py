"""The calculator's window with the real vault worker (offscreen).

Qt's offscreen platform cannot host another process's window, so here the worker
shows its window on its own and the calculator hides (the fallback of
ui/worker_link.py); the hosted path runs on a real X server in tests/x11."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from safeplan import vault
from safeplan.ui.background import wait_for_all

from .conftest import PIN

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plain_vault(data_dir, policy):
    """Not bound to a keyring: the test worker has none."""
    opened, code = vault.create(data_dir, PIN, policy=policy, kdf=policy.calibrate())
    opened.close()
    return code


def worker_command(data_dir, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    return lambda: [sys.executable, "-m", "tests.helpers.run_worker", str(data_dir)]


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_the_pin_opens_the_vault_in_the_worker_and_a_lock_ends_it(
        qtbot, make_window, plain_vault, data_dir, monkeypatch):
    window = make_window(worker=worker_command(data_dir, monkeypatch))
    window.worker.start()
    qtbot.waitUntil(lambda: window.worker.is_ready, timeout=30_000)
    first = window.worker.pid
    qtbot.keyClicks(window.calculator, "1234567890=")
    assert window.findChild(QLabel, "display").text() == "1234567890"  # a sum, at once
    qtbot.keyClicks(window.calculator, PIN + "=")
    qtbot.waitUntil(lambda: window.vault_painted, timeout=30_000)
    # The vault is open in the worker only: this process has no open vault.
    assert window.session.vault is None and window.shell is None
    assert window.worker.pid == first and not window.isVisible()
    window.lock()  # what Esc, closing or a quit signal do here: the worker is told to end
    assert window.isVisible() and window.stack.currentWidget() is window.calculator
    qtbot.waitUntil(lambda: not alive(first), timeout=30_000)
    # A fresh worker waits for the next sum.
    qtbot.waitUntil(lambda: window.worker.is_ready and window.worker.pid != first,
                    timeout=30_000)
    wait_for_all()


def test_a_worker_that_dies_gives_the_calculator_back(qtbot, make_window, plain_vault,
                                                       data_dir, monkeypatch):
    window = make_window(worker=worker_command(data_dir, monkeypatch))
    window.worker.start()
    qtbot.waitUntil(lambda: window.worker.is_ready, timeout=30_000)
    qtbot.keyClicks(window.calculator, PIN + "=")
    qtbot.waitUntil(lambda: window.vault_painted, timeout=30_000)
    first = window.worker.pid
    os.kill(first, 9)  # a crash in the vault's process
    qtbot.waitUntil(lambda: window.isVisible() and not window.vault_painted, timeout=30_000)
    assert window.stack.currentWidget() is window.calculator
    qtbot.waitUntil(lambda: window.worker.is_ready and window.worker.pid != first,
                    timeout=30_000)
