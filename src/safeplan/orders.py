"""Protective orders and court-set behaviour requirements, and how long each has left.

No Qt. A police protective order (защитное предписание) lasts thirty days from the day it
is handed to him (resources/legal/facts.json: protective-order-30-days); a court sets
behaviour requirements for a number of months (court-behaviour-requirements). Each
record keeps every saved version. Time comes from an injected `today()` so a test can
stand on any day.

Orders are evidence as her incidents are: every create, edit and delete is one unit of
work of the journal (`Journal.action()`), the record and its chain event committed
together, memory changed only after the commit. Orders saved before they were chained
are adopted into the chain once, at the first unlock that has this code
(`Journal.adopt`).
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import chain
from .vault import Vault

if TYPE_CHECKING:
    from .journal import Journal

ORDER = "protective-order"
POLICE_ORDER_DAYS = 30
ENDING_SOON_DAYS = 5  # "about to end": time to ask for a court's requirements or a new order


class OrderKind(StrEnum):
    POLICE = "police"  # защитное предписание
    COURT = "court"  # особые требования к поведению


class InvalidOrder(ValueError):
    def __init__(self, field_name: str, reason: str) -> None:
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass
class ProtectiveOrder:
    """A police order or a court's requirements. Dates are ISO strings (YYYY-MM-DD).

    `starts_on`: for a police order, the day it was handed to him (the thirty days run
    from then); for a court's requirements, the day they start. `months`: the court's term.
    `ends_on`: set by hand when the paper says otherwise; else computed.
    """

    kind: str = OrderKind.POLICE
    number: str = ""
    issued_by: str = ""
    issued_on: str = ""
    starts_on: str = ""
    months: int = 0
    ends_on: str = ""
    conditions: str = ""
    notes: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ProtectiveOrder:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def start(self) -> date:
        return date.fromisoformat(self.starts_on or self.issued_on)

    def end(self) -> date:
        """The last day it is in force."""
        if self.ends_on:
            return date.fromisoformat(self.ends_on)
        if self.kind == OrderKind.POLICE:
            return self.start() + timedelta(days=POLICE_ORDER_DAYS)
        return add_months(self.start(), self.months)

    def validate(self) -> None:
        if self.kind not in tuple(OrderKind):
            raise InvalidOrder("kind", "unknown")
        for name in ("issued_on", "starts_on", "ends_on"):
            value = getattr(self, name)
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise InvalidOrder(name, "not_a_date") from None
        if not (self.issued_on or self.starts_on):
            raise InvalidOrder("issued_on", "empty")
        if self.kind == OrderKind.COURT and not self.ends_on and not 1 <= self.months <= 24:
            raise InvalidOrder("months", "range")
        if self.end() < self.start():
            raise InvalidOrder("ends_on", "before_start")


@dataclass
class Countdown:
    """Where an order stands on a given day."""

    days_left: int  # days until the end date (0 = it ends today); negative once ended
    ends: date
    in_force: bool
    ending_soon: bool


def countdown(order: ProtectiveOrder, today: date) -> Countdown:
    ends = order.end()
    left = (ends - today).days
    started = order.start() <= today
    return Countdown(left, ends, started and left >= 0,
                     started and 0 <= left <= ENDING_SOON_DAYS)


@dataclass
class OrderEntry:
    id: int
    revisions: list[tuple[float, ProtectiveOrder]] = field(default_factory=list)

    @property
    def current(self) -> ProtectiveOrder:
        return self.revisions[-1][1]

    def digests(self) -> list[str]:
        """The chain's digest of each saved version, oldest first."""
        return [chain.order_digest(t, asdict(o)) for t, o in self.revisions]

    def label(self) -> str:
        o = self.current
        return " · ".join(p for p in (o.number and f"№ {o.number}", o.issued_by,
                                       o.issued_on or o.starts_on) if p)


class OrderBook:
    """Her orders inside one open vault; every save is a new version, in `journal`'s chain.

    Attributes:
        damaged: ids of order records that could not be read (the others still open).
    """

    KINDS = (ORDER,)

    def __init__(self, vault: Vault, journal: Journal, clock: Callable[[], float] = time.time,
                 today: Callable[[], date] = date.today,
                 loaded: dict[str, list[tuple[int, Any]]] | None = None) -> None:
        self._vault = vault
        self._journal = journal
        self._clock = clock
        self.today = today
        self.damaged: set[int] = set()
        loaded = loaded if loaded is not None else vault.list_many(self.KINDS)
        self._entries: dict[int, OrderEntry] = {}
        for record_id, data in loaded[ORDER]:
            try:
                self._entries[record_id] = OrderEntry(record_id, [
                    (float(r["saved_at"]), ProtectiveOrder.from_data(r["order"]))
                    for r in data["revisions"]])
            except (KeyError, TypeError, ValueError):
                self.damaged.add(record_id)  # a damaged record does not hide the others
        journal.chain_in(ORDER, self.revision_digests)
        journal.adopt(ORDER, self.revision_digests())

    @staticmethod
    def _data(entry: OrderEntry) -> dict[str, Any]:
        return {"revisions": [{"saved_at": t, "order": asdict(o)} for t, o in entry.revisions]}

    def revision_digests(self) -> list[tuple[int, list[str]]]:
        return [(e.id, e.digests()) for e in list(self._entries.values())]

    def versions(self) -> dict[int, list[dict[str, Any]]]:
        """Every order's versions as stored and digested, by record id (for a report)."""
        return {e.id: self._data(e)["revisions"] for e in list(self._entries.values())}

    def entries(self) -> list[OrderEntry]:
        """Newest first by when it starts."""
        return sorted(self._entries.values(), key=lambda e: e.current.start(), reverse=True)

    def get(self, order_id: int) -> OrderEntry:
        return self._entries[order_id]

    def add(self, order: ProtectiveOrder) -> OrderEntry:
        order.validate()
        entry = OrderEntry(0, [(self._clock(), order)])
        with self._journal.action() as record:
            entry.id = self._vault.put(ORDER, self._data(entry))
            record("create", entry.id, entry.digests()[-1])
        self._entries[entry.id] = entry
        return entry

    def edit(self, order_id: int, order: ProtectiveOrder) -> OrderEntry:
        order.validate()
        entry = self._entries[order_id]
        if asdict(order) == asdict(entry.current):
            return entry
        changed = OrderEntry(order_id, [*entry.revisions, (self._clock(), order)])
        with self._journal.action() as record:
            self._vault.update(order_id, self._data(changed))
            record("edit", order_id, changed.digests()[-1])
        entry.revisions = changed.revisions
        return entry

    def delete(self, order_id: int) -> None:
        """Gone from her list for good; the chain keeps a "delete" event naming the
        version she deleted."""
        entry = self._entries[order_id]
        with self._journal.action() as record:
            self._vault.delete(order_id)
            record("delete", order_id, entry.digests()[-1])
        del self._entries[order_id]

    def status(self, order_id: int) -> Countdown:
        return countdown(self._entries[order_id].current, self.today())

    def ending_soon(self) -> list[OrderEntry]:
        today = self.today()
        return [e for e in self.entries() if countdown(e.current, today).ending_soon]

    def labels(self) -> dict[int, str]:
        return {e.id: e.label() for e in self.entries()}


__all__ = ["ENDING_SOON_DAYS", "ORDER", "POLICE_ORDER_DAYS", "Countdown", "InvalidOrder",
           "OrderBook", "OrderEntry", "OrderKind", "ProtectiveOrder", "add_months",
           "countdown"]
