"""Render the app's screens offscreen into docs/screenshots/ (run: make screenshots)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool
from PySide6.QtWidgets import QApplication

from safeplan.app import create_window
from safeplan.vault import DeviceKeyring, KdfPolicy

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")


class _Memory:
    """An in-memory keyring so screenshots never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, s: str, u: str) -> str | None:
        return self.items.get((s, u))

    def set_password(self, s: str, u: str, p: str) -> None:
        self.items[(s, u)] = p

    def delete_password(self, s: str, u: str) -> None:
        self.items.pop((s, u), None)


def settle(app: QApplication) -> None:
    for _ in range(5):
        QThreadPool.globalInstance().waitForDone(20_000)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()


def shoot(window, name: str, app: QApplication) -> None:
    settle(app)
    window.grab().save(str(OUT / f"{name}.png"))


def add_sample_incidents(window) -> None:
    from safeplan.journal import Incident

    journal = window.shell.journal.journal
    pid = journal.add_person("Ерлан", "муж")
    samples = [
        ("2026-06-14", ["psychological"], "Кричал из-за денег, называл меня бесполезной."),
        ("2026-07-02", ["economic"], "Забрал мою банковскую карту: «деньги теперь мои»."),
        ("2026-08-19", ["threats", "psychological"], "Сказал: «Если уйдёшь, заберу детей»."),
        ("2026-09-05", ["physical"], "Толкнул меня к стене на кухне, синяк на плече."),
        ("2026-09-28", ["stalking", "digital"], "Проверял мой телефон, требовал пароль."),
        ("2026-10-17", ["physical", "threats"], "Ударил по лицу при детях. Угрожал ножом."),
        ("2026-11-20", ["physical", "property"], "Разбил мой телефон, схватил за горло."),
    ]
    for day, kinds, text in samples:
        journal.create(Incident(date=day, time="22:30", kinds=kinds, description=text,
                                person_id=pid, fear=7))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(["calculator"])
    keyring = _Memory()
    for dark in (False, True):
        suffix = "dark" if dark else "light"
        window = create_window(tempfile.mkdtemp(), policy=KdfPolicy.for_tests(),
                               device_factory=lambda: DeviceKeyring(keyring), dark=dark)
        window.show()
        if not dark:
            shoot(window, "setup-1-welcome", app)
            window.setup.findChild(object, "setup_start").click()
            for d in "25801":
                window.setup.pin_pad.press(d)
            shoot(window, "setup-2-pin", app)
            for d in "47369":
                window.setup.pin_pad.press(d)
            window.setup.pin_pad.press("OK")
            for d in "2580147369":
                window.setup.confirm_pad.press(d)
            window.setup.confirm_pad.press("OK")
            shoot(window, "setup-3-keyring", app)
            window.setup.findChild(object, "setup_create").click()
            shoot(window, "setup-4-recovery-code", app)
            window.setup.findChild(object, "setup_written").click()
            shoot(window, "setup-5-check", app)
            code = window.session.vault and window.setup.flow.recovery_code
            for d in code[-4:]:
                window.setup.verify_pad.press(d)
            window.setup.verify_pad.press("OK")
            window.setup.findChild(object, "setup_finish").click()
            settle(app)
            add_sample_incidents(window)
            window.shell.journal.refresh()
            window.shell.journal._check_chain()
            shoot(window, "vault-journal", app)
            window.shell.journal.timeline_button.setChecked(True)
            shoot(window, "vault-journal-timeline", app)
            window.shell.journal.timeline_button.setChecked(False)
            window.shell.journal.open_editor(None)
            shoot(window, "vault-journal-editor", app)
            window.shell.journal.editor.cancel()
            window.shell.show_page("plan")
            settle(app)
            plan = window.shell.plan
            plan.items.item(0).setCheckState(plan.items.item(0).checkState().Checked)
            plan.items.item(2).setCheckState(plan.items.item(2).checkState().Checked)
            shoot(window, "vault-plan", app)
            plan.tabs.setCurrentIndex(2)
            shoot(window, "vault-plan-numbers", app)
            window.shell.show_page("safety")
            shoot(window, "vault-safety", app)
            window.shell.show_page("settings")
            shoot(window, "vault-settings", app)
            window.session.settings.language = "ru"
            window._settings_changed()  # rebuilds the screens in Russian
            window.shell.show_page("journal")
            shoot(window, "vault-journal-ru", app)
            window.shell.journal.open_editor(None)
            shoot(window, "vault-journal-editor-ru", app)
            window.shell.journal.editor.cancel()
            window.shell.show_page("plan")
            settle(app)
            window.shell.plan.tabs.setCurrentIndex(2)
            shoot(window, "vault-plan-numbers-ru", app)
            window.session.settings.language = "en"
            window._settings_changed()
            window.lock()
        else:
            window._setup_dismissed()
        for key in "1234+56×7":
            window.calculator.press(key)
        shoot(window, f"calculator-{suffix}", app)
        window.close()
        settle(app)


if __name__ == "__main__":
    main()
