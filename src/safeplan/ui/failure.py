"""What a screen tells her when something she did could not be written.

A failure of the disk or of the data file (a `VaultError`, an `OSError`) is
said plainly with what she can do, and what she typed stays on screen. Only
an unexpected error of the program itself reaches the global guard, which
locks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..vault import StorageFull, VaultError

# Failures of the computer or the file, never of the program: caught by the
# screens, so her work stays on screen.
STORAGE_ERRORS: tuple[type[BaseException], ...] = (VaultError, OSError)


def why_not_saved(error: BaseException, draft_kept: bool | None = None) -> str:
    """One or two sentences: what happened, what to do, and what became of her text
    (`draft_kept`: True kept as a draft, False only on screen, None: say nothing)."""
    if isinstance(error, StorageFull):
        text = QCoreApplication.translate(
            "SaveFailure", "Not saved: the disk is full. Free some space on this computer "
            "(empty the recycle bin, delete big files you do not need), then try again.")
    else:
        text = QCoreApplication.translate(
            "SaveFailure", "Not saved: the data file could not be written. Try again; if it "
            "keeps failing, export a report now so that a copy of what is saved is safe.")
    if draft_kept is True:
        text += " " + QCoreApplication.translate(
            "SaveFailure", "What you typed is still here, and kept as a draft.")
    elif draft_kept is False:
        text += " " + QCoreApplication.translate(
            "SaveFailure", "What you typed is still here: do not close this form.")
    return text


def why_not_changed(error: BaseException) -> str:
    """For a click that changes something (a tick, a move to the trash)."""
    if isinstance(error, StorageFull):
        return QCoreApplication.translate(
            "SaveFailure", "That change was not made: the disk is full. Free some space on "
            "this computer, then try again.")
    return QCoreApplication.translate(
        "SaveFailure", "That change was not made: the data file could not be written. Try "
        "again; if it keeps failing, export a report now.")
