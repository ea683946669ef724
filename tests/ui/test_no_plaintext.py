"""Rule 1: nothing she writes reaches the disk in clear, anywhere the app could write."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from safeplan.ui.background import wait_for_all

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked

MARKER = "ZQX-маркер-қорқыныш-5521"


def files_containing(root: Path, needles: list[bytes], since: float = 0.0) -> list[Path]:
    """Regular files under `root` (written after `since`) that hold any needle."""
    found = []
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            try:
                info = path.lstat()
                if not stat.S_ISREG(info.st_mode) or info.st_mtime < since:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(path)
    return found


def test_journal_plan_and_draft_leave_no_plaintext(qtbot, make_window, existing_vault,
                                                   data_dir):
    started = time.time() - 1
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    journal = window.shell.journal
    qtbot.waitUntil(lambda: journal.journal is not None, timeout=10_000)
    qtbot.mouseClick(journal.findChild(QAbstractButton, "journal_new"),
                     Qt.MouseButton.LeftButton)
    journal.editor.description.setPlainText(MARKER + " saved")
    qtbot.mouseClick(journal.editor.findChild(QAbstractButton, "incident_save"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(journal.findChild(QAbstractButton, "journal_new"),
                     Qt.MouseButton.LeftButton)
    journal.editor.description.setPlainText(MARKER + " draft")
    window.shell.show_page("plan")
    plan = window.shell.plan
    qtbot.waitUntil(lambda: plan.plan is not None, timeout=10_000)
    plan.plan.add_item(plan.plan.lists()[0][0], MARKER + " item")
    qtbot.keyClick(window.shell, Qt.Key.Key_Escape)  # quick exit keeps the draft, encrypted
    wait_for_all()
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), b"ZQX-"]
    assert files_containing(data_dir, needles) == []
    # Anything the app could have left in the temp folder was written during this test.
    assert files_containing(Path(tempfile.gettempdir()), needles, since=started) == []
    assert files_containing(Path(os.environ["HOME"]), needles) == []
    # ...and it is all still there behind the PIN.
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    journal = window.shell.journal
    qtbot.waitUntil(lambda: journal.journal is not None, timeout=10_000)
    assert journal.journal.draft()["description"] == MARKER + " draft"
    assert journal.journal.entries()[0].current.description == MARKER + " saved"
