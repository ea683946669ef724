"""The export screen: choices, Qt's own dialog, progress, cancel, and the check button."""

from __future__ import annotations

import os
import threading

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QListWidget, QRadioButton

from safeplan.export import Exporter
from safeplan.journal import Incident
from safeplan.location import location_free, position_in
from safeplan.verify import verify

from ..test_evidence import photo_bytes
from .conftest import PIN
from .test_session_flow import enter, wait_unlocked

KAZAKH = "Ол мені ұрды, қорқытты"


def open_export(qtbot, make_window, tmp_path):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.export
    qtbot.waitUntil(lambda: view.journal is not None, timeout=10_000)
    journal = window.shell.journal.journal
    first = journal.create(Incident(date="2026-11-20", kinds=["physical"],
                                    description="Толкнул к стене. " + KAZAKH))
    journal.create(Incident(date="2026-09-01", kinds=["threats"], description="Угрожал"))
    photo = tmp_path / "IMG_1.jpg"
    photo.write_bytes(photo_bytes())
    store = window.shell.evidence.store
    item = store.import_file(photo).item
    store.link(item.id, [first.id])
    window.shell.show_page("export")
    return window, view


def click(qtbot, root, name: str) -> None:
    widget = root.findChild(QAbstractButton, name)
    assert widget is not None and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, view, path) -> None:
    dialog = view.findChild(QFileDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.selectFile(str(path))
    dialog.accept()


def test_export_a_pdf_that_the_verifier_accepts(qtbot, make_window, existing_vault, tmp_path):
    _window, view = open_export(qtbot, make_window, tmp_path)
    assert view.incidents.count() == 2
    view.purpose.setText("для суда")
    click(qtbot, view, "export_start")
    out = tmp_path / "usb"
    out.mkdir()
    choose(qtbot, view, out / "report.pdf")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert view.status.text().startswith("Saved: ")
    assert "NOT protected" in view.status.text()
    assert os.listdir(out) == ["report.pdf"]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out / "report.pdf").pages)
                    .split())
    assert KAZAKH in text and "для суда" in text
    assert verify(out / "report.pdf").ok

    # The check button says the same, without the PIN.
    click(qtbot, view, "export_check")
    dialog = view.findChild(QFileDialog, "export_check_dialog")
    dialog.selectFile(str(out / "report.pdf"))
    dialog.accept()
    qtbot.waitUntil(lambda: "OK:" in view.check_result.toPlainText(), timeout=10_000)


def test_choices_are_checked_before_anything_is_written(qtbot, make_window, existing_vault,
                                                        tmp_path):
    _window, view = open_export(qtbot, make_window, tmp_path)
    view.scope_chosen.setChecked(True)
    click(qtbot, view, "export_start")
    assert view.status.text() == "Tick at least one incident."
    view.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    view.protect.setChecked(True)
    assert view.password.isVisible()
    view.password.setText("одинпароль")
    view.password_again.setText("другой-пароль")
    click(qtbot, view, "export_start")
    assert view.status.text() == "The two passwords are not the same."
    view.password_again.setText("одинпароль")
    click(qtbot, view, "export_start")
    choose(qtbot, view, tmp_path / "locked.pdf")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    reader = PdfReader(tmp_path / "locked.pdf")
    assert reader.is_encrypted and reader.decrypt("одинпароль")
    assert verify(tmp_path / "locked.pdf", "одинпароль").ok


def test_the_report_in_another_language_than_the_screen(qtbot, make_window, existing_vault,
                                                         tmp_path):
    _window, view = open_export(qtbot, make_window, tmp_path)
    assert view.report_language.currentData() == "en"  # the interface's, at first
    assert "thumbnails" in " ".join(
        w.text() for w in view.findChildren(QLabel) if w.isVisible())
    view.report_language.setCurrentIndex(view.report_language.findData("ru"))
    view.name.setText("Иванова Айгерим")
    view.iin.setText("900101400123")
    click(qtbot, view, "export_start")
    choose(qtbot, view, tmp_path / "ru.pdf")
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "ru.pdf").pages]
    assert "Сведения, изложенные в настоящем документе, подтверждаю." in pages[0]
    assert "900101400123" in pages[0] and "Иванова Айгерим" in pages[0]
    assert "Физическ" in " ".join(pages)  # kinds follow the report's language too
    assert "Export" in view.export_button.text()  # the screen stays in English


def test_folder_for_a_lawyer(qtbot, make_window, existing_vault, tmp_path):
    _window, view = open_export(qtbot, make_window, tmp_path)
    view.as_folder.setChecked(True)
    assert not view.protect.isEnabled()
    click(qtbot, view, "export_start")
    choose(qtbot, view, tmp_path)
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    folders = [p for p in tmp_path.iterdir() if p.name.startswith("report-")]
    assert len(folders) == 1
    # By default the photo goes without its position, as a copy linked to the original,
    # under a neutral name (her own name for it, IMG_1.jpg, stays in the vault).
    assert [p.name for p in (folders[0] / "evidence").iterdir()] == ["001-Photo-no-gps.jpg"]
    copy = (folders[0] / "evidence" / "001-Photo-no-gps.jpg").read_bytes()
    assert location_free(photo_bytes()).data == copy and position_in(copy) == []
    assert verify(folders[0]).ok


def test_photos_with_a_position_are_named_and_she_chooses(qtbot, make_window, existing_vault,
                                                         tmp_path):
    _window, view = open_export(qtbot, make_window, tmp_path)
    listed = view.findChild(QListWidget, "export_location_photos")
    assert listed.isVisibleTo(view) and listed.count() == 1
    assert "IMG_1.jpg" in listed.item(0).text() and "GPS" in listed.item(0).text()
    assert view.findChild(QLabel, "export_location_summary").text() == (
        "1 photo in this report records where it was taken.")
    withheld = view.findChild(QRadioButton, "export_location_withheld")
    kept = view.findChild(QRadioButton, "export_location_kept")
    assert withheld.isChecked() and not kept.isChecked()  # the safe choice by default
    for radio in (withheld, kept):
        assert radio.accessibleName()
    # Only the incident without the photo: nothing to flag.
    view.scope_chosen.setChecked(True)
    for row in range(view.incidents.count()):
        entry = view.incidents.item(row)
        entry.setCheckState(Qt.CheckState.Checked if "Угрожал" in entry.text()
                            else Qt.CheckState.Unchecked)
    assert not listed.isVisibleTo(view)
    assert "No photo" in view.findChild(QLabel, "export_location_summary").text()
    view.scope_all.setChecked(True)
    assert listed.count() == 1
    # She chooses the originals: the photo goes byte for byte, position and all.
    qtbot.mouseClick(kept, Qt.MouseButton.LeftButton, pos=QPoint(8, kept.height() // 2))
    assert view.request().location == "kept"
    view.start_export(str(tmp_path / "kept.pdf"), view.request())
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert PdfReader(tmp_path / "kept.pdf").attachments["001-IMG_1.jpg"][0] == photo_bytes()


def test_cancelled_export_leaves_no_file(qtbot, make_window, existing_vault, tmp_path,
                                        monkeypatch):
    _window, view = open_export(qtbot, make_window, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    working, go_on = threading.Event(), threading.Event()
    real = Exporter._print_copy

    def slow(self, item, cancelled=None):
        working.set()
        go_on.wait(10)
        return real(self, item, cancelled)

    monkeypatch.setattr(Exporter, "_print_copy", slow)
    view.start_export(str(out / "r.pdf"), view.request())
    assert working.wait(10)
    click(qtbot, view, "export_cancel")
    go_on.set()
    # The job's own "ended" and the screen's "failed" are two queued calls posted one
    # after the other from the job's thread: the GUI thread may run the first alone.
    qtbot.waitUntil(lambda: not view.running
                    and view.status.text() == "Cancelled. Nothing was written.",
                    timeout=30_000)
    assert list(out.iterdir()) == []


def test_an_unwritable_place_is_a_clear_message(qtbot, make_window, existing_vault, tmp_path):
    _window, view = open_export(qtbot, make_window, tmp_path)
    view.start_export(str(tmp_path / "no-such-folder" / "r.pdf"), view.request())
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert view.status.text().startswith("That place cannot be written")


def test_videos_are_said_to_go_without_their_place_and_a_damaged_one_is_named(
        qtbot, make_window, existing_vault, tmp_path):
    from ..helpers import videos

    window, view = open_export(qtbot, make_window, tmp_path)
    hints = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "Videos in MP4, MOV or 3GP format go as copies without the place" in hints
    assert "go as they are and may hold the place" not in hints  # what it said before
    assert "a video in another format (MKV, WebM, AVI) is left out of such a report" in hints
    assert "Files go under neutral names" in hints  # her own names can be addresses
    broken = tmp_path / "VID_cut.mp4"
    broken.write_bytes(videos.android(videos.BASE.read_bytes())[:-40])  # cut short
    store = window.shell.evidence.store
    item = store.import_file(broken).item
    store.link(item.id, [window.shell.journal.journal.entries()[0].id])
    view.start_export(str(tmp_path / "r.pdf"), view.request())
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert view.status.text().startswith("VID_cut.mp4 is damaged, cut short")
    assert "Nothing was written" in view.status.text()
    assert not (tmp_path / "r.pdf").exists()
    assert store.original_bytes(item.id) == broken.read_bytes()


MKV = (b"\x1aE\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska"
       + b"\x00" * 64)  # an EBML header saying Matroska: enough for the type by content


def test_a_video_that_cannot_be_cleaned_is_left_out_and_she_is_told(
        qtbot, make_window, existing_vault, tmp_path):
    window, view = open_export(qtbot, make_window, tmp_path)
    summary = view.findChild(QLabel, "export_left_out_summary")
    assert summary is not None and not summary.isVisible()
    mkv = tmp_path / "Abay Ave 150.mkv"
    mkv.write_bytes(MKV)
    store = window.shell.evidence.store
    item = store.import_file(mkv).item
    assert item.mime == "video/x-matroska"
    store.link(item.id, [window.shell.journal.journal.entries()[0].id])
    view.show_locations()
    # Before: the screen says which file will be left out, and why.
    assert summary.isVisible()
    assert summary.text().startswith("1 file will be left out of a report without the "
                                     "location")
    listed = view.findChild(QListWidget, "export_location_photos")
    rows = [listed.item(r).text() for r in range(listed.count())]
    assert any(r.startswith("Abay Ave 150.mkv: ") and "left out" in r for r in rows)
    view.findChild(QRadioButton, "export_location_kept").setChecked(True)
    assert not summary.isVisible()  # with the originals it goes out
    view.findChild(QRadioButton, "export_location_withheld").setChecked(True)
    assert summary.isVisible()
    # After: the report is written, and the screen says what was left out.
    view.start_export(str(tmp_path / "r.pdf"), view.request())
    # Until the result is shown (the job may end a moment before its signal arrives).
    qtbot.waitUntil(lambda: not view.running and view.cancel_button.isHidden(),
                    timeout=60_000)
    shown = view.status.text()
    assert shown.startswith("Saved: "), shown
    assert "1 file was left out of the report" in shown and "Abay Ave 150.mkv" in shown
    assert "cannot be cleaned of where it was recorded" in shown
    assert view.status.property("role") != "error"
    assert verify(tmp_path / "r.pdf").ok


def test_a_video_that_cannot_be_checked_is_left_out_and_she_is_told(
        qtbot, make_window, existing_vault, tmp_path):
    from ..test_video_unchecked import fragmented_with_location_track

    window, view = open_export(qtbot, make_window, tmp_path)
    video = tmp_path / "dashcam.mp4"
    video.write_bytes(fragmented_with_location_track())
    store = window.shell.evidence.store
    item = store.import_file(video).item
    store.link(item.id, [window.shell.journal.journal.entries()[0].id])
    view.show_locations()
    view.start_export(str(tmp_path / "r.pdf"), view.request())
    qtbot.waitUntil(lambda: not view.running and view.cancel_button.isHidden(),
                    timeout=60_000)
    shown = view.status.text()
    assert shown.startswith("Saved: "), shown  # the report was made, not refused
    assert "1 file was left out of the report" in shown and "dashcam.mp4" in shown
    assert "could not be checked for where" in shown
    view.status.grab().save(str(tmp_path / "export-unchecked.png"))
    assert verify(tmp_path / "r.pdf").ok
