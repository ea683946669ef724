"""The calculator's own settings file: ordinary, in clear, nothing secret in it.

Before a vault exists there is nowhere encrypted to keep anything, and the
first-run welcome must not come back at every start (whoever starts the
"calculator" next would read it). So the one fact kept is that the welcome
was seen, in the kind of file any calculator keeps beside its history:

    [calculator]
    first_run = done

No Qt (QSettings is pointed at /dev/null by ui/files.py anyway).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import configparser

FILE_NAME = "calculator.conf"
_SECTION = "calculator"


def _path(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / FILE_NAME


def _read(data_dir: str | os.PathLike[str]) -> configparser.ConfigParser:
    # Imported here: read only while no vault exists, and importing configparser (~3 ms,
    # it compiles its regular expressions) is not paid by every start of the calculator.
    import configparser

    parser = configparser.ConfigParser()
    with contextlib.suppress(OSError, UnicodeDecodeError, configparser.Error):
        parser.read_string(_path(data_dir).read_text(encoding="utf-8"))  # else defaults
    return parser


def first_run_done(data_dir: str | os.PathLike[str]) -> bool:
    return _read(data_dir).get(_SECTION, "first_run", fallback="") == "done"


def mark_first_run_done(data_dir: str | os.PathLike[str]) -> bool:
    """Remember that the welcome was seen; False if the file cannot be written
    (a read-only folder): then the welcome simply shows again next time."""
    from .paths import ensure_private_dir
    from .safeio import atomic_write

    parser = _read(data_dir)
    if not parser.has_section(_SECTION):
        parser.add_section(_SECTION)
    parser.set(_SECTION, "first_run", "done")
    try:
        ensure_private_dir(Path(data_dir))
        with atomic_write(_path(data_dir)) as stream:
            text = []
            for section in parser.sections():
                text.append(f"[{section}]")
                text += [f"{key} = {value}" for key, value in parser.items(section)]
            stream.write(("\n".join(text) + "\n").encode())
    except OSError:
        return False
    return True
