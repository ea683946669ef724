"""Portable mode: the app on a USB stick with its data beside it. No Qt.

How it is recognised, and why it cannot happen by chance: only a file named
`calculator.portable` *beside the program itself* (never the current folder,
never the home folder) whose first line is exactly MARKER_TEXT turns it on.
The file is written on purpose, by `Calculator --make-portable` or by hand
as the README says; an empty or stray file of that name, a data folder that
happens to be there, or the folder she starts the program from do nothing.

In portable mode the data folder is `calculator-data` beside the program, no
keyring is used (the stick travels between computers, so the PIN alone
protects the vault, and a long one is required), and the per-user folders
that Qt, fontconfig and Python would write to (cache, config, state, temp)
are pointed inside the data folder, so nothing is written to the home
folder, the temp folder or (for Qt's settings) the registry of the computer
it runs on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MARKER_NAME = "calculator.portable"
MARKER_TEXT = "calculator: keep history beside the program"
DATA_NAME = "calculator-data"
PORTABLE_PIN_MIN = 10


def program_folder() -> Path | None:
    """The folder holding the frozen program (one-file or one-folder build), else None."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def data_dir_for(folder: Path | None) -> Path | None:
    """The portable data folder if `folder` carries a valid marker, else None."""
    if folder is None:
        return None
    marker = folder / MARKER_NAME
    try:
        if not marker.is_file() or marker.stat().st_size > 4096:
            return None
        lines = marker.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0].strip() != MARKER_TEXT:
        return None
    return folder / DATA_NAME


def make_portable(folder: Path) -> Path:
    """Write the marker beside the program; returns the data folder it selects."""
    (folder / MARKER_NAME).write_text(MARKER_TEXT + "\n", encoding="utf-8")
    return folder / DATA_NAME


def keep_inside(data_dir: Path) -> None:
    """Point every per-user folder the libraries write to inside `data_dir`.

    Called before Qt starts. Qt's settings already go nowhere (ui/files.py);
    these cover fontconfig's cache, Qt's runtime and cache folders, and any
    temporary file a library might make."""
    hidden = data_dir / ".session"
    for variable, name in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                           ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                           ("TMPDIR", "tmp"), ("TEMP", "tmp"), ("TMP", "tmp")):
        path = hidden / name
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ[variable] = str(path)
    if sys.platform.startswith("linux"):
        runtime = hidden / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    import tempfile

    tempfile.tempdir = None  # re-read TMPDIR
