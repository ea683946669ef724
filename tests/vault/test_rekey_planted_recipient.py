"""A recipient he planted while he knew her PIN is replaced once she types her code
(attack3/planted_recipient.py).

A PIN change seals the new vault key to the recovery code's public half kept in the
vault (envelope.py). That public half is sealed under the vault key he had while he
knew her PIN, so he can put his own there (key store and backups record) before her
change; the change then seals the new key to HIM. Without her code the vault cannot
tell his public half from hers. With it, it can: a recovery-code unlock derives the
code's public half and puts it back wherever another one stands (key store, backups
record, and the envelope of the key in use), so a PIN change after it reaches her
code, not his.
"""

from __future__ import annotations

import shutil
import sqlite3

from safeplan import vault
from safeplan.backups import BACKUPS, BackupLog
from safeplan.journal import Incident, Journal
from safeplan.session import Session
from safeplan.vault import backup, envelope, layout

OLD_PIN, NEW_PIN = "11223344", "99887766"
HIS_CODE = "123456789012345678901234"


def plant(her, policy) -> dict:
    """He opens her vault with the PIN he knows and writes his public half in."""
    his = backup.recipient_for(HIS_CODE, backup.recovery_params(policy)).to_data()
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v._save_meta(dict(v._meta, recipient=his))
    for row_id, data in v.list(BACKUPS):
        log = BackupLog.from_data(data)
        log.recipient = his
        v.update(row_id, log.to_data())
    v.close()
    return his


def his_code_opens_the_envelope(her, tmp_path, policy) -> bool:
    later = tmp_path / "his_later"
    shutil.rmtree(later, ignore_errors=True)
    shutil.copytree(her, later)
    conn = sqlite3.connect(later / vault.DB_NAME)
    cells = dict(conn.execute("SELECT k, v FROM a").fetchall())
    conn.close()
    return envelope.open_with_code(cells.get(layout.ENVELOPE), HIS_CODE,
                                   cells[layout.IDENTITY][:16], policy) is not None


def new_session(her, policy) -> Session:
    return Session(her, policy=policy, device_factory=lambda: None)


def close(session: Session) -> None:
    closed = session.lock()
    if closed is not None:
        closed.close()


def test_after_her_recovery_unlock_a_pin_change_no_longer_reaches_his_planted_code(
        tmp_path, policy):
    her = tmp_path / "her"
    session = new_session(her, policy)
    code = session.create(OLD_PIN, False)
    close(session)
    his = plant(her, policy)

    session = new_session(her, policy)
    session.accept(session.try_unlock(code))
    assert session.vault.recipient != his
    assert session.backups.recipient != his
    assert session.change_pin(NEW_PIN)
    assert session.last_change_rekeyed
    Journal(session.vault).create(Incident(date="2026-11-20", description="after"))
    close(session)

    assert not his_code_opens_the_envelope(her, tmp_path, policy)
    mine = vault.unlock(her, code, policy=policy)  # her code follows the change
    assert mine is not None
    mine.close()
    opened = vault.unlock(her, NEW_PIN, policy=policy)
    assert opened is not None
    opened.close()


def test_an_honest_vault_keeps_its_envelope_and_backups_record_at_a_recovery_unlock(
        tmp_path, policy):
    """Nothing planted: the recovery unlock finds her own half everywhere and rewrites
    neither the envelope nor the backups record."""
    her = tmp_path / "her"
    session = new_session(her, policy)
    code = session.create(OLD_PIN, False)
    assert session.change_pin(NEW_PIN, old_pin=OLD_PIN)
    close(session)
    opened = vault.unlock(her, code, policy=policy)  # the slot takes the new key once
    opened.close()

    def state():
        conn = sqlite3.connect(her / vault.DB_NAME)
        envelope_cell = conn.execute("SELECT v FROM a WHERE k=?", (layout.ENVELOPE,)).fetchone()
        rows = conn.execute("SELECT k, v FROM b").fetchall()
        conn.close()
        return envelope_cell, rows

    before = state()
    session = new_session(her, policy)
    session.accept(session.try_unlock(code))
    own = session.backups.recipient
    close(session)
    assert state() == before
    assert own == backup.recipient_for(code, backup.recovery_params(policy)).to_data()


def test_a_recovery_unlock_that_cannot_write_still_opens_and_the_change_reaches_her(
        tmp_path, policy, monkeypatch):
    """A full disk at that unlock: the vault opens all the same, and the PIN change
    made in this session seals the new key to her code, not to his."""
    her = tmp_path / "her"
    session = new_session(her, policy)
    code = session.create(OLD_PIN, False)
    close(session)
    plant(her, policy)

    def full(*_args, **_kwargs):
        raise vault.StorageFull("the disk is full")

    session = new_session(her, policy)
    with monkeypatch.context() as patched:
        patched.setattr(vault.Vault, "update", full)
        opened = session.try_unlock(code)
    assert opened is not None
    session.accept(opened)
    assert session.backups.recipient == backup.recipient_for(
        code, backup.recovery_params(policy)).to_data()
    assert session.change_pin(NEW_PIN)
    close(session)
    assert not his_code_opens_the_envelope(her, tmp_path, policy)
    mine = vault.unlock(her, code, policy=policy)
    assert mine is not None
    mine.close()
