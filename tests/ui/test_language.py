"""Language chain and Qt's own texts: Kazakh falls back to Russian, then English."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton

from safeplan.ui import language


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    language.install("en")


def test_chain_ends_in_english_and_kazakh_falls_back_to_russian():
    assert language.chain_for("kk") == ("kk", "ru", "en")
    assert language.chain_for("ru") == ("ru", "en")
    assert language.chain_for("en") == ("en",)


def test_qt_and_our_catalogues_installed_in_reverse_priority(qapp):
    language.install("kk")
    assert language.installed_files() == ["calculator_en.qm", "qtbase_ru.qm", "calculator_ru.qm",
                                          "qtbase_kk.qm", "calculator_kk.qm"]
    assert language.current() == "kk"
    language.install("ru")
    assert language.installed_files() == ["calculator_en.qm", "qtbase_ru.qm", "calculator_ru.qm"]


def _context_menu_texts(qtbot) -> list[str]:
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    return texts


def test_text_field_context_menu_follows_the_language(qtbot):
    language.install("ru")
    assert "&Отменить действие" in _context_menu_texts(qtbot)
    language.install("kk")
    texts = _context_menu_texts(qtbot)
    assert "&Болдырмау" in texts and "&Көшіру" in texts
    language.install("en")
    assert "&Undo" in _context_menu_texts(qtbot)


def test_file_dialog_in_kazakh_with_russian_where_qt_has_no_kazakh(qtbot):
    language.install("kk")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["fileNameLabel"] == "Файл &аты:"
    assert labels["lookInLabel"] == "Қайда қ&арау:"
    assert labels["fileTypeLabel"] == "Файлдар &түрі:"
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types.itemText(0) == "Барлық файлдар (*)"
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "Бас тарту" in buttons


def test_a_string_qt_lacks_in_kazakh_comes_in_russian(qapp):
    from PySide6.QtCore import QCoreApplication

    language.install("kk")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"


def test_system_locale_gives_the_title_from_the_first_frame(tmp_path):
    """Started with LANG=kk_KZ.UTF-8 LANGUAGE=kk, before any vault exists."""
    script = textwrap.dedent(f"""
        import json
        from PySide6.QtWidgets import QApplication, QLineEdit
        from safeplan import app
        qapp = QApplication(["calculator"])
        app.install_translation()
        window = app.create_window({str(tmp_path / "data")!r})
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        texts = [a.text().split("\\t")[0] for a in menu.actions()]
        print(json.dumps([window.windowTitle(), texts]))
    """)
    results = {}
    for env_language in ("kk_KZ.UTF-8", "ru_RU.UTF-8"):
        env = dict(os.environ, LANG=env_language, LC_ALL="", LC_MESSAGES="",
                   LANGUAGE=env_language[:2], QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 0, out.stderr[-2000:]
        out = out.stdout
        results[env_language[:2]] = json.loads(out.strip().splitlines()[-1])
    assert results["kk"][0] == "Калькулятор"
    assert "&Болдырмау" in results["kk"][1]
    assert results["ru"][0] == "Калькулятор"
    assert "&Отменить действие" in results["ru"][1]


def test_switching_to_kazakh_shows_the_plan_and_screens_in_kazakh(qtbot, make_window,
                                                                  existing_vault):
    from PySide6.QtWidgets import QAbstractButton

    from .conftest import PIN
    from .test_session_flow import enter, wait_unlocked

    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)  # the vault follows the system: English here
    window.shell.show_page("plan")
    qtbot.waitUntil(lambda: window.shell.plan.plan is not None, timeout=10_000)
    assert window.shell.plan.plan.lists()[0][1].title == "Documents"
    combo = window.shell.settings.language
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())
    assert window.findChild(QAbstractButton, "quickExit").text() == "Жылдам шығу"
    assert window.windowTitle() == "Калькулятор"
    plan = window.shell.plan
    qtbot.waitUntil(lambda: plan.plan is not None, timeout=10_000)
    first = plan.plan.lists()[0][1]
    assert first.title == "Құжаттар"
    assert first.items[0].text.startswith("Жеке куәлік")


@pytest.mark.parametrize("code, one, two, five", [
    ("en", "Import 1 file into the vault", "Import 2 files into the vault",
     "Import 5 files into the vault"),
    ("ru", "Добавить 1 файл в хранилище", "Добавить 2 файла в хранилище",
     "Добавить 5 файлов в хранилище"),
    ("kk", "Қоймаға 1 файлды қосу", "Қоймаға 2 файлды қосу", "Қоймаға 5 файлды қосу"),
])
def test_counts_take_the_plural_forms_of_each_language(qapp, code, one, two, five):
    from PySide6.QtCore import QCoreApplication

    language.install(code)
    forms = [QCoreApplication.translate("ImportPanel", "Import %n files into the vault", "", n)
             for n in (1, 2, 5)]
    assert forms == [one, two, five]
    history = QCoreApplication.translate(
        "JournalView", "History intact: %n changes recorded and checked.", "", 1)
    assert "1 changes" not in history and "%n" not in history
