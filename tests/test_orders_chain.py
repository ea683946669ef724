"""Protective orders and police statements are evidence as incidents are: every create,
edit and delete is an event of the journal's hash chain, committed with the record; a
record changed behind the chain's back is named by the check; orders and statements
saved before they were chained are adopted into the chain once, never again."""

from __future__ import annotations

import itertools
from dataclasses import asdict

import pytest

from safeplan import chain, vault
from safeplan.journal import ADOPTED, Incident, Journal
from safeplan.orders import ORDER, OrderBook, OrderKind, ProtectiveOrder
from safeplan.statement import STATEMENT, Statement, StatementBook

PIN = "24681357"


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    v.close()


def reopen(v, data_dir, policy):
    v.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert again is not None
    return again


def police(conditions="Не приближаться, не звонить") -> ProtectiveOrder:
    return ProtectiveOrder(kind=OrderKind.POLICE, number="17", issued_by="УП Алмалинского р-на",
                           issued_on="2026-10-01", starts_on="2026-10-02", conditions=conditions)


def books(v):
    ticks = itertools.count(1_764_000_000)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    return journal, OrderBook(v, journal, clock=clock), StatementBook(v, journal, clock=clock)


def actions(journal: Journal, record_id: int) -> list[str]:
    return [e["action"] for e in journal.events() if e.get("record") == record_id]


def test_every_change_of_an_order_or_statement_is_a_chain_event(opened, data_dir, policy):
    journal, orders, statements = books(opened)
    incident = journal.create(Incident(date="2026-10-09", description="Пришёл ночью"))
    order = orders.add(police())
    orders.edit(order.id, police("Не приближаться ближе 100 м"))
    orders.edit(order.id, police("Не приближаться ближе 100 м"))  # unchanged: no event
    gone = orders.add(police("ошибка"))
    orders.delete(gone.id)
    statement = statements.add(Statement(incident_ids=[incident.id], text="Черновик"))
    statements.save(statement.id, Statement(incident_ids=[incident.id], text="Заявление"))
    assert actions(journal, order.id) == ["create", "edit"]
    assert actions(journal, gone.id) == ["create", "delete"]
    assert actions(journal, statement.id) == ["create", "edit"]
    recorded = chain.recorded(journal.events())
    assert set(orders.get(order.id).digests()) <= recorded[order.id]
    assert journal.verify().ok
    again = reopen(opened, data_dir, policy)
    try:
        journal, orders, statements = books(again)
        assert journal.verify().ok
        # the history she sees is the one the chain holds
        assert [o.conditions for _, o in orders.get(order.id).revisions] == [
            "Не приближаться, не звонить", "Не приближаться ближе 100 м"]
        assert [s.text for _, s in statements.get(statement.id).revisions] == [
            "Черновик", "Заявление"]
        assert not [e for e in journal.events() if e["action"] == "adopt"]
    finally:
        again.close()


@pytest.mark.parametrize("kind", [ORDER, STATEMENT])
def test_a_record_changed_behind_the_chains_back_is_named(opened, data_dir, policy, kind):
    journal, orders, statements = books(opened)
    if kind == ORDER:
        record_id = orders.add(police()).id
        orders.edit(record_id, police("Не приближаться ближе 100 м"))
        data = {"revisions": [{"saved_at": t, "order": asdict(o)}
                              for t, o in orders.get(record_id).revisions]}
        data["revisions"][0]["order"]["conditions"] = "Без условий"  # an earlier version
    else:
        record_id = statements.add(Statement(text="Он ударил меня два раза.")).id
        data = {"revisions": [{"saved_at": t, "statement": asdict(s)}
                              for t, s in statements.get(record_id).revisions]}
        data["revisions"][0]["statement"]["text"] = "Он толкнул меня."
    assert journal.verify().ok
    opened.update(record_id, data)  # as someone with the key would, without the app
    again = reopen(opened, data_dir, policy)
    try:
        journal, orders, statements = books(again)
        status = journal.verify()
    finally:
        again.close()
    assert not status.ok
    assert status.reason == chain.Problem.UNRECORDED
    assert (status.record, status.kind) == (record_id, kind)


def old_vault(v):
    """Records as the code before this change wrote them: no chain event, no note."""
    order = {"revisions": [{"saved_at": 1_760_000_000.0, "order": asdict(police())},
                           {"saved_at": 1_760_000_100.0,
                            "order": asdict(police("Не приближаться ближе 100 м"))}]}
    statement = {"revisions": [{"saved_at": 1_760_000_200.0,
                                "statement": asdict(Statement(text="Заявление"))}]}
    return v.put(ORDER, order), v.put(STATEMENT, statement)


def test_orders_and_statements_saved_before_the_chain_are_adopted_once(opened, data_dir,
                                                                       policy):
    journal = Journal(opened)
    journal.create(Incident(date="2026-10-09", description="Пришёл ночью"))
    order_id, statement_id = old_vault(opened)
    before = len(journal.events())
    journal, orders, statements = books(opened)
    adopted = [e for e in journal.events() if e["action"] == "adopt"]
    assert [e["record"] for e in adopted] == [order_id, order_id, statement_id]
    assert {e["revision"] for e in adopted} == set(orders.get(order_id).digests()) | set(
        statements.get(statement_id).digests())
    assert len(journal.events()) == before + 3
    assert journal.verify().ok
    again = reopen(opened, data_dir, policy)
    try:
        journal, orders, statements = books(again)
        assert len(journal.events()) == before + 3  # never adopted twice
        assert journal.verify().ok
        assert len(again.list(ADOPTED)) == 1
        # changed after the adoption: named, not adopted again
        changed = {"revisions": [{"saved_at": 1_760_000_200.0,
                                  "statement": asdict(Statement(text="Другое"))}]}
        again.update(statement_id, changed)
        journal, orders, statements = books(again)
        status = journal.verify()
        assert (status.ok, status.record, status.kind) == (False, statement_id, STATEMENT)
    finally:
        again.close()


def test_a_new_vault_is_marked_adopted_without_an_event(opened):
    journal, _orders, _statements = books(opened)
    assert journal.events() == []
    assert opened.list(ADOPTED)[0][1] == {"kinds": sorted([ORDER, STATEMENT])}


def test_a_failed_save_leaves_the_order_and_its_history_as_they_were(opened, monkeypatch):
    journal, orders, _statements = books(opened)
    order = orders.add(police())
    events = journal.events()

    def full(*_args, **_kwargs):
        raise vault.StorageFull("disk full")

    monkeypatch.setattr(opened, "update", full)
    with pytest.raises(vault.StorageFull):
        orders.edit(order.id, police("Не приближаться ближе 100 м"))
    assert len(orders.get(order.id).revisions) == 1
    assert journal.events() == events
    monkeypatch.undo()
    assert journal.verify().ok


def export_with_statement(v, journal, orders, statements, destination, order_id,
                          statement_id):
    from safeplan.evidence import EvidenceStore
    from safeplan.export import Exporter, ExportRequest
    from safeplan.report import texts

    store = EvidenceStore(v, journal)
    saved = statements.get(statement_id).current
    request = ExportRequest(statement=(saved.text, saved.language),
                            statement_version=statements.version(statement_id),
                            order_labels=orders.labels(), order_versions=orders.versions())
    Exporter(v, journal, store, texts(), {}, {}).run(request, destination)
    return order_id


def test_a_report_with_a_statement_and_a_breached_order_verifies(opened, data_dir, policy,
                                                                 tmp_path):
    import json

    from pypdf import PdfReader

    from safeplan.export import MANIFEST
    from safeplan.verify import verify

    journal, orders, statements = books(opened)
    order = orders.add(police())
    orders.edit(order.id, police("Не приближаться ближе 100 м"))
    incident = journal.create(Incident(date="2026-10-09", kinds=["order_breach"],
                                       description="Пришёл к дому ночью", order_id=order.id))
    statement = statements.add(Statement(incident_ids=[incident.id], order_id=order.id,
                                         text="Начальнику ...\n\nЗАЯВЛЕНИЕ\n\nПришёл ночью."))
    report = tmp_path / "report.pdf"
    export_with_statement(opened, journal, orders, statements, report, order.id, statement.id)
    verdict = verify(report)
    assert verdict.ok, verdict.lines()
    reader = PdfReader(report)
    manifest = json.loads(reader.attachments[MANIFEST][0])
    assert manifest["statement"]["record"] == statement.id
    assert [o["record"] for o in manifest["protective_orders"]] == [order.id]
    full = {e["record"] for e in manifest["chain"]["events"] if "record" in e}
    assert {order.id, statement.id, incident.id} <= full

    # The statement changed in the vault behind the chain's back: the report says so.
    changed = {"revisions": [{"saved_at": t, "statement": {**asdict(s), "text": "Другое"}}
                             for t, s in statements.get(statement.id).revisions]}
    opened.update(statement.id, changed)
    journal, orders, statements = books(opened)
    second = tmp_path / "second.pdf"
    export_with_statement(opened, journal, orders, statements, second, order.id, statement.id)
    verdict = verify(second)
    assert not verdict.ok
    assert [f.key for f in verdict.findings if f.level == "fail"] == [
        "chain_statement", "chain_broken_at_export"]
