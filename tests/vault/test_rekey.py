"""A PIN change gives the vault a new key (attack2/old_pin_reads_new.py).

He forced her PIN and kept a copy of her vault folder; she changes her PIN and
writes on. Before this, the change re-wrapped the SAME vault key, so his copy and
the old PIN gave the key that opens every row, file piece, plan and sealed head she
wrote afterwards. Here he takes every key his copy gives (the vault key and any
older keys its key store lists) and tries them on everything in her current file.
What she wrote BEFORE the change stays readable to him: he could read it from his
copy anyway.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import x25519

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.plan import SafetyPlan
from safeplan.session import Session
from safeplan.vault import codec, layout, notes, records
from safeplan.vault.files import file_cipher

from ..helpers.recovery import her_half

OLD_PIN = "11223344"
NEW_PIN = "99887766"
THIRD_PIN = "55667788"
BEFORE = "written before the change"
AFTER = "LEAVING-ON-THE-30TH"
FILE_AFTER = b"PHOTO-AFTER-THE-CHANGE-" * 5000


def keys_from_copy(copy_dir: Path, pin: str, policy, device=None) -> list[bytes]:
    """Every vault key his copy and the PIN he knows give (the key store's list too)."""
    opened = vault.unlock(copy_dir, pin, policy=policy, device=device)
    assert opened is not None
    try:
        found = [opened._vault_key]
        found += [bytes.fromhex(k) for k in opened._meta.get("old_keys", {}).values()]
        notes_key = opened._meta.get("notes_key")
        return found + ([b"notes:" + bytes.fromhex(notes_key)] if notes_key else [])
    finally:
        opened.close()


def readable(keys: list[bytes], her_dir: Path) -> bytes:
    """Every plaintext of her current file that any of `keys` opens, joined."""
    conn = sqlite3.connect(her_dir / vault.DB_NAME)
    rows = conn.execute("SELECT k, v FROM b").fetchall()
    described = conn.execute("SELECT k, v FROM c").fetchall()
    pieces = conn.execute("SELECT k, n, v FROM d ORDER BY k, n").fetchall()
    cells = dict(conn.execute("SELECT k, v FROM a").fetchall())
    conn.close()
    vault_id = cells[layout.IDENTITY][:16]
    found: list[bytes] = []

    def attempt(key: bytes, blob: bytes, aad: bytes) -> bytes | None:
        try:
            return codec.unseal(key, blob, aad)
        except codec.Unreadable:
            return None

    vault_keys = [k for k in keys if not k.startswith(b"notes:")]
    files_keys = [codec.subkey(k, b"files") for k in vault_keys]
    for key in vault_keys:
        for scheme in (1, 2):
            rkey = records.record_key(key, scheme)
            found += [p for rid, blob in rows
                      if (p := attempt(rkey, blob, codec.row_aad(b"rec", rid))) is not None]
        for cell, aad, purpose in ((layout.KEYSTORE, b"keystore" + vault_id, b"meta"),
                                   (layout.HEAD, b"head" + vault_id, b"head")):
            if cells.get(cell) is not None:
                plain = attempt(codec.subkey(key, purpose), cells[cell], aad)
                if plain is not None:
                    found.append(plain)
    for fkey in files_keys:
        for file_id, blob in described:
            plain = attempt(fkey, blob, codec.row_aad(b"rec", file_id))
            if plain is None:
                continue
            found.append(plain)
            meta = codec.decode_record(plain)[1]
            for pkey in files_keys:  # pieces under any key he has
                cipher = file_cipher(pkey, file_id, bytes.fromhex(meta["salt"]))
                own = [(n, v) for k, n, v in pieces if k == file_id]
                for n, blob2 in own:
                    with contextlib.suppress(codec.Unreadable):
                        found.append(cipher.open(n, blob2, n == len(own) - 1))
    for key in keys:
        if key.startswith(b"notes:"):
            private = x25519.X25519PrivateKey.from_private_bytes(key[6:])
            for k in range(layout.NOTE_BASE, layout.NOTE_BASE + layout.NOTE_COUNT):
                with contextlib.suppress(Exception):
                    found.append(notes._SUITE.decrypt(cells[k], private,
                                                      info=notes._info(vault_id)))
    return b"\n".join(found)


def write_after(v: vault.Vault) -> None:
    """Her journal entry, an evidence file, a checklist of her plan and a failure
    note, all after the change."""
    Journal(v).create(Incident(date="2026-11-20", description=AFTER))
    v.add_file(io.BytesIO(FILE_AFTER))
    plan = SafetyPlan(v)
    plan.add_list(AFTER + " plan")
    v.put("settings", {"language": "ru", "marker": AFTER})


@pytest.fixture
def copied(tmp_path, policy):
    """Her vault with an entry and a file, and his copy of the folder (he knows OLD_PIN)."""
    her, his = tmp_path / "her", tmp_path / "his"
    v, code = vault.create(her, OLD_PIN, policy=policy)
    Journal(v).create(Incident(date="2026-11-01", description=BEFORE))
    v.add_file(io.BytesIO(b"PHOTO-BEFORE" * 3000))
    v.close()
    shutil.copytree(her, his)
    return her, his, code


def test_an_old_copy_and_the_old_pin_read_nothing_written_after_a_pin_change(copied, policy):
    her, his, _ = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN)
    write_after(v)
    v.close()
    assert vault.unlock(her, OLD_PIN, policy=policy) is None
    seen = readable(keys_from_copy(his, OLD_PIN, policy), her)
    assert AFTER.encode() not in seen
    assert b"PHOTO-AFTER-THE-CHANGE" not in seen
    assert b'"ru"' not in seen  # her settings
    # What was written before the change he reads from his copy, as he could before.
    assert b"PHOTO-BEFORE" in readable(keys_from_copy(his, OLD_PIN, policy), his)
    # She reads everything, old and new, with the new PIN.
    v = vault.unlock(her, NEW_PIN, policy=policy)
    journal = Journal(v)
    assert {BEFORE, AFTER} <= {e.current.description for e in journal.entries()}
    assert journal.verify().ok and not v.sealed_head().lost
    assert not v.damaged()
    contents = {v.read_bytes(f.id) for f in v.list_files()}
    assert FILE_AFTER in contents and b"PHOTO-BEFORE" * 3000 in contents
    assert AFTER + " plan" in [c.title for _, c in SafetyPlan(v).lists()]
    v.close()


def test_a_second_change_locks_out_a_copy_taken_between_the_two(copied, policy):
    her, his, code = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN, recipient=her_half(code, policy))
    Journal(v).create(Incident(date="2026-11-10", description="between the changes"))
    v.close()
    between = her.parent / "between"
    shutil.copytree(her, between)  # he forced the second PIN too, and copied again
    v = vault.unlock(her, NEW_PIN, policy=policy)
    v.change_pin(THIRD_PIN, recipient=her_half(code, policy))
    write_after(v)
    v.close()
    for copy, pin in ((his, OLD_PIN), (between, NEW_PIN)):
        seen = readable(keys_from_copy(copy, pin, policy), her)
        assert AFTER.encode() not in seen and b"PHOTO-AFTER-THE-CHANGE" not in seen
    for secret in (THIRD_PIN, code):  # her new PIN and the recovery code read it all
        v = vault.unlock(her, secret, policy=policy)
        journal = Journal(v)
        assert {BEFORE, "between the changes", AFTER} <= {
            e.current.description for e in journal.entries()}
        assert journal.verify().ok and not v.damaged()
        assert FILE_AFTER in {v.read_bytes(f.id) for f in v.list_files()}
        v.close()
    for pin in (OLD_PIN, NEW_PIN):
        assert vault.unlock(her, pin, policy=policy) is None


def test_the_old_device_keyring_entry_with_the_old_copy_reads_nothing_new(
        tmp_path, policy, device):
    her, his = tmp_path / "her", tmp_path / "his"
    v, code = vault.create(her, OLD_PIN, policy=policy, device=device, bind_device=True)
    Journal(v).create(Incident(date="2026-11-01", description=BEFORE))
    v.close()
    shutil.copytree(her, his)  # the keyring entry is the same one: he can use it
    v = vault.unlock(her, OLD_PIN, policy=policy, device=device)
    v.change_pin(NEW_PIN, recipient=her_half(code, policy))
    assert v.device_bound
    write_after(v)
    v.close()
    seen = readable(keys_from_copy(his, OLD_PIN, policy, device=device), her)
    assert AFTER.encode() not in seen and b"PHOTO-AFTER-THE-CHANGE" not in seen
    # The binding still works: the new PIN needs this keyring, and opens with it.
    assert vault.unlock(her, NEW_PIN, policy=policy) is None
    v = vault.unlock(her, NEW_PIN, policy=policy, device=device)
    assert v is not None and v.device_bound
    assert AFTER in {e.current.description for e in Journal(v).entries()}
    v.close()
    v = vault.unlock(her, code, policy=policy)  # the code never needs the keyring
    assert AFTER in {e.current.description for e in Journal(v).entries()}
    v.close()


def test_his_old_slots_and_key_store_put_into_her_file_read_nothing_new(copied, policy):
    her, his, _ = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN)
    write_after(v)
    v.close()
    old = sqlite3.connect(his / vault.DB_NAME)
    cells = old.execute("SELECT k, v FROM a WHERE k < ?", (layout.NOTE_BASE,)).fetchall()
    old.close()
    conn = sqlite3.connect(her / vault.DB_NAME)
    conn.executemany("INSERT OR REPLACE INTO a VALUES (?, ?)", cells)
    conn.commit()
    conn.close()
    opened = vault.unlock(her, OLD_PIN, policy=policy)
    assert opened is not None  # his cells, his key: it opens...
    journal = Journal(opened)
    texts = {e.current.description for e in journal.entries()}
    assert AFTER not in texts  # ...and reads nothing she wrote after the change
    for ref in opened.list_files():
        with pytest.raises(vault.FileDamaged):
            opened.read_bytes(ref.id)
    assert b"PHOTO-AFTER-THE-CHANGE" not in readable(keys_from_copy(her, OLD_PIN, policy), her)
    opened.close()


def test_a_vault_without_the_codes_public_half_keeps_its_key_and_its_recovery(
        copied, policy):
    """A vault made before backups never learnt the recovery code's public half: a
    new key could not reach the recovery code, so the change keeps the key (the hole
    stays open for that vault until the code is typed once) rather than leave her
    recovery code unable to read what she writes next."""
    her, his, code = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    meta = dict(v._meta)
    meta.pop("recipient", None)
    v._save_meta(meta)
    assert v.change_pin(NEW_PIN) is False  # not re-keyed
    write_after(v)
    v.close()
    v = vault.unlock(her, code, policy=policy)
    assert AFTER in {e.current.description for e in Journal(v).entries()}
    v.close()
    # Once the code opened it, the vault knows the public half... (Session does that)
    s = Session(her, policy=policy)
    found = s.try_unlock(code)
    s.accept(found)
    assert s.change_pin(THIRD_PIN) is True  # after a recovery unlock: no old PIN asked
    assert s.vault._meta.get("gen", 0) >= 1
    Journal(s.vault).create(Incident(date="2026-11-21", description="after the re-key"))
    s.vault.close()
    seen = readable(keys_from_copy(his, OLD_PIN, policy), her)
    assert b"after the re-key" not in seen


def test_the_pin_change_the_settings_page_makes_then_the_new_pin_unlocks(tmp_path, policy):
    """Session.change_pin is what the settings page runs (in the vault worker)."""
    session = Session(tmp_path / "data", policy=policy)
    code = session.create(OLD_PIN, bind_device=False)
    Journal(session.vault).create(Incident(date="2026-11-01", description=BEFORE))
    his = tmp_path / "his"
    shutil.copytree(tmp_path / "data", his)
    assert session.change_pin(NEW_PIN, "00000000") is False  # wrong current PIN
    assert session.change_pin(NEW_PIN, OLD_PIN) is True
    Journal(session.vault).create(Incident(date="2026-11-20", description=AFTER))
    session.vault.close()
    session.vault = None
    assert session.try_unlock(OLD_PIN) is None
    found = session.try_unlock(NEW_PIN)
    assert found is not None
    session.accept(found)
    assert {BEFORE, AFTER} <= {e.current.description for e in Journal(session.vault).entries()}
    session.vault.close()
    assert AFTER.encode() not in readable(keys_from_copy(his, OLD_PIN, policy),
                                          tmp_path / "data")
    found = Session(tmp_path / "data", policy=policy).try_unlock(code)
    assert AFTER in {e.current.description for e in Journal(found.vault).entries()}
    found.vault.close()


def test_a_backup_made_after_the_change_restores_with_the_recovery_code(copied, policy,
                                                                          tmp_path):
    from safeplan.vault import backup

    her, _, code = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN, recipient=her_half(code, policy))
    write_after(v)
    recipient = backup.Recipient.from_data(v._meta["recipient"])
    backup.write_backup(v, tmp_path / "made.bak", recipient, policy=policy)
    v.close()
    opened = backup.open_backup(tmp_path / "made.bak", code, policy=policy)
    backup.restore(opened, code, tmp_path / "elsewhere", THIRD_PIN, policy=policy)
    for secret in (THIRD_PIN, code):
        v = vault.unlock(tmp_path / "elsewhere", secret, policy=policy)
        journal = Journal(v)
        assert {BEFORE, AFTER} <= {e.current.description for e in journal.entries()}
        assert journal.verify().ok and not v.damaged()
        assert FILE_AFTER in {v.read_bytes(f.id) for f in v.list_files()}
        v.close()


def previous_format_of(conn):
    """layout.format_of before the re-key (99befc2): user_version 2 or 3."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version in (2, 3) and {"a", "b", "c", "d"} <= names:
        return 2
    raise vault.VaultFormatError("unknown format")


def test_the_previous_version_refuses_a_re_keyed_vault(copied, policy):
    """The previous version would read older file pieces with the newest key (damage
    shown to her) and its recovery code would find a key store it cannot open."""
    her, _, _ = copied
    conn = sqlite3.connect(her / vault.DB_NAME)
    assert previous_format_of(conn) == 2
    conn.close()
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN)
    v.close()
    conn = sqlite3.connect(her / vault.DB_NAME)
    with pytest.raises(vault.VaultFormatError):
        previous_format_of(conn)
    assert layout.format_of(conn) == layout.FORMAT
    assert conn.execute("PRAGMA user_version").fetchone()[0] == layout.REKEYED
    conn.close()


def test_an_export_made_after_the_change_verifies_with_the_same_fingerprint(tmp_path, policy):
    from cryptography.hazmat.primitives import serialization

    from safeplan import signing
    from safeplan.evidence import EvidenceStore
    from safeplan.export import Exporter, ExportRequest
    from safeplan.report import texts
    from safeplan.verify import verify

    from ..test_evidence import photo_bytes

    v, _ = vault.create(tmp_path / "data", OLD_PIN, policy=policy)
    journal = Journal(v)
    store = EvidenceStore(v, journal)
    journal.create(Incident(date="2026-11-20", kinds=["physical"], description=BEFORE))
    (tmp_path / "IMG_0.jpg").write_bytes(photo_bytes(64, 48, colour=(200, 40, 30)))
    store.import_file(tmp_path / "IMG_0.jpg")
    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    before = signing.signing_key(v).public_key().public_bytes(*raw)
    assert v.change_pin(NEW_PIN) is True
    journal.create(Incident(date="2026-11-21", kinds=["threats"], description=AFTER))
    (tmp_path / "IMG_1.jpg").write_bytes(photo_bytes(64, 48, colour=(20, 40, 200)))
    store.import_file(tmp_path / "IMG_1.jpg")
    result = Exporter(v, journal, store, texts(), {}, {}).run(
        ExportRequest(include_history=True, container="zip"), tmp_path / "r.zip")
    verdict = verify(tmp_path / "r.zip", None, result.fingerprint)
    assert verdict.ok, verdict.findings
    # The report's signing key is the vault's, kept across the change (the fingerprint
    # an officer recorded before the change still names it).
    assert signing.signing_key(v).public_key().public_bytes(*raw) == before
    v.close()


def test_a_file_staged_before_the_change_and_kept_after_it_reads_back(copied, policy):
    her, _, _ = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    staged = v.stage_file(io.BytesIO(b"STAGED" * 100_000))  # an import under way...
    v.change_pin(NEW_PIN)  # ...while she changes her PIN in the settings
    ref = v.keep_file(staged)
    v.close()
    v = vault.unlock(her, NEW_PIN, policy=policy)
    assert v.read_bytes(ref.id) == b"STAGED" * 100_000
    v.close()


def test_the_recovery_code_takes_the_new_key_once_then_needs_no_envelope(copied, policy):
    her, _, code = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN, recipient=her_half(code, policy))
    Journal(v).create(Incident(date="2026-11-20", description=AFTER))
    v.close()
    v = vault.unlock(her, code, policy=policy)  # opens the envelope, re-wraps its slot
    assert v.opened_by == "recovery"
    v.close()
    conn = sqlite3.connect(her / vault.DB_NAME)
    conn.execute("DELETE FROM a WHERE k=?", (layout.ENVELOPE,))
    conn.commit()
    conn.close()
    v = vault.unlock(her, code, policy=policy)  # its own slot now wraps the newest key
    assert AFTER in {e.current.description for e in Journal(v).entries()}
    v.close()


def test_an_envelope_with_an_absurd_cost_is_damage_not_a_freeze(copied, policy):
    import struct

    her, _, code = copied
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN, recipient=her_half(code, policy))
    v.close()
    conn = sqlite3.connect(her / vault.DB_NAME)
    (blob,) = conn.execute("SELECT v FROM a WHERE k=?", (layout.ENVELOPE,)).fetchone()
    blob = struct.pack(">IHB", 1 << 30, 60000, 255) + blob[7:]
    conn.execute("UPDATE a SET v=? WHERE k=?", (blob, layout.ENVELOPE))
    conn.commit()
    conn.close()
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(her, code, policy=policy)
    v = vault.unlock(her, NEW_PIN, policy=policy)  # her PIN does not need the envelope
    assert v is not None
    v.close()


def test_a_vault_whose_backups_know_the_code_learns_its_public_half_at_unlock(tmp_path, policy):
    """A vault made by the version before this one kept the code's public half only in
    its backups record (Session): the next unlock puts it in the key store too, so the
    PIN change re-keys without the code."""
    session = Session(tmp_path / "data", policy=policy)
    session.create(OLD_PIN, bind_device=False)
    v = session.vault
    v._save_meta({k: value for k, value in v._meta.items() if k != "recipient"})
    v.close()
    session.vault = None
    found = session.try_unlock(OLD_PIN)
    assert found.vault.recipient is not None
    session.accept(found)
    assert session.change_pin(NEW_PIN, OLD_PIN) and session.last_change_rekeyed
    session.vault.close()


def test_the_move_to_records_scheme_2_after_a_re_key_keeps_the_file_refused_by_older_versions(
        tmp_path, policy):
    v, code = vault.create(tmp_path, OLD_PIN, policy=policy)
    rid = v.put("incident", {"text": BEFORE})  # records scheme 1: no head sealed yet
    assert v.change_pin(NEW_PIN, recipient=her_half(code, policy))
    Journal(v).create(Incident(date="2026-11-20", description=AFTER))  # first seal: scheme 2
    assert v._meta[records.SCHEME] == records.CURRENT
    v.close()
    conn = sqlite3.connect(tmp_path / vault.DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == layout.REKEYED
    conn.close()
    for secret in (NEW_PIN, code):
        v = vault.unlock(tmp_path, secret, policy=policy)
        assert v.get(rid) == {"text": BEFORE} and not v.damaged()
        assert AFTER in {e.current.description for e in Journal(v).entries()}
        v.close()
