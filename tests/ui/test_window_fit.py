"""At the smallest screen we support (1366×768 at 200 %: 683×384, less a title bar)
every control of the vault can be reached and Quick exit is whole."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from .conftest import PIN

SMALLEST = (683, 384 - 30)


def wait_unlocked(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.shell is not None, timeout=10_000)


def reachable(widget: QWidget, window: QWidget) -> bool:
    """Inside the window, or inside a scroll area (which can bring it into view)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(area)


def test_every_control_of_every_page_is_reachable_on_the_smallest_screen(
        qtbot, make_window, existing_vault):
    window = make_window()
    window.resize(*SMALLEST)
    assert window.width() <= SMALLEST[0] and window.height() <= SMALLEST[1]
    qtbot.keyClicks(window.calculator, PIN + "=")
    wait_unlocked(qtbot, window)
    shell = window.shell
    window.resize(*SMALLEST)  # as the window manager would keep it
    qtbot.waitUntil(lambda: shell.journal.journal is not None, timeout=10_000)
    for row in range(shell.navigation.count()):
        shell.navigation.setCurrentRow(row)
        qtbot.wait(20)
        exit_button = shell.exit_button
        assert reachable(exit_button, window) and exit_button.isVisible()
        assert exit_button.width() >= exit_button.sizeHint().width()  # not "ick e"
        page = shell.pages.currentWidget()
        for control in page.findChildren(QAbstractButton):
            if control.isVisibleTo(window):
                assert reachable(control, window), (page.objectName(), control.objectName())


def test_lock_gives_back_a_normal_calculator_after_a_maximised_vault(
        qtbot, make_window, existing_vault):
    window = make_window()
    size = window.size()
    qtbot.keyClicks(window.calculator, PIN + "=")
    wait_unlocked(qtbot, window)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.lock()
    assert not window.isMaximized()
    qtbot.waitUntil(lambda: window.size() == size)
