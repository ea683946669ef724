"""Protection screen: an order's days left inside the vault, a breach recorded from it, a
statement drafted, edited, kept with versions and saved as a PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from safeplan.journal import Incident

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked


def open_protection(qtbot, make_window, day=date(2026, 10, 28)):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.protection
    qtbot.waitUntil(lambda: view._books is not None, timeout=10_000)
    assert view.orders is None  # built only when she opens the page
    window.shell.show_page("protection")
    assert view.orders is not None
    view.orders.book.today = lambda: day
    view.orders.refresh()
    return window, view


def click(qtbot, root, name):
    widget = root.findChild(QAbstractButton, name)
    assert widget is not None and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_an_order_shows_its_days_left_and_when_it_is_about_to_end(qtbot, make_window,
                                                                   existing_vault):
    window, view = open_protection(qtbot, make_window)
    panel = view.orders
    panel.number.setText("17")
    panel.issued_by.setText("УП Алмалинского района")
    panel.issued_on.setText("2026-10-01")
    panel.starts_on.setText("2026-10-02")
    panel.conditions.setPlainText("Не приближаться")
    click(qtbot, panel, "order_save")
    assert panel.error.text() == ""
    assert panel.list.item(0).text().endswith("4 days left (ends 2026-11-01)")
    assert panel.banner.isVisibleTo(panel) and "4 days left" in panel.banner.text()
    # The calculator says nothing about it.
    window.lock()
    assert window.shell is None
    shown = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "days left" not in shown and "order" not in shown.lower()


def test_a_bad_date_gets_a_message_and_nothing_is_saved(qtbot, make_window, existing_vault):
    _window, view = open_protection(qtbot, make_window)
    panel = view.orders
    panel.issued_on.setText("1 октября")
    click(qtbot, panel, "order_save")
    assert "YYYY-MM-DD" in panel.error.text() and panel.book.entries() == []


def test_a_breach_is_recorded_as_an_incident_linked_to_the_order(qtbot, make_window,
                                                                  existing_vault):
    window, view = open_protection(qtbot, make_window)
    panel = view.orders
    panel.number.setText("17")
    panel.issued_on.setText("2026-10-01")
    click(qtbot, panel, "order_save")
    click(qtbot, panel, "order_breach")
    journal = window.shell.journal
    assert window.shell.pages.currentWidget() is journal
    editor = journal.editor
    assert editor.kind_boxes["order_breach"].isChecked()
    assert editor.order.currentData() == panel.order_id
    editor.description.insertPlainText("Пришёл к дому ночью.")
    click(qtbot, editor, "incident_save")
    (entry,) = journal.journal.entries()
    assert entry.current.order_id == panel.order_id


def test_statement_drafted_edited_versioned_and_printed(qtbot, make_window, existing_vault,
                                                         tmp_path):
    window, view = open_protection(qtbot, make_window)
    journal = window.shell.journal.journal
    journal.create(Incident(date="2026-09-14", time="21:40", kinds=["strangulation"],
                            description="Сдавил шею руками", exact_words="Задушу"))
    panel = view.statements
    panel.reload_choices()
    click(qtbot, panel, "statement_draft")
    assert "Tick at least one incident" in panel.status.text()
    panel.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    panel.department.setText("Управления полиции Алмалинского района г. Алматы")
    click(qtbot, panel, "statement_draft")
    text = panel.text.toPlainText()
    assert text.startswith("Начальнику Управления полиции") and "«Задушу»" in text
    click(qtbot, panel, "statement_save")
    panel.text.setPlainText(text.replace("Сдавил шею руками", "Сдавил мне шею руками"))
    click(qtbot, panel, "statement_save")
    (entry,) = panel.book.entries()
    assert len(entry.revisions) == 2 and "Сдавил мне шею" in entry.current.text
    assert panel.status.text() == "Saved: version 2."
    target = tmp_path / "заявление.pdf"
    panel.save_pdf(str(target))
    qtbot.waitUntil(lambda: "PDF saved" in panel.status.text(), timeout=10_000)
    printed = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "ЗАЯВЛЕНИЕ" in printed and "Сдавил мне шею" in printed
    fact = panel.findChild(QWidget, "fact_false-report-419")
    assert any("419" in w.text() for w in fact.findChildren(QLabel))


def test_every_control_is_named(qtbot, make_window, existing_vault):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit

    _window, view = open_protection(qtbot, make_window)
    for kind in (QAbstractButton, QLineEdit, QListWidget, QComboBox, QPlainTextEdit):
        for widget in view.findChildren(kind):
            parent = widget.parent()
            if parent and any(parent.inherits(c) for c in ("QLineEdit", "QAbstractItemView",
                                                              "QTabBar", "QAbstractSpinBox",
                                                              "QComboBox")):
                continue
            if widget.objectName().startswith("qt_") or widget.inherits("QTabBar"):
                continue
            assert widget.objectName() and widget.accessibleName(), widget


def save_order(qtbot, panel, conditions):
    panel.conditions.setPlainText(conditions)
    click(qtbot, panel, "order_save")
    assert panel.error.text() == ""


def test_an_orders_history_shows_every_saved_version(qtbot, make_window, existing_vault):
    _window, view = open_protection(qtbot, make_window)
    panel = view.orders
    assert not panel.history.toggle.isEnabled()  # a new order has no history yet
    panel.number.setText("17")
    panel.issued_on.setText("2026-10-01")
    save_order(qtbot, panel, "Не приближаться")
    save_order(qtbot, panel, "Не приближаться ближе 100 м")
    click(qtbot, panel, "order_history")
    history = panel.history.text
    assert history.isVisibleTo(panel)
    text = history.toPlainText()
    assert text.startswith("Saved versions: 2.")
    assert "Version 1, saved" in text and "Version 2, saved" in text
    first, second = text.split("———")
    assert "Conditions: Не приближаться\n" in first + "\n" and "100 м" in second
    assert history.isReadOnly()


def test_a_statements_history_shows_every_saved_text(qtbot, make_window, existing_vault):
    _window, view = open_protection(qtbot, make_window)
    panel = view.statements
    panel.text.setPlainText("ЗАЯВЛЕНИЕ\nОн ударил меня.")
    click(qtbot, panel, "statement_save")
    panel.text.setPlainText("ЗАЯВЛЕНИЕ\nОн ударил меня два раза.")
    click(qtbot, panel, "statement_save")
    click(qtbot, panel, "statement_history")
    text = panel.history.text.toPlainText()
    assert "Он ударил меня." in text and "Он ударил меня два раза." in text
    assert text.index("меня.") < text.index("два раза")  # oldest first


def test_a_full_disk_keeps_the_order_form_and_says_so(qtbot, make_window, existing_vault,
                                                       monkeypatch):
    from .test_save_failures import FullDisk

    window, view = open_protection(qtbot, make_window)
    panel = view.orders
    panel.number.setText("17")
    panel.issued_on.setText("2026-10-01")
    disk = FullDisk(monkeypatch, window.session.vault)
    panel.conditions.setPlainText("Не приближаться")
    click(qtbot, panel, "order_save")
    assert "disk is full" in panel.error.text()
    assert panel.book.entries() == [] and panel.conditions.toPlainText() == "Не приближаться"
    disk.full = False
    click(qtbot, panel, "order_save")
    assert panel.error.text() == "" and len(panel.book.entries()) == 1
    statements = view.statements
    disk.full = True
    statements.text.setPlainText("ЗАЯВЛЕНИЕ")
    click(qtbot, statements, "statement_save")
    assert "disk is full" in statements.status.text() and statements.book.entries() == []
    assert statements.text.toPlainText() == "ЗАЯВЛЕНИЕ"


def test_an_order_changed_behind_the_apps_back_is_named_by_the_chain_check(
        qtbot, make_window, existing_vault):
    from dataclasses import asdict

    window, view = open_protection(qtbot, make_window)
    panel = view.orders
    panel.number.setText("17")
    panel.issued_by.setText("УП Алмалинского района")
    panel.issued_on.setText("2026-10-01")
    save_order(qtbot, panel, "Не приближаться")
    entry = panel.book.get(panel.order_id)
    data = {"revisions": [{"saved_at": t, "order": asdict(o)} for t, o in entry.revisions]}
    data["revisions"][0]["order"]["conditions"] = "Без условий"
    window.session.vault.update(entry.id, data)  # with the key, but not through the app
    entry.revisions[0][1].conditions = "Без условий"  # as the next unlock would read it
    journal = window.shell.journal
    window.shell.show_page("journal")
    journal._check_chain()
    qtbot.waitUntil(lambda: "protective order" in journal.chain.text(), timeout=10_000)
    assert journal.chain.text() == ("Warning: the protective order № 17 · УП Алмалинского "
                                    "района · 2026-10-01 differs from its recorded history.")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_every_legal_note_shows_its_source_date_and_what_was_not_confirmed(
        qtbot, make_window, existing_vault, code):
    """In her language: the fact, its source and the day it was checked, and for a fact not
    fully re-checked a visible mark saying what was not confirmed (never in English)."""
    from safeplan import legal
    from safeplan.ui import language

    window, view = open_protection(qtbot, make_window)
    combo = window.shell.settings.language
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    window.shell.show_page("protection")
    view = window.shell.protection
    qtbot.waitUntil(lambda: view.orders is not None, timeout=10_000)
    frames = [w for w in view.findChildren(QWidget) if w.objectName().startswith("fact_")]
    shown = {w.objectName()[len("fact_"):] for w in frames}
    assert {"protective-order-30-days", "protective-order-report-to-inspector",
            "prevention-law-245-viii", "false-report-419", "police-act-without-statement",
            "battery-crime-2024"} <= shown
    for frame in frames:
        fact = legal.fact(frame.objectName()[len("fact_"):])
        labels = [w for w in frame.findChildren(QLabel)]
        texts = [w.text() for w in labels]
        assert texts[0] == fact.text(code)
        assert fact.checked in texts[1] and fact.sources[0].title_in(code) in texts[1]
        marks = [w for w in labels if w.property("role") == "error"]
        if fact.fully_rechecked:
            assert marks == []
        else:
            (mark,) = marks
            assert fact.unconfirmed_in(code) in mark.text()
            assert not any("a" <= c <= "z" for c in mark.text().casefold()
                           if c not in "viiv"), mark.text()
    language.install("en")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_statement_form_fits_the_window_in_her_language(qtbot, make_window,
                                                             existing_vault, code):
    """Its column scrolls only down: nothing may be wider than the window (a History button
    beside Save as PDF once cut the Russian fields off on the right)."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from safeplan.ui import language

    window, _view = open_protection(qtbot, make_window)
    combo = window.shell.settings.language
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    window.shell.show_page("protection")
    view = window.shell.protection
    qtbot.waitUntil(lambda: view.statements is not None, timeout=10_000)
    for index, panel in ((0, view.orders), (1, view.statements)):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        area = panel.findChild(QScrollArea)
        assert area.widget().minimumSizeHint().width() <= area.viewport().width(), code
    language.install("en")
