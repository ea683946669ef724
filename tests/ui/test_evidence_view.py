"""The evidence screen as she uses it: add files, see them, open one, link it, copy it out."""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog

from safeplan.journal import Incident
from safeplan.ui.background import wait_for_all
from safeplan.ui.evidence_model import ICON

from ..test_evidence import bomb_png, photo_bytes
from .conftest import PIN
from .test_no_plaintext import files_containing
from .test_session_flow import enter, wait_unlocked


def open_evidence(qtbot, make_window):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.evidence
    qtbot.waitUntil(lambda: view.store is not None, timeout=10_000)
    window.shell.show_page("evidence")
    return window, view


def click(qtbot, root, name: str) -> None:
    widget = root.findChild(QAbstractButton, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def run_import(qtbot, view, paths) -> list:
    view.import_files([str(p) for p in paths])
    assert view.import_panel.isVisible()
    with qtbot.waitSignal(view.import_panel.finished, timeout=20_000) as finished:
        click(qtbot, view.import_panel, "evidence_import_start")
    return finished.args[0]


def test_import_shows_the_photos_in_the_gallery_with_thumbnails(qtbot, make_window,
                                                                 existing_vault, tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    assert view.empty.isVisible()
    photos = []
    for n in range(3):
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(photo_bytes(colour=(50 * n, 80, 90)))
        photos.append(path)
    outcomes = run_import(qtbot, view, photos)
    assert [o.status for o in outcomes] == ["stored"] * 3
    assert view.model.rowCount() == 3 and view.gallery.isVisible()
    assert view.status.text() == "3 of 3 items"
    report = [view.import_panel.files.item(i).text() for i in range(3)]
    assert all("stored, SHA-256" in line for line in report)
    # Thumbnails arrive from a worker once the rows are painted.
    index = view.model.index(0)
    view.model.data(index, Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(view.model._pixmaps) > 0, timeout=5_000)
    pixmap = view.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap)
    assert pixmap.width() <= ICON.width() and pixmap.height() == ICON.height()  # upright


def test_each_bad_file_gets_its_own_message_and_nothing_is_half_stored(qtbot, make_window,
                                                                       existing_vault,
                                                                       tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    (tmp_path / "empty.jpg").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    (tmp_path / "cut.jpg").write_bytes(photo_bytes(1200, 900)[:5000])
    (tmp_path / "bomb.png").write_bytes(bomb_png())
    (tmp_path / "note.jpg").write_bytes("не фото".encode())
    with (tmp_path / "huge.mov").open("wb") as stream:
        stream.truncate(4 * 1024 ** 3 + 1)
    names = ["empty.jpg", "folder", "cut.jpg", "bomb.png", "note.jpg", "huge.mov"]
    outcomes = run_import(qtbot, view, [tmp_path / n for n in names])
    assert [o.status for o in outcomes] == ["refused", "refused", "stored", "stored", "stored",
                                            "refused"]
    lines = [view.import_panel.files.item(i).text() for i in range(len(names))]
    assert "is empty" in lines[0]
    assert "is a folder" in lines[1]
    assert "damaged, so there is no preview" in lines[2]
    assert "too large to preview safely" in lines[3]
    assert "does not match its content (text/plain)" in lines[4]
    assert "larger than 4 GiB" in lines[5]
    assert view.import_panel.heading.text() == "3 of 6 files are now in the vault"
    # Three originals, none can be previewed: each keeps two fillers instead.
    assert len(view.store._vault.list_files()) == 9
    assert all(item.thumb_id is None for item in view.store.items())


def test_viewer_shows_the_facts_and_links_show_from_both_sides(qtbot, make_window,
                                                               existing_vault, tmp_path):
    window, view = open_evidence(qtbot, make_window)
    journal = window.shell.journal
    entry = journal.journal.create(Incident(date="2026-11-20", description="Схватил за горло"))
    path = tmp_path / "IMG_2041.jpg"
    path.write_bytes(photo_bytes(1600, 1200))
    run_import(qtbot, view, [path])
    view.gallery.setCurrentIndex(view.model.index(0))
    click(qtbot, view, "evidence_open")
    viewer = view.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.picture.full is not None, timeout=10_000)
    # Orientation 6: the stored 1600 × 1200 photo is shown upright, 1200 × 1600.
    assert (viewer.picture.full.width(), viewer.picture.full.height()) == (1200, 1600)
    fitted = viewer.picture.canvas.pixmap().size()
    click(qtbot, viewer, "evidence_zoom_in")
    assert viewer.picture.canvas.pixmap().width() > fitted.width()
    click(qtbot, viewer, "evidence_actual")
    assert viewer.picture.canvas.pixmap().width() == 1200
    click(qtbot, viewer, "evidence_fit")
    assert viewer.picture.canvas.pixmap().size() == fitted
    facts = viewer.facts.toPlainText()
    assert "Taken (EXIF): 2026-11-20T23:41:05+05:00" in facts
    assert "Camera: Samsung SM-A515F" in facts
    assert "GPS position: 43.23" in facts
    assert viewer.taken.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-20 23:41"

    viewer.caption.setText("Синяк на шее")
    viewer.kind.setCurrentIndex(viewer.kind.findData("injury"))
    viewer.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, viewer, "evidence_save")
    assert viewer.status.text() == "Saved."
    item = view.store.items()[0]
    assert item.current.incident_ids == [entry.id]
    assert item.current.taken_at == ""  # still follows the EXIF time
    assert journal.model.data(journal.model.index(0, 3)) == "1"
    journal.open_editor(entry.id)
    assert "Синяк на шее" in journal.editor.evidence_note.text()
    view.incident.setCurrentIndex(view.incident.findData(entry.id))
    assert view.model.rowCount() == 1
    view.kind.setCurrentIndex(view.kind.findData("medical"))
    assert view.model.rowCount() == 0


def test_save_a_copy_writes_the_original_byte_for_byte(qtbot, make_window, existing_vault,
                                                       tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    path = tmp_path / "IMG_1.jpg"
    path.write_bytes(photo_bytes())
    run_import(qtbot, view, [path])
    view.open_item(view.model.item(0).id)
    click(qtbot, view.viewer, "evidence_save_copy")
    dialog = view.findChild(QFileDialog, "evidence_copy_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.selectFile(str(out / "copy.jpg"))
    dialog.accept()
    qtbot.waitUntil(lambda: "Copy saved" in view.viewer.status.text(), timeout=10_000)
    assert "NOT protected" in view.viewer.status.text()
    assert (out / "copy.jpg").read_bytes() == photo_bytes()
    assert os.listdir(out) == ["copy.jpg"]


def test_the_file_dialog_leaves_no_history_behind(qtbot, make_window, existing_vault,
                                                  tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    path = tmp_path / "secret-folder" / "IMG_1.jpg"
    path.parent.mkdir()
    path.write_bytes(photo_bytes())
    click(qtbot, view, "evidence_add")
    dialog = view.findChild(QFileDialog, "evidence_add_dialog")
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(str(path))
    dialog.accept()
    assert view.import_panel.isVisible()
    assert view.import_panel.files.item(0).text() == "IMG_1.jpg"
    dialog.deleteLater()
    QApplication.processEvents()
    import shiboken6

    shiboken6.delete(dialog)  # Qt saves its history when the dialog is destroyed
    home = Path(os.environ["HOME"])
    assert files_containing(home, [b"secret-folder"]) == []
    assert not list(home.rglob("QtProject.conf"))


def test_drag_and_drop_prepares_an_import(qtbot, make_window, existing_vault, tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    paths = []
    for n in range(2):
        path = tmp_path / f"drop{n}.jpg"
        path.write_bytes(photo_bytes(colour=(n, n, n)))
        paths.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop = QDropEvent(QPointF(QPoint(50, 50)), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    assert drop.isAccepted()
    assert view.import_panel.heading.text() == "Import 2 files into the vault"


def test_cancel_in_the_middle_keeps_nothing(qtbot, make_window, existing_vault, tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(64 * 1024 * 1024))
    view.import_files([str(big)])
    click(qtbot, view.import_panel, "evidence_import_start")
    qtbot.waitUntil(lambda: view.import_panel.progress.value() > 0, timeout=10_000)
    with qtbot.waitSignal(view.import_panel.finished, timeout=20_000) as finished:
        click(qtbot, view.import_panel, "evidence_import_cancel")
    assert [o.status for o in finished.args[0]] == ["cancelled"]
    assert "cancelled, nothing kept" in view.import_panel.files.item(0).text()
    assert view.store.items() == [] and view.store._vault.list_files() == []
    assert big.stat().st_size == 64 * 1024 * 1024


def test_remove_originals_reports_what_was_done(qtbot, make_window, existing_vault, tmp_path):
    _window, view = open_evidence(qtbot, make_window)
    path = tmp_path / "IMG_1.jpg"
    path.write_bytes(photo_bytes())
    view.import_files([str(path)])
    view.import_panel.remove.setChecked(True)
    assert view.import_panel.remove_warning.isVisible()
    assert "SSDs" in view.import_panel.remove_warning.text()
    with qtbot.waitSignal(view.import_panel.finished, timeout=20_000):
        click(qtbot, view.import_panel, "evidence_import_start")
    assert not path.exists()
    assert "the original was removed" in view.import_panel.files.item(0).text()
    assert view.import_panel.current.text() == "Originals removed from this computer: 1"


def test_importing_viewing_and_locking_leave_no_picture_on_disk(qtbot, make_window,
                                                                existing_vault, data_dir,
                                                                tmp_path):
    marker = b"ZQX-EVIDENCE-MARKER-7731"
    image = Image.new("RGB", (800, 600), (10, 20, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", comment=marker)
    data = out.getvalue()
    source = tmp_path / "source"
    source.mkdir()
    (source / "IMG_9.jpg").write_bytes(data)
    started = time.time() - 1
    window, view = open_evidence(qtbot, make_window)
    run_import(qtbot, view, [source / "IMG_9.jpg"])
    view.open_item(view.model.item(0).id)
    qtbot.waitUntil(lambda: view.viewer.picture.full is not None, timeout=10_000)
    qtbot.keyClick(window.shell, Qt.Key.Key_Escape)
    wait_for_all()
    needles = [marker, data[:64], data[-64:]]
    assert files_containing(data_dir, needles) == []
    left = files_containing(Path(tempfile.gettempdir()), needles, since=started)
    assert [p for p in left if source not in p.parents] == []  # only her original remains
    home = Path(os.environ["HOME"])
    assert files_containing(home, needles) == []
    assert window.shell is None


def test_locking_during_an_import_stops_it(qtbot, make_window, existing_vault, tmp_path):
    window, view = open_evidence(qtbot, make_window)
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(96 * 1024 * 1024))
    view.import_files([str(big)])
    click(qtbot, view.import_panel, "evidence_import_start")
    qtbot.waitUntil(lambda: view.import_panel.progress.value() > 0, timeout=10_000)
    qtbot.keyClick(window.shell, Qt.Key.Key_Escape)
    wait_for_all()
    assert window.shell is None and window.session.vault is None
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.evidence
    qtbot.waitUntil(lambda: view.store is not None, timeout=10_000)
    assert view.store.items() == []
    assert view.store._vault.list_files() == []


def test_every_control_of_evidence_and_export_is_named(qtbot, make_window, existing_vault,
                                                       tmp_path):
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
    )

    window, view = open_evidence(qtbot, make_window)
    path = tmp_path / "IMG_1.jpg"
    path.write_bytes(photo_bytes())
    run_import(qtbot, view, [path])
    view.import_files([str(path)])  # the panel with its options
    view.open_item(view.model.item(0).id)
    for root in (view, window.shell.export):
        for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                     QAbstractItemView, QProgressBar):
            for widget in root.findChildren(kind):
                ancestors, up = [], widget.parent()
                while up is not None and up is not root:
                    ancestors.append(up)
                    up = up.parent()
                if any(a.inherits(c) for a in ancestors for c in (
                        "QAbstractSpinBox", "QLineEdit", "QAbstractItemView", "QComboBox",
                        "QCalendarWidget")):
                    continue  # Qt's own parts of a composite widget (a combo's popup list)
                if widget.objectName().startswith("qt_") or widget.inherits("QCalendarWidget"):
                    continue
                assert widget.objectName() and widget.accessibleName(), widget


def test_a_recording_shows_its_duration(qtbot, make_window, existing_vault, tmp_path):
    from ..test_evidence import wav_bytes

    _window, view = open_evidence(qtbot, make_window)
    path = tmp_path / "voice.wav"
    path.write_bytes(wav_bytes(65.0))
    run_import(qtbot, view, [path])
    view.open_item(view.model.item(0).id)
    facts = view.viewer.facts.toPlainText()
    assert "Duration: 1:05" in facts and "Sound: 8 kHz, 1 channels" in facts
    assert "kept exactly as it was imported" in view.viewer.picture.canvas.text()


def test_a_vault_failure_on_one_file_is_reported_for_that_file_only(qtbot, make_window,
                                                                   existing_vault, tmp_path,
                                                                   monkeypatch):
    from safeplan.vault import VaultError

    _window, view = open_evidence(qtbot, make_window)
    paths = []
    for n in range(3):
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(photo_bytes(colour=(n, 9, 9)))
        paths.append(path)
    real = view.store.import_file

    def flaky(path, **kwargs):
        if str(path).endswith("IMG_1.jpg"):
            raise VaultError("database is locked")
        return real(path, **kwargs)

    monkeypatch.setattr(view.store, "import_file", flaky)
    outcomes = run_import(qtbot, view, paths)
    assert [o.status for o in outcomes] == ["stored", "refused", "stored"]
    assert "the vault could not be written" in view.import_panel.files.item(1).text()
    assert view.model.rowCount() == 2


def test_the_incident_list_can_be_searched(qtbot, make_window, existing_vault, tmp_path):
    window, view = open_evidence(qtbot, make_window)
    journal = window.shell.journal.journal
    journal.create(Incident(date="2026-11-20", description="Схватил за горло"))
    journal.create(Incident(date="2026-10-01", description="Разбил телефон"))
    path = tmp_path / "IMG_1.jpg"
    path.write_bytes(photo_bytes())
    run_import(qtbot, view, [path])
    view.open_item(view.model.item(0).id)
    viewer = view.viewer
    viewer.incident_search.setText("телефон")
    shown = [viewer.incidents.item(r).text() for r in range(viewer.incidents.count())
             if not viewer.incidents.item(r).isHidden()]
    assert len(shown) == 1 and "Разбил телефон" in shown[0]


def test_how_she_got_it_and_the_plain_note_on_covert_recordings(qtbot, make_window,
                                                                existing_vault, tmp_path):
    from PySide6.QtWidgets import QLabel, QWidget

    from ..test_evidence import wav_bytes

    _window, view = open_evidence(qtbot, make_window)
    path = tmp_path / "kitchen.wav"
    path.write_bytes(wav_bytes(3.0))
    run_import(qtbot, view, [path])
    view.open_item(view.model.item(0).id)
    viewer = view.viewer
    note = viewer.findChild(QWidget, "evidence_recording_note")
    assert note.isVisibleTo(viewer)  # an audio file she has not described yet
    shown = [w.text() for w in note.findChildren(QLabel)]
    assert any("may be ruled inadmissible" in t and "medical examination" in t for t in shown)
    assert any(t.startswith("Source: ") for t in shown)
    assert any(t.startswith("Only partly re-checked") for t in shown)
    viewer.origin.setCurrentIndex(viewer.origin.findData("received"))
    assert not note.isVisibleTo(viewer)
    click(qtbot, viewer, "evidence_save")
    assert view.store.items()[0].current.origin == "received"
    viewer.origin.setCurrentIndex(viewer.origin.findData("recording"))
    assert note.isVisibleTo(viewer)
