"""Automatic lock: after idle time, on minimise, after a while in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class AutoLock(QObject):
    """Watches the whole application's input while the vault is open.

    Signals:
        lockRequested(): time to lock.
    """

    lockRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lockRequested.emit)
        self._background = QTimer(self)
        self._background.setSingleShot(True)
        self._background.timeout.connect(self.lockRequested.emit)
        self._active = False
        self._watching = False
        self.lock_on_minimise = True

    def configure(self, idle_ms: int, background_ms: int, lock_on_minimise: bool) -> None:
        """Times in milliseconds; 0 turns that trigger off."""
        # Stop first: setInterval on a running timer restarts it, and 0 would fire at once.
        self._idle.stop()
        self._background.stop()
        self._idle.setInterval(idle_ms)
        self._background.setInterval(background_ms)
        self.lock_on_minimise = lock_on_minimise
        if self._active:
            self.start()

    def start(self) -> None:
        if not self._watching:
            # Input is watched from the first start: a filter on the whole application
            # costs every event a call into Python, and at start the Python types of
            # most of Qt (see MainWindow._watch_escape).
            self._watching = True
            QGuiApplication.instance().installEventFilter(self)
            # Connected here, not at start: the signal carries a `Qt` namespace value,
            # and the first one makes PySide build all that namespace's enum types
            # (the calculator's first frame would wait for it; see calculator_view).
            QGuiApplication.instance().applicationStateChanged.connect(self._state_changed)
        self._active = True
        self._touch()

    def stop(self) -> None:
        self._active = False
        self._idle.stop()
        self._background.stop()

    def _touch(self) -> None:
        if self._active and self._idle.interval() > 0:
            self._idle.start()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if not self._active or self._background.interval() <= 0:
            return
        from PySide6.QtCore import Qt  # not at start: see calculator_view

        if state == Qt.ApplicationState.ApplicationActive:
            self._background.stop()
        else:
            self._background.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT:
            self._touch()
        return False
