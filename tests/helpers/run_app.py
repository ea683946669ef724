"""The app's own `main()` in a child process, for tests of what only a whole process shows
(signals, dumpability). Cheap KDF and an in-memory keyring; the window is driven by
timers like a person would, and each step is printed on stdout.

    python -m tests.helpers.run_app DATA_DIR idle|editor
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from safeplan import app, hardening
from safeplan.vault import DeviceKeyring, KdfPolicy

from .keyrings import MemoryKeyring

PIN = "2580147369"
MARKER = "unsaved ДРАФТ 5521"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> int:
    data_dir, action = sys.argv[1], sys.argv[2]
    qt = QApplication(["calculator"])
    keyring = DeviceKeyring(MemoryKeyring())
    real_create = app.create_window
    made = []

    def create_window(folder, **kwargs):  # the app's own window, with a cheap KDF
        # The vault in this process (no worker): the steps below drive its screens from
        # here. The worker's own lock paths are driven in tests/x11 and tests/test_worker.
        kwargs.pop("worker", None)
        window = real_create(folder, policy=KdfPolicy.for_tests(),
                             device_factory=lambda: keyring, **kwargs)
        made.append(window)
        return window

    app.create_window = create_window

    def started() -> None:
        say(f"dumpable {int(bool(hardening.is_dumpable()))}")
        if action == "idle":
            say("ready")
            return
        window = made[0]
        QTest.keyClicks(window.calculator, PIN + "=")
        poll(lambda: window.shell is not None and window.shell.journal.journal is not None,
             lambda: open_editor(window))

    def open_editor(window) -> None:
        view = window.shell.journal
        QTest.mouseClick(view.findChild(QAbstractButton, "journal_new"),
                         Qt.MouseButton.LeftButton)
        view.editor.description.insertPlainText(MARKER)
        say("ready")

    def poll(condition, then) -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(20, lambda: poll(condition, then))

    QTimer.singleShot(0, started)
    del qt
    return app.main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
