"""A process that changes the vault's PIN over and over, for the kill tests.

    python -m tests.helpers.rekey_worker DATA_DIR RECOVERY_CODE [without-code]

Opens the vault in DATA_DIR with whichever of PINS opens it (test KDF), prints
"ready", then changes the PIN to the other one, saves a journal entry, imports a
small file and opens the vault again with the recovery code (whose slot, older than
the change, is then re-wrapped under the new key: a transaction of its own), again
and again, printing "changed N" after each change, until it is SIGKILLed
(tests/vault/test_rekey_crash.py, bench/rekey.py).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.vault import backup

PINS = ("13572468", "86427531")


def open_either(data_dir: Path, policy: vault.KdfPolicy) -> tuple[vault.Vault, str]:
    for pin in PINS:
        opened = vault.unlock(data_dir, pin, policy=policy)
        if opened is not None:
            return opened, pin
    raise SystemExit("neither PIN opens the vault")


def main() -> None:
    data_dir, code = Path(sys.argv[1]), sys.argv[2]
    without_code = sys.argv[3:] == ["without-code"]
    policy = vault.KdfPolicy.for_tests()
    opened, pin = open_either(data_dir, policy)
    own = backup.recipient_for(code, backup.recovery_params(policy)).to_data()
    journal = Journal(opened)
    print("ready", flush=True)
    n = 0
    while True:
        pin = PINS[1] if pin == PINS[0] else PINS[0]
        opened.change_pin(pin, recipient=None if without_code else own, trust_stored=False)
        n += 1
        print(f"changed {n} {pin}", flush=True)
        journal.create(Incident(date="2026-11-20", description=f"after change {n}"))
        opened.add_file(io.BytesIO(os.urandom(64 * 1024)))
        if without_code:
            assert opened.recovery_behind and opened.check_recovery_code(code)
            opened.seal_recovery(own)
        opened.close()
        again = vault.unlock(data_dir, code, policy=policy)
        assert again is not None
        opened = again
        journal = Journal(opened)


if __name__ == "__main__":
    main()
