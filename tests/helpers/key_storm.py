"""A long session with the real window, run as its own process by tests/ui/test_key_storm.py.

Types KEYS calculator keys (keyboard and on-screen buttons, half each), unlocks a
cheap-KDF vault with the PIN, works a little in the journal editor and the
evidence gallery, quits with Esc, and closes the window. Prints one line per
phase: `phase <name> none_drift=<n>`, where n is how far `sys.getrefcount(None)`
moved since start (a binding that drops references to None drains it to zero and
aborts the interpreter on Python < 3.12). Exit status 0 and an empty stderr mean
the session survived.

Run from the repository root: python -m tests.helpers.key_storm DATA_DIR [KEYS]
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PIN = "2580147369"
KEYBOARD = [*"0123456789", "+", "-", "*", "/", ".", "%", "=", "Backspace", "Escape"]


def main(data_dir: Path, keys: int) -> int:
    import keyring
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    from safeplan import vault
    from safeplan.app import create_window
    from safeplan.vault import DeviceKeyring, KdfPolicy

    from .keyrings import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    policy = KdfPolicy.for_tests()
    opened, _code = vault.create(data_dir, PIN, policy=policy,
                                 device=DeviceKeyring(backend), bind_device=True)
    opened.close()

    app = QApplication([sys.argv[0]])
    window = create_window(data_dir, policy=policy,
                           device_factory=lambda: DeviceKeyring(backend))
    window.show()
    start = sys.getrefcount(None)

    def phase(name: str) -> None:
        print(f"phase {name} none_drift={sys.getrefcount(None) - start}", flush=True)

    def wait_until(predicate, timeout_ms: int = 15_000) -> None:
        waited = 0
        while not predicate():
            if waited > timeout_ms:
                raise SystemExit(f"timed out in phase after {waited} ms")
            QTest.qWait(20)
            waited += 20

    qt_keys = {"+": Qt.Key.Key_Plus, "-": Qt.Key.Key_Minus, "*": Qt.Key.Key_Asterisk,
               "/": Qt.Key.Key_Slash, ".": Qt.Key.Key_Period, "%": Qt.Key.Key_Percent,
               "=": Qt.Key.Key_Equal, "Backspace": Qt.Key.Key_Backspace,
               "Escape": Qt.Key.Key_Escape}
    buttons = [b for b in window.findChildren(QPushButton)
               if b.objectName().startswith("key_") and b.objectName() != "key_equals"]
    equals = window.findChild(QPushButton, "key_equals")
    rng = random.Random(11)
    for i in range(keys):
        if i % 2:
            rng.choice(buttons).click()
        else:
            key = rng.choice(KEYBOARD)
            if len(key) == 1 and key.isdigit():
                QTest.keyClick(window, key)
            else:
                QTest.keyClick(window, qt_keys[key])
        if i % 97 == 96:
            equals.click()
        if i % 200 == 199:
            app.processEvents()
    phase("calculator")

    QTest.keyClick(window, Qt.Key.Key_Escape)
    for digit in PIN:
        QTest.keyClick(window, digit)
    QTest.keyClick(window, Qt.Key.Key_Equal)

    def vault_open() -> bool:
        shell = window.findChild(QWidget, "vaultShell")
        return shell is not None and shell.isVisible()

    wait_until(vault_open)
    shell = window.findChild(QWidget, "vaultShell")
    new = shell.findChild(QPushButton, "journal_new")
    wait_until(lambda: new.isEnabled())
    for _round in range(5):
        new.click()
        wait_until(lambda: shell.findChild(QWidget, "incidentEditor") is not None)
        editor = shell.findChild(QWidget, "incidentEditor")
        for name in ("incident_place", "incident_description"):
            field = editor.findChild(QWidget, name)
            field.setFocus()
            QTest.keyClicks(field, "storm text " * 8)
        cancel = editor.findChild(QPushButton, "incident_cancel")
        cancel.click()
        QTest.qWait(10)
    for page in ("evidence", "plan", "journal"):
        shell.show_page(page)
        QTest.qWait(30)
    phase("vault")

    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    wait_until(lambda: window.findChild(QWidget, "vaultShell") is None or not vault_open())
    for digit in "12+34=":
        QTest.keyClick(window, digit)
    phase("locked")

    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    phase("closed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 2000))
