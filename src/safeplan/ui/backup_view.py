"""Backups inside the vault: make one, when and where the last was, reminders, replace."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from ..backups import REMIND_CHOICES
from ..journal import Journal
from ..pins import RECOVERY_DIGITS, is_pin, is_recovery_code
from ..session import Session
from .background import Job, run_in_background
from .backup_texts import error_text
from .files import file_dialog
from .widgets import button, card, label, line_edit, scrolling_column


def _digits_field(name: str, accessible: str, digits: int) -> QLineEdit:
    field = line_edit(name, accessible, secret=True)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}")))
    field.setMaxLength(digits)
    field.setMinimumWidth(220)
    return field


def default_name(now: float) -> str:
    """Neutral: nothing in it says vault or backup."""
    return time.strftime("calc-%Y-%m-%d.bin", time.localtime(now))


class BackupView(QWidget):
    """The Backups page.

    Signals:
        replaced(): the vault was replaced by a backup; lock now (she opens it with
            the new PIN).
        reminderChanged(int): days of changes not in a backup (-1: no reminder).
    """

    replaced = Signal()
    reminderChanged = Signal(int)

    def __init__(self, session: Session, clock: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupView")
        self.session = session
        self._clock = clock
        self.job: Job | None = None
        self._journal: Journal | None = None
        self._dialog: Any = None
        self._replace_backup: Any = None
        self._replace_keep: Path | None = None
        self.running = False
        column = scrolling_column(self)
        column.addWidget(self._status_card())
        column.addWidget(self._make_card())
        column.addWidget(self._reminder_card())
        column.addWidget(self._replace_card())
        column.addStretch(1)
        self.refresh()

    # -- cards -----------------------------------------------------------------

    def _status_card(self):
        frame, box = card(self.tr("Your backups"), "backup_status_card")
        self.last_label = label("", "", "backup_last")
        box.addWidget(self.last_label)
        self.reminder_label = label("", "error", "backup_reminder")
        box.addWidget(self.reminder_label)
        return frame

    def _make_card(self):
        frame, box = card(self.tr("Make a backup"), "backup_make_card")
        box.addWidget(label(self.tr(
            "A backup is one encrypted file with everything in the vault: journal, "
            "evidence, plan and settings. Save it on a USB stick and keep the stick away "
            "from this computer. Your recovery code opens it on any computer; your PIN "
            "does not, unless you choose so below.")))
        self.code_box = QWidget()
        code_row = QHBoxLayout(self.code_box)
        code_row.setContentsMargins(0, 0, 0, 0)
        self.code_label = label(self.tr(
            "Before the first backup, type your 24-digit recovery code once:"))
        code_row.addWidget(self.code_label)
        self.code_field = _digits_field("backup_code", self.tr("Recovery code"),
                                        RECOVERY_DIGITS)
        code_row.addWidget(self.code_field)
        self.code_button = button(self.tr("OK"), "backup_code_ok")
        self.code_button.clicked.connect(self._add_code)
        code_row.addWidget(self.code_button)
        box.addWidget(self.code_box)
        self.with_pin = QCheckBox(self.tr("Also let my PIN open this backup"))
        self.with_pin.setObjectName("backup_with_pin")
        self.with_pin.setAccessibleName(self.with_pin.text())
        self.with_pin.toggled.connect(self._pin_toggled)
        box.addWidget(self.with_pin)
        self.pin_warning = label(self.tr(
            "Think twice. Anyone who gets the file can try PINs on a graphics card, with "
            "no keyring to slow them down: a 6-digit PIN falls in minutes, 10 digits or "
            "more hold out far longer. And a PIN someone forced out of you would open "
            "this file too. The recovery code alone is safer."), "error", "backup_pin_warning")
        box.addWidget(self.pin_warning)
        self.pin_field = _digits_field("backup_pin", self.tr("Your PIN"), 16)
        self.pin_field.setPlaceholderText(self.tr("Your PIN"))
        box.addWidget(self.pin_field, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.make_button = button(self.tr("Make a backup…"), "backup_make", "primary")
        self.make_button.clicked.connect(self._choose_destination)
        self.make_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row.addWidget(self.make_button)
        self.cancel_button = button(self.tr("Cancel"), "backup_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 100)
        row.addWidget(self.progress, 1)
        row.addStretch(1)
        box.addLayout(row)
        self.result = label("", "", "backup_result")
        box.addWidget(self.result)
        self._pin_toggled(False)
        return frame

    def _reminder_card(self):
        frame, box = card(self.tr("Reminders"), "backup_reminder_card")
        form = QFormLayout()
        self.remind = QComboBox()
        self.remind.setObjectName("backup_remind_days")
        self.remind.setAccessibleName(self.tr("Remind me after this many days"))
        for days in REMIND_CHOICES:
            self.remind.addItem(self.tr("Never") if days == 0 else
                                self.tr("After {n} days").format(n=days), days)
        self.remind.activated.connect(self._save_reminders)
        form.addRow(self.tr("Changes not in a backup:"), self.remind)
        box.addLayout(form)
        box.addWidget(label(self.tr(
            "The reminder shows only inside the vault, never on the calculator."), "hint"))
        self.remember = QCheckBox(self.tr("Remember where the last backup was saved"))
        self.remember.setObjectName("backup_remember_place")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.toggled.connect(self._save_reminders)
        box.addWidget(self.remember)
        box.addWidget(label(self.tr(
            "Kept encrypted in the vault. Leave it off if someone who might open the "
            "vault should not learn where your stick is."), "hint"))
        return frame

    def _replace_card(self):
        frame, box = card(self.tr("Replace with a backup"), "backup_replace_card")
        box.addWidget(label(self.tr(
            "Puts a backup in place of everything in this vault. The vault as it is now "
            "is saved as a backup file first, so nothing is lost. Afterwards the "
            "calculator shows: open the vault with the new PIN.")))
        form = QFormLayout()
        choose_row = QHBoxLayout()
        self.replace_choose = button(self.tr("Choose a backup…"), "backup_replace_choose")
        self.replace_choose.clicked.connect(self._choose_replacement)
        choose_row.addWidget(self.replace_choose)
        self.replace_file = label("", "hint", "backup_replace_file")
        choose_row.addWidget(self.replace_file, 1)
        form.addRow(self.tr("Backup file:"), choose_row)
        self.replace_code = _digits_field("backup_replace_code",
                                          self.tr("Recovery code of that backup"),
                                          RECOVERY_DIGITS)
        form.addRow(self.tr("Its recovery code:"), self.replace_code)
        self.replace_pin = _digits_field("backup_replace_pin", self.tr("New PIN"), 16)
        form.addRow(self.tr("New PIN (6–16 digits):"), self.replace_pin)
        self.replace_again = _digits_field("backup_replace_again", self.tr("New PIN again"),
                                           16)
        form.addRow(self.tr("New PIN again:"), self.replace_again)
        box.addLayout(form)
        row = QHBoxLayout()
        self.replace_button = button(self.tr("Replace…"), "backup_replace", "secondary")
        self.replace_button.clicked.connect(self._check_replacement)
        row.addWidget(self.replace_button)
        self.replace_confirm = button(self.tr("Yes, replace the vault now"),
                                      "backup_replace_confirm", "exit")
        self.replace_confirm.clicked.connect(self._replace)
        row.addWidget(self.replace_confirm)
        row.addStretch(1)
        box.addLayout(row)
        self.replace_status = label("", "", "backup_replace_status")
        box.addWidget(self.replace_status)
        self.replace_confirm.hide()
        return frame

    def _open(self, dialog: Any) -> None:
        """One dialog at a time; the previous one is gone (no history kept in it)."""
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setParent(None)
            self._dialog.deleteLater()
        self._dialog = dialog
        dialog.open()

    # -- state -----------------------------------------------------------------

    def loaded(self, journal: Journal) -> None:
        self._journal = journal
        self.refresh()

    def refresh(self) -> None:
        log = self.session.backups
        if log.last_time is None:
            self.last_label.setText(self.tr("No backup has been made yet."))
        else:
            when = QDateTime.fromSecsSinceEpoch(int(log.last_time)).toString(
                "yyyy-MM-dd HH:mm")
            if log.last_place:
                self.last_label.setText(self.tr("Last backup: {when}, saved to {place}").format(
                    when=when, place=log.last_place))
            else:
                self.last_label.setText(self.tr("Last backup: {when}").format(when=when))
        days = self.reminder_days()
        self.reminder_label.setVisible(days is not None)
        if days is not None:
            self.reminder_label.setText(self.tr(
                "Some changes from {days} days ago are not in any backup yet. Consider "
                "making one.").format(days=days))
        self.reminderChanged.emit(-1 if days is None else days)
        self.code_box.setVisible(not self.session.can_back_up())
        if self.session.recovery_behind:
            self.code_label.setText(self.tr(
                "Your recovery code does not open the vault since a PIN change made without "
                "it. Type your 24-digit recovery code once:"))
        else:
            self.code_label.setText(self.tr(
                "Before the first backup, type your 24-digit recovery code once:"))
        self.remind.setCurrentIndex(max(0, self.remind.findData(log.remind_days)))
        self.remember.blockSignals(True)
        self.remember.setChecked(log.remember_place)
        self.remember.blockSignals(False)
        self._set_running(self.running)

    def reminder_days(self) -> int | None:
        if self._journal is None:
            return None
        times = [e["time"] for e in self._journal.events()
                 if isinstance(e.get("time"), (int, float))]
        return self.session.backups.reminder(times, self._clock())

    def _set_running(self, running: bool) -> None:
        self.running = running
        can = self.session.can_back_up()
        self.make_button.setEnabled(not running and can)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.replace_button.setEnabled(not running and can)
        self.replace_choose.setEnabled(not running)
        self.replace_confirm.setEnabled(not running)

    def _pin_toggled(self, on: bool) -> None:
        self.pin_warning.setVisible(on)
        self.pin_field.setVisible(on)
        if not on:
            self.pin_field.clear()

    def _save_reminders(self) -> None:
        log = self.session.backups
        log.remind_days = int(self.remind.currentData())
        log.remember_place = self.remember.isChecked()
        if not log.remember_place:
            log.last_place = ""
        self.session.save_backups()
        self.refresh()

    # -- the recovery code, once ------------------------------------------------

    def _add_code(self) -> None:
        code = self.code_field.text()
        if not is_recovery_code(code):
            self.result.setText(self.tr("The recovery code has 24 digits."))
            return
        self.code_button.setEnabled(False)
        self.result.setText(self.tr("Checking…"))
        run_in_background(lambda: self.session.add_recovery_code(code), self._code_added,
                          self._code_failed)

    def _code_added(self, ok: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.code_button.setEnabled(True)
        self.code_field.clear()
        self.result.setText(self.tr("Thank you. Backups can be made now.") if ok else
                            self.tr("That is not the recovery code of this vault."))
        self.refresh()

    def _code_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.code_button.setEnabled(True)
            self.result.setText(error_text(error))

    # -- making one ------------------------------------------------------------

    def _choose_destination(self) -> None:
        pin = self.pin_field.text() if self.with_pin.isChecked() else None
        if pin is not None and not is_pin(pin):
            self.result.setText(self.tr("Type your PIN (6 to 16 digits) to add it."))
            return
        dialog = file_dialog(self, self.tr("Save the backup"), "backup_save_dialog", save=True)
        dialog.selectFile(default_name(self._clock()))
        dialog.fileSelected.connect(lambda path: self.start_backup(Path(path), pin))
        self._open(dialog)

    def _start(self, work: Callable[[Any], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None:
        """Long work as the app's Job: progress, Cancel, a typed failure back here."""
        self.progress.setValue(0)
        self._set_running(True)
        self.job = Job(work, self)
        self.job.progress.connect(lambda percent, _text: self.progress.setValue(percent))
        self.job.done.connect(done)
        self.job.failed.connect(failed)
        self.job.start()

    def start_backup(self, destination: Path, pin: str | None = None) -> None:
        if self.running:
            return
        self.result.setText(self.tr("Making the backup…"))
        self._start(lambda control: self.session.make_backup(
            destination, pin=pin, progress=control.report, cancelled=control.cancelled),
            self._made, self._failed)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.cancel_button.setEnabled(False)

    def _made(self, made: Any) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return
        self._set_running(False)
        self.pin_field.clear()
        text = self.tr("Backup saved and checked: {name} ({size} MB). Keep it away from "
                       "this computer.").format(name=made.path.name,
                                                size=f"{made.size / 1e6:.1f}")
        if made.damaged:
            text += " " + self.tr("Note: {n} items were already damaged in the vault "
                                  "itself and are copied as they are.").format(n=made.damaged)
        self.result.setText(text)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return
        self._set_running(False)
        self.pin_field.clear()
        self.result.setText(error_text(error))

    # -- replacing the vault ----------------------------------------------------

    def _choose_replacement(self) -> None:
        dialog = file_dialog(self, self.tr("Choose the backup"), "backup_replace_dialog")
        dialog.fileSelected.connect(self.choose_replacement)
        self._open(dialog)

    def choose_replacement(self, path: str) -> None:
        self._replace_path = Path(path)
        self.replace_file.setText(Path(path).name)
        self._reset_confirmation()

    def _reset_confirmation(self) -> None:
        self._replace_backup = None
        self._replace_keep = None
        self.replace_confirm.hide()

    def _check_replacement(self) -> None:
        self._reset_confirmation()
        path = getattr(self, "_replace_path", None)
        code, pin, again = (self.replace_code.text(), self.replace_pin.text(),
                            self.replace_again.text())
        if path is None:
            self.replace_status.setText(self.tr("Choose the backup file first."))
            return
        if not (is_recovery_code(code) or is_pin(code)):
            self.replace_status.setText(self.tr("Type that backup's 24-digit recovery code."))
            return
        if not is_pin(pin):
            self.replace_status.setText(self.tr("A PIN is 6 to 16 digits."))
            return
        if pin != again:
            self.replace_status.setText(self.tr("The two new PINs are different."))
            return
        self.replace_status.setText(self.tr("Opening the backup…"))
        self.replace_button.setEnabled(False)
        run_in_background(lambda: self.session.open_backup(path, code),
                          self._replacement_opened, self._replacement_failed)

    def _replacement_opened(self, opened: Any) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return
        self._replace_backup = opened
        self._set_running(False)
        self.replace_status.setText(self.tr(
            "The backup opens. Now choose where to keep the vault as it is now."))
        dialog = file_dialog(self, self.tr("Keep the current vault as"), "backup_keep_dialog",
                             save=True)
        dialog.selectFile(default_name(self._clock()))
        dialog.fileSelected.connect(self.keep_current_at)
        self._open(dialog)

    def keep_current_at(self, path: str) -> None:
        self._replace_keep = Path(path)
        made = QDateTime.fromSecsSinceEpoch(int(self._replace_backup.contents.made))
        self.replace_status.setText(self.tr(
            "Everything in this vault will be replaced by the backup made on {when}. The "
            "vault as it is now will be saved to {place} first. Click again to "
            "replace.").format(when=made.toString("yyyy-MM-dd HH:mm"), place=path))
        self.replace_confirm.show()

    def _replacement_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return
        self._set_running(False)
        self.replace_status.setText(error_text(error))

    def _replace(self) -> None:
        opened, keep = self._replace_backup, self._replace_keep
        if opened is None or keep is None or self.running:
            return
        code, pin = self.replace_code.text(), self.replace_pin.text()
        bind = bool(self.session.vault is not None and self.session.vault.device_bound)
        self.replace_confirm.hide()
        self.replace_status.setText(self.tr("Saving the current vault, then replacing it…"))
        self._start(lambda control: self.session.replace_with(
            opened, code, pin, bind, keep, control.report, control.cancelled),
            self._replaced, self._replace_failed)

    def _replaced(self, _old: object) -> None:
        if shiboken6.isValid(self):
            self._set_running(False)
            for field in (self.replace_code, self.replace_pin, self.replace_again):
                field.clear()
        self.replaced.emit()

    def _replace_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return
        if not self.session.vault.is_open:  # failed after closing it: lock, file intact
            self.replaced.emit()
            return
        self._set_running(False)
        self._reset_confirmation()
        self.replace_status.setText(error_text(error))

    def clear(self) -> None:
        """Locking: stop any backup under way and drop what was typed."""
        if self.job is not None and self.job.running:
            self.job.cancel()
        for field in (self.code_field, self.pin_field, self.replace_code, self.replace_pin,
                      self.replace_again):
            field.clear()
        self._replace_backup = None
