"""Qt's own file dialog, set up so that it leaves no trace of where she looked.

The native dialogs write the desktop's "recent files" list. Qt's own dialog
does not, but it saves its history and last folder to QtProject.conf through
QSettings when it closes; `forget_dialog_history()` points Qt's user settings
at a path that cannot be created, so nothing is written anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QSettings,
)

from .language import calculator_title
from .sizes import size_text

if TYPE_CHECKING:  # QFileDialog's Python type is built when a dialog is first opened
    from PySide6.QtWidgets import QFileDialog, QWidget

_NOWHERE = "/dev/null"  # a file, so "/dev/null/QtProject.conf" can never be created


def forget_dialog_history() -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _NOWHERE)


# Qt.ItemDataRole.DisplayRole by number: this module is imported before the calculator's
# first frame, and importing `Qt` builds all of its namespace's enum types (see
# calculator_view; tests/test_startup.py).
_DISPLAY = 0


class _InHerLanguage(QIdentityProxyModel):
    """Qt's file model as the dialog shows it, with sizes and dates in her language.

    QFileSystemModel writes them with QLocale::system(), the system's locale, whatever
    language the app speaks: on an English system a Kazakh dialog said "64 bytes" and
    "25 11 2026 23:11". Here they are written with the app's locale (QLocale's default,
    kept in step by ui/language.py) and our catalogue's units (ui/sizes.py). Sorting
    still goes to the file model (QAbstractProxyModel forwards it): by bytes, by time."""

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and index.column() in (_SIZE, _MODIFIED):
            model = self.sourceModel()
            inner = self.mapToSource(index)
            if index.column() == _SIZE:
                return "" if model.isDir(inner) else size_text(model.size(inner))
            return QLocale().toString(model.lastModified(inner), QLocale.FormatType.ShortFormat)
        return super().data(index, role)


_SIZE, _TYPE, _MODIFIED = 1, 2, 3  # QFileSystemModel's columns: name, size, type, date


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
    dialog.setProxyModel(_InHerLanguage(dialog))
    # The detail columns as wide as their titles ("Дата изменения", "Өзгертілген күні"), and
    # the types as wide as a type's name in Russian or Kazakh ("Изображение JPEG", "MPEG-4
    # видеосы"): Qt's width, made for "jpg File", cut them to "Из…EG", "RP…лы" on screen.
    # The dialog as wide as the vault's window (860 px) to make room.
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        for column in range(header.count()):
            header.resizeSection(column, max(header.sectionSize(column),
                                             header.sectionSizeFromContents(column).width()))
        header.resizeSection(_TYPE, max(header.sectionSize(_TYPE),
                                        view.fontMetrics().averageCharWidth() * 30))
    dialog.resize(max(dialog.width(), 860), max(dialog.height(), 480))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many
                           else QFileDialog.FileMode.ExistingFile)
    return dialog
