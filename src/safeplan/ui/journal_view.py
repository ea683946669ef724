"""The journal screen: list, filters, search as you type, trash, history, timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..chain import Place, Problem
from ..evidence import EVIDENCE
from ..journal import (
    KINDS,
    ChainStatus,
    Entry,
    Journal,
    incidents_per_month,
    per_month,
    search,
)
from ..orders import ORDER
from ..statement import STATEMENT
from .background import Job
from .calendar_view import IncidentCalendar
from .failure import STORAGE_ERRORS, why_not_changed
from .incident_editor import IncidentEditor
from .journal_model import IncidentTableModel, kind_names
from .language import current as current_language
from .widgets import button, date_filter, date_value

_KIND_COLOURS = ["#d13438", "#8764b8", "#0078d4", "#ca5010", "#498205", "#038387",
                 "#5c2e91", "#986f0b", "#c239b3", "#7a7574", "#69797e",
                 "#750b1c", "#004e8c", "#a4262c", "#e3008c", "#8e562e"]


class Timeline(QWidget):
    """Incidents per month: the bar's height is the number of incidents, its colours
    the share of each kind among them, so escalation shows at a glance and an incident
    of three kinds is still one incident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalTimeline")
        self.setAccessibleName(self.tr("Incidents per month"))
        self.setMinimumHeight(260)
        self.months: dict[str, dict[str, int]] = {}
        self.incidents: dict[str, int] = {}

    def set_entries(self, entries: list[Entry]) -> None:
        self.months = per_month(entries)
        self.incidents = incidents_per_month(entries)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        if not self.months:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No incidents yet."))
            return
        months = list(self.months.items())[-24:]
        peak = max(self.incidents.get(month, 0) for month, _ in months) or 1
        legend_h, axis_h = 48, 22
        area = QRectF(40, 10, self.width() - 50, self.height() - legend_h - axis_h - 20)
        slot = area.width() / len(months)
        bar = min(36.0, slot * 0.7)
        painter.setPen(QColor(text.red(), text.green(), text.blue(), 90))
        for step in range(peak + 1):
            y = area.bottom() - area.height() * step / peak
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            if peak <= 10 or step % max(1, peak // 5) == 0:
                painter.drawText(QRectF(0, y - 8, 34, 16), Qt.AlignmentFlag.AlignRight,
                                 str(step))
        for i, (month, counts) in enumerate(months):
            x = area.left() + i * slot + (slot - bar) / 2
            y = area.bottom()
            height = area.height() * self.incidents.get(month, 0) / peak
            mentions = sum(counts.values()) or 1
            for k, kind in enumerate(KINDS):
                n = counts.get(kind, 0)
                if n:
                    h = height * n / mentions
                    painter.fillRect(QRectF(x, y - h, bar, h), QColor(_KIND_COLOURS[k]))
                    y -= h
            painter.setPen(text)
            if len(months) <= 12 or i % 3 == 0:
                painter.drawText(QRectF(x - 20, area.bottom() + 4, bar + 40, axis_h),
                                 Qt.AlignmentFlag.AlignHCenter, month)
        names = kind_names()
        x = area.left()
        ly = self.height() - legend_h
        used = [k for k in KINDS if any(c.get(k) for _, c in months)]
        for kind in used:
            label = names[kind]
            width = 30 + painter.fontMetrics().horizontalAdvance(label)
            if x + width > self.width() and x > area.left():
                x, ly = area.left(), ly + 22  # wrap the legend onto a second line
            painter.fillRect(QRectF(x, ly + 6, 12, 12), QColor(_KIND_COLOURS[KINDS.index(kind)]))
            painter.drawText(QRectF(x + 16, ly, 200, 24), Qt.AlignmentFlag.AlignVCenter, label)
            x += width
        painter.end()


class JournalView(QWidget):
    """The journal: shows the Journal the session opened (`loaded()`), never builds one;
    everything after that is in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalView")
        self.journal: Journal | None = None
        self.editor: IncidentEditor | None = None
        self.showing_trash = False
        self._chain_generation = 0
        # Set by the shell once the evidence store is loaded: names linked to an incident.
        self.evidence_names: Callable[[int], list[str]] | None = None
        # Likewise: every evidence item (id, name), and her protective orders (id, label).
        self.evidence_choices: Callable[[], list[tuple[int, str]]] | None = None
        self.order_choices: Callable[[], list[tuple[int, str]]] | None = None
        # And what a record of another kind is called (an order's number, a statement's
        # first line, an item's name), so the chain check can name the one that differs.
        self.record_label: Callable[[str, int], str] = lambda _kind, _record: ""

        self.search_box = QLineEdit()
        self.search_box.setObjectName("journal_search")
        self.search_box.setAccessibleName(self.tr("Search the journal"))
        self.search_box.setPlaceholderText(self.tr("Search…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.refresh)
        self.kind = QComboBox()
        self.kind.setObjectName("journal_kind")
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for key, name in kind_names().items():
            self.kind.addItem(name, key)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.person = QComboBox()
        self.person.setObjectName("journal_person")
        self.person.setAccessibleName(self.tr("Filter by person"))
        self.person.currentIndexChanged.connect(self.refresh)
        self.start = self._date_filter("journal_from", self.tr("From date"))
        self.end = self._date_filter("journal_to", self.tr("To date"))
        # Filters take the room the row gives them, not their longest item's width (the
        # kinds list has long names, more so in Russian): the list still opens wide enough.
        for combo in (self.kind, self.person):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        self.search_box.setMinimumWidth(
            self.search_box.fontMetrics().horizontalAdvance(self.search_box.placeholderText())
            + 48)
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.person, 1)
        dates = QHBoxLayout()  # with the view buttons: one row was wider than Kazakh allows
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)

        self.model = IncidentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("journal_table")
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to contents would measure all 10,000 rows on every keystroke.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("≈ 2026-12-31 23:59") + 16)
        header.resizeSection(1, 190)
        header.resizeSection(3, metrics.horizontalAdvance(self.tr("Evidence")) + 20)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(lambda index: self.open_entry(index.row()))

        self.new_button = button(self.tr("New incident"), "journal_new", "primary")
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button = button(self.tr("Open"), "journal_open",
                                  accessible=self.tr("Open the incident"))
        self.edit_button.clicked.connect(lambda: self.open_entry(self._selected_row()))
        self.history_button = button(self.tr("History"), "journal_history",
                                     accessible=self.tr("Show earlier versions"))
        self.history_button.clicked.connect(self.show_history)
        self.delete_button = button(self.tr("Move to trash"), "journal_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.trash_button = button(self.tr("Trash"), "journal_trash",
                                   accessible=self.tr("Show the trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.toggled.connect(self.toggle_trash)
        self.empty_button = button(self.tr("Empty trash"), "journal_empty_trash")
        self.empty_button.clicked.connect(self.empty_trash)
        self.timeline_button = button(self.tr("Timeline"), "journal_timeline_toggle",
                                      accessible=self.tr("Show incidents per month"))
        self.timeline_button.setCheckable(True)
        self.timeline_button.toggled.connect(self.toggle_timeline)
        self.calendar_button = button(self.tr("Calendar"), "journal_calendar_toggle",
                                      accessible=self.tr("Show incidents by day"))
        self.calendar_button.setCheckable(True)
        self.calendar_button.toggled.connect(self.toggle_calendar)
        # Three rows at the vault's default width (860 px), measured in Kazakh, the
        # widest: the filters; the dates with the ways to look at the list; what to do
        # with an incident, and Empty trash apart at the right.
        actions = QVBoxLayout()
        edit_row = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.history_button,
                       self.delete_button):
            edit_row.addWidget(widget)
        edit_row.addStretch(1)
        edit_row.addWidget(self.empty_button)
        dates.addStretch(1)
        for widget in (self.timeline_button, self.calendar_button, self.trash_button):
            dates.addWidget(widget)
        actions.addLayout(dates)
        actions.addLayout(edit_row)

        self.status = QLabel(self.tr("Opening…"))
        self.status.setObjectName("journal_status")
        self.status.setWordWrap(True)
        self.chain = QLabel("")
        self.chain.setObjectName("journal_chain")
        self.chain.setWordWrap(True)
        self.draft_bar = QWidget()
        draft_row = QHBoxLayout(self.draft_bar)
        draft_row.setContentsMargins(0, 0, 0, 0)
        draft_label = QLabel(self.tr("An entry you had not saved was kept."))
        draft_label.setProperty("role", "error")
        resume = button(self.tr("Continue it"), "journal_draft_resume", "primary")
        resume.clicked.connect(self.resume_draft)
        discard = button(self.tr("Discard it"), "journal_draft_discard")
        discard.clicked.connect(self.discard_draft)
        draft_row.addWidget(draft_label, 1)
        draft_row.addWidget(resume)
        draft_row.addWidget(discard)
        self.draft_bar.hide()

        self.timeline = Timeline()
        self.calendar = IncidentCalendar()
        self.calendar.openEntry.connect(self.open_editor)
        self.calendar.hide()
        self.history = QPlainTextEdit()
        self.history.setObjectName("journal_history_text")
        self.history.setAccessibleName(self.tr("Earlier versions"))
        self.history.setReadOnly(True)
        back = button(self.tr("Back to the list"), "journal_history_back")
        back.clicked.connect(self.show_list)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(18, 0, 18, 12)
        list_layout.addWidget(self.draft_bar)
        list_layout.addLayout(filters)
        list_layout.addLayout(actions)
        list_layout.addWidget(self.timeline)
        list_layout.addWidget(self.calendar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.status)
        list_layout.addWidget(self.chain)
        self.timeline.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        history_wrap = QWidget()
        QVBoxLayout(history_wrap).addWidget(history_page)
        self.pages.addWidget(history_wrap)
        self.list_page, self.history_page = list_page, history_wrap
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._set_enabled(False)

    def _date_filter(self, name: str, accessible: str) -> QDateEdit:
        edit = date_filter(name, accessible, self.tr("any"))
        edit.dateChanged.connect(self.refresh)
        return edit

    # -- loading ---------------------------------------------------------------

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.new_button, self.edit_button, self.history_button,
                       self.delete_button, self.trash_button, self.empty_button,
                       self.timeline_button, self.search_box):
            widget.setEnabled(on)

    def loaded(self, journal: object) -> None:
        assert isinstance(journal, Journal)
        self.journal = journal
        self._set_enabled(True)
        self._fill_people()
        self.refresh()
        if journal.draft() is not None:
            self.draft_bar.show()
        self.chain.setText(self.tr("Checking the history…"))
        # The list is usable now; the chain check (a hash per revision) follows.
        self._check_chain(reread=False)

    def _chain_checked(self, status: object, generation: int) -> None:
        if (self.journal is not None and isinstance(status, ChainStatus)
                and generation == self._chain_generation):
            self._show_chain(status)

    def _chain_failed(self, _error: BaseException, generation: int) -> None:
        if self.journal is not None and generation == self._chain_generation:
            self.chain.setText(self.tr("The history could not be checked just now."))
            self.chain.setProperty("role", "error")

    def load_failed(self, _error: BaseException) -> None:
        self.status.setText(self.tr("The journal could not be opened."))

    def _fill_people(self) -> None:
        assert self.journal is not None
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), None)
        for pid, person in sorted(self.journal.people().items(), key=lambda p: p[1]["name"]):
            self.person.addItem(person["name"], pid)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def _check_chain(self, reread: bool = True) -> None:
        """Check the chain off the GUI thread (a hash per revision, and with `reread`
        every event decrypted again); only the newest check's answer is shown."""
        journal = self.journal
        if journal is None:
            return
        self._chain_generation += 1
        generation = self._chain_generation
        job = Job(lambda _control: journal.verify(reread=reread), self)
        job.done.connect(lambda status: self._chain_checked(status, generation))
        job.failed.connect(lambda error: self._chain_failed(error, generation))
        job.start()

    def _show_chain(self, status: ChainStatus) -> None:
        if status.ok:
            self.chain.setText(self.tr("History intact: %n changes recorded and checked.", "",
                                       status.events))
            self.chain.setProperty("role", "hint")
        elif status.reason in (Problem.HEAD_GONE, Problem.LOST, Problem.MAYBE_LOST,
                               Problem.ROLLED_BACK) or (
                status.reason == Problem.MISSING and status.missing):
            self.chain.setText(self._removed_text(status))
            self.chain.setProperty("role", "error")
        elif status.reason == Problem.DAMAGED and status.broken_at is not None:
            self.chain.setText(self._damaged_text(status))
            self.chain.setProperty("role", "error")
        elif status.broken_at is not None:
            self.chain.setText(self.tr(
                "Warning: the journal's history was altered at change number {number}."
            ).format(number=status.broken_at + 1))
            self.chain.setProperty("role", "error")
        else:
            self.chain.setText(self._differs_text(status))
            self.chain.setProperty("role", "error")
        if status.unclaimed:
            self.chain.setText(self.chain.text() + "\n" + self.tr(
                "Warning: %n stored files belong to no evidence item: the item was removed "
                "from the file outside the app, or is damaged. The files are kept.", "",
                status.unclaimed))
            self.chain.setProperty("role", "error")
        self.chain.style().unpolish(self.chain)
        self.chain.style().polish(self.chain)

    def _differs_text(self, status: ChainStatus) -> str:
        """Which record holds a version the chain does not name, when it is not an
        incident of this list: the order, the statement or the piece of evidence."""
        name = self.record_label(status.kind, status.record) if status.record is not None \
            else ""
        if status.kind == ORDER:
            return self.tr("Warning: the protective order {order} differs from its recorded "
                           "history.").format(order=name or f"#{status.record}")
        if status.kind == STATEMENT:
            return self.tr("Warning: the police statement «{statement}» differs from its "
                           "recorded history.").format(statement=name or f"#{status.record}")
        if status.kind == EVIDENCE and name:
            return self.tr("Warning: the evidence item «{name}» differs from its recorded "
                           "history.").format(name=name)
        return self.tr("Warning: an entry differs from its recorded history.")

    def _removed_text(self, status: ChainStatus) -> str:
        """The newest changes were taken out of the file (sqlite3, no key): said plainly,
        with what she still has, so she knows the app is safe to use."""
        if status.reason == Problem.MISSING:
            return self.tr("Warning: the last %n changes of the history were removed from the "
                           "file outside the app. Everything else is intact, and you can keep "
                           "working.", "", status.missing)
        if status.reason == Problem.HEAD_GONE:
            return self.tr("Warning: the record of the history's last change is missing or "
                           "damaged, so its newest changes may have been removed from the file "
                           "outside the app. Everything still in the file opens, and you can "
                           "keep working.")
        noticed = (datetime.fromtimestamp(status.noticed).strftime("%Y-%m-%d %H:%M")
                   if status.noticed is not None else "")
        if status.reason == Problem.ROLLED_BACK:
            return self.tr("Warning: part of the file was put back from an older copy of it "
                           "outside the app (found on {date}), and the record of the "
                           "history's last change is missing: changes made after that copy "
                           "may have been removed. Everything still in the file opens, and "
                           "you can keep working.").format(date=noticed)
        if status.reason == Problem.MAYBE_LOST:
            return self.tr("Warning: on {date} the record of the history's last change was "
                           "found missing or damaged, so changes made before then may have "
                           "been removed from the file outside the app; whether any were, "
                           "and how many, is not known. Everything still in the file opens, "
                           "and you can keep working.").format(date=noticed)
        if status.missing:
            return self.tr("Warning: %n changes of the history were removed from the file "
                           "outside the app (noticed on {date}). Everything else is intact.",
                           "", status.missing).format(date=noticed)
        return self.tr("Warning: changes of the history were removed from the file outside the "
                       "app (noticed on {date}); how many is not known. Everything else is "
                       "intact.").format(date=noticed)

    def _damaged_text(self, status: ChainStatus) -> str:
        """Where the unreadable change sits, told by the changes on either side."""
        def when(place: Place) -> str:
            return datetime.fromtimestamp(place.time).strftime("%Y-%m-%d %H:%M")

        number = (status.broken_at or 0) + 1
        if status.after is not None and status.before is not None:
            return self.tr(
                "Warning: change number {number} of the history cannot be read (the file is "
                "damaged there). It was made between {after} and {before}.").format(
                number=number, after=when(status.after), before=when(status.before))
        if status.after is not None:
            return self.tr(
                "Warning: change number {number} of the history, the last one, cannot be read "
                "(the file is damaged there). It was made after {after}.").format(
                number=number, after=when(status.after))
        if status.before is not None:
            return self.tr(
                "Warning: change number {number} of the history, the first one, cannot be "
                "read (the file is damaged there). It was made before {before}.").format(
                number=number, before=when(status.before))
        return self.tr("Warning: change number {number} of the history cannot be read (the "
                       "file is damaged there).").format(number=number)

    # -- list ------------------------------------------------------------------

    def _filters(self) -> dict[str, object]:
        start, end = date_value(self.start), date_value(self.end)
        return {"text": self.search_box.text(), "kind": self.kind.currentData() or "",
                "person_id": self.person.currentData(), "start": start, "end": end}

    def refresh(self) -> None:
        if self.journal is None:
            return
        entries = self.journal.entries(trashed=self.showing_trash)
        shown = search(entries, **self._filters())  # type: ignore[arg-type]
        self.model.set_entries(shown)
        if self.timeline.isVisible():
            self.timeline.set_entries(shown)
        if self.calendar.isVisible():
            self.calendar.set_entries(shown)
        damaged = len(self.journal.damaged)
        text = self.tr("{shown} of %n incidents", "", len(entries)).format(shown=len(shown))
        if self.showing_trash:
            text = self.tr("Trash: {shown} of {total}").format(shown=len(shown),
                                                               total=len(entries))
        if damaged:
            text += " · " + self.tr("%n damaged entries could not be opened", "", damaged)
        self.status.setText(text)
        self.history_button.setEnabled(not self.showing_trash)
        self.new_button.setEnabled(not self.showing_trash)
        self.edit_button.setEnabled(not self.showing_trash)
        self.delete_button.setText(self.tr("Restore") if self.showing_trash
                                   else self.tr("Move to trash"))
        self.empty_button.setVisible(self.showing_trash)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def toggle_trash(self, on: bool) -> None:
        self.showing_trash = on
        self.refresh()

    def toggle_timeline(self, on: bool) -> None:
        self.timeline.setVisible(on)
        if on:
            self.refresh()

    def toggle_calendar(self, on: bool) -> None:
        self.calendar.setVisible(on)
        if on:
            self.refresh()

    def delete_selected(self) -> None:
        row = self._selected_row()
        if self.journal is None or row < 0:
            return
        entry = self.model.entry(row)
        try:
            if self.showing_trash:
                self.journal.restore(entry.id)
            else:
                self.journal.delete(entry.id)
        except STORAGE_ERRORS as err:
            self.status.setText(why_not_changed(err))
            return
        self.refresh()
        self._check_chain()

    def empty_trash(self) -> None:
        if self.journal is None:
            return
        if self.empty_button.property("armed"):
            self.empty_button.setProperty("armed", False)
            self.empty_button.setText(self.tr("Empty trash"))
            try:
                self.journal.empty_trash()
            except STORAGE_ERRORS as err:
                self.status.setText(why_not_changed(err))
                return
            self.refresh()
            self._check_chain()
        else:  # a second click confirms; no modal dialog to get stuck in on a quick exit
            self.empty_button.setProperty("armed", True)
            self.empty_button.setText(self.tr("Click again to delete for good"))

    # -- editor and history ----------------------------------------------------

    def open_entry(self, row: int) -> None:
        if row < 0 or self.showing_trash:
            return
        self.open_editor(self.model.entry(row).id)

    def open_editor(self, entry_id: int | None, draft: dict | None = None) -> None:
        if self.journal is None:
            return
        self.close_editor()
        self.editor = IncidentEditor(self.journal, entry_id, draft,
                                     evidence_names=self.evidence_names,
                                     evidence_choices=self.evidence_choices,
                                     orders=self.order_choices, language=current_language())
        self.editor.closed.connect(self.close_editor)
        self.editor.saved.connect(lambda _id: (self._fill_people(), self.refresh(),
                                               self._check_chain()))
        self.pages.addWidget(self.editor)
        self.pages.setCurrentWidget(self.editor)
        self.editor.description.setFocus()  # in __init__ it was not shown yet: no effect
        self.draft_bar.hide()

    def close_editor(self) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.drafts.stop()
            self.pages.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        self.show_list()

    def unsaved_work(self):
        """Before a lock: a job that keeps the form being typed as a draft, or None.

        The form is read here (quick); the encrypted write runs off the GUI thread."""
        if self.editor is None or self.journal is None or not self.editor.dirty:
            return None
        from dataclasses import asdict

        form = asdict(self.editor.incident())
        form["_entry_id"] = self.editor.entry_id
        journal = self.journal
        return lambda: journal.save_draft(form)

    def resume_draft(self) -> None:
        if self.journal is not None and (draft := self.journal.draft()) is not None:
            self.open_editor(None, draft)

    def discard_draft(self) -> None:
        if self.journal is not None:
            try:
                self.journal.discard_draft()
            except STORAGE_ERRORS as err:
                self.status.setText(why_not_changed(err))
                return
        self.draft_bar.hide()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)

    def show_history(self) -> None:
        row = self._selected_row()
        if self.journal is None or row < 0:
            return
        entry = self.model.entry(row)
        names = kind_names()
        blocks = []
        for number, revision in enumerate(entry.revisions, 1):
            i = revision.incident
            saved = datetime.fromtimestamp(revision.saved_at).strftime("%Y-%m-%d %H:%M")
            blocks.append("\n".join([
                self.tr("Version {number}, saved {saved}").format(number=number, saved=saved),
                self.tr("Date: {date} {time}").format(date=i.date, time=i.time),
                self.tr("Kinds: {kinds}").format(kinds=", ".join(names.get(k, k)
                                                               for k in i.kinds)),
                i.description,
                self.tr("Exact words: {words}").format(words=i.exact_words) if i.exact_words
                else "",
            ]))
        first = datetime.fromtimestamp(entry.recorded_at).strftime("%Y-%m-%d %H:%M")
        header = self.tr("First recorded {when}; %n versions.", "", len(entry.revisions)).format(
            when=first)
        self.history.setPlainText(header + "\n\n" + "\n\n———\n\n".join(blocks))
        self.pages.setCurrentWidget(self.history_page)

    def clear(self) -> None:
        """Drop every decrypted string (the shell is thrown away right after)."""
        self.model.clear()
        self.history.clear()
        self.timeline.set_entries([])
        self.calendar.set_entries([])
        self.journal = None
