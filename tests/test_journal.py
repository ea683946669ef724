"""The journal: revisions, trash, the hash chain with tamper cases, search."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from safeplan import chain, vault
from safeplan.journal import (
    EVENT,
    Incident,
    InvalidIncident,
    Journal,
    per_month,
    search,
)

PIN = "24681357"


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    v.close()


@pytest.fixture
def journal(opened):
    ticks = itertools.count(1_700_000_000)
    return Journal(opened, clock=lambda: float(next(ticks)))


def incident(**changes) -> Incident:
    base = Incident(date="2026-11-20", time="23:40", kinds=["physical", "threats"],
                    description="Он толкнул меня к стене. Ол мені итеріп жіберді 😢",
                    exact_words="«Убью, если уйдёшь»", fear=8)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_create_and_read_back_after_reopening(journal, opened, data_dir, policy):
    entry = journal.create(incident(place="Кухня", tags=["ночь"]))
    assert entry.recorded_at == 1_700_000_000
    opened.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    reread = Journal(again).get(entry.id)
    assert reread.current == entry.current
    assert reread.current.exact_words == "«Убью, если уйдёшь»"
    again.close()


def test_edit_keeps_every_revision_and_recorded_time(journal):
    entry = journal.create(incident())
    journal.edit(entry.id, incident(description="Он толкнул меня. Синяк на плече."))
    journal.edit(entry.id, incident(description="Третья версия"))
    assert [r.incident.description[:6] for r in entry.revisions] == ["Он тол", "Он тол", "Третья"]
    assert entry.recorded_at == 1_700_000_000
    assert entry.current.description == "Третья версия"


def test_saving_the_same_form_makes_no_revision(journal):
    entry = journal.create(incident())
    journal.edit(entry.id, incident())
    assert len(entry.revisions) == 1


def test_trash_restore_and_purge(journal):
    keep = journal.create(incident(description="keep"))
    gone = journal.create(incident(description="gone"))
    journal.delete(gone.id)
    assert [e.id for e in journal.entries()] == [keep.id]
    assert [e.id for e in journal.entries(trashed=True)] == [gone.id]
    journal.restore(gone.id)
    assert {e.id for e in journal.entries()} == {keep.id, gone.id}
    journal.delete(gone.id)
    assert journal.empty_trash() == 1
    assert journal.entries(trashed=True) == []
    actions = [e["action"] for e in journal.events()]
    assert actions == ["create", "create", "delete", "restore", "delete", "purge"]
    assert journal.verify().ok


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"date": "2026-02-30"}, "date", "not_a_date"),
    ({"date": ""}, "date", "not_a_date"),
    ({"date": "2999-01-01"}, "date", "future"),
    ({"time": "25:61"}, "time", "not_a_time"),
    ({"description": "   "}, "description", "empty"),
    ({"description": "x" * 200_001}, "description", "too_long"),
    ({"kinds": ["weird"]}, "kinds", "unknown"),
    ({"fear": 11}, "fear", "range"),
])
def test_validation(journal, changes, field, reason):
    with pytest.raises(InvalidIncident) as err:
        journal.create(incident(**changes))
    assert (err.value.field, err.value.reason) == (field, reason)
    assert journal.entries() == []


def test_a_large_description_is_accepted(journal):
    text = "Абзац. " * 25_000  # 175,000 characters
    entry = journal.create(incident(description=text))
    assert journal.get(entry.id).current.description == text


def test_today_is_allowed(journal):
    journal.create(incident(date=date.today().isoformat()))


class TestChain:
    def build(self, journal):
        a = journal.create(incident(description="a"))
        journal.edit(a.id, incident(description="a2"))
        b = journal.create(incident(description="b"))
        journal.delete(b.id)
        return a, b

    def event_records(self, opened):
        return sorted(opened.list(EVENT), key=lambda pair: pair[1]["seq"])

    def test_intact(self, journal):
        self.build(journal)
        status = journal.verify()
        assert status.ok and status.events == 4

    def test_changed_event(self, journal, opened):
        self.build(journal)
        record_id, event = self.event_records(opened)[1]
        event["action"] = "create"
        opened.update(record_id, event)
        status = journal.verify()
        assert not status.ok and status.broken_at == 1 and status.reason == "changed"

    def test_removed_event(self, journal, opened):
        self.build(journal)
        opened.delete(self.event_records(opened)[1][0])
        status = journal.verify()
        assert not status.ok and status.broken_at == 1

    def test_reordered_events(self, journal, opened):
        self.build(journal)
        records = self.event_records(opened)
        (id1, e1), (id2, e2) = records[1], records[2]
        e1["seq"], e2["seq"] = 2, 1
        opened.update(id1, e1)
        opened.update(id2, e2)
        assert journal.verify().broken_at == 1

    def test_rewritten_revision_is_caught(self, journal, opened):
        a, _ = self.build(journal)
        data = opened.get(a.id)
        data["revisions"][0]["incident"]["description"] = "quietly changed"
        opened.update(a.id, data)
        status = Journal(opened).verify()
        assert not status.ok and status.reason == "unrecorded_revision"

    def test_recomputed_chain_still_breaks_the_link(self, journal, opened):
        self.build(journal)
        record_id, event = self.event_records(opened)[0]
        event["revision"] = "f" * 64
        event["hash"] = chain.event_hash(event)
        opened.update(record_id, event)
        status = journal.verify()
        assert not status.ok and status.broken_at == 1 and status.reason == "broken_link"


def test_search_and_filters(journal):
    one = journal.create(incident(date="2026-01-05", kinds=["economic"],
                                  description="Забрал карту и деньги"))
    two = journal.create(incident(date="2026-03-09", kinds=["physical"],
                                  description="Ударил. Қатты ұрды.", person_id=7))
    entries = journal.entries()
    assert [e.id for e in entries] == [two.id, one.id]  # newest first
    assert search(entries, "КАРТУ") == [one]
    assert search(entries, "қатты") == [two]
    assert search(entries, kind="physical") == [two]
    assert search(entries, person_id=7) == [two]
    assert search(entries, start="2026-02-01") == [two]
    assert search(entries, end="2026-02-01") == [one]


def test_per_month(journal):
    journal.create(incident(date="2026-01-05", kinds=["economic"]))
    journal.create(incident(date="2026-01-20", kinds=["economic", "threats"]))
    journal.create(incident(date="2026-03-09", kinds=["physical"]))
    assert per_month(journal.entries()) == {
        "2026-01": {"economic": 2, "threats": 1}, "2026-03": {"physical": 1}}


def test_people_and_drafts(journal):
    pid = journal.add_person("Ерлан", "husband")
    assert journal.people() == {pid: {"name": "Ерлан", "relationship": "husband"}}
    assert journal.draft() is None
    journal.save_draft({"description": "half written"})
    journal.save_draft({"description": "half written, more"})
    assert journal.draft() == {"description": "half written, more"}
    journal.discard_draft()
    assert journal.draft() is None


def test_a_damaged_incident_does_not_stop_the_others(journal, opened, data_dir, policy):
    import sqlite3

    keep = journal.create(incident(description="keep"))
    bad = journal.create(incident(description="bad"))
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    blob = conn.execute("SELECT v FROM b WHERE k=?", (bad.id,)).fetchone()[0]
    conn.execute("UPDATE b SET v=? WHERE k=?", (blob[:-1] + bytes([blob[-1] ^ 1]),
                                                           bad.id))
    conn.commit()
    conn.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    reread = Journal(again)
    assert [e.id for e in reread.entries()] == [keep.id]
    assert bad.id in reread.damaged
    again.close()


def test_a_record_deleted_from_the_file_behind_the_chain_is_seen(opened, data_dir, policy):
    """Anyone with the file (no key) can delete a row with sqlite3: the incident or the
    piece of evidence was gone, the chain said 'intact', and a report made from the
    vault afterwards verified. Deletions made by the app itself stay fine."""
    import sqlite3

    from safeplan.evidence import EvidenceStore

    from .test_evidence import photo_bytes

    journal = Journal(opened)
    store = EvidenceStore(opened, journal)
    kept = journal.create(incident(description="kept"))
    gone = journal.create(incident(description="gone"))
    trashed = journal.create(incident(description="trashed"))
    purged = journal.create(incident(description="purged"))
    picture = data_dir.parent / "photo.jpg"
    picture.write_bytes(photo_bytes(64, 48))
    item = store.import_file(picture).item
    other = data_dir.parent / "other.jpg"
    other.write_bytes(photo_bytes(64, 48, colour=(1, 2, 3)))
    removed = store.import_file(other).item
    store.delete(removed.id)
    journal.delete(trashed.id)
    journal.delete(purged.id)
    journal.restore(trashed.id)
    journal.delete(trashed.id)
    assert journal.empty_trash() == 2
    journal.create(incident(description="after"))
    assert journal.verify().ok  # what the app deletes, it deletes with an event
    opened.close()

    for victim in (gone.id, item.id):
        copy = data_dir.parent / f"copy-{victim}"
        copy.mkdir()
        for path in data_dir.iterdir():
            (copy / path.name).write_bytes(path.read_bytes())
        conn = sqlite3.connect(copy / vault.DB_NAME)
        assert conn.execute("DELETE FROM b WHERE k=?", (victim,)).rowcount == 1
        conn.commit()
        conn.close()
        again = vault.unlock(copy, PIN, policy=policy)
        reread = Journal(again)
        EvidenceStore(again, reread)
        status = reread.verify()
        assert not status.ok
        assert status.reason == chain.Problem.GONE and status.record == victim
        assert kept.id in [e.id for e in reread.entries()]
        again.close()
