"""Three PIN changes in a row with no recovery unlock between them; backups made at
each stage (generation 0, 1, 3) restored with the recovery code and with the PIN kept
in them; the hash chain and the sealed head checked at each step (nothing reported as
rolled back, lost or damaged on an honest vault); an older backup restored over the
re-keyed vault.

    nice -n 19 .venv/bin/python -m attack3.three_changes
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.vault import backup

PINS = ("11223344", "22334455", "33445566", "44556677")


def state(v: vault.Vault) -> str:
    journal = Journal(v)
    status = journal.verify()
    head = v.sealed_head()
    files = v.list_files()
    for ref in files:
        v.read_bytes(ref.id)
    return (f"entries={len(journal.entries())} chain_ok={status.ok} "
            f"head_lost={head.lost} rolled_back={head.rolled_back} "
            f"damaged={len(v.damaged())} files={len(files)}")


def main() -> int:
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_three_"))
    her = root / "her"
    v, code = vault.create(her, PINS[0], policy=policy)
    recipient = backup.Recipient.from_data(v.recipient)
    assert recipient is not None
    problems = 0
    backups: dict[int, Path] = {}
    for gen in range(4):
        Journal(v).create(Incident(date=f"2026-11-0{gen + 1}", description=f"gen {gen}"))
        v.add_file(io.BytesIO(bytes([gen]) * 70_000))
        line = state(v)
        print(f"generation {gen}: {line}")
        problems += "chain_ok=True head_lost=False rolled_back=None damaged=0" not in line
        if gen in (0, 1, 3):
            target = root / f"backup{gen}.bin"
            backup.write_backup(v, target, recipient, pin=PINS[gen], policy=policy)
            backups[gen] = target
        if gen < 3:
            assert v.change_pin(PINS[gen + 1])
            v.close()
            v = vault.unlock(her, PINS[gen + 1], policy=policy)
            assert v is not None
    v.close()
    # The code after three changes, its slot three generations behind.
    opened = vault.unlock(her, code, policy=policy)
    print("recovery code after 3 changes:", state(opened))
    opened.close()
    for old in PINS[:3]:
        assert vault.unlock(her, old, policy=policy) is None
    # Each backup, with the code and with its PIN, into a fresh folder.
    for gen, path in backups.items():
        for secret in (code, PINS[gen]):
            target = root / f"restored{gen}_{len(secret)}"
            opened_backup = backup.open_backup(path, secret, policy=policy)
            backup.restore(opened_backup, secret, target, "99999999", policy=policy)
            got = vault.unlock(target, "99999999", policy=policy)
            line = state(got)
            got.close()
            via_code = vault.unlock(target, code, policy=policy)
            code_ok = via_code is not None
            if via_code is not None:
                via_code.close()
            print(f"backup gen {gen} restored with {'code' if secret == code else 'PIN'}: "
                  f"{line} code_opens={code_ok}")
            problems += not code_ok or "damaged=0" not in line or "chain_ok=True" not in line
    # The oldest backup restored over the re-keyed vault (replace=True).
    opened_backup = backup.open_backup(backups[0], code, policy=policy)
    backup.restore(opened_backup, code, her, "88888888", policy=policy, replace=True)
    got = vault.unlock(her, "88888888", policy=policy)
    print("gen-0 backup over the re-keyed vault:", state(got))
    got.close()
    assert vault.unlock(her, PINS[3], policy=policy) is None
    shutil.rmtree(root)
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
