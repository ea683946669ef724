"""What the vault puts on the clipboard: marked for clipboard managers, gone at the lock.

Text copied from the vault (Ctrl+C, a context menu, or on X11 just selecting it,
which sets the PRIMARY selection) is re-offered at once with the formats that
ask clipboard managers and histories to skip it: `x-kde-passwordManagerHint`
(Klipper, and others on Linux that honour it) and, on Windows, the
`ExcludeClipboardContentFromMonitorProcessing`, `CanIncludeInClipboardHistory`
and `CanUploadToCloudClipboard` formats. The re-offer happens inside the same
signal, before the event loop runs, so no other program can read the unmarked
version. At the lock, and before the app exits (Qt would otherwise hand the
clipboard to a clipboard manager), whatever the app still owns and marked is
cleared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication

KDE_HINT = "x-kde-passwordManagerHint"
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
DWORD_ZERO = QByteArray(b"\0\0\0\0")
MARKS: dict[str, QByteArray] = {
    KDE_HINT: QByteArray(b"secret"),
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): QByteArray(b"\0"),
    _WINDOWS.format("CanIncludeInClipboardHistory"): DWORD_ZERO,
    _WINDOWS.format("CanUploadToCloudClipboard"): DWORD_ZERO,
}
_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def is_marked(data: QMimeData | None) -> bool:
    return data is not None and data.hasFormat(KDE_HINT)


def marked_copy(data: QMimeData) -> QMimeData:
    """The same content with the marks that keep it out of clipboard histories."""
    copy = QMimeData()
    for fmt in data.formats():
        copy.setData(fmt, data.data(fmt))
    for fmt, value in MARKS.items():
        copy.setData(fmt, value)
    return copy


class VaultClipboard(QObject):
    """Marks what the app copies while `secret()` is true; `clear()` drops it.

    Attributes:
        secret: returns True while what the app copies may come from the vault.
    """

    def __init__(self, secret: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.secret = secret
        self._busy = False
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(lambda: self._changed(QClipboard.Mode.Clipboard))
        clipboard.selectionChanged.connect(lambda: self._changed(QClipboard.Mode.Selection))

    def _owns(self, mode: QClipboard.Mode) -> bool:
        clipboard = QGuiApplication.clipboard()
        if mode == QClipboard.Mode.Selection:
            return clipboard.supportsSelection() and clipboard.ownsSelection()
        return clipboard.ownsClipboard()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._busy or not self.secret() or not self._owns(mode):
            return
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData(mode)
        if data is None or is_marked(data) or not data.formats():
            return
        self._busy = True
        try:
            clipboard.setMimeData(marked_copy(data), mode)
        finally:
            self._busy = False

    def clear(self) -> None:
        """Empty the clipboard and the selection where they hold something from the vault."""
        clipboard = QGuiApplication.clipboard()
        for mode in _MODES:
            if self._owns(mode) and is_marked(clipboard.mimeData(mode)):
                self._busy = True
                try:
                    clipboard.clear(mode)
                finally:
                    self._busy = False
