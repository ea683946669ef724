"""A save that fails keeps her work: the form stays open with her text, says what
happened and what to do, and the same save succeeds once the disk has room."""

from __future__ import annotations

import threading

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPlainTextEdit

from safeplan import vault
from safeplan.journal import Incident, Journal

from .test_journal_view import click, open_journal, rows


class FullDisk:
    """Makes every write of one open vault fail with StorageFull while `full`."""

    def __init__(self, monkeypatch, opened: vault.Vault) -> None:
        self.full = True
        for name in ("put", "update", "delete", "add_bytes", "keep_file"):
            real = getattr(opened, name)

            def failing(*args, _real=real, **kwargs):
                if self.full:
                    raise vault.StorageFull("the disk is full")
                return _real(*args, **kwargs)

            monkeypatch.setattr(opened, name, failing)


def test_a_full_disk_keeps_the_form_and_the_same_save_succeeds_later(
        qtbot, make_window, existing_vault, monkeypatch):
    window, view = open_journal(qtbot, make_window)
    view.journal.create(Incident(date="2026-01-05", description="Earlier entry"))
    view.refresh()
    click(qtbot, view, "journal_new")
    editor = view.editor
    editor.date.setDate(QDate(2026, 11, 20))
    text = "Он разбил телефон. Ол телефонды сындырды."
    editor.findChild(QPlainTextEdit, "incident_description").insertPlainText(text)
    disk = FullDisk(monkeypatch, window.session.vault)

    click(qtbot, editor, "incident_save")

    assert window.shell is not None, "a full disk locked the vault"
    assert view.editor is editor and editor.isVisible()
    assert editor.description.toPlainText() == text
    assert "disk is full" in editor.error.text()
    assert "Free some space" in editor.error.text()
    qtbot.wait(50)
    assert window.shell is not None

    disk.full = False
    click(qtbot, editor, "incident_save")
    assert view.editor is None
    assert [r[2] for r in rows(view)] == [text, "Earlier entry"]
    reread = Journal(window.session.vault)
    assert sorted(e.current.description for e in reread.entries()) == sorted(
        [text, "Earlier entry"])
    assert reread.verify().ok
    assert reread.draft() is None


def test_a_damaged_vault_keeps_the_form_and_keeps_a_draft(
        qtbot, make_window, existing_vault, monkeypatch):
    window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    editor = view.editor
    editor.findChild(QPlainTextEdit, "incident_description").insertPlainText("half a story")
    opened = window.session.vault
    real_put = opened.put

    def damaged(kind, data):
        if kind == "incident":
            raise vault.VaultError("the vault could not be written")
        return real_put(kind, data)

    monkeypatch.setattr(opened, "put", damaged)
    click(qtbot, editor, "incident_save")
    assert window.shell is not None and view.editor is editor
    assert editor.description.toPlainText() == "half a story"
    assert "could not be written" in editor.error.text()
    assert "draft" in editor.error.text()
    assert Journal(opened).draft()["description"] == "half a story"


def test_the_draft_timer_on_a_full_disk_does_not_lock(qtbot, make_window, existing_vault,
                                                      monkeypatch):
    window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    editor = view.editor
    editor.findChild(QPlainTextEdit, "incident_description").insertPlainText("typing")
    FullDisk(monkeypatch, window.session.vault)
    editor.drafts.timeout.emit()
    assert window.shell is not None and view.editor is editor
    assert editor.description.toPlainText() == "typing"


def test_a_failure_in_a_worker_thread_locks_on_the_gui_thread(qtbot, make_window,
                                                               existing_vault):
    from safeplan.app import _install_error_guard

    window, _view = open_journal(qtbot, make_window)
    locked_on: list[threading.Thread] = []
    real_lock = window.lock

    def lock() -> None:
        locked_on.append(threading.current_thread())
        real_lock()

    window.lock = lock
    hooks = (threading.excepthook, __import__("sys").excepthook)
    try:
        _install_error_guard(lambda: window)

        def broken() -> None:
            raise RuntimeError("a programming error")

        worker = threading.Thread(target=broken)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(locked_on), timeout=5000)
    finally:
        threading.excepthook, __import__("sys").excepthook = hooks
    assert locked_on == [threading.main_thread()]
    assert window.shell is None


def test_a_plan_change_on_a_full_disk_says_so_and_keeps_the_list(qtbot, make_window,
                                                                  existing_vault, monkeypatch):
    from PySide6.QtCore import Qt

    from .test_session_flow import enter, wait_unlocked

    window = make_window()
    enter(qtbot, window, "2580147369")
    wait_unlocked(qtbot, window)
    window.shell.show_page("plan")
    view = window.shell.plan
    qtbot.waitUntil(lambda: view.plan is not None, timeout=10_000)
    FullDisk(monkeypatch, window.session.vault)
    first = view.items.item(0)
    first.setCheckState(Qt.CheckState.Checked)  # she ticks the first item
    assert window.shell is not None, "a full disk locked the vault"
    assert "disk is full" in view.failure.text() and view.failure.isVisible()
    assert view.items.item(0).checkState() == Qt.CheckState.Unchecked  # as stored
    view.contacts.add()
    assert view.contacts.table.rowCount() == 0


def test_a_settings_change_on_a_full_disk_says_so_and_keeps_the_old_one(
        qtbot, make_window, existing_vault, monkeypatch):
    from .test_session_flow import enter, wait_unlocked

    window = make_window()
    enter(qtbot, window, "2580147369")
    wait_unlocked(qtbot, window)
    view = window.shell.settings
    FullDisk(monkeypatch, window.session.vault)
    view.idle.setCurrentIndex(view.idle.findData(10))
    view.idle.activated.emit(view.idle.currentIndex())
    assert window.shell is not None
    assert window.session.settings.idle_minutes == 3
    assert view.idle.currentData() == 3  # the screen shows what is in force
    assert "disk is full" in view.save_status.text()


def test_evidence_details_on_a_full_disk_stay_in_the_form(qtbot, monkeypatch, data_dir, policy,
                                                           tmp_path):
    from safeplan.evidence import EvidenceStore
    from safeplan.ui.evidence_viewer import EvidenceViewer

    opened, _ = vault.create(data_dir, "24681357", policy=policy)
    journal = Journal(opened)
    store = EvidenceStore(opened, journal)
    path = tmp_path / "note.txt"
    path.write_bytes(b"a threat, saved from the phone")
    item = store.import_file(path).item
    viewer = EvidenceViewer(store, journal, item.id)
    qtbot.addWidget(viewer)
    viewer.caption.setText("Угроза в WhatsApp")
    FullDisk(monkeypatch, opened)
    assert viewer.save() is False
    assert viewer.caption.text() == "Угроза в WhatsApp"
    assert "disk is full" in viewer.status.text()
    assert store.get(item.id).current.caption == ""
    monkeypatch.undo()
    assert viewer.save() is True
    assert store.get(item.id).current.caption == "Угроза в WhatsApp"
    assert journal.verify().ok
    opened.close()
