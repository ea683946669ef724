"""A re-key's commit torn half-way with its hot journal gone (a crash while SQLite
writes the pages, then a cleaner deletes history.db-journal, or the file alone is
copied to a stick): what opens, what is lost?

SQLite writes a transaction's pages in page order at commit, after the journal is
synced. A crash in that phase leaves pages 1..P-1 new and P.. old; the hot journal
puts it back, and without it the file stays torn. This builds every such torn file
from the vault before and after one PIN change (same page size, 64 KiB) and tries
the old PIN, the new PIN and the recovery code on each.

    nice -n 19 .venv/bin/python -m attack3.torn_commit
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.journal import Incident, Journal

OLD_PIN, NEW_PIN = "11223344", "99887766"
PAGE = 65536


def outcome(folder: Path, code: str, policy: vault.KdfPolicy) -> str:
    parts = []
    for name, secret in (("old", OLD_PIN), ("new", NEW_PIN), ("code", code)):
        try:
            opened = vault.unlock(folder, secret, policy=policy)
        except Exception as exc:  # what she would meet
            parts.append(f"{name}:{type(exc).__name__}")
            continue
        if opened is None:
            parts.append(f"{name}:-")
            continue
        try:
            entries = len(Journal(opened).entries())
            parts.append(f"{name}:{entries}e/{len(opened.damaged())}d")
        except Exception as exc:
            parts.append(f"{name}:open-but-{type(exc).__name__}")
        finally:
            with contextlib.suppress(Exception):
                opened.close()
    return " ".join(parts)


def main() -> int:
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_torn_"))
    her = root / "her"
    v, code = vault.create(her, OLD_PIN, policy=policy)
    journal = Journal(v)
    for i in range(600):
        journal.create(Incident(date="2026-11-01", description=f"entry {i} " + "x" * 400))
    v.add_file(io.BytesIO(b"y" * 300_000))
    v.close()
    v = vault.unlock(her, OLD_PIN, policy=policy)  # settle anything the first unlock does
    v.close()
    before = (her / vault.DB_NAME).read_bytes()
    v = vault.unlock(her, OLD_PIN, policy=policy)
    assert v.change_pin(NEW_PIN)
    v.close()
    after = (her / vault.DB_NAME).read_bytes()
    pages = max(len(before), len(after)) // PAGE
    changed = [p for p in range(pages)
               if before[p * PAGE:(p + 1) * PAGE] != after[p * PAGE:(p + 1) * PAGE]]
    print(f"pages: {pages}, changed by the re-key: {len(changed)} ({changed[:12]}...)")
    lost = 0
    for cut in changed[1:]:  # pages before `cut` written, the rest not
        torn = after[:cut * PAGE] + before[cut * PAGE:]
        folder = root / f"torn{cut}"
        folder.mkdir()
        (folder / vault.DB_NAME).write_bytes(torn)
        result = outcome(folder, code, policy)
        full = "600e/0d" in result
        lost += not full
        print(f"new pages < {cut}: {result}{'' if full else '   <- entries lost'}", flush=True)
        shutil.rmtree(folder)
    print(f"torn states: {len(changed) - 1}, where no secret gives all 600 entries: {lost}")
    shutil.rmtree(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
