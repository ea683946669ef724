"""The evidence screen: gallery with filters, import with progress, the viewer, one copy out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..evidence import KINDS, EvidenceStore, ImportOutcome, matches
from ..journal import Journal
from ..vault import FileDamaged, ImportCancelled, VaultError
from .background import Job, JobControl, run_in_background
from .evidence_model import ICON, EvidenceModel, evidence_kind_names
from .evidence_viewer import EvidenceViewer
from .files import file_dialog
from .widgets import button, date_filter, date_value, label


class ImportPanel(QFrame):
    """Chosen files → options → progress with cancel → a line per file saying what happened.

    Signals:
        finished(object): the list of ImportOutcome, once the import has ended.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_import")
        self.setProperty("role", "card")
        self.paths: list[str] = []
        self.store: EvidenceStore | None = None
        self.job: Job | None = None

        self.heading = label("", name="evidence_import_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.files = QListWidget()
        self.files.setObjectName("evidence_import_files")
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setMaximumHeight(130)
        self.incident = QComboBox()
        self.incident.setObjectName("evidence_import_incident")
        self.incident.setAccessibleName(self.tr("Link the files to an incident"))
        self.remove = QCheckBox(self.tr("Remove the originals from this computer after a "
                                        "verified import"))
        self.remove.setObjectName("evidence_import_remove")
        self.remove.setAccessibleName(self.remove.text())
        self.remove_warning = label(self.tr(
            "Each original is deleted only after its copy in the vault has been read back "
            "and its SHA-256 matches. Deleting cannot reach copies elsewhere: SSDs can keep "
            "old data, and backups, cloud folders (Google Drive, OneDrive, iCloud), the "
            "phone the photo came from and messengers may still hold it."), "hint")
        self.remove_warning.setVisible(False)
        self.remove.toggled.connect(self.remove_warning.setVisible)
        self.progress = QProgressBar()
        self.progress.setObjectName("evidence_import_progress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 100)
        self.current = label("", "hint", "evidence_import_current")
        self.start_button = button(self.tr("Import"), "evidence_import_start", "primary",
                                   self.tr("Start the import"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = button(self.tr("Cancel"), "evidence_import_cancel",
                                    accessible=self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.done_button = button(self.tr("Done"), "evidence_import_done",
                                  accessible=self.tr("Close the import report"))
        self.done_button.clicked.connect(self.hide)

        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(self.tr("Link to:")))
        link_row.addWidget(self.incident, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.current, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.files)
        layout.addLayout(link_row)
        layout.addWidget(self.remove)
        layout.addWidget(self.remove_warning)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.hide()

    def prepare(self, paths: list[str], incidents: list[tuple[int, str]]) -> None:
        """Show the chosen files and the options; nothing is read yet."""
        if self.running:
            return
        self.paths = paths
        self.heading.setText(self.tr("Import %n files into the vault", "", len(paths)))
        self.files.clear()
        for path in paths:
            self.files.addItem(Path(path).name or path)
        self.incident.clear()
        self.incident.addItem(self.tr("No incident"), None)
        for incident_id, text in incidents:
            self.incident.addItem(text, incident_id)
        self.remove.setChecked(False)
        for widget in (self.incident, self.remove, self.start_button, self.cancel_button):
            widget.setEnabled(True)
        self.progress.setValue(0)
        self.progress.hide()
        self.current.setText("")
        self.start_button.show()
        self.cancel_button.show()
        self.done_button.hide()
        self.show()

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def start(self) -> None:
        store = self.store
        if store is None or not self.paths or self.running:
            return
        incident_id = self.incident.currentData()
        remove = self.remove.isChecked()
        paths = list(self.paths)
        for widget in (self.incident, self.remove):
            widget.setEnabled(False)
        self.start_button.hide()
        self.progress.show()

        def work(control: JobControl) -> list[ImportOutcome]:
            sizes = [_size(p) for p in paths]
            total = max(1, sum(sizes))
            done = 0
            outcomes = []
            for path, size in zip(paths, sizes, strict=True):
                if control.cancelled():
                    outcomes.append(ImportOutcome(path, "cancelled"))
                    continue
                name = Path(path).name

                def report(n: int, name: str = name, base: int = done) -> None:
                    control.report(int(100 * (base + n) / total), name)

                report(0)
                try:
                    outcomes.append(store.import_file(path, incident_id=incident_id,
                                                      remove_original=remove, progress=report,
                                                      cancelled=control.cancelled))
                except (VaultError, OSError, ValueError):  # the vault itself failed
                    outcomes.append(ImportOutcome(path, "refused", reason="vault"))
                done += size
            control.report(100)
            return outcomes

        self.job = Job(work, self)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _progress(self, percent: int, name: str) -> None:
        self.progress.setValue(percent)
        if name:
            self.current.setText(self.tr("Encrypting {name}…").format(name=name))

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.current.setText(self.tr("Cancelling…"))
        else:
            self.hide()

    def stop(self) -> None:
        """Lock: stop at the next chunk; what was not finished is dropped."""
        if self.job is not None:
            self.job.cancel()

    def _failed(self, _error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._finished([ImportOutcome(p, "refused", reason="vault") for p in self.paths])

    def _finished(self, outcomes: object) -> None:
        if not shiboken6.isValid(self):
            return
        assert isinstance(outcomes, list)
        self.files.clear()
        stored = sum(o.status == "stored" for o in outcomes)
        self.heading.setText(self.tr("{stored} of %n files are now in the vault", "",
                                     len(outcomes)).format(stored=stored))
        for outcome in outcomes:
            self.files.addItem(self.describe(outcome))
        self.progress.hide()
        removed = sum(o.removed for o in outcomes)
        self.current.setText(self.tr("Originals removed from this computer: {count}").format(
            count=removed) if self.remove.isChecked() else "")
        self.cancel_button.hide()
        self.done_button.show()
        self.finished.emit(outcomes)

    def describe(self, outcome: ImportOutcome) -> str:
        """One plain sentence per file."""
        name = Path(outcome.path).name or outcome.path
        if outcome.status == "cancelled":
            return self.tr("{name}: cancelled, nothing kept.").format(name=name)
        if outcome.status == "duplicate":
            existing = outcome.item.name if outcome.item else ""
            if outcome.linked:
                text = self.tr("{name}: already in the vault as “{existing}”; that item is now "
                               "linked to the incident.").format(name=name, existing=existing)
            else:
                text = self.tr("{name}: already in the vault as “{existing}”; not stored "
                               "twice. Choose an incident above to link it instead.").format(
                    name=name, existing=existing)
            if outcome.removed:
                text += " " + self.tr("The original was removed.")
            return text
        if outcome.status == "refused":
            reasons = {
                "folder": self.tr("{name}: is a folder. Open it and choose the files inside."),
                "missing": self.tr("{name}: no longer exists."),
                "unreadable": self.tr("{name}: could not be read (no permission or a damaged "
                                      "disk). The file was not changed."),
                "empty": self.tr("{name}: is empty (0 bytes); there is nothing to keep."),
                "too_large": self.tr("{name}: is larger than 4 GiB, the most the vault "
                                     "accepts for one file."),
                "disk_full": self.tr("{name}: the disk is full. Nothing of it was kept; free "
                                     "some space and import it again."),
                "vault": self.tr("{name}: the vault could not be written. Nothing of it was "
                                 "kept."),
                "changed": self.tr("{name}: the file changed while it was being added (it is "
                                   "probably still being saved). Nothing of it was kept; add it "
                                   "again once it is complete."),
            }
            return reasons.get(outcome.reason, reasons["vault"]).format(name=name)
        parts = [self.tr("{name}: stored, SHA-256 {hash}…").format(
            name=name, hash=outcome.item.sha256[:16] if outcome.item else "")]
        notes = {
            "name_mismatch": self.tr("its name does not match its content ({mime}); it was "
                                     "kept as it is"),
            "preview_damaged": self.tr("the picture is damaged, so there is no preview; the "
                                       "file is kept exactly as it was"),
            "preview_too_large": self.tr("the picture is too large to preview safely; the file "
                                         "is kept exactly as it was"),
            "preview_unsupported": self.tr("this kind of picture cannot be previewed"),
        }
        mime = outcome.item.mime if outcome.item else ""
        parts += [notes[w].format(mime=mime) for w in outcome.warnings if w in notes]
        if outcome.removed:
            parts.append(self.tr("the original was removed"))
        elif outcome.remove_error:
            parts.append(self.tr("the original was NOT removed (it changed, could not be "
                                 "deleted, or the check failed)"))
        return "; ".join(parts)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class EvidenceView(QWidget):
    """Gallery, filters, import and the viewer. Loads with the journal, in the background."""

    linksChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceView")
        self.setAcceptDrops(True)
        self.store: EvidenceStore | None = None
        self.journal: Journal | None = None
        self.viewer: EvidenceViewer | None = None
        self._copy_item: int | None = None
        self._dialog: Any = None

        self.add_button = button(self.tr("Add files…"), "evidence_add", "primary",
                                 self.tr("Add photos and other files"))
        self.add_button.setShortcut("Ctrl+O")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = button(self.tr("Open"), "evidence_open",
                                  accessible=self.tr("Open the selected item"))
        self.open_button.clicked.connect(self.open_selected)
        self.kind = QComboBox()
        self.kind.setObjectName("evidence_filter_kind")
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        names = evidence_kind_names()
        for key in KINDS:
            self.kind.addItem(names[key], key)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.incident = QComboBox()
        self.incident.setObjectName("evidence_filter_incident")
        self.incident.setAccessibleName(self.tr("Filter by incident"))
        self.incident.currentIndexChanged.connect(self.refresh)
        self.start = date_filter("evidence_from", self.tr("From date"), self.tr("any"))
        self.start.dateChanged.connect(self.refresh)
        self.end = date_filter("evidence_to", self.tr("To date"), self.tr("any"))
        self.end.dateChanged.connect(self.refresh)
        # The filters share the row instead of each asking for its longest item (in
        # Russian the row was wider than the vault); the lists still open wide enough.
        for combo, letters in ((self.kind, 12), (self.incident, 14)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        bar = QHBoxLayout()
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.incident, 2)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.open_button)
        actions.addWidget(label(self.tr("or drag files here"), "hint"))
        actions.addStretch(1)

        self.model = EvidenceModel(self)
        self.gallery = QListView()
        self.gallery.setObjectName("evidence_gallery")
        self.gallery.setAccessibleName(self.tr("Evidence"))
        self.gallery.setModel(self.model)
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(ICON)
        self.gallery.setGridSize(QSize(ICON.width() + 28, ICON.height() + 44))
        self.gallery.setUniformItemSizes(True)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setWordWrap(False)
        self.gallery.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setLayoutMode(QListView.LayoutMode.Batched)
        self.gallery.setBatchSize(200)
        self.gallery.activated.connect(lambda index: self.open_item(
            self.model.item(index.row()).id))
        self.empty = label(self.tr(
            "No evidence yet. Add photos of injuries or damage, screenshots of messages, "
            "recordings, medical or police papers with Add files…, or drag them here. "
            "Each file is encrypted into the vault exactly as it is; the original stays "
            "where it was unless you choose to remove it."), "hint", "evidence_empty")
        self.status = label(self.tr("Opening…"), "hint", "evidence_status")

        self.import_panel = ImportPanel(self)
        self.import_panel.finished.connect(self._imported)

        gallery_page = QWidget()
        column = QVBoxLayout(gallery_page)
        column.setContentsMargins(18, 0, 18, 12)
        column.addLayout(bar)
        column.addLayout(actions)
        column.addWidget(self.import_panel)
        column.addWidget(self.empty)
        column.addWidget(self.gallery, 1)
        column.addWidget(self.status)
        self.pages = QStackedWidget()
        self.pages.addWidget(gallery_page)
        self.gallery_page = gallery_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._set_enabled(False)

    # -- loading ---------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.store is not None:
            self.fill_incidents()  # incidents may have been written since

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.add_button, self.open_button, self.kind, self.incident,
                       self.start, self.end):
            widget.setEnabled(on)

    def loaded(self, store: EvidenceStore, journal: Journal) -> None:
        self.store, self.journal = store, journal
        self.model.store = store
        self.import_panel.store = store
        self._set_enabled(True)
        self.fill_incidents()
        self.refresh()

    def load_failed(self, _error: BaseException) -> None:
        self.status.setText(self.tr("The evidence could not be opened."))

    def incident_choices(self) -> list[tuple[int, str]]:
        if self.journal is None:
            return []
        found = []
        for entry in self.journal.entries():
            first = (entry.latest.get("description") or "").strip().splitlines()
            found.append((entry.id, f"{entry.latest.get('date', '')}  "
                                    f"{first[0][:50] if first else ''}"))
        return found

    def fill_incidents(self) -> None:
        current = self.incident.currentData()
        self.incident.blockSignals(True)
        self.incident.clear()
        self.incident.addItem(self.tr("All incidents"), None)
        for incident_id, text in self.incident_choices():
            self.incident.addItem(text, incident_id)
        self.incident.setCurrentIndex(max(0, self.incident.findData(current)))
        self.incident.blockSignals(False)

    def refresh(self) -> None:
        if self.store is None:
            return
        everything = self.store.items()
        shown = [i for i in everything if matches(
            i, kind=self.kind.currentData() or "", incident_id=self.incident.currentData(),
            start=date_value(self.start), end=date_value(self.end))]
        self.model.set_items(shown)
        self.empty.setVisible(not everything)
        self.gallery.setVisible(bool(everything))
        text = self.tr("{shown} of %n items", "", len(everything)).format(shown=len(shown))
        if self.store.damaged:
            text += " · " + self.tr("%n damaged items could not be opened", "",
                                    len(self.store.damaged))
        self.status.setText(text)

    # -- import ----------------------------------------------------------------

    def choose_files(self) -> None:
        if self.store is None:
            return
        dialog = file_dialog(self, self.tr("Add evidence"), "evidence_add_dialog", many=True)
        dialog.filesSelected.connect(self.import_files)
        self._dialog = dialog
        dialog.open()

    def import_files(self, paths: list[str]) -> None:
        if self.store is None or not paths:
            return
        self.import_panel.prepare(list(paths), self.incident_choices())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.store is not None and event.mimeData().hasUrls() and any(
                url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.pages.setCurrentWidget(self.gallery_page)
            self.import_files(paths)

    def _imported(self, outcomes: object) -> None:
        self.refresh()
        if any(o.status == "stored" or o.linked for o in outcomes):  # type: ignore[attr-defined]
            self.linksChanged.emit()

    # -- viewer ----------------------------------------------------------------

    def open_selected(self) -> None:
        rows = self.gallery.selectionModel().selectedIndexes()
        if rows:
            self.open_item(self.model.item(rows[0].row()).id)

    def open_item(self, item_id: int) -> None:
        if self.store is None or self.journal is None:
            return
        self.close_viewer()
        self.viewer = EvidenceViewer(self.store, self.journal, item_id)
        self.viewer.closed.connect(self.close_viewer)
        self.viewer.changed.connect(self._changed)
        self.viewer.deleted.connect(self._deleted)
        self.viewer.saveCopy.connect(self.choose_copy_destination)
        self.pages.addWidget(self.viewer)
        self.pages.setCurrentWidget(self.viewer)

    def close_viewer(self) -> None:
        if self.viewer is not None:
            viewer, self.viewer = self.viewer, None
            self.pages.removeWidget(viewer)
            viewer.clear()
            viewer.hide()
            viewer.deleteLater()
        self.pages.setCurrentWidget(self.gallery_page)

    def _changed(self, _item_id: object) -> None:
        self.refresh()
        self.linksChanged.emit()

    def _deleted(self, item_id: object) -> None:
        self.model.forget(item_id)  # type: ignore[arg-type]
        self.close_viewer()
        self.refresh()
        self.linksChanged.emit()

    # -- one copy out ----------------------------------------------------------

    def choose_copy_destination(self, item_id: object) -> None:
        if self.store is None:
            return
        self._copy_item = item_id  # type: ignore[assignment]
        dialog = file_dialog(self, self.tr("Save a copy (not protected)"),
                             "evidence_copy_dialog", save=True)
        dialog.selectFile(self.store.get(item_id).name)  # type: ignore[arg-type]
        dialog.fileSelected.connect(self.save_copy)
        self._dialog = dialog
        dialog.open()

    def save_copy(self, destination: str) -> None:
        store, item_id, viewer = self.store, self._copy_item, self.viewer
        if store is None or item_id is None or viewer is None:
            return
        viewer.status.setText(self.tr("Saving the copy…"))

        def done(_digest: object) -> None:
            if shiboken6.isValid(viewer) and viewer.store is not None:
                viewer.status.setText(self.tr(
                    "Copy saved, identical to the original. It is NOT protected: anyone who "
                    "opens this computer can see it. Move it where it needs to go, then "
                    "delete it."))

        def failed(error: BaseException) -> None:
            if not (shiboken6.isValid(viewer) and viewer.store is not None):
                return
            if isinstance(error, FileDamaged):
                text = self.tr("Not saved: the vault's copy no longer matches the SHA-256 "
                               "taken at import.")
            elif isinstance(error, (ImportCancelled, VaultError)):
                text = self.tr("Not saved.")
            else:
                text = self.tr("Not saved: the place you chose cannot be written (full, "
                               "read-only or no permission). Nothing was left there.")
            viewer.status.setText(text)

        run_in_background(lambda: store.save_copy(item_id, destination), done, failed)

    # -- leaving ---------------------------------------------------------------

    def clear(self) -> None:
        """Drop every decrypted thumbnail and picture (the shell is thrown away next)."""
        self.import_panel.stop()
        self.import_panel.store = None
        self.close_viewer()
        self.model.clear()
        self.store = None
        self.journal = None
