"""At the vault's default size, in English and Russian, nothing is cut and no page
needs a horizontal scroll bar (the longest strings: Russian, with every section)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton

from safeplan import app
from safeplan.ui.main_window import VAULT_SIZE

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    app.install_translation("en")


def squeezed(page) -> list[str]:
    """Buttons and one-line labels narrower than their text needs."""
    found = []
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page) and button.width() < button.minimumSizeHint().width():
            found.append(f"{button.objectName()}: {button.text()!r}")
    for text in page.findChildren(QLabel):
        if (text.isVisibleTo(page) and not text.wordWrap() and text.text()
                and text.width() < text.minimumSizeHint().width()):
            found.append(f"label {text.text()!r}")
    return found


def scrolling_sideways(page) -> list[str]:
    return [area.objectName() or type(area).__name__
            for area in page.findChildren(QAbstractScrollArea)
            if area.isVisibleTo(page) and area.horizontalScrollBar().isVisible()]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_page_is_cut_or_scrolls_sideways_at_the_default_size(
        qtbot, make_window, existing_vault, language):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    if language != "en":
        combo = window.shell.settings.language
        combo.setCurrentIndex(combo.findData(language))
        combo.activated.emit(combo.currentIndex())
        window.shell.show_page("journal")
    shell = window.shell
    window.resize(VAULT_SIZE)
    qtbot.waitUntil(lambda: shell.journal.journal is not None and shell.plan.plan is not None,
                    timeout=10_000)
    problems = {}
    for row in range(shell.navigation.count()):
        shell.navigation.setCurrentRow(row)
        qtbot.wait(30)
        page = shell.pages.currentWidget()
        found = squeezed(page) + scrolling_sideways(shell)
        if found:
            problems[page.objectName()] = found
    shell.show_page("journal")
    shell.journal.open_editor(None)
    qtbot.wait(30)
    found = squeezed(shell.journal.editor) + scrolling_sideways(shell.journal.editor)
    if found:
        problems["editor"] = found
    assert not problems, problems
