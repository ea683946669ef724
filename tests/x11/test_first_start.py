"""The welcome shows on the very first start only; the setup keys bring it back."""

from __future__ import annotations

import pytest

from .frames import wait_for_screen
from .xscreen import Screen

pytestmark = pytest.mark.x11


def test_welcome_on_the_first_start_only_then_the_calculator(x_server, home, launch):
    first = launch(home, marks=True)
    first.main_window()
    with Screen(x_server.display, (0, 0, x_server.width, x_server.height)) as screen:
        # The welcome (neither mark), drawn by the vault's process once it has started:
        # setup holds the PIN and makes the key, so it never runs in the calculator's.
        wait_for_screen(screen, "neither")
        first.key("Escape")  # as "Not now"
        wait_for_screen(screen, "calculator")
        first.stop()
        second = launch(home, marks=True)
        second.main_window()
        wait_for_screen(screen, "calculator")
        second.type("000000=")
        wait_for_screen(screen, "neither")  # the welcome again, on purpose
    assert not (home.data_dir / "history.db").exists()
    assert "Traceback" not in first.errors() + second.errors()
