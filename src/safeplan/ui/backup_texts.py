"""What each backup failure says to her: one clear sentence per cause, nothing technical."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def error_text(error: BaseException) -> str:
    from ..vault import StorageFull
    from ..vault import backup as b

    tr = QCoreApplication
    if isinstance(error, b.NotABackup):
        return tr.translate("Backup", "This file is not a backup made by this app.")
    if isinstance(error, b.BackupTooNew):
        return tr.translate("Backup", "This backup was made by a newer version of the app. "
                            "Update the app, then restore it.")
    if isinstance(error, b.WrongSecret):
        return tr.translate("Backup", "That code does not open this backup. Check the "
                            "digits and try again.")
    if isinstance(error, b.BackupTruncated):
        return tr.translate("Backup", "This backup is incomplete: it was cut off while being "
                            "copied. Use another copy.")
    if isinstance(error, b.BackupDamaged):
        return tr.translate("Backup", "This backup is damaged: some of its bytes were "
                            "changed. Use another copy.")
    if isinstance(error, b.BackupCancelled):
        return tr.translate("Backup", "Cancelled. Nothing was written and nothing was "
                            "changed.")
    if isinstance(error, b.DestinationFull):
        return tr.translate("Backup", "There is no room left there. Nothing was written; an "
                            "earlier backup there is unchanged.")
    if isinstance(error, b.DestinationReadOnly):
        return tr.translate("Backup", "That place cannot be written to (is the stick locked "
                            "or read-only?). Nothing was changed.")
    if isinstance(error, b.DestinationGone):
        return tr.translate("Backup", "The place disappeared while writing (was the stick "
                            "removed?). Nothing was changed: plug it in and try again.")
    if isinstance(error, b.BackupUnreadable):
        return tr.translate("Backup", "The backup was written but does not read back "
                            "correctly, so it cannot be trusted. Try another stick or folder.")
    if isinstance(error, StorageFull):
        return tr.translate("Backup", "This computer's disk is full. Nothing was changed.")
    if isinstance(error, PermissionError):
        return tr.translate("Backup", "That PIN is not right. Nothing was written.")
    if isinstance(error, FileExistsError):
        return tr.translate("Backup", "A vault already exists here. Nothing was changed.")
    if isinstance(error, OSError):
        return tr.translate("Backup", "That file cannot be read. Nothing was changed.")
    return tr.translate("Backup", "That did not work. Nothing was changed.")
