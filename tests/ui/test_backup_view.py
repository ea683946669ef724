"""Backups through the window: make one, reminders, restore at first run, replace."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QLineEdit, QWidget

from safeplan import vault
from safeplan.backups import DAY
from safeplan.journal import Incident, Journal
from safeplan.session import Session
from safeplan.ui.background import wait_for_all
from safeplan.vault import DeviceKeyring

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked

NEW_PIN = "8642097531"


def click(qtbot, root: QWidget, name: str) -> None:
    widget = root.findChild(QAbstractButton, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(root: QWidget, name: str, path: Path) -> None:
    dialog = root.findChild(QFileDialog, name)
    assert dialog is not None and dialog.isVisible(), name
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)
    # Qt leaves the name box alone while it has focus: type into it as she would.
    dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
    assert dialog.selectedFiles() == [str(path)]
    dialog.accept()


def text_of(root: QWidget, name: str) -> str:
    widget = root.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def open_backups(qtbot, make_window):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.backup
    qtbot.waitUntil(lambda: view._journal is not None, timeout=10_000)
    window.shell.show_page("backup")
    return window, view


def test_make_a_backup_after_typing_the_code_once(qtbot, make_window, existing_vault,
                                                  tmp_path, policy):
    _window, view = open_backups(qtbot, make_window)
    assert "No backup" in text_of(view, "backup_last")
    assert not view.make_button.isEnabled()  # a vault from before backups
    qtbot.keyClicks(view.code_field, "1" * 24)
    click(qtbot, view, "backup_code_ok")
    qtbot.waitUntil(lambda: "not the recovery code" in text_of(view, "backup_result"),
                    timeout=10_000)
    qtbot.keyClicks(view.code_field, existing_vault)
    click(qtbot, view, "backup_code_ok")
    qtbot.waitUntil(lambda: view.make_button.isEnabled(), timeout=10_000)
    assert not view.code_box.isVisible()

    click(qtbot, view, "backup_make")
    dialog = view.findChild(QFileDialog, "backup_save_dialog")
    assert dialog.selectedFiles()[0].endswith(time.strftime("calc-%Y-%m-%d.bin"))
    choose(view, "backup_save_dialog", tmp_path / "calc.bin")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert "Backup saved and checked" in text_of(view, "backup_result")
    assert (tmp_path / "calc.bin").is_file()
    last = text_of(view, "backup_last")
    assert "Last backup" in last and str(tmp_path) not in last  # place not remembered

    view.remember.setChecked(True)
    click(qtbot, view, "backup_make")
    choose(view, "backup_save_dialog", tmp_path / "calc2.bin")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert str(tmp_path / "calc2.bin") in text_of(view, "backup_last")
    opened = Session(tmp_path, policy=policy).open_backup(tmp_path / "calc2.bin",
                                                          existing_vault)
    assert opened.contents.size > 0


def test_the_pin_option_warns_and_asks_for_the_pin(qtbot, make_window, existing_vault,
                                                   tmp_path, policy):
    window, view = open_backups(qtbot, make_window)
    window.session.add_recovery_code(existing_vault)
    view.refresh()
    assert not view.pin_warning.isVisible()
    view.with_pin.setChecked(True)
    assert view.pin_warning.isVisible() and "graphics card" in view.pin_warning.text()
    click(qtbot, view, "backup_make")
    assert "Type your PIN" in text_of(view, "backup_result")
    qtbot.keyClicks(view.pin_field, "1111111111")
    view.start_backup(tmp_path / "x.bin", "1111111111")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert "PIN is not right" in text_of(view, "backup_result")
    assert not (tmp_path / "x.bin").exists()
    view.start_backup(tmp_path / "y.bin", PIN)
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert Session(tmp_path, policy=policy).open_backup(tmp_path / "y.bin", PIN)


def test_destination_errors_are_said_plainly(qtbot, make_window, existing_vault, tmp_path):
    window, view = open_backups(qtbot, make_window)
    window.session.add_recovery_code(existing_vault)
    view.refresh()
    view.start_backup(tmp_path / "gone" / "calc.bin")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert "disappeared" in text_of(view, "backup_result")
    assert window.session.backups.last_time is None


def test_reminder_only_inside_the_vault(qtbot, make_window, existing_vault):
    window, view = open_backups(qtbot, make_window)
    journal = window.shell.journal.journal
    journal.create(Incident(date="2026-11-20", description="x"))
    view.refresh()
    assert not window.shell.reminder.isVisible()
    view._clock = lambda: time.time() + 9 * DAY
    view.refresh()
    assert window.shell.reminder.isVisible()
    assert "9 days" in window.shell.reminder.text()
    assert "9 days" in text_of(view, "backup_reminder")
    click(qtbot, window.shell, "backup_reminder_link")
    assert window.shell.pages.currentWidget() is view
    view.remind.setCurrentIndex(view.remind.findData(0))
    view.remind.activated.emit(view.remind.currentIndex())
    assert not window.shell.reminder.isVisible()
    window.lock()
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(
        QAbstractButton) if w.isVisible()]
    assert not any("backup" in t.lower() for t in texts)


def make_backup_elsewhere(tmp_path: Path, policy, keyring) -> tuple[Path, str]:
    home = Session(tmp_path / "old-laptop", policy=policy,
                   device_factory=lambda: DeviceKeyring(keyring))
    code = home.create("1231231231", bind_device=True)
    Journal(home.vault).create(Incident(date="2026-10-01", description="Из резервной копии"))
    home.make_backup(tmp_path / "stick.bin")
    home.lock().close()
    return tmp_path / "stick.bin", code


def test_restore_at_first_run(qtbot, make_window, tmp_path, policy, data_dir):
    from ..helpers.keyrings import MemoryKeyring

    path, code = make_backup_elsewhere(tmp_path, policy, MemoryKeyring())
    not_a_backup = tmp_path / "photo.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff" + bytes(5000))
    window = make_window()
    setup = window.setup
    qtbot.waitUntil(lambda: setup.flow.keyring_available)
    click(qtbot, window, "setup_restore")
    view = setup.restore_view
    click(qtbot, view, "restore_choose")
    choose(view, "restore_file_dialog", not_a_backup)
    qtbot.keyClicks(view.code_pad, code)
    qtbot.keyClick(view.code_pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.flow.step == "code", timeout=10_000)
    assert "not a backup" in text_of(view, "restore_code_status")
    click(qtbot, view, "restore_code_back")
    click(qtbot, view, "restore_choose")
    choose(view, "restore_file_dialog", path)
    qtbot.keyClicks(view.code_pad, "9" * 24)
    qtbot.keyClick(view.code_pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in text_of(view, "restore_code_status"),
                    timeout=10_000)
    qtbot.keyClicks(view.code_pad, code)
    qtbot.keyClick(view.code_pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.flow.step == "pin", timeout=10_000)
    assert not vault.exists(data_dir)  # nothing written until she chose the PIN
    qtbot.keyClicks(view.pin_pad, NEW_PIN)
    qtbot.keyClick(view.pin_pad, Qt.Key.Key_Return)
    qtbot.keyClicks(view.confirm_pad, NEW_PIN)
    qtbot.keyClick(view.confirm_pad, Qt.Key.Key_Return)
    assert view.bind_box.isChecked()
    click(qtbot, view, "restore_go")
    qtbot.waitUntil(lambda: view.flow.step == "done", timeout=20_000)
    click(qtbot, view, "restore_finish")
    assert window.shell is not None and window.setup is None
    qtbot.waitUntil(lambda: window.shell.journal.journal is not None, timeout=10_000)
    journal = window.shell.journal.journal
    assert [e.current.description for e in journal.entries()] == ["Из резервной копии"]
    assert journal.verify().ok
    window.lock()
    enter(qtbot, window, NEW_PIN)
    wait_unlocked(qtbot, window)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "This backup was made by a newer version of the app. Update the app, then "
           "restore it."),
    ("ru", "Эта копия сделана более новой версией приложения. Обновите приложение, затем "
           "восстановите её."),
    ("kk", "Бұл көшірмені қолданбаның жаңарақ нұсқасы жасаған. Қолданбаны жаңартып, содан "
           "кейін қалпына келтіріңіз."),
])
def test_a_backup_from_a_newer_app_is_refused_in_her_language(
        qtbot, make_window, tmp_path, policy, data_dir, monkeypatch, lang, said):
    from safeplan.ui import language
    from safeplan.vault import backup

    from ..helpers.keyrings import MemoryKeyring

    monkeypatch.setattr(backup, "FORMAT", backup.FORMAT + 1)  # as a newer app writes it
    path, code = make_backup_elsewhere(tmp_path, policy, MemoryKeyring())
    monkeypatch.undo()
    language.install(lang)
    window = make_window()
    setup = window.setup
    qtbot.waitUntil(lambda: setup.flow.keyring_available)
    click(qtbot, window, "setup_restore")
    view = setup.restore_view
    click(qtbot, view, "restore_choose")
    choose(view, "restore_file_dialog", path)
    qtbot.keyClicks(view.code_pad, code)
    qtbot.keyClick(view.code_pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(view, "restore_code_status") == said, timeout=10_000)
    assert view.flow.step == "code"
    assert not vault.exists(data_dir)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["stick.bin"]


def test_replace_keeps_the_current_vault_and_asks_twice(qtbot, make_window, existing_vault,
                                                       tmp_path, policy):
    from ..helpers.keyrings import MemoryKeyring

    path, code = make_backup_elsewhere(tmp_path, policy, MemoryKeyring())
    window, view = open_backups(qtbot, make_window)
    window.session.add_recovery_code(existing_vault)
    view.refresh()
    window.shell.journal.journal.create(Incident(date="2026-11-01", description="Сейчас"))
    click(qtbot, view, "backup_replace_choose")
    choose(view, "backup_replace_dialog", path)
    qtbot.keyClicks(view.replace_code, code)
    qtbot.keyClicks(view.replace_pin, NEW_PIN)
    qtbot.keyClicks(view.replace_again, NEW_PIN)
    click(qtbot, view, "backup_replace")
    qtbot.waitUntil(lambda: view.findChild(QFileDialog, "backup_keep_dialog") is not None
                    and view.findChild(QFileDialog, "backup_keep_dialog").isVisible(),
                    timeout=10_000)
    choose(view, "backup_keep_dialog", tmp_path / "kept.bin")
    assert "Click again" in text_of(view, "backup_replace_status")
    assert window.session.unlocked  # nothing happened on the first click
    click(qtbot, view, "backup_replace_confirm")
    qtbot.waitUntil(lambda: not window.session.unlocked, timeout=30_000)
    assert window.stack.currentWidget() is window.calculator
    enter(qtbot, window, NEW_PIN)
    wait_unlocked(qtbot, window)
    qtbot.waitUntil(lambda: window.shell.journal.journal is not None, timeout=10_000)
    assert [e.current.description for e in window.shell.journal.journal.entries()] == [
        "Из резервной копии"]
    kept = Session(tmp_path, policy=policy).open_backup(tmp_path / "kept.bin",
                                                        existing_vault)
    assert kept.contents.size > 0


def test_every_control_has_a_name_and_an_accessible_name(qtbot, make_window, existing_vault):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QProgressBar

    from safeplan.ui.restore_view import RestoreView

    window, view = open_backups(qtbot, make_window)
    restore = RestoreView(window.session)
    qtbot.addWidget(restore)
    for root in (view, restore):
        for kind in (QAbstractButton, QLineEdit, QComboBox, QProgressBar):
            for widget in root.findChildren(kind):
                parent = widget.parent()
                if parent is not None and parent.inherits("QComboBox"):
                    continue
                if widget.objectName().startswith("qt_"):
                    continue
                assert widget.objectName() and widget.accessibleName(), widget


def slowed(window, monkeypatch):
    """Make the backup report often and slowly, so Cancel and a lock land mid-way."""
    monkeypatch.setattr(vault.store, "SNAPSHOT_PAGES", 1)
    real = window.session.make_backup

    def slow(destination, pin=None, progress=None, cancelled=None):
        def report(percent):
            time.sleep(0.02)
            progress(percent)

        return real(destination, pin=pin, progress=report, cancelled=cancelled)

    monkeypatch.setattr(window.session, "make_backup", slow)


def leftovers(*folders: Path) -> list[str]:
    return [p.name for folder in folders for p in folder.iterdir()
            if p.name.startswith(".calc-")]


def test_cancel_and_quick_exit_mid_backup_leave_nothing(qtbot, make_window, existing_vault,
                                                        tmp_path, data_dir, monkeypatch):
    window, view = open_backups(qtbot, make_window)
    window.session.add_recovery_code(existing_vault)
    window.session.vault.add_bytes(os.urandom(3_000_000))
    view.refresh()
    slowed(window, monkeypatch)
    stick = tmp_path / "stick"
    stick.mkdir()
    view.start_backup(stick / "calc.bin")
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=10_000)
    click(qtbot, view, "backup_cancel")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert "Cancelled" in text_of(view, "backup_result")
    assert list(stick.iterdir()) == [] and leftovers(data_dir) == []
    assert window.session.backups.last_time is None

    view.start_backup(stick / "calc.bin")
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=10_000)
    qtbot.keyClick(window.shell, Qt.Key.Key_Escape)
    wait_for_all()
    assert window.stack.currentWidget() is window.calculator
    assert list(stick.iterdir()) == [] and leftovers(data_dir) == []
