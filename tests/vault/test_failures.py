"""Failures told apart from a wrong PIN, noted in the vault, and told at the next unlock;
format-1 vaults migrated at unlock."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from keyring.errors import KeyringLocked

from safeplan import vault
from safeplan.session import Session
from safeplan.vault import layout, notes, slots

from ..helpers.keyrings import MemoryKeyring

PIN = "31415926"
FIXTURES = Path(__file__).parent / "fixtures"


class LockedKeyring(MemoryKeyring):
    """A secure keyring that is locked: every read fails."""

    locked = False

    def get_password(self, service, username):
        if self.locked:
            raise KeyringLocked("locked")
        return super().get_password(service, username)


def sql(data_dir, statement, *args):
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    rows = conn.execute(statement, args).fetchall()
    conn.commit()
    conn.close()
    return rows


def damage_pin_slot(data_dir, policy):
    v = vault.unlock(data_dir, PIN, policy=policy)
    cell = layout.SLOT_BASE + v._meta["pin_slot"]
    v.close()
    (blob,) = sql(data_dir, "SELECT v FROM a WHERE k=?", cell)[0]
    sql(data_dir, "UPDATE a SET v=? WHERE k=?", blob[:-1] + bytes([blob[-1] ^ 1]), cell)


def test_damage_raises_is_noted_and_told_after_the_recovery_code(data_dir, policy):
    made, code = vault.create(data_dir, PIN, policy=policy)
    made.close()
    damage_pin_slot(data_dir, policy)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    session = Session(data_dir, policy=policy, device_factory=lambda: None)
    with pytest.raises(vault.VaultFormatError):
        session.try_unlock(PIN)
    opened = session.try_unlock(code)
    assert opened is not None
    # Two notes, unless both went to the same random cell (1 chance in 16).
    assert [f.what for f in opened.failures] in (["damaged", "damaged"], ["damaged"])
    assert opened.failures[0].when > 1_700_000_000
    # Told once: the vault forgets them after telling.
    assert opened.vault.failures() == []
    opened.vault.close()


def test_a_wrong_pin_is_none_and_leaves_no_note(data_dir, policy):
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    before = (data_dir / vault.DB_NAME).read_bytes()
    assert vault.unlock(data_dir, "11112222", policy=policy) is None
    assert (data_dir / vault.DB_NAME).read_bytes() == before
    opened = vault.unlock(data_dir, PIN, policy=policy)
    assert opened.failures() == []
    opened.close()


def test_a_locked_keyring_is_not_a_wrong_pin(data_dir, policy):
    backend = LockedKeyring()
    device = vault.DeviceKeyring(backend)
    made, _ = vault.create(data_dir, PIN, policy=policy, device=device, bind_device=True)
    made.close()
    backend.locked = True
    with pytest.raises(vault.KeyringUnavailable):
        vault.unlock(data_dir, PIN, policy=policy, device=device)
    backend.locked = False
    opened = vault.unlock(data_dir, PIN, policy=policy, device=device)
    assert [f.what for f in opened.failures()] == ["keyring"]
    opened.close()


def test_an_unbound_vault_opens_even_with_a_locked_keyring(data_dir, policy):
    backend = LockedKeyring()
    backend.locked = True
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    device = vault.DeviceKeyring(backend)
    assert vault.unlock(data_dir, PIN, policy=policy, device=device) is not None


def test_a_busy_file_is_unavailable_not_a_wrong_pin(data_dir, policy):
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    holder = sqlite3.connect(data_dir / vault.DB_NAME, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(vault.VaultUnavailable):
            vault.unlock(data_dir, PIN, policy=policy)
    finally:
        holder.rollback()
        holder.close()


def test_notes_hold_no_secret_and_need_no_pin(data_dir, policy):
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    assert notes.append(data_dir / vault.DB_NAME, "damaged")
    cells = [r[0] for r in sql(data_dir, "SELECT v FROM a WHERE k>=? AND k<?",
                               layout.NOTE_BASE, layout.NOTE_BASE + layout.NOTE_COUNT)]
    assert len(cells) == layout.NOTE_COUNT and {len(c) for c in cells} == {notes.NOTE_BYTES}
    data = (data_dir / vault.DB_NAME).read_bytes()
    assert b"damaged" not in data and PIN.encode() not in data
    opened = vault.unlock(data_dir, PIN, policy=policy)
    assert [f.what for f in opened.failures()] == ["damaged"]
    opened.close()


def test_keep_only_recovery_for_backups(data_dir, policy, tmp_path):
    made, code = vault.create(data_dir, PIN, policy=policy)
    rid = made.put("note", "kept")
    made.close()
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    (copy_dir / vault.DB_NAME).write_bytes((data_dir / vault.DB_NAME).read_bytes())
    conn = layout.connect(copy_dir / vault.DB_NAME)
    slots.keep_only_recovery(conn)
    conn.close()
    assert vault.unlock(copy_dir, PIN, policy=policy) is None
    opened = vault.unlock(copy_dir, code, policy=policy)
    assert opened.get(rid) == "kept" and opened.opened_by == "recovery"
    opened.change_pin("77778888")
    opened.close()
    assert vault.unlock(copy_dir, "77778888", policy=policy).get(rid) == "kept"


def format1_vault(data_dir: Path) -> dict:
    data_dir.mkdir(mode=0o700)
    raw = gzip.decompress((FIXTURES / "format1.sqlite.gz").read_bytes())
    (data_dir / vault.DB_NAME).write_bytes(raw)
    return json.loads((FIXTURES / "format1.json").read_text())


def test_a_format1_vault_is_migrated_at_unlock(data_dir, policy):
    """The fixture was made by the format-1 code (main at e761ae6, KdfPolicy.for_tests)."""
    known = format1_vault(data_dir)
    assert vault.unlock(data_dir, "99999999", policy=policy) is None  # wrong: nothing written
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()
    opened = vault.unlock(data_dir, known["pin"], policy=policy)
    assert opened is not None
    assert opened.get(known["record"]) == {"text": known["record_text"]}
    for file_id, sha in known["files"].items():
        with opened.open_file(int(file_id)) as stream:
            assert hashlib.sha256(stream.read()).hexdigest() == sha
    opened.close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert names == {"a", "b", "c", "d", "e"}
    columns = {r[1] for t in ("a", "b", "c", "d") for r in conn.execute(f"PRAGMA table_info({t})")}
    assert columns == {"k", "n", "v"}
    assert conn.execute("PRAGMA user_version").fetchone()[0] == layout.FORMAT
    # Files are now padded: every stored size is a Padmé class.
    from safeplan.vault import files
    for file_id in known["files"]:
        stored = conn.execute("SELECT sum(length(v)) - 16 * count(*) FROM d WHERE k=?",
                              (int(file_id),)).fetchone()[0]
        assert stored == files.padded_size(stored)
    conn.close()
    # The PIN slot is in the current format now; the recovery code still opens
    # (its slot migrates the first time it is typed), then the PIN again.
    again = vault.unlock(data_dir, known["recovery"], policy=policy)
    assert again is not None and again.opened_by == "recovery"
    assert again.get(known["record"]) == {"text": known["record_text"]}
    again.close()
    conn = layout.connect(data_dir / vault.DB_NAME)
    table = slots.read_table(conn, policy)
    conn.close()
    assert not any(s.legacy for s in table)
    assert vault.unlock(data_dir, known["pin"], policy=policy) is not None


def test_format1_migration_keeps_a_device_binding_account(data_dir, policy):
    known = format1_vault(data_dir)
    raw_salt = sql(data_dir, "SELECT salt FROM header")[0][0]
    opened = vault.unlock(data_dir, known["pin"], policy=policy)
    assert opened._vault_id == raw_salt  # the keyring account follows the same id
    opened.close()
