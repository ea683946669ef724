"""A PIN change (re-key) on a disk that fills up half-way: RLIMIT_FSIZE in a child
process (no tmpfs without root) caps the size any file may reach, so the rollback
journal or the vault file stops growing at some point of the transaction.

    nice -n 19 .venv/bin/python -m attack3.full_disk_rekey

For caps from just above the vault's size upward, a child opens the vault with the
old PIN and tries the change; the parent then checks that the old PIN (change
failed) or the new PIN (change done) opens everything, the recovery code too, and
that nothing is damaged. Prints one line per cap.
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.journal import Incident, Journal

OLD_PIN, NEW_PIN = "11223344", "99887766"

CHILD = r"""
import resource, signal, sys
from safeplan import vault
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
policy = vault.KdfPolicy.for_tests()
v = vault.unlock(sys.argv[1], sys.argv[2], policy=policy)
cap = int(sys.argv[4])
resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))
try:
    print("rekeyed" if v.change_pin(sys.argv[3]) else "kept", flush=True)
except Exception as exc:
    print("failed:", type(exc).__name__, exc, flush=True)
try:
    v.close()
except Exception as exc:
    print("close failed:", type(exc).__name__, flush=True)
"""


def check(her: Path, code: str, policy: vault.KdfPolicy) -> str:
    seen = []
    for name, secret in (("old", OLD_PIN), ("new", NEW_PIN), ("code", code)):
        try:
            opened = vault.unlock(her, secret, policy=policy)
        except vault.VaultError as exc:
            seen.append(f"{name}:ERR {type(exc).__name__}")
            continue
        if opened is None:
            seen.append(f"{name}:no")
            continue
        try:
            journal = Journal(opened)
            bad = 0
            for ref in opened.list_files():
                try:
                    opened.read_bytes(ref.id)
                except vault.FileDamaged:
                    bad += 1
            seen.append(f"{name}:{len(journal.entries())}e/{len(opened.damaged())}d/"
                        f"{bad}bf/chain={journal.verify().ok}")
        finally:
            opened.close()
    return " ".join(seen)


def main() -> int:
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_full_"))
    base = root / "base"
    v, code = vault.create(base, OLD_PIN, policy=policy)
    journal = Journal(v)
    for i in range(400):
        journal.create(Incident(date="2026-11-01", description=f"entry {i} " + "x" * 300))
    v.add_file(io.BytesIO(os.urandom(200_000)))
    v.close()
    size = (base / vault.DB_NAME).stat().st_size
    print("vault bytes:", size)
    bad = 0
    # Below the vault's size too: the journal stops growing (it holds the pages the
    # change rewrites), and writes past the cap inside the vault file fail as well.
    for extra in (-size + 65536, -size * 3 // 4, -size // 2, -size // 3, -size // 4,
                  -size // 8, -65536, 0, 65536, 1 << 20):
        her = root / f"cap{extra}"
        shutil.copytree(base, her)
        out = subprocess.run([sys.executable, "-c", CHILD, str(her), OLD_PIN, NEW_PIN,
                              str(size + extra)], capture_output=True, text=True, check=False)
        result = check(her, code, policy)
        opens = [p for p in result.split() if "e/" in p]
        fine = (len(opens) == 2 and all("/0d/0bf/chain=True" in p for p in opens)
                and not result.startswith("old:ERR"))
        bad += not fine
        print(f"cap=size+{extra}: child={out.stdout.strip()!r}{out.stderr[-300:]!r} "
              f"-> {result} {'OK' if fine else 'PROBLEM'}", flush=True)
        shutil.rmtree(her)
    shutil.rmtree(root)
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    _ = resource
    _ = signal
    sys.exit(main())
