"""The calculator's side of the vault worker: start it, hand it a sum, host its window.

The worker is started after the calculator's first frame and again after every lock.
What the calculator sends it holding a secret is built in a bytearray and wiped
once written. Its window is hosted in the calculator's own top-level window
(QWindow.fromWinId + QWidget.createWindowContainer), so the window manager and
the taskbar only ever see the calculator; hiding the host hides the vault at once.
Where the platform cannot host another process's window (Qt's offscreen platform;
native Wayland, which app.main avoids by asking for XWayland), `opened` carries
None and the worker's window is shown as a top-level of its own in the
calculator's place while the calculator hides.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .. import ipc

if TYPE_CHECKING:
    import subprocess

    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QWidget

# The calculator makes its WorkerLink before its first frame and starts the worker after
# it: the Qt classes that only a running worker needs (the pipe's notifier, the hosted
# window) are imported where they are used. The first sight of a Qt class has PySide
# build its Python type and enums (QWindow's, QSocketNotifier's: ~2 ms on Xvfb, with
# threading, before the calculator's first frame).

RESTART_DELAYS_MS = (0, 0, 5_000, 30_000)  # by workers that died in a row
WORKER_FLAG = "--engine"  # what `ps` shows of the frozen binary's child: Calculator --engine


def worker_command(data_dir: Path, portable: bool = False) -> list[str]:
    extra = ["--portable"] if portable else []
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, str(data_dir), *extra]
    return [sys.executable, "-m", "safeplan", WORKER_FLAG, str(data_dir), *extra]


class WorkerLink(QObject):
    """One worker process at a time.

    Signals:
        ready(): the worker is started and has loaded what an unlock needs.
        tried(bool): one derivation finished (True: the vault is open in the worker).
        made(object): the worker's window, made ahead of any key and hosted in a
            hidden QWidget (the calculator adds it to its pages without showing it),
            so that after the key only showing it is left; not on platforms that
            cannot host it.
        opened(object): the worker's window, hosted in a QWidget; None when this
            platform cannot host it (the worker shows it as its own top-level).
        painted(): its first frame is painted.
        settings(str, bool): her language and whether minimising locks.
        locked(int): the vault closed (reason, see ipc.REASONS); the worker ends.
        gone(): the worker ended without saying so (a crash).
    """

    ready = Signal()
    tried = Signal(bool)
    made = Signal(object)
    opened = Signal(object)
    painted = Signal()
    settings = Signal(str, bool)
    locked = Signal(int)
    gone = Signal()

    def __init__(self, command: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._proc: subprocess.Popen | None = None
        self._notifier: QSocketNotifier | None = None
        self._reader: ipc.Reader | None = None  # made by start()
        self.host: QWidget | None = None
        self._foreign: QWindow | None = None  # the worker's window, seen from here
        self._ahead: int = 0  # the id of the window hosted ahead (MADE), 0 if none
        self.is_ready = False
        # Workers that ended without being asked (no lock, no QUIT), in a row, whatever
        # they said before: one whose loading failed says READY, then its guard ends it;
        # counting only deaths before READY restarted such a worker every ~0.7 s forever.
        self.failures = 0

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None

    def start(self) -> None:
        if self._proc is not None:
            return
        import subprocess  # here: 300 ms after the first frame, which need not wait for it

        from PySide6.QtCore import QSocketNotifier

        self._reader = ipc.Reader()
        self.is_ready = False
        self._proc = subprocess.Popen(self._command(), stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                      bufsize=0, close_fds=True)
        fd = self._proc.stdout.fileno()
        os.set_blocking(fd, False)
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._incoming)

    def try_secret(self, digits: bytearray) -> None:
        """Hand a PIN-shaped sum over; `digits` and the frame are wiped here."""
        if self._proc is None:
            self.start()
        frame = ipc.secret_frame(digits)
        try:
            ipc.write_all(self._proc.stdin.fileno(), frame)
        except OSError:
            self._ended()
        finally:
            ipc.wipe(frame)
            ipc.wipe(digits)

    def place(self, width: int, height: int, owner: int, language: str = "") -> None:
        """Where and how big the vault's window will be, and the language her vault last
        named: the worker builds the vault's screens ahead with these."""
        self._send(ipc.frame(ipc.PLACE, width, height, owner, ipc.LANGUAGES.index(language)))

    def setup(self) -> None:
        """Ask for the first-run setup (a vault is made or restored in the worker)."""
        self.start()
        self._send(ipc.frame(ipc.SETUP))

    def end(self) -> None:
        """Drop the hosted window now; ask the worker to close the vault and exit."""
        self._drop_host()
        if self._proc is not None:
            self.failures = 0  # it lived until asked to end
        self._send(ipc.frame(ipc.QUIT))
        self._forget()

    def _send(self, data: bytes) -> None:
        if self._proc is None:
            return
        try:
            ipc.write_all(self._proc.stdin.fileno(), data)
        except OSError:
            self._ended()

    def _incoming(self) -> None:
        if self._proc is None or self._reader is None:
            return
        try:
            data = os.read(self._proc.stdout.fileno(), 4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._ended()
            return
        try:
            messages = self._reader.feed(data)
        except ipc.ProtocolError:
            self.end()
            self.gone.emit()
            return
        for message in messages:
            self._handle(message)

    def _handle(self, message: ipc.Message) -> None:
        if message.kind == ipc.READY:
            self.is_ready = True
            self.ready.emit()
        elif message.kind == ipc.TRIED:
            if message.values[0]:
                self.failures = 0  # it opened the vault: it works
            self.tried.emit(bool(message.values[0]))
        elif message.kind == ipc.MADE:
            # Made ahead: making the host costs the calculator's GUI thread ~50-75 ms
            # (bench/x11_unlock.py --probe), paid now rather than after the key. Hidden:
            # the worker's window is not shown, and the host is not either until WINDOW.
            if _can_host() and self.host is None:
                self._ahead = message.values[0]
                self._make_host(self._ahead)
                self.made.emit(self.host)
        elif message.kind == ipc.WINDOW:
            if not _can_host():
                self._drop_host()
            elif self.host is None or message.values[0] != self._ahead:
                self._drop_host()
                self._make_host(message.values[0])
            self._ahead = 0
            self.opened.emit(self.host)
            if self._foreign is not None:
                # Adopted ahead, the container did not reparent it and may not have shown
                # it: Qt here must know it is shown, or hiding it at a lock would not
                # unmap it (the vault would stay on screen until the worker ends).
                self._foreign.show()
            self._send(ipc.frame(ipc.SHOW))
        elif message.kind == ipc.PAINTED:
            self.painted.emit()
        elif message.kind == ipc.SETTINGS:
            self.settings.emit(ipc.LANGUAGES[message.values[0]], bool(message.values[1]))
        elif message.kind == ipc.LOCKED:
            self.failures = 0
            self._drop_host()
            self._forget()
            self.locked.emit(message.values[0])

    def activate(self) -> None:
        """Keyboard focus to the hosted window. The window manager gives focus to the
        calculator's top-level only, and Qt defers activating a foreign window until it
        has seen it mapped, which it never does (it does not watch another client's
        window): so on X11 the focus is set here with xcb_set_input_focus."""
        if self.host is None or self._foreign is None:
            return
        _x11_focus(int(self._foreign.winId()))

    def adopt(self, parent: QWindow) -> None:
        """The window made ahead becomes a child of `parent` (the calculator's top-level)
        now, still hidden (neither side has shown it); the worker is told, and after the
        key it shows the window itself: one event-loop round trip less (SHOW) between
        the key and the vault's first frame. Until then a window the worker shows would be
        a top-level of its own."""
        if self._foreign is None or not self._ahead:
            return
        self._foreign.setParent(parent)
        self._send(ipc.frame(ipc.ADOPTED))

    def _make_host(self, window_id: int) -> None:
        from PySide6.QtGui import QWindow
        from PySide6.QtWidgets import QWidget

        window = self._foreign = QWindow.fromWinId(window_id)
        self.host = QWidget.createWindowContainer(window)
        self.host.setObjectName("vaultHost")
        self.host.setAccessibleName(" ")

    def _drop_host(self) -> None:
        foreign, self._foreign = self._foreign, None
        self._ahead = 0
        if foreign is not None:
            foreign.hide()  # unmapped now, whoever mapped it
        host, self.host = self.host, None
        if host is not None:
            host.hide()  # the vault off screen now; the window takes it out of its pages
            host.deleteLater()

    def restart_delay_ms(self) -> int:
        """How long to wait before the next worker: at once after a lock or a first
        death, then 5 s, then 30 s between workers that keep dying."""
        return RESTART_DELAYS_MS[min(self.failures, len(RESTART_DELAYS_MS) - 1)]

    def _ended(self) -> None:
        self.failures += 1
        self._drop_host()
        self._forget()
        self.gone.emit()

    def _forget(self) -> None:
        """Stop listening; the worker ends itself (os._exit) or is ended here."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.is_ready = False
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
            import threading

            threading.Thread(target=_reap, args=(proc,), daemon=True).start()


def _reap(proc: subprocess.Popen) -> None:
    """Off the GUI thread: the worker saves the draft and exits; ended if it hangs."""
    import subprocess

    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.stdout.close()


def _can_host() -> bool:
    """Platforms whose windows can be hosted by id (Qt's ForeignWindows capability)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() in ("xcb", "windows", "cocoa")


def _x11_focus(window_id: int) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None or app.platformName() != "xcb":
        return
    try:
        import ctypes

        connection = app.nativeInterface().connection()
        xcb = ctypes.CDLL("libxcb.so.1")
        xcb.xcb_set_input_focus.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32,
                                            ctypes.c_uint32]
        xcb.xcb_set_input_focus.restype = ctypes.c_uint
        xcb.xcb_flush.argtypes = [ctypes.c_void_p]
        xcb.xcb_set_input_focus(connection, 2, window_id, 0)  # revert to parent, now
        xcb.xcb_flush(connection)
    except (OSError, AttributeError):
        pass
