"""Issue 17: Qt's file dialog shows sizes and dates in her language.

Qt's QFileSystemModel writes sizes and dates with the *system's* locale
(QLocale::system()), not the app's: in a Kazakh session on an English system (this
test machine's C locale) the dialog said "64 bytes" and "25 11 2026 23:11". Qt's
catalogues (qtbase_kk.qm, qtbase_ru.qm) hold no unit texts; Qt 6 takes them from its
CLDR data, where Russian says "64 байты" and Kazakh "62,5 KiБ"."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QTreeView, QWidget

from safeplan.ui import files, language, sizes

from .screen_tour import english_words

EXPECTED = {
    "ru": {"note.bin": "64 байта", "photo.jpg": "62,5 КБ", "video.mp4": "3,0 МБ"},
    "kk": {"note.bin": "64 байт", "photo.jpg": "62,5 КБ", "video.mp4": "3,0 МБ"},
}
WHEN = datetime(2026, 11, 20, 22, 30).timestamp()


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    language.install("en")


@pytest.fixture
def folder(tmp_path):
    for name, size in (("note.bin", 64), ("photo.jpg", 64_000), ("video.mp4", 3_145_728)):
        path = tmp_path / name
        with path.open("wb") as out:
            out.truncate(size)
        os.utime(path, (WHEN, WHEN))
    (tmp_path / "Фото").mkdir()
    return tmp_path


def _dialog_texts(qtbot, folder) -> tuple[list[str], dict[str, list[str]]]:
    """The dialog's column titles and, per file, the texts of its row."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = files.file_dialog(parent, "choose", "test_file_dialog", many=True)
    dialog.setDirectory(str(folder))
    dialog.open()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()

    def rows() -> dict[str, list[str]]:
        root = view.rootIndex()
        found = {}
        for row in range(model.rowCount(root)):
            texts = [model.index(row, column, root).data() or ""
                     for column in range(model.columnCount(root))]
            found[texts[0]] = texts
        return found

    # The folder is read by a thread, sizes and dates a little later.
    qtbot.waitUntil(lambda: len(rows()) == 4 and all(r[3] for r in rows().values()),
                    timeout=10_000)
    headers = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")
               for column in range(model.columnCount(QModelIndex()))]
    found = rows()
    dialog.reject()
    dialog.deleteLater()
    return headers, found


def test_sizes_and_dates_follow_her_language_not_the_system(qtbot, folder):
    assert QLocale.system().language() != QLocale.Language.Kazakh  # as on her English system
    for lang in ("ru", "kk", "ru"):  # and when she switches while the app runs
        language.install(lang)
        headers, rows = _dialog_texts(qtbot, folder)
        assert not [h for h in headers if english_words(h)], headers
        for name, size in EXPECTED[lang].items():
            assert rows[name][1] == size, (lang, rows[name])
            date = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(WHEN)),
                                      QLocale.FormatType.ShortFormat)
            assert rows[name][3] == date, (lang, rows[name])
        assert rows["Фото"][1] == ""  # a folder has no size
        for texts in rows.values():
            assert not english_words(" ".join(texts[1:])), (lang, texts)


@pytest.mark.parametrize(("lang", "size", "text"), [
    ("en", 1, "1 byte"), ("en", 64, "64 bytes"), ("en", 64_000, "62.5 KB"),
    ("ru", 1, "1 байт"), ("ru", 3, "3 байта"), ("ru", 11, "11 байт"), ("ru", 1023, "1023 байта"),
    ("ru", 5 * 1024**3, "5,0 ГБ"), ("kk", 2, "2 байт"), ("kk", 1536, "1,5 КБ"),
])
def test_size_text_in_each_language(qapp, lang, size, text):
    language.install(lang)
    assert sizes.size_text(size) == text


def test_choosing_a_file_still_works_through_the_translated_view(qtbot, folder):
    language.install("kk")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = files.file_dialog(parent, "choose", "test_file_dialog", many=True)
    dialog.setDirectory(str(folder))
    chosen: list[list[str]] = []
    dialog.filesSelected.connect(chosen.append)
    dialog.open()
    view = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 4, timeout=10_000)
    view.header().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # by size, biggest first
    names = [view.model().index(row, 0, view.rootIndex()).data() for row in range(4)]
    files_only = [name for name in names if name != "Фото"]
    assert files_only == ["video.mp4", "photo.jpg", "note.bin"]  # by bytes, not by text
    view.selectionModel().select(view.model().index(names.index("video.mp4"), 0, view.rootIndex()),
                                 view.selectionModel().SelectionFlag.ClearAndSelect
                                 | view.selectionModel().SelectionFlag.Rows)
    dialog.accept()
    assert chosen == [[str(folder / "video.mp4")]]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_type_column_shows_whole_type_names(qtbot, folder, lang):
    """On a real X server the Kazakh dialog cut its file types to "RP…лы", "Ма…лы": the
    Type column kept Qt's width, made for English ("bin File")."""
    (folder / "notes.txt").write_text("text")  # «Текстовый документ», «Документ Markdown»
    (folder / "README.md").write_text("# text")
    language.install(lang)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = files.file_dialog(parent, "choose", "test_file_dialog", many=True)
    dialog.setDirectory(str(folder))
    dialog.open()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 6, timeout=10_000)
    root = view.rootIndex()
    qtbot.wait(50)
    types = [model.index(row, 2, root).data() for row in range(model.rowCount(root))]
    metrics = view.fontMetrics()
    room = view.header().sectionSize(2) - 12  # the cell's margins
    assert all(metrics.horizontalAdvance(name) <= room for name in types), (types, room)
    assert dialog.width() <= 900  # still fits on a small screen
    dialog.reject()
