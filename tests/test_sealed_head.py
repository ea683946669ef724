"""The chain's head sealed under the vault key: deleting the newest events, their records
and the head row from the file (sqlite3, no key) is seen, and stays seen."""

from __future__ import annotations

import gzip
import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest

from safeplan import chain, vault
from safeplan.journal import EVENT, HEAD, Incident, Journal
from safeplan.vault import layout

PIN = "31415926"
GOLDEN_PIN = "24681357"
GOLDEN = Path(__file__).parent / "golden" / "vault-before-commitments.db.gz"  # from 6bf4359


@pytest.fixture
def clock():
    ticks = itertools.count(1_700_000_000)
    return lambda: float(next(ticks))


def make(data_dir, policy, clock, count=5):
    """A vault with `count` incidents; returns ({incident id: event record id}, head row)."""
    v, _ = vault.create(data_dir, PIN, policy=policy)
    journal = Journal(v, clock=clock)
    ids = [journal.create(Incident(date="2026-01-05", description=f"n{i}")).id
           for i in range(count)]
    events = {data["record"]: rid for rid, data in v.list(EVENT)}
    (head_row,) = [rid for rid, _ in v.list(HEAD)]
    assert journal.verify().ok
    v.close()
    return [(i, events[i]) for i in ids], head_row


def sql(data_dir, *statements):
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    for statement, args in statements:
        conn.execute(statement, args)
    conn.commit()
    conn.close()


def delete_rows(data_dir, *rows):
    sql(data_dir, *[("DELETE FROM b WHERE k=?", (row,)) for row in rows])


def reopen(data_dir, policy, clock=None):
    v = vault.unlock(data_dir, PIN, policy=policy)
    assert v is not None
    return v, (Journal(v, clock=clock) if clock else Journal(v))


def test_deleting_the_head_row_with_the_newest_events_and_their_records_is_seen(
        data_dir, policy, clock):
    made, head_row = make(data_dir, policy, clock)
    # The attacker's edit: the head row, the last two events and the incidents they made.
    delete_rows(data_dir, head_row, *[row for pair in made[-2:] for row in pair])
    v, journal = reopen(data_dir, policy)
    status = journal.verify()
    assert not status.ok
    assert (status.reason, status.broken_at, status.missing) == (chain.Problem.MISSING, 3, 2)
    # Nothing else is lost and the journal still works.
    assert sorted(e.current.description for e in journal.entries()) == ["n0", "n1", "n2"]
    v.close()


def test_the_loss_stays_seen_after_her_next_change(data_dir, policy, clock):
    made, head_row = make(data_dir, policy, clock)
    delete_rows(data_dir, head_row, *made[-1])
    v, journal = reopen(data_dir, policy, clock)
    journal.create(Incident(date="2026-01-06", description="after"))
    for again in (journal.verify(), reopen(data_dir, policy)[1].verify()):
        assert not again.ok
        assert (again.reason, again.missing) == (chain.Problem.LOST, 1)
        assert again.noticed is not None and again.noticed >= 1_700_000_000
    v.close()


def test_a_deleted_or_foreign_sealed_head_is_damage(data_dir, policy, clock, tmp_path):
    make(data_dir, policy, clock)
    sql(data_dir, ("DELETE FROM a WHERE k=?", (layout.HEAD,)))
    v, journal = reopen(data_dir, policy)
    assert journal.verify().reason == chain.Problem.HEAD_GONE
    v.close()

    # The same PIN's other vault: its sealed head does not open with this vault's key.
    other = tmp_path / "other"
    make(other, policy, clock, count=1)
    conn = sqlite3.connect(other / vault.DB_NAME)
    (cell,) = conn.execute("SELECT v FROM a WHERE k=?", (layout.HEAD,)).fetchone()
    conn.close()
    sql(data_dir, ("INSERT INTO a VALUES (?, ?)", (layout.HEAD, cell)))
    v, journal = reopen(data_dir, policy)
    assert v.sealed_head().readable is False
    assert journal.verify().reason == chain.Problem.HEAD_GONE
    journal.create(Incident(date="2026-01-06", description="after"))
    status = journal.verify()
    assert (status.reason, status.missing) == (chain.Problem.MAYBE_LOST, 0)  # how many: unknown
    v.close()


def test_the_head_row_alone_deleted_is_seen(data_dir, policy, clock):
    _, head_row = make(data_dir, policy, clock)
    delete_rows(data_dir, head_row)
    v, journal = reopen(data_dir, policy)
    assert journal.verify().reason == chain.Problem.HEAD_GONE
    v.close()


def test_a_new_vault_seals_its_empty_chain(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    journal = Journal(v)
    assert journal.verify().ok and v.sealed_head().expected
    v.close()
    sql(data_dir, ("DELETE FROM a WHERE k=?", (layout.HEAD,)))
    v, journal = reopen(data_dir, policy)
    assert journal.verify().reason == chain.Problem.HEAD_GONE
    v.close()


def test_a_vault_from_before_the_sealed_head_gets_one_at_its_next_unlock(tmp_path, policy):
    data = tmp_path / "data"
    data.mkdir()
    with gzip.open(GOLDEN) as packed, open(data / vault.DB_NAME, "wb") as out:
        shutil.copyfileobj(packed, out)
    conn = sqlite3.connect(data / vault.DB_NAME)
    assert conn.execute("SELECT count(*) FROM a WHERE k=?", (layout.HEAD,)).fetchone()[0] == 0
    conn.close()
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    assert v is not None and not v.sealed_head().expected
    journal = Journal(v)
    assert journal.verify().ok
    sealed = v.sealed_head()
    assert sealed.expected and sealed.value["seq"] == len(journal.events()) - 1
    events = sorted(v.list(EVENT), key=lambda pair: pair[1]["seq"])
    (head_row,) = [rid for rid, _ in v.list(HEAD)]
    last_event, last = events[-1]
    v.close()
    # The migrated vault now sees the attack it missed before.
    rows = [head_row, last_event] + ([last["record"]] if last["action"] == "create" else [])
    sql(data, *[("DELETE FROM b WHERE k=?", (row,)) for row in rows])
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    status = Journal(v).verify()
    assert not status.ok and status.missing == 1
    v.close()


def test_a_failed_change_keeps_the_seal_as_it_was(data_dir, policy, clock):
    made, _ = make(data_dir, policy, clock, count=2)
    v, journal = reopen(data_dir, policy, clock)
    before = v.sealed_head()
    with pytest.raises(RuntimeError), journal.action() as record:
        record("edit", made[0][0], "0" * 64)
        raise RuntimeError("power cut")
    assert v.sealed_head() == before and v._meta.get("sealed_head")
    assert journal.verify().ok
    v.close()


# -- the downgrade: the key store of a copy from before the upgrade put back --------------

def golden_vault(tmp_path):
    """The vault of 6bf4359 (before the sealed head) at data/, and his copy of it."""
    data = tmp_path / "data"
    data.mkdir()
    with gzip.open(GOLDEN) as packed, open(data / vault.DB_NAME, "wb") as out:
        shutil.copyfileobj(packed, out)
    his = tmp_path / "his-old-copy.db"
    shutil.copy(data / vault.DB_NAME, his)
    return data, his


def cell_of(db, k):
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT v FROM a WHERE k=?", (k,)).fetchone()
    conn.close()
    return row and row[0]


def upgrade_and_write(data, policy, clock, texts=("he hit me 25.11", "he took my passport")):
    """Her first unlock with this version, then new incidents; returns the rows the
    attacker deletes: the head row, the newest events and the incidents they made."""
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    assert journal.verify().ok and v.sealed_head().expected
    for text in texts:
        journal.create(Incident(date="2026-11-25", description=text))
    events = sorted(v.list(EVENT), key=lambda pair: pair[1]["seq"])
    (head_row,) = [rid for rid, _ in v.list(HEAD)]
    newest = events[-len(texts):]
    v.close()
    return [head_row, *[rid for rid, _ in newest], *[e["record"] for _, e in newest]]


def downgrade(data, his, rows):
    """attack/head_downgrade.py: his old key store back, the head cell and rows gone."""
    sql(data, ("UPDATE a SET v=? WHERE k=?", (cell_of(his, layout.KEYSTORE), layout.KEYSTORE)),
        ("DELETE FROM a WHERE k=?", (layout.HEAD,)),
        *[("DELETE FROM b WHERE k=?", (row,)) for row in rows])


def test_the_old_key_store_put_back_does_not_hide_her_newest_entries(tmp_path, policy, clock):
    data, his = golden_vault(tmp_path)
    rows = upgrade_and_write(data, policy, clock)
    assert cell_of(data / vault.DB_NAME, layout.KEYSTORE) != cell_of(his, layout.KEYSTORE)
    downgrade(data, his, rows)
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    texts = [e.current.description for e in journal.entries()]
    assert "he hit me 25.11" not in texts  # gone from the file: what counts is that it shows
    status = journal.verify()
    assert not status.ok and status.reason == chain.Problem.ROLLED_BACK
    assert v.sealed_head().expected
    # After her next change, and at every later unlock, the loss stays reported.
    journal.create(Incident(date="2026-11-26", description="after"))
    v.close()
    for _ in range(2):
        v = vault.unlock(data, GOLDEN_PIN, policy=policy)
        status = Journal(v, clock=clock).verify()
        # Events really went, but how many is not known: a possible loss, never a count.
        assert not status.ok and status.reason == chain.Problem.MAYBE_LOST
        v.close()


def test_the_old_key_store_alone_put_back_loses_nothing_and_is_repaired(
        tmp_path, policy, clock):
    data, his = golden_vault(tmp_path)
    upgrade_and_write(data, policy, clock)
    sql(data, ("UPDATE a SET v=? WHERE k=?", (cell_of(his, layout.KEYSTORE), layout.KEYSTORE)))
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    assert journal.verify().ok and not v.damaged()
    assert "he took my passport" in [e.current.description for e in journal.entries()]
    assert v.sealed_head().rolled_back is not None  # the key store says what was found
    v.close()
    assert cell_of(data / vault.DB_NAME, layout.KEYSTORE) != cell_of(his, layout.KEYSTORE)


def test_a_row_put_back_from_the_old_copy_is_damage_not_history(tmp_path, policy, clock):
    """After the first seal every row is sealed again (records scheme 2): a row of the copy
    from before it no longer opens in the vault, so it cannot pass for a current one."""
    data, his = golden_vault(tmp_path)
    upgrade_and_write(data, policy, clock)
    old = sqlite3.connect(his)
    row, blob = old.execute("SELECT k, v FROM b LIMIT 1").fetchone()
    old.close()
    sql(data, ("UPDATE b SET v=? WHERE k=?", (blob, row)))
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    Journal(v, clock=clock)
    assert row in v.damaged()
    v.close()


def test_what_stays_unseen_every_row_and_the_key_store_put_back_from_his_copy(
        tmp_path, policy, clock):
    """The limit, said in head.py and the README: the key store, the head cell and every
    row put back as they were in his copy from before the upgrade give a file in a state
    the vault really had; nothing inside the file can tell. Her entries since are gone."""
    data, his = golden_vault(tmp_path)
    upgrade_and_write(data, policy, clock)
    old = sqlite3.connect(his)
    rows = old.execute("SELECT k, v FROM b").fetchall()
    old.close()
    sql(data, ("UPDATE a SET v=? WHERE k=?", (cell_of(his, layout.KEYSTORE), layout.KEYSTORE)),
        ("DELETE FROM a WHERE k=?", (layout.HEAD,)), ("DELETE FROM b", ()),
        *[("INSERT INTO b VALUES (?, ?)", row) for row in rows])
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    assert journal.verify().ok
    assert "he took my passport" not in [e.current.description for e in journal.entries()]
    v.close()


def test_a_vault_sealed_before_records_scheme_2_moves_to_it_at_unlock(tmp_path, policy, clock):
    """A vault sealed by the version before this one (key store flag set, rows under the
    first records key) moves at its next unlock; the downgrade is then seen there too."""
    from safeplan.vault import codec, records, store

    data, his = golden_vault(tmp_path)
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    Journal(v, clock=clock)
    key, meta, vault_id = v._vault_key, dict(v._meta), v._vault_id
    old_key, new_key = (records.record_key(key, n) for n in (1, 2))
    v.close()
    # Back to what the previous version wrote: scheme 1 rows, a key store without SCHEME.
    conn = sqlite3.connect(data / vault.DB_NAME)
    for row, blob in conn.execute("SELECT k, v FROM b").fetchall():
        plain = codec.unseal(new_key, blob, codec.row_aad(b"rec", row))
        conn.execute("UPDATE b SET v=? WHERE k=?",
                     (codec.seal(old_key, plain, codec.row_aad(b"rec", row)), row))
    del meta[records.SCHEME]
    conn.execute("UPDATE a SET v=? WHERE k=?",
                 (store.seal_keystore(key, vault_id, meta), layout.KEYSTORE))
    conn.commit()
    conn.close()
    rows = upgrade_and_write(data, policy, clock)
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    assert v._meta[records.SCHEME] == records.CURRENT and not v.damaged()
    v.close()
    downgrade(data, his, rows)
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    assert Journal(v, clock=clock).verify().reason == chain.Problem.ROLLED_BACK
    v.close()


def test_the_old_key_store_put_back_with_the_head_left_names_how_many_are_gone(
        tmp_path, policy, clock):
    data, his = golden_vault(tmp_path)
    rows = upgrade_and_write(data, policy, clock)
    sql(data, ("UPDATE a SET v=? WHERE k=?", (cell_of(his, layout.KEYSTORE), layout.KEYSTORE)),
        *[("DELETE FROM b WHERE k=?", (row,)) for row in rows])
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    status = Journal(v, clock=clock).verify()
    assert (status.ok, status.reason, status.missing) == (False, chain.Problem.MISSING, 2)
    v.close()


# -- the previous version and a vault moved to records scheme 2 (attack2/older_version.py) --

def previous_format_of(conn):
    """layout.format_of of the previous version (721426e), which wrote rows under the
    first records key into a moved vault: her entry unreadable, a false loss reported."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version == 2 and {"a", "b", "c", "d"} <= names:
        return 2
    if version == 0 and {"header", "slots", "records", "files", "chunks"} <= names:
        return 1
    raise vault.VaultFormatError("unknown format")


def test_a_vault_moved_to_records_scheme_2_is_refused_by_the_previous_version(
        tmp_path, policy, clock):
    data, _ = golden_vault(tmp_path)
    conn = sqlite3.connect(data / vault.DB_NAME)
    assert previous_format_of(conn) == layout.FORMAT  # not moved yet: it opens there
    conn.close()
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    journal.create(Incident(date="2026-11-26", description="written after the move"))
    v.close()
    conn = sqlite3.connect(data / vault.DB_NAME)
    with pytest.raises(vault.VaultFormatError):
        previous_format_of(conn)
    assert layout.format_of(conn) == layout.FORMAT  # this version reads it
    conn.close()
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    assert journal.verify().ok and not v.damaged()
    assert "written after the move" in [e.current.description for e in journal.entries()]
    v.close()


def test_a_move_that_fails_on_a_full_disk_leaves_her_saves_working_and_is_retried(
        tmp_path, policy, clock, monkeypatch):
    """attack2/full_disk.py: on a nearly full disk a vault never sealed could not save at
    all, the move to records scheme 2 (every row written again) being retried inside each
    save's transaction. Here the move fails as SQLite fails on a full disk; her save needs
    only what it needed before, and the next unlock (space freed) moves the records."""
    from safeplan.vault import records

    def full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    data, _ = golden_vault(tmp_path)
    with monkeypatch.context() as patched:
        patched.setattr(vault.store.Vault, "_reseal", staticmethod(full))
        for text in ("saved on a full disk", "and again"):
            v = vault.unlock(data, GOLDEN_PIN, policy=policy)
            journal = Journal(v, clock=clock)
            journal.create(Incident(date="2026-11-26", description=text))
            assert journal.verify().ok
            v.close()
    conn = sqlite3.connect(data / vault.DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == layout.FORMAT  # not moved
    conn.close()
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    assert v._meta[records.SCHEME] == records.CURRENT
    journal = Journal(v, clock=clock)
    assert journal.verify().ok and not v.damaged()
    assert {"saved on a full disk", "and again"} <= {
        e.current.description for e in journal.entries()}
    v.close()
    conn = sqlite3.connect(data / vault.DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == layout.RECORDS_2
    conn.close()


def test_a_loss_of_unknown_size_keeps_saying_may_after_her_save(tmp_path, policy, clock):
    """attack2/discredit.py: his old key store put back and the head cell deleted, nothing
    of hers removed. The first message rightly says changes may be gone; after her next
    save it said they WERE removed (a claim a defence lawyer could show to be false).
    A loss whose size is not known stays a possible one, at every later unlock."""
    data, his = golden_vault(tmp_path)
    upgrade_and_write(data, policy, clock)
    sql(data, ("UPDATE a SET v=? WHERE k=?", (cell_of(his, layout.KEYSTORE), layout.KEYSTORE)),
        ("DELETE FROM a WHERE k=?", (layout.HEAD,)))
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    assert journal.verify().reason == chain.Problem.ROLLED_BACK
    journal.create(Incident(date="2026-11-26", description="next"))
    v.close()
    for _ in range(2):
        v = vault.unlock(data, GOLDEN_PIN, policy=policy)
        status = Journal(v, clock=clock).verify()
        assert (status.ok, status.reason, status.missing) == (
            False, chain.Problem.MAYBE_LOST, 0)
        assert status.noticed is not None
        v.close()


def test_every_row_deleted_with_the_head_cell_left_is_reported_not_overwritten(
        tmp_path, policy, clock):
    """attack2's finding 5: his old key store back and every record deleted, the head
    cell left. The app took the vault for a new one and sealed its empty chain over the
    cell, the one proof that her changes had existed. Now the loss is in the new seal,
    reported at once, and still after her next change and later unlocks."""
    data, his = golden_vault(tmp_path)
    upgrade_and_write(data, policy, clock)
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    sealed = v.sealed_head().value
    v.close()
    sql(data, ("UPDATE a SET v=? WHERE k=?", (cell_of(his, layout.KEYSTORE), layout.KEYSTORE)),
        ("DELETE FROM b", ()))
    v = vault.unlock(data, GOLDEN_PIN, policy=policy)
    journal = Journal(v, clock=clock)
    assert journal.entries() == []
    status = journal.verify()
    assert (status.ok, status.reason, status.missing) == (
        False, chain.Problem.LOST, sealed["seq"] + 1)
    journal.create(Incident(date="2026-11-26", description="after"))
    v.close()
    for _ in range(2):
        v = vault.unlock(data, GOLDEN_PIN, policy=policy)
        status = Journal(v, clock=clock).verify()
        assert (status.ok, status.reason, status.missing) == (
            False, chain.Problem.LOST, sealed["seq"] + 1)
        v.close()
