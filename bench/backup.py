"""Backup figures: a vault of 10,000 incidents and 2 GiB of files backed up and restored.

Run: .venv/bin/python bench/backup.py [--incidents 10000] [--gib 2] [--keep] [--snapshot]
Prints figures; asserts nothing. Works in bench/.scratch-backup (on this disk,
not tmpfs); the vault is made once and kept with --keep for a second run.
Each measured step runs in its own process, so its peak RSS (VmHWM) is its own.
Compared with `cp` of the vault file followed by `sync` of the copy (the backup
fsyncs too), on the same disk. --snapshot also measures the route a backup takes
when she saves something while it runs (a snapshot beside the vault first).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRATCH = HERE / ".scratch-backup"
PIN = "2580147369"
NEW_PIN = "1357924680"


def vm_hwm_mib() -> float:
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


def policy():
    from safeplan.vault import KdfPolicy

    # The real memory cost (256 MiB) would dominate RSS and is not what is measured
    # here; the copy's throughput does not depend on it.
    return KdfPolicy.for_tests()


def make_vault(incidents: int, gib: float) -> None:
    from safeplan import vault
    from safeplan.journal import Incident, Journal

    data = SCRATCH / "data"
    made, code = vault.create(data, PIN, policy=policy())
    journal = Journal(made)
    started = time.perf_counter()
    for start in range(0, incidents, 500):
        with made.batch():
            for n in range(start, min(incidents, start + 500)):
                journal.create(Incident(
                    date=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", time="22:30",
                    kinds=["physical", "threats"], fear=n % 11,
                    description=f"Запись {n}: он кричал и толкнул меня. " * 4))
    print(f"made {incidents} incidents in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    block = os.urandom(1024 * 1024)
    per_file = 256
    files = max(1, int(gib * 1024) // per_file)
    source = SCRATCH / "video.bin"
    for f in range(files):
        with open(source, "wb") as out:
            for n in range(per_file):
                out.write(block[:-12] + f.to_bytes(4, "big") + n.to_bytes(8, "big"))
        made.add_file(source)
    source.unlink()
    print(f"imported {files} files of {per_file} MiB in {time.perf_counter() - started:.1f} s")
    made.close()
    (SCRATCH / "code").write_text(code)


def child_backup(snapshot: bool) -> None:
    from safeplan import vault
    from safeplan.vault import backup, copies

    code = (SCRATCH / "code").read_text()
    opened = vault.unlock(SCRATCH / "data", PIN, policy=policy())
    recipient = backup.recipient_for(code, backup.recovery_params(policy()))
    if snapshot:
        def no_pages(*_args, **_kwargs):
            raise copies.NoPageCopy("measuring the snapshot route")

        opened.page_copy = no_pages
    start = time.perf_counter()
    made = backup.write_backup(opened, SCRATCH / "out" / "calc.bin", recipient,
                               policy=policy())
    total = time.perf_counter() - start
    opened.close()
    print(json.dumps({"seconds": total, "passes": made.seconds, "route": made.route,
                      "rss": vm_hwm_mib(), "size": made.size, "checked": made.checked,
                      "damaged": made.damaged}))


def child_restore() -> None:
    from safeplan.vault import backup

    code = (SCRATCH / "code").read_text()
    target = SCRATCH / "restored"
    shutil.rmtree(target, ignore_errors=True)
    start = time.perf_counter()
    opened = backup.open_backup(SCRATCH / "out" / "calc.bin", code, policy=policy())
    backup.restore(opened, code, target, NEW_PIN, policy=policy())
    print(json.dumps({"seconds": time.perf_counter() - start, "rss": vm_hwm_mib()}))


def run_child(what: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", what], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--gib", type=float, default=2.0)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--snapshot", action="store_true")
    parser.add_argument("--child", choices=("backup", "snapshot", "restore"))
    args = parser.parse_args()
    if args.child in ("backup", "snapshot"):
        return child_backup(args.child == "snapshot")
    if args.child == "restore":
        return child_restore()
    if not (SCRATCH / "code").exists():
        shutil.rmtree(SCRATCH, ignore_errors=True)
        SCRATCH.mkdir()
        make_vault(args.incidents, args.gib)
    vault_file = SCRATCH / "data" / "history.db"
    size = vault_file.stat().st_size
    mb = size / 1e6
    (SCRATCH / "out").mkdir(exist_ok=True)
    copy = SCRATCH / "out" / "cp.db"
    cp = timed(["cp", str(vault_file), str(copy)])
    cp_sync = cp + timed(["sync", str(copy)])
    copy.unlink()
    print(f"vault file: {mb:,.0f} MB ({args.incidents} incidents, {args.gib} GiB of files)")
    print(f"cp: {cp:.2f} s ({mb / cp:,.0f} MB/s); cp + sync: {cp_sync:.2f} s "
          f"({mb / cp_sync:,.0f} MB/s)")
    for route in ("backup", "snapshot") if args.snapshot else ("backup",):
        (SCRATCH / "out" / "calc.bin").unlink(missing_ok=True)
        made = run_child(route)
        passes = dict(made["passes"])
        read_back = passes.get("read back from the medium", 0)
        print(f"backup ({made['route']} route): {made['seconds']:.2f} s "
              f"({mb / made['seconds']:,.0f} MB/s) = {made['seconds'] / cp_sync:.2f} x cp + sync, "
              f"peak RSS {made['rss']:.0f} MiB, file {made['size'] / 1e6:,.0f} MB, "
              f"{made['checked']} items authenticated, {made['damaged']} damaged")
        print("  " + " | ".join(f"{name} {seconds:.2f} s" for name, seconds in made["passes"]))
        print(f"  without the read-back (the pass that re-opens the file and authenticates "
              f"every chunk): {made['seconds'] - read_back:.2f} s = "
              f"{(made['seconds'] - read_back) / cp_sync:.2f} x cp + sync")
    restored = run_child("restore")
    print(f"restore: {restored['seconds']:.2f} s ({mb / restored['seconds']:,.0f} MB/s), "
          f"peak RSS {restored['rss']:.0f} MiB")
    if not args.keep:
        shutil.rmtree(SCRATCH, ignore_errors=True)
    else:
        shutil.rmtree(SCRATCH / "out", ignore_errors=True)
        shutil.rmtree(SCRATCH / "restored", ignore_errors=True)


if __name__ == "__main__":
    main()
