"""vault/copies.py read as a forensic examiner and a data-loss reviewer would: what a
backup's copy of the vault file carries besides the live cells, and when the page
stream must give way to a snapshot."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading

import pytest

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.vault import backup, copies, layout

from ..helpers.pages import free_pages, leftovers

PIN = "2580147369"


@pytest.fixture
def opened(data_dir, policy, device):
    made, code = vault.create(data_dir, PIN, policy=policy, device=device, bind_device=True)
    yield made, code
    if made.is_open:
        made.close()


def pin_wrap(v) -> bytes:
    return v._table[v._meta["pin_slot"]].wrapped


def streamed(v) -> bytes:
    with v.page_copy() as copy:
        return b"".join(bytes(step) for step in copy.steps())


def test_no_pin_slot_ever_written_nor_old_bytes_are_in_a_copy(opened, tmp_path):
    """Thirty PIN changes between saves, imports and deletions (free pages): neither the
    page stream nor the snapshot carries any PIN slot the vault ever had, and every
    byte outside a live cell, free pages included, is zero in both and in the vault."""
    v, _ = opened
    journal = Journal(v)
    wraps, files = [], []
    for n in range(30):
        wraps.append(pin_wrap(v))
        entry = journal.create(Incident(date="2026-01-05", description=f"entry {n} " * 40))
        if n % 3 == 0:
            files.append(v.add_bytes(os.urandom(150_000)))
        if n % 5 == 4:
            v.delete_file(files.pop(0).id)
            journal.edit(entry.id, Incident(date="2026-01-05", description="changed"))
        v.change_pin(f"{31_000_000 + n:08d}")
    current = pin_wrap(v)
    own = v.path.read_bytes()
    assert free_pages(own), "the test must leave free pages behind"
    stream = streamed(v)
    v.snapshot(tmp_path / "snapshot")
    snapshot = (tmp_path / "snapshot").read_bytes()
    assert not any(w in own for w in wraps) and current in own
    for name, copy in (("page stream", stream), ("snapshot", snapshot)):
        assert not any(w in copy for w in [*wraps, current]), name
        assert leftovers(copy) == [], name
    assert leftovers(own) == []


def test_closing_the_copy_does_not_drop_the_vaults_sqlite_locks(opened):
    """POSIX locks belong to the process: closing any descriptor of the file drops every
    lock SQLite holds on it. The page stream's descriptor was closed outside the vault's
    lock, so a save in another thread lost its lock and another process could write the
    file under it (SQLite's 'How to corrupt', 2.2.1)."""
    v, _ = opened
    context = v.page_copy()
    copy = context.__enter__()
    list(copy.steps())
    closed = threading.Event()

    def finish() -> None:
        context.__exit__(None, None, None)
        closed.set()

    with v.batch():
        v.put("note", "a save holding the write lock")
        closer = threading.Thread(target=finish)
        closer.start()
        closed.wait(1.0)  # with the bug the descriptor is closed by now
        other = subprocess.run(
            [sys.executable, "-c", "import sqlite3, sys\n"
             "c = sqlite3.connect(sys.argv[1], timeout=0)\n"
             "try:\n    c.execute('BEGIN IMMEDIATE')\n    print('locked by me')\n"
             "except sqlite3.OperationalError as e:\n    print(e)\n", str(v.path)],
            capture_output=True, text=True, check=True)
        assert other.stdout.strip() == "database is locked"
    closer.join()
    assert closed.is_set()


def test_a_missing_cell_gives_way_to_a_snapshot(opened, policy, tmp_path):
    """A slot-table cell gone from the file (a KeyError stopped the backup): the snapshot
    route writes every cell of the copy afresh."""
    v, code = opened
    v._db().execute("DELETE FROM a WHERE k=?", (layout.CHECKSUM,))
    with pytest.raises(copies.NoPageCopy):
        v.page_copy().__enter__()
    recipient = backup.recipient_for(code, backup.recovery_params(policy))
    made = backup.write_backup(v, tmp_path / "calc.bin", recipient, policy=policy)
    assert made.route == "snapshot" and made.damaged == 0


@pytest.mark.parametrize("how", ["wal", "small pages"])
def test_layouts_the_page_stream_cannot_patch_take_the_snapshot_route(opened, policy, tmp_path,
                                                                      how):
    v, code = opened
    journal = Journal(v)
    entry = journal.create(Incident(date="2026-01-05", description="kept"))
    conn = v._db()
    if how == "wal":
        conn.execute("PRAGMA journal_mode=WAL")
    else:  # a file whose slot table spans several pages
        conn.execute("PRAGMA page_size=4096")
        conn.execute("VACUUM")
    recipient = backup.recipient_for(code, backup.recovery_params(policy))
    made = backup.write_backup(v, tmp_path / "calc.bin", recipient, policy=policy)
    assert made.route == "snapshot" and made.damaged == 0
    wrap = pin_wrap(v)
    v.close()
    restored = tmp_path / "restored"
    opened_backup = backup.open_backup(tmp_path / "calc.bin", code, policy=policy)
    backup.restore(opened_backup, code, restored, "97531086420", policy=policy)
    assert wrap not in (restored / vault.DB_NAME).read_bytes()
    again = vault.unlock(restored, "97531086420", policy=policy)
    assert Journal(again).get(entry.id).current.description == "kept"
    again.close()
    conn = sqlite3.connect(restored / vault.DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_another_process_writing_between_two_steps_stops_the_stream(opened, monkeypatch):
    """Not only this vault's own saves: a write by any other program (a second copy of
    the app, sqlite3) changes the file's change counter, and the stream stops rather
    than mixing two versions of the file."""
    v, _ = opened
    monkeypatch.setattr(copies, "PAGE_STEP", 64 * 1024)
    v.add_bytes(os.urandom(400_000))
    with v.page_copy() as copy, pytest.raises(copies.NoPageCopy):
        for n, _step in enumerate(copy.steps()):
            if n == 1:
                subprocess.run([sys.executable, "-c", "import sqlite3, sys\n"
                                "c = sqlite3.connect(sys.argv[1])\n"
                                "c.execute('INSERT INTO b VALUES (7, x\\'00\\')')\n"
                                "c.commit()\n", str(v.path)], check=True)


def test_both_routes_count_a_damaged_vault_alike(opened, tmp_path, monkeypatch):
    """The page stream and the snapshot check a copy by one rule (copies.count_authentic):
    a changed record, a changed piece, a missing piece and a piece of no file count the
    same whichever route the backup takes."""
    from safeplan.vault import files as files_module

    monkeypatch.setattr(files_module, "CHUNK_BYTES", 1024)
    v, _ = opened
    records = [v.put("note", n) for n in range(5)]
    stored = [v.add_bytes(os.urandom(5000)) for _ in range(3)]
    conn = v._db()
    (blob,) = conn.execute("SELECT v FROM b WHERE k=?", (records[0],)).fetchone()
    conn.execute("UPDATE b SET v=? WHERE k=?", (blob[:-1] + bytes([blob[-1] ^ 1]), records[0]))
    (piece,) = conn.execute("SELECT v FROM d WHERE k=? AND n=1", (stored[0].id,)).fetchone()
    conn.execute("UPDATE d SET v=? WHERE k=? AND n=1",
                 (bytes([piece[0] ^ 1]) + piece[1:], stored[0].id))
    conn.execute("DELETE FROM d WHERE k=? AND n=2", (stored[1].id,))
    conn.execute("INSERT INTO d VALUES (?, 0, ?)", (12345, b"\0" * 100))
    with v.page_copy() as copy:
        streamed_count = copy.authenticate()
    v.snapshot(tmp_path / "snapshot")
    snapshot_count = v.authenticate_copy(tmp_path / "snapshot")
    assert streamed_count == snapshot_count
    # Records 4 good, 1 bad. File 0: 4 pieces good, 1 bad, whole. File 1 (piece 2 gone):
    # pieces 0-1 good, 3-4 out of place, not whole. File 2: 5 good, whole. The piece of no
    # file is in no item.
    assert streamed_count == (4 + 4 + 2 + 5 + 2, 1 + 1 + 2 + 1)
