"""The one window: a calculator, the first-run setup, or the open vault."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from ..calculator_settings import first_run_done, mark_first_run_done
from . import language
from .autolock import AutoLock
from .calculator_view import CalculatorView
from .language import calculator_title

if TYPE_CHECKING:
    from ..session import Session
    from .clipboard import VaultClipboard
    from .setup_view import SetupView
    from .shell import VaultShell
    from .worker_link import WorkerLink

MINUTE_MS = 60_000
CALCULATOR_SIZE = QSize(360, 540)
VAULT_SIZE = QSize(860, 640)
VAULT_MINIMUM = QSize(760, 480)  # below this the vault moves to the screen's corner


class MainWindow(QMainWindow):
    """Titled "Calculator" whatever it shows.

    Attributes:
        calculator: the calculator page (always present).
        shell: the vault page while unlocked, else None.
        setup: the first-run page until a vault exists, else None.
    """

    def __init__(self, session: Session | Callable[[], Session], icon: QIcon | None = None,
                 worker: WorkerLink | None = None, *, data_dir: Path | None = None) -> None:
        """`session` may be a function that makes it, with `data_dir` given: the
        calculator's process (app.create_window with a worker) makes its Session after the
        calculator's first frame (session.py and what it imports: ~10 ms on Xvfb)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(calculator_title())
        if icon is not None:
            self.setWindowIcon(icon)
        if callable(session):
            assert data_dir is not None, "a session made later needs its data folder now"
            self._session: Session | None = None
            self._make_session: Callable[[], Session] | None = session
        else:
            self._session, self._make_session = session, None
        self.data_dir = Path(data_dir) if data_dir is not None else session.data_dir
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.setCentralWidget(self.stack)
        self.calculator = CalculatorView()
        self.calculator.secretEntered.connect(self._secret_entered)
        self.stack.addWidget(self.calculator)
        self.shell: VaultShell | None = None
        self.setup: SetupView | None = None
        # One waiting attempt at most: a new PIN-shaped sum replaces the one not yet
        # started (each costs a full Argon2id run; 2 sums then the PIN took 4.2 s).
        self._attempts: deque[str] = deque(maxlen=1)
        self._trying = False
        self._calculator_place: tuple[QRect, bool] | None = None  # geometry, maximised
        self._moved_for_vault = False
        # Marks and clears what the vault's screens copy when they are drawn in this
        # process (no worker); made with the first of those screens (see _own_clipboard).
        self.clipboard: VaultClipboard | None = None
        self.autolock = AutoLock(self)
        self.autolock.lockRequested.connect(self.lock)
        # With a worker, the vault opens in that child process and this one never holds
        # a key or a decrypted record; without one (tests of the vault's screens) here.
        self.worker = worker
        self.vault_host: QWidget | None = None  # the worker's window, hosted here
        self._ahead: QWidget | None = None  # the same, made ahead of the key, hidden
        self._in_worker = False  # setup or the vault is on screen in the worker
        self._vault_open = False  # the vault is open in the worker
        self._separate = False  # the worker's window is its own top-level (no hosting)
        self._lock_on_minimise = True
        self._vault_language = ""  # her vault's language setting, once an unlock said it
        self._closing = False
        self._watching_escape = False
        self.stack.currentChanged.connect(self._watch_escape)
        self.vault_painted = False  # the worker's window has painted (for smoke and benches)
        self._watched_window: QObject | None = None  # see _watch_window
        if worker is not None:
            worker.ready.connect(self._place_worker)  # the vault's screens made ahead
            worker.tried.connect(self._worker_tried)
            worker.made.connect(self._host_ahead)
            worker.opened.connect(self._host_vault)
            worker.painted.connect(self._vault_painted)
            worker.settings.connect(self._worker_settings)
            worker.locked.connect(self._worker_locked)
            worker.gone.connect(self._vault_closed)
        # Small enough for 1366×768 at 200 % (683×384 logical, less a title bar).
        self.setMinimumSize(self.calculator.minimumSizeHint().expandedTo(QSize(240, 320)))
        self.resize(self._fit(CALCULATOR_SIZE))
        if not self._has_vault() and not first_run_done(self.data_dir):
            self._show_setup()  # the very first start only; then 000000 = brings it back
        self.calculator.setFocus()
        self.calculator.after_first_paint(self._watch_window)

    @property
    def session(self) -> Session:
        if self._session is None:
            assert self._make_session is not None
            self._session = self._make_session()
        return self._session

    def _has_vault(self) -> bool:
        from ..paths import vault_exists

        return vault_exists(self.data_dir)

    # -- pages -----------------------------------------------------------------

    def _show_setup(self) -> None:
        if self.worker is not None:  # the PIN and the new vault's key live there
            self._in_worker = True
            self._watch_escape()
            self._place_worker()
            self.worker.setup()
            return
        from .setup_view import SetupView  # not needed for the calculator's first frame

        self._own_clipboard()
        self.setup = SetupView(self.session)
        self.setup.finished.connect(self._setup_finished)
        self.setup.dismissed.connect(self._setup_dismissed)
        self.stack.addWidget(self.setup)
        self.stack.setCurrentWidget(self.setup)

    def _own_clipboard(self) -> None:
        """Before a screen of the vault or of setup is made in this process: what it
        copies is marked for clipboard managers and cleared at the lock. The calculator
        alone never needs it (it copies only its result), and with a worker the vault's
        screens copy from the worker's process, which clears its own."""
        if self.clipboard is None:
            from .clipboard import VaultClipboard

            self.clipboard = VaultClipboard(lambda: self.session.unlocked, self)

    def _drop_setup(self) -> None:
        if self.setup is not None:
            self.stack.removeWidget(self.setup)
            self.setup.setParent(None)
            self.setup.deleteLater()
            self.setup = None

    def _setup_dismissed(self) -> None:
        """Not now (or Esc): the calculator, from now on at every start; setup comes
        back only through the setup keys (`pins.SETUP_KEYS` then =) while no vault exists."""
        self._first_run_over()
        self.stack.setCurrentWidget(self.calculator)
        self.calculator.setFocus()
        if self.session.unlocked:
            self.lock()
        if self.setup is not None and (self.setup.flow.step not in ("welcome", "creating")
                                       or self._has_vault()):
            self._drop_setup()  # the vault exists: setup never comes back

    def _first_run_over(self) -> None:
        if not first_run_done(self.data_dir):
            mark_first_run_done(self.data_dir)

    def _setup_finished(self) -> None:
        self._first_run_over()
        self._drop_setup()
        self._show_shell()

    def _show_shell(self, page: str | None = None) -> None:
        if self.session.vault is None:
            return
        from .shell import VaultShell

        self._drop_setup()
        self._apply_settings()
        self._own_clipboard()
        self.shell = VaultShell(self.session)
        self.shell.quickExit.connect(self.lock)
        self.shell.settingsChanged.connect(self._settings_changed)
        self.stack.addWidget(self.shell)
        self.stack.setCurrentWidget(self.shell)
        if page:
            self.shell.show_page(page)
        if self._calculator_place is None:
            self._calculator_place = (self.geometry(), self.isMaximized())
            if not self.isMaximized():
                self._grow_for_vault()
        self.autolock.start()

    # -- size ------------------------------------------------------------------
    #
    # The calculator keeps a calculator's size (a vault-sized calculator would look
    # like nothing on her desktop), so the window does change size at unlock and at
    # lock. It is softened, not avoided: at unlock it grows from the calculator's
    # corner only as far as the screen allows (moving back onto the screen if it must);
    # at lock the calculator is painted first and only then does the window take back
    # the calculator's own geometry and state, so the shrink never shows the vault.

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _frame_margins(self) -> QMargins:
        """Title bar and borders added by the window manager (a guess before the first show)."""
        handle = self.windowHandle()
        margins = handle.frameMargins() if handle is not None and self.isVisible() else None
        if margins is None or margins.isNull():
            return QMargins(8, 40, 8, 8)
        return margins

    def _room(self, corner: QPoint) -> QSize:
        """Space for the window's inside from `corner` to the bottom right of the screen.

        One title bar more is kept free: some window managers (openbox) place a window
        that asks for a position with its frame, not its inside, at that position; and a
        few pixels for rounding at fractional scales (150 %)."""
        margins, area = self._frame_margins(), self._available()
        return QSize(area.right() + 1 - corner.x() - margins.right() - 2,
                     area.bottom() + 1 - corner.y() - margins.bottom() - margins.top() - 3)

    def _fit(self, wanted: QSize) -> QSize:
        margins, area = self._frame_margins(), self._available()
        return wanted.boundedTo(self._room(area.topLeft() + QPoint(margins.left(),
                                                                    margins.top()))
                                ).expandedTo(self.minimumSize())

    def _grow_for_vault(self) -> None:
        """Grow from where the calculator is when the vault fits there (no move, so no
        jump across the desktop); else move to the screen's top left corner."""
        here = self.geometry()
        room = self._room(here.topLeft())
        wanted = VAULT_SIZE
        if self.shell is not None:
            wanted = wanted.expandedTo(QSize(self.shell.wanted_width(), 0))
        if room.width() >= VAULT_MINIMUM.width() and room.height() >= VAULT_MINIMUM.height():
            self.resize(self.size().expandedTo(wanted).boundedTo(room))
            return
        self._moved_for_vault = True
        margins, area = self._frame_margins(), self._available()
        corner = area.topLeft() + QPoint(margins.left(), margins.top())
        self.setGeometry(QRect(corner, self._fit(self.size().expandedTo(wanted))))

    def _restore_calculator_place(self) -> None:
        if self._calculator_place is None:
            return
        geometry, maximised = self._calculator_place
        self._calculator_place = None
        moved, self._moved_for_vault = self._moved_for_vault, False
        if maximised:
            return
        if self.isMaximized() or self.isFullScreen():
            self.showNormal()
        if moved:
            self.setGeometry(geometry)
        else:
            self.resize(geometry.size())

    def _discard_shell(self, detach: bool = False) -> None:
        """Drop the vault's screens and every decrypted string they hold.

        The shell is deleted as soon as the current event is handled. A lock does not
        reparent it first (taking a tree this size out of the window costs ~60 ms,
        deleting it ~4 ms); a rebuild does, so the window holds only the new screens."""
        shell, self.shell = self.shell, None
        if shell is None:
            return
        shell.clear()
        self.stack.removeWidget(shell)
        shell.hide()
        if detach:
            shell.setParent(None)
        shell.deleteLater()

    def _apply_settings(self) -> bool:
        """Apply auto-lock and language; True if the language changed."""
        settings = self.session.settings
        self.autolock.configure(settings.idle_minutes * MINUTE_MS,
                                settings.inactive_minutes * MINUTE_MS,
                                settings.lock_on_minimise)
        if not language.install(settings.language):
            return False
        self.setWindowTitle(calculator_title())
        self.calculator.retranslate()
        return True

    def _settings_changed(self) -> None:
        if self._apply_settings() and self.shell is not None:
            # Rebuild the vault's screens in the new language, on the same page.
            self._discard_shell(detach=True)
            self._show_shell("settings")

    # -- unlock ----------------------------------------------------------------

    def _secret_entered(self, digits: str) -> None:
        from ..pins import is_secret_candidate, opens_setup

        if self.session.unlocked or not is_secret_candidate(digits):
            return
        if not self._has_vault():
            if opens_setup(digits):
                self.calculator.reset()
                if self.worker is not None:
                    if not self._in_worker:
                        self._show_setup()
                elif self.setup is None:
                    self._show_setup()
                else:
                    self.stack.setCurrentWidget(self.setup)
            return
        if self.worker is not None:
            if not self._in_worker:
                self._place_worker()
                self.worker.try_secret(bytearray(digits.encode("ascii")))
            return
        self._attempts.append(digits)
        self._next_attempt()

    # -- the vault in the worker process -----------------------------------------
    #
    # With a worker (the real app), this process never holds a key, a decrypted record
    # or a PIN past the hand-over: the sum goes to the worker in a wiped buffer, the
    # worker derives, opens and draws the vault into a window hosted in this one.

    def _place_worker(self) -> None:
        size = self.stack.size()
        if self._calculator_place is None and not self.isMaximized():
            size = size.expandedTo(self._room(self.geometry().topLeft()).boundedTo(VAULT_SIZE))
        self.worker.place(size.width(), size.height(), int(self.winId()), self._vault_language)

    def _worker_tried(self, opened: bool) -> None:
        if not opened:
            return
        self._in_worker = self._vault_open = True
        self._watch_escape()
        self._first_run_over()
        if self.vault_host is not None:  # setup made the vault: the vault's size now
            self._take_vault_place()

    def _take_vault_place(self) -> None:
        if self._calculator_place is None:
            self._calculator_place = (self.geometry(), self.isMaximized())
            if not self.isMaximized():
                self._grow_for_vault()

    def _host_ahead(self, host: QWidget) -> None:
        """The worker's window, hosted ahead of any key and hidden (a page not shown; the
        worker has not shown it either): after the key only showing it is left. Esc is
        watched from now on too (installing the first Python filter on the application
        costs ~20 ms, once per process: not after the key)."""
        self._ahead = host
        self.stack.addWidget(host)
        self.stack.setCurrentWidget(self.calculator)
        self._watch_escape()
        handle = self.windowHandle()
        if handle is not None and self.isVisible():
            self.worker.adopt(handle)

    def _host_vault(self, host: QWidget | None) -> None:
        """The worker's window, inside this one (or, where it cannot be hosted, beside
        it: this window hides once the worker's has painted)."""
        self._watch_window()  # done at the first frame; here too, should none have come
        self._in_worker = True
        self._watch_escape()
        self.calculator.reset()
        if host is None:
            self._separate = True
            return
        self.vault_host = host
        if self._ahead is not host:
            self._drop_ahead()
            self.stack.addWidget(host)
        self._ahead = None
        self.stack.setCurrentWidget(host)  # mapped now, so the worker's window can paint
        if self._vault_open:
            self._take_vault_place()

    def _vault_painted(self) -> None:
        self.vault_painted = True
        if self.vault_host is not None:
            self.vault_host.setFocus()
            self.worker.activate()  # the container took focus before the window could
        elif self._separate:
            self.hide()

    def _worker_settings(self, setting: str, lock_on_minimise: bool) -> None:
        self._lock_on_minimise = lock_on_minimise
        self._vault_language = setting
        if language.install(setting):
            self.setWindowTitle(calculator_title())
            self.calculator.retranslate()

    def _worker_locked(self, reason: int) -> None:
        from .. import ipc

        if ipc.REASONS[reason] == "setup_dismissed":
            self._first_run_over()
        self._vault_closed()

    def _vault_closed(self) -> None:
        """Locked in the worker, or the worker died: the calculator at once, a fresh worker."""
        host, self.vault_host = self.vault_host, None
        self._drop_ahead()
        self._in_worker = self._vault_open = self.vault_painted = False
        self._watch_escape()
        if self.stack.currentWidget() is not self.calculator:
            self.stack.setCurrentWidget(self.calculator)
            self.calculator.reset()
            self.repaint()  # the calculator painted into the vault-sized window, then it shrinks
        self.calculator.reset()
        self.calculator.setFocus()
        if host is not None and shiboken6.isValid(host):
            self.stack.removeWidget(host)  # the link deletes it
        self._restore_calculator_place()
        if self._separate:
            self._separate = False
            self.show()
            self.activateWindow()
        if self.worker is not None and not self._closing:
            QTimer.singleShot(self.worker.restart_delay_ms(), self.worker.start)

    def _drop_ahead(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None and shiboken6.isValid(ahead):
            self.stack.removeWidget(ahead)  # the link deletes it

    def _next_attempt(self) -> None:
        if self._trying or not self._attempts:
            return
        self._trying = True
        secret = self._attempts.popleft()
        from .background import run_in_background

        run_in_background(lambda: self.session.try_unlock(secret), self._attempt_done,
                          self._attempt_failed)

    def _attempt_done(self, opened: object) -> None:
        from ..session import Opened

        self._trying = False
        if not isinstance(opened, Opened):
            self._next_attempt()
            return
        self._attempts.clear()
        if self.session.unlocked:
            opened.vault.close()
            return
        self.session.accept(opened)
        self._show_shell()

    def _attempt_failed(self, _error: BaseException) -> None:
        self._trying = False
        self._next_attempt()

    # -- lock ------------------------------------------------------------------

    def lock(self) -> None:
        """Quick exit: the calculator on screen first, then drop every decrypted widget,
        close the vault and give the calculator back its own size.

        Order matters on a real screen: the calculator page is painted into the
        vault-sized window (`repaint()` paints and flushes to the X server before it
        returns) and only then does the window shrink, so no frame shows a shrunk vault.
        Measured with bench/x11_quick_exit.py. Text copied from the vault leaves the
        clipboard and the X selection here too (also before exit: app.main locks)."""
        self._close_dialogs()
        self.autolock.stop()
        self._attempts.clear()
        if self.worker is not None and (self._in_worker or self.vault_host is not None):
            self.worker.end()  # hides the hosted window now; the worker saves and exits
            self._vault_closed()
        if self.stack.currentWidget() is not self.calculator:
            self.calculator.reset()
            self.stack.setCurrentWidget(self.calculator)
            self.repaint()
        if self.clipboard is not None:
            self.clipboard.clear()
        unsaved = None
        if self.shell is not None:
            unsaved = self.shell.unsaved_work()
            self._discard_shell()
        self.calculator.reset()
        self.calculator.setFocus()
        self._restore_calculator_place()
        vault = self.session.lock()
        if vault is not None:
            def finish(vault=vault, unsaved=unsaved) -> None:
                try:
                    if unsaved is not None:
                        unsaved()
                finally:
                    vault.close()

            from .background import run_in_background

            run_in_background(finish)

    # -- input -----------------------------------------------------------------

    def _watch_escape(self) -> None:
        """Esc is watched application-wide (dialogs and editors would take it) only
        while the window shows something other than the calculator, or the worker has
        the vault or setup open.

        Not while the calculator shows: a Python filter on the whole application is
        handed every object that gets an event, and the first of Qt's private ones
        (QAnimationTimer, at start) makes PySide create the Python types and enums of
        nearly all of QtWidgets and QtGui, ~150 enum classes: a third of the time to
        the calculator's first frame (bench/x11_startup.py)."""
        wanted = (self.stack.currentWidget() is not self.calculator or self._in_worker
                  or self._ahead is not None)
        if wanted == self._watching_escape:
            return
        self._watching_escape = wanted
        app = QGuiApplication.instance()
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            return False
        from PySide6.QtCore import Qt  # not at start: see calculator_view

        if event.key() != Qt.Key.Key_Escape or not self._owns(watched):
            return False
        if self.setup is not None and self.stack.currentWidget() is self.setup:
            self._setup_dismissed()
            return True
        if self.session.unlocked or self._in_worker:
            self.lock()
            return True
        return False

    def _owns(self, watched: QObject) -> bool:
        """True for this window and anything in it, dialogs opened from it included."""
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parentWidget()
        return False

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget):
                widget.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentWidget() is self.calculator and self.calculator.handle_key(event):
            return
        super().keyPressEvent(event)

    def _watch_window(self) -> None:
        """From the calculator's first frame on: activation and minimising, told by the
        window's QWindow. Not `changeEvent`: PySide hands a Python override a plain
        QEvent, and the first one made it build the Python type of every QEvent
        subclass (53, ~10 ms) before the calculator's first frame. Nothing can be
        unlocked before that frame, so nothing is missed."""
        handle = self.windowHandle()
        if handle is None or self._watched_window is handle:
            return
        self._watched_window = handle
        handle.activeChanged.connect(self._activation_changed)
        handle.windowStateChanged.connect(self._window_state_changed)

    def _activation_changed(self) -> None:
        if self.isActiveWindow() and self.vault_host is not None and self.vault_painted:
            QTimer.singleShot(0, self.worker.activate)  # keys to the vault's window

    def _window_state_changed(self, _state: object = None) -> None:
        if (self.isMinimized()
                and ((self.session.unlocked and self.autolock.lock_on_minimise)
                     or (self._vault_open and self._lock_on_minimise))):
            self.lock()

    def closeEvent(self, event) -> None:
        self._closing = True
        if self.setup is not None and self.stack.currentWidget() is self.setup:
            self._first_run_over()  # closed on the welcome: it was seen all the same
        self.lock()
        if self.worker is not None:
            # A worker made ahead and waiting for a sum is not ended by the lock (only
            # an open vault or setup is); with the window gone it ends now, reaped off
            # this thread, rather than when this process exits and closes its pipe.
            self.worker.end()
        super().closeEvent(event)
