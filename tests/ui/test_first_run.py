"""First run, end to end: welcome, PIN twice, keyring, recovery code, check, vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel

from safeplan import vault


def click(qtbot, window, name):
    button = window.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_pin(qtbot, pad, digits):
    qtbot.keyClicks(pad, digits)
    qtbot.keyClick(pad, Qt.Key.Key_Return)


def test_setup_end_to_end(qtbot, make_window, data_dir, policy, memory_keyring):
    window = make_window()
    assert window.windowTitle() == "Calculator"
    assert window.stack.currentWidget() is window.setup
    qtbot.waitUntil(lambda: window.setup.flow.keyring_available)
    click(qtbot, window, "setup_start")
    setup = window.setup
    type_pin(qtbot, setup.pin_pad, "12345")
    assert "at least 6" in setup.pin_status.text()
    setup.pin_pad.clear()
    type_pin(qtbot, setup.pin_pad, "1122334455")
    type_pin(qtbot, setup.confirm_pad, "1122334400")  # mistyped
    assert setup.flow.step == "pin" and "different" in setup.pin_status.text()
    type_pin(qtbot, setup.pin_pad, "1122334455")
    type_pin(qtbot, setup.confirm_pad, "1122334455")
    bind = window.findChild(QCheckBox, "setup_bind")
    assert bind.isEnabled() and bind.isChecked()
    assert "keyring" in window.findChild(QLabel, "setup_binding_text").text()
    click(qtbot, window, "setup_create")
    qtbot.waitUntil(lambda: setup.flow.step == "recovery", timeout=10_000)
    shown = window.findChild(QLabel, "setup_code").text()
    groups = shown.split()
    assert len(groups) == 6 and all(len(g) == 4 and g.isdigit() for g in groups)
    code = "".join(groups)
    assert vault.exists(data_dir) and memory_keyring.items
    click(qtbot, window, "setup_written")
    asked = setup.flow.checked_group
    prompt = window.findChild(QLabel, "setup_verify_prompt").text()
    assert f"group {asked + 1} of 6" in prompt
    wrong = "0000" if groups[asked] != "0000" else "1111"
    type_pin(qtbot, setup.verify_pad, wrong)
    assert "does not match" in window.findChild(QLabel, "setup_verify_error").text()
    type_pin(qtbot, setup.verify_pad, groups[asked])
    click(qtbot, window, "setup_finish")
    assert window.shell is not None and window.setup is None
    window.lock()
    # From now on it starts as the calculator, and both secrets open it.
    again = make_window()
    assert again.setup is None and again.stack.currentWidget() is again.calculator
    qtbot.keyClicks(again.calculator, "1122334455=")
    qtbot.waitUntil(lambda: again.shell is not None, timeout=10_000)
    again.lock()
    qtbot.keyClicks(again.calculator, code + "=")
    qtbot.waitUntil(lambda: again.shell is not None, timeout=10_000)


def test_not_now_starts_as_the_calculator_from_then_on(qtbot, make_window, data_dir):
    window = make_window()
    hint = window.findChild(QLabel, "setup_return_hint").text()
    assert "000000" in hint and "only this once" in hint  # said before she dismisses it
    click(qtbot, window, "setup_later")
    assert window.stack.currentWidget() is window.calculator
    qtbot.keyClicks(window.calculator, "2+2=")
    assert window.calculator.display.text() == "4"
    assert not vault.exists(data_dir)
    # What is kept is an ordinary calculator setting, nothing about a vault.
    kept = (data_dir / "calculator.conf").read_text()
    assert kept == "[calculator]\nfirst_run = done\n"
    again = make_window()
    assert again.stack.currentWidget() is again.calculator and again.isVisible()


def test_setup_keys_open_setup_only_while_no_vault_exists(qtbot, make_window, data_dir):
    window = make_window()
    click(qtbot, window, "setup_later")
    second = make_window()
    qtbot.keyClicks(second.calculator, "123456=")  # any other PIN-like sum: a sum
    assert second.stack.currentWidget() is second.calculator
    qtbot.keyClicks(second.calculator, "000000=")
    assert second.stack.currentWidget() is second.setup
    assert second.setup.flow.step == "welcome"


def test_setup_keys_are_an_ordinary_sum_once_a_vault_exists(qtbot, make_window,
                                                             existing_vault):
    window = make_window()
    assert window.stack.currentWidget() is window.calculator
    qtbot.keyClicks(window.calculator, "000000=")
    assert window.calculator.display.text() == "0"
    qtbot.wait(200)
    assert window.setup is None and window.stack.currentWidget() is window.calculator


def test_escape_hides_setup(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window.setup, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.calculator


def test_no_secure_keyring_says_so(qtbot, data_dir, policy):
    from keyring.backends import fail

    from safeplan.app import create_window
    from safeplan.vault import DeviceKeyring

    window = create_window(data_dir, policy=policy,
                           device_factory=lambda: DeviceKeyring(fail.Keyring()))
    qtbot.addWidget(window)
    window.show()
    setup = window.setup
    from safeplan.ui.background import wait_for_all

    wait_for_all()
    qtbot.wait(20)
    click(qtbot, window, "setup_start")
    type_pin(qtbot, setup.pin_pad, "123456789012")
    type_pin(qtbot, setup.confirm_pad, "123456789012")
    bind = window.findChild(QCheckBox, "setup_bind")
    assert not bind.isEnabled() and not bind.isChecked()
    assert "no secure keyring" in window.findChild(QLabel, "setup_binding_text").text()
    reason = window.findChild(QLabel, "setup_bind_reason")
    assert reason.isVisible() and "Not available" in reason.text()  # why it is greyed out
    assert bind.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText) \
        != bind.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    click(qtbot, window, "setup_create")
    qtbot.waitUntil(lambda: setup.flow.step == "recovery", timeout=10_000)
    assert not window.session.vault.device_bound
    window.lock()
    wait_for_all()


def test_back_on_every_step_and_a_plain_warning_for_a_guessable_pin(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.setup.flow.keyring_available)
    setup = window.setup
    click(qtbot, window, "setup_start")
    click(qtbot, window, "setup_back_pin")
    assert setup.flow.step == "welcome"
    click(qtbot, window, "setup_start")
    qtbot.keyClicks(setup.pin_pad, "123456")
    assert "Easy to guess" in setup.pin_status.text()
    setup.pin_pad.clear()
    qtbot.keyClicks(setup.pin_pad, "15031990")
    assert "date" in setup.pin_status.text()
    setup.pin_pad.clear()
    type_pin(qtbot, setup.pin_pad, "4815162342")
    assert "Easy to guess" not in setup.pin_status.text()
    click(qtbot, window, "setup_back_confirm")
    assert setup.flow.step == "pin"
    type_pin(qtbot, setup.pin_pad, "4815162342")
    type_pin(qtbot, setup.confirm_pad, "4815162342")
    click(qtbot, window, "setup_back_binding")
    assert setup.flow.step == "confirm"
    type_pin(qtbot, setup.confirm_pad, "4815162342")
    assert setup.flow.step == "binding"
