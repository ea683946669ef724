"""The journal as a calendar: each day with incidents marked, the day's incidents below.

Beside the monthly timeline. Days with a danger sign are outlined in red: information,
not a score. Decrypted text lives only in this widget and goes with the shell at lock.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..incident_days import Day, month_counts, per_day
from ..journal import Entry
from .journal_model import kind_names
from .language import qlocale
from .widgets import label

_SHADES = ("#fde7e9", "#f9c1c7", "#f1707b")  # one, two, three or more incidents


class IncidentCalendar(QWidget):
    """Signals:
        openEntry(int): she wants to read or edit this incident.
    """

    openEntry = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal_calendar_page")
        self.days: dict[date, Day] = {}
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("journal_calendar")
        self.calendar.setAccessibleName(self.tr("Incidents by day"))
        self.calendar.setGridVisible(True)
        # Month and day names in the app's language, whatever the system's is; weeks start
        # on Monday as in Kazakhstan (Qt's English locale would start them on Sunday).
        self.calendar.setLocale(qlocale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda *_: self._month_note())
        self.month = label("", "hint", "journal_calendar_month")
        self.day_list = QListWidget()
        self.day_list.setObjectName("journal_calendar_day")
        self.day_list.setAccessibleName(self.tr("Incidents on the chosen day"))
        self.day_list.itemActivated.connect(
            lambda item: self.openEntry.emit(item.data(Qt.ItemDataRole.UserRole)))
        # Calendar at the left, the chosen day at the right: above the list, like the timeline.
        self.calendar.setMinimumHeight(220)
        side = QVBoxLayout()
        side.addWidget(self.month)
        side.addWidget(label(self.tr(
            "Darker days had more incidents; a red outline marks a sign of danger (strangling, "
            "a weapon, a threat to kill…). Choose a day to see what happened."), "hint"))
        side.addWidget(self.day_list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(side, 2)

    def set_entries(self, entries: list[Entry]) -> None:
        for when in self.days:
            self.calendar.setDateTextFormat(QDate(when.year, when.month, when.day),
                                            QTextCharFormat())
        self.days = per_day(entries)
        for when, day in self.days.items():
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(_SHADES[min(day.count, 3) - 1]))
            fmt.setFontWeight(700)
            if day.danger:
                fmt.setForeground(QColor("#a4262c"))
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor("#a4262c"))
            fmt.setToolTip(self.tr("{count} incidents").format(count=day.count))
            self.calendar.setDateTextFormat(QDate(when.year, when.month, when.day), fmt)
        if self.days:
            last = max(self.days)
            self.calendar.setSelectedDate(QDate(last.year, last.month, last.day))
        self._show_day()
        self._month_note()

    def day(self, when: date) -> Day | None:
        return self.days.get(when)

    def _month_note(self) -> None:
        incidents, days = month_counts(self.days, self.calendar.yearShown(),
                                       self.calendar.monthShown())
        self.month.setText(self.tr("This month: {incidents} incidents on {days} days.").format(
            incidents=incidents, days=days))

    def _show_day(self) -> None:
        self.day_list.clear()
        chosen = self.calendar.selectedDate()
        day = self.days.get(date(chosen.year(), chosen.month(), chosen.day()))
        if day is None:
            return
        names = kind_names()
        for entry in day.entries:
            latest = entry.latest
            first = ((latest.get("description") or "").strip().splitlines() or [""])[0][:90]
            kinds = ", ".join(names.get(k, k) for k in latest.get("kinds") or ())
            text = " · ".join(p for p in (latest.get("time", ""), kinds, first) if p)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.day_list.addItem(item)
