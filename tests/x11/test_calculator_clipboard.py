"""Ctrl+C and Ctrl+V of the calculator in a real window, with the X clipboard (xclip):
in Russian and Kazakh the number goes out as shown ("4,75", as galculator and
gnome-calculator copy it in ru_RU) and either mark comes back in."""

from __future__ import annotations

import subprocess

import pytest

from .frames import wait_for_screen
from .xscreen import Screen

pytestmark = pytest.mark.x11


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_ctrl_c_copies_the_display_as_shown_and_ctrl_v_takes_a_point_or_a_comma(
        x_server, home, launch, monkeypatch, lang):
    monkeypatch.setenv("SAFEPLAN_X11_LANG", {"ru": "ru_RU.UTF-8", "kk": "kk_KZ.UTF-8"}[lang])
    monkeypatch.setenv("LANGUAGE", lang)
    home.make_vault()
    app = launch(home, marks=True)
    app.main_window()
    with Screen(x_server.display, (0, 0, x_server.width, x_server.height)) as screen:
        wait_for_screen(screen, "calculator")
        app.type("19/4=")
        app.key("ctrl+c")
        assert app.selection("clipboard") == "4,75"
        app.key("Escape")
        app.type("0-7/2=")
        app.key("ctrl+c")
        assert app.selection("clipboard") == "-3,5"
        for pasted, copied in (("2.5", "2,5"), ("1 234,5", "1234,5")):
            subprocess.run(["xclip", "-i", "-selection", "clipboard"], input=pasted.encode(),
                           env=x_server.env(), check=True, timeout=5)
            app.key("Escape", "ctrl+v", "ctrl+c")
            assert app.selection("clipboard") == copied
        app.type("*2=")
        app.key("ctrl+c")
        assert app.selection("clipboard") == "2469"
    assert "Traceback" not in app.errors()
