"""Settings inside the vault: automatic lock, PIN, keyring binding, language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..pins import is_pin, is_recovery_code
from ..portable import PORTABLE_PIN_MIN
from ..session import IDLE_CHOICES, INACTIVE_CHOICES, Session, Settings, WrongRecoveryCode
from .background import run_in_background
from .failure import STORAGE_ERRORS, why_not_changed
from .widgets import card, label, scrolling_column


def _pin_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,16}")))
    field.setMaxLength(16)
    field.setMinimumWidth(200)
    return field


class SettingsView(QWidget):
    """The owner's settings.

    Signals:
        settingsChanged(): auto-lock or language changed (already saved in the vault).
        pinChanged(): the PIN was changed (after a recovery unlock, this ends that mode).
    """

    settingsChanged = Signal()
    pinChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.session = session
        self._busy = False
        column = scrolling_column(self)

        self.recovery_banner = QLabel(self.tr(
            "You opened the vault with your recovery code. Choose a new PIN now."))
        self.recovery_banner.setObjectName("settings_recovery_banner")
        self.recovery_banner.setProperty("role", "error")
        self.recovery_banner.setWordWrap(True)
        column.addWidget(self.recovery_banner)
        self.save_status = label("", "error", "settings_save_status")
        self.save_status.hide()
        column.addWidget(self.save_status)

        column.addWidget(self._pin_card())
        column.addWidget(self._lock_card())
        column.addWidget(self._binding_card())
        column.addWidget(self._language_card())
        column.addStretch(1)

        self.refresh()

    # -- cards -----------------------------------------------------------------

    def _lock_card(self) -> QFrame:
        frame, layout = card(self.tr("Automatic lock"), "settings_lock_card")
        form = QFormLayout()
        self.idle = QComboBox()
        self.idle.setObjectName("settings_idle")
        self.idle.setAccessibleName(self.tr("Lock after this long without use"))
        for minutes in IDLE_CHOICES:
            self.idle.addItem(self.tr("Never") if minutes == 0 else
                              self.tr("After {n} min").format(n=minutes), minutes)
        form.addRow(self.tr("When not in use:"), self.idle)
        self.inactive = QComboBox()
        self.inactive.setObjectName("settings_inactive")
        self.inactive.setAccessibleName(self.tr("Lock after this long in the background"))
        for minutes in INACTIVE_CHOICES:
            self.inactive.addItem(self.tr("Never") if minutes == 0 else
                                  self.tr("After {n} min").format(n=minutes), minutes)
        form.addRow(self.tr("When another window is in front:"), self.inactive)
        layout.addLayout(form)
        self.minimise = QCheckBox(self.tr("Lock when the window is minimised"))
        self.minimise.setObjectName("settings_minimise")
        self.minimise.setAccessibleName(self.minimise.text())
        layout.addWidget(self.minimise)
        self.idle.activated.connect(self._save_lock)
        self.inactive.activated.connect(self._save_lock)
        self.minimise.toggled.connect(self._save_lock)
        return frame

    def _pin_card(self) -> QFrame:
        frame, layout = card(self.tr("Change PIN"), "settings_pin_card")
        form = QFormLayout()
        self.old_pin = _pin_field("settings_old_pin", self.tr("Current PIN"))
        self.old_pin_label = QLabel(self.tr("Current PIN:"))
        form.addRow(self.old_pin_label, self.old_pin)
        self.new_pin = _pin_field("settings_new_pin", self.tr("New PIN"))
        form.addRow(self.tr("New PIN (6–16 digits):"), self.new_pin)
        self.repeat_pin = _pin_field("settings_repeat_pin", self.tr("New PIN again"))
        form.addRow(self.tr("New PIN again:"), self.repeat_pin)
        # Her recovery code: the new key is sealed to it, never to the public half kept
        # in the vault, which he could have replaced while he knew her PIN.
        self.recovery_code = _pin_field("settings_recovery_code", self.tr("Recovery code"))
        self.recovery_code.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,24}")))
        self.recovery_code.setMaxLength(24)
        self.recovery_code_label = QLabel(self.tr("Recovery code (24 digits):"))
        form.addRow(self.recovery_code_label, self.recovery_code)
        layout.addLayout(form)
        self.recovery_hint = label(self.tr(
            "Type your recovery code too, so that it keeps opening the vault after the "
            "change. Without it the PIN changes all the same, but your recovery code stops "
            "opening the vault until you type it once on the Backups page."), "hint",
            "settings_recovery_hint")
        layout.addWidget(self.recovery_hint)
        self.recovery_behind = label(self.tr(
            "Your recovery code does not open the vault now: the last PIN change was made "
            "without it. Type it once on the Backups page."), "error",
            "settings_recovery_behind")
        layout.addWidget(self.recovery_behind)
        row = QHBoxLayout()
        self.pin_status = QLabel("")
        self.pin_status.setObjectName("settings_pin_status")
        self.pin_status.setWordWrap(True)
        row.addWidget(self.pin_status, 1)
        self.change_button = QPushButton(self.tr("Change PIN"))
        self.change_button.setObjectName("settings_change_pin")
        self.change_button.setAccessibleName(self.change_button.text())
        self.change_button.setProperty("role", "primary")
        self.change_button.clicked.connect(self._change_pin)
        row.addWidget(self.change_button)
        layout.addLayout(row)
        return frame

    def _binding_card(self) -> QFrame:
        frame, layout = card(self.tr("This computer"), "settings_binding_card")
        text = QLabel(self.tr(
            "When on, a secret in this computer's keyring is mixed into your PIN: a copy of "
            "the vault file cannot be opened elsewhere with the PIN alone (the recovery code "
            "still works anywhere). Changing this needs your PIN."))
        text.setWordWrap(True)
        text.setProperty("role", "hint")
        layout.addWidget(text)
        self.bind = QCheckBox(self.tr("Tie the vault to this computer's keyring"))
        self.bind.setObjectName("settings_bind")
        self.bind.setAccessibleName(self.bind.text())
        layout.addWidget(self.bind)
        row = QHBoxLayout()
        self.bind_pin = _pin_field("settings_bind_pin", self.tr("PIN to confirm"))
        self.bind_pin.setPlaceholderText(self.tr("Your PIN"))
        row.addWidget(self.bind_pin)
        self.bind_button = QPushButton(self.tr("Apply"))
        self.bind_button.setObjectName("settings_bind_apply")
        self.bind_button.setAccessibleName(self.tr("Apply keyring setting"))
        self.bind_button.setProperty("role", "secondary")
        self.bind_button.clicked.connect(self._apply_binding)
        row.addWidget(self.bind_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.bind_status = QLabel("")
        self.bind_status.setObjectName("settings_bind_status")
        self.bind_status.setWordWrap(True)
        layout.addWidget(self.bind_status)
        return frame

    def _language_card(self) -> QFrame:
        frame, layout = card(self.tr("Language"), "settings_language_card")
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in (("", self.tr("As the system")), ("en", "English"),
                           ("ru", "Русский"), ("kk", "Қазақ тілі")):
            self.language.addItem(name, code)
        self.language.activated.connect(self._save_language)
        layout.addWidget(self.language)
        return frame

    # -- behaviour -------------------------------------------------------------

    def refresh(self) -> None:
        settings = self.session.settings
        self.idle.setCurrentIndex(max(0, self.idle.findData(settings.idle_minutes)))
        self.inactive.setCurrentIndex(max(0, self.inactive.findData(settings.inactive_minutes)))
        self.minimise.blockSignals(True)
        self.minimise.setChecked(settings.lock_on_minimise)
        self.minimise.blockSignals(False)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        vault = self.session.vault
        recovering = vault is not None and vault.opened_by == "recovery"
        self.recovery_banner.setVisible(recovering)
        self.old_pin.setVisible(not recovering)
        self.old_pin_label.setVisible(not recovering)
        self.bind.setChecked(bool(vault and vault.device_bound))
        self._recovery_state()

    def _recovery_state(self) -> None:
        # A code typed in this session (to open the vault, or on the Backups page) is
        # used by itself; no need to ask again.
        asking = self.session.vault is not None and not self.session.recovery_code_typed
        for widget in (self.recovery_code, self.recovery_code_label, self.recovery_hint):
            widget.setVisible(asking)
        self.recovery_behind.setVisible(self.session.recovery_behind)

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        self._recovery_state()  # the Backups page may have taken the code meanwhile
        super().showEvent(event)

    @property
    def recovering(self) -> bool:
        vault = self.session.vault
        return vault is not None and vault.opened_by == "recovery"

    def _save_lock(self) -> None:
        self._save(replace(self.session.settings, idle_minutes=int(self.idle.currentData()),
                           inactive_minutes=int(self.inactive.currentData()),
                           lock_on_minimise=self.minimise.isChecked()))

    def _save_language(self) -> None:
        self._save(replace(self.session.settings, language=str(self.language.currentData())))

    def _save(self, settings: Settings) -> None:
        """Stored first, then in force; if it cannot be stored the screen says so and
        shows the settings still in force."""
        try:
            self.session.save_settings(settings)
        except STORAGE_ERRORS as err:
            self.refresh()
            self.save_status.setText(why_not_changed(err))
            self.save_status.show()
            return
        self.save_status.hide()
        self.settingsChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.change_button.setEnabled(not busy)
        self.bind_button.setEnabled(not busy)

    def _change_pin(self) -> None:
        if self._busy:
            return
        old = None if self.recovering else self.old_pin.text()
        new, again = self.new_pin.text(), self.repeat_pin.text()
        if not is_pin(new):
            self.pin_status.setText(self.tr("A PIN is 6 to 16 digits."))
            return
        if self.session.portable and len(new) < PORTABLE_PIN_MIN:
            self.pin_status.setText(self.tr("On a USB stick a PIN needs at least 10 digits."))
            return
        if new != again:
            self.pin_status.setText(self.tr("The two new PINs are different."))
            return
        code = "" if self.session.recovery_code_typed else self.recovery_code.text()
        if code and not is_recovery_code(code):
            self.pin_status.setText(self.tr(
                "A recovery code has 24 digits. Nothing was changed."))
            return
        self._set_busy(True)
        self.pin_status.setText(self.tr("Changing…"))
        run_in_background(lambda: self.session.change_pin(new, old, recovery_code=code or None),
                          self._pin_done, self._pin_failed)

    def _pin_done(self, ok: object) -> None:
        self._set_busy(False)
        for field in (self.old_pin, self.new_pin, self.repeat_pin, self.recovery_code):
            field.clear()
        if not ok:
            self.pin_status.setText(self.tr("The current PIN is not right."))
            return
        if self.session.last_change_rekeyed:
            self.pin_status.setText(self.tr("Your PIN was changed."))
        else:
            self.pin_status.setText(self.tr(
                "Your PIN was changed, but the vault kept its key: type your recovery code "
                "once on the Backups page, then change the PIN again."))
        self.refresh()
        self.pinChanged.emit()

    def _pin_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongRecoveryCode):
            self.recovery_code.clear()
            self.pin_status.setText(self.tr(
                "That is not the recovery code of this vault. Nothing was changed: your "
                "PIN is still the old one."))
            return
        self.pin_status.setText(self.tr("The PIN could not be changed; the old one still works."))

    def _apply_binding(self) -> None:
        if self._busy:
            return
        pin, bind = self.bind_pin.text(), self.bind.isChecked()
        self._set_busy(True)
        self.bind_status.setText(self.tr("Applying…"))

        def work() -> bool:
            if bind and not self.session.keyring_is_secure():
                raise LookupError("no secure keyring")
            return self.session.change_pin(pin, pin, bind_device=bind)

        run_in_background(work, self._bind_done, self._bind_failed)

    def _bind_done(self, ok: object) -> None:
        self._set_busy(False)
        self.bind_pin.clear()
        if not ok:
            self.bind_status.setText(self.tr("That PIN is not right; nothing was changed."))
        elif self.session.vault is not None and self.session.vault.device_bound:
            self.bind_status.setText(self.tr("The vault is now tied to this computer."))
        else:
            self.bind_status.setText(self.tr("The vault is no longer tied to this computer."))
        self.refresh()

    def _bind_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.bind_pin.clear()
        if isinstance(error, LookupError):
            self.bind_status.setText(self.tr("This computer has no secure keyring."))
        else:
            self.bind_status.setText(self.tr("That did not work; nothing was changed."))
        self.refresh()
