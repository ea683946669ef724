"""Export a report for the police, a lawyer or a court, and check one."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..evidence import EvidenceStore
from ..export import (
    LEFT_OUT,
    ExportCancelled,
    Exporter,
    ExportRequest,
    ExportResult,
    LocationNotRemoved,
    has_position,
    left_out_when_withheld,
    may_hold_position,
    select,
)
from ..journal import Journal
from ..report import texts
from ..vault import StorageFull, Vault
from . import language
from .background import Job, run_in_background
from .evidence_model import evidence_kind_names
from .files import file_dialog
from .journal_model import kind_names
from .widgets import button, card, label, line_edit, list_filter, scrolling_column


def report_translate(code: str) -> Callable[[str, str], str]:
    """Qt's translate for the report's language, whatever the interface's: the
    catalogues of `code` and its fallbacks (Kazakh: then Russian), then English."""
    translators = []
    keep = []  # a catalogue loaded from memory (the frozen binary's) must outlive its use
    for step in language.chain_for(code)[:-1]:
        translator = QTranslator()
        name = f"calculator_{step}.qm"
        data = paths.packed_bytes("translations", name)
        if data is not None:
            keep.append(data)
        if (translator.load(data) if data is not None
                else translator.load(str(paths.resource("translations", name)))):
            translators.append(translator)

    def translate(context: str, text: str) -> str:
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    translate.catalogues = keep  # type: ignore[attr-defined]  # alive as long as it is
    return translate


def _radio(text: str, name: str) -> QRadioButton:
    widget = QRadioButton(text)
    widget.setObjectName(name)
    widget.setAccessibleName(text)
    return widget


def _check(text: str, name: str, checked: bool = False) -> QCheckBox:
    widget = QCheckBox(text)
    widget.setObjectName(name)
    widget.setAccessibleName(text)
    widget.setChecked(checked)
    return widget


def _date(name: str, accessible: str) -> QDateEdit:
    widget = QDateEdit(QDate.currentDate())
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setCalendarPopup(True)
    widget.setDisplayFormat("yyyy-MM-dd")
    return widget


class ExportView(QWidget):
    """Choices → destination (Qt's own dialog) → progress with cancel → what was written."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportView")
        self.vault = vault
        self.journal: Journal | None = None
        self.store: EvidenceStore | None = None
        self.job: Job | None = None
        self._dialog: Any = None
        column = scrolling_column(self)

        # What goes out
        scope_frame, scope_box = card(self.tr("What to include"))
        self.scope_all = _radio(self.tr("Everything in the journal"), "export_scope_all")
        self.scope_range = _radio(self.tr("Incidents in a date range"), "export_scope_range")
        self.scope_chosen = _radio(self.tr("Incidents I choose"), "export_scope_chosen")
        self.scope_all.setChecked(True)
        self.scopes = QButtonGroup(self)
        for widget in (self.scope_all, self.scope_range, self.scope_chosen):
            self.scopes.addButton(widget)
            widget.toggled.connect(self._scope_changed)
        self.start = _date("export_from", self.tr("From date"))
        self.start.setDate(QDate.currentDate().addMonths(-6))
        self.end = _date("export_to", self.tr("To date"))
        dates = QHBoxLayout()
        dates.setContentsMargins(24, 0, 0, 0)
        dates.addWidget(label(self.tr("From")))
        dates.addWidget(self.start)
        dates.addWidget(label(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.incidents = QListWidget()
        self.incidents.setObjectName("export_incidents")
        self.incidents.setAccessibleName(self.tr("Incidents to include"))
        self.incidents.setMinimumHeight(110)
        self.incidents.setMaximumHeight(180)
        self.evidence = _check(self.tr("The evidence linked to them (photos and files, "
                                       "attached byte for byte)"), "export_evidence", True)
        self.history = _check(self.tr("The history of changes (every earlier version)"),
                              "export_history")
        scope_box.addWidget(self.scope_all)
        scope_box.addWidget(self.scope_range)
        scope_box.addLayout(dates)
        scope_box.addWidget(self.scope_chosen)
        self.incident_search = list_filter(self.incidents, "export_incident_search",
                                           self.tr("Find an incident"),
                                           self.tr("Find an incident…"))
        chosen = QVBoxLayout()
        chosen.setContentsMargins(24, 0, 0, 0)
        chosen.addWidget(self.incident_search)
        chosen.addWidget(self.incidents)
        scope_box.addLayout(chosen)
        scope_box.addWidget(self.evidence)
        scope_box.addWidget(self.history)
        column.addWidget(scope_frame)

        # Where photos were taken: out only when she chooses (see export.py).
        where_frame, where_box = card(self.tr("Where the photos were taken"))
        self.where_summary = label("", name="export_location_summary")
        # Videos a location-free report leaves out (MKV, WebM, AVI): said before she exports.
        self.left_out_summary = label("", name="export_left_out_summary")
        self.left_out_summary.hide()
        self.where_list = QListWidget()
        self.where_list.setObjectName("export_location_photos")
        self.where_list.setAccessibleName(self.tr("Photos that record where they were taken"))
        self.where_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.where_free = _radio(self.tr("Copies without the location (recommended)"),
                                 "export_location_withheld")
        free_hint = label(self.tr(
            "The position is taken out of each photo and video. The originals stay in the "
            "vault; the report names each by a sealed form of its SHA-256, so that it can be "
            "produced later and checked."), "hint")
        names_hint = label(self.tr(
            "Files go under neutral names (“Photo”, “Recording”) and titles are taken out "
            "of recordings: a phone can name a recording by the street it was made in."),
            "hint", name="export_names_hint")
        self.where_kept = _radio(self.tr("Originals with the location"),
                                 "export_location_kept")
        kept_hint = label(self.tr(
            "Anyone who gets the report can see where each photo was taken."), "hint")
        self.where_free.setChecked(True)
        self.where_choice = QButtonGroup(self)
        for widget in (self.where_free, self.where_kept):
            self.where_choice.addButton(widget)
        for widget, indent in ((self.where_summary, 0), (self.where_list, 0),
                               (self.left_out_summary, 0),
                               (self.where_free, 0), (free_hint, 24), (names_hint, 24),
                               (self.where_kept, 0),
                               (kept_hint, 24)):
            if indent:
                row = QHBoxLayout()
                row.setContentsMargins(indent, 0, 0, 0)
                row.addWidget(widget)
                where_box.addLayout(row)
            else:
                where_box.addWidget(widget)
        where_box.addWidget(label(self.tr(
            "A report goes to people and files you do not control, and the place a photo was "
            "taken at home is your address: that is why copies without it are the default. "
            "Photos whose position could not be read at import (HEIC) are looked at again "
            "when the report is made. Videos in MP4, MOV or 3GP format go as copies without "
            "the place they were recorded (their pictures and sound are not changed); a video "
            "in another format (MKV, WebM, AVI) is left out of such a report, which names it; "
            "sound in other formats goes as it is and may hold it."), "hint"))
        column.addWidget(where_frame)
        for widget in (self.scope_all, self.scope_range, self.scope_chosen, self.evidence,
                       self.where_free):
            widget.toggled.connect(self.show_locations)
        self.start.dateChanged.connect(self.show_locations)
        self.end.dateChanged.connect(self.show_locations)
        self.incidents.itemChanged.connect(self.show_locations)

        about_frame, about_box = card(self.tr("About the report"))
        self.name = line_edit("export_name", self.tr("Your name (optional)"),
                          self.tr("optional: leave empty to keep your name out"))
        self.purpose = line_edit("export_purpose", self.tr("Purpose (optional)"),
                             self.tr("for example: for the district police, for the court"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.iin = line_edit("export_iin", self.tr("Your IIN (optional)"),
                             self.tr("optional: 12 digits, printed on the declaration page"))
        self.report_language = QComboBox()
        self.report_language.setObjectName("export_language")
        self.report_language.setAccessibleName(self.tr("Language of the report"))
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(
            max(0, self.report_language.findData(language.current())))
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("IIN:"), self.iin)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Language of the report:"), self.report_language)
        # A police statement she drafted can take the declaration page's place.
        self.front_page = QComboBox()
        self.front_page.setObjectName("export_front_page")
        self.front_page.setAccessibleName(self.tr("First pages of the report"))
        self.front_page.addItem(self.tr("Declaration"), None)
        form.addRow(self.tr("First pages:"), self.front_page)
        self.order_labels: Callable[[], dict[int, str]] = dict
        # (label, text, language, the saved version {"record", "saved_at", "statement"})
        self.statement_choices: Callable[[], list[tuple[str, str, str, dict[str, Any]]]] = list
        # Every version of each order by record id, for the manifest (set by the shell).
        self.order_versions: Callable[[], dict[int, list[dict[str, Any]]]] = dict
        about_box.addLayout(form)
        column.addWidget(about_frame)

        format_frame, format_box = card(self.tr("Format"))
        self.as_pdf = _radio(self.tr("PDF report, with the original files attached inside it"),
                             "export_format_pdf")
        self.as_zip = _radio(self.tr("Zip file for a lawyer: report, originals and signature "
                                     "files side by side"), "export_format_zip")
        self.as_folder = _radio(self.tr("Folder for a lawyer (the same, not zipped)"),
                                "export_format_folder")
        self.as_pdf.setChecked(True)
        self.formats = QButtonGroup(self)
        for widget in (self.as_pdf, self.as_zip, self.as_folder):
            self.formats.addButton(widget)
            widget.toggled.connect(self._format_changed)
            format_box.addWidget(widget)
        self.protect = _check(self.tr("Protect the PDF with a password (AES-256)"),
                              "export_protect")
        self.password = line_edit("export_password", self.tr("Password for the PDF"),
                              self.tr("password"), secret=True)
        self.password_again = line_edit("export_password_again", self.tr("Repeat the password"),
                                    self.tr("repeat the password"), secret=True)
        passwords = QHBoxLayout()
        passwords.setContentsMargins(24, 0, 0, 0)
        passwords.addWidget(self.password)
        passwords.addWidget(self.password_again)
        self.protect.toggled.connect(self._format_changed)
        self.password_hint = label(self.tr(
            "Any PDF reader will ask for it. Give the password to the recipient separately, "
            "not in the same message or on the same USB stick."), "hint")
        format_box.addWidget(self.protect)
        format_box.addLayout(passwords)
        format_box.addWidget(self.password_hint)
        column.addWidget(format_frame)

        run_frame, run_box = card(self.tr("Export"))
        run_box.addWidget(label(self.tr(
            "The exported report is not protected by this app: anyone who has the file can "
            "read it unless it has a password. Save it straight to a USB stick if you can, "
            "and do not leave a copy on this computer."), "error"))
        run_box.addWidget(label(self.tr(
            "Even after you delete it, this computer can remember the report: file managers "
            "keep small pictures (thumbnails) of the photos you export, and PDF readers and "
            "the system keep lists of recently opened files with their names. Exporting "
            "straight to a USB stick, and not opening the report on this computer, leaves "
            "the least behind."), "hint"))
        self.export_button = button(self.tr("Export…"), "export_start", "primary",
                                    self.tr("Choose where to save the report"))
        self.export_button.clicked.connect(self.choose_destination)
        self.cancel_button = button(self.tr("Cancel"), "export_cancel",
                                    accessible=self.tr("Cancel the export"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = label("", name="export_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.export_button, self.cancel_button):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        run_box.addLayout(row)
        run_box.addWidget(self.status)
        column.addWidget(run_frame)

        check_frame, check_box = card(self.tr("Check a report"))
        check_box.addWidget(label(self.tr(
            "Checks a report PDF, a zip file or a folder (choose its manifest.json): the "
            "signature, every original file and the hash chain. Needs no PIN."), "hint"))
        self.check_password = line_edit("export_check_password",
                                    self.tr("Password of the PDF to check, if it has one"),
                                    self.tr("password, if the PDF has one"), secret=True)
        self.check_button = button(self.tr("Check a report…"), "export_check",
                                   accessible=self.tr("Choose a report to check"))
        self.check_button.clicked.connect(self.choose_report_to_check)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_password, 1)
        self.check_result = QPlainTextEdit()
        self.check_result.setObjectName("export_check_result")
        self.check_result.setAccessibleName(self.tr("Result of the check"))
        self.check_result.setReadOnly(True)
        self.check_result.setFixedHeight(110)
        self.check_result.hide()
        check_box.addLayout(check_row)
        check_box.addWidget(self.check_result)
        column.addWidget(check_frame)
        column.addStretch(1)

        self._scope_changed()
        self._format_changed()
        self.export_button.setEnabled(False)

    # -- loading ---------------------------------------------------------------

    def loaded(self, journal: Journal, store: EvidenceStore) -> None:
        self.journal, self.store = journal, store
        self.export_button.setEnabled(True)
        self.fill_incidents()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.journal is not None and not self.running:
            self.fill_incidents()

    def fill_front_pages(self) -> None:
        """Her saved statements (label, text, language), each a possible front page."""
        current = self.front_page.currentIndex()
        self.front_page.blockSignals(True)
        self.front_page.clear()
        self.front_page.addItem(self.tr("Declaration"), None)
        for text, body, lang, version in self.statement_choices():
            self.front_page.addItem(self.tr("Statement: {first}").format(first=text),
                                    (body, lang, version))
        self.front_page.setCurrentIndex(current if 0 <= current < self.front_page.count()
                                        else 0)
        self.front_page.blockSignals(False)

    def fill_incidents(self) -> None:
        if self.journal is None:
            return
        self.fill_front_pages()
        chosen = set(self.chosen_ids())
        self.incidents.blockSignals(True)  # one look at the photos after, not one per row
        self.incidents.clear()
        for entry in self.journal.entries():
            first = (entry.latest.get("description") or "").strip().splitlines()
            item = QListWidgetItem(f"{entry.latest.get('date', '')}  "
                                   f"{first[0][:80] if first else ''}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in chosen
                               else Qt.CheckState.Unchecked)
            self.incidents.addItem(item)
        self.incidents.blockSignals(False)
        self.show_locations()

    def show_locations(self, *_: object) -> None:
        """Name the photos of the current choice that record where they were taken."""
        if self.journal is None:
            return
        _entries, items = select(self.journal, self.store, self.request())
        placed = [i for i in items if has_position(i)]
        unknown = [i for i in items if may_hold_position(i)]
        left_out = [i for i in items if left_out_when_withheld(i)] \
            if self.where_free.isChecked() else []
        self.where_list.clear()
        for item in placed:
            self.where_list.addItem(self.tr("{name}: GPS position").format(name=item.name))
        for item in unknown:
            self.where_list.addItem(self.tr("{name}: not read at import, looked at when "
                                            "the report is made").format(name=item.name))
        for item in left_out:
            self.where_list.addItem(self.tr(
                "{name}: this video format cannot be cleaned of where it was recorded; "
                "left out of this report").format(name=item.name))
        self.where_list.setVisible(bool(placed or unknown or left_out))
        self.left_out_summary.setText(self.tr(
            "%n file(s) will be left out of a report without the location: this video format "
            "cannot be cleaned of where it was recorded. The report names each one; choose "
            "the originals with the location to include them.", "", len(left_out)))
        self.left_out_summary.setVisible(bool(left_out))
        rows = min(4, self.where_list.count())
        if rows:
            self.where_list.setFixedHeight(rows * self.where_list.sizeHintForRow(0)
                                           + 2 * self.where_list.frameWidth() + 4)
        if placed:
            self.where_summary.setText(self.tr(
                "%n photo(s) in this report record where they were taken.", "",
                len(placed)))
        else:
            self.where_summary.setText(self.tr(
                "No photo in this report records where it was taken."))

    def chosen_ids(self) -> list[int]:
        return [self.incidents.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.incidents.count())
                if self.incidents.item(r).checkState() == Qt.CheckState.Checked]

    def _scope_changed(self, *_: object) -> None:
        self.start.setEnabled(self.scope_range.isChecked())
        self.end.setEnabled(self.scope_range.isChecked())
        self.incidents.setEnabled(self.scope_chosen.isChecked())
        self.incident_search.setEnabled(self.scope_chosen.isChecked())

    def _format_changed(self, *_: object) -> None:
        pdf = self.as_pdf.isChecked()
        self.protect.setEnabled(pdf)
        on = pdf and self.protect.isChecked()
        for widget in (self.password, self.password_again, self.password_hint):
            widget.setVisible(on)

    # -- export ----------------------------------------------------------------

    def request(self) -> ExportRequest:
        container = "pdf" if self.as_pdf.isChecked() else (
            "zip" if self.as_zip.isChecked() else "folder")
        scope = "all" if self.scope_all.isChecked() else (
            "range" if self.scope_range.isChecked() else "chosen")
        front = self.front_page.currentData()
        return ExportRequest(
            scope=scope, start=self.start.date().toString("yyyy-MM-dd"),
            end=self.end.date().toString("yyyy-MM-dd"), incident_ids=self.chosen_ids(),
            include_evidence=self.evidence.isChecked(),
            include_history=self.history.isChecked(), name=self.name.text().strip(),
            iin=self.iin.text().strip(), purpose=self.purpose.text().strip(),
            password=self.password.text() if container == "pdf" and self.protect.isChecked()
            else "",
            container=container, order_labels=self.order_labels(),
            order_versions=self.order_versions(),
            statement=front[:2] if front else None,
            statement_version=front[2] if front else None,
            location="kept" if self.where_kept.isChecked() else "withheld")

    def problem(self, request: ExportRequest) -> str:
        """Why the choices cannot be exported as they are, or ""."""
        if self.journal is None:
            return self.tr("The journal is still opening.")
        if request.scope == "range" and request.start > request.end:
            return self.tr("The start date is after the end date.")
        if request.scope == "chosen" and not request.incident_ids:
            return self.tr("Tick at least one incident.")
        entries, items = select(self.journal, self.store, request)
        if not entries and not items:
            return self.tr("There is nothing to export for these choices.")
        if self.as_pdf.isChecked() and self.protect.isChecked():
            if len(self.password.text()) < 8:
                return self.tr("Choose a password of at least 8 characters.")
            if self.password.text() != self.password_again.text():
                return self.tr("The two passwords are not the same.")
        return ""

    def choose_destination(self) -> None:
        request = self.request()
        problem = self.problem(request)
        if problem:
            self._say(problem, "error")
            return
        stamp = time.strftime("%Y-%m-%d")
        if request.container == "folder":
            dialog = file_dialog(self, self.tr("Choose a folder for the report"),
                                 "export_dialog", folder=True)
        else:
            dialog = file_dialog(self, self.tr("Save the report"), "export_dialog", save=True)
            suffix = request.container
            dialog.setDefaultSuffix(suffix)
            dialog.setNameFilter(self.tr("PDF documents (*.pdf)") if suffix == "pdf"
                                 else self.tr("Zip files (*.zip)"))
            dialog.selectFile(f"report-{stamp}.{suffix}")
        dialog.fileSelected.connect(lambda path: self.start_export(path, request))
        self._dialog = dialog
        dialog.open()

    def start_export(self, destination: str, request: ExportRequest) -> None:
        if self.journal is None or self.running:
            return
        target = Path(destination)
        if request.container == "folder":
            target = target / f"report-{time.strftime('%Y-%m-%d')}"
            n = 2
            while target.exists():
                target = target.with_name(f"report-{time.strftime('%Y-%m-%d')}-{n}")
                n += 1
        code = self.report_language.currentData() or "en"
        translate = report_translate(code)
        exporter = Exporter(self.vault, self.journal, self.store, texts(translate, code),
                            kind_names(translate), evidence_kind_names(translate))
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Writing the report…"), "hint")
        self.job = Job(lambda control: exporter.run(request, target, control.report,
                                                    control.cancelled), self)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._exported)
        self.job.failed.connect(self._failed)
        self.job.start()

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def _progress(self, percent: int, _text: str = "") -> None:
        if shiboken6.isValid(self):
            self.progress.setValue(percent)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Cancelling…"), "hint")

    def _finish(self) -> None:
        self.export_button.setEnabled(self.journal is not None)
        self.cancel_button.hide()
        self.progress.hide()

    def _exported(self, result: object) -> None:
        if not shiboken6.isValid(self) or self.journal is None:
            return
        self._finish()
        assert isinstance(result, ExportResult)
        self._say(self.tr(
            "Saved: {path}\nReport {report_id}: {incidents} incidents, {items} evidence items."
            "\nKey fingerprint: {fingerprint}\nThis file is NOT protected by the vault. Move it "
            "where it needs to go and delete it from this computer.").format(
            path=result.path, report_id=result.report_id, incidents=result.incidents,
            items=result.items, fingerprint=result.fingerprint)
            + self.left_out_text(result.left_out), "")

    def left_out_text(self, left_out: list[tuple[str, str]]) -> str:
        """What was left out of the report she just made, and why ("" for nothing)."""
        formats = [name for name, reason in left_out if reason == LEFT_OUT]
        unchecked = [name for name, reason in left_out if reason != LEFT_OUT]
        text = ""
        if formats:
            text += "\n" + self.tr(
                "%n file(s) were left out of the report: this video format cannot be cleaned "
                "of where it was recorded; the report names each one. Export with the "
                "locations to include them.", "", len(formats)) + "\n" + "\n".join(
                f"  {name}" for name in formats)
        if unchecked:
            text += "\n" + self.tr(
                "%n file(s) were left out of the report: they could not be checked for where "
                "they were recorded (stored in fragments, or a part is not understood); the "
                "report names each one. Export with the locations to include them.", "",
                len(unchecked)) + "\n" + "\n".join(f"  {name}" for name in unchecked)
        return text

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or self.journal is None:
            return
        self._finish()
        if isinstance(error, ExportCancelled):
            text = self.tr("Cancelled. Nothing was written.")
        elif isinstance(error, LocationNotRemoved) and error.reason == "not_mp4":
            text = self.tr(
                "{name} is a video in a format from which this program "
                "cannot take out the place it was recorded. Nothing was written. Send the "
                "originals with their location, or unlink this video from the report's "
                "incidents.").format(name=error.name)
        elif isinstance(error, LocationNotRemoved) and error.reason:
            text = self.tr(
                "{name} is damaged, cut short or built in a way this program does not "
                "understand, so the place it was recorded cannot be taken out of it. Nothing "
                "was written. Send the originals with their location, or unlink this file "
                "from the report's incidents.").format(name=error.name)
        elif isinstance(error, LocationNotRemoved):
            text = self.tr(
                "The location could not be taken out of {name}. Nothing was written. Send "
                "the originals with their location, or unlink this photo from the report's "
                "incidents.").format(name=error.name)
        elif isinstance(error, StorageFull) or (isinstance(error, OSError)
                                                and error.errno == 28):
            text = self.tr("The disk is full. Nothing was written; choose another place.")
        elif isinstance(error, FileExistsError):
            text = self.tr("Something with that name is already there. Nothing was written.")
        elif isinstance(error, OSError):
            text = self.tr("That place cannot be written (read-only or no permission). "
                           "Nothing was written.")
        else:
            text = self.tr("The report could not be made. Nothing was written.")
        self._say(text, "error")

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setProperty("role", role)
        self.status.style().polish(self.status)

    # -- check -----------------------------------------------------------------

    def choose_report_to_check(self) -> None:
        dialog = file_dialog(self, self.tr("Choose a report to check"), "export_check_dialog")
        dialog.setNameFilter(self.tr("Reports (*.pdf *.zip manifest.json);;All files (*)"))
        dialog.fileSelected.connect(self.check_report)
        self._dialog = dialog
        dialog.open()

    def check_report(self, path: str) -> None:
        """The same checks as `python -m safeplan verify`, in her language."""
        from ..verify import verify

        target = Path(path)
        if target.name == "manifest.json":
            target = target.parent
        password = self.check_password.text() or None
        self.check_result.show()
        self.check_result.setPlainText(self.tr("Checking…"))
        self.check_button.setEnabled(False)

        shown_in = language.current()

        def shown(verdict: object) -> None:
            if not shiboken6.isValid(self):
                return
            self.check_button.setEnabled(True)
            lines = verdict.lines(shown_in)  # type: ignore[attr-defined]
            self.check_result.setPlainText("\n".join(lines))

        def failed(_error: BaseException) -> None:
            if shiboken6.isValid(self):
                self.check_button.setEnabled(True)
                self.check_result.setPlainText(self.tr("FAILED: the file cannot be read."))

        run_in_background(lambda: verify(target, password), shown, failed)

    def clear(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.journal = None
        self.store = None
        self.incidents.clear()
        self.where_list.clear()
        self.where_summary.clear()
        self.left_out_summary.clear()
        self.check_result.clear()
        self.password.clear()
        self.password_again.clear()
        self.check_password.clear()
