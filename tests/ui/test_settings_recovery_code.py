"""The settings page's PIN change asks for her recovery code
(tests/vault/test_pin_change_checks_recovery.py is the hole it closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from safeplan import vault

from .conftest import PIN
from .test_session_flow import change_pin_in_settings, enter, wait_unlocked

NEW = "31415926"


def change(qtbot, window, code: str) -> QLabel:
    return change_pin_in_settings(qtbot, window, NEW, old=PIN, code=code)


def test_a_wrong_recovery_code_is_a_clear_message_and_changes_nothing(
        qtbot, make_window, existing_vault, data_dir, policy, device):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    field = window.findChild(QLineEdit, "settings_recovery_code")
    assert field.accessibleName() == "Recovery code"
    status = change(qtbot, window, "1" * 12)
    assert status.text() == "A recovery code has 24 digits. Nothing was changed."
    window.findChild(QLineEdit, "settings_recovery_code").clear()
    wrong = existing_vault[:-1] + ("0" if existing_vault[-1] != "0" else "1")
    for name in ("settings_old_pin", "settings_new_pin", "settings_repeat_pin"):
        window.findChild(QLineEdit, name).clear()
    status = change(qtbot, window, wrong)
    qtbot.waitUntil(lambda: "not the recovery code" in status.text(), timeout=10_000)
    assert "still the old one" in status.text()
    assert field.text() == ""
    window.lock()
    assert vault.unlock(data_dir, NEW, policy=policy, device=device) is None
    enter(qtbot, window, PIN)  # the old PIN still opens
    wait_unlocked(qtbot, window)


def test_with_her_code_the_change_reaches_her_code(qtbot, make_window, existing_vault,
                                                    data_dir, policy, device):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    status = change(qtbot, window, existing_vault)
    qtbot.waitUntil(lambda: status.text() == "Your PIN was changed.", timeout=10_000)
    assert not window.findChild(QLabel, "settings_recovery_behind").isVisible()
    assert not window.findChild(QLineEdit, "settings_recovery_code").isVisible()  # typed
    window.lock()
    mine = vault.unlock(data_dir, existing_vault, policy=policy)
    assert mine is not None and mine.opened_by == "recovery"
    mine.close()


def test_without_her_code_the_page_says_so_until_she_types_it(
        qtbot, make_window, existing_vault, data_dir, policy, device):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    window.shell.show_page("settings")
    assert window.findChild(QLabel, "settings_recovery_hint").isVisible()
    status = change(qtbot, window, "")
    qtbot.waitUntil(lambda: status.text() == "Your PIN was changed.", timeout=10_000)
    behind = window.findChild(QLabel, "settings_recovery_behind")
    assert behind.isVisible() and "Backups page" in behind.text()
    window.lock()
    assert vault.unlock(data_dir, existing_vault, policy=policy) is None  # not yet

    enter(qtbot, window, NEW)
    wait_unlocked(qtbot, window)
    window.shell.show_page("settings")
    assert window.findChild(QLabel, "settings_recovery_behind").isVisible()  # still
    window.shell.show_page("backup")
    code_field = window.findChild(QLineEdit, "backup_code")
    assert code_field.isVisible()
    qtbot.keyClicks(code_field, existing_vault)
    qtbot.mouseClick(window.findChild(QAbstractButton, "backup_code_ok"),
                     Qt.MouseButton.LeftButton)
    result = window.findChild(QLabel, "backup_result")
    qtbot.waitUntil(lambda: "Thank you" in result.text(), timeout=10_000)
    window.shell.show_page("settings")
    behind = window.findChild(QLabel, "settings_recovery_behind")
    qtbot.waitUntil(lambda: not behind.isVisible(), timeout=5_000)
    window.lock()
    mine = vault.unlock(data_dir, existing_vault, policy=policy)
    assert mine is not None
    mine.close()
