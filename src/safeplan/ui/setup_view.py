"""First run: what the app is, the PIN, the keyring binding, the recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import setup_flow
from ..pins import SETUP_KEYS
from ..session import Session
from ..setup_flow import SetupFlow
from .background import run_in_background
from .pinpad import PinPad
from .widgets import button, check_box, label, progress_step

if TYPE_CHECKING:
    from .restore_view import RestoreView


class SetupView(QWidget):
    """The one-time setup, a page per step of `SetupFlow`.

    Signals:
        finished(): the vault exists and is open; show it.
        dismissed(): "Not now": show the calculator (setup returns only through the
            setup keys, `pins.SETUP_KEYS` then =, while no vault exists).
    """

    finished = Signal()
    dismissed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupView")
        self.session = session
        self.flow = SetupFlow()
        if session.portable:
            from ..portable import PORTABLE_PIN_MIN

            self.flow.min_pin = PORTABLE_PIN_MIN
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("setupPages")
        self._page: dict[str, QWidget] = {}
        self.restore_view: RestoreView | None = None
        for step, build in (
            ("welcome", self._welcome), ("pin", self._pin), ("confirm", self._confirm),
            ("binding", self._binding), ("creating", self._creating),
            ("recovery", self._recovery), ("verify", self._verify), ("done", self._done),
        ):
            page = QWidget()
            page.setObjectName(f"setup_{step}")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(22, 18, 22, 18)
            layout.setSpacing(10)
            build(layout)
            self.pages.addWidget(page)
            self._page[step] = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._show()
        run_in_background(self.session.keyring_is_secure, self._keyring_checked)

    # -- pages -----------------------------------------------------------------

    def _welcome(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("A private place behind a calculator"), "title"))
        layout.addWidget(label(self.tr(
            "This app works as an ordinary calculator. Behind it is an encrypted place for "
            "a journal of what happened, photos and other evidence, and a plan for leaving "
            "safely.")))
        layout.addWidget(label(self.tr(
            "To open it, type your PIN on the calculator and press =. Anyone else sees only "
            "a calculator: a wrong PIN is just a sum. Press Esc at any time to hide "
            "everything at once.")))
        layout.addWidget(label(self.tr(
            "This screen appears only this once. If someone comes, choose \"Not now\": "
            "from then on the app starts as a plain calculator. To come back to this setup "
            "later, type {keys} on the calculator and press =.").format(keys=SETUP_KEYS),
            "hint", "setup_return_hint"))
        layout.addStretch(1)
        # Restore on a row of its own: beside Not now and Start it did not fit the
        # calculator's width even in English ("store from a back").
        restore = button(self.tr("Restore from a backup"), "setup_restore")
        restore.clicked.connect(self._restore)
        layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        later = button(self.tr("Not now"), "setup_later")
        later.clicked.connect(self.dismissed.emit)
        start = button(self.tr("Start"), "setup_start", "primary")
        start.clicked.connect(self._start)
        row.addWidget(later)
        row.addStretch(1)
        row.addWidget(start)
        layout.addLayout(row)

    def _pin(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Choose a PIN"), "title"))
        layout.addWidget(label(self.tr(
            "6 to 16 digits. Someone who copies the vault file can try PINs on a graphics "
            "card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We "
            "recommend 10 digits or more.") if not self.session.portable else self.tr(
            "This copy runs from a USB stick, where no keyring protects the vault: "
            "anyone who copies the stick can try PINs on a graphics card. A PIN of 10 "
            "to 16 digits is required here."), "hint", "setup_pin_advice"))
        self.pin_pad = PinPad("setup_pin_pad")
        self.pin_pad.submitted.connect(self._pin_chosen)
        self.pin_pad.changed.connect(self._pin_length)
        layout.addWidget(self.pin_pad, 1)
        self.pin_status = label("", "hint", "setup_pin_status")
        layout.addWidget(self.pin_status)
        layout.addWidget(self._back_button("pin"), 0, Qt.AlignmentFlag.AlignLeft)

    def _confirm(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Type the same PIN again"), "title"))
        self.confirm_pad = PinPad("setup_confirm_pad")
        self.confirm_pad.submitted.connect(self._pin_confirmed)
        layout.addWidget(self.confirm_pad, 1)
        layout.addWidget(self._back_button("confirm"), 0, Qt.AlignmentFlag.AlignLeft)

    def _binding(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Tie the vault to this computer?"), "title"))
        self.binding_text = label("", "", "setup_binding_text")
        layout.addWidget(self.binding_text)
        row, self.bind_box = check_box(
            self.tr("Keep a second secret in this computer's keyring"), "setup_bind")
        layout.addWidget(row)
        # A disabled box says why, in words (greyed out alone reads as a broken control).
        self.bind_reason = label(self.tr(
            "Not available: this computer has no secure keyring."), "hint",
            "setup_bind_reason")
        self.bind_reason.hide()
        layout.addWidget(self.bind_reason)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._back_button("binding"))
        row.addStretch(1)
        go = button(self.tr("Create"), "setup_create", "primary")
        go.clicked.connect(self._create)
        row.addWidget(go)
        layout.addLayout(row)

    def _creating(self, layout: QVBoxLayout) -> None:
        self.progress = progress_step(layout, self.tr("Setting up"), self.tr(
            "Measuring this computer so that every PIN guess costs an attacker about a "
            "second, then creating the encrypted vault. This takes a few seconds."),
            "setup_progress", self.tr("Progress"))

    def _recovery(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Your recovery code"), "title"))
        layout.addWidget(label(self.tr(
            "If you forget your PIN, or this computer is lost, these 24 digits open the "
            "vault: type them on the calculator and press =. This is the only time they "
            "are shown.")))
        self.code_label = label("", "code", "setup_code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.code_label)
        layout.addWidget(label(self.tr(
            "Write it on paper now and keep it somewhere away from this computer, where "
            "it will not be found. Do not photograph it or save it on a phone he can see."),
            "hint"))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        done = button(self.tr("I have written it down"), "setup_written", "primary")
        done.clicked.connect(self._written)
        row.addWidget(done)
        layout.addLayout(row)

    def _verify(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("Check what you wrote"), "title"))
        self.verify_prompt = label("", "", "setup_verify_prompt")
        layout.addWidget(self.verify_prompt)
        self.verify_pad = PinPad("setup_verify_pad", max_digits=4)
        self.verify_pad.submitted.connect(self._verified)
        layout.addWidget(self.verify_pad, 1)
        self.verify_error = label("", "error", "setup_verify_error")
        layout.addWidget(self.verify_error)
        back = button(self.tr("Show the code again"), "setup_show_again")
        back.clicked.connect(self._show_again)  # Back on this step
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def _done(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(self.tr("All set"), "title"))
        layout.addWidget(label(self.tr(
            "From now on this app always starts as a calculator. To open your vault, type "
            "your PIN and press =. To hide it, press Esc or the Quick exit button.")))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        go = button(self.tr("Open the vault"), "setup_finish", "primary")
        go.clicked.connect(self.finished.emit)
        row.addWidget(go)
        layout.addLayout(row)

    def _back_button(self, step: str):
        back = button(self.tr("Back"), f"setup_back_{step}")
        back.clicked.connect(self._back)
        return back

    # -- flow ------------------------------------------------------------------

    def _back(self) -> None:
        self.flow.back()
        self._show()
        if self.flow.step == "pin":
            self._pin_length(0)

    def _show(self) -> None:
        page = self._page[self.flow.step]
        self.pages.setCurrentWidget(page)
        for pad in page.findChildren(PinPad):
            pad.clear()
            pad.setFocus()

    def _keyring_checked(self, secure: object) -> None:
        self.flow.keyring_available = bool(secure)
        if self.restore_view is not None:
            self.restore_view.set_keyring_available(bool(secure))

    # -- restore from a backup (its own view, so its steps stay out of SetupFlow) --

    def _restore(self) -> None:
        from .restore_view import RestoreView

        if self.restore_view is None:
            self.restore_view = RestoreView(self.session, self.flow.keyring_available)
            self.restore_view.finished.connect(self.finished.emit)
            self.restore_view.left.connect(self._restore_left)
            self.pages.addWidget(self.restore_view)
        self.pages.setCurrentWidget(self.restore_view)
        self.restore_view.setFocus()

    def _restore_left(self) -> None:
        self._show()

    @property
    def restoring(self) -> bool:
        """A restore finished or under way: the vault exists (or is being made)."""
        view = self.restore_view
        return view is not None and view.flow.step in ("restoring", "done")

    def hideEvent(self, event) -> None:
        if self.restore_view is not None and self.restore_view.flow.step != "done":
            self.restore_view.stop()
        super().hideEvent(event)

    def _start(self) -> None:
        self.flow.start()
        self._show()

    def _pin_length(self, count: int) -> None:
        if count == 0:
            text = self.tr("Type your PIN on the keypad or the keyboard, then OK.")
        elif count < 6:
            text = self.tr("{count} digits: at least 6 are needed.").format(count=count)
        elif (why := setup_flow.guessable(self.pin_pad.digits)) is not None:
            text = self._guessable_text(why)
        elif SetupFlow.weak(count):
            text = self.tr("{count} digits: allowed, but 10 or more is much safer.").format(
                count=count)
        else:
            text = self.tr("{count} digits: good.").format(count=count)
        self.pin_status.setText(text)
        self.pin_status.setProperty("role", "hint")

    def _guessable_text(self, why: str) -> str:
        if why == setup_flow.REPEATED:
            return self.tr("Easy to guess: the same digits repeat. It is allowed, but "
                           "anyone trying PINs starts with these. Digits without a "
                           "pattern are much safer.")
        if why == setup_flow.SEQUENCE:
            return self.tr("Easy to guess: the digits follow each other. It is allowed, "
                           "but anyone trying PINs starts with these. Digits without a "
                           "pattern are much safer.")
        return self.tr("Easy to guess: this looks like a date, and birthdays are the first "
                       "thing someone who knows you tries. It is allowed, but digits "
                       "without a pattern are much safer.")

    def _pin_chosen(self, pin: str) -> None:
        error = self.flow.choose_pin(pin)
        if error == setup_flow.PIN_TOO_SHORT:
            if self.session.portable:
                self.pin_status.setText(self.tr("This PIN needs at least {n} digits.").format(
                    n=self.flow.min_pin))
            else:
                self.pin_status.setText(self.tr("A PIN needs at least 6 digits."))
            return
        self._show()

    def _pin_confirmed(self, pin: str) -> None:
        error = self.flow.confirm_pin(pin)
        if error == setup_flow.PIN_MISMATCH:
            self._show()
            self.pin_status.setText(self.tr("The two PINs were different. Choose it again."))
            return
        if self.flow.keyring_available:
            self.binding_text.setText(self.tr(
                "Recommended. A random secret is kept in this computer's keyring and mixed "
                "into your PIN, so a copy of the vault file alone cannot be opened by "
                "guessing PINs, however fast the attacker's hardware. Your recovery code "
                "does not use it: it still opens the vault on another computer."))
            self.bind_box.setEnabled(True)
            self.bind_box.setChecked(True)
            self.bind_reason.hide()
        else:
            self.binding_text.setText(self.tr(
                "This computer has no secure keyring, so only your PIN protects the vault. "
                "Please use a PIN of 10 digits or more."))
            self.bind_box.setChecked(False)
            self.bind_box.setEnabled(False)
            self.bind_reason.show()
        self._show()

    def _create(self) -> None:
        self.flow.choose_binding(self.bind_box.isChecked())
        self._show()
        pin, bind = self.flow.pin, self.flow.bind_device
        run_in_background(
            lambda report: self.session.create(pin, bind, report),
            self._created, self._failed, self.progress.setValue,
        )

    def _created(self, code: object) -> None:
        self.flow.created(str(code))
        if not self.isVisible():  # hidden with Esc while creating: stay hidden, lock
            self.dismissed.emit()
            return
        self.code_label.setText("  ".join(SetupFlow.code_groups(str(code))))
        self._show()

    def _failed(self, _error: BaseException) -> None:
        self.flow.failed()
        self._show()
        self.pin_status.setText(self.tr(
            "The vault could not be created (is the disk full?). Nothing was saved. "
            "Please try again."))

    def _written(self) -> None:
        self.flow.code_written_down()
        self.verify_prompt.setText(self.tr(
            "Type group {number} of {groups} of the recovery code: the four digits in "
            "that place, counting from the left.").format(
                number=self.flow.checked_group + 1,
                groups=len(SetupFlow.code_groups(self.flow.recovery_code))))
        self.verify_error.setText("")
        self._show()

    def _verified(self, digits: str) -> None:
        if self.flow.verify_group(digits) == setup_flow.WRONG_GROUP:
            self.verify_error.setText(self.tr("That does not match. Look at the code again."))
            self.verify_pad.clear()
            return
        self.code_label.setText("")
        self._show()

    def _show_again(self) -> None:
        self.flow.back_to_code()
        self._show()
