"""Only the newest PIN-shaped sum is derived (issue 12).

Sums typed while a derivation runs must not queue one Argon2id run each: a new
PIN-shaped sum replaces the one waiting, so three sums then the PIN run at most
two derivations (the one already running and the PIN)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from safeplan.vault import slots

from .conftest import PIN


def test_three_sums_then_the_pin_run_two_derivations(qtbot, make_window, existing_vault,
                                                      monkeypatch):
    real = slots.derive
    derived: list[bytes] = []
    first_running = threading.Event()
    release = threading.Event()

    def counting(secret, salt, params, pepper=None):
        if not derived or derived[-1] != secret:
            derived.append(bytes(secret))
        if len(derived) == 1:
            first_running.set()
            release.wait(20)
        return real(secret, salt, params, pepper)

    monkeypatch.setattr(slots, "derive", counting)
    window = make_window()
    display = window.findChild(QLabel, "display")
    sums = ["11111111", "22222222", "33333333"]
    qtbot.keyClicks(window.calculator, sums[0] + "=")
    assert first_running.wait(10)
    for digits in sums[1:]:
        qtbot.keyClicks(window.calculator, digits + "=")
        assert display.text() == digits  # the calculator answers at once
    qtbot.keyClicks(window.calculator, PIN + "=")
    assert display.text() == PIN
    release.set()
    qtbot.waitUntil(lambda: window.shell is not None, timeout=10_000)
    assert derived == [sums[0].encode(), PIN.encode()]


def test_a_wrong_pin_while_another_runs_stays_a_calculation(qtbot, make_window,
                                                             existing_vault, monkeypatch):
    real = slots.derive
    calls: list[bytes] = []
    release = threading.Event()

    def slow(secret, salt, params, pepper=None):
        calls.append(bytes(secret))
        release.wait(20)
        return real(secret, salt, params, pepper)

    monkeypatch.setattr(slots, "derive", slow)
    window = make_window()
    display = window.findChild(QLabel, "display")
    qtbot.keyClicks(window.calculator, "11111111=")
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
    qtbot.keyClicks(window.calculator, "22222222=")
    qtbot.keyClicks(window.calculator, "+1=")
    assert display.text() == "22222223"
    release.set()
    from safeplan.ui.background import wait_for_all

    assert wait_for_all()
    qtbot.wait(50)
    assert window.shell is None and window.stack.currentWidget() is window.calculator
    assert {bytes(c) for c in calls} == {b"11111111", b"22222222"}
