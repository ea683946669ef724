"""Test-only launcher: the real app (`safeplan.app.main`, its vault in the real worker
process) with a cheap KDF and no OS keyring.

    python -m tests.x11.launch_app [app arguments]

Nothing here exists in the shipped binary: the cheap key derivation of
`KdfPolicy.for_tests()` is switched on by monkeypatching `create_window`
from outside, so the app itself has no weakening switch.

With SAFEPLAN_X11_MARKS=1 the vault's background is painted magenta
(#ff00ff) and the calculator's cyan (#00ffff), colours neither uses, so a
frame grabbed from the X server says which of the two it shows (one more
style-sheet rule: it costs the same to paint as the usual background).
"""

from __future__ import annotations

import os
import sys

VAULT_MARK = (255, 0, 255)
CALCULATOR_MARK = (0, 255, 255)


def _patch() -> None:
    from safeplan import app
    from safeplan.ui import theme
    from safeplan.vault import KdfPolicy

    create_window = app.create_window

    def cheap_create_window(data_dir, **kwargs):
        kwargs["policy"] = KdfPolicy.for_tests()
        kwargs["device_factory"] = lambda: None  # no keyring: tests never touch the user's
        return create_window(data_dir, **kwargs)

    app.create_window = cheap_create_window
    from safeplan.ui import worker_link

    def test_worker(data_dir, portable=False):
        # The real worker process (safeplan.worker) with the same cheap KDF.
        return [sys.executable, "-m", "tests.helpers.run_worker", str(data_dir),
                *(["--portable"] if portable else [])]

    worker_link.worker_command = test_worker

    if os.environ.get("SAFEPLAN_X11_MARKS") == "1":
        stylesheet = theme.stylesheet

        def marked(colours):
            return stylesheet(colours) + (
                "\nQWidget#vaultShell { background: #ff00ff; }"
                "\nQWidget#calculatorView { background: #00ffff; }\n")

        theme.stylesheet = marked
        from PySide6.QtCore import Qt

        from safeplan.ui.main_window import MainWindow

        # Plain QWidgets paint a style-sheet background only with this attribute.
        init, show_shell = MainWindow.__init__, MainWindow._show_shell

        def marked_init(self, *args, **kwargs):
            init(self, *args, **kwargs)
            self.calculator.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        def marked_show_shell(self, *args, **kwargs):
            show_shell(self, *args, **kwargs)
            if self.shell is not None:
                self.shell.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        MainWindow.__init__ = marked_init
        MainWindow._show_shell = marked_show_shell


def main() -> int:
    _patch()
    from safeplan import app

    return app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
