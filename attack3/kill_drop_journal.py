"""SIGKILL during repeated PIN changes, then the hot journal deleted (a cleaner, or the
file alone copied to a stick after the crash): what opens, what is lost?

The PIN change re-keys the whole vault in ONE SQLite transaction (store.Vault.
change_pin). SQLite's rule: a hot journal must travel with its file
(sqlite.org/howtocorrupt.html). This measures what happens when it does not:

    nice -n 19 .venv/bin/python -m attack3.kill_drop_journal [ROUNDS] [SEED]

Each round: a fresh vault (150 entries, a file), the worker of tests/helpers/
rekey_worker.py changing the PIN again and again, SIGKILL at a random moment; if
`history.db-journal` is non-empty (hot), it is deleted. Then every secret is tried.
Prints one line per round and a summary.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.helpers.rekey_worker import PINS
from tests.vault.test_rekey_crash import make

from safeplan import vault
from safeplan.journal import Journal

ROOT = Path(__file__).resolve().parents[1]


def probe(data_dir: Path, code: str, policy: vault.KdfPolicy) -> dict[str, str]:
    out = {}
    for name, secret in (("pinA", PINS[0]), ("pinB", PINS[1]), ("code", code)):
        try:
            opened = vault.unlock(data_dir, secret, policy=policy)
        except vault.VaultError as exc:
            out[name] = f"ERR:{type(exc).__name__}"
            continue
        except Exception as exc:
            out[name] = f"CRASH:{type(exc).__name__}:{exc}"
            continue
        if opened is None:
            out[name] = "no"
            continue
        try:
            journal = Journal(opened)
            files = opened.list_files()
            bad_files = 0
            for ref in files:
                try:
                    opened.read_bytes(ref.id)
                except vault.FileDamaged:
                    bad_files += 1
            out[name] = (f"entries={len(journal.entries())} damaged={len(opened.damaged())}"
                         f" files={len(files)} bad_files={bad_files}"
                         f" chain_ok={journal.verify().ok}")
        finally:
            opened.close()
    return out


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    policy = vault.KdfPolicy.for_tests()
    hot_rounds = lost_rounds = locked_rounds = 0
    for round_ in range(rounds):
        root = Path(tempfile.mkdtemp(prefix="attack3_kill_"))
        data_dir = root / "data"
        code = make(data_dir, policy)
        proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.rekey_worker",
                                 str(data_dir), code], cwd=ROOT, stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        changes = proc.stdout.read().count("changed")
        proc.wait()
        proc.stdout.close()
        journal = data_dir / (vault.DB_NAME + "-journal")
        hot = journal.exists() and journal.stat().st_size > 0
        if hot:
            hot_rounds += 1
            journal.unlink()
        result = probe(data_dir, code, policy)
        opens = [v for v in result.values() if v.startswith("entries")]
        pins_open = [k for k in ("pinA", "pinB") if result[k].startswith("entries")]
        if not pins_open and not result["code"].startswith("entries"):
            locked_rounds += 1
        if any("damaged=0" not in v or "bad_files=0" not in v for v in opens) or not opens:
            lost_rounds += 1
        print(f"round {round_}: changes={changes} hot_journal_deleted={hot} {result}",
              flush=True)
        shutil.rmtree(root)
    print(f"summary: {rounds} rounds, hot journal deleted in {hot_rounds}, "
          f"something damaged or lost in {lost_rounds}, locked out (no secret opens) in "
          f"{locked_rounds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
