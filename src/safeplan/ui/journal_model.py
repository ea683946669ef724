"""The journal list as a real item model: one row per incident, nothing per widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..journal import Entry

_Index = QModelIndex | QPersistentModelIndex


def kind_names(translate: Any = QCoreApplication.translate) -> dict[str, str]:
    """The kinds of abuse, as the owner reads them (or in `translate`'s language)."""
    return {
        "physical": translate("Kinds", "Physical"),
        "sexual": translate("Kinds", "Sexual"),
        "psychological": translate("Kinds", "Psychological or verbal"),
        "threats": translate("Kinds", "Threats"),
        "economic": translate("Kinds", "Economic"),
        "stalking": translate("Kinds", "Stalking, or monitoring your phone or computer"),
        "digital": translate("Kinds", "Digital"),
        "property": translate("Kinds", "Damage to property"),
        "children": translate("Kinds", "Harm to or threats about the children"),
        "pets": translate("Kinds", "Harm to pets"),
        "other": translate("Kinds", "Other"),
        "strangulation": translate("Kinds", "Strangling or choking"),
        "weapon": translate("Kinds", "Weapon used or threatened"),
        "threat_to_kill": translate("Kinds", "Threat to kill"),
        "pregnancy": translate("Kinds", "Violence during pregnancy"),
        "order_breach": translate("Kinds", "Breach of a protective order"),
    }


class IncidentTableModel(QAbstractTableModel):
    """Date, kinds, the start of the text, and how many evidence items are linked."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self.evidence_counts: dict[int, int] = {}  # incident id -> linked items
        self._kinds = kind_names()
        self._headers = [self.tr("Date"), self.tr("Kinds"), self.tr("What happened"),
                         self.tr("Evidence")]

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._entries[index.row()].latest  # reads fields without building the Incident
        column = index.column()
        if column == 0:
            text = r.get("date", "") + (f" {r.get('time')}" if r.get("time") else "")
            return ("≈ " + text) if r.get("approximate") else text
        if column == 1:
            return ", ".join(self._kinds.get(k, k) for k in r.get("kinds") or ())
        if column == 2:
            description = (r.get("description") or "").strip()
            first = description.splitlines()[0] if description else ""
            return first[:160] if role == Qt.ItemDataRole.DisplayRole else first[:600]
        return str(self.evidence_counts.get(self._entries[index.row()].id, 0))
