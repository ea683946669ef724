"""Nothing outside the window names the vault: titles, transient dialogs, in her language."""

from __future__ import annotations

import re

import pytest

from .frames import journal_loaded, wait_for_screen
from .harness import PIN
from .xscreen import Screen

pytestmark = pytest.mark.x11


@pytest.mark.parametrize(("locale", "language"), [("ru_RU.UTF-8", "ru"), ("kk_KZ.UTF-8", "kk")])
def test_every_window_is_titled_calculator_in_her_language_and_dialogs_are_transient(
        x_server, home, launch, monkeypatch, locale, language):
    monkeypatch.setenv("SAFEPLAN_X11_LANG", locale)
    monkeypatch.setenv("LANGUAGE", language)
    home.make_vault(incidents=1)
    app = launch(home, marks=True)
    main = app.main_window()
    with Screen(x_server.display, (0, 0, x_server.width, x_server.height)) as screen:
        wait_for_screen(screen, "calculator")
        app.type(PIN + "=")
        # 60 s: under load 8 the second session's vault took longer than the default 20.
        wait_for_screen(screen, "vault", timeout=60, ready=journal_loaded)
        app.key("Down")  # the sections list has the focus: Evidence
        app.key("ctrl+o")  # Add evidence: Qt's own file dialog
        windows = app.wait_windows(2)
    titles = {window.id: window.title(x_server) for window in windows}
    assert set(titles.values()) == {"Калькулятор"}, titles
    for window in windows:
        if window.id == main.id:
            continue
        props = window.props(x_server)
        transient = re.search(r"WM_TRANSIENT_FOR\(WINDOW\): window id # (0x[0-9a-f]+)", props)
        assert transient and int(transient.group(1), 16) == int(main.id, 16), props
        assert "_NET_WM_WINDOW_TYPE_DIALOG" in props
    # The window manager's own list (what taskbars read) says the same.
    listed = x_server.run("wmctrl", "-l", "-p")
    names = [line.split(None, 4)[4] for line in listed.splitlines()
             if int(line.split()[2]) in app.pids()]
    assert names and set(names) == {"Калькулятор"}, listed
