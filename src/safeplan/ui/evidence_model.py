"""The gallery's model: one row per item; thumbnails decrypted only when a row is shown."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap

from ..evidence import EvidenceStore, Item
from .background import run_in_background

_Index = QModelIndex | QPersistentModelIndex
ICON = QSize(160, 120)
CACHE = 400  # thumbnails kept decoded; older ones are decrypted again if scrolled back to
ItemIdRole = Qt.ItemDataRole.UserRole


def origin_names(translate: Any = QCoreApplication.translate) -> dict[str, str]:
    """How an item was obtained, as she would say it."""
    return {
        "": translate("EvidenceOrigins", "Not said"),
        "photo_taken": translate("EvidenceOrigins", "A photo I took"),
        "screenshot": translate("EvidenceOrigins", "A screenshot"),
        "document_issued": translate("EvidenceOrigins", "A document issued to me"),
        "recording": translate("EvidenceOrigins", "A recording I made"),
        "received": translate("EvidenceOrigins", "A message or file he sent"),
    }


def evidence_kind_names(translate: Any = QCoreApplication.translate) -> dict[str, str]:
    return {
        "injury": translate("EvidenceKinds", "Injury photo"),
        "property": translate("EvidenceKinds", "Damaged property"),
        "messages": translate("EvidenceKinds", "Screenshot of messages"),
        "medical": translate("EvidenceKinds", "Medical document"),
        "police": translate("EvidenceKinds", "Police or court document"),
        "audio": translate("EvidenceKinds", "Audio"),
        "video": translate("EvidenceKinds", "Video"),
        "photo": translate("EvidenceKinds", "Photo"),
        "other": translate("EvidenceKinds", "Other"),
    }


def _decode(store: EvidenceStore, wanted: list[int]) -> list[tuple[int, QImage | None]]:
    """Worker: decrypt and decode a batch of thumbnails (QImage is safe off the GUI thread)."""
    found = []
    for item_id in wanted:
        try:
            data = store.thumbnail(item_id)
        except (KeyError, OSError, ValueError):
            data = None
        image = QImage.fromData(data, "JPEG") if data else None
        if image is None or image.isNull():
            found.append((item_id, None))
            continue
        found.append((item_id, image.scaled(ICON, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)))
    return found


class EvidenceModel(QAbstractListModel):
    """Rows are `Item`s; DecorationRole asks for the thumbnail and shows a tile meanwhile."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.store: EvidenceStore | None = None
        self._items: list[Item] = []
        self._rows: dict[int, int] = {}
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
        self._none: set[int] = set()  # items that have no thumbnail
        self._wanted: list[int] = []
        self._pending: set[int] = set()
        self._tiles: dict[str, QPixmap] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request)

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = items
        self._rows = {item.id: row for row, item in enumerate(items)}
        self._wanted.clear()
        self.endResetModel()

    def item(self, row: int) -> Item:
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        return self._rows.get(item_id, -1)

    def forget(self, item_id: int) -> None:
        self._pixmaps.pop(item_id, None)
        self._none.discard(item_id)

    def clear(self) -> None:
        self.store = None
        self._pixmaps.clear()
        self._tiles.clear()
        self.set_items([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.current.caption or item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.name}\n{item.when[:16].replace('T', ' ')}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.current.caption or item.name
        if role == ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(item.id)
            if pixmap is not None:
                self._pixmaps.move_to_end(item.id)
                return pixmap
            if item.thumb_id is not None and item.id not in self._none:
                self._want(item.id)
            return self._tile(item)
        return None

    # -- thumbnails ------------------------------------------------------------

    def _want(self, item_id: int) -> None:
        if item_id not in self._pending:
            self._pending.add(item_id)
            self._wanted.append(item_id)
            self._flush.start()

    def _request(self) -> None:
        """One background job per paint pass, newest requests first."""
        if self.store is None or not self._wanted:
            return
        batch, self._wanted = self._wanted[::-1], []
        store = self.store
        run_in_background(lambda: _decode(store, batch), self._decoded,
                          lambda _error: self._pending.difference_update(batch))

    def _decoded(self, found: object) -> None:
        if self.store is None:
            return  # locked meanwhile
        for item_id, image in found:  # type: ignore[attr-defined]
            self._pending.discard(item_id)
            if image is None:
                self._none.add(item_id)
            else:
                self._pixmaps[item_id] = QPixmap.fromImage(image)
                while len(self._pixmaps) > CACHE:
                    self._pixmaps.popitem(last=False)
            row = self._rows.get(item_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _tile(self, item: Item) -> QPixmap:
        """A neutral tile with the file type, for files without a picture."""
        label = (item.name.rsplit(".", 1)[-1] if "." in item.name else item.mime.split("/")[-1])
        label = label[:5].upper() or "?"
        tile = self._tiles.get(label)
        if tile is None:
            tile = QPixmap(ICON)
            tile.fill(Qt.GlobalColor.transparent)
            painter = QPainter(tile)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor(128, 128, 128, 40))
            painter.setPen(QColor(128, 128, 128, 90))
            painter.drawRoundedRect(QRectF(24, 8, ICON.width() - 48, ICON.height() - 16), 6, 6)
            font = QFont()
            font.setPixelSize(20)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(110, 110, 110))
            painter.drawText(QRectF(0, 0, ICON.width(), ICON.height()),
                             Qt.AlignmentFlag.AlignCenter, label)
            painter.end()
            self._tiles[label] = tile
        return tile
