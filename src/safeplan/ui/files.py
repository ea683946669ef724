"""Qt's own file dialog, set up so that it leaves no trace of where she looked.

The native dialogs write the desktop's "recent files" list. Qt's own dialog
does not, but it saves its history and last folder to QtProject.conf through
QSettings when it closes; `forget_dialog_history()` points Qt's user settings
at a path that cannot be created, so nothing is written anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

if TYPE_CHECKING:  # QFileDialog's Python type is built when a dialog is first opened
    from PySide6.QtWidgets import QFileDialog, QWidget

_NOWHERE = "/dev/null"  # a file, so "/dev/null/QtProject.conf" can never be created


def forget_dialog_history() -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _NOWHERE)


def calculator_title() -> str:
    """The one title any window of the app shows, in her language."""
    return QCoreApplication.translate("MainWindow", "Calculator")


def file_dialog(parent: QWidget, purpose: str, name: str, *, save: bool = False,
                many: bool = False, folder: bool = False) -> QFileDialog:
    """A window-modal dialog to show with `.open()` (no nested event loop, so a quick
    exit simply closes it). Connect `fileSelected` / `filesSelected` first.

    The title is the calculator's, never `purpose`: window managers show titles in
    taskbars, window lists and Alt+Tab. With a parent, Qt marks the dialog transient
    for the main window with the dialog window type, so taskbars leave it out
    (checked with xprop in tests/x11/test_windows.py). `purpose` stays available to
    screen readers as the accessible description."""
    from PySide6.QtWidgets import QFileDialog, QTreeView

    forget_dialog_history()
    dialog = QFileDialog(parent, calculator_title())
    dialog.setObjectName(name)
    dialog.setAccessibleName(calculator_title())
    dialog.setAccessibleDescription(purpose)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # The detail columns as wide as their titles ("Дата изменения", "Өзгертілген күні").
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        for column in range(header.count()):
            header.resizeSection(column, max(header.sectionSize(column),
                                             header.sectionSizeFromContents(column).width()))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many
                           else QFileDialog.FileMode.ExistingFile)
    return dialog
