"""Keep this process's memory to itself: no core dumps, no reading by other processes,
and a quiet, locking exit on SIGTERM/SIGINT/SIGHUP. No Qt here (the signal wake-up
for the event loop lives in app.py).

What each platform gets from `forbid_dumps()`:

- Linux: `prctl(PR_SET_DUMPABLE, 0)` — no core file, `/proc/PID/mem` and ptrace
  refused to other processes of the same user (root can still read it), and
  `RLIMIT_CORE` 0 as a second fence. The flag is reset by `execve`, so a child
  started by exec must call this again (a forked one keeps it).
- macOS: `RLIMIT_CORE` 0 and `ptrace(PT_DENY_ATTACH)`, which refuses debuggers and
  `task_for_pid` readers of the same user.
- Windows: Windows Error Reporting is told to show no crash dialog and to keep no
  dump of this process (`SetErrorMode`, `WerAddExcludedApplication` for the
  running executable). Windows has no per-process switch that stops another
  program of the same user from reading its memory.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def _libc():  # pragma: no cover - trivial
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


def _no_core_files() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def forbid_dumps() -> bool:
    """Make this process undumpable where the platform allows; True if it did."""
    done = False
    if sys.platform.startswith("linux"):
        _no_core_files()
        try:
            done = _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
        except (OSError, AttributeError):
            done = False
    elif sys.platform == "darwin":
        _no_core_files()
        try:
            done = _libc().ptrace(PT_DENY_ATTACH, 0, 0, 0) == 0
        except (OSError, AttributeError):
            done = False
    elif sys.platform == "win32":
        done = _windows_no_error_reports()
    return done


def is_dumpable() -> bool | None:
    """Linux: what `prctl(PR_GET_DUMPABLE)` says; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _windows_no_error_reports() -> bool:  # pragma: no cover - Windows only
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        # SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
        kernel32.SetErrorMode(0x0001 | 0x0002 | 0x8000)
        wer = ctypes.windll.wer  # type: ignore[attr-defined]
        return wer.WerAddExcludedApplication(ctypes.c_wchar_p(os.path.basename(
            sys.executable)), False) == 0
    except (OSError, AttributeError):
        return False


QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                     if hasattr(signal, name))
quit_requested: list[int] = []


def _note_quit_signal(signum: int, _frame: object) -> None:
    quit_requested.append(signum)


def catch_quit_signals() -> None:
    """SIGTERM, SIGINT and SIGHUP never print a Python error: they are noted in
    `quit_requested`, and the app's event loop locks (saving the draft) and quits."""
    for signum in QUIT_SIGNALS:
        with contextlib.suppress(OSError, ValueError):  # ValueError: not the main thread
            signal.signal(signum, _note_quit_signal)


def program_name() -> str:
    """What this program is called in usage lines: the running binary's own name
    (Calculator), or "calculator" when run from source."""
    if getattr(sys, "frozen", False):
        return os.path.splitext(os.path.basename(sys.executable))[0] or "calculator"
    return "calculator"


__all__ = ["catch_quit_signals", "forbid_dumps", "is_dumpable", "program_name",
           "quit_requested"]
