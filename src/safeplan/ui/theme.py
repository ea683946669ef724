"""Light and dark looks modelled on today's system calculators."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Colours(NamedTuple):
    """One look's colours (a named tuple, not a dataclass: `dataclasses` costs ~5 ms
    before the calculator's first frame)."""

    window: str
    text: str
    muted: str
    digit: str
    digit_hover: str
    operator: str
    operator_hover: str
    accent: str
    accent_text: str
    accent_hover: str
    panel: str
    border: str
    danger: str


LIGHT = Colours("#f3f3f3", "#1b1b1b", "#6b6b6b", "#ffffff", "#f6f6f6", "#f9f9f9", "#ececec",
                "#005fb8", "#ffffff", "#1a6fc0", "#fbfbfb", "#e0e0e0", "#c42b1c")
DARK = Colours("#202020", "#ffffff", "#a0a0a0", "#3b3b3b", "#444444", "#323232", "#3a3a3a",
               "#4cc2ff", "#000000", "#47b1e8", "#2b2b2b", "#3d3d3d", "#ff99a4")


def system_is_dark() -> bool:
    """Whether the desktop's own palette (what Qt's platform theme gives, before ours
    is set) is dark: its window colour is darker than mid-grey. The platform themes
    that follow a dark colour scheme (GTK, KDE, the desktop portal) give a dark palette.

    Not `styleHints().colorScheme()`: its result is a value of the `Qt` namespace, and
    the first one makes PySide build all 94 Python enum types of that namespace
    (~26 ms idle, more on a busy machine) before the calculator's first frame."""
    app = QGuiApplication.instance()
    known = app.property("safeplanSystemDark") if app is not None else None
    if isinstance(known, bool):
        return known  # our own palette is set by now
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if app is not None:
        app.setProperty("safeplanSystemDark", dark)
    return dark


def stylesheet(c: Colours) -> str:
    return f"""
QWidget#calculatorView, QWidget#setupView, QWidget#vaultShell {{ background: {c.window}; }}
QLabel {{ color: {c.text}; }}
QLabel#display {{ color: {c.text}; font-weight: 600; }}
QLabel#expression {{ color: {c.muted}; }}
QPushButton[role="digit"], QPushButton[role="operator"], QPushButton[role="equals"] {{
    border: 1px solid {c.border}; border-radius: 6px; font-size: 17px; color: {c.text};
    padding: 0px;
}}
QPushButton[role="digit"] {{ background: {c.digit}; font-weight: 600; }}
QPushButton[role="digit"]:hover {{ background: {c.digit_hover}; }}
QPushButton[role="operator"] {{ background: {c.operator}; }}
QPushButton[role="operator"]:hover {{ background: {c.operator_hover}; }}
QPushButton[role="equals"] {{ background: {c.accent}; color: {c.accent_text};
    border-color: {c.accent}; font-size: 20px; }}
QPushButton[role="equals"]:hover {{ background: {c.accent_hover}; }}
QPushButton[role="digit"]:pressed, QPushButton[role="operator"]:pressed {{
    background: {c.border}; }}
QLabel[role="title"] {{ font-size: 22px; font-weight: 600; }}
QLabel[role="hint"] {{ color: {c.muted}; }}
QLabel[role="error"] {{ color: {c.danger}; }}
QLabel[role="code"] {{ font-family: "DejaVu Sans Mono", monospace; font-size: 24px;
    font-weight: 600; letter-spacing: 2px; padding: 12px; background: {c.panel};
    border: 1px solid {c.border}; border-radius: 8px; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text};
    border: 1px solid {c.accent}; border-radius: 6px; padding: 7px 18px; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: {c.border}; border-color: {c.border};
    color: {c.muted}; }}
QPushButton[role="secondary"] {{ background: {c.digit}; color: {c.text};
    border: 1px solid {c.border}; border-radius: 6px; padding: 7px 18px; }}
QWidget#journalView QPushButton[role="secondary"],
QWidget#journalView QPushButton[role="primary"],
QWidget#evidenceViewer QPushButton[role="secondary"],
QWidget#evidenceViewer QPushButton[role="primary"] {{ padding: 7px 10px; }}
QPushButton[role="exit"] {{ background: {c.danger}; color: #ffffff; border: none;
    border-radius: 6px; padding: 7px 16px; font-weight: 600; }}
QListWidget#navigation {{ background: {c.panel}; border: none; border-right: 1px solid {c.border};
    font-size: 15px; outline: 0; padding: 8px 6px; color: {c.text}; }}
QListWidget#navigation::item {{ padding: 9px 12px; border-radius: 6px; margin: 1px 0px; }}
QListWidget#navigation::item:selected {{ background: {c.operator_hover}; color: {c.text};
    border-left: 3px solid {c.accent}; }}
QListWidget#plan_items::item, QListWidget#plan_lists::item {{ padding: 5px 4px; }}
QFrame[role="card"] {{ background: {c.panel}; border: 1px solid {c.border}; border-radius: 8px; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: 4px; background: {c.panel};
    height: 8px; text-align: center; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
"""


STYLE = "Fusion"


def apply(app: QApplication, dark: bool | None = None) -> Colours:
    """Style the whole app; `dark` None follows the system."""
    system = system_is_dark()  # first, while the palette is still the desktop's
    colours = DARK if (system if dark is None else dark) else LIGHT
    if app.property("safeplanTheme") == colours.window:
        return colours  # restyling re-polishes every widget alive: only when it changes
    app.setProperty("safeplanTheme", colours.window)
    if app.property("safeplanStyle") != STYLE:
        # app.main asks for it on the command line instead: setStyle hands back the
        # style, which makes PySide build QStyle's Python type (~8 ms, 11 enums) first.
        app.setStyle(STYLE)
        app.setProperty("safeplanStyle", STYLE)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colours.window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
    palette.setColor(QPalette.ColorRole.Base, QColor(colours.digit))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(colours.panel))
    palette.setColor(QPalette.ColorRole.Text, QColor(colours.text))
    palette.setColor(QPalette.ColorRole.Button, QColor(colours.digit))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colours.text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours.accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(colours.accent_text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colours.muted))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(colours.panel))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(colours.text))
    # Disabled controls must look disabled (setColor above set every group alike).
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(colours.muted))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(colours.window))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(colours))
    return colours
