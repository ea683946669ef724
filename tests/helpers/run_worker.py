"""The vault worker with a cheap KDF and no keyring, for tests (the app never uses this).

    python -m tests.helpers.run_worker DATA_DIR [--portable]

With SAFEPLAN_X11_MARKS=1 the vault's screens get the magenta background of
tests/x11/launch_app.py, so frames grabbed from the X server say what they show.
With SAFEPLAN_TEST_FAIL_AFTER_MS=N an unexpected error is raised N ms after the
vault opens (the memory test's "exception in the child").
With SAFEPLAN_TEST_IDLE_MS=N auto-lock comes after N ms of idle time.
With SAFEPLAN_TEST_EDITOR=TEXT a new incident's editor is opened once the journal has
loaded and TEXT typed into it, unsaved; then "editor" is written to the file named by
SAFEPLAN_TEST_SAID (the worker's stdout is the protocol).
With SAFEPLAN_TEST_BROKEN=PATH the worker's loading fails (as with a module missing from
its environment): it says READY all the same, then its guard ends it; each start
appends a line to PATH.
With SAFEPLAN_TEST_STDERR=PATH whatever the worker writes to stderr goes to PATH (the
calculator gives it none), so a test can check that nothing was printed.
"""

from __future__ import annotations

import os
import sys

from safeplan import worker
from safeplan.session import Session
from safeplan.vault import KdfPolicy


def prepare() -> None:
    if os.environ.get("SAFEPLAN_X11_MARKS") == "1":
        from PySide6.QtCore import Qt

        from safeplan.ui import shell, theme

        stylesheet = theme.stylesheet
        theme.stylesheet = lambda colours: stylesheet(colours) + (
            "\nQWidget#vaultShell { background: #ff00ff; }\n")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        app.setProperty("safeplanTheme", None)  # apply() restyles only on a change
        theme.apply(app, None)
        init = shell.VaultShell.__init__

        def marked(self, *args, **kwargs):
            init(self, *args, **kwargs)
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        shell.VaultShell.__init__ = marked
    fail_after = int(os.environ.get("SAFEPLAN_TEST_FAIL_AFTER_MS", "0"))
    idle = int(os.environ.get("SAFEPLAN_TEST_IDLE_MS", "0"))
    editor = os.environ.get("SAFEPLAN_TEST_EDITOR", "")
    if fail_after or idle or editor:
        from PySide6.QtCore import QTimer

        from safeplan.ui import vault_window

        show_vault = vault_window.VaultWindow.show_vault

        def show_then(self, *args, **kwargs):
            show_vault(self, *args, **kwargs)
            if idle:
                self.autolock.configure(idle, 0, True)
                self.autolock.start()
            if fail_after:
                QTimer.singleShot(fail_after, _fail)
            if editor:
                _type_when_loaded(self, editor)

        vault_window.VaultWindow.show_vault = show_then


def _type_when_loaded(window, text: str) -> None:
    """As she would: New incident, then text typed into the description, not saved."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton

    view = window.shell.journal
    if view.journal is None:
        QTimer.singleShot(20, lambda: _type_when_loaded(window, text))
        return
    QTest.mouseClick(view.findChild(QAbstractButton, "journal_new"), Qt.MouseButton.LeftButton)
    view.editor.description.insertPlainText(text)
    with open(os.environ["SAFEPLAN_TEST_SAID"], "w", encoding="utf-8") as said:
        said.write("editor")


def _fail() -> None:
    raise RuntimeError("a programming error in the vault's process")


def main() -> int:
    real_kdf = os.environ.get("SAFEPLAN_TEST_REAL_KDF") == "1"
    if os.environ.get("SAFEPLAN_TEST_STDERR"):
        errors = os.open(os.environ["SAFEPLAN_TEST_STDERR"], os.O_WRONLY | os.O_CREAT, 0o600)
        os.dup2(errors, 2)
        os.close(errors)

    def session(data_dir, portable=False):
        if real_kdf:
            return Session(data_dir, portable=portable, device_factory=lambda: None)
        return Session(data_dir, policy=KdfPolicy.for_tests(), device_factory=lambda: None,
                       portable=portable)

    broken = os.environ.get("SAFEPLAN_TEST_BROKEN")
    if broken:
        with open(broken, "a", encoding="utf-8") as starts:
            starts.write("start\n")
        import threading

        def failing_load() -> None:
            def load() -> None:
                raise ImportError("a module missing from this environment")

            loader = threading.Thread(target=load, daemon=True)
            loader.start()
            loader.join()

        worker._load_ahead = failing_load
    return worker.main(sys.argv[1:], session_factory=session, prepare=prepare)


if __name__ == "__main__":
    sys.exit(main())
