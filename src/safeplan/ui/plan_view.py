"""The safety plan screen: checklists, people and places, help numbers, print."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QSaveFile, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..legal import source_title
from ..plan import CONTACT, NUMBER, PLACE, SafetyPlan, help_countries, load_help, localised
from .failure import STORAGE_ERRORS, why_not_changed
from .files import file_dialog
from .legal_note import recheck_note
from .widgets import button, card, label

_ROW_ROLE = Qt.ItemDataRole.UserRole


def _keeps_work(method: Callable[..., Any]) -> Callable[..., Any]:
    """A handler that changes the plan. If the change cannot be written (a full
    disk, a damaged file) the screen says so and shows the plan as it is stored,
    instead of the error reaching the guard that locks the vault."""
    count = method.__code__.co_argcount - 1  # a signal may pass more than it takes

    @functools.wraps(method)
    def run(self: Any, *args: Any) -> Any:
        try:
            result = method(self, *args[:count])
        except STORAGE_ERRORS as err:
            self.show_failure(why_not_changed(err))
            return None
        self.show_failure("")
        return result

    return run


class RowTable(QWidget):
    """An editable table of one kind of row (contacts, places, own numbers)."""

    changed = Signal()
    failed = Signal(str)  # what to tell her; "" once a change is stored again

    def __init__(self, plan: SafetyPlan, kind: str, columns: list[tuple[str, str]], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.kind, self.columns = plan, kind, columns
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(name)
        self.table.setAccessibleName(name.replace("_", " "))
        self.table.setHorizontalHeaderLabels([title for _, title in columns])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Each column at least as wide as its title ("Что они знают", "Қашан ашық").
        for column in range(len(columns) - 1):
            header.resizeSection(column, max(header.defaultSectionSize(),
                                             header.sectionSizeFromContents(column).width()))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = button(self.tr("Add"), f"{name}_add")
        add.clicked.connect(self.add)
        remove = button(self.tr("Delete"), f"{name}_delete", accessible=self.tr("Delete the row"))
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.reload()
        self.table.itemChanged.connect(self._edited)

    def reload(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row_id, data in self.plan.rows(self.kind):
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, (key, _) in enumerate(self.columns):
                item = QTableWidgetItem(data.get(key, ""))
                item.setData(_ROW_ROLE, row_id)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)

    def show_failure(self, text: str) -> None:
        if text:
            self.reload()  # back to what is stored
        self.failed.emit(text)

    @_keeps_work
    def add(self) -> None:
        self.plan.add_row(self.kind, {key: "" for key, _ in self.columns})
        self.reload()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))
        self.changed.emit()

    @_keeps_work
    def remove(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.plan.delete_row(self.kind, self.table.item(r, 0).data(_ROW_ROLE))
        self.reload()
        self.changed.emit()

    @_keeps_work
    def _edited(self, item: QTableWidgetItem) -> None:
        r = item.row()
        data = {key: (self.table.item(r, c).text() if self.table.item(r, c) else "")
                for c, (key, _) in enumerate(self.columns)}
        self.plan.update_row(self.kind, item.data(_ROW_ROLE), data)
        self.changed.emit()


class PlanView(QWidget):
    """The plan: shows the SafetyPlan the session opened (`loaded()`), never builds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.plan: SafetyPlan | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("plan_tabs")
        self.tabs.setAccessibleName(self.tr("Parts of the plan"))
        self.opening = label(self.tr("Opening…"), "hint")
        self.failure = label("", "error", "plan_failure")
        self.failure.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 0, 18, 12)
        layout.addWidget(self.opening)
        layout.addWidget(self.failure)
        layout.addWidget(self.tabs)
        self.tabs.hide()

    def load_failed(self, _error: BaseException) -> None:
        self.opening.setText(self.tr("The plan could not be opened."))

    def show_failure(self, text: str) -> None:
        """Say why a change was not made ("" clears it); show the plan as stored."""
        self.failure.setText(text)
        self.failure.setVisible(bool(text))
        if text and self.plan is not None:
            self._refresh()

    def loaded(self, plan: object) -> None:
        for _step in self.loading(plan):
            pass

    def loading(self, plan: object) -> Iterator[None]:
        """`loaded`, a tab at a time (each ~10-40 ms of the GUI thread): the vault's
        window fills this page in idle turns after its first frame. "Opening…" shows
        until the last tab is in."""
        if not isinstance(plan, SafetyPlan):
            return
        self.plan = plan
        self.tabs.addTab(self._checklists(), self.tr("Checklists"))
        yield
        self.tabs.addTab(self._people(), self.tr("People and places"))
        yield
        self.tabs.addTab(self._numbers(), self.tr("Help numbers"))
        yield
        self.tabs.addTab(self._print(), self.tr("Print or save"))
        self.opening.hide()
        self.tabs.show()
        self.lists.setCurrentRow(0)

    # -- checklists ------------------------------------------------------------

    def _checklists(self) -> QWidget:
        page = QWidget()
        self.lists = QListWidget()
        self.lists.setObjectName("plan_lists")
        self.lists.setAccessibleName(self.tr("Lists"))
        self.lists.setFixedWidth(230)
        self.lists.currentRowChanged.connect(self._show_list)
        new_list = QLineEdit()
        new_list.setObjectName("plan_new_list")
        new_list.setAccessibleName(self.tr("Name of a new list"))
        new_list.setPlaceholderText(self.tr("New list…"))
        new_list.returnPressed.connect(lambda: self._add_list(new_list))
        self.new_list = new_list
        # A vault made before a template list shipped (or one she deleted) is offered it.
        self.add_template = button("", "plan_add_template",
                                   accessible=self.tr("Add a list from the templates"))
        self.add_template.clicked.connect(self._add_template)
        left = QVBoxLayout()
        left.addWidget(self.lists, 1)
        left.addWidget(new_list)
        left.addWidget(self.add_template)

        self.list_title = QLineEdit()
        self.list_title.setObjectName("plan_list_title")
        self.list_title.setAccessibleName(self.tr("Name of the list"))
        self.list_title.editingFinished.connect(self._rename_list)
        self.progress = QProgressBar()
        self.progress.setObjectName("plan_progress")
        self.progress.setAccessibleName(self.tr("Progress of the list"))
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m done"))
        self.items = QListWidget()
        self.items.setObjectName("plan_items")
        self.items.setAccessibleName(self.tr("Items of the list"))
        self.items.itemChanged.connect(self._item_changed)
        # Long items wrap instead of hiding behind a horizontal scroll bar.
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.currentRowChanged.connect(self._show_note)
        self.note = QLineEdit()
        self.note.setObjectName("plan_note")
        self.note.setAccessibleName(self.tr("Note on the selected item"))
        self.note.setPlaceholderText(self.tr("Note on the selected item (where it is, who has it)"))
        self.note.editingFinished.connect(self._save_note)
        self.new_item = QLineEdit()
        self.new_item.setObjectName("plan_new_item")
        self.new_item.setAccessibleName(self.tr("New item"))
        self.new_item.setPlaceholderText(self.tr("Add an item and press Enter"))
        self.new_item.returnPressed.connect(self._add_item)
        up = button("↑", "plan_item_up", accessible=self.tr("Move the item up"))
        up.clicked.connect(lambda: self._move(-1))
        down = button("↓", "plan_item_down", accessible=self.tr("Move the item down"))
        down.clicked.connect(lambda: self._move(1))
        delete = button(self.tr("Delete item"), "plan_item_delete")
        delete.clicked.connect(self._delete_item)
        self.reset_button = button(self.tr("Restore template"), "plan_reset",
                                   accessible=self.tr("Restore the list to its template"))
        self.reset_button.clicked.connect(self._reset)
        delete_list = button(self.tr("Delete list"), "plan_delete_list")
        delete_list.clicked.connect(self._delete_list)
        tools = QHBoxLayout()
        for widget in (up, down, delete):
            tools.addWidget(widget)
        tools.addStretch(1)
        left.addWidget(self.reset_button)
        left.addWidget(delete_list)
        right = QVBoxLayout()
        right.addWidget(self.list_title)
        right.addWidget(self.progress)
        right.addWidget(self.items, 1)
        right.addWidget(self.note)
        right.addWidget(self.new_item)
        right.addLayout(tools)
        row = QHBoxLayout(page)
        row.addLayout(left)
        row.addLayout(right, 1)
        self._fill_lists()
        return page

    def _offer_templates(self) -> None:
        missing = self.plan.missing_templates()
        self.add_template.setVisible(bool(missing))
        if missing:
            text = self.tr("Add the list «{title}»").format(title=missing[0][1])
            self.add_template.setText(text)
            self.add_template.setAccessibleName(text)
            self.add_template.setProperty("template_key", missing[0][0])

    @_keeps_work
    def _add_template(self) -> None:
        key = self.add_template.property("template_key")
        if key:
            self._fill_lists(self.plan.add_template_list(key))
            self._show_list()

    def showEvent(self, event) -> None:
        """Rows are measured again once the page is on screen: filled while hidden, the
        lists had sizes from before the style sheet's row padding, and the rows overlapped
        the first time the plan opened."""
        super().showEvent(event)
        for name in ("lists", "items"):  # made when the plan has loaded
            view = getattr(self, name, None)
            if view is not None:
                view.doItemsLayout()

    def _fill_lists(self, select: int | None = None) -> None:
        self._offer_templates()
        current = select if select is not None else self._list_id()
        self.lists.blockSignals(True)
        self.lists.clear()
        for list_id, checklist in self.plan.lists():
            done, total = checklist.progress
            item = QListWidgetItem(f"{checklist.title}  ({done}/{total})")
            item.setData(_ROW_ROLE, list_id)
            self.lists.addItem(item)
            if list_id == current:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)

    def _list_id(self) -> int | None:
        item = self.lists.currentItem()
        return item.data(_ROW_ROLE) if item is not None else None

    def _show_list(self, _row: int = 0, keep: int | None = None) -> None:
        list_id = self._list_id()
        self.items.blockSignals(True)
        self.items.clear()
        if list_id is None:
            self.items.blockSignals(False)
            return
        checklist = self.plan.get(list_id)
        self.list_title.setText(checklist.title)
        for entry in checklist.items:
            item = QListWidgetItem(entry.text + (f"  — {entry.note}" if entry.note else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        if keep is not None and 0 <= keep < self.items.count():
            self.items.setCurrentRow(keep)
        done, total = checklist.progress
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.reset_button.setEnabled(self.plan.can_reset(list_id))

    def _refresh(self, keep: int | None = None) -> None:
        self._fill_lists()
        self._show_list(keep=keep)

    @_keeps_work
    def _item_changed(self, item: QListWidgetItem) -> None:
        list_id = self._list_id()
        if list_id is None:
            return
        row = self.items.row(item)
        self.plan.tick(list_id, row, item.checkState() == Qt.CheckState.Checked)
        self._refresh(keep=row)

    def _show_note(self, row: int) -> None:
        list_id = self._list_id()
        if list_id is None or row < 0:
            self.note.clear()
            return
        self.note.setText(self.plan.get(list_id).items[row].note)

    @_keeps_work
    def _save_note(self) -> None:
        list_id, row = self._list_id(), self.items.currentRow()
        if list_id is None or row < 0:
            return
        if self.plan.get(list_id).items[row].note != self.note.text():
            self.plan.edit_item(list_id, row, note=self.note.text())
            self._refresh(keep=row)

    @_keeps_work
    def _add_item(self) -> None:
        list_id, text = self._list_id(), self.new_item.text().strip()
        if list_id is None or not text:
            return
        self.plan.add_item(list_id, text)
        self.new_item.clear()
        self._refresh(keep=len(self.plan.get(list_id).items) - 1)

    @_keeps_work
    def _move(self, delta: int) -> None:
        list_id, row = self._list_id(), self.items.currentRow()
        if list_id is None or row < 0:
            return
        self._refresh(keep=self.plan.move_item(list_id, row, delta))

    @_keeps_work
    def _delete_item(self) -> None:
        list_id, row = self._list_id(), self.items.currentRow()
        if list_id is None or row < 0:
            return
        self.plan.delete_item(list_id, row)
        self._refresh(keep=min(row, len(self.plan.get(list_id).items) - 1))

    @_keeps_work
    def _reset(self) -> None:
        list_id = self._list_id()
        if list_id is None:
            return
        if not self.reset_button.property("armed"):  # a second click confirms
            self.reset_button.setProperty("armed", True)
            self.reset_button.setText(self.tr("Click again to confirm"))
            return
        self.reset_button.setProperty("armed", False)
        self.reset_button.setText(self.tr("Restore template"))
        self.plan.reset(list_id)
        self._refresh()

    @_keeps_work
    def _add_list(self, field: QLineEdit) -> None:
        if field.text().strip():
            list_id = self.plan.add_list(field.text())
            field.clear()
            self._fill_lists(select=list_id)
            self._show_list()

    @_keeps_work
    def _rename_list(self) -> None:
        list_id = self._list_id()
        title = self.list_title.text().strip()
        if list_id is not None and title and title != self.plan.get(list_id).title:
            self.plan.rename_list(list_id, title)
            self._fill_lists()

    @_keeps_work
    def _delete_list(self) -> None:
        list_id = self._list_id()
        if list_id is None:
            return
        self.plan.delete_list(list_id)
        self._fill_lists()
        self.lists.setCurrentRow(0)
        self._show_list()

    # -- people, places, numbers -----------------------------------------------

    def _people(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr("Trusted people"), "title"))
        self.contacts = RowTable(self.plan, CONTACT, [
            ("name", self.tr("Name")), ("phone", self.tr("Phone")),
            ("knows", self.tr("What they know")), ("code_word", self.tr("Code word"))],
            "plan_contacts")
        self.contacts.failed.connect(self.show_failure)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(label(self.tr("Safe places"), "title"))
        self.places = RowTable(self.plan, PLACE, [
            ("name", self.tr("Place")), ("address", self.tr("Address")),
            ("hours", self.tr("When it is open")), ("notes", self.tr("Notes"))], "plan_places")
        self.places.failed.connect(self.show_failure)
        layout.addWidget(self.places, 1)
        return page

    def _numbers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.country = QComboBox()
        self.country.setObjectName("plan_country")
        self.country.setAccessibleName(self.tr("Country"))
        for code in help_countries():
            self.country.addItem(self._country_name(code), code)
        self.country.currentIndexChanged.connect(self._show_numbers)
        layout.addWidget(self.country)
        self.numbers = QWidget()
        self.numbers_layout = QVBoxLayout(self.numbers)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.numbers)
        layout.addWidget(scroll, 2)
        layout.addWidget(label(self.tr("Your own numbers"), "title"))
        self.own_numbers = RowTable(self.plan, NUMBER, [
            ("name", self.tr("Who")), ("number", self.tr("Number")),
            ("notes", self.tr("Notes"))], "plan_own_numbers")
        self.own_numbers.failed.connect(self.show_failure)
        layout.addWidget(self.own_numbers, 1)
        self._show_numbers()
        return page

    def _country_name(self, code: str) -> str:
        return {"KZ": self.tr("Kazakhstan"), "general": self.tr("Other countries")}.get(
            code, load_help(code).get("name", code))

    def _show_numbers(self) -> None:
        while self.numbers_layout.count():
            widget = self.numbers_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        data = load_help(self.country.currentData() or "KZ")
        assert self.plan is not None
        for entry in data["entries"]:
            name, what = localised(entry, self.plan.language)
            title = f"{entry['number']} — {name}" if entry["number"] else name
            frame, box = card(title)
            box.addWidget(label(what))
            source = entry["source"]
            parts = [self.tr("Source: {title}").format(
                title=source_title(source, self.plan.language))]
            if source.get("url"):
                # Zero-width spaces after slashes let a long address wrap inside the card.
                parts.append(source["url"].replace("/", "/\u200b"))
            if entry.get("source_date"):
                parts.append(self.tr("published {date}").format(date=entry["source_date"]))
            parts.append(self.tr("checked {date}").format(date=entry["checked"]))
            box.addWidget(label(" · ".join(parts), "hint", "help_source"))
            if entry.get("rechecked") is not True:
                # What was not confirmed is written in English only: shown in English,
                # never mixed into a Russian or Kazakh screen (as legal_note does).
                detail = entry.get("unconfirmed", "") if self.plan.language == "en" else ""
                box.addWidget(label(recheck_note(entry.get("rechecked", False), detail),
                                    "error"))
            if entry.get("history"):
                box.addWidget(label(self.tr(
                    "History only: it may not work now, and he may know it too."), "error"))
            elif entry.get("time_bound"):
                box.addWidget(label(self.tr(
                    "This is tied to its date and may have changed since."), "error"))
            if entry.get("online_abroad"):
                box.addWidget(label(self.tr(
                    "Works online, from abroad: not a first contact when you are in danger."),
                    "error"))
            self.numbers_layout.addWidget(frame)
        self.numbers_layout.addWidget(label(self.tr(
            "Numbers change: check them when you can, and add your own below."), "hint"))
        self.numbers_layout.addStretch(1)

    # -- print -----------------------------------------------------------------

    def _print(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr(
            "A one-page plan: your trusted people, safe places, the emergency bag and the key "
            "numbers. A printed or saved plan is NOT protected: anyone who finds it can read "
            "it. Hide it well, or keep it with someone you trust."), "error"))
        self.preview = QLabel()
        self.preview.setObjectName("plan_preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.save_status = label("", "hint", "plan_save_status")
        row.addWidget(self.save_status, 1)
        save = button(self.tr("Save as text…"), "plan_save_text", "primary")
        save.clicked.connect(self._choose_file)
        row.addWidget(save)
        layout.addLayout(row)
        self.tabs_changed = self.tabs.currentChanged.connect(self._maybe_preview)
        return page

    def _maybe_preview(self, index: int) -> None:
        if index == 3:
            self.preview.setText(self.plan_text())

    def plan_text(self) -> str:
        """The one-page plan as plain text, in the interface language."""
        lines = [self.tr("MY PLAN"), ""]

        def section(title: str, rows: list[str]) -> None:
            lines.extend([title, "-" * len(title), *(rows or [self.tr("(none yet)")]), ""])

        section(self.tr("Trusted people"), [
            " · ".join(x for x in (d.get("name"), d.get("phone"),
                                   self.tr("code word: {word}").format(word=d["code_word"])
                                   if d.get("code_word") else "") if x)
            for _, d in self.plan.rows(CONTACT)])
        section(self.tr("Safe places"), [
            " · ".join(x for x in (d.get("name"), d.get("address"), d.get("hours")) if x)
            for _, d in self.plan.rows(PLACE)])
        bag = next((c for _, c in self.plan.lists() if c.template == "bag"), None)
        if bag is not None:
            section(bag.title, [("[x] " if i.done else "[ ] ") + i.text for i in bag.items])
        numbers = [f"{e['number']}  {localised(e, self.plan.language)[0]}"
                   for e in load_help("KZ")["entries"]
                   if e["number"] and not e.get("time_bound") and not e.get("history")]
        numbers += [f"{d.get('number', '')}  {d.get('name', '')}"
                    for _, d in self.plan.rows(NUMBER)]
        section(self.tr("Key numbers"), numbers)
        return "\n".join(lines)

    def _choose_file(self) -> None:
        # Qt's own dialog: the native one adds the file to the desktop's recent list.
        dialog = file_dialog(self, self.tr("Save as text"), "plan_save_dialog", save=True)
        dialog.setNameFilter(self.tr("Text files (*.txt)"))
        dialog.setDefaultSuffix("txt")
        dialog.fileSelected.connect(self.save_text)
        self._dialog = dialog
        dialog.open()  # window-modal without a nested event loop: a quick exit just closes it

    def save_text(self, path: str) -> bool:
        """Write the plan where she chose, atomically; say plainly what happened."""
        out = QSaveFile(path)
        data = self.plan_text().encode("utf-8")
        if out.open(QSaveFile.OpenModeFlag.WriteOnly) and out.write(data) == len(data) \
                and out.commit():
            self.save_status.setText(self.tr("Saved. Remember: this file is not protected."))
            return True
        out.cancelWriting()
        self.save_status.setText(self.tr("The plan could not be saved there (is the disk "
                                         "full or the folder read-only?). Nothing was written."))
        return False
