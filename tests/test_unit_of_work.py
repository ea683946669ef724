"""One user action, one unit of work: when any write of an action fails, nothing of
it is kept, on disk or in memory, and the chain still verifies."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from safeplan import vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.journal import EVENT, Incident, Journal
from safeplan.plan import SafetyPlan
from safeplan.session import Session, read_for_screens

PIN = "24681357"


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def journal(opened):
    ticks = itertools.count(1_700_000_000)
    return Journal(opened, clock=lambda: float(next(ticks)))


@pytest.fixture
def store(opened, journal):
    return EvidenceStore(opened, journal)


def incident(text: str = "Он кричал") -> Incident:
    return Incident(date="2026-01-05", description=text, kinds=["threats"])


def fail_chain_events(opened, monkeypatch) -> None:
    """The disk fills up exactly when the chain event is written."""
    put = opened.put

    def full_on_event(kind, data):
        if kind == EVENT:
            raise vault.StorageFull("the disk is full")
        return put(kind, data)

    monkeypatch.setattr(opened, "put", full_on_event)


def reloaded(opened) -> tuple[Journal, EvidenceStore]:
    journal = Journal(opened)
    return journal, EvidenceStore(opened, journal)


def test_a_create_whose_event_fails_keeps_nothing(journal, opened, monkeypatch):
    fail_chain_events(opened, monkeypatch)
    with pytest.raises(vault.StorageFull):
        journal.create(incident())
    assert journal.entries() == []
    monkeypatch.undo()
    again, _ = reloaded(opened)
    assert again.entries() == [] and again.verify().ok


def test_an_edit_whose_event_fails_changes_neither_memory_nor_disk(journal, opened, monkeypatch):
    entry = journal.create(incident("first"))
    fail_chain_events(opened, monkeypatch)
    with pytest.raises(vault.StorageFull):
        journal.edit(entry.id, incident("second"))
    assert [r.incident.description for r in journal.get(entry.id).revisions] == ["first"]
    assert journal.verify().ok
    monkeypatch.undo()
    again, _ = reloaded(opened)
    assert again.get(entry.id).current.description == "first"
    assert again.verify().ok
    # the same save succeeds once the disk has room again
    journal.edit(entry.id, incident("second"))
    assert Journal(opened).get(entry.id).current.description == "second"
    assert journal.verify().ok


@pytest.mark.parametrize("action", ["delete", "restore", "purge"])
def test_trash_actions_whose_event_fails_change_nothing(journal, opened, monkeypatch, action):
    kept = journal.create(incident("kept"))
    entry = journal.create(incident("moved"))
    if action != "delete":
        journal.delete(entry.id)
        journal.delete(kept.id)
    before = {e.id: e.trashed for e in Journal(opened).entries(False) + Journal(opened).entries(
        True)}
    fail_chain_events(opened, monkeypatch)
    with pytest.raises(vault.StorageFull):
        {"delete": lambda: journal.delete(entry.id),
         "restore": lambda: journal.restore(entry.id),
         "purge": journal.empty_trash}[action]()
    assert {e.id: e.trashed for e in journal.entries(False) + journal.entries(True)} == before
    monkeypatch.undo()
    again, _ = reloaded(opened)
    assert {e.id: e.trashed for e in again.entries(False) + again.entries(True)} == before
    assert again.verify().ok


def test_an_import_whose_event_fails_leaves_no_file(store, opened, monkeypatch, tmp_path):
    path = tmp_path / "photo.bin"
    path.write_bytes(b"evidence" * 10_000)
    fail_chain_events(opened, monkeypatch)
    outcome = store.import_file(path)
    assert (outcome.status, outcome.reason) == ("refused", "disk_full")
    assert store.items() == []
    monkeypatch.undo()
    journal, again = reloaded(opened)
    assert again.items() == [] and opened.list_files() == [] and journal.verify().ok


def test_evidence_edit_and_delete_whose_event_fails_change_nothing(store, opened, monkeypatch,
                                                                    tmp_path):
    path = tmp_path / "photo.bin"
    path.write_bytes(b"evidence" * 10_000)
    item = store.import_file(path).item
    assert item is not None
    fail_chain_events(opened, monkeypatch)
    with pytest.raises(vault.StorageFull):
        store.edit(item.id, Details(caption="new caption"))
    assert store.get(item.id).current.caption == ""
    with pytest.raises(vault.StorageFull):
        store.delete(item.id)
    assert store.get(item.id) is item
    monkeypatch.undo()
    journal, again = reloaded(opened)
    assert again.get(item.id).current.caption == ""
    assert opened.read_bytes(item.file_id) == b"evidence" * 10_000
    assert journal.verify().ok


def test_a_plan_change_that_fails_leaves_the_list_as_it_was(opened, monkeypatch):
    plan = SafetyPlan(opened, "en")
    list_id, checklist = plan.lists()[0]
    before = [(i.text, i.done) for i in checklist.items]

    def full(*_args):
        raise vault.StorageFull("the disk is full")

    monkeypatch.setattr(opened, "update", full)
    for change in (lambda: plan.tick(list_id, 0, True), lambda: plan.add_item(list_id, "cash"),
                   lambda: plan.delete_item(list_id, 0), lambda: plan.move_item(list_id, 0, 1),
                   lambda: plan.edit_item(list_id, 0, text="changed")):
        with pytest.raises(vault.StorageFull):
            change()
        assert [(i.text, i.done) for i in plan.get(list_id).items] == before


def test_a_settings_change_that_fails_keeps_the_old_settings(data_dir, policy, opened,
                                                             monkeypatch):
    session = Session(data_dir, policy=policy)
    session.accept(read_for_screens(opened))

    def full(*_args):
        raise vault.StorageFull("the disk is full")

    monkeypatch.setattr(opened, "put", full)
    with pytest.raises(vault.StorageFull):
        session.save_settings(replace(session.settings, idle_minutes=10))
    assert session.settings.idle_minutes == 3
    monkeypatch.undo()
    session.save_settings(replace(session.settings, idle_minutes=10))
    assert session.settings.idle_minutes == 10
