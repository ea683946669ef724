"""First run on a new computer: bring a vault back from a backup file."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import restore_flow
from ..pins import RECOVERY_DIGITS
from ..restore_flow import RestoreFlow
from ..session import Session
from .background import run_in_background
from .backup_texts import error_text
from .files import file_dialog
from .pinpad import PinPad
from .widgets import button, check_box, label, progress_bar, progress_step


class RestoreView(QWidget):
    """One page per step of `RestoreFlow`.

    Signals:
        finished(): the restored vault is open; show it.
        left(): Back from the first step: return to the welcome page.
    """

    finished = Signal()
    left = Signal()

    def __init__(self, session: Session, keyring_available: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreView")
        self.session = session
        self.flow = RestoreFlow(keyring_available=keyring_available,
                                portable=session.portable)
        self._cancel = threading.Event()
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("restorePages")
        self._page: dict[str, QWidget] = {}
        for step in restore_flow.STEPS:
            page = QWidget()
            page.setObjectName(f"restore_{step}")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(22, 18, 22, 18)
            layout.setSpacing(10)
            getattr(self, f"_build_{step}")(layout)
            self.pages.addWidget(page)
            self._page[step] = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._show()

    def set_keyring_available(self, available: bool) -> None:
        self.flow.keyring_available = available

    # -- pages -----------------------------------------------------------------

    def _footer(self, layout: QVBoxLayout, step: str, primary: QWidget | None = None) -> None:
        layout.addStretch(1)
        row = QHBoxLayout()
        back = button(self.tr("Back"), f"restore_{step}_back")
        back.clicked.connect(self._back)
        row.addWidget(back)
        row.addStretch(1)
        if primary is not None:
            row.addWidget(primary)
        layout.addLayout(row)

    def _build_file(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Restore from a backup"), "title"))
        layout.addWidget(label(self.tr(
            "Choose the backup file you made from the vault (on a USB stick, for example). "
            "Then type your 24-digit recovery code and choose a new PIN for this computer.")))
        layout.addWidget(label(self.tr(
            "Nothing is changed on the stick, and nothing is written on this computer "
            "until the backup has opened."), "hint"))
        choose = button(self.tr("Choose the backup file…"), "restore_choose", "primary")
        choose.clicked.connect(self._choose)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        self.file_status = label("", "error", "restore_file_status")
        layout.addWidget(self.file_status)
        self._footer(layout, "file")

    def _build_code(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Type your recovery code"), "title"))
        self.file_label = label("", "hint", "restore_file_name")
        layout.addWidget(self.file_label)
        layout.addWidget(label(self.tr(
            "The 24 digits you wrote down when you set up the vault. If you chose to let "
            "your PIN open this backup, the PIN works too.")))
        self.code_pad = PinPad("restore_code_pad", max_digits=RECOVERY_DIGITS)
        self.code_pad.submitted.connect(self._code_entered)
        font = self.code_pad.dots.font()
        font.setPixelSize(13)  # 24 dots fit the calculator-sized window
        self.code_pad.dots.setFont(font)
        self.code_pad.changed.connect(self._code_length)
        layout.addWidget(self.code_pad, 1)
        self.code_status = label("", "error", "restore_code_status")
        layout.addWidget(self.code_status)
        self._footer(layout, "code")

    def _build_checking(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Opening the backup"), "title"))
        layout.addWidget(label(self.tr("Checking the code. This takes a few seconds.")))
        layout.addWidget(progress_bar("restore_checking_progress", self.tr("Progress"),
                                      busy=True))
        layout.addStretch(1)

    def _build_pin(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Choose a PIN for this computer"), "title"))
        if self.session.portable:
            advice = self.tr(
                "This copy runs from a USB stick, where no keyring protects the vault: "
                "anyone who copies the stick can try PINs on a graphics card. A PIN of 10 "
                "to 16 digits is required here.")
        else:
            advice = self.tr(
                "6 to 16 digits. It may be different from your old PIN. We recommend 10 "
                "digits or more.")
        layout.addWidget(label(advice, "hint", "restore_pin_advice"))
        self.pin_pad = PinPad("restore_pin_pad")
        self.pin_pad.submitted.connect(self._pin_chosen)
        layout.addWidget(self.pin_pad, 1)
        self.pin_status = label("", "error", "restore_pin_status")
        layout.addWidget(self.pin_status)
        self._footer(layout, "pin")

    def _build_confirm(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Type the same PIN again"), "title"))
        self.confirm_pad = PinPad("restore_confirm_pad")
        self.confirm_pad.submitted.connect(self._pin_confirmed)
        layout.addWidget(self.confirm_pad, 1)
        self._footer(layout, "confirm")

    def _build_binding(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Tie the vault to this computer?"), "title"))
        self.binding_text = label("", "", "restore_binding_text")
        layout.addWidget(self.binding_text)
        row, self.bind_box = check_box(
            self.tr("Keep a second secret in this computer's keyring"), "restore_bind")
        layout.addWidget(row)
        go = button(self.tr("Restore"), "restore_go", "primary")
        go.clicked.connect(self._restore)
        self._footer(layout, "binding", go)

    def _build_restoring(self, layout: QVBoxLayout) -> None:
        self.progress = progress_step(layout, self.tr("Restoring"), self.tr(
            "Unpacking the vault and protecting it with your new PIN."),
            "restore_progress", self.tr("Progress"))

    def _build_done(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Your vault is back"), "title"))
        layout.addWidget(label(self.tr(
            "Everything from the backup is here. From now on this app starts as a "
            "calculator: type your new PIN and press = to open the vault. Your recovery "
            "code stays the same.")))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        go = button(self.tr("Open the vault"), "restore_finish", "primary")
        go.clicked.connect(self.finished.emit)
        row.addWidget(go)
        layout.addLayout(row)

    # -- flow ------------------------------------------------------------------

    def _show(self) -> None:
        page = self._page[self.flow.step]
        self.pages.setCurrentWidget(page)
        for pad in page.findChildren(PinPad):
            pad.clear()
            pad.setFocus()

    def _back(self) -> None:
        if not self.flow.back():
            self.left.emit()
            return
        self._show()

    def _choose(self) -> None:
        dialog = file_dialog(self, self.tr("Choose the backup file"), "restore_file_dialog")
        dialog.fileSelected.connect(self.choose_file)
        previous = getattr(self, "_dialog", None)
        if previous is not None and shiboken6.isValid(previous):
            previous.setParent(None)  # one at a time: no history kept in an old one
            previous.deleteLater()
        self._dialog = dialog
        dialog.open()

    def choose_file(self, path: str) -> None:
        if self.flow.choose_file(path) is None and self.flow.path is not None:
            self.file_label.setText(self.tr("Backup: {name}").format(name=self.flow.path.name))
            self.code_status.setText("")
            self._show()

    def _code_length(self, count: int) -> None:
        if count:
            self.code_status.setText(self.tr("{count} of 24 digits").format(count=count))

    def _code_entered(self, digits: str) -> None:
        if self.flow.enter_code(digits) == restore_flow.NOT_A_CODE:
            self.code_status.setText(self.tr(
                "The recovery code has 24 digits (a PIN has 6 to 16)."))
            return
        self._show()
        path, secret = self.flow.path, self.flow.secret
        run_in_background(lambda: self.session.open_backup(path, secret), self._opened,
                          self._open_failed)

    def _opened(self, opened: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.flow.opened_with(opened)
        self.pin_status.setText("")
        self._show()

    def _open_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.flow.check_failed()
        self._show()
        self.code_status.setText(error_text(error))

    def _pin_chosen(self, pin: str) -> None:
        error = self.flow.choose_pin(pin)
        if error == restore_flow.PIN_TOO_SHORT:
            self.pin_status.setText(self.tr("This PIN needs at least {n} digits.").format(
                n=self.flow.min_pin))
            return
        self._show()

    def _pin_confirmed(self, pin: str) -> None:
        if self.flow.confirm_pin(pin) == restore_flow.PIN_MISMATCH:
            self._show()
            self.pin_status.setText(self.tr("The two PINs were different. Choose it again."))
            return
        if self.flow.keyring_available and not self.flow.portable:
            self.binding_text.setText(self.tr(
                "Recommended. A random secret is kept in this computer's keyring and mixed "
                "into your PIN, so a copy of the vault file alone cannot be opened by "
                "guessing PINs. Your recovery code does not use it."))
            self.bind_box.setEnabled(True)
            self.bind_box.setChecked(True)
        else:
            self.binding_text.setText(self.tr(
                "There is no secure keyring here, so only your PIN protects the vault on "
                "this computer."))
            self.bind_box.setChecked(False)
            self.bind_box.setEnabled(False)
        self._show()

    def _restore(self) -> None:
        self.flow.choose_binding(self.bind_box.isChecked())
        self.progress.setValue(0)
        self._show()
        opened, secret, pin, bind = (self.flow.opened, self.flow.secret, self.flow.pin,
                                     self.flow.bind_device)
        cancel = self._cancel
        run_in_background(
            lambda report: self.session.restore(opened, secret, pin, bind, report,
                                                cancel.is_set),
            self._restored, self._restore_failed, self.progress.setValue)

    def _restored(self, _result: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.flow.restored()
        if not self.isVisible():  # hidden with Esc meanwhile: stay hidden, locked
            vault = self.session.lock()
            if vault is not None:
                run_in_background(vault.close)
            return
        self._show()

    def _restore_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.flow.failed()
        self._show()
        self.pin_status.setText(error_text(error))

    def stop(self) -> None:
        """Hidden (Esc): a restore under way is cancelled; nothing is left behind."""
        self._cancel.set()
