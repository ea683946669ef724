"""Backups through the session: a whole vault to a new computer, and the reminder rule."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from safeplan import vault
from safeplan.backups import DAY, BackupLog
from safeplan.evidence import EvidenceStore
from safeplan.journal import Incident, Journal
from safeplan.plan import CONTACT, SafetyPlan
from safeplan.session import SETTINGS_KIND, Session
from safeplan.vault import DeviceKeyring
from safeplan.vault.backup import WrongSecret

PIN = "2580147369"
NEW_PIN = "1357924680"
BIG = 200 * 1024 * 1024


def every_record(v: vault.Vault) -> dict[int, object]:
    kinds = ("incident", "event", "draft", "person", "evidence", SETTINGS_KIND,
             *SafetyPlan.KINDS)
    return {rid: data for rows in v.list_many(kinds).values() for rid, data in rows}


def every_file(v: vault.Vault) -> dict[int, str]:
    found = {}
    for ref in v.list_files():
        digest = hashlib.sha256()
        with v.open_file(ref.id) as stream:
            while block := stream.read(4 * 1024 * 1024):
                digest.update(block)
        assert digest.hexdigest() == ref.sha256
        found[ref.id] = ref.sha256
    return found


def big_file(path: Path) -> str:
    digest = hashlib.sha256()
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as out:
        for n in range(BIG // len(block)):
            piece = block[:-8] + n.to_bytes(8, "big")  # no two chunks alike
            out.write(piece)
            digest.update(piece)
    return digest.hexdigest()


def test_round_trip_to_a_fresh_data_folder_with_the_recovery_code(
        tmp_path, policy, memory_keyring):
    home = Session(tmp_path / "laptop", policy=policy,
                   device_factory=lambda: DeviceKeyring(memory_keyring))
    code = home.create(PIN, bind_device=True)
    assert home.can_back_up()
    v = home.vault
    journal = Journal(v)
    entry = journal.create(Incident(date="2026-11-20", description="Он ударил меня",
                                    exact_words="«Убью»", fear=8))
    journal.edit(entry.id, Incident(date="2026-11-20", description="Он ударил меня дважды"))
    journal.add_person("Аслан", "husband")
    journal.save_draft({"description": "начато…"})
    plan = SafetyPlan(v, "ru")
    plan.add_row(CONTACT, {"name": "Айгуль", "phone": "+7 700 000 00 00"})
    home.settings.language = "ru"
    home.settings.idle_minutes = 5
    home.save_settings()
    evidence = EvidenceStore(v, journal)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(70_000))
    video = tmp_path / "video.mp4"
    video_sha = big_file(video)
    for path in (photo, video):
        assert evidence.import_file(path, incident_id=entry.id).status == "stored"
    records, files = every_record(v), every_file(v)
    assert video_sha in files.values()
    video.unlink()

    stick = tmp_path / "stick"
    stick.mkdir()
    made = home.make_backup(stick / "calc.bin")
    assert made.damaged == 0
    assert home.backups.last_time is not None and home.backups.last_place == ""
    home.lock().close()

    other_keyring = type(memory_keyring)()
    fresh = Session(tmp_path / "new-laptop", policy=policy,
                    device_factory=lambda: DeviceKeyring(other_keyring))
    with pytest.raises(WrongSecret):
        fresh.open_backup(stick / "calc.bin", PIN)
    opened = fresh.open_backup(stick / "calc.bin", code)
    fresh.restore(opened, code, NEW_PIN, bind_device=True)
    assert fresh.unlocked and fresh.vault.device_bound
    assert fresh.settings.language == "ru" and fresh.settings.idle_minutes == 5
    restored = fresh.vault
    got = every_record(restored)
    assert {k: v for k, v in got.items() if k != fresh._backups_id} == {
        k: v for k, v in records.items() if k != fresh._backups_id}
    assert every_file(restored) == files
    chain = Journal(restored)
    assert chain.verify().ok
    assert chain.draft() == {"description": "начато…"}
    assert fresh.can_back_up()  # the recovery code's public half came along
    fresh.lock().close()
    assert vault.unlock(tmp_path / "new-laptop", PIN, policy=policy) is None
    again = vault.unlock(tmp_path / "new-laptop", NEW_PIN, policy=policy,
                         device=DeviceKeyring(other_keyring))
    assert again is not None
    again.close()


def test_replace_keeps_the_current_vault_as_a_backup_first(tmp_path, policy, memory_keyring):
    factory = lambda: DeviceKeyring(memory_keyring)  # noqa: E731
    first = Session(tmp_path / "a", policy=policy, device_factory=factory)
    code_a = first.create(PIN, bind_device=False)
    Journal(first.vault).create(Incident(date="2026-01-01", description="A"))
    first.make_backup(tmp_path / "a.bin")
    first.lock().close()

    here = Session(tmp_path / "b", policy=policy, device_factory=factory)
    code_b = here.create(PIN, bind_device=True)
    Journal(here.vault).create(Incident(date="2026-02-02", description="B"))
    opened = here.open_backup(tmp_path / "a.bin", code_a)
    old = here.replace_with(opened, code_a, NEW_PIN, True, tmp_path / "kept.bin")
    assert old is not None and not old.is_open
    here.lock()
    now = vault.unlock(tmp_path / "b", NEW_PIN, policy=policy, device=factory())
    assert [e.current.description for e in Journal(now).entries()] == ["A"]
    now.close()
    kept = here.open_backup(tmp_path / "kept.bin", code_b)
    elsewhere = Session(tmp_path / "c", policy=policy, device_factory=factory)
    elsewhere.restore(kept, code_b, NEW_PIN, bind_device=False)
    assert [e.current.description for e in Journal(elsewhere.vault).entries()] == ["B"]
    elsewhere.lock().close()


FIXTURES = Path(__file__).parent / "vault" / "fixtures"


def test_a_backup_of_an_older_vault_format_is_migrated_at_restore(tmp_path, policy,
                                                                   memory_keyring):
    """The fixture was written by the first backup writer (9baa88b), whose vault inside is
    format 1; tests/vault/fixtures/make_backup_format1.py says how it was made."""
    known = json.loads((FIXTURES / "backup-format1.json").read_text())
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy(FIXTURES / "backup-format1.bin", stick / "calc.bin")
    fresh = Session(tmp_path / "new-laptop", policy=policy,
                    device_factory=lambda: DeviceKeyring(memory_keyring))
    with pytest.raises(WrongSecret):
        fresh.open_backup(stick / "calc.bin", known["pin"])  # no PIN slot was added
    opened = fresh.open_backup(stick / "calc.bin", known["recovery"])
    assert opened.contents.vault_format == 1 < vault.store.FORMAT
    fresh.restore(opened, known["recovery"], NEW_PIN, bind_device=True)
    assert fresh.unlocked and fresh.vault.device_bound
    assert fresh.settings.language == "kk" and fresh.settings.idle_minutes == 5
    restored = fresh.vault
    got = {str(k): v for k, v in every_record(restored).items()}
    fillers = set()
    for key, data in known["records"].items():
        if "facts" in data:  # evidence of format 1 had no fillers: added at unlock
            assert "fill" not in data and len(got[key]["fill"]) == 2
            fillers |= set(got[key].pop("fill"))
        assert got[key] == data
    files = {str(k): v for k, v in every_file(restored).items()}
    assert {k: v for k, v in files.items() if int(k) not in fillers} == known["files"]
    chain = Journal(restored)
    assert chain.verify().ok
    assert chain.head() == known["chain_head"]
    assert chain.draft() == {"description": "начато…"}
    assert fresh.can_back_up()
    made = fresh.make_backup(stick / "after.bin")  # the migrated vault backs up as any other
    assert made.damaged == 0 and made.checked >= len(known["records"])
    fresh.lock().close()
    conn = sqlite3.connect(tmp_path / "new-laptop" / vault.DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == vault.store.FORMAT
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master")} == {
        "a", "b", "c", "d", "e"}
    conn.close()
    assert vault.unlock(tmp_path / "new-laptop", known["pin"], policy=policy) is None
    again = vault.unlock(tmp_path / "new-laptop", NEW_PIN, policy=policy,
                         device=DeviceKeyring(memory_keyring))
    assert again is not None and again.get(int(next(iter(known["records"])))) is not None
    again.close()
    assert sorted(p.name for p in stick.iterdir()) == ["after.bin", "calc.bin"]


def test_a_vault_from_before_backups_learns_the_code_once(tmp_path, policy):
    made, code = vault.create(tmp_path / "old", PIN, policy=policy)
    made.close()
    session = Session(tmp_path / "old", policy=policy, device_factory=lambda: None)
    session.accept(session.try_unlock(PIN))
    assert not session.can_back_up()
    assert not session.add_recovery_code("9" * 24)
    assert not session.add_recovery_code(PIN)
    assert session.add_recovery_code(code)
    assert session.can_back_up()
    session.lock().close()
    # Opening with the recovery code itself also keeps its public half.
    made, code = vault.create(tmp_path / "older", PIN, policy=policy)
    made.close()
    other = Session(tmp_path / "older", policy=policy, device_factory=lambda: None)
    other.accept(other.try_unlock(code))
    assert other.can_back_up()
    other.lock().close()


def test_reminder_after_changes_and_days_without_a_backup():
    log = BackupLog(remind_days=7)
    now = 100 * DAY
    assert log.reminder([], now) is None
    assert log.reminder([now - 3 * DAY], now) is None
    assert log.reminder([now - 8 * DAY, now - DAY], now) == 8
    log.made(now - 2 * DAY, "/media/stick/calc.bin")
    assert log.last_place == ""  # not remembered unless she allows it
    assert log.reminder([now - 8 * DAY], now) is None  # already in the backup
    assert log.reminder([now - DAY], now) is None
    assert log.reminder([now - DAY], now + 5 * DAY) is None
    assert log.reminder([now - DAY], now + 6 * DAY) == 7
    log.remind_days = 0
    assert log.reminder([now - DAY], now + 70 * DAY) is None
    log.remember_place = True
    log.made(now, "/media/stick/calc.bin")
    assert BackupLog.from_data(log.to_data()).last_place == "/media/stick/calc.bin"
    assert BackupLog.from_data({"remind_days": 999, "last_time": "x"}) == BackupLog()
