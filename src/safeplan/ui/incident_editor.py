"""The incident form: quick in a hurry, with guidance from documentation advice."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import legal
from ..journal import DANGER_KINDS, KINDS, Incident, InvalidIncident, Journal
from .failure import STORAGE_ERRORS, why_not_changed, why_not_saved
from .journal_model import kind_names
from .legal_note import fact_box
from .widgets import StepSlider, label, line_edit

DRAFT_INTERVAL_MS = 4000


def _hint(text: str) -> QLabel:
    return label(text, "hint")


def _text(name: str, accessible: str, height: int = 70) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setMinimumHeight(height)
    field.setTabChangesFocus(True)
    return field


class IncidentEditor(QWidget):
    """Edits one incident (new when `entry_id` is None).

    Signals:
        saved(int): the entry id after a successful save.
        closed(): cancelled or saved; go back to the list.
    """

    saved = Signal(object)  # record ids are 62-bit: too big for a C int
    closed = Signal()

    def __init__(self, journal: Journal, entry_id: int | None = None,
                 draft: dict[str, Any] | None = None, parent: QWidget | None = None,
                 evidence_names: Callable[[int], list[str]] | None = None,
                 evidence_choices: Callable[[], list[tuple[int, str]]] | None = None,
                 orders: Callable[[], list[tuple[int, str]]] | None = None,
                 language: str = "en") -> None:
        """`evidence_names(entry_id)`: names of the evidence linked to an incident;
        `evidence_choices()`: (id, name) of every evidence item, for the examination's
        result document; `orders()`: (id, label) of her protective orders."""
        super().__init__(parent)
        self.setObjectName("incidentEditor")
        self.journal = journal
        self.entry_id = entry_id
        self._dirty = False
        form_widget = QWidget()
        column = QVBoxLayout(form_widget)
        column.setContentsMargins(18, 6, 18, 12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.date = QDateEdit()
        self.date.setObjectName("incident_date")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.time = QTimeEdit()
        self.time.setObjectName("incident_time")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime.currentTime())
        self.no_time = QCheckBox(self.tr("Time unknown"))
        self.no_time.setObjectName("incident_no_time")
        self.no_time.setAccessibleName(self.no_time.text())
        self.no_time.toggled.connect(lambda on: self.time.setEnabled(not on))
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.no_time)
        when.addStretch(1)
        form.addRow(self.tr("When:"), when)
        self.approximate = QCheckBox(self.tr("The date is approximate"))
        self.approximate.setObjectName("incident_approximate")
        self.approximate.setAccessibleName(self.approximate.text())
        self.approximate_note = line_edit("incident_approximate_note", self.tr("About when"))
        self.approximate_note.setPlaceholderText(self.tr("e.g. the week before New Year"))
        approx = QHBoxLayout()
        approx.addWidget(self.approximate)
        approx.addWidget(self.approximate_note, 1)
        form.addRow("", approx)
        self.duration = line_edit("incident_duration", self.tr("How long it lasted"))
        form.addRow(self.tr("How long:"), self.duration)
        self.place = line_edit("incident_place", self.tr("Where"))
        form.addRow(self.tr("Where:"), self.place)

        self.person = QComboBox()
        self.person.setObjectName("incident_person")
        self.person.setAccessibleName(self.tr("Who did it"))
        add_person = QPushButton(self.tr("Add person…"))
        add_person.setObjectName("incident_add_person")
        add_person.setAccessibleName(self.tr("Add a person to the list"))
        add_person.clicked.connect(self._add_person)
        who = QHBoxLayout()
        who.addWidget(self.person, 1)
        who.addWidget(add_person)
        form.addRow(self.tr("Who:"), who)
        self.new_person = QWidget()
        row = QHBoxLayout(self.new_person)
        row.setContentsMargins(0, 0, 0, 0)
        self.person_name = line_edit("incident_person_name", self.tr("Name"))
        self.person_name.setPlaceholderText(self.tr("Name"))
        self.person_relation = line_edit("incident_person_relation", self.tr("Relationship"))
        self.person_relation.setPlaceholderText(self.tr("Relationship, e.g. husband"))
        keep = QPushButton(self.tr("Add"))
        keep.setObjectName("incident_person_keep")
        keep.setAccessibleName(self.tr("Add this person"))
        keep.clicked.connect(self._keep_person)
        row.addWidget(self.person_name, 1)
        row.addWidget(self.person_relation, 1)
        row.addWidget(keep)
        self.new_person.hide()
        form.addRow("", self.new_person)
        self._fill_people()

        kinds = QGridLayout()
        danger = QGridLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        names = kind_names()
        ordinary = [k for k in KINDS if k not in DANGER_KINDS]
        # Two columns of kinds and one of danger signs (long phrases): three columns made
        # the form wider than the vault and gave it a horizontal scroll bar.
        for grid, keys, columns in ((kinds, ordinary, 2), (danger, DANGER_KINDS, 1)):
            for i, key in enumerate(keys):
                box = QCheckBox(names[key])
                box.setObjectName(f"incident_kind_{key}")
                box.setAccessibleName(names[key])
                grid.addWidget(box, i // columns, i % columns)
                self.kind_boxes[key] = box
        form.addRow(self.tr("What kind:"), kinds)
        form.addRow(self.tr("Signs of danger:"), danger)
        column.addLayout(form)
        # Information with its source, shown when a sign is ticked: never a score.
        self.danger_info = QWidget()
        self.danger_info.setObjectName("incident_danger_info")
        info = QVBoxLayout(self.danger_info)
        info.setContentsMargins(0, 0, 0, 0)
        self.strangulation_info = fact_box(legal.fact("strangulation-predictor"), language)
        info.addWidget(self.strangulation_info)
        info.addWidget(fact_box(legal.fact("danger-signs-campbell"), language))
        info.addWidget(_hint(self.tr(
            "If any of these happened, tell the police and a crisis centre (150) about it "
            "explicitly: they are asked about in risk assessments.")))
        column.addWidget(self.danger_info)
        for key in DANGER_KINDS:
            self.kind_boxes[key].toggled.connect(self._show_danger_info)
        self._show_danger_info()

        def block(label: str, widget: QWidget, hint: str = "") -> None:
            title = QLabel(label)
            title.setBuddy(widget)
            column.addWidget(title)
            column.addWidget(widget)
            if hint:
                column.addWidget(_hint(hint))

        self.description = _text("incident_description", self.tr("What happened"), 120)
        block(self.tr("What happened:"), self.description, self.tr(
            "Write it as soon as you can, in order: what led up to it, what he did, what you "
            "did, how it ended. Facts first; how you felt belongs here too."))
        self.exact_words = _text("incident_exact_words", self.tr("Exact words"))
        block(self.tr("Exact words said:"), self.exact_words, self.tr(
            "Write threats and insults word for word, in the language they were said."))
        self.injuries = _text("incident_injuries", self.tr("Injuries"))
        block(self.tr("Injuries:"), self.injuries, self.tr(
            "Photograph injuries with something for scale (a coin, a ruler) and again after "
            "two days, when bruises show more."))
        self.witnesses = _text("incident_witnesses", self.tr("Witnesses"), 50)
        block(self.tr("Witnesses:"), self.witnesses)

        extra = QFormLayout()
        self.children = QCheckBox(self.tr("Children were present"))
        self.children.setObjectName("incident_children")
        self.children.setAccessibleName(self.children.text())
        extra.addRow("", self.children)
        self.police = QCheckBox(self.tr("Police were contacted"))
        self.police.setObjectName("incident_police")
        self.police.setAccessibleName(self.police.text())
        extra.addRow("", self.police)
        self.police_station = line_edit("incident_police_station", self.tr("Police station"))
        self.police_officer = line_edit("incident_police_officer", self.tr("Officer"))
        self.police_report = line_edit("incident_police_report", self.tr("Report number"))
        extra.addRow(self.tr("Station:"), self.police_station)
        extra.addRow(self.tr("Officer:"), self.police_officer)
        extra.addRow(self.tr("Report number:"), self.police_report)
        self.medical = QCheckBox(self.tr("Medical help"))
        self.medical.setObjectName("incident_medical")
        self.medical.setAccessibleName(self.medical.text())
        extra.addRow("", self.medical)
        self.medical_where = line_edit("incident_medical_where", self.tr("Where treated"))
        self.medical_record = line_edit("incident_medical_record", self.tr("Medical record number"))
        extra.addRow(self.tr("Where:"), self.medical_where)
        extra.addRow(self.tr("Record number:"), self.medical_record)
        self.exam = QCheckBox(self.tr("Referred for a forensic medical examination (СМЭ)"))
        self.exam.setObjectName("incident_exam")
        self.exam.setAccessibleName(self.exam.text())
        extra.addRow("", self.exam)
        self.exam_date = line_edit("incident_exam_date", self.tr("Date of the examination"))
        self.exam_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.exam_place = line_edit("incident_exam_place", self.tr("Where the examination was"))
        self.exam_result = line_edit("incident_exam_result",
                                     self.tr("Result of the examination"))
        self.exam_result.setPlaceholderText(self.tr("the conclusion's number, what it found"))
        self.exam_document = QComboBox()
        self.exam_document.setObjectName("incident_exam_document")
        self.exam_document.setAccessibleName(self.tr("The result document, from your evidence"))
        self.exam_document.addItem(self.tr("Not chosen"), None)
        for evidence_id, name in (evidence_choices() if evidence_choices else []):
            self.exam_document.addItem(name, evidence_id)
        extra.addRow(self.tr("Examined on:"), self.exam_date)
        extra.addRow(self.tr("Examined at:"), self.exam_place)
        extra.addRow(self.tr("Result:"), self.exam_result)
        extra.addRow(self.tr("Result document:"), self.exam_document)
        exam_fact = legal.fact("forensic-exam-free-on-referral")
        extra.addRow("", fact_box(exam_fact, language, "incident_exam_fact"))
        self.order = QComboBox()
        self.order.setObjectName("incident_order")
        self.order.setAccessibleName(self.tr("Protective order this breached"))
        self.order.addItem(self.tr("None"), None)
        for order_id, text in (orders() if orders else []):
            self.order.addItem(text, order_id)
        extra.addRow(self.tr("Order breached:"), self.order)
        self.fear = StepSlider(Qt.Orientation.Horizontal)
        self.fear.setObjectName("incident_fear")
        self.fear.setAccessibleName(self.tr("How afraid you felt, 0 to 10"))
        self.fear.setRange(0, 10)
        self.fear.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.fear_value = QLabel("0")
        self.fear.valueChanged.connect(lambda v: self.fear_value.setText(str(v)))
        fear = QHBoxLayout()
        fear.addWidget(self.fear, 1)
        fear.addWidget(self.fear_value)
        extra.addRow(self.tr("How afraid (0–10):"), fear)
        self.tags = line_edit("incident_tags", self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        extra.addRow(self.tr("Tags:"), self.tags)
        column.addLayout(extra)
        column.addWidget(_hint(self.tr(
            "Keep the numbers of police reports and medical records: they let a lawyer find "
            "the official papers later.")))
        self.evidence_note = _hint("")
        self.evidence_note.setObjectName("incident_evidence")
        column.addWidget(self.evidence_note)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_widget)
        self.error = QLabel("")
        self.error.setObjectName("incident_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("incident_cancel")
        cancel.setAccessibleName(self.tr("Cancel editing"))
        cancel.setProperty("role", "secondary")
        cancel.clicked.connect(self.cancel)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("incident_save")
        save.setAccessibleName(self.tr("Save the incident"))
        save.setProperty("role", "primary")
        save.setShortcut("Ctrl+S")
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 6, 18, 12)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        if draft is not None:
            self.entry_id = draft.get("_entry_id")
            self.set_incident(Incident.from_data(draft))
        elif entry_id is not None:
            self.set_incident(journal.get(entry_id).current)
        self._dirty = draft is not None
        names = evidence_names(self.entry_id) if (
            evidence_names is not None and self.entry_id is not None) else []
        if names:
            self.evidence_note.setText(self.tr("Evidence linked to this incident: {names}").format(
                names=", ".join(names)))
        else:
            self.evidence_note.setText(self.tr(
                "No evidence linked yet. Add photos and files under Evidence, then link them "
                "to this incident there."))
        for widget in self.findChildren(QLineEdit):
            widget.textEdited.connect(self._mark_dirty)
        for widget in self.findChildren(QPlainTextEdit):
            widget.textChanged.connect(self._mark_dirty)
        for widget in self.findChildren(QCheckBox):
            widget.toggled.connect(self._mark_dirty)
        self.fear.valueChanged.connect(self._mark_dirty)
        for combo in (self.exam_document, self.order):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.drafts = QTimer(self)
        self.drafts.setInterval(DRAFT_INTERVAL_MS)
        self.drafts.timeout.connect(self.save_draft)
        self.drafts.start()
        self.description.setFocus()

    # -- the form <-> an Incident ------------------------------------------------

    def _fill_people(self, select: int | None = None) -> None:
        self.person.clear()
        self.person.addItem(self.tr("Not chosen"), None)
        for pid, person in sorted(self.journal.people().items(), key=lambda p: p[1]["name"]):
            label = person["name"] + (f" ({person['relationship']})"
                                      if person.get("relationship") else "")
            self.person.addItem(label, pid)
        if select is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(select)))

    def _add_person(self) -> None:
        self.new_person.show()
        self.person_name.setFocus()

    def _keep_person(self) -> None:
        name = self.person_name.text().strip()
        if not name:
            return
        try:
            pid = self.journal.add_person(name, self.person_relation.text().strip())
        except STORAGE_ERRORS as err:
            self.error.setText(why_not_changed(err))
            return
        self._fill_people(pid)
        self.person_name.clear()
        self.person_relation.clear()
        self.new_person.hide()
        self._mark_dirty()

    def set_incident(self, incident: Incident) -> None:
        date = QDate.fromString(incident.date, "yyyy-MM-dd")
        if date.isValid():
            self.date.setDate(date)
        self.no_time.setChecked(not incident.time)
        if incident.time:
            self.time.setTime(QTime.fromString(incident.time, "HH:mm"))
        self.approximate.setChecked(incident.approximate)
        self.approximate_note.setText(incident.approximate_note)
        self.duration.setText(incident.duration)
        self.place.setText(incident.place)
        self.person.setCurrentIndex(max(0, self.person.findData(incident.person_id)))
        for key, box in self.kind_boxes.items():
            box.setChecked(key in incident.kinds)
        self.description.setPlainText(incident.description)
        self.exact_words.setPlainText(incident.exact_words)
        self.injuries.setPlainText(incident.injuries)
        self.witnesses.setPlainText(incident.witnesses)
        self.children.setChecked(incident.children_present)
        self.police.setChecked(incident.police_contacted)
        self.police_station.setText(incident.police_station)
        self.police_officer.setText(incident.police_officer)
        self.police_report.setText(incident.police_report)
        self.medical.setChecked(incident.medical_help)
        self.medical_where.setText(incident.medical_where)
        self.medical_record.setText(incident.medical_record)
        self.fear.setValue(int(incident.fear))
        self.tags.setText(", ".join(incident.tags))
        self.exam.setChecked(incident.exam_referred)
        self.exam_date.setText(incident.exam_date)
        self.exam_place.setText(incident.exam_place)
        self.exam_result.setText(incident.exam_result)
        self._select(self.exam_document, incident.exam_evidence_id)
        self._select(self.order, incident.order_id)

    @staticmethod
    def _select(combo: QComboBox, value: int | None) -> None:
        if value is not None and combo.findData(value) < 0:
            combo.addItem(f"#{value}", value)  # gone from the list, still named in the entry
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _show_danger_info(self, *_: object) -> None:
        ticked = [k for k in DANGER_KINDS if self.kind_boxes[k].isChecked()]
        self.danger_info.setVisible(bool(ticked))
        self.strangulation_info.setVisible("strangulation" in ticked)

    def incident(self) -> Incident:
        return Incident(
            date=self.date.date().toString("yyyy-MM-dd"),
            time="" if self.no_time.isChecked() else self.time.time().toString("HH:mm"),
            approximate=self.approximate.isChecked(),
            approximate_note=self.approximate_note.text().strip(),
            duration=self.duration.text().strip(),
            place=self.place.text().strip(),
            person_id=self.person.currentData(),
            kinds=[k for k in KINDS if self.kind_boxes[k].isChecked()],
            description=self.description.toPlainText(),
            exact_words=self.exact_words.toPlainText(),
            injuries=self.injuries.toPlainText(),
            witnesses=self.witnesses.toPlainText(),
            children_present=self.children.isChecked(),
            police_contacted=self.police.isChecked(),
            police_station=self.police_station.text().strip(),
            police_officer=self.police_officer.text().strip(),
            police_report=self.police_report.text().strip(),
            medical_help=self.medical.isChecked(),
            medical_where=self.medical_where.text().strip(),
            medical_record=self.medical_record.text().strip(),
            fear=self.fear.value(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            exam_referred=self.exam.isChecked(),
            exam_date=self.exam_date.text().strip(),
            exam_place=self.exam_place.text().strip(),
            exam_result=self.exam_result.text().strip(),
            exam_evidence_id=self.exam_document.currentData(),
            order_id=self.order.currentData(),
        )

    # -- actions ---------------------------------------------------------------

    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def save_draft(self) -> bool:
        """Keep the form, encrypted, so a quick exit or a crash loses nothing.

        False if the vault could not take it (a full disk): the form stays as it
        is and the next tick tries again."""
        if not self._dirty:
            return True
        form = asdict(self.incident())
        form["_entry_id"] = self.entry_id
        try:
            self.journal.save_draft(form)
        except STORAGE_ERRORS:
            return False
        self._dirty = False
        return True

    def save(self) -> None:
        incident = self.incident()
        messages = {
            ("date", "future"): self.tr("The date is in the future."),
            ("date", "not_a_date"): self.tr("That is not a real date."),
            ("date", "too_old"): self.tr("That date is too far in the past."),
            ("time", "not_a_time"): self.tr("That is not a real time."),
            ("description", "empty"): self.tr("Please write what happened."),
            ("fear", "range"): self.tr("Choose a number from 0 to 10."),
            ("exam_date", "not_a_date"): self.tr(
                "The date of the examination is not a real date (YYYY-MM-DD)."),
        }
        try:
            if self.entry_id is None:
                entry = self.journal.create(incident)
            else:
                entry = self.journal.edit(self.entry_id, incident)
        except STORAGE_ERRORS as err:
            # Nothing of the save was kept (one transaction): keep her text on screen,
            # and as a draft if the vault can still take one.
            self._dirty = True
            self.error.setText(why_not_saved(err, draft_kept=self.save_draft()))
            return
        except InvalidIncident as err:
            if err.reason == "too_long":
                self.error.setText(self.tr(
                    "“{field}” is too long to keep in one entry (over 200,000 characters). "
                    "Please split it into two entries.").format(field=err.field))
            else:
                self.error.setText(messages.get((err.field, err.reason), self.tr(
                    "Please check the form.")))
            return
        self.drafts.stop()
        self._discard_draft()
        self._dirty = False
        self.saved.emit(entry.id)
        self.closed.emit()

    def cancel(self) -> None:
        self.drafts.stop()
        self._discard_draft()
        self._dirty = False
        self.closed.emit()

    def _discard_draft(self) -> None:
        # The entry is saved (or she cancelled): a draft the vault cannot drop now
        # is only offered again at the next unlock.
        with contextlib.suppress(*STORAGE_ERRORS):
            self.journal.discard_draft()
