"""Where things live: the data folder (calculator-named) and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "calculator"
DB_NAME = "history.db"


def default_data_dir() -> Path:
    """The per-user data folder, named like a calculator's own."""
    if sys.platform.startswith("linux"):
        # platformdirs' rule for Linux, without importing it before the first frame: it
        # imports tempfile (shutil, random, bz2, lzma), ~12 ms of the start on Xvfb.
        # Unusual cases (HOME unset or relative) still go to platformdirs.
        xdg = os.environ.get("XDG_DATA_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg, APP_NAME)
        if os.path.isabs(os.environ.get("HOME", "")):
            return Path(os.path.expanduser("~/.local/share"), APP_NAME)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def ensure_private_dir(path: Path) -> Path:
    """Create the folder 0700 (and tighten it if it already existed)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def resource_dir() -> Path:
    """`resources/` in the frozen binary, an installed wheel, or a source checkout.

    The frozen binary keeps only icons and fonts there; catalogues and templates are
    packed (see `use_packed`)."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    if "__file__" in globals():  # not in the frozen binary's packed modules
        here = Path(__file__).resolve().parent
        candidates += [here / "resources", here.parent.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


_packed: dict[str, bytes] | None = None


def use_packed(files: dict[str, bytes] | None) -> None:
    """The frozen binary's data files, by path under resources/ ("plan/help/KZ.json"),
    read from its compressed archive into memory (scripts/frozen_entry.py)."""
    global _packed
    _packed = files


def packed_bytes(*parts: str) -> bytes | None:
    """A data file from the frozen binary's archive; None when not packed there."""
    return None if _packed is None else _packed.get("/".join(parts))


def resource_bytes(*parts: str) -> bytes:
    """A data file's bytes, from the packed archive or from resources/."""
    data = packed_bytes(*parts)
    return data if data is not None else resource(*parts).read_bytes()


def resource_names(*folder: str) -> list[str]:
    """Names of the data files directly in a folder of resources/, packed or not."""
    if _packed is not None:
        prefix = "/".join(folder) + "/"
        names = {key[len(prefix):] for key in _packed if key.startswith(prefix)}
        found = sorted(name for name in names if "/" not in name)
        if found:
            return found
    path = resource_dir().joinpath(*folder)
    return sorted(p.name for p in path.iterdir() if p.is_file()) if path.is_dir() else []


def vault_file(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / DB_NAME


def vault_exists(data_dir: str | os.PathLike[str]) -> bool:
    return vault_file(data_dir).is_file()
