"""Where things live: the data folder (calculator-named) and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "calculator"
DB_NAME = "history.db"


def default_data_dir() -> Path:
    """The per-user data folder, named like a calculator's own."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def ensure_private_dir(path: Path) -> Path:
    """Create the folder 0700 (and tighten it if it already existed)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def resource_dir() -> Path:
    """`resources/` in the frozen binary, an installed wheel, or a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def vault_file(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / DB_NAME


def vault_exists(data_dir: str | os.PathLike[str]) -> bool:
    return vault_file(data_dir).is_file()
