"""The app on a real X server (Xvfb + openbox) in one language, as she would start it:
`LANG=<locale>` and `LANGUAGE=<lang>`, a vault with three incidents and a photo, unlocked
with the PIN typed on the calculator, then the main screens visited with the keyboard.

Run: .venv/bin/python scripts/x11_language_tour.py [folder] [kk|ru]
Defaults: docs/screenshots, kk. Writes <lang>-x11-<screen>.png (the app's window; the
file dialog and a text field's context menu as the whole screen) and prints each
window's title as the window manager has it. Nothing is asserted (the offscreen tour,
tests/ui/test_every_screen.py, checks the texts); this is for a person to look at.

Escape is the quick exit everywhere, so each branch (the form, the context menu, the
file dialog) starts again from the calculator with the PIN.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.x11.frames import settled  # noqa: E402
from tests.x11.harness import PIN, Home, start_app  # noqa: E402
from tests.x11.xscreen import Screen, save_png, x_session  # noqa: E402

LOCALES = {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}
# The vault's sections, top to bottom, as the Down key walks them.
PAGES = ("journal", "evidence", "plan", "protection", "export", "backup", "safety",
         "settings")


def _client_area(x, window_id: str) -> tuple[int, int, int, int]:
    """Where the window's contents are on the screen (xwininfo's absolute corner: the
    geometry xdotool gives is off by the frame under openbox)."""
    info = x.run("xwininfo", "-id", window_id)
    value = {key: int(re.search(rf"{key}:\s+(-?\d+)", info).group(1))
             for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
    return (value["Absolute upper-left X"], value["Absolute upper-left Y"], value["Width"],
            value["Height"])


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "kk"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["SAFEPLAN_X11_LANG"] = LOCALES[lang]
    os.environ["LANGUAGE"] = lang
    with x_session(1366, 768) as x, Screen(x.display, (0, 0, x.width, x.height)) as screen:
        home = Home.make()
        home.make_vault(incidents=3, photos=1)
        app = start_app(x, home)
        try:
            def shot(name: str, whole: bool = False, settle: float = 0.6) -> None:
                settled(screen, settle=settle)
                frame = screen.grab()
                path = out / f"{lang}-x11-{name}.png"
                if whole:
                    save_png(frame, x.width, x.height, str(path))
                else:
                    left, top, width, height = _client_area(x, app.main_window().id)
                    from PIL import Image

                    Image.frombuffer("RGB", (x.width, x.height), frame, "raw", "BGRX", 0,
                                     1).crop((left, top, left + width, top + height)
                                             ).save(path)
                titles = sorted({w.title(x) for w in app.client_windows()})
                print(f"{path.name}: titles {titles}")

            def opened() -> bool:  # the vault's window is wider than the calculator's
                return app.main_window().geometry(x)[2] > 500

            def wait(condition, timeout: float = 30) -> None:
                deadline = time.monotonic() + timeout
                while not condition():
                    if time.monotonic() > deadline:
                        raise TimeoutError(app.errors())
                    time.sleep(0.1)

            def unlock() -> None:
                app.type(PIN + "=")
                wait(opened)  # the worker runs the KDF: seconds on a loaded machine
                settled(screen, settle=1.0)  # its pages and their shortcuts are ready

            def quick_exit() -> None:
                app.key("Escape")
                wait(lambda: not opened())

            app.main_window()
            time.sleep(1.0)
            app.type("12+30=")
            shot("calculator")
            app.key("Escape")  # the calculator's own Escape: clear
            unlock()
            shot(PAGES[0])
            for page in PAGES[1:]:
                app.key("Down")
                time.sleep(1.0)  # a page is built when first shown
                shot(page)
            quick_exit()

            unlock()
            time.sleep(2.0)  # Ctrl+N does nothing until the journal has been read
            app.key("ctrl+n")  # a new incident: the form
            time.sleep(1.0)
            shot("journal-editor", settle=0.25)  # its text cursor blinks
            app.key("Menu")  # the right-click menu of the text field that has the focus
            time.sleep(0.5)
            shot("context-menu", whole=True, settle=0.25)
            quick_exit()

            unlock()
            app.key("Down")  # the evidence page, then its "Add files" (Ctrl+O)
            time.sleep(1.5)
            app.key("ctrl+o")
            app.wait_windows(2)
            time.sleep(1.0)
            shot("file-dialog", whole=True, settle=0.25)  # a text cursor blinks in it
            quick_exit()
            print("stderr:", app.errors().strip() or "(nothing)")
        finally:
            app.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
