"""The calculator window as a person uses it: keyboard, buttons, clipboard, look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ..test_calculator import TABLE


@pytest.fixture
def window(make_window, existing_vault):
    return make_window()


def display(window) -> str:
    return window.findChild(QLabel, "display").text()


def type_keys(qtbot, window, keys: str) -> None:
    """Type as a person would: keyboard for most keys, the ± button for n."""
    for key in keys:
        if key == "n":
            qtbot.mouseClick(window.findChild(QAbstractButton, "key_negate"),
                             Qt.MouseButton.LeftButton)
        elif key == "b":
            qtbot.keyClick(window.calculator, Qt.Key.Key_Backspace)
        else:
            qtbot.keyClicks(window.calculator, key)


@pytest.mark.parametrize(("keys", "shown"), [t for t in TABLE if t[1] is not None])
def test_table_through_the_window(qtbot, window, keys, shown):
    type_keys(qtbot, window, keys)
    assert display(window) == shown


def test_buttons(qtbot, window):
    for name in ("key_1", "key_2", "key_plus", "key_3", "key_equals"):
        qtbot.mouseClick(window.findChild(QAbstractButton, name), Qt.MouseButton.LeftButton)
    assert display(window) == "15"
    qtbot.mouseClick(window.findChild(QAbstractButton, "key_clear"), Qt.MouseButton.LeftButton)
    assert display(window) == "0"


def test_enter_return_keypad_comma_escape(qtbot, window):
    qtbot.keyClicks(window.calculator, "1,5*2")
    qtbot.keyClick(window.calculator, Qt.Key.Key_Return)
    assert display(window) == "3"
    qtbot.keyClick(window.calculator, Qt.Key.Key_7, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(window.calculator, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(window.calculator, Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(window.calculator, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert display(window) == "8"
    qtbot.keyClicks(window.calculator, "5+5")
    qtbot.keyClick(window.calculator, Qt.Key.Key_Escape)
    assert display(window) == "0"
    assert window.findChild(QLabel, "expression").text() == ""


def test_before_the_engine_is_made_the_view_shows_what_a_fresh_engine_shows(qtbot):
    """The calculator's first frame is drawn before its engine (and `decimal`) is made:
    it must look exactly as it does once the engine exists, and a key makes it."""
    from safeplan.ui.calculator_view import CalculatorView

    view = CalculatorView()
    qtbot.addWidget(view)
    assert view._engine is None
    before = (view.display.text(), view.expression.text(), view.buttons["AC"].text(),
              view.buttons["."].text())
    view.engine  # noqa: B018 - made here
    view._refresh()
    assert (view.display.text(), view.expression.text(), view.buttons["AC"].text(),
            view.buttons["."].text()) == before
    fresh = CalculatorView()
    qtbot.addWidget(fresh)
    qtbot.keyClicks(fresh, "7")
    assert fresh._engine is not None and fresh.display.text() == "7"


def test_clear_key_reads_c_while_typing(qtbot, window):
    clear = window.findChild(QAbstractButton, "key_clear")
    assert clear.text() == "AC"
    qtbot.keyClicks(window.calculator, "4")
    assert clear.text() == "C"


def test_copy_and_paste(qtbot, window):
    qtbot.keyClicks(window.calculator, "6*7=")
    qtbot.keyClick(window.calculator, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "42"
    QGuiApplication.clipboard().setText("1.5")
    qtbot.keyClick(window.calculator, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert display(window) == "1.5"
    qtbot.keyClicks(window.calculator, "*2=")
    assert display(window) == "3"


def test_looks_like_a_calculator_only(window):
    assert window.windowTitle() == "Calculator"
    assert not window.windowIcon().isNull()
    words = set()
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and hasattr(widget, "text"):
            words.add(widget.text())
    allowed = set("0123456789") | {"", "AC", "C", "±", "%", "÷", "×", "−", "+", "⌫", ".", "="}
    assert words <= allowed


def test_every_button_has_a_name(window):
    for button in window.findChildren(QAbstractButton):
        assert button.objectName() and button.accessibleName()


def test_long_numbers_shrink_to_fit(qtbot, window):
    label = window.findChild(QLabel, "display")
    before = label.font().pixelSize()
    qtbot.keyClicks(window.calculator, "123456789012345678901234")
    assert label.font().pixelSize() < before
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()


def test_dark_theme(make_window, existing_vault):
    window = make_window(dark=True)
    assert window.palette().window().color().lightness() < 80


@pytest.mark.parametrize(("code", "point"), [("ru", ","), ("kk", ","), ("en", ".")])
def test_the_decimal_key_and_display_follow_her_language(qtbot, tmp_path, code, point):
    """A Russian or Kazakh system calculator shows "3,5" and labels its key ","; both
    "," and "." typed are the decimal key. The PIN is the same digits in any language."""
    from safeplan.ui import language
    from safeplan.ui.calculator_view import CalculatorView

    try:
        language.install(code)
        view = CalculatorView()
        qtbot.addWidget(view)
        key = view.findChild(QAbstractButton, "key_point")
        assert key.text() == point
        for typed in ("3,5", "3.5"):
            qtbot.keyClicks(view, typed)
            assert view.display.text() == f"3{point}5"
            qtbot.keyClick(view, Qt.Key.Key_Escape)
        qtbot.mouseClick(view.findChild(QAbstractButton, "key_7"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.findChild(QAbstractButton, "key_2"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(view, "*3=")
        assert view.display.text() == f"21{point}6"
        assert f"7{point}2" in view.expression.text()
        with qtbot.waitSignal(view.secretEntered) as entered:
            qtbot.keyClicks(view, "24681357=")
        assert entered.args == ["24681357"]
        view.resize(320, 460)
        qtbot.keyClicks(view, "1,25+2,5")
        view.grab().save(str(tmp_path / f"calculator-{code}.png"))
    finally:
        language.install("en")


@pytest.mark.parametrize(("code", "point"), [("ru", ","), ("kk", ","), ("en", ".")])
def test_copy_puts_the_number_as_she_sees_it_and_paste_takes_either_point(qtbot, code, point):
    """Ctrl+C copies "4,75" where the display shows "4,75" (a Russian spreadsheet or
    document reads "4.75" as a date or text), minus sign and e-notation as shown; Ctrl+V
    takes "4,75", "4.75" and what Ctrl+C gave, in any language."""
    from safeplan.ui import language
    from safeplan.ui.calculator_view import CalculatorView

    clipboard = QGuiApplication.clipboard()
    try:
        language.install(code)
        view = CalculatorView()
        qtbot.addWidget(view)
        for keys, shown in (("19/4=", f"4{point}75"), ("0-19/4=", f"-4{point}75"),
                            ("12345678*1000=", "12345678000"),
                            ("15000000*100000000000000=", f"1{point}5e+21")):
            qtbot.keyClicks(view, keys)
            assert view.display.text() == shown
            qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
            assert clipboard.text() == shown
            qtbot.keyClick(view, Qt.Key.Key_Escape)
            qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            assert view.display.text() == shown
            qtbot.keyClick(view, Qt.Key.Key_Escape)
        for pasted, shown in (("4,75", f"4{point}75"), ("4.75", f"4{point}75"),
                              ("-4,75", f"-4{point}75"), ("−4.75", f"-4{point}75"),
                              ("1\u202f234,5", f"1234{point}5"),
                              ("1\u2009234.5", f"1234{point}5"),
                              ("1 234 567,25", f"1234567{point}25"),
                              ("1,234,567.25", f"1234567{point}25"),
                              ("1.234.567,25", f"1234567{point}25")):
            clipboard.setText(pasted)
            qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            assert view.display.text() == shown, pasted
            qtbot.keyClick(view, Qt.Key.Key_Escape)
        qtbot.keyClicks(view, "7")
        for refused in ("4,75,1", "4.75.1", "1.234,5.6", "12,3.4", "hello", ""):
            clipboard.setText(refused)
            qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            assert view.display.text() == "7", refused
        qtbot.keyClicks(view, "/0=")
        clipboard.setText("unchanged")
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert clipboard.text() == "unchanged"
    finally:
        language.install("en")
