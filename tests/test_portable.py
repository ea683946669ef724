"""Portable mode: recognised only on purpose, and a session writes nothing outside its folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safeplan import portable


def test_only_the_exact_marker_beside_the_program_turns_it_on(tmp_path):
    assert portable.data_dir_for(None) is None
    assert portable.data_dir_for(tmp_path) is None
    marker = tmp_path / portable.MARKER_NAME
    marker.write_text("")
    assert portable.data_dir_for(tmp_path) is None
    marker.write_text("portable\n")
    assert portable.data_dir_for(tmp_path) is None
    marker.write_bytes(b"\xff\xfe" + os.urandom(64))
    assert portable.data_dir_for(tmp_path) is None
    (tmp_path / portable.DATA_NAME).mkdir()  # a data folder alone does nothing
    assert portable.data_dir_for(tmp_path) is None
    assert portable.make_portable(tmp_path) == tmp_path / portable.DATA_NAME
    assert portable.data_dir_for(tmp_path) == tmp_path / portable.DATA_NAME
    assert portable.program_folder() is None  # not the frozen program: never by itself


_SESSION = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safeplan import app
from safeplan.vault import KdfPolicy

real = app.create_window

def cheap(data_dir, **kwargs):  # the test's cheap KDF, as tests/x11/launch_app.py does
    kwargs["policy"] = KdfPolicy.for_tests()
    kwargs.pop("worker", None)  # the vault in this process, so drive() can reach it
    return real(data_dir, **kwargs)

app.create_window = cheap
root = Path(sys.argv[1])

def drive():
    from safeplan.journal import Incident
    qapp = QApplication.instance()
    window = next(w for w in qapp.topLevelWidgets() if w.objectName() == "mainWindow")
    session = window.session
    assert session.portable and session.device() is None and not session.keyring_is_secure()
    assert window.setup.flow.min_pin == 10
    assert window.setup.flow.choose_pin("123456789") == "pin_too_short"
    code = session.create("1234567890", False)
    window.setup.finished.emit()
    workspace = session.open_workspace("en")
    workspace.journal.create(Incident(date="2026-11-20", description="ZQX portable secret"))
    photo = root / "photo.jpg"
    photo.write_bytes(os.urandom(50_000))
    workspace.evidence.import_file(photo)
    window.shell.grab()
    session.make_backup(root / "calc.bin")
    window.lock()
    print("code", code, flush=True)
    QTimer.singleShot(300, qapp.quit)

qapp = QApplication(["calculator"])
QTimer.singleShot(0, drive)
sys.exit(app.main(["--portable-root", str(root)]))
"""


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.slow
def test_a_portable_session_writes_nothing_outside_its_folder(tmp_path):
    home, temp, stick = tmp_path / "home", tmp_path / "tmp", tmp_path / "stick" / "Calculator"
    for folder in (home, temp, stick):
        folder.mkdir(parents=True)
    portable.make_portable(stick)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "TMP", "TEMP", "DBUS"))}
    env.update(HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    before = tree(home), tree(temp)
    result = subprocess.run([sys.executable, "-c", _SESSION, str(stick)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "code" in result.stdout
    assert (tree(home), tree(temp)) == before == (set(), set())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "stick", "tmp"]  # nor in cwd
    assert (stick / portable.DATA_NAME / "history.db").is_file()
    assert (stick / "calc.bin").is_file()
    for path in stick.rglob("*"):
        if path.is_file():
            assert b"ZQX portable" not in path.read_bytes()
