"""Render every screen of the tour (tests/ui/screen_tour.py) in one language, offscreen.

Run: .venv/bin/python scripts/screenshots_kk.py [folder] [language] [stop ...]
Defaults: docs/screenshots, kk, the main screens. `all` as the stop renders every stop
of the tour (setup, each vault page and panel, the file dialog) as <language>-<stop>.png;
the language test (tests/ui/test_every_screen.py) walks the same tour.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

import screenshots as shots  # noqa: E402
from PySide6.QtCore import QElapsedTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screen_tour import tour  # noqa: E402

from safeplan.app import create_window  # noqa: E402
from safeplan.ui import language  # noqa: E402
from safeplan.vault import DeviceKeyring, KdfPolicy  # noqa: E402

# The screens the README shows (docs/screenshots/<language>-<stop>.png).
MAIN = ("setup-welcome", "setup-pin", "setup-keyring", "setup-recovery", "journal",
        "journal-calendar", "journal-editor", "evidence", "evidence-viewer", "plan-checklists",
        "plan-people", "plan-numbers", "protection-orders", "protection-statement", "export",
        "backup", "safety", "settings", "file-dialog", "calculator")


def wait_for(app: QApplication, condition) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > 20_000:
            raise TimeoutError("the tour waited 20 s for a screen")
        shots.settle(app)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "kk"
    wanted = set(sys.argv[3:]) or set(MAIN)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["calculator"])
    language.install(lang)
    keyring = shots._Memory()
    window = create_window(tempfile.mkdtemp(), policy=KdfPolicy.for_tests(),
                           device_factory=lambda: DeviceKeyring(keyring))
    window.show()
    for stop, widget in tour(window, lambda ok: wait_for(app, ok), language=lang):
        if stop in wanted or "all" in wanted:
            shots.settle(app)
            widget.grab().save(str(out / f"{lang}-{stop}.png"))


if __name__ == "__main__":
    main()
