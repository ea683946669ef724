"""The calculator people see: display, keypad, keyboard. Maps input onto the engine."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent  # made by the first key press (app.py warms it)

    from ..calculator import Calculator

# What a fresh engine shows (calculator.Calculator), drawn before the engine is made: its
# module and `decimal` load after the first frame (app.py), or at the first key.
_FRESH_DISPLAY = "0"

# (label, engine key, objectName, role, row, column)
_KEYS = [
    ("AC", "AC", "key_clear", "operator", 0, 0),
    ("±", "±", "key_negate", "operator", 0, 1),
    ("%", "%", "key_percent", "operator", 0, 2),
    ("÷", "÷", "key_divide", "operator", 0, 3),
    ("7", "7", "key_7", "digit", 1, 0), ("8", "8", "key_8", "digit", 1, 1),
    ("9", "9", "key_9", "digit", 1, 2), ("×", "×", "key_multiply", "operator", 1, 3),
    ("4", "4", "key_4", "digit", 2, 0), ("5", "5", "key_5", "digit", 2, 1),
    ("6", "6", "key_6", "digit", 2, 2), ("−", "−", "key_minus", "operator", 2, 3),
    ("1", "1", "key_1", "digit", 3, 0), ("2", "2", "key_2", "digit", 3, 1),
    ("3", "3", "key_3", "digit", 3, 2), ("+", "+", "key_plus", "operator", 3, 3),
    ("⌫", "⌫", "key_backspace", "operator", 4, 0), ("0", "0", "key_0", "digit", 4, 1),
    # Labelled with her language's decimal separator at each refresh (_decimal_point).
    (".", ".", "key_point", "digit", 4, 2), ("=", "=", "key_equals", "equals", 4, 3),
]

# Both "." and "," are the decimal key in every language, as in the system calculators.
_TEXT_KEYS = {"+": "+", "-": "−", "*": "×", "/": "÷", "×": "×", "÷": "÷", "−": "−",
              "%": "%", "=": "=", ".": ".", ",": "."}


def _decimal_point() -> str:
    """The interface language's decimal separator ("," in Russian and Kazakh): the
    locale language.install made the default. The engine keeps "." inside."""
    from PySide6.QtCore import QLocale  # built by ui/language.py before the window: no cost

    return QLocale().decimalPoint() or "."


def _accessible_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "AC": translate("CalculatorView", "Clear"),
        "±": translate("CalculatorView", "Change sign"),
        "%": translate("CalculatorView", "Percent"),
        "÷": translate("CalculatorView", "Divide"),
        "×": translate("CalculatorView", "Multiply"),
        "−": translate("CalculatorView", "Minus"),
        "+": translate("CalculatorView", "Plus"),
        "⌫": translate("CalculatorView", "Backspace"),
        ".": translate("CalculatorView", "Decimal point"),
        "=": translate("CalculatorView", "Equals"),
    }


class _Display(QLabel):
    """The result line; calls the callbacks of `CalculatorView.after_first_paint` once,
    right after its first paint.

    Not a Python event filter: the first event handed to one as a plain QEvent makes
    PySide create the Python type of every QEvent subclass of QtCore, QtGui and
    QtWidgets (53 types, ~14 ms on Xvfb before the calculator's first frame). Here
    PySide is handed a QPaintEvent, and builds that type alone."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.first_paint: list[Callable[[], None]] = []

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.first_paint:
            waiting, self.first_paint = self.first_paint, []
            for callback in waiting:
                callback()


class CalculatorView(QWidget):
    """A working calculator.

    Signals:
        secretEntered(str): a calculation that was one pure digit entry ended with `=`;
            carries the digits exactly as typed. The result is already on screen.
    """

    secretEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Enum-valued settings of the first frame are set by name through Qt's property
        # system (QMetaProperty converts the key): the first value of the `Qt` namespace
        # taken in Python makes PySide build all 94 of its enum types (~26 ms idle), and
        # that now happens after the first frame (app.py warms it up for the first key).
        self.setObjectName("calculatorView")
        self.setProperty("focusPolicy", "StrongFocus")
        self._engine: Calculator | None = None  # made at first use: see `engine`
        # Called before any input reaches the engine (app.py: the process is made
        # undumpable then at the latest, if the first frame's work has not done it yet).
        self.before_input: Callable[[], None] | None = None

        self.expression = QLabel("", self)
        self.expression.setObjectName("expression")
        self.expression.setProperty("alignment", "AlignRight|AlignVCenter")
        self.expression.setAccessibleName(self.tr("Expression"))
        self.display = _Display("0", self)
        self.display.setObjectName("display")
        self.display.setAccessibleName(self.tr("Result"))
        self.display.setProperty("alignment", "AlignRight|AlignVCenter")
        self.display.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.display.setProperty("textInteractionFlags", "NoTextInteraction")

        grid = QGridLayout()
        grid.setSpacing(3)
        self.buttons: dict[str, QPushButton] = {}
        names = _accessible_names()
        for label, key, name, role, row, column in _KEYS:
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.setAccessibleName(names.get(key, label))
            button.setProperty("role", role)
            button.setProperty("focusPolicy", "NoFocus")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumSize(56, 44)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, row, column)
            self.buttons[key] = button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addSpacing(12)
        layout.addWidget(self.expression)
        layout.addWidget(self.display, 2)
        layout.addSpacing(6)
        layout.addLayout(grid, 7)
        self._refresh()

    @property
    def engine(self) -> Calculator:
        """The calculator engine, made at its first use (its module imports `decimal`)."""
        if self._engine is None:
            from ..calculator import Calculator

            self._engine = Calculator()
        return self._engine

    @engine.setter
    def engine(self, engine: Calculator) -> None:
        self._engine = engine

    def _input_comes(self) -> None:
        if self.before_input is not None:
            self.before_input()

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """`callback()` once, right after the result line is first painted (inside that
        paint: queue anything slow)."""
        self.display.first_paint.append(callback)

    # -- input -----------------------------------------------------------------

    def press(self, key: str) -> None:
        self._input_comes()
        if key == "AC" and self.engine.has_entry:
            key = "C"
        self.engine.press(key)
        self._refresh()
        secret = self.engine.secret_candidate
        if secret:
            self.secretEntered.emit(secret)

    def retranslate(self) -> None:
        """Accessible names and messages in the language just installed."""
        self.expression.setAccessibleName(self.tr("Expression"))
        self.display.setAccessibleName(self.tr("Result"))
        names = _accessible_names()
        for key, button in self.buttons.items():
            button.setAccessibleName(names.get(key, button.text()))
        self._refresh()

    def reset(self) -> None:
        """Back to a fresh calculator showing 0 (after a lock)."""
        from ..calculator import Calculator

        self.engine = Calculator()
        self._refresh()

    def copy_result(self) -> None:
        """Ctrl+C: the number as the display shows it ("4,75" in Russian and Kazakh), as
        gnome-calculator copies its display's text: pasted into her Russian document or
        spreadsheet it reads as the same number, where "4.75" would become a date or text."""
        if self.engine.result_value:
            QGuiApplication.clipboard().setText(
                self.engine.result_value.replace(".", _decimal_point()))

    def paste(self) -> None:
        """Ctrl+V: a number written with "," or "." in any language (parse_number)."""
        self._input_comes()
        if self.engine.paste(QGuiApplication.clipboard().text()):
            self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Map one key press onto the calculator; False if it is not a calculator key."""
        from PySide6.QtCore import Qt  # not at start: see __init__
        from PySide6.QtGui import QKeySequence  # its Python type and 3 enums: ~2 ms

        self._input_comes()

        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_result()
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return True
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if modifiers:
            return False
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("=")
        elif key == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif key == Qt.Key.Key_Escape:
            self.engine.press("AC")
            self._refresh()
        elif key == Qt.Key.Key_Delete:
            self.press("C" if self.engine.has_entry else "AC")
        elif key == Qt.Key.Key_F9:
            self.press("±")
        elif len(text) == 1 and text.isdigit() and text.isascii():
            self.press(text)
        elif text in _TEXT_KEYS:
            self.press(_TEXT_KEYS[text])
        else:
            return False
        return True

    # -- output ----------------------------------------------------------------

    def _refresh(self) -> None:
        point = _decimal_point()
        engine = self._engine
        if engine is None:  # nothing typed yet: what a fresh engine shows
            shown, expression, has_entry = _FRESH_DISPLAY, "", False
        elif engine.error:
            from ..calculator import DIVIDE_BY_ZERO, TOO_LARGE

            shown = {DIVIDE_BY_ZERO: self.tr("Cannot divide by zero"),
                     TOO_LARGE: self.tr("Result is too large")}.get(engine.display,
                                                                    engine.display)
            expression, has_entry = engine.expression, engine.has_entry
        else:
            shown = engine.display.replace(".", point)
            expression, has_entry = engine.expression, engine.has_entry
        self.display.setText(shown)
        self.expression.setText(expression.replace(".", point))
        self.buttons["."].setText(point)
        self.buttons["AC"].setText("C" if has_entry else "AC")
        self._fit_display()

    def _fit_display(self) -> None:
        width = max(self.display.width() - 8, 60)
        biggest = max(22, min(56, int(self.height() * 0.11)))
        font = QFont(self.display.font())
        size = biggest
        while size > 12:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(self.display.text()) <= width:
                break
            size -= 2
        font.setPixelSize(size)
        self.display.setFont(font)
        small = QFont(self.expression.font())
        small.setPixelSize(max(13, biggest // 3))
        self.expression.setFont(small)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_display()
