"""The vault worker: a child process of the calculator that derives the key and, on
success, holds the open vault and draws its screens (ui/vault_window.py) into a
native window that the calculator hosts inside its own top-level window. First-run
setup, restore and the recovery-code path run here too, so the calculator process
never holds a vault key, a decrypted record or the KDF's memory.

It never outlives a lock: on quick exit, auto-lock, an error or QUIT it tells the
calculator first (which hides the hosted window at once), then saves the draft,
closes the vault and ends with os._exit, so every page it used goes back to the
operating system. The calculator starts a fresh one for the next attempt, after
its own first frame. It is started ahead of time and loads what an unlock needs
(Qt, the vault, the shell's modules) before saying READY, so an unlock costs about
the KDF's time.

    python -m safeplan --engine DATA_DIR [--portable]     (the frozen binary: Calculator --engine)

Only the newest PIN-shaped sum is derived: one runs, at most one waits, and a new
sum replaces the waiting one (wiped).

Protocol: safeplan.ipc over stdin/stdout (OS pipes).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import ipc
from .hardening import forbid_dumps


def _protocol_fds() -> tuple[int, int]:
    """stdin/stdout become the protocol's pipes; print() and Qt's messages go nowhere."""
    reading = os.dup(0)
    writing = os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    return reading, writing


def _load_ahead() -> None:
    """What an unlock needs (the vault, cryptography, the shell's screens), loaded now,
    on a thread at low priority: the calculator stays quick meanwhile. Linux niceness
    is per thread, so the key derivation (started later from the main thread) runs at
    normal priority; a whole worker at nice 10 took 9 s for a cheap-KDF attempt on a
    busy machine, and an unprivileged process can never raise its priority back."""

    def load() -> None:
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        import safeplan.ui.setup_view
        import safeplan.ui.shell
        import safeplan.vault  # noqa: F401

    loader = threading.Thread(target=load, name="load", daemon=True)
    loader.start()
    loader.join()


def main(argv: list[str] | None = None, session_factory: Callable[..., Any] | None = None,
         prepare: Callable[[], None] | None = None) -> int:
    """Run the worker. Tests pass a `session_factory` with a cheap KDF; `prepare` runs
    once Qt exists (test-only styling)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir, portable = Path(argv[0]), "--portable" in argv[1:]
    forbid_dumps()  # reset by exec: the calculator's own call does not reach here
    os.umask(0o077)
    from .app import set_process_name

    set_process_name()
    reading, writing = _protocol_fds()
    # Not niced: a worker at nice 10 on a busy machine took 9 s to answer a cheap-KDF
    # attempt (it gets ~1/10 of a core's share) and an unprivileged process can never
    # raise its priority back. The calculator starts it after its own first frame.
    from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from .session import Session
    from .ui import language, theme

    app = QApplication(["calculator"])
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("Calculator")
    app.setDesktopFileName("calculator")
    from .app import app_icon

    app.setWindowIcon(app_icon())
    theme.apply(app, None)
    language.install("")
    if prepare is not None:
        prepare()
    session = (session_factory or Session)(data_dir, portable=portable)

    def send(kind: int, *values: int) -> None:
        try:
            ipc.write_all(writing, ipc.frame(kind, *values))
        except OSError:  # the calculator is gone
            os._exit(0)

    class Results(QObject):
        tried = Signal(object)
        failed = Signal()

    results = Results()
    # window: the vault's window, made ahead (prepared) or for setup; open: it shows the
    # vault or setup (until then no attempt is refused and nothing is locked).
    state: dict[str, Any] = {"pending": None, "busy": False, "size": (360, 540),
                             "window": None, "owner": 0, "open": False, "language": None,
                             "adopted": False}

    def derive(secret: bytearray) -> None:
        text = secret.decode("ascii")
        ipc.wipe(secret)
        try:
            opened = session.try_unlock(text)
        except Exception:  # a damaged or unreadable vault: a calculation, noted inside
            opened = None
        del text
        results.tried.emit(opened)

    def next_attempt() -> None:
        if state["busy"] or state["pending"] is None or state["open"]:
            return
        secret, state["pending"] = state["pending"], None
        state["busy"] = True
        threading.Thread(target=derive, args=(secret,), daemon=True).start()

    def make_window():
        if state["window"] is not None:
            return state["window"]
        from .ui.vault_window import VaultWindow

        window = VaultWindow(session, send)
        window.resize(*state["size"])
        window.set_owner(state["owner"])
        state["window"] = window
        return window

    def prepare() -> None:
        """The vault's screens made ahead, in the language the calculator last saw her
        use, at the size it asked for; the key is derived meanwhile (or not asked yet)."""
        if state["window"] is not None or state["open"] or not session.has_vault():
            return
        language.install(state["language"] or "")
        window = make_window()
        window.prepare()
        send(ipc.MADE, int(window.winId()))  # hosted (hidden) by the calculator ahead

    def reveal(window) -> None:
        """The vault's window on screen with the keyboard on its first control, once
        (after the key if adopted ahead, else at the calculator's SHOW)."""
        if not window.isVisible():
            window.show()
            window.focus_first()

    def tried(opened: object) -> None:
        state["busy"] = False
        if opened is None:
            send(ipc.TRIED, 0)
            next_attempt()
            return
        if state["pending"] is not None:
            ipc.wipe(state["pending"])
            state["pending"] = None
        if state["open"]:  # opened by setup meanwhile: not this one
            opened.vault.close()
            return
        session.accept(opened)
        state["open"] = True
        window = make_window()
        window.show_vault()
        send(ipc.WINDOW, int(window.winId()))
        if state["adopted"]:  # a child of the calculator's window already: no SHOW to wait
            reveal(window)

    results.tried.connect(tried)

    def guard(*_args: object) -> None:  # any error: lock (the calculator shows), no traceback
        if state["open"]:
            state["window"].lock("error")
        os._exit(0)

    sys.excepthook = lambda *a: guard()
    threading.excepthook = lambda a: results.failed.emit()
    results.failed.connect(guard)
    reader = ipc.Reader()

    def incoming() -> None:
        try:
            data = os.read(reading, 4096)
        except BlockingIOError:
            return
        if not data:
            quit_now()
        try:
            messages = reader.feed(data)
        except ipc.ProtocolError:
            quit_now()
            return
        for message in messages:
            handle(message)

    def handle(message: ipc.Message) -> None:
        window = state["window"]
        if message.kind == ipc.TRY:
            if state["pending"] is not None:  # only the newest sum is derived
                ipc.wipe(state["pending"])
            state["pending"] = message.secret
            next_attempt()
        elif message.kind == ipc.PLACE:
            state["size"], state["owner"] = message.values[:2], message.values[2]
            state["language"] = ipc.LANGUAGES[message.values[3]]
            if window is not None:
                window.resize(*state["size"])
                window.set_owner(state["owner"])
            QTimer.singleShot(0, prepare)
        elif message.kind == ipc.SHOW and window is not None and state["open"]:
            reveal(window)
        elif message.kind == ipc.ADOPTED and window is not None and not state["open"]:
            state["adopted"] = True
        elif message.kind == ipc.SETUP and not state["open"] and not session.has_vault():
            state["open"] = True
            window = make_window()
            window.show_setup()
            send(ipc.WINDOW, int(window.winId()))
        elif message.kind == ipc.QUIT:
            quit_now()

    def quit_now() -> None:
        if state["open"]:
            state["window"].lock("quit")
        os._exit(0)

    os.set_blocking(reading, False)
    notifier = QSocketNotifier(reading, QSocketNotifier.Type.Read)
    notifier.activated.connect(incoming)
    # Ctrl+C in a terminal reaches the whole group: the calculator handles it and sends
    # QUIT. SIGTERM for this process alone locks (the draft is saved) and ends quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    wake_read, wake_write = os.pipe()
    for fd in (wake_read, wake_write):
        os.set_blocking(fd, False)
    signal.signal(signal.SIGTERM, lambda *_: None)
    signal.set_wakeup_fd(wake_write, warn_on_full_buffer=False)
    terminated = QSocketNotifier(wake_read, QSocketNotifier.Type.Read)
    terminated.activated.connect(quit_now)
    _load_ahead()
    send(ipc.READY)
    app.exec()
    os._exit(0)


if __name__ == "__main__":
    main()
