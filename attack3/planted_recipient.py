"""Before her PIN change, the PIN he forced lets him plant HIS recovery public half;
the re-key then hands him the new key.

A PIN change cannot re-wrap the recovery code's slot, so it seals the new vault key
to the code's public half kept in the vault (key store RECIPIENT; Session passes the
backups record's `recipient`, which wins). Both are sealed under the vault key he had
while he knew her PIN. So, before she changes it, he opens her vault with the PIN,
makes a recovery code of his own and writes its public half into the key store and
the backups record. She changes her PIN through the real Session path (the settings
page); the envelope is now sealed to him. Later, with the shared laptop, he copies
her file again: his code opens the envelope -> the new key -> everything she wrote
after the change. Her own recovery code no longer follows the change (the envelope
is not hers): after the change it gives "damaged" instead of her vault.

    .venv/bin/python attack3/planted_recipient.py [--code-first]
prints what he reads after the change and what her recovery code gives. With
--code-first she opens the vault once with her recovery code before the change
(Session.try_unlock then puts her own public half back: commit ac6148b).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.backups import BACKUPS, BackupLog
from safeplan.journal import Incident, Journal
from safeplan.session import Session
from safeplan.vault import backup, codec, envelope, layout, records
from safeplan.vault.store import open_keystore

OLD_PIN, NEW_PIN = "11223344", "99887766"
HIS_CODE = "123456789012345678901234"
SECRET = "LEAVING-ON-THE-30TH"


def main() -> int:
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_plant_"))
    her = root / "her"
    session = Session(her, policy=policy, device_factory=lambda: None)
    her_code = session.create(OLD_PIN, False)
    closed = session.lock()
    if closed is not None:
        closed.close()

    # He, knowing OLD_PIN, plants his public half (library calls on her file).
    his = backup.recipient_for(HIS_CODE, backup.recovery_params(policy)).to_data()
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v._save_meta(dict(v._meta, recipient=his))
    for row_id, data in v.list(BACKUPS):
        log = BackupLog.from_data(data)
        log.recipient = his
        v.update(row_id, log.to_data())
    v.close()

    # She unlocks (PIN, or with --code-first her recovery code) and changes the PIN on
    # the settings page (the Session path).
    code_first = "--code-first" in sys.argv
    session = Session(her, policy=policy, device_factory=lambda: None)
    session.accept(session.try_unlock(her_code if code_first else OLD_PIN))
    assert session.change_pin(NEW_PIN, old_pin=None if code_first else OLD_PIN)
    print("rekeyed:", session.last_change_rekeyed)
    Journal(session.vault).create(Incident(date="2026-11-20", description=SECRET))
    closed = session.lock()
    if closed is not None:
        closed.close()

    # He copies her file after the change and opens the envelope with HIS code.
    later = root / "his_later"
    shutil.copytree(her, later)
    conn = sqlite3.connect(later / vault.DB_NAME)
    cells = dict(conn.execute("SELECT k, v FROM a").fetchall())
    rows = conn.execute("SELECT k, v FROM b").fetchall()
    conn.close()
    vault_id = cells[layout.IDENTITY][:16]
    new_key = envelope.open_with_code(cells.get(layout.ENVELOPE), HIS_CODE, vault_id, policy)
    read = []
    if new_key is not None:
        meta = open_keystore(new_key, vault_id, cells[layout.KEYSTORE])
        rkey = records.record_key(new_key, int(meta.get(records.SCHEME, 1)))
        for rid, blob in rows:
            with contextlib.suppress(codec.Unreadable):
                read.append(codec.open_record(rkey, rid, blob)[1])
    he_reads = SECRET in repr(read)
    print("his code opens the envelope:", new_key is not None)
    print("he reads what she wrote after the change:", he_reads)

    # Her recovery code after the change.
    try:
        mine = vault.unlock(her, her_code, policy=policy)
        print("her recovery code opens:", mine is not None)
        if mine is not None:
            mine.close()
    except vault.VaultError as exc:
        print("her recovery code gives:", type(exc).__name__, exc)
    shutil.rmtree(root)
    return 1 if he_reads else 0


if __name__ == "__main__":
    sys.exit(main())
