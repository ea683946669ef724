"""The vault worker's one window: the open vault's screens, or the first-run setup.

It lives in the worker process (safeplan.worker) and is drawn inside the
calculator's own top-level window (the calculator hosts it with
QWindow.fromWinId + QWidget.createWindowContainer), so the window manager and
the taskbar see one window, titled and iconed as the calculator. Its dialogs are
made transient for the calculator's window (one taskbar entry, centred on it).

Whatever ends it (Esc, the Quick exit button, auto-lock, an error, the
calculator asking) goes through `lock(reason)`: the calculator is told first
(it hides this window at once by showing its own page), then the draft is
saved, the vault closed and the process ended with os._exit.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QStackedLayout, QWidget

from .. import ipc
from ..session import LANGUAGES, Session
from . import language
from .autolock import AutoLock
from .clipboard import VaultClipboard
from .language import calculator_title

MINUTE_MS = 60_000


class VaultWindow(QWidget):
    """Setup or the vault's shell, in a native window the calculator hosts.

    Attributes:
        shell: the vault's screens while open, else None.
        setup: the first-run setup while shown, else None.
    """

    def __init__(self, session: Session, send: Callable[..., None],
                 end: Callable[[], None] = lambda: os._exit(0)) -> None:
        super().__init__()
        self.setObjectName("vaultWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setWindowTitle(calculator_title())
        self.session = session
        self._send = send
        self._end = end
        self._pages = QStackedLayout(self)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self.shell = None
        self.setup = None
        self._painted = False
        self._locking = False
        self._owner: QWindow | None = None  # the calculator's top-level, for dialogs
        self.clipboard = VaultClipboard(lambda: self.session.unlocked, self)
        self.autolock = AutoLock(self)
        self.autolock.lockRequested.connect(lambda: self.lock("auto_lock"))

    # -- what it shows -------------------------------------------------------------

    def show_setup(self) -> None:
        from .setup_view import SetupView

        self.setup = SetupView(self.session)
        self.setup.finished.connect(self._setup_finished)
        self.setup.dismissed.connect(lambda: self.lock("setup_dismissed"))
        self._pages.addWidget(self.setup)
        self._pages.setCurrentWidget(self.setup)
        self._watch_keys()

    def _setup_finished(self) -> None:
        setup, self.setup = self.setup, None
        self.show_vault()
        if setup is not None:
            self._pages.removeWidget(setup)
            setup.deleteLater()

    def prepare(self) -> None:
        """Build the vault's screens, without any data, before the key is derived (the
        KDF runs on a thread that releases the GIL, so this thread is free meanwhile):
        a page per event-loop turn, then one hidden render that polishes the widgets,
        lays them out at the window's size and makes the glyphs and Qt's enum types a
        first paint needs. Nothing here is secret: no record is read before the key.
        `show_vault` uses them if the vault's language is the one they were built in."""
        if self.shell is not None or self.setup is not None:
            return
        from .shell import VaultShell

        self.shell = VaultShell(self.session, prepare_only=True)
        self._connect_shell()
        self._pages.addWidget(self.shell)
        self._pages.setCurrentWidget(self.shell)
        QTimer.singleShot(0, self._prepare_step)

    def _prepare_step(self) -> None:
        shell = self.shell
        if shell is None or shell.attached:
            return
        if shell.build_step():
            QTimer.singleShot(0, self._prepare_step)
        elif not self.isVisible():
            self.grab()  # thrown away; what a first paint would do, done now

    def _connect_shell(self) -> None:
        self.shell.quickExit.connect(lambda: self.lock("quick_exit"))
        self.shell.settingsChanged.connect(self._settings_changed)

    def show_vault(self, page: str | None = None) -> None:
        """The vault's screens (the session is unlocked); tells the calculator."""
        from .shell import VaultShell

        settings = self.session.settings
        self.autolock.configure(settings.idle_minutes * MINUTE_MS,
                                settings.inactive_minutes * MINUTE_MS,
                                settings.lock_on_minimise)
        if language.install(settings.language) and self.shell is not None:
            self._drop_shell()  # prepared in another language
        self.setWindowTitle(calculator_title())
        if self.shell is None:  # not prepared (setup came first, or another language)
            self.shell = VaultShell(self.session, prepare_only=True)
            self._connect_shell()
            self._pages.addWidget(self.shell)
        self.shell.fill_later = True
        self.shell.attach()
        if self._painted:  # setup was on screen, or the language changed
            self.shell.first_frame()
        self._pages.setCurrentWidget(self.shell)
        if page:
            self.shell.show_page(page)
        self._watch_keys()
        self.autolock.start()
        self._send(ipc.TRIED, 1)
        self._send_settings()

    def _drop_shell(self) -> None:
        old, self.shell = self.shell, None
        if old.attached:
            old.clear()
        self._pages.removeWidget(old)
        old.hide()
        old.setParent(None)
        old.deleteLater()

    def _watch_keys(self) -> None:
        """Esc and dialogs, application-wide; installed once the page is built (the
        thousands of events of building it through a Python filter cost ~0.1 s)."""
        QGuiApplication.instance().installEventFilter(self)

    def _send_settings(self) -> None:
        settings = self.session.settings
        self._send(ipc.SETTINGS, LANGUAGES.index(settings.language),
                   int(settings.lock_on_minimise))

    def _settings_changed(self) -> None:
        settings = self.session.settings
        self.autolock.configure(settings.idle_minutes * MINUTE_MS,
                                settings.inactive_minutes * MINUTE_MS,
                                settings.lock_on_minimise)
        self._send_settings()
        if language.install(settings.language) and self.shell is not None:
            # The vault's screens again in the new language, on the same page.
            self._drop_shell()
            self.setWindowTitle(calculator_title())
            self.show_vault("settings")

    def wanted_width(self) -> int:
        return self.shell.wanted_width() if self.shell is not None and self.shell.attached else 0

    def focus_first(self) -> None:
        """Keyboard focus to the page's first control (as a page of the calculator's
        own window gets it): the vault's sections list, or setup's first button."""
        page = self._pages.currentWidget()
        if page is None:
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus()

    def set_owner(self, window_id: int) -> None:
        """The calculator's top-level window: dialogs are made transient for it."""
        hosted = QGuiApplication.platformName() in ("xcb", "windows", "cocoa")
        self._owner = QWindow.fromWinId(window_id) if window_id and hosted else None

    # -- painting and input ----------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted and self.isVisible():  # not prepare()'s hidden render
            self._painted = True
            QTimer.singleShot(0, self._first_frame)

    def _first_frame(self) -> None:
        self._send(ipc.PAINTED)
        if self.shell is not None:
            self.shell.first_frame()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            self._own_dialog(watched)
        elif (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
              and event.key() == Qt.Key.Key_Escape):
            self.lock("setup_dismissed" if self.setup is not None and self.shell is None
                      else "quick_exit")
            return True
        return False

    def _own_dialog(self, dialog: QDialog) -> None:
        """Transient for the calculator's window: no taskbar entry of its own."""
        handle = dialog.windowHandle()
        if self._owner is not None and handle is not None:
            handle.setTransientParent(self._owner)
        dialog.setWindowTitle(calculator_title())

    # -- the end -----------------------------------------------------------------------

    def lock(self, reason: str) -> None:
        """Tell the calculator (it shows itself at once), save the draft, close, end."""
        if self._locking:
            return
        self._locking = True
        self._send(ipc.LOCKED, ipc.REASONS.index(reason))
        self.autolock.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.hide()
        self.clipboard.clear()
        unsaved = (self.shell.unsaved_work() if self.shell is not None and self.shell.attached
                   else None)
        vault = self.session.lock()
        try:
            if unsaved is not None:
                unsaved()
        except Exception:
            pass
        finally:
            if vault is not None:
                vault.close()
            self._end()
