"""Small builders shared by the vault's screens, so every card and button looks alike."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)


def label(text: str, role: str = "", name: str = "") -> QLabel:
    """Wrapped plain text; `role` picks the style (title, hint, error, code)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


class _BoxLabel(QLabel):
    """The wrapped text of a check box: a click on it ticks the box, as on the box's own."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:
        if self._box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mouseReleaseEvent(event)


def check_box(text: str, name: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose text wraps (a QCheckBox's own text never does, and long Kazakh
    and Russian texts ran out of the calculator-sized window). Returns (row, box); the
    box carries the text as its accessible name."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setObjectName(name)
    box.setAccessibleName(text)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_BoxLabel(text, box), 1)
    return row, box


def button(text: str, name: str, role: str = "secondary", accessible: str = "") -> QPushButton:
    """A push button with its objectName, accessible name and style role set."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or text)
    widget.setProperty("role", role)
    widget.setAutoDefault(False)
    return widget


def progress_bar(name: str, accessible: str, busy: bool = False) -> QProgressBar:
    """A thin bar without a percentage text; `busy` makes it an endless one for
    work whose length is unknown (a key derivation)."""
    widget = QProgressBar()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setRange(0, 0 if busy else 100)
    widget.setTextVisible(False)
    return widget


def progress_step(layout: QVBoxLayout, title: str, text: str, name: str,
                  accessible: str) -> QProgressBar:
    """A step that only waits: its title, what is happening, and a progress bar."""
    layout.addWidget(label(title, "title"))
    layout.addWidget(label(text))
    bar = progress_bar(name, accessible)
    layout.addWidget(bar)
    layout.addStretch(1)
    return bar


def card(title: str, name: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A rounded panel with a bold heading; add the content to the returned layout."""
    frame = QFrame()
    if name:
        frame.setObjectName(name)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    heading = QLabel(title)
    heading.setWordWrap(True)  # a long title ("150 — Helpline for…") widened its page
    font = heading.font()
    font.setPixelSize(16)
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    return frame, layout


def scrolling_column(owner: QWidget) -> QVBoxLayout:
    """Fill `owner` with a frameless scroll area; returns the column to add content to."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(18, 12, 18, 18)
    column.setSpacing(12)
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return column


def date_filter(name: str, accessible: str, any_text: str) -> QDateEdit:
    """A date box for a filter; its lowest value shows `any_text` and means no limit."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1899, 12, 31))
    edit.setSpecialValueText(any_text)
    edit.setDate(edit.minimumDate())
    return edit


def date_value(edit: QDateEdit) -> str:
    """The chosen date as YYYY-MM-DD, or "" when the box says "any"."""
    if edit.date() == edit.minimumDate():
        return ""
    return edit.date().toString("yyyy-MM-dd")


def line_edit(name: str, accessible: str, placeholder: str = "",
              secret: bool = False) -> QLineEdit:
    """A one-line text field with its objectName and accessible name set."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    if secret:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def list_filter(items: QListWidget, name: str, accessible: str, placeholder: str) -> QLineEdit:
    """A search box that hides the rows of `items` not containing what is typed
    (a ticked row stays ticked while hidden)."""
    box = line_edit(name, accessible, placeholder)
    box.setClearButtonEnabled(True)

    def apply(text: str) -> None:
        needle = text.casefold().strip()
        for row in range(items.count()):
            item = items.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    box.textChanged.connect(apply)
    return box


class StepSlider(QSlider):
    """A slider that goes where she clicks, one whole step at a time.

    A plain QSlider moves by a page step towards a click on its groove (with a
    range of 0–10 and the default page step, one click near 7 gave 10, and that
    10 went into the report). Here a click sets the value under the pointer and
    a drag continues from there; keys move by one."""

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Horizontal,
                 parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setPageStep(1)
        self.setSingleStep(1)

    def value_at(self, x: float) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                      QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        offset = round(x - groove.x() - handle.width() / 2)
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(),
                                              max(0, min(span, offset)), span,
                                              option.upsideDown)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.setValue(self.value_at(event.position().x()))
        super().mousePressEvent(event)
