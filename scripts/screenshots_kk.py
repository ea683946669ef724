"""Render the main screens in Kazakh into docs/screenshots/kk-*.png (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_kk.py [folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import screenshots as shots
from PySide6.QtWidgets import QApplication

from safeplan.app import create_window
from safeplan.ui import language
from safeplan.vault import DeviceKeyring, KdfPolicy


def press(pad, digits: str) -> None:
    for digit in digits:
        pad.press(digit)
    pad.press("OK")


def main() -> None:
    shots.OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    app = QApplication(["calculator"])
    language.install("kk")
    keyring = shots._Memory()
    window = create_window(tempfile.mkdtemp(), policy=KdfPolicy.for_tests(),
                           device_factory=lambda: DeviceKeyring(keyring))
    window.show()
    shots.shoot(window, "kk-setup-1", app)
    window.setup.findChild(object, "setup_start").click()
    press(window.setup.pin_pad, "2580147369")
    press(window.setup.confirm_pad, "2580147369")
    shots.shoot(window, "kk-setup-3", app)
    window.setup.findChild(object, "setup_create").click()
    shots.shoot(window, "kk-setup-4", app)
    window.setup.findChild(object, "setup_written").click()
    code = window.setup.flow.recovery_code
    press(window.setup.verify_pad, code[-4:])
    window.setup.findChild(object, "setup_finish").click()
    shots.settle(app)
    window.session.settings.language = "kk"
    window._settings_changed()
    shots.settle(app)
    shots.add_sample_incidents(window)
    window.shell.journal.refresh()
    window.shell.show_page("journal")
    shots.shoot(window, "kk-journal", app)
    window.shell.journal.open_editor(None)
    shots.shoot(window, "kk-editor", app)
    window.shell.journal.editor.cancel()
    for page in ("evidence", "plan", "export", "safety", "settings"):
        window.shell.show_page(page)
        shots.settle(app)
        shots.shoot(window, f"kk-{page}", app)
    for index, name in ((1, "kk-plan-people"), (2, "kk-plan-numbers")):
        window.shell.plan.tabs.setCurrentIndex(index)
        shots.shoot(window, name, app)
    window.lock()
    shots.shoot(window, "kk-calculator", app)


if __name__ == "__main__":
    main()
