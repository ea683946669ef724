"""The calendar speaks the app's language, not the system's: month and day names from
Qt's locale of the chosen language (ru, kk, en), whatever LANG says."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTableView, QToolButton

from safeplan.ui import language
from safeplan.ui.calendar_view import IncidentCalendar

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked

CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")


def shown(calendar: IncidentCalendar) -> tuple[str, list[str]]:
    """The month on the navigation bar and the day names over the grid, as she sees them."""
    month = calendar.calendar.findChild(QToolButton, "qt_calendar_monthbutton").text()
    view = calendar.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    days = [str(model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole))
            for column in range(model.columnCount())]
    return month, days


@pytest.fixture
def system_english():
    """The system says English (as on a laptop bought abroad); the app is set otherwise."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)
    language.install("en")


@pytest.mark.parametrize(("code", "month", "first_day"), [
    ("ru", "март", "пн"),
    ("kk", "наурыз", "дс"),
    ("en", "march", "mon"),
])
def test_month_and_day_names_follow_the_apps_language(qtbot, system_english, code, month,
                                                      first_day):
    language.install(code)
    calendar = IncidentCalendar()
    qtbot.addWidget(calendar)
    calendar.calendar.setCurrentPage(2026, 3)
    calendar.show()
    name, days = shown(calendar)
    assert name.casefold() == month
    assert days[0].casefold().rstrip(".") == first_day  # weeks start on Monday in Kazakhstan
    assert len(days) == 7
    if code != "en":
        assert CYRILLIC.match(name) and all(CYRILLIC.match(d.rstrip(".")) for d in days)
    # the date under the cursor reads in her language too
    calendar.calendar.setSelectedDate(QDate(2026, 3, 8))
    assert calendar.calendar.locale().name().startswith(code if code != "en" else "en")


def test_the_vault_calendar_is_in_kazakh_when_she_chooses_kazakh(qtbot, make_window,
                                                                 existing_vault, system_english):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)  # the vault follows the system: English here
    combo = window.shell.settings.language
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())
    calendar = window.shell.journal.calendar
    calendar.calendar.setCurrentPage(2026, 12)
    name, days = shown(calendar)
    assert name.casefold() == "желтоқсан" and days[6].casefold() == "жс"


def test_sections_in_the_order_she_expects(qtbot, make_window, existing_vault):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    navigation = window.shell.navigation
    keys = [navigation.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(navigation.count())]
    assert keys == ["journal", "evidence", "plan", "protection", "export", "backup", "safety",
                    "settings"]
    assert [navigation.item(row).text() for row in range(navigation.count())][3] == "Protection"
