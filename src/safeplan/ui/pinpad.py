"""A PIN typed on a calculator-style keypad, shown as dots."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..pins import PIN_MAX

_LAYOUT = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "⌫", "0", "OK"]


class PinPad(QWidget):
    """Digits in, `submitted(str)` out.

    Signals:
        submitted(str): the digits typed when OK or Enter is pressed.
        changed(int): how many digits are typed now.
    """

    submitted = Signal(str)
    changed = Signal(int)

    def __init__(self, name: str, max_digits: int = PIN_MAX, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._digits = ""
        self._max = max_digits
        self.dots = QLabel("", self)
        self.dots.setObjectName(f"{name}_dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(44)
        font = self.dots.font()
        font.setPixelSize(24)
        self.dots.setFont(font)
        self.dots.setAccessibleName(self.tr("Digits typed"))
        grid = QGridLayout()
        grid.setSpacing(3)
        names = {"⌫": self.tr("Backspace"), "OK": self.tr("OK")}
        self.ok_button: QPushButton | None = None
        for index, key in enumerate(_LAYOUT):
            label = self.tr("OK") if key == "OK" else key
            button = QPushButton(label, self)
            suffix = {"OK": "ok", "⌫": "back"}.get(key, key)
            button.setObjectName(f"{name}_key_{suffix}")
            button.setAccessibleName(names.get(key, key))
            button.setProperty("role", "equals" if key == "OK" else
                              "operator" if key == "⌫" else "digit")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumSize(64, 40)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            if key == "OK":
                self.ok_button = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        self._refresh()

    @property
    def digits(self) -> str:
        return self._digits

    def clear(self) -> None:
        self._digits = ""
        self._refresh()

    def press(self, key: str) -> None:
        if key == "OK":
            self.submitted.emit(self._digits)
            return
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key.isdigit() and len(self._digits) < self._max:
            self._digits += key
        self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif len(text) == 1 and text.isascii() and text.isdigit():
            self.press(text)
        else:
            super().keyPressEvent(event)

    def _refresh(self) -> None:
        self.dots.setText("●" * len(self._digits) if self._digits else "—")
        self.changed.emit(len(self._digits))
