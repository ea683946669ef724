"""The app speaks the owner's language: catalogues load from resources/."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from safeplan import app, paths

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    app.install_translation("en")


def test_compiled_catalogues_are_shipped():
    assert (paths.resource("translations") / "calculator_ru.qm").stat().st_size > 1000


def test_russian_setup(make_window):
    app.install_translation("ru")
    window = make_window()
    assert window.windowTitle() == "Калькулятор"
    texts = [label.text() for label in window.setup.findChildren(QLabel)]
    assert "Личное место за калькулятором" in texts
    assert window.findChild(QAbstractButton, "setup_later").text() == "Не сейчас"


def test_language_chosen_in_settings_applies_at_once(qtbot, make_window, existing_vault):
    app.install_translation("en")
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    combo = window.shell.settings.language
    combo.setCurrentIndex(combo.findData("ru"))
    combo.activated.emit(combo.currentIndex())
    assert window.findChild(QAbstractButton, "quickExit").text() == "Быстрый выход"
    assert window.session.settings.language == "ru"
    window.lock()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    assert window.shell.settings.language.currentData() == "ru"
