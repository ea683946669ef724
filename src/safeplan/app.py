"""Wiring: arguments, paths, the Qt application, translations, the main window.

Nothing heavy is imported here before the first frame: the vault (and
`cryptography`) loads on the first unlock attempt.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import boot, paths

if TYPE_CHECKING:
    import argparse

    from .ui.main_window import MainWindow
    from .vault import DeviceKeyring, KdfPolicy

APP_TITLE = "Calculator"
DESKTOP_NAME = "calculator"


def set_process_name(name: str = DESKTOP_NAME) -> None:
    """What `top` and `ps -c` show (Linux); the frozen binary is already named Calculator."""
    boot.set_process_name(name)


def install_translation(language: str = "") -> bool:
    """Our catalogues and Qt's for `language` ("" = the system's); see ui/language.py."""
    from .ui import language as ui_language

    return ui_language.install(language)


# Our icon, pre-rendered from resources/icons/calculator.svg (scripts/render_icon.py).
# Not the SVG at start: Qt loaded its SVG plugin and rendered the SVG, text and font
# included, at 4 sizes for the window and again for the application (~12 ms with the
# theme lookup below, on Xvfb) before the calculator's first frame.
ICON_SIZES = (16, 24, 32, 48, 64, 128)  # all are sent to the window manager (_NET_WM_ICON)
DESKTOP_ICON = "accessories-calculator"  # the freedesktop name of a calculator's icon

_own_icon: QIcon | None = None
_icon: QIcon | None = None


def own_icon() -> QIcon:
    """Our calculator icon (made once: the application's and the window's are one)."""
    global _own_icon
    if _own_icon is None:
        _own_icon = QIcon()
        for size in ICON_SIZES:
            _own_icon.addFile(str(paths.resource("icons", f"calculator-{size}.png")))
    return _own_icon


def desktop_icon() -> QIcon | None:
    """The desktop's own calculator icon, or None when its icon theme has none.
    Looking it up reads the theme's index and folders (~11 ms with hicolor alone)."""
    themed = QIcon.fromTheme(DESKTOP_ICON)
    return None if themed.isNull() else themed


def app_icon() -> QIcon:
    """The desktop's own calculator icon when it has one, else ours (made once)."""
    global _icon
    if _icon is None:
        _icon = desktop_icon() or own_icon()
    return _icon


def use_desktop_icon(app: QApplication, window: Any) -> None:
    """After the first frame: the desktop's calculator icon in place of ours, as the
    system's calculator shows it (the window shows ours for its first frame)."""
    themed = desktop_icon()
    if themed is not None:
        app.setWindowIcon(themed)
        window.setWindowIcon(themed)


def create_window(
    data_dir: str | os.PathLike[str],
    *,
    policy: KdfPolicy | None = None,
    device_factory: Callable[[], DeviceKeyring | None] | None = None,
    dark: bool | None = None,
    portable: bool = False,
    worker: Callable[[], list[str]] | None = None,
) -> MainWindow:
    """The top-level window for the vault in `data_dir`, not yet shown.

    Tests pass a cheap `policy` and an in-memory keyring; the app never does.
    """
    from .ui import theme
    from .ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    theme.apply(app, dark)

    def make_session():
        from .session import Session

        return Session(Path(data_dir), policy=policy, device_factory=device_factory,
                       portable=portable)

    if worker is None:  # the vault's screens and file dialogs are made in this process
        forget_dialog_history()
        return MainWindow(make_session(), own_icon())
    from .ui.worker_link import WorkerLink

    # The vault opens in a child process (see safeplan.worker); this process's Session
    # (it never holds a key there) is made after the calculator's first frame.
    return MainWindow(make_session, own_icon(), WorkerLink(worker), data_dir=Path(data_dir))


class _ErrorGuard(QObject):
    """Locks on the GUI thread, wherever the error happened.

    Signals:
        failed(): an unexpected error on some thread; delivered queued to the GUI thread.
    """

    failed = Signal()

    def __init__(self, window_getter: Callable[[], Any]) -> None:
        super().__init__()
        self._window_getter = window_getter
        # Emitted only from other threads (report()), so the automatic connection queues
        # it to this object's (the GUI) thread. Not Qt.ConnectionType: see calculator_view.
        self.failed.connect(self.lock)

    @Slot()
    def lock(self) -> None:
        try:
            window = self._window_getter()
            if window is not None:
                window.lock()
        except Exception:
            pass

    def report(self) -> None:
        import threading  # loaded by then: only a thread's error can come from elsewhere

        if threading.current_thread() is threading.main_thread():
            self.lock()  # on the GUI thread already: hide at once
        else:
            self.failed.emit()  # never touch a widget from a worker


_guard: _ErrorGuard | None = None


def _install_error_guard(window_getter: Callable[[], Any]) -> None:
    """Any unexpected error locks the vault and shows the calculator: no traceback,
    no dialog, nothing logged with content. Errors of the disk or of the data file
    never get here: the screens catch them and keep her work (ui/failure.py).
    Call on the GUI thread."""
    global _guard
    _guard = guard = _ErrorGuard(window_getter)
    sys.excepthook = lambda *a: guard.report()
    if "threading" in sys.modules:  # else not before the first frame (_after_first_frame)
        _guard_threads()


def _guard_threads() -> None:
    """The error guard for threads too. Before the first frame no thread of ours runs, and
    `threading` need not be loaded (~2 ms): `_after_first_frame` loads it and calls this."""
    import threading

    guard = _guard
    if guard is not None:
        threading.excepthook = lambda a: guard.report()


def forget_dialog_history() -> None:
    """Qt's file dialog keeps no history (ui/files.py)."""
    from .ui.files import forget_dialog_history as forget

    forget()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    if not argv:  # every start from the menu: argparse (and gettext) not imported
        from types import SimpleNamespace

        return SimpleNamespace(data_dir=None, smoke=False, dark=None,  # type: ignore[return-value]
                               first_frame=False, portable_root=None, make_portable=False)
    import argparse

    parser = argparse.ArgumentParser(prog="calculator", description="Calculator")
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dark", action="store_true", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--first-frame", action="store_true", help=argparse.SUPPRESS)
    # Portable mode (portable.py): the folder of the program, for a copy started from
    # source or from the computer when the stick cannot run programs (noexec).
    parser.add_argument("--portable-root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--make-portable", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def smoke_check() -> None:
    """For the frozen build: the pieces that classically go missing must load."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from .vault import DeviceKeyring, KdfParams
    from .vault.kdf import derive

    key = AESGCM.generate_key(bit_length=256)
    assert AESGCM(key).decrypt(b"\0" * 12, AESGCM(key).encrypt(b"\0" * 12, b"ok", None),
                               None) == b"ok"
    assert len(derive(b"123456", b"\0" * 16, KdfParams(64, 1, 1))) == 32
    DeviceKeyring().is_secure()  # imports the keyring backends
    assert all(paths.resource("icons", f"calculator-{size}.png").is_file()
               for size in ICON_SIZES)
    assert [n for n in paths.resource_names("translations")
            if n.startswith("calculator_") and n.endswith(".qm")], "translations missing"
    from .legal import all_facts
    from .plan import help_countries, template_lists

    assert template_lists("ru") and "KZ" in help_countries() and all_facts()
    from .ui import language

    language.install("kk")
    assert language.installed_files() == ["calculator_en.qm", "qtbase_ru.qm", "calculator_ru.qm",
                                          "qtbase_kk.qm", "calculator_kk.qm"], \
        language.installed_files()
    language.install("")
    # Evidence and reports: Pillow, filetype, fpdf2 with the embedded font, pypdf.
    import io

    from PIL import Image

    from . import media
    from .report import FONT, ReportPdf  # raises if fpdf2 is not the tested version

    picture = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(picture, "JPEG")
    assert media.sniff(picture.getvalue(), "x.jpg").mime == "image/jpeg"
    assert all(media.previews(picture.getvalue()))
    import wave

    sound = io.BytesIO()
    with wave.open(sound, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(b"\0\0" * 8000)
    assert (media.av_facts(io.BytesIO(sound.getvalue())) or {}).get("duration") == 1.0
    pdf = ReportPdf("R-SMOKE", "{page}")
    pdf.add_page()
    pdf.set_font(FONT, "", 10)
    pdf.cell(text="Қазақ тілі, русский")
    from pypdf import PdfReader

    document = io.BytesIO(pdf.output())
    assert "Қазақ" in PdfReader(document).pages[0].extract_text()
    for font in pdf.fonts.values():
        font.close()
    # The PDF signature: pyHanko signs and checks (offline) with a fresh P-256 key.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from . import pdf_signature, signing

    key = signing.make_pdf_key(Ed25519PrivateKey.generate())
    pdf_signature.sign(document, key)
    assert not pdf_signature.check(document, expected=key.certificate).problem
    from .report.hyphens import SOFT, hyphenate  # pyphen's patterns are data files

    assert SOFT in hyphenate("Доказательства", "ru")


SMOKE_PIN = "7391046285"


def smoke_vault() -> Path:
    """A throwaway vault made with the real key-derivation cost, for --smoke.

    The binary has no switch that weakens the KDF: the smoke check pays the
    same second or so that she pays, and the folder is removed afterwards."""
    import tempfile

    from . import vault

    folder = Path(tempfile.mkdtemp(prefix="calc-"))
    opened, _code = vault.create(folder, SMOKE_PIN, bind_device=False)
    opened.close()
    return folder


def smoke_session(app: QApplication, window: Any, keys: int = 2000) -> None:
    """A person's session, through the real window: many calculator keys (keyboard
    and on-screen buttons), the PIN and `=`, the vault open, Esc back to the
    calculator. Raises if any step does not happen; an interpreter abort (the
    PySide6 6.12.0 refcount bug) ends the process with a signal instead."""
    import random
    import time

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QPushButton, QWidget

    def key(code: Qt.Key, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            target = app.focusWidget() or window
            app.sendEvent(target, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))

    def wait_for(predicate: Callable[[], bool], seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not predicate():
            if time.monotonic() > deadline:
                raise RuntimeError(f"smoke: {what} did not happen")
            app.processEvents()
            time.sleep(0.01)

    def vault_shown() -> bool:
        if window.worker is not None:  # the vault's screens are drawn by the worker
            return window.vault_painted
        shell = window.findChild(QWidget, "vaultShell")
        return shell is not None and shell.isVisible()

    # What the start put off (boot.py, main) is done once the first frame is drawn, in the
    # build too (which runs boot.py twice: as PyInstaller's runtime hook and as ours).
    import gc

    wait_for(lambda: _undumpable, 5, "the work after the first frame")
    if not gc.isenabled() or boot.fast_enums_on():
        raise RuntimeError("smoke: the garbage collector or enum's builder was not put back")
    try:  # PySide's signature support, run at its first use (boot.LAZY_MODULES)
        QWidget().setWindowTitle(5)  # type: ignore[arg-type]
    except TypeError as error:
        if "Supported signatures" not in str(error):
            raise RuntimeError(f"smoke: PySide said {error!r} of a wrong call") from None
    buttons = [b for b in window.findChildren(QPushButton) if b.objectName().startswith("key_")]
    typed = {**{d: getattr(Qt.Key, f"Key_{d}") for d in "0123456789"},
             "+": Qt.Key.Key_Plus, "-": Qt.Key.Key_Minus, "*": Qt.Key.Key_Asterisk,
             "/": Qt.Key.Key_Slash, "=": Qt.Key.Key_Equal, ".": Qt.Key.Key_Period}
    rng = random.Random(7)
    for i in range(keys):
        if i % 2:
            rng.choice(buttons).click()
        else:
            text = rng.choice(list(typed))
            key(typed[text], text)
        if i % 200 == 0:
            app.processEvents()
    key(Qt.Key.Key_Escape)
    for digit in SMOKE_PIN:
        key(typed[digit], digit)
    key(Qt.Key.Key_Equal, "=")
    wait_for(vault_shown, 60, "unlock")
    worker = window.worker.pid if window.worker is not None else None
    key(Qt.Key.Key_Escape)
    wait_for(lambda: not vault_shown(), 5, "quick exit")
    if worker is not None and sys.platform.startswith("linux"):
        wait_for(lambda: not os.path.exists(f"/proc/{worker}") or _zombie(worker), 15,
                 "the vault's process ending")



def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def _report_first_frame(window: Any, app: QApplication) -> None:
    def frame() -> None:
        sys.stdout.write("frame\n")
        sys.stdout.flush()
        QTimer.singleShot(0, app.quit)

    # Not an event filter: see calculator_view._Display.
    window.calculator.after_first_paint(frame)


# When the first page is not the calculator (setup made in this process), its first
# frame never comes: the work waiting for it runs after this long instead.
FIRST_FRAME_AT_LATEST_MS = 1000


def _on_first_frame(window: Any, callback: Callable[[], None]) -> None:
    """Calls `callback` once, on the event loop's next turn after the calculator is
    first painted (the frame is on the screen by then: Qt flushes it in the same event),
    or after FIRST_FRAME_AT_LATEST_MS if that comes first."""
    called: list[bool] = []

    def once() -> None:
        if not called:
            called.append(True)
            callback()

    window.calculator.after_first_paint(lambda: QTimer.singleShot(0, once))
    QTimer.singleShot(FIRST_FRAME_AT_LATEST_MS, once)


def _after_first_frame(window: Any = None) -> None:
    """What the calculator's first frame did not wait for (see boot.py and
    calculator_view): the garbage collector back on, the error guard on threads, the
    file dialog's history off, the window's Session and the `Qt` namespace's enum types
    made now, so that her first key press does not pay for them, and the desktop's
    calculator icon. First of all the process is made undumpable (see main)."""
    forbid_dumps_once()
    boot.started()
    _guard_threads()
    if window is not None and window.worker is not None:
        forget_dialog_history()  # create_window did, when the dialogs live here
    if window is not None:
        window.session  # noqa: B018 - made now, not at her first sum
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent  # noqa: F401 - its Python type, for the first key

    Qt.Key.Key_0  # noqa: B018 - builds the namespace's Python enum types
    if window is not None:
        window.calculator.engine  # noqa: B018 - the engine and `decimal`, before her first key
    app = QApplication.instance()
    if window is not None and isinstance(app, QApplication):
        use_desktop_icon(app, window)


def forbid_dumps_once() -> None:
    """hardening.forbid_dumps(), the first time only."""
    global _undumpable
    if not _undumpable:
        from .hardening import forbid_dumps

        _undumpable = True
        forbid_dumps()


_undumpable = False


def _watch_quit_signals(app: QApplication, window: MainWindow) -> None:
    """Wake the Qt event loop when a quit signal arrives.

    Python runs signal handlers only between bytecodes, and Qt's loop waits in C.
    On Unix the signal writes a byte into a pipe (`signal.set_wakeup_fd`) that a
    QSocketNotifier watches (a pipe, not a socket: the app opens none); elsewhere
    a 200 ms timer polls."""

    from .hardening import quit_requested

    def quit_now() -> None:
        if not quit_requested:
            return
        quit_requested.clear()
        window.lock()  # on screen at once; the draft is saved by the lock's job
        app.quit()

    if os.name == "posix":
        from PySide6.QtCore import QSocketNotifier

        read_end, write_end = os.pipe()
        for fd in (read_end, write_end):
            os.set_blocking(fd, False)
        signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

        def drain() -> None:
            try:
                while os.read(read_end, 64):
                    pass
            except BlockingIOError:
                pass
            QTimer.singleShot(0, quit_now)  # the Python handler has run by then

        notifier.activated.connect(drain)
        app._quit_notifier = notifier  # type: ignore[attr-defined]  # keep it alive
    else:
        timer = QTimer(app)
        timer.timeout.connect(quit_now)
        timer.start(200)
    QTimer.singleShot(0, quit_now)  # a signal that came during start-up


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["verify"]:  # `calculator verify FILE`, as `python -m safeplan verify`
        from .verify import main as verify

        return verify(argv[1:])
    from .hardening import catch_quit_signals

    catch_quit_signals()  # again, for callers that did not start in __main__
    args = parse_args(argv)
    from . import portable

    folder = args.portable_root or portable.program_folder()
    if args.make_portable:
        if folder is None:
            sys.stderr.write("calculator: --make-portable needs the built program\n")
            return 2
        print(portable.make_portable(folder))
        return 0
    portable_data = None if args.data_dir else portable.data_dir_for(folder)
    if portable_data is not None:
        portable.keep_inside(portable_data)  # before Qt starts
    os.umask(0o077)
    set_process_name()
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY"):
        # The vault's window is hosted from the worker process by its X window id;
        # Wayland has no such thing, XWayland does (the worker inherits this).
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = QApplication.instance()
    if app is None:
        from .ui.theme import STYLE

        app = QApplication([DESKTOP_NAME, "-style", STYLE])
        app.setProperty("safeplanStyle", STYLE)
    app.setApplicationName(APP_TITLE)
    app.setDesktopFileName(DESKTOP_NAME)
    app.setWindowIcon(own_icon())  # the desktop's, if it has one, after the first frame
    install_translation()
    data_dir = args.data_dir or portable_data or paths.default_data_dir()
    if args.smoke:
        smoke_check()
        data_dir = smoke_vault()
    from .ui.worker_link import worker_command

    portable_mode = portable_data is not None
    window = create_window(data_dir, dark=args.dark, portable=portable_mode,
                           worker=lambda: worker_command(Path(data_dir), portable_mode))
    # Undumpable (hardening.forbid_dumps: ctypes, ~4 ms) right after the first frame, and
    # in any case before her first key or click reaches the calculator: before that the
    # process holds nothing of hers (the vault opens in the worker, which does its own).
    window.calculator.before_input = forbid_dumps_once
    _install_error_guard(lambda: window)
    _watch_quit_signals(app, window)
    window.show()
    _on_first_frame(window, lambda: _after_first_frame(window))
    if window.worker is not None:  # after the first frame; it loads at low priority
        QTimer.singleShot(300, window.worker.start)
    if args.first_frame:  # for bench/startup.py: say when the first frame is painted
        _report_first_frame(window, app)
    if args.smoke:
        try:
            smoke_session(app, window)
        except Exception as error:  # the build check must say what failed
            sys.stderr.write(f"smoke: {error}\n")
            return 1
        QTimer.singleShot(200, app.quit)
    code = app.exec()
    window.lock()
    from .ui.background import wait_for_all

    wait_for_all()
    if args.smoke:
        import shutil

        window.close()
        shutil.rmtree(data_dir)
        print("smoke: ok")
    return code
