"""One item: the picture (fit and zoom, upright), its facts, and what she writes about it.

The picture is decrypted and decoded in memory on a worker thread; nothing is
ever written to disk to show it.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QTextOption, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import legal, media
from ..evidence import KINDS, Details, EvidenceStore, Item
from ..journal import Journal
from ..vault import FileDamaged, VaultError
from .background import run_in_background
from .evidence_model import evidence_kind_names, origin_names
from .failure import why_not_changed, why_not_saved
from .language import current as current_language
from .legal_note import fact_box
from .sizes import size_text
from .widgets import button, label, line_edit, list_filter

SCREEN_SIDE = 2048  # the picture shown at "fit" and below; zooming past it uses the original
ZOOMS = (0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)


def _load_picture(store: EvidenceStore, item_id: int) -> tuple[QImage, QImage] | str:
    """Worker: the upright picture and a screen-sized copy, or a reason it cannot be shown."""
    try:
        data = store.original_bytes(item_id)
        picture = media.decoded(data)
    except media.PictureError as exc:
        return exc.reason
    except ValueError:
        return "too_large"
    except (FileDamaged, VaultError, KeyError, OSError):
        return "damaged"
    fmt = QImage.Format.Format_RGBA8888 if picture.mode == "RGBA" else QImage.Format.Format_RGB888
    raw = picture.tobytes()
    full = QImage(raw, picture.width, picture.height, len(raw) // picture.height, fmt).copy()
    del raw, picture
    screen = full
    if max(full.width(), full.height()) > SCREEN_SIDE:
        screen = full.scaled(SCREEN_SIDE, SCREEN_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return full, screen


def _local(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))


class PictureView(QScrollArea):
    """Fit to the window, or a zoom factor; Ctrl + wheel zooms."""

    zoomChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_picture")
        self.setAccessibleName(self.tr("Picture"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.canvas = QLabel()
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setWordWrap(True)
        self.canvas.setMargin(24)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.full: QImage | None = None
        self.screen: QImage | None = None
        self.zoom: float | None = None  # None = fit

    def set_images(self, full: QImage | None, screen: QImage | None) -> None:
        self.full, self.screen = full, screen
        self.zoom = None
        self._render()

    def set_message(self, text: str) -> None:
        self.full = self.screen = None
        self.setWidgetResizable(True)
        self.canvas.setPixmap(QPixmap())
        self.canvas.setText(text)

    def fit(self) -> None:
        self.zoom = None
        self._render()

    def step(self, direction: int) -> None:
        current = self.zoom if self.zoom is not None else self._fit_factor()
        if direction > 0:
            bigger = [z for z in ZOOMS if z > current + 1e-6]
            self.zoom = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [z for z in ZOOMS if z < current - 1e-6]
            self.zoom = smaller[-1] if smaller else ZOOMS[0]
        self._render()

    def actual(self) -> None:
        self.zoom = 1.0
        self._render()

    def _fit_factor(self) -> float:
        if self.full is None:
            return 1.0
        room = 2 * self.canvas.margin() + 4
        area = self.viewport().size()
        return max(0.01, min(1.0, (area.width() - room) / self.full.width(),
                             (area.height() - room) / self.full.height()))

    def _render(self) -> None:
        if self.full is None or self.screen is None:
            return
        factor = self.zoom if self.zoom is not None else self._fit_factor()
        target = QSize(max(1, round(self.full.width() * factor)),
                       max(1, round(self.full.height() * factor)))
        source = self.screen if target.width() <= self.screen.width() else self.full
        self.setWidgetResizable(self.zoom is None)
        pixmap = QPixmap.fromImage(source.scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation if factor < 1 else
            Qt.TransformationMode.FastTransformation))
        self.canvas.setText("")
        self.canvas.setPixmap(pixmap)
        self.canvas.resize(pixmap.size())
        self.zoomChanged.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.zoom is None:
            self._render()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class EvidenceViewer(QWidget):
    """Shows and edits one item.

    Signals:
        closed(): back to the gallery.
        changed(object): the item id whose details were saved.
        deleted(object): the item id removed for good.
        saveCopy(object): the owner asked for a copy of this item's original.
    """

    closed = Signal()
    changed = Signal(object)
    deleted = Signal(object)
    saveCopy = Signal(object)

    def __init__(self, store: EvidenceStore, journal: Journal, item_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.store = store
        self.journal = journal
        self.item: Item = store.get(item_id)
        self._confirm_delete = False

        self.picture = PictureView()
        zoom_row = QHBoxLayout()
        self.fit_button = button(self.tr("Fit"), "evidence_fit",
                                 accessible=self.tr("Fit the picture to the window"))
        self.fit_button.clicked.connect(self.picture.fit)
        self.zoom_out = button("−", "evidence_zoom_out", accessible=self.tr("Zoom out"))
        self.zoom_out.setShortcut("Ctrl+-")
        self.zoom_out.clicked.connect(lambda: self.picture.step(-1))
        self.zoom_in = button("+", "evidence_zoom_in", accessible=self.tr("Zoom in"))
        self.zoom_in.setShortcut("Ctrl++")
        self.zoom_in.clicked.connect(lambda: self.picture.step(1))
        self.actual_button = button("100 %", "evidence_actual",
                                    accessible=self.tr("Show at actual size"))
        self.actual_button.clicked.connect(self.picture.actual)
        self.zoom_label = QLabel("")
        self.zoom_label.setProperty("role", "hint")
        self.picture.zoomChanged.connect(self._show_zoom)
        for widget in (self.fit_button, self.zoom_out, self.zoom_in, self.actual_button):
            zoom_row.addWidget(widget)
        zoom_row.addStretch(1)  # the zoom figure sits by Back: here it widened the picture side
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.picture, 1)
        left_layout.addLayout(zoom_row)

        # What she writes
        self.caption = line_edit("evidence_caption", self.tr("Caption"))
        self.kind = QComboBox()
        self.kind.setObjectName("evidence_kind")
        self.kind.setAccessibleName(self.tr("Kind of evidence"))
        names = evidence_kind_names()
        for key in KINDS:
            self.kind.addItem(names[key], key)
        self.origin = QComboBox()
        self.origin.setObjectName("evidence_origin")
        self.origin.setAccessibleName(self.tr("How you got it"))
        for key, name in origin_names().items():
            self.origin.addItem(name, key)
        # Said plainly before she relies on a recording, with its source and what to do instead.
        self.recording_note = fact_box(legal.fact("covert-recording-admissibility"),
                                       current_language(), "evidence_recording_note")
        self.origin.currentIndexChanged.connect(self._show_recording_note)
        self.taken_known = QCheckBox(self.tr("Known"))
        self.taken_known.setObjectName("evidence_taken_known")
        self.taken_known.setAccessibleName(self.tr("The time it was taken is known"))
        self.taken = QDateTimeEdit()
        self.taken.setObjectName("evidence_taken")
        self.taken.setAccessibleName(self.tr("When it was taken"))
        self.taken.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.taken.setCalendarPopup(True)
        self.taken_known.toggled.connect(self.taken.setEnabled)
        taken_row = QVBoxLayout()  # one under the other: side by side they widened the panel
        taken_row.addWidget(self.taken)
        taken_row.addWidget(self.taken_known)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("evidence_notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        self.incidents = QListWidget()
        self.incidents.setObjectName("evidence_incidents")
        self.incidents.setAccessibleName(self.tr("Linked incidents"))
        self.incidents.setMinimumHeight(90)
        self.incidents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.incidents.setTextElideMode(Qt.TextElideMode.ElideRight)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field under its label when the two do not fit side by side (in Russian and
        # Kazakh "How you got it:" took half the panel, and the fields ran out of it).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Caption:"), self.caption)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("How you got it:"), self.origin)
        form.addRow("", self.recording_note)
        form.addRow(self.tr("Taken:"), taken_row)
        form.addRow(self.tr("Notes:"), self.notes)
        self.incident_search = list_filter(self.incidents, "evidence_incident_search",
                                           self.tr("Find an incident"),
                                           self.tr("Find an incident…"))
        linked = QVBoxLayout()
        linked.setContentsMargins(0, 0, 0, 0)
        linked.addWidget(self.incident_search)
        linked.addWidget(self.incidents)
        form.addRow(self.tr("Incidents:"), linked)

        # Read-only text rather than a label: the SHA-256 wraps anywhere and can be copied.
        self.facts = QPlainTextEdit()
        self.facts.setObjectName("evidence_facts")
        self.facts.setAccessibleName(self.tr("Facts recorded at import"))
        self.facts.setReadOnly(True)
        self.facts.setFrameShape(QFrame.Shape.NoFrame)
        self.facts.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.facts.setMinimumHeight(150)
        self.facts.viewport().setAutoFillBackground(False)
        self.status = label("", "hint", "evidence_status")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(label(self.tr("Recorded at import (cannot be changed)"), "hint"))
        right_layout.addWidget(self.facts, 1)
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The panel scrolls down, never sideways: it is as wide as its widest row needs.
        right_scroll.setMinimumWidth(max(280, right.minimumSizeHint().width()
                                         + right_scroll.verticalScrollBar().sizeHint().width()))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("evidence_split")
        split.addWidget(left)
        split.addWidget(right_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([600, 400])

        back = button(self.tr("Back to the gallery"), "evidence_back")
        back.clicked.connect(self.closed.emit)
        self.copy_button = button(self.tr("Save a copy…"), "evidence_save_copy",
                                  accessible=self.tr("Save a copy of the original file"))
        self.copy_button.clicked.connect(lambda: self.saveCopy.emit(self.item.id))
        self.delete_button = button(self.tr("Delete"), "evidence_delete",
                                    accessible=self.tr("Delete this item for good"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = button(self.tr("Save"), "evidence_save", "primary")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(self.zoom_label)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 0, 18, 12)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self._fill()
        for widget in (self.fit_button, self.zoom_in, self.zoom_out, self.actual_button):
            widget.setEnabled(False)
        if self.item.is_picture:
            self.picture.set_message(self.tr("Opening the picture…"))
            item_id = self.item.id
            run_in_background(lambda: _load_picture(store, item_id), self._picture_loaded)
        else:
            self.picture.set_message(self.tr(
                "{type} file. It is kept exactly as it was imported; use Save a copy to open "
                "it in another program.").format(type=self.item.mime or "?"))

    # -- filling ---------------------------------------------------------------

    def _fill(self) -> None:
        item = self.item
        current = item.current
        self.caption.setText(current.caption)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind)))
        self.origin.setCurrentIndex(max(0, self.origin.findData(current.origin)))
        self._show_recording_note()
        self.notes.setPlainText(current.notes)
        when = current.taken_at or (item.facts.get("image") or {}).get("taken", "")
        moment = QDateTime.fromString(when[:16], "yyyy-MM-ddTHH:mm")
        self.taken_known.setChecked(moment.isValid())
        self.taken.setEnabled(moment.isValid())
        self.taken.setDateTime(moment if moment.isValid() else QDateTime.currentDateTime())
        self.incidents.clear()
        linked = set(current.incident_ids)
        for entry in self.journal.entries():
            first = (entry.latest.get("description") or "").strip().splitlines()
            text = f"{entry.latest.get('date', '')}  {first[0][:70] if first else ''}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, entry.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if entry.id in linked
                              else Qt.CheckState.Unchecked)
            self.incidents.addItem(row)
        self.facts.setPlainText(self._facts_text())

    def _facts_text(self) -> str:
        item, facts = self.item, self.item.facts
        lines = [
            self.tr("File: {name}").format(name=item.name),
            self.tr("Type (by content): {mime}").format(mime=item.mime),
            self.tr("Size: {size} ({bytes} bytes)").format(size=size_text(facts["size"]),
                                                          bytes=facts["size"]),
            self.tr("SHA-256: {hash}").format(hash=item.sha256),
            self.tr("Imported: {when}").format(when=_local(facts["imported_at"])),
            self.tr("File last modified: {when}").format(when=_local(facts["modified_at"])),
        ]
        image = facts.get("image") or {}
        if image:
            lines.append(self.tr("Picture: {width} × {height}, orientation {orientation}").format(
                width=image.get("width"), height=image.get("height"),
                orientation=image.get("orientation")))
            lines.append(self.tr("Taken (EXIF): {when}").format(
                when=image.get("taken") or self.tr("not recorded")))
            camera = " ".join(p for p in (image.get("make"), image.get("model")) if p)
            lines.append(self.tr("Camera: {camera}").format(
                camera=camera or self.tr("not recorded")))
            gps = image.get("gps")
            lines.append(self.tr("GPS position: {position}").format(
                position=f"{gps[0]:.6f}, {gps[1]:.6f}" if gps else self.tr("not recorded")))
        sound = facts.get("media") or {}
        if sound:
            lines.append(self.tr("Duration: {duration}").format(
                duration=media.duration_text(sound.get("duration", 0))))
            if sound.get("sample_rate"):
                lines.append(self.tr("Sound: {rate} kHz, {channels} channels, {bitrate} kbit/s")
                             .format(rate=f"{sound['sample_rate'] / 1000:g}",
                                     channels=sound.get("channels", 0),
                                     bitrate=sound.get("bitrate", 0) // 1000))
            if sound.get("recorded"):
                lines.append(self.tr("Recorded (from the file): {when}").format(
                    when=sound["recorded"]))
        elif item.mime.split("/")[0] in ("audio", "video"):
            lines.append(self.tr("Duration: not readable from this file"))
        lines.append(self.tr("Versions of the details: {count}").format(
            count=len(item.revisions)))
        return "\n".join(lines)

    def _picture_loaded(self, result: object) -> None:
        if self.store is None:
            return
        if isinstance(result, tuple):
            self.picture.set_images(*result)
            for widget in (self.fit_button, self.zoom_in, self.zoom_out, self.actual_button):
                widget.setEnabled(True)
            return
        reasons = {
            "too_large": self.tr("This picture is too large to show safely. The file is kept "
                                 "unchanged; use Save a copy to open it elsewhere."),
            "damaged": self.tr("This picture is damaged and cannot be shown. The file is kept "
                               "exactly as it was imported."),
            "unsupported": self.tr("This kind of picture cannot be shown here. The file is "
                                   "kept unchanged; use Save a copy to open it elsewhere."),
        }
        self.picture.set_message(reasons.get(str(result), reasons["damaged"]))

    def _show_zoom(self) -> None:
        if self.picture.full is None:
            return
        factor = self.picture.zoom if self.picture.zoom is not None else \
            self.picture._fit_factor()
        self.zoom_label.setText(f"{factor * 100:.0f} %")

    # -- actions ---------------------------------------------------------------

    def details(self) -> Details:
        linked = []
        for row in range(self.incidents.count()):
            entry = self.incidents.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                linked.append(entry.data(Qt.ItemDataRole.UserRole))
        taken = self.taken.dateTime().toString("yyyy-MM-ddTHH:mm") if \
            self.taken_known.isChecked() else ""
        exif = (self.item.facts.get("image") or {}).get("taken", "")
        if taken and exif.startswith(taken):
            taken = ""  # unchanged from the EXIF time: keep following it
        return Details(caption=self.caption.text().strip(), notes=self.notes.toPlainText(),
                       kind=self.kind.currentData(), taken_at=taken,
                       incident_ids=sorted(linked), origin=self.origin.currentData() or "")

    def _show_recording_note(self, *_: object) -> None:
        recording = self.origin.currentData() == "recording" or (
            not self.origin.currentData() and self.kind.currentData() in ("audio", "video"))
        self.recording_note.setVisible(recording)

    def save(self) -> bool:
        try:
            self.item = self.store.edit(self.item.id, self.details())
        except (VaultError, OSError) as err:
            self.status.setText(why_not_saved(err, draft_kept=False))
            return False
        except ValueError:
            self.status.setText(self.tr("Not saved: the vault could not be written. "
                                        "Nothing was lost."))
            return False
        self.status.setText(self.tr("Saved."))
        self.facts.setPlainText(self._facts_text())
        self.changed.emit(self.item.id)
        return True

    def delete(self) -> None:
        if not self._confirm_delete:
            self._confirm_delete = True
            self.delete_button.setText(self.tr("Click again to delete for good"))
            self.delete_button.setProperty("role", "exit")
            self.delete_button.style().polish(self.delete_button)
            return
        item_id = self.item.id
        try:
            self.store.delete(item_id)
        except (VaultError, OSError) as err:
            self.status.setText(why_not_changed(err))
            return
        except KeyError:
            self.status.setText(self.tr("Could not delete it; nothing was changed."))
            return
        self.deleted.emit(item_id)

    def dirty(self) -> bool:
        return self.details() != self.item.current

    def clear(self) -> None:
        self.picture.set_message("")
        self.facts.clear()
        self.caption.clear()
        self.notes.clear()
        self.incidents.clear()
        self.store = None  # type: ignore[assignment]
