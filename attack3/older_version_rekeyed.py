"""The app version before the re-key (main at 99befc2) opening a re-keyed vault: it
must refuse the file and write nothing (not a byte, no journal, no note).

    git -C /work/main worktree add --detach /tmp/attack3_old 99befc2
    nice -n 19 .venv/bin/python attack3/older_version_rekeyed.py /tmp/attack3_old/src

Makes a vault with this version, changes its PIN (re-key), then runs the old
version's `vault.unlock` in a child process (PYTHONPATH = the old src) with the old
PIN, the new PIN and the recovery code, and compares the folder before and after.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.journal import Incident, Journal

OLD_PIN, NEW_PIN = "11223344", "99887766"

CHILD = r"""
import sys
from safeplan import vault
policy = vault.KdfPolicy.for_tests()
for secret in sys.argv[2:]:
    try:
        got = vault.unlock(sys.argv[1], secret, policy=policy)
        print(secret[:4], "OPENED" if got is not None else "wrong", flush=True)
        if got is not None:
            got.close()
    except Exception as exc:
        print(secret[:4], "refused:", type(exc).__name__, exc, flush=True)
"""


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())}


def main() -> int:
    old_src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/attack3_old/src"
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_older_"))
    her = root / "her"
    v, code = vault.create(her, OLD_PIN, policy=policy)
    Journal(v).create(Incident(date="2026-11-01", description="before"))
    v.add_file(io.BytesIO(b"x" * 10000))
    assert v.change_pin(NEW_PIN)
    Journal(v).create(Incident(date="2026-11-20", description="after"))
    v.close()
    before = digest(her)
    env = dict(os.environ, PYTHONPATH=old_src)
    out = subprocess.run([sys.executable, "-c", CHILD, str(her), OLD_PIN, NEW_PIN, code],
                         env=env, capture_output=True, text=True, check=False)
    after = digest(her)
    print(out.stdout, out.stderr[-2000:])
    which = subprocess.run([sys.executable, "-c", "import safeplan; print(safeplan.__file__)"],
                           env=env, capture_output=True, text=True, check=False).stdout
    print("old version from:", which.strip())
    print("folder unchanged:", before == after, sorted(after))
    ok = before == after and "OPENED" not in out.stdout
    opened = vault.unlock(her, NEW_PIN, policy=policy)  # this version still opens it
    print("this version opens it afterwards:", opened is not None)
    if opened is not None:
        print("entries:", len(Journal(opened).entries()), "damaged:", len(opened.damaged()))
        opened.close()
    shutil.rmtree(root)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
