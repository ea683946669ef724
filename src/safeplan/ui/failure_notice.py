"""A small notice at the top of the vault: what failed at earlier unlocks, and when.

A damaged vault, a file that could not be read or a keyring that did not
answer look like a calculator at the time (whoever is watching learns
nothing); the vault noted it, and this says so plainly once she is inside.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..vault import Failure
from .widgets import button, label


class FailureNotice(QFrame):
    """Lists the failures; "OK" hides it (the vault has already forgotten them)."""

    def __init__(self, failures: Sequence[Failure], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failureNotice")
        self.setAccessibleName(self.tr("Problems at earlier attempts to open"))
        self.setProperty("role", "card")
        lines = [self.describe(f) for f in failures]
        self.text = label("\n".join(lines), name="failureNoticeText")
        self.text.setAccessibleName(self.accessibleName())
        self.dismiss = button(self.tr("OK"), "failureNoticeDismiss",
                              accessible=self.tr("Hide this notice"))
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)

    def describe(self, failure: Failure) -> str:
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(failure.when)),
                                  QLocale.FormatType.ShortFormat)
        if failure.what == "keyring":
            text = self.tr("{when}: the vault could not be opened because this computer's "
                           "keyring did not answer (it may have been locked). Nothing was "
                           "lost.")
        elif failure.what == "unreadable":
            text = self.tr("{when}: the vault file could not be read (it was busy, or the "
                           "disk had a problem). Nothing was changed. If this happens again, "
                           "make an export or a backup soon.")
        elif failure.what == "loose":
            text = self.tr("{when}: pieces of a stored file that nothing describes were found "
                           "(an import cut off by a crash, or a file's record removed outside "
                           "the app). Without it they cannot be opened, so they were removed.")
        elif failure.what == "rescued":
            text = self.tr("{when}: the vault file was damaged (cut short or partly "
                           "overwritten). Everything that could still be read was opened; the "
                           "damaged file was kept unchanged beside it, under the same name "
                           "with a number added. Make an export now.")
        else:
            text = self.tr("{when}: part of the vault's key data was damaged, so it could "
                           "not be opened with that secret. Make an export now and keep your "
                           "recovery code safe.")
        return text.format(when=when)
