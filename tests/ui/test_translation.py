"""The app speaks the owner's language: catalogues load from resources/."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from safeplan import app, paths

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    app.install_translation("en")


def test_compiled_catalogues_are_shipped():
    assert (paths.resource("translations") / "calculator_ru.qm").stat().st_size > 1000


def test_russian_setup(make_window):
    app.install_translation("ru")
    window = make_window()
    assert window.windowTitle() == "Калькулятор"
    texts = [label.text() for label in window.setup.findChildren(QLabel)]
    assert "Личное место за калькулятором" in texts
    assert window.findChild(QAbstractButton, "setup_later").text() == "Не сейчас"


def test_language_chosen_in_settings_applies_at_once(qtbot, make_window, existing_vault):
    app.install_translation("en")
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    combo = window.shell.settings.language
    combo.setCurrentIndex(combo.findData("ru"))
    combo.activated.emit(combo.currentIndex())
    assert window.findChild(QAbstractButton, "quickExit").text() == "Быстрый выход"
    assert window.session.settings.language == "ru"
    window.lock()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    assert window.shell.settings.language.currentData() == "ru"


def test_the_report_is_in_her_language(tmp_path, data_dir, policy):
    """The report's labels go through the same catalogue as the screens."""
    from pypdf import PdfReader
    from PySide6.QtCore import QCoreApplication

    from safeplan import vault
    from safeplan.evidence import EvidenceStore
    from safeplan.export import Exporter, ExportRequest
    from safeplan.journal import Incident, Journal
    from safeplan.report import texts
    from safeplan.ui.evidence_model import evidence_kind_names
    from safeplan.ui.journal_model import kind_names

    app.install_translation("ru")
    opened, _ = vault.create(data_dir, "24681357", policy=policy)
    journal = Journal(opened)
    journal.create(Incident(date="2026-11-20", kinds=["physical"], description="Ударил"))
    exporter = Exporter(opened, journal, EvidenceStore(opened, journal),
                        texts(QCoreApplication.translate), kind_names(), evidence_kind_names())
    exporter.run(ExportRequest(), tmp_path / "отчёт.pdf")
    opened.close()
    reader = PdfReader(tmp_path / "отчёт.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Документирование происшествий" in text
    assert "Физическое" in text or "Физическ" in text
    assert f"Страница 1 из {len(reader.pages)}" in text
