"""A tour of every screen and dialog of the app, for the language tests and the screenshots.

`tour(window, wait)` drives a freshly made window (first run: no vault yet) through
setup, then every page, panel and dialog of the vault, and yields `(name, widget)` at
each stop, with the widget to inspect on screen. Between stops the caller looks: the
language test collects the visible texts (`visible_texts`) and what does not fit
(`cut_off`); scripts/screenshots_kk.py saves a picture.

What counts as cut off: a one-line text wider than the room its widget gives it
(labels, buttons, check boxes, tabs, combo boxes, header sections), a word-wrapped
label shorter than its lines need, or a widget reaching outside its parents (so
outside the window) other than down into a scroll area, which scrolls.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

PIN = "2580147369"

# -- what is on screen ---------------------------------------------------------------


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def plain(text: str) -> str:
    """What a label shows: rich text without its tags, buttons without their '&'."""
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<") \
            .replace("&gt;", ">")
    return text


def mnemonic_free(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _columns(model) -> int:
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount(QModelIndex())


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see under `root`, or open from it (the
    items of its combo boxes, the actions of its menus)."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str, what: str = "") -> None:
        text = text.strip()
        if text:
            name = widget.objectName() or type(widget).__name__
            found.append((f"{name}{what}", text))

    if root.isWindow():
        add(root, root.windowTitle(), " title")
    if isinstance(root, QMenu):
        for action in root.actions():
            add(root, mnemonic_free(action.text()).split("\t")[0], " action")
        return found
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            add(widget, mnemonic_free(plain(widget.text())) if widget.buddy() is not None
                else plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(widget, mnemonic_free(widget.text()))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index), f" item {index}")
            if widget.isEditable() and widget.lineEdit() is not None:
                add(widget, widget.lineEdit().placeholderText(), " placeholder")
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText(), " placeholder")
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(widget, widget.placeholderText(), " placeholder")
            add(widget, widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, mnemonic_free(widget.tabText(index)), f" tab {index}")
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = _columns(model) if widget.orientation() == Qt.Orientation.Horizontal \
                else 0
            for section in range(count):
                if not widget.isSectionHidden(section):
                    add(widget, str(model.headerData(section, widget.orientation()) or ""),
                        f" header {section}")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), widget.rootIndex()  # a file dialog's: its folder
            for row in range(min(model.rowCount(top), 40)):
                for column in range(_columns(model)):
                    value = model.index(row, column, top).data()
                    if isinstance(value, str):
                        add(widget, value, f" row {row}")
    return found


# -- what does not fit ---------------------------------------------------------------


def _window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def outside_parents(widget: QWidget) -> str:
    """Where a widget reaches outside its parents: 'right', 'left', 'bottom', 'top',
    'hidden' or ''. Down into a scroll area is no cut (it scrolls): from a scroll area's
    viewport up, the part of the widget that counts is what the viewport can show."""
    mine = _window_rect(widget)
    room = QRect(mine)
    child = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        area = _window_rect(parent)
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            top, bottom = max(room.top(), area.top()), min(room.bottom(), area.bottom())
            if bottom < top:  # scrolled out of view: it can be scrolled back
                top, bottom = area.top(), area.bottom()
            room = QRect(room.left(), top, room.width(), bottom - top + 1)
            mine = QRect(mine.left(), top, mine.width(), bottom - top + 1)
        room = room.intersected(area)
        if room.isEmpty():
            return "hidden"
        child, parent = parent, holder
    for side, cut in (("right", room.right() < mine.right()), ("left", room.left() > mine.left()),
                      ("bottom", room.bottom() < mine.bottom()),
                      ("top", room.top() > mine.top())):
        if cut:
            return side
    return ""


def _button_room(button: QAbstractButton) -> int:
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        return style.subElementRect(element, option, button).width()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                    button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
        if button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option,
                                      button)
        return room
    return button.contentsRect().width()


def _too_wide(widget: QWidget, text: str, room: int) -> bool:
    lines = text.splitlines() or [""]
    return max(widget.fontMetrics().horizontalAdvance(line) for line in lines) > room


def cut_off(root: QWidget) -> list[str]:
    """What does not fit under `root`, one line each ('where: text')."""
    found: list[str] = []

    def flag(widget: QWidget, text: str, why: str) -> None:
        found.append(f"{widget.objectName() or type(widget).__name__} ({why}): {text!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget, root):
            continue
        text = ""
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if "<" in text and ">" in text:
                # Rich text: its own document says how high it lays out at this width.
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    flag(widget, plain(text)[:60], "too short for its lines")
            elif widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    flag(widget, text[:60], f"needs {need} px high, has {widget.height()}")
            else:
                if widget.buddy() is not None:
                    text = mnemonic_free(text)
                margin = 2 * widget.margin() + max(widget.indent(), 0)
                if _too_wide(widget, text, widget.contentsRect().width() - margin):
                    flag(widget, text, "wider than the label")
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = mnemonic_free(widget.text())
            if _too_wide(widget, text, _button_room(widget)):
                flag(widget, text, "wider than the button")
        elif isinstance(widget, QComboBox) and widget.count():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                 QStyle.SubControl.SC_ComboBoxEditField,
                                                 widget).width()
            text = widget.currentText()
            if widget.objectName() == "lookInCombo":
                text = ""  # Qt's file dialog: a folder path, elided in the middle on purpose
            if _too_wide(widget, text, room):
                flag(widget, text, "wider than the combo box")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width():
                    flag(widget, widget.tabText(index), "tab narrower than its text")
        elif isinstance(widget, QHeaderView) and widget.model() is not None \
                and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for section in range(_columns(model)):
                label = str(model.headerData(section, widget.orientation()) or "")
                if label and not widget.isSectionHidden(section) and \
                        widget.fontMetrics().horizontalAdvance(label) + 8 > \
                        widget.sectionSize(section):
                    flag(widget, label, "header narrower than its text")
        if (isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit, QTabBar,
                                QHeaderView))):
            side = outside_parents(widget)
            if side:
                shown_text = text or getattr(widget, "text", lambda: "")() \
                    if not isinstance(widget, (QTabBar, QHeaderView)) else ""
                flag(widget, shown_text, f"outside the window ({side})")
    return found


# -- English in a translated screen ----------------------------------------------------

# Latin-letter words that are right in any language: names, units, keys, formats.
ALLOWED_LATIN = {
    "PIN", "SHA", "AES", "GCM", "Argon2id", "Argon", "id", "HKDF", "Ed25519", "Ed", "ECDSA",
    "PDF", "USB", "Esc", "Ctrl", "Shift", "Alt", "Tab", "Enter", "EXIF", "GPS", "JSON",
    "Linux", "Windows", "macOS", "SafePlan", "OK", "openssl", "sha256sum", "pdfsig", "KiB",
    "MiB", "GiB", "KB", "MB", "GB", "kB", "Samsung", "SM", "A515F", "WhatsApp", "Telegram",
    "Instagram", "Facebook", "Google", "Apple", "iCloud", "Wi", "Fi", "SIM", "SMS", "ID",
    "RFC", "QR", "SOS", "UTC", "GMT", "zip", "Zip", "ZIP", "JPEG", "JPG", "PNG", "HEIC",
    "HEIF", "GIF", "TIFF", "MP4", "MPEG", "MOV", "3GP", "GP", "AC",
    "VIII", "IV",
    "Insider", "kz", "KZ", "Kazinform", "eGov", "Mobile",  # own names: Insider-kz, НеМолчиKZ
}
# Where Latin letters are right: each language named in its own words, folder names.
ALLOWED_PLACES = ("settings_language", "export_language", "sidebar")
_URL = re.compile(r"\b(?:https?|ftp)://\S+")
_FILE = re.compile(r"\S+\.[A-Za-z0-9]{1,5}\b")  # a file name: IMG_0001.jpg, report.pdf
_PATH = re.compile(r"(?:~|/)[\w./-]+")
_MIME = re.compile(r"\b[a-z]+/[a-z0-9.+-]+\b")  # image/jpeg
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|gov|info)\b",
                     re.IGNORECASE)
_HEX = re.compile(r"\b[0-9A-Fa-f]{4,}\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def english_words(text: str, allowed: set[str] = ALLOWED_LATIN) -> list[str]:
    """Latin-letter words outside the allow-list, after file names, paths and hex."""
    text = text.replace("\u200b", "")  # zero-width spaces that let addresses wrap
    for pattern in (_URL, _DOMAIN, _FILE, _MIME, _PATH, _HEX):
        text = pattern.sub(" ", text)
    return [word for word in _WORD.findall(text)
            if word not in allowed and not (len(word) == 1 and word in "xX×")]


# -- the tour --------------------------------------------------------------------------


def _press(pad, digits: str, submit: bool = True) -> None:
    for digit in digits:
        pad.press(digit)
    if submit:
        pad.press("OK")


def _sample_photo(folder: Path) -> Path:
    from PIL import Image

    path = folder / "IMG_20261120_231402.jpg"
    Image.new("RGB", (320, 240), (200, 160, 140)).save(path, "JPEG")
    return path


def tour(window, wait: Callable[[Callable[[], bool]], None], *, folder: Path | None = None,
         language: str = "en") -> Iterator[tuple[str, QWidget]]:
    """Walk a first-run window through setup and every vault screen and dialog.

    `wait(condition)` processes events until `condition()` is true (or fails).
    `language` is set in the vault's settings once it is open."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from safeplan.journal import Incident
    from safeplan.ui import files
    from safeplan.ui.main_window import VAULT_SIZE

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()
            QCoreApplication.sendPostedEvents()

    folder = folder or Path(tempfile.mkdtemp(prefix="calc-tour-"))
    setup = window.setup
    assert setup is not None, "the tour starts at the first run"
    yield "setup-welcome", window
    setup.findChild(QAbstractButton, "setup_restore").click()
    settle()
    yield "setup-restore-file", window
    restore = setup.restore_view
    backup = folder / "calc-2026-11-20.bin"
    backup.write_bytes(b"\0" * 64)  # not a backup: the page says so in her language
    restore.choose_file(str(backup))
    settle()
    yield "setup-restore-after", window
    setup._show()
    setup.findChild(QAbstractButton, "setup_start").click()
    _press(setup.pin_pad, PIN[:5], submit=False)
    yield "setup-pin", window
    _press(setup.pin_pad, PIN[5:])
    yield "setup-confirm", window
    _press(setup.confirm_pad, PIN)
    wait(lambda: setup.flow.step == "binding")
    yield "setup-keyring", window
    setup.findChild(QAbstractButton, "setup_create").click()
    wait(lambda: setup.flow.step == "recovery")
    yield "setup-recovery", window
    setup.findChild(QAbstractButton, "setup_written").click()
    yield "setup-check", window
    _press(setup.verify_pad, "0000" if setup.flow.code_groups(setup.flow.recovery_code)[
        setup.flow.checked_group] != "0000" else "1111")
    yield "setup-check-wrong", window
    flow = setup.flow
    _press(setup.verify_pad, flow.code_groups(flow.recovery_code)[flow.checked_group])
    yield "setup-done", window
    setup.findChild(QAbstractButton, "setup_finish").click()
    wait(lambda: window.shell is not None)
    if language != "en":
        window.session.settings.language = language
        window._settings_changed()
        wait(lambda: window.shell is not None)
    window.resize(VAULT_SIZE)
    shell = window.shell
    wait(lambda: shell.journal.journal is not None and shell.plan.plan is not None
         and shell.evidence.store is not None)

    journal = shell.journal.journal
    words = {"ru": ("Ударил по лицу", "Андрей"), "kk": ("Бетімнен ұрды", "Асқар"),
             "en": ("Hit me in the face", "Andrew")}[language if language in
                                                      ("ru", "kk") else "en"]
    for day, kinds in (("2026-11-20", ["physical", "threats"]), ("2026-10-17", ["psychological"])):
        journal.create(Incident(date=day, time="22:30", kinds=kinds, description=words[0],
                                exact_words=words[0]))
    store = shell.evidence.store
    photo = _sample_photo(folder)
    store.import_file(photo)
    shell.journal.refresh()
    shell.evidence.refresh()
    shell._links_changed()
    settle()

    shell.show_page("journal")
    view = shell.journal
    view.table.selectRow(0)
    settle()
    yield "journal", window
    view.draft_bar.show()
    yield "journal-draft", window
    view.draft_bar.hide()
    view.timeline_button.setChecked(True)
    yield "journal-timeline", window
    view.timeline_button.setChecked(False)
    view.calendar_button.setChecked(True)
    yield "journal-calendar", window
    view.calendar_button.setChecked(False)
    view.table.selectRow(0)
    view.show_history()
    yield "journal-history", window
    view.show_list()
    view.open_editor(None)
    settle()
    yield "journal-editor", window
    view.editor.cancel()
    settle()
    view.table.selectRow(1)
    view.delete_selected()
    view.trash_button.setChecked(True)
    settle()
    yield "journal-trash", window
    view.trash_button.setChecked(False)

    shell.show_page("evidence")
    settle()
    yield "evidence", window
    evidence = shell.evidence
    evidence.import_panel.prepare([str(photo), str(folder / "voice_2026-11-20.m4a")],
                                  evidence.incident_choices())
    settle()
    yield "evidence-import", window
    evidence.import_panel.hide()
    evidence.open_item(evidence.model.item(0).id)
    settle()
    yield "evidence-viewer", window
    evidence.close_viewer()

    shell.show_page("plan")
    settle()
    plan = shell.plan
    for index, name in enumerate(("checklists", "people", "numbers", "print")):
        plan.tabs.setCurrentIndex(index)
        settle()
        yield f"plan-{name}", window

    shell.show_page("protection")
    settle()
    protection = shell.protection
    wait(lambda: protection.orders is not None)
    yield "protection-orders", window
    protection.tabs.setCurrentIndex(1)
    statements = protection.statements
    statements.reload_choices()
    if statements.incidents.count():
        item = statements.incidents.item(0)
        item.setCheckState(Qt.CheckState.Checked)
    statements.make_draft()
    settle()
    yield "protection-statement", window

    for page in ("export", "backup", "safety", "settings"):
        shell.show_page(page)
        settle()
        yield page, window

    dialog = files.file_dialog(window, "choose", "tour_file_dialog", many=True)
    dialog.setDirectory(str(folder))
    dialog.open()
    from PySide6.QtWidgets import QTreeView

    files_view = dialog.findChild(QTreeView, "treeView")
    wait(lambda: files_view.model().rowCount(files_view.rootIndex()) >= 2)  # read by a thread
    settle()
    yield "file-dialog", dialog
    dialog.reject()
    dialog.setAcceptMode(dialog.AcceptMode.AcceptSave)
    dialog.open()
    settle()
    yield "file-dialog-save", dialog
    dialog.reject()
    dialog.deleteLater()

    menu = shell.journal.search_box.createStandardContextMenu()
    menu.setObjectName("tour_context_menu")
    yield "context-menu", menu
    menu.deleteLater()
    window.lock()
    settle()
    yield "calculator", window
