"""The app's own `main()` in a child process, for tests of what only a whole process shows
(signals, dumpability). Cheap KDF and an in-memory keyring; the window is driven by
timers like a person would, and each step is printed on stdout.

    python -m tests.helpers.run_app DATA_DIR idle|key-first|editor|worker-editor

Each first says "dumpable N" once the first frame's work has run (the app makes the
process undumpable then); key-first says it right after a key typed before that work
(before any frame), then "ready". idle: started; editor: the vault open in this
process (no worker), a new incident's editor with MARKER typed, unsaved;
worker-editor: the same in the real worker process (tests.helpers.run_worker, cheap
KDF), the PIN typed on the calculator, then "ready PID" with the worker's process id.
The worker's stderr goes to SAFEPLAN_TEST_STDERR.
"""

from __future__ import annotations

import os
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
        # "editor": the vault in this process (no worker), driven from here; the
        # worker's own lock paths are driven in tests/x11 and tests/test_worker.
        if action == "worker-editor":
            kwargs["worker"] = lambda: [sys.executable, "-m", "tests.helpers.run_worker",
                                        str(folder)]
        else:
            kwargs.pop("worker", None)
        window = real_create(folder, policy=KdfPolicy.for_tests(),
                             device_factory=lambda: keyring, **kwargs)
        made.append(window)
        return window

    app.create_window = create_window

    def early() -> None:
        if action == "key-first":
            QTest.keyClick(made[0].calculator, Qt.Key.Key_7)
            say(f"dumpable {int(bool(hardening.is_dumpable()))}")
            say("ready")
            return
        poll(lambda: app._undumpable, started)

    def started() -> None:
        say(f"dumpable {int(bool(hardening.is_dumpable()))}")
        if action == "idle":
            say("ready")
            return
        window = made[0]
        if action == "worker-editor":
            poll(lambda: window.worker.is_ready, lambda: unlock_in_worker(window))
            return
        QTest.keyClicks(window.calculator, PIN + "=")
        poll(lambda: window.shell is not None and window.shell.journal.journal is not None,
             lambda: open_editor(window))

    def open_editor(window) -> None:
        view = window.shell.journal
        QTest.mouseClick(view.findChild(QAbstractButton, "journal_new"),
                         Qt.MouseButton.LeftButton)
        view.editor.description.insertPlainText(MARKER)
        say("ready")

    def unlock_in_worker(window) -> None:
        QTest.keyClicks(window.calculator, PIN + "=")
        said = os.environ["SAFEPLAN_TEST_SAID"]
        poll(lambda: window.vault_painted and os.path.exists(said),
             lambda: say(f"ready {window.worker.pid}"))

    def poll(condition, then) -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(20, lambda: poll(condition, then))

    QTimer.singleShot(0, early)
    del qt
    return app.main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
