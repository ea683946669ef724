"""A vault worker that dies right after saying READY (its loading failed: a module missing
from the environment) must not be restarted in a loop, and must not take the keyboard
away from the calculator."""

from __future__ import annotations

import time

import pytest

from .frames import wait_for_screen
from .xscreen import Screen

pytestmark = pytest.mark.x11


def test_a_worker_that_dies_after_ready_backs_off_and_keys_still_reach_the_calculator(
        x_server, home, launch, tmp_path, monkeypatch):
    starts = tmp_path / "starts.txt"
    monkeypatch.setenv("SAFEPLAN_TEST_BROKEN", str(starts))
    home.make_vault()
    app = launch(home, marks=True)
    app.main_window()
    with Screen(x_server.display, (0, 0, x_server.width, x_server.height)) as screen:
        wait_for_screen(screen, "calculator")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(starts.read_text().split()
                                                  if starts.exists() else []) < 2:
            time.sleep(0.1)
        time.sleep(4)  # restarts every ~0.7 s before: 5 or more in these 4 s
        app.type("12+34=")
        app.key("ctrl+c")
        time.sleep(0.3)
        copied = app.selection("clipboard")
        count = len(starts.read_text().split())
        assert (count, copied) == (2, "46"), f"{count} workers started; copied {copied!r}"
    assert "Traceback" not in app.errors()
