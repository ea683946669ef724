"""The journal screen as the owner uses it: write, edit, trash, find, recover a draft."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from safeplan.journal import Incident

from .conftest import PIN
from .test_session_flow import enter, wait_unlocked


def open_journal(qtbot, make_window):
    window = make_window()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.journal
    qtbot.waitUntil(lambda: view.journal is not None, timeout=10_000)
    return window, view


def click(qtbot, root, name):
    button = root.findChild(QAbstractButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(view):
    model = view.model
    return [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]


def test_journal_is_the_first_page(qtbot, make_window, existing_vault):
    window, view = open_journal(qtbot, make_window)
    assert window.shell.pages.currentWidget() is view
    qtbot.waitUntil(lambda: "intact" in view.chain.text(), timeout=5000)


def test_write_an_incident(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    editor = view.editor
    editor.date.setDate(QDate(2026, 11, 20))
    editor.kind_boxes["physical"].click()
    # QTest types ASCII only; Cyrillic and Kazakh arrive as input-method text would.
    editor.findChild(QPlainTextEdit, "incident_description").insertPlainText(
        "Толкнул меня. Ол мені ұрды.")
    editor.findChild(QPlainTextEdit, "incident_exact_words").insertPlainText("«Убью»")
    click(qtbot, editor, "incident_save")
    assert view.editor is None
    assert rows(view) == [["2026-11-20 " + editor.time.time().toString("HH:mm"),
                           "Physical", "Толкнул меня. Ол мені ұрды.", "0"]]
    qtbot.waitUntil(lambda: "1 change recorded" in view.chain.text(), timeout=5000)


def test_validation_messages(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    editor = view.editor
    click(qtbot, editor, "incident_save")
    assert editor.findChild(QLabel, "incident_error").text() == "Please write what happened."
    editor.date.setDate(QDate.currentDate().addDays(3))
    qtbot.keyClicks(editor.description, "text")
    click(qtbot, editor, "incident_save")
    assert editor.findChild(QLabel, "incident_error").text() == "The date is in the future."
    assert view.journal.entries() == []


def add(view, day, kinds, text, person_id=None):
    return view.journal.create(Incident(date=day, kinds=kinds, description=text,
                                        person_id=person_id))


def test_edit_keeps_history(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    entry = add(view, "2026-10-01", ["threats"], "first words")
    view.refresh()
    view.table.selectRow(0)
    click(qtbot, view, "journal_open")
    view.editor.description.setPlainText("second, corrected words")
    click(qtbot, view.editor, "incident_save")
    assert len(view.journal.get(entry.id).revisions) == 2
    view.table.selectRow(0)
    click(qtbot, view, "journal_history")
    text = view.findChild(QPlainTextEdit, "journal_history_text").toPlainText()
    assert "first words" in text and "second, corrected words" in text
    assert "2 versions" in text


def test_trash_and_restore(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    add(view, "2026-10-01", ["threats"], "keep me")
    view.refresh()
    view.table.selectRow(0)
    click(qtbot, view, "journal_delete")
    assert rows(view) == []
    click(qtbot, view, "journal_trash")
    assert rows(view)[0][2] == "keep me"
    view.table.selectRow(0)
    click(qtbot, view, "journal_delete")  # reads "Restore" in the trash
    assert rows(view) == []
    click(qtbot, view, "journal_trash")
    assert rows(view)[0][2] == "keep me"
    assert [e["action"] for e in view.journal.events()] == ["create", "delete", "restore"]


def test_empty_trash_needs_a_second_click(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    entry = add(view, "2026-10-01", ["threats"], "gone")
    view.journal.delete(entry.id)
    click(qtbot, view, "journal_trash")
    click(qtbot, view, "journal_empty_trash")
    assert len(rows(view)) == 1
    click(qtbot, view, "journal_empty_trash")
    assert rows(view) == []
    qtbot.waitUntil(lambda: "3 changes recorded" in view.chain.text(), timeout=5000)


def test_search_and_filters(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    pid = view.journal.add_person("Ерлан", "муж")
    add(view, "2026-01-05", ["economic"], "Забрал карту")
    add(view, "2026-03-09", ["physical"], "Қатты ұрды", person_id=pid)
    view._fill_people()
    view.refresh()
    assert [r[0] for r in rows(view)] == ["2026-03-09", "2026-01-05"]  # newest first
    view.findChild(QLineEdit, "journal_search").insert("карт")
    assert [r[2] for r in rows(view)] == ["Забрал карту"]
    view.search_box.clear()
    view.kind.setCurrentIndex(view.kind.findData("physical"))
    assert [r[2] for r in rows(view)] == ["Қатты ұрды"]
    view.kind.setCurrentIndex(0)
    view.person.setCurrentIndex(view.person.findData(pid))
    assert [r[2] for r in rows(view)] == ["Қатты ұрды"]
    view.person.setCurrentIndex(0)
    view.start.setDate(QDate(2026, 2, 1))
    assert [r[2] for r in rows(view)] == ["Қатты ұрды"]
    assert "1 of 2" in view.status.text()


def test_draft_comes_back_after_a_quick_exit(qtbot, make_window, existing_vault):
    window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    marker = "half-written ДРАФТ 9931"
    qtbot.keyClicks(view.editor.description, "half-written ")
    view.editor.description.insertPlainText("ДРАФТ 9931")
    qtbot.keyClick(view.editor.description, Qt.Key.Key_Escape)
    assert window.shell is None
    from safeplan.ui.background import wait_for_all

    wait_for_all()
    enter(qtbot, window, PIN)
    wait_unlocked(qtbot, window)
    view = window.shell.journal
    qtbot.waitUntil(lambda: view.journal is not None, timeout=10_000)
    assert view.draft_bar.isVisible()
    click(qtbot, view, "journal_draft_resume")
    assert view.editor.description.toPlainText() == marker
    click(qtbot, view.editor, "incident_save")
    assert rows(view)[0][2] == marker
    assert view.journal.draft() is None


def test_drafts_are_saved_every_few_seconds(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    view.editor.drafts.setInterval(50)
    qtbot.keyClicks(view.editor.description, "typing")
    qtbot.waitUntil(lambda: view.journal.draft() is not None, timeout=3000)
    assert view.journal.draft()["description"] == "typing"


def test_timeline_counts_months(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    add(view, "2026-01-05", ["economic"], "a")
    add(view, "2026-01-09", ["physical", "threats"], "b")
    view.refresh()
    click(qtbot, view, "journal_timeline_toggle")
    assert view.timeline.isVisible()
    assert view.timeline.months == {"2026-01": {"economic": 1, "physical": 1, "threats": 1}}
    assert view.timeline.incidents == {"2026-01": 2}  # two incidents, whatever their kinds
    view.timeline.grab()  # paints without error


def test_timeline_bar_is_as_high_as_the_incidents_not_their_kinds(qtbot, make_window,
                                                                   existing_vault):
    _window, view = open_journal(qtbot, make_window)
    add(view, "2026-01-05", ["physical", "threats", "economic"], "one incident, three kinds")
    add(view, "2026-02-05", ["physical"], "one")
    add(view, "2026-02-09", ["physical"], "two")
    view.refresh()
    click(qtbot, view, "journal_timeline_toggle")
    view.timeline.resize(600, 360)
    image = view.timeline.grab().toImage()

    def bar_height(month_index: int) -> int:
        # The bars are coloured; the background and grid lines are grey.
        slot = (image.width() - 50) / 2
        x = int(40 + month_index * slot + slot / 2)
        coloured = 0
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.saturation() > 60:
                coloured += 1
        return coloured

    january, february = bar_height(0), bar_height(1)
    assert february > 0 and abs(january * 2 - february) <= 4, (january, february)


def test_every_control_is_named(qtbot, make_window, existing_vault):
    window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QSlider

    for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QCheckBox,
                 QAbstractSpinBox, QSlider):
        for widget in window.shell.findChildren(kind):
            parent = widget.parent()
            if parent and any(parent.inherits(c) for c in ("QAbstractSpinBox", "QLineEdit",
                                                              "QAbstractItemView")):
                continue  # Qt's own parts: a spin box's editor, a clear button, a corner
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.objectName() and widget.accessibleName(), widget


def test_a_megabyte_of_text_is_refused_with_a_message(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    view.editor.description.setPlainText("Очень длинный текст. " * 50_000)  # ~1 MB
    click(qtbot, view.editor, "incident_save")
    assert "too long" in view.editor.findChild(QLabel, "incident_error").text()
    assert view.journal.entries() == []
    view.editor.description.setPlainText("Короткий текст 🙂 ә ғ қ ң ө ұ ү һ і")
    click(qtbot, view.editor, "incident_save")
    assert rows(view)[0][2] == "Короткий текст 🙂 ә ғ қ ң ө ұ ү һ і"


def test_danger_signs_show_information_with_source_never_a_score(qtbot, make_window,
                                                                   existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    editor = view.editor
    assert not editor.danger_info.isVisibleTo(editor)
    editor.kind_boxes["strangulation"].click()
    assert editor.danger_info.isVisibleTo(editor)
    shown = [w.text() for w in editor.danger_info.findChildren(QLabel) if w.isVisibleTo(editor)]
    assert any("no visible marks" in t for t in shown)
    assert any(t.startswith("Source: Glass et al.") and "checked 2026-11-25" in t for t in shown)
    assert not any("score" in t.lower() and "not a score" not in t.lower() for t in shown)
    editor.kind_boxes["strangulation"].click()
    editor.kind_boxes["weapon"].click()
    assert editor.danger_info.isVisibleTo(editor)
    assert not editor.strangulation_info.isVisibleTo(editor)


def test_examination_fields_are_saved(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    editor = view.editor
    editor.date.setDate(QDate(2026, 10, 2))
    editor.description.insertPlainText("Душил.")
    editor.kind_boxes["strangulation"].click()
    editor.exam.click()
    qtbot.keyClicks(editor.exam_date, "2026-13-40")
    click(qtbot, editor, "incident_save")
    assert "examination is not a real date" in editor.error.text()
    editor.exam_date.setText("2026-10-03")
    editor.exam_place.setText("Центр судебных экспертиз")
    click(qtbot, editor, "incident_save")
    (entry,) = view.journal.entries()
    current = entry.current
    assert current.exam_referred and current.exam_date == "2026-10-03"
    assert current.exam_place == "Центр судебных экспертиз"
    assert current.kinds == ["strangulation"]
    view.open_editor(entry.id)
    editor = view.editor
    assert editor.exam.isChecked() and editor.exam_place.text() == "Центр судебных экспертиз"
    # The examination's fact is shown with its mark: it could not be re-checked.
    fact = editor.findChild(QWidget, "incident_exam_fact")
    assert any(w.text().startswith("Not re-checked") for w in fact.findChildren(QLabel))


def test_a_damaged_change_is_named_by_its_neighbours(qtbot, make_window, existing_vault,
                                                     data_dir, policy, device):
    from safeplan import vault
    from safeplan.journal import EVENT, Journal

    from ..helpers.damage import flip_byte_of_record

    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    journal = Journal(opened)
    for text in ("one", "two", "three"):
        journal.create(Incident(date="2026-01-05", description=text))
    middle = sorted(opened.list(EVENT), key=lambda pair: pair[1]["seq"])[1][0]
    opened.close()
    flip_byte_of_record(data_dir / vault.DB_NAME, middle, 7)
    _window, view = open_journal(qtbot, make_window)
    view._check_chain()
    qtbot.waitUntil(lambda: "cannot be read" in view.chain.text(), timeout=5000)
    assert "change number 2" in view.chain.text() and "between" in view.chain.text()


def test_fear_slider_goes_where_she_clicks(qtbot, make_window, existing_vault):
    _window, view = open_journal(qtbot, make_window)
    click(qtbot, view, "journal_new")
    slider = view.editor.fear
    slider.resize(300, slider.sizeHint().height())
    slider.show()
    for wanted in (7, 3, 10, 0, 6):
        x = next(x for x in range(slider.width()) if slider.value_at(x) == wanted)
        qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x + 2, slider.height() // 2))
        assert slider.value() == wanted
        assert view.editor.fear_value.text() == str(wanted)  # and she sees the number

def test_calendar_shows_incidents_by_day_beside_the_list(qtbot, make_window, existing_vault):
    from datetime import date

    from PySide6.QtCore import QDate

    _window, view = open_journal(qtbot, make_window)
    add(view, "2026-09-14", ["strangulation"], "Сдавил шею")
    add(view, "2026-09-14", ["physical"], "Толкнул")
    quiet = add(view, "2026-09-20", ["economic"], "Забрал карту")
    view.refresh()
    click(qtbot, view, "journal_calendar_toggle")
    calendar = view.calendar
    assert calendar.isVisibleTo(view) and view.table.isVisibleTo(view)
    day = calendar.day(date(2026, 9, 14))
    assert day.count == 2 and day.danger
    assert not calendar.day(date(2026, 9, 20)).danger
    fmt = calendar.calendar.dateTextFormat(QDate(2026, 9, 14))
    assert fmt.fontUnderline() and fmt.background().color().name() == "#f9c1c7"
    assert calendar.month.text() == "This month: 3 incidents on 2 days."
    calendar.calendar.setSelectedDate(QDate(2026, 9, 20))
    assert calendar.day_list.count() == 1 and "Забрал карту" in calendar.day_list.item(0).text()
    calendar.day_list.itemActivated.emit(calendar.day_list.item(0))
    assert view.editor is not None and view.editor.entry_id == quiet.id


def _two_written_and_the_newest_rows(opened):
    """Incidents "kept" and "gone" written (the journal's opening seals the head); the
    rows a deletion of the newest change takes with sqlite3: its events, the head row
    and the incident. Returns (kept, those row ids)."""
    from safeplan.journal import EVENT, HEAD, Journal

    journal = Journal(opened)
    kept = journal.create(Incident(date="2026-01-05", description="kept"))
    gone = journal.create(Incident(date="2026-01-06", description="gone"))
    victims = [rid for rid, data in opened.list(EVENT) if data["record"] == gone.id]
    victims += [rid for rid, _ in opened.list(HEAD)] + [gone.id]
    return kept, victims


def _told_as_damage_in_each_language(qtbot, view, phrases):
    """The journal's chain line says each (language, words) as damage."""
    from safeplan.ui import language

    try:
        for code, words in phrases:
            language.install(code)
            view._check_chain()
            qtbot.waitUntil(lambda words=words: words in view.chain.text(), timeout=5000)
            assert view.chain.property("role") == "error"
    finally:
        language.install("en")


def test_the_newest_changes_removed_from_the_file_are_told_in_her_language(
        qtbot, make_window, existing_vault, data_dir, policy, device):
    """The attack of the sealed head (tests/test_sealed_head.py) as she sees it: the head
    row, the newest event and its incident deleted with sqlite3; the journal says what
    happened in en, ru and kk, and she can go on writing."""
    import sqlite3

    from safeplan import vault

    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    kept, victims = _two_written_and_the_newest_rows(opened)
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    conn.executemany("DELETE FROM b WHERE k=?", [(r,) for r in victims])
    conn.commit()
    conn.close()
    _window, view = open_journal(qtbot, make_window)
    _told_as_damage_in_each_language(qtbot, view, (
        ("en", "the last change of the history was removed"),
        ("ru", "последнее 1 изменение истории удалено"),
        ("kk", "тарихтың соңғы 1 өзгерісі")))
    assert [r[2] for r in rows(view)] == ["kept"]
    assert view.journal.get(kept.id).current.description == "kept"
    view.journal.create(Incident(date="2026-01-07", description="after"))
    view._check_chain()
    qtbot.waitUntil(lambda: "1 change of the history was removed" in view.chain.text()
                    and "noticed on" in view.chain.text(), timeout=5000)



def test_an_older_key_store_put_back_with_the_newest_changes_removed_is_told_in_her_language(
        qtbot, make_window, existing_vault, data_dir, policy, device):
    """The downgrade of the sealed head (attack/head_downgrade.py): the key store of a copy
    from before the vault's first seal put back, the sealed head, the head row and the
    newest event with its incident deleted. The journal says so in en, ru and kk."""
    import sqlite3

    from safeplan import vault
    from safeplan.vault import layout

    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    (old_store,) = conn.execute("SELECT v FROM a WHERE k=?", (layout.KEYSTORE,)).fetchone()
    conn.close()
    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    _kept, victims = _two_written_and_the_newest_rows(opened)  # the first seal
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    conn.execute("UPDATE a SET v=? WHERE k=?", (old_store, layout.KEYSTORE))
    conn.execute("DELETE FROM a WHERE k=?", (layout.HEAD,))
    conn.executemany("DELETE FROM b WHERE k=?", [(r,) for r in victims])
    conn.commit()
    conn.close()
    _window, view = open_journal(qtbot, make_window)
    _told_as_damage_in_each_language(qtbot, view, (
        ("en", "put back from an older copy"),
        ("ru", "возвращена в обход приложения из его более старой копии"),
        ("kk", "ескірек көшірмесінен қайтарылған")))
    assert [r[2] for r in rows(view)] == ["kept"]


def test_a_loss_of_unknown_size_is_told_as_possible_after_her_save_in_her_language(
        qtbot, make_window, existing_vault, data_dir, policy, device):
    """attack2/discredit.py: only the sealed head deleted, nothing of hers removed. After
    her next save the journal said changes WERE removed; it must keep saying they may
    have been, in en, ru and kk."""
    import sqlite3

    from safeplan import vault
    from safeplan.journal import Journal
    from safeplan.ui import language
    from safeplan.vault import layout

    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    Journal(opened).create(Incident(date="2026-01-05", description="kept"))
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    conn.execute("DELETE FROM a WHERE k=?", (layout.HEAD,))
    conn.commit()
    conn.close()
    _window, view = open_journal(qtbot, make_window)
    view.journal.create(Incident(date="2026-01-07", description="after"))
    try:
        for code, maybe, never in (("en", "may have been removed", "were removed"),
                                   ("ru", "могли быть удалены", "были удалены"),
                                   ("kk", "жойылған болуы мүмкін", "қаншасы екені белгісіз")):
            language.install(code)
            view._check_chain()
            qtbot.waitUntil(lambda maybe=maybe: maybe in view.chain.text(), timeout=5000)
            assert never not in view.chain.text()
            assert view.chain.property("role") == "error"
    finally:
        language.install("en")


def test_files_of_an_item_removed_outside_the_app_are_told_in_her_language(
        qtbot, make_window, existing_vault, data_dir, policy, device, tmp_path):
    import sqlite3

    from safeplan import vault
    from safeplan.evidence import EvidenceStore
    from safeplan.journal import Journal

    from ..test_evidence import photo_bytes

    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(photo_bytes(64, 48))
    item = EvidenceStore(opened, Journal(opened)).import_file(picture).item
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    conn.execute("DELETE FROM b WHERE k=?", (item.id,))
    conn.commit()
    conn.close()
    window, view = open_journal(qtbot, make_window)
    view._check_chain()
    qtbot.waitUntil(lambda: "belong to no evidence item" in view.chain.text(), timeout=5000)
    assert "3 stored files" in view.chain.text() and "kept" in view.chain.text()
    window.grab().save(str(tmp_path / "harden-unclaimed.png"))
    _told_as_damage_in_each_language(qtbot, view, [
        ("ru", "3 сохранённых файла не относятся ни к одному доказательству"),
        ("kk", "сақталған 3 файл ешбір дәлелдемеге жатпайды")])
