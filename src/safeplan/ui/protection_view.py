"""Protection: her protective orders and court requirements with the days they have left,
and the police statements she drafts from her journal.

Only inside the vault: the calculator never shows a countdown or a reminder.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QSaveFile, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import legal
from ..journal import Journal
from ..orders import InvalidOrder, OrderBook, OrderKind, ProtectiveOrder, countdown
from ..statement import LANGUAGES, Request, Statement, StatementBook, draft
from ..statement_pdf import render_statement
from .background import run_in_background
from .failure import STORAGE_ERRORS, why_not_changed
from .files import file_dialog
from .legal_note import fact_box
from .widgets import button, check_box, label, line_edit

_ID = Qt.ItemDataRole.UserRole


def _scrolling(column: QVBoxLayout) -> QScrollArea:
    """The column in a scroll area that follows the window's width (a form with long
    Russian labels and the legal notes would otherwise push past the window)."""
    inner = QWidget()
    inner.setLayout(column)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def _text_box(name: str, accessible: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(height)
    box.setTabChangesFocus(True)
    return box


class HistoryBox(QWidget):
    """Every saved version of an order or a statement, oldest first, read-only: the same
    versions the vault's chain of changes records (as an incident's History shows)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = button(self.tr("History"), f"{name}_history",
                             accessible=self.tr("Show every saved version"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        self.text = _text_box(f"{name}_history_text", self.tr("Earlier versions"), 160)
        self.text.setReadOnly(True)
        self.text.hide()
        self._blocks: list[tuple[float, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def set_versions(self, versions: Sequence[tuple[float, str]]) -> None:
        """(when saved, what it said) for each version; none: nothing to show."""
        self._blocks = list(versions)
        self.toggle.setEnabled(bool(self._blocks))
        if not self._blocks:
            self.toggle.setChecked(False)
        self._fill()

    def _fill(self) -> None:
        blocks = []
        for number, (saved_at, body) in enumerate(self._blocks, 1):
            saved = datetime.fromtimestamp(saved_at).strftime("%Y-%m-%d %H:%M")
            blocks.append(self.tr("Version {number}, saved {saved}").format(
                number=number, saved=saved) + "\n" + body)
        header = self.tr("Saved versions: {count}. Each one is in the vault's history of "
                         "changes and is checked with it.").format(count=len(self._blocks))
        self.text.setPlainText(header + "\n\n" + "\n\n———\n\n".join(blocks)
                               if blocks else "")

    def _toggled(self, shown: bool) -> None:
        self.text.setVisible(shown)


class OrdersPanel(QWidget):
    """Her orders, each with how long it has left; a form to record or correct one.

    Signals:
        recordBreach(int): she wants to write down a breach of this order.
        changed(): an order was added, changed or deleted.
    """

    recordBreach = Signal(object)
    changed = Signal()

    def __init__(self, book: OrderBook, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.order_id: int | None = None
        self.banner = label("", "error", "orders_banner")
        self.list = QListWidget()
        self.list.setObjectName("orders_list")
        self.list.setAccessibleName(self.tr("Your orders"))
        self.list.currentItemChanged.connect(self._show)

        self.kind = QComboBox()
        self.kind.setObjectName("order_kind")
        self.kind.setAccessibleName(self.tr("Kind of order"))
        self.kind.addItem(self.tr("Police protective order (30 days)"), OrderKind.POLICE.value)
        self.kind.addItem(self.tr("Court's requirements for his behaviour"),
                          OrderKind.COURT.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.number = line_edit("order_number", self.tr("Number"))
        self.issued_by = line_edit("order_issued_by", self.tr("Issued by"))
        self.issued_by.setPlaceholderText(self.tr("e.g. the district police department"))
        self.issued_on = line_edit("order_issued_on", self.tr("Date issued"))
        self.issued_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.starts_on = line_edit("order_starts_on", self.tr("Date it was handed to him"))
        self.starts_on.setPlaceholderText(self.tr("YYYY-MM-DD (if not the day issued)"))
        self.months = QSpinBox()
        self.months.setObjectName("order_months")
        self.months.setAccessibleName(self.tr("Months set by the court"))
        self.months.setRange(1, 24)
        self.months.setValue(3)
        self.ends_on = line_edit("order_ends_on", self.tr("End date written on the paper"))
        self.ends_on.setPlaceholderText(self.tr("only if the paper says another date"))
        self.conditions = _text_box("order_conditions", self.tr("Conditions"), 70)
        self.conditions.setMaximumHeight(110)
        self.end_text = label("", "hint", "order_end")
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Issued by:"), self.issued_by)
        form.addRow(self.tr("Issued on:"), self.issued_on)
        self.starts_label = label(self.tr("Handed to him on:"))
        form.addRow(self.starts_label, self.starts_on)
        self.months_label = label(self.tr("Months:"))
        form.addRow(self.months_label, self.months)
        form.addRow(self.tr("Ends on:"), self.ends_on)
        form.addRow(self.tr("Conditions:"), self.conditions)
        form.addRow("", self.end_text)
        self.error = label("", "error", "order_error")
        new = button(self.tr("New order"), "order_new")
        new.clicked.connect(self.new)
        save = button(self.tr("Save"), "order_save", "primary",
                      accessible=self.tr("Save the order"))
        save.clicked.connect(self.save)
        self.delete_button = button(self.tr("Delete"), "order_delete",
                                    accessible=self.tr("Delete the order"))
        self.delete_button.clicked.connect(self.delete)
        self.breach = button(self.tr("Record a breach…"), "order_breach",
                             accessible=self.tr("Record a breach of this order as an incident"))
        self.breach.clicked.connect(lambda: self.recordBreach.emit(self.order_id))
        self.history = HistoryBox("order")
        buttons = QHBoxLayout()
        for widget in (new, self.delete_button, self.history.toggle):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(save)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addWidget(self.history)
        for fact_id in ("protective-order-30-days", "protective-order-report-to-inspector",
                        "protective-order-breach-461", "court-behaviour-requirements",
                        "prevention-law-245-viii"):
            right.addWidget(fact_box(legal.fact(fact_id), language))
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.breach, 0, Qt.AlignmentFlag.AlignLeft)
        # The list above the form: the form gets the window's whole width.
        self.list.setMaximumHeight(96)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(left)
        layout.addWidget(_scrolling(right), 1)
        self.refresh()
        self.new()

    # -- the list and the countdown ----------------------------------------------

    def status_text(self, order: ProtectiveOrder) -> str:
        state = countdown(order, self.book.today())
        ends = state.ends.isoformat()
        if order.start() > self.book.today():
            return self.tr("starts {date}").format(date=order.start().isoformat())
        if state.days_left < 0:
            return self.tr("ended {date}").format(date=ends)
        if state.days_left == 0:
            return self.tr("ends today ({date})").format(date=ends)
        return self.tr("{days} days left (ends {date})").format(days=state.days_left,
                                                               date=ends)

    def refresh(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.book.entries():
            item = QListWidgetItem(f"{entry.label()} — {self.status_text(entry.current)}")
            item.setData(_ID, entry.id)
            self.list.addItem(item)
            if entry.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        soon = self.book.ending_soon()
        self.banner.setVisible(bool(soon))
        if soon:
            self.banner.setText(self.tr(
                "{order}: {status}. Before it ends, ask the police or a court what protection "
                "comes next.").format(order=soon[0].label(),
                                      status=self.status_text(soon[0].current)))

    # -- the form ----------------------------------------------------------------

    def _kind_changed(self) -> None:
        court = self.kind.currentData() == OrderKind.COURT.value
        for widget in (self.months, self.months_label):
            widget.setVisible(court)
        for widget in (self.starts_on, self.starts_label):
            widget.setVisible(not court)
        self._update_end()

    def _update_end(self) -> None:
        try:
            order = self.order()
            order.validate()
        except (InvalidOrder, ValueError):
            self.end_text.setText("")
            return
        self.end_text.setText(self.tr("In force until {date}: {status}.").format(
            date=order.end().isoformat(), status=self.status_text(order)))

    def order(self) -> ProtectiveOrder:
        court = self.kind.currentData() == OrderKind.COURT.value
        return ProtectiveOrder(
            kind=self.kind.currentData(), number=self.number.text().strip(),
            issued_by=self.issued_by.text().strip(), issued_on=self.issued_on.text().strip(),
            starts_on="" if court else self.starts_on.text().strip(),
            months=self.months.value() if court else 0, ends_on=self.ends_on.text().strip(),
            conditions=self.conditions.toPlainText().strip())

    def set_order(self, order: ProtectiveOrder) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(order.kind)))
        self.number.setText(order.number)
        self.issued_by.setText(order.issued_by)
        self.issued_on.setText(order.issued_on)
        self.starts_on.setText(order.starts_on)
        self.months.setValue(order.months or 3)
        self.ends_on.setText(order.ends_on)
        self.conditions.setPlainText(order.conditions)
        self._kind_changed()

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.order_id = item.data(_ID)
        self.set_order(self.book.get(self.order_id).current)
        self.error.setText("")
        self.delete_button.setEnabled(True)
        self.breach.setEnabled(True)
        self._show_history()

    def _show_history(self) -> None:
        if self.order_id is None:
            self.history.set_versions([])
            return
        kinds = {OrderKind.POLICE.value: self.kind.itemText(0),
                 OrderKind.COURT.value: self.kind.itemText(1)}
        versions = []
        for saved_at, o in self.book.get(self.order_id).revisions:
            lines = [(self.tr("Kind:"), kinds.get(o.kind, o.kind)), (self.tr("Number:"), o.number),
                     (self.tr("Issued by:"), o.issued_by), (self.tr("Issued on:"), o.issued_on),
                     (self.tr("Handed to him on:"), o.starts_on),
                     (self.tr("Months:"), str(o.months) if o.months else ""),
                     (self.tr("Ends on:"), o.ends_on), (self.tr("Conditions:"), o.conditions)]
            versions.append((saved_at, "\n".join(f"{name} {value}" for name, value in lines
                                                 if value)))
        self.history.set_versions(versions)

    def new(self) -> None:
        self.order_id = None
        self.list.clearSelection()
        self.set_order(ProtectiveOrder(issued_on=self.book.today().isoformat()))
        self.error.setText("")
        self.delete_button.setEnabled(False)
        self.breach.setEnabled(False)
        self._show_history()

    def save(self) -> bool:
        messages = {
            ("issued_on", "empty"): self.tr("Write the date it was issued."),
            ("ends_on", "before_start"): self.tr("The end date is before the start."),
            ("months", "range"): self.tr("Choose how many months the court set."),
        }
        order = self.order()
        try:
            if self.order_id is None:
                self.order_id = self.book.add(order).id
            else:
                self.book.edit(self.order_id, order)
        except InvalidOrder as err:
            self.error.setText(messages.get((err.field, err.reason), self.tr(
                "A date is not a real date: write it as YYYY-MM-DD.")))
            return False
        except STORAGE_ERRORS as err:  # the form keeps what she typed
            self.error.setText(why_not_changed(err))
            return False
        self.error.setText("")
        self.refresh(self.order_id)
        self._update_end()
        self.delete_button.setEnabled(True)
        self.breach.setEnabled(True)
        self._show_history()
        self.changed.emit()
        return True

    def delete(self) -> None:
        if self.order_id is not None:
            try:
                self.book.delete(self.order_id)
            except STORAGE_ERRORS as err:
                self.error.setText(why_not_changed(err))
                return
            self.refresh()
            self.new()
            self.changed.emit()


class StatementsPanel(QWidget):
    """Drafts a statement from chosen incidents; she edits it; every save is a version."""

    def __init__(self, book: StatementBook, journal: Journal, orders: OrderBook,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.journal, self.orders = book, journal, orders
        self.statement_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("statements_list")
        self.list.setAccessibleName(self.tr("Your statements"))
        self.list.currentItemChanged.connect(self._show)
        self.language = QComboBox()
        self.language.setObjectName("statement_language")
        self.language.setAccessibleName(self.tr("Language of the statement"))
        for code, name in (("ru", "Русский"), ("kk", "Қазақша")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            language if language in LANGUAGES else "ru")))
        self.department = line_edit("statement_department",
                                    self.tr("Police department it is addressed to"))
        self.department.setPlaceholderText(self.tr(
            "e.g. Управления полиции Алмалинского района г. Алматы"))
        self.applicant = line_edit("statement_applicant", self.tr("Your details (optional)"))
        self.applicant.setPlaceholderText(self.tr(
            "name, IIN, address, phone — or leave empty and write them by hand"))
        self.incidents = QListWidget()
        self.incidents.setObjectName("statement_incidents")
        self.incidents.setAccessibleName(self.tr("Incidents in the statement"))
        self.incidents.setMinimumHeight(110)
        self.order = QComboBox()
        self.order.setObjectName("statement_order")
        self.order.setAccessibleName(self.tr("A breach of this order"))
        self.requests: dict[str, QCheckBox] = {}
        names = {Request.REGISTER: self.tr("Register the statement"),
                 Request.PROSECUTE: self.tr("Bring him to responsibility"),
                 Request.PROTECTIVE_ORDER: self.tr("Issue a protective order"),
                 Request.FORENSIC_EXAM: self.tr("Refer me for a forensic medical examination")}
        asks = QVBoxLayout()
        for request, text in names.items():
            # Texts that wrap: "Направить меня на судебно-медицинскую экспертизу" beside
            # "Вы просите:" ran out of the window at its default size.
            row, box = check_box(text, f"statement_request_{request.value}")
            box.setChecked(True)
            self.requests[request.value] = box
            asks.addWidget(row)
        self.report_id = line_edit("statement_report_id", self.tr("Id of the attached report"))
        self.report_id.setPlaceholderText(self.tr("from the report's cover; empty = a blank"))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("To the head of:"), self.department)
        form.addRow(self.tr("From:"), self.applicant)
        form.addRow(self.tr("Incidents:"), self.incidents)
        form.addRow(self.tr("Breach of:"), self.order)
        form.addRow(self.tr("You ask to:"), asks)
        form.addRow(self.tr("Report id:"), self.report_id)
        make = button(self.tr("Write the draft"), "statement_draft", "primary",
                      accessible=self.tr("Write the draft from the chosen incidents"))
        make.clicked.connect(self.make_draft)
        self.text = _text_box("statement_text", self.tr("Text of the statement"), 260)
        self.status = label("", "hint", "statement_status")
        new = button(self.tr("New statement"), "statement_new")
        new.clicked.connect(self.new)
        save = button(self.tr("Save"), "statement_save", "primary",
                      accessible=self.tr("Save the statement"))
        save.clicked.connect(self.save)
        self.pdf_button = button(self.tr("Save as PDF…"), "statement_pdf",
                                 accessible=self.tr("Save the statement as a PDF"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.history = HistoryBox("statement")
        buttons = QHBoxLayout()  # the status under the buttons: beside them, in Russian,
        buttons.addWidget(new)   # the row was wider than the window's default width
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(save)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(make, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(label(self.tr(
            "Read and change the draft as you need: it is yours. Saving keeps every earlier "
            "version in the vault."), "hint"))
        right.addWidget(self.text, 1)
        right.addLayout(buttons)
        right.addWidget(self.status)
        # History on a row of its own too: beside Save as PDF the Russian row was still
        # wider than the form's column (test_the_statement_form_fits_the_window...).
        right.addWidget(self.history.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.history)
        for fact_id in ("false-report-419", "police-act-without-statement",
                        "battery-crime-2024"):
            right.addWidget(fact_box(legal.fact(fact_id), language))
        self.list.setMaximumHeight(80)
        row = QVBoxLayout(self)
        row.addLayout(left)
        row.addWidget(_scrolling(right), 1)
        self.reload_choices()
        self.refresh()
        self.new()

    def reload_choices(self) -> None:
        """The incidents and orders to choose from (after the journal or orders changed)."""
        ticked = set(self.chosen())
        self.incidents.clear()
        for entry in sorted(self.journal.entries(), key=lambda e: e.current.date):
            first = (entry.current.description.strip().splitlines() or [""])[0][:80]
            item = QListWidgetItem(f"{entry.current.date}  {first}")
            item.setData(_ID, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in ticked
                               else Qt.CheckState.Unchecked)
            self.incidents.addItem(item)
        current = self.order.currentData()
        self.order.clear()
        self.order.addItem(self.tr("No order"), None)
        for order_id, text in self.orders.labels().items():
            self.order.addItem(text, order_id)
        self.order.setCurrentIndex(max(0, self.order.findData(current)))

    def chosen(self) -> list[int]:
        return [self.incidents.item(r).data(_ID) for r in range(self.incidents.count())
                if self.incidents.item(r).checkState() == Qt.CheckState.Checked]

    def statement(self) -> Statement:
        return Statement(language=self.language.currentData(),
                         department=self.department.text().strip(),
                         applicant=self.applicant.text().strip(), incident_ids=self.chosen(),
                         order_id=self.order.currentData(),
                         requests=[k for k, box in self.requests.items() if box.isChecked()],
                         report_id=self.report_id.text().strip(),
                         text=self.text.toPlainText())

    def make_draft(self) -> None:
        statement = self.statement()
        if not statement.incident_ids:
            self.status.setText(self.tr("Tick at least one incident first."))
            return
        orders = {e.id: e.current for e in self.orders.entries()}
        self.text.setPlainText(draft(statement, self.journal.entries(),
                                     self.journal.people(), orders))
        self.status.setText(self.tr("Draft written. Read it, change it, then save."))

    def refresh(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.book.entries():
            s = entry.current
            first = s.text.strip().splitlines()[0][:60] if s.text.strip() else "—"
            item = QListWidgetItem(self.tr("{first} · {count} versions").format(
                first=first, count=len(entry.revisions)))
            item.setData(_ID, entry.id)
            self.list.addItem(item)
            if entry.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.statement_id = item.data(_ID)
        s = self.book.get(self.statement_id).current
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.department.setText(s.department)
        self.applicant.setText(s.applicant)
        for row in range(self.incidents.count()):
            entry = self.incidents.item(row)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(_ID) in s.incident_ids
                                else Qt.CheckState.Unchecked)
        self.order.setCurrentIndex(max(0, self.order.findData(s.order_id)))
        for key, box in self.requests.items():
            box.setChecked(key in s.requests)
        self.report_id.setText(s.report_id)
        self.text.setPlainText(s.text)
        self.status.setText(self.tr("Version {count}").format(
            count=len(self.book.get(self.statement_id).revisions)))
        self._show_history()

    def _show_history(self) -> None:
        if self.statement_id is None:
            self.history.set_versions([])
            return
        self.history.set_versions([(saved_at, s.text.strip()) for saved_at, s
                                   in self.book.get(self.statement_id).revisions])

    def new(self) -> None:
        self.statement_id = None
        self.list.clearSelection()
        self.text.clear()
        self.status.setText("")
        self._show_history()

    def save(self) -> bool:
        statement = self.statement()
        if not statement.text.strip():
            self.status.setText(self.tr("Write the draft first."))
            return False
        try:
            if self.statement_id is None:
                self.statement_id = self.book.add(statement).id
            else:
                self.book.save(self.statement_id, statement)
        except STORAGE_ERRORS as err:  # the text she wrote stays in the box
            self.status.setText(why_not_changed(err))
            return False
        self._show_history()
        self.refresh(self.statement_id)
        self.status.setText(self.tr("Saved: version {count}.").format(
            count=len(self.book.get(self.statement_id).revisions)))
        return True

    def _choose_pdf(self) -> None:
        if not self.text.toPlainText().strip():
            self.status.setText(self.tr("Write the draft first."))
            return
        dialog = file_dialog(self, self.tr("Save the statement as a PDF"), "statement_dialog",
                             save=True)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_pdf)
        self._dialog = dialog
        dialog.open()

    def save_pdf(self, path: str) -> None:
        """Lay the pages out on a worker, then write them atomically where she chose."""
        statement = self.statement()

        def work() -> bytes:
            buffer = io.BytesIO()
            render_statement(buffer, statement.text, statement.language, statement.report_id)
            return buffer.getvalue()

        self.status.setText(self.tr("Making the PDF…"))
        run_in_background(work, lambda data: self._write(path, data),
                          lambda _e: self.status.setText(self.tr("The PDF could not be made.")))

    def _write(self, path: str, data: object) -> None:
        out = QSaveFile(path)
        if isinstance(data, bytes) and out.open(QSaveFile.OpenModeFlag.WriteOnly) \
                and out.write(data) == len(data) and out.commit():
            self.status.setText(self.tr(
                "PDF saved. It is NOT protected: print it, then delete the file."))
            return
        out.cancelWriting()
        self.status.setText(self.tr("The PDF could not be saved there. Nothing was written."))


class ProtectionView(QWidget):
    """Orders and statements, built once the vault's records are loaded."""

    recordBreach = Signal(object)
    ordersChanged = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectionView")
        self.language = language
        self.orders: OrdersPanel | None = None
        self.statements: StatementsPanel | None = None
        self._books: tuple[OrderBook, StatementBook, Journal] | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("protection_tabs")
        self.tabs.setAccessibleName(self.tr("Protection"))
        self.opening = label(self.tr("Opening…"), "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 0, 18, 12)
        layout.addWidget(self.opening)
        layout.addWidget(self.tabs, 1)
        self.tabs.hide()

    def loaded(self, orders: OrderBook, statements: StatementBook, journal: Journal) -> None:
        """Keep the books; the panels are built when the page is first shown, so the
        unlock does not pay for a screen she may not open (~30 ms measured idle)."""
        self._books = (orders, statements, journal)
        if self.isVisible():
            self._build()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.orders is None and self._books is not None:
            self._build()

    def _build(self) -> None:
        assert self._books is not None
        orders, statements, journal = self._books
        self.orders = OrdersPanel(orders, self.language)
        self.orders.recordBreach.connect(self.recordBreach.emit)
        self.statements = StatementsPanel(statements, journal, orders, self.language)
        self.orders.changed.connect(self.statements.reload_choices)
        self.orders.changed.connect(self.ordersChanged.emit)
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.tabs.addTab(self.statements, self.tr("Statement to the police"))
        if orders.damaged or statements.damaged:
            self.opening.setText(self.tr(
                "Some saved orders or statements could not be read (the file is damaged "
                "there); the others are shown."))
            self.opening.setProperty("role", "error")
            self.opening.setObjectName("protection_damaged")
            self.opening.style().unpolish(self.opening)
            self.opening.style().polish(self.opening)
        else:
            self.opening.hide()
        self.tabs.show()

    def load_failed(self, _error: BaseException) -> None:
        self.opening.setText(self.tr("This part could not be opened."))


__all__ = ["HistoryBox", "OrdersPanel", "ProtectionView", "StatementsPanel"]
