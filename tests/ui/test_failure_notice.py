"""A damaged vault looks like a calculator; the next unlock says what failed and when."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel

from safeplan import vault
from safeplan.ui.background import wait_for_all
from safeplan.vault import layout

from .conftest import PIN
from .test_session_flow import display, enter, wait_unlocked


def damage_pin_slot(data_dir, policy, device):
    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    cell = layout.SLOT_BASE + opened._meta["pin_slot"]
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    (blob,) = conn.execute("SELECT v FROM a WHERE k=?", (cell,)).fetchone()
    conn.execute("UPDATE a SET v=? WHERE k=?", (blob[:-1] + bytes([blob[-1] ^ 1]), cell))
    conn.commit()
    conn.close()


def test_damaged_pin_slot_is_a_calculation_then_told_inside(qtbot, make_window,
                                                            existing_vault, data_dir,
                                                            policy, device):
    damage_pin_slot(data_dir, policy, device)
    window = make_window()
    enter(qtbot, window, PIN)
    wait_for_all()
    qtbot.wait(50)
    assert window.shell is None and display(window) == PIN  # nothing but the sum
    assert not any(isinstance(w, QLabel) and "damaged" in w.text()
                   for w in window.findChildren(QLabel))
    qtbot.keyClicks(window.calculator, "\x1b")
    enter(qtbot, window, existing_vault)  # the recovery code
    wait_unlocked(qtbot, window)
    notice = window.findChild(QFrame, "failureNotice")
    assert notice is not None and notice.isVisible()
    text = window.findChild(QLabel, "failureNoticeText").text()
    assert "damaged" in text and "recovery code" in text
    qtbot.mouseClick(window.findChild(QAbstractButton, "failureNoticeDismiss"),
                     Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    window.lock()


def test_no_notice_when_nothing_failed(qtbot, make_window, existing_vault):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    assert window.findChild(QFrame, "failureNotice") is None


def test_a_vault_cut_short_opens_as_far_as_it_can_with_damage_told(qtbot, make_window,
                                                                   existing_vault, data_dir,
                                                                   policy, device, tmp_path):
    """Copied off a USB stick pulled out too soon: no traceback, no refusal; after her
    PIN the journal opens with what is left, the notice and the history say "damaged",
    and the damaged file stays beside the vault as it was."""
    from safeplan.journal import Incident, Journal

    path = data_dir / vault.DB_NAME
    # Cut where the file ended after the first 50 incidents, so that rows of both
    # halves are written and the first half is readable. (A cut at half the final size
    # left no incident row about once in 15 runs: the records' row ids are random, and
    # B-tree page splits may move every leaf of the table past the cut.)
    sizes = []
    for batch in range(2):
        opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
        journal = Journal(opened)
        for i in range(50):
            journal.create(Incident(date="2026-01-05",
                                    description=f"{batch * 50 + i} " + "я" * 1500))
        opened.close()
        sizes.append(path.stat().st_size)
    cut = path.read_bytes()[:sizes[0]]
    path.write_bytes(cut)

    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    text = window.findChild(QLabel, "failureNoticeText").text()
    assert "damaged" in text and "number added" in text
    view = window.shell.journal
    qtbot.waitUntil(lambda: view.journal is not None, timeout=10_000)
    assert 0 < len(view.journal.entries()) < 100
    view._check_chain()
    qtbot.waitUntil(lambda: "cannot be read" in view.chain.text(), timeout=5000)
    assert "damaged" in view.chain.text() and "altered" not in view.chain.text()
    window.grab().save(str(tmp_path / "harden-rescued.png"))
    window.lock()
    assert (data_dir / f"{vault.DB_NAME}.1").read_bytes() == cut
