"""Screenshots of the whole X screen with a taskbar (tint2 under openbox), as he would see it.

Run: .venv/bin/python scripts/x11_screenshots.py docs/screenshots

- x11-taskbar-calculator.png: the app as it starts, next to galculator for comparison;
- x11-taskbar-dialog-ru.png: the vault open in Russian with Qt's file dialog ("Add
  evidence") open: the taskbar lists one "Калькулятор" and no dialog title.
Uses the tests' launcher (cheap KDF, a throwaway HOME); nothing is asserted here
(tests/x11/test_windows.py checks the titles and transient hints).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.x11.frames import settled  # noqa: E402
from tests.x11.harness import PIN, Home, start_app  # noqa: E402
from tests.x11.xscreen import Screen, save_png, x_session  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with x_session(1366, 768, taskbar=True) as x, \
            Screen(x.display, (0, 0, x.width, x.height)) as screen:
        home = Home.make()
        home.make_vault(incidents=3, photos=1)
        others = []
        if shutil.which("galculator"):
            others.append(subprocess.Popen(["galculator"], env=x.env(
                HOME=str(Home.make().path)), stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL))
            time.sleep(1.5)
        app = start_app(x, home)
        try:
            app.main_window()
            time.sleep(1.0)
            settled(screen, settle=0.6)
            save_png(screen.grab(), x.width, x.height, str(out / "x11-taskbar-calculator.png"))
        finally:
            app.stop()
            for other in others:
                other.terminate()
                other.wait()
        os.environ["SAFEPLAN_X11_LANG"] = "ru_RU.UTF-8"
        app = start_app(x, home)
        try:
            app.main_window()
            settled(screen, settle=0.6)
            app.type(PIN + "=")
            time.sleep(2.0)
            settled(screen, settle=0.6)
            app.key("Down")
            settled(screen, settle=0.6)
            app.key("ctrl+o")
            app.wait_windows(2)
            time.sleep(1.0)
            settled(screen, settle=0.25)  # a text cursor blinks in the dialog
            save_png(screen.grab(), x.width, x.height, str(out / "x11-taskbar-dialog-ru.png"))
        finally:
            app.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
