"""Protective orders: the thirty days counted from the day it was handed to him, a court's
months, the countdown on any day (injected clock), versions kept, a breach linked."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.orders import (
    InvalidOrder,
    OrderBook,
    OrderKind,
    ProtectiveOrder,
    add_months,
    countdown,
)

PIN = "24681357"


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    v.close()


class Calendar:
    """A clock a test can move."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def police(**changes) -> ProtectiveOrder:
    base = ProtectiveOrder(kind=OrderKind.POLICE, number="17", issued_by="УП Алмалинского р-на",
                           issued_on="2026-10-01", starts_on="2026-10-02",
                           conditions="Не приближаться, не звонить")
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_thirty_days_run_from_the_day_it_was_handed_to_him():
    order = police()
    assert order.end() == date(2026, 11, 1)
    assert police(starts_on="").end() == date(2026, 10, 31)  # served the day it was issued


def test_countdown_day_by_day():
    order = police()
    before = countdown(order, date(2026, 10, 1))
    assert not before.in_force and not before.ending_soon
    first = countdown(order, date(2026, 10, 2))
    assert first.in_force and first.days_left == 30 and not first.ending_soon
    soon = countdown(order, date(2026, 10, 27))
    assert soon.days_left == 5 and soon.ending_soon
    last = countdown(order, date(2026, 11, 1))
    assert last.days_left == 0 and last.in_force and last.ending_soon
    over = countdown(order, date(2026, 11, 2))
    assert over.days_left == -1 and not over.in_force and not over.ending_soon


def test_a_courts_requirements_run_for_months():
    order = ProtectiveOrder(kind=OrderKind.COURT, issued_by="Суд", issued_on="2026-01-31",
                            months=3, conditions="Не посещать место жительства")
    assert order.end() == date(2026, 4, 30)
    assert add_months(date(2026, 12, 15), 12) == date(2027, 12, 15)
    assert ProtectiveOrder(kind=OrderKind.COURT, issued_on="2026-01-01", months=6,
                           ends_on="2026-05-01").end() == date(2026, 5, 1)  # as written


@pytest.mark.parametrize("changes, field, reason", [
    ({"issued_on": "", "starts_on": ""}, "issued_on", "empty"),
    ({"issued_on": "1 октября"}, "issued_on", "not_a_date"),
    ({"ends_on": "2026-09-01"}, "ends_on", "before_start"),
    ({"kind": OrderKind.COURT, "months": 0}, "months", "range"),
    ({"kind": "letter"}, "kind", "unknown"),
])
def test_bad_input_is_named(changes, field, reason):
    with pytest.raises(InvalidOrder) as err:
        police(**changes).validate()
    assert (err.value.field, err.value.reason) == (field, reason)


def test_orders_are_kept_with_versions_and_read_back(opened, data_dir, policy):
    ticks = itertools.count(1_700_000_000)
    day = Calendar(date(2026, 10, 28))
    book = OrderBook(opened, Journal(opened), clock=lambda: float(next(ticks)), today=day)
    entry = book.add(police())
    book.edit(entry.id, police(conditions="Не приближаться ближе 100 м"))
    book.edit(entry.id, police(conditions="Не приближаться ближе 100 м"))  # no new version
    assert len(book.get(entry.id).revisions) == 2
    assert [e.id for e in book.ending_soon()] == [entry.id]
    assert book.status(entry.id).days_left == 4
    day.day = date(2026, 11, 20)
    assert book.ending_soon() == [] and not book.status(entry.id).in_force
    opened.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    try:
        reread = OrderBook(again, Journal(again), today=day).get(entry.id)
    finally:
        again.close()
    assert reread.current.conditions == "Не приближаться ближе 100 м"
    assert [o.conditions for _, o in reread.revisions] == ["Не приближаться, не звонить",
                                                            "Не приближаться ближе 100 м"]
    assert reread.label() == "№ 17 · УП Алмалинского р-на · 2026-10-01"


def test_a_breach_is_an_incident_linked_to_the_order(opened):
    journal = Journal(opened)
    book = OrderBook(opened, journal, today=Calendar(date(2026, 10, 10)))
    order = book.add(police())
    breach = journal.create(Incident(date="2026-10-09", kinds=["order_breach"],
                                     description="Пришёл к дому и звонил ночью.",
                                     order_id=order.id))
    assert journal.get(breach.id).current.order_id == order.id
    assert book.labels()[order.id].startswith("№ 17")
