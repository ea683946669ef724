"""Vault figures: unlock with the real KDF, 10,000 records, a 1 GiB import.

Run: .venv/bin/python bench/vault.py [--size-mib 1024] [--unlocks 20] [--unlock-only]
Prints figures; asserts nothing. Uses a scratch folder under bench/.scratch
(deleted afterwards) so the numbers reflect this disk, not tmpfs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRATCH = HERE / ".scratch"
PIN = "2580147369"


def child_import(data_dir: Path, source: Path) -> None:
    """Run in a fresh process so its peak RSS is the import's alone."""
    from safeplan import vault
    from safeplan.vault import KdfPolicy

    v = vault.unlock(data_dir, PIN, policy=KdfPolicy.for_tests())
    start = time.perf_counter()
    ref = v.add_file(source)
    seconds = time.perf_counter() - start
    v.close()
    # VmHWM, not ru_maxrss: the latter is inherited from the parent across exec.
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM"))
    peak = int(hwm.split()[1]) / 1024
    print(f"{seconds:.3f} {peak:.1f} {ref.size}")


def make_source(path: Path, mib: int) -> None:
    if path.exists() and path.stat().st_size == mib << 20:
        return
    block = os.urandom(1 << 20)
    with open(path, "wb") as out:
        for _ in range(mib):
            out.write(block)


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--unlocks", type=int, default=20)
    parser.add_argument("--unlock-only", action="store_true")
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child_import(Path(args.child[0]), Path(args.child[1]))
        return

    from safeplan import vault
    from safeplan.vault import KdfPolicy

    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir()
    try:
        # 1. Unlock with the app's own KDF: calibrated here (median of timed runs),
        #    then 20 unlocks of that vault, as she would unlock it.
        real = KdfPolicy()
        start = time.perf_counter()
        params = real.calibrate()
        calibration = time.perf_counter() - start
        data = SCRATCH / "real"
        v, _ = vault.create(data, PIN, kdf=params, policy=real)
        v.close()
        times = []
        for _ in range(args.unlocks):
            start = time.perf_counter()
            v = vault.unlock(data, PIN, policy=real)
            times.append(time.perf_counter() - start)
            v.close()
        wrong = time.perf_counter()
        vault.unlock(data, "1111111111", policy=real)
        wrong = time.perf_counter() - wrong
        load = os.getloadavg()[0]
        print(f"KDF: Argon2id m={params.memory_kib // 1024} MiB t={params.iterations} "
              f"p={params.lanes} (calibration took {calibration:.1f} s)")
        print(f"unlock (right PIN) x{len(times)}: median {statistics.median(times):.3f} s, "
              f"max {max(times):.3f} s, min {min(times):.3f} s; wrong PIN: {wrong:.3f} s; "
              f"load average {load:.1f} on {os.cpu_count()} cores")

        if args.unlock_only:
            return
        # 2. 10,000 records: open (unlock with cheap KDF) and list.
        cheap = KdfPolicy.for_tests()
        data = SCRATCH / "records"
        v, _ = vault.create(data, PIN, policy=cheap)
        text = "Он пришёл домой в 23:40 и начал кричать. " * 12
        for i in range(10_000):
            v.put("incident", {"n": i, "text": text, "kinds": ["physical", "threats"]})
        v.close()
        start = time.perf_counter()
        v = vault.unlock(data, PIN, policy=cheap)
        opened = time.perf_counter() - start
        start = time.perf_counter()
        rows = v.list("incident")
        listed = time.perf_counter() - start
        v.close()
        print(f"10,000 records: open (after the KDF) {opened * 1000:.0f} ms, "
              f"list {listed * 1000:.0f} ms ({len(rows)} rows)")

        # 3. Import a large file: MB/s and peak RSS, next to age and cp.
        source = SCRATCH / "video.bin"
        make_source(source, args.size_mib)
        data = SCRATCH / "import"
        v, _ = vault.create(data, PIN, policy=cheap)
        v.close()
        out = subprocess.run([sys.executable, __file__, "--child", str(data), str(source)],
                             check=True, capture_output=True, text=True).stdout.split()
        seconds, peak, size = float(out[0]), float(out[1]), int(out[2])
        mib = size / (1 << 20)
        print(f"import {mib:.0f} MiB: {seconds:.2f} s = {mib / seconds:.0f} MiB/s, "
              f"peak RSS {peak:.0f} MiB (read, hash, encrypt and commit with synchronous=FULL)")
        if shutil.which("age"):
            keyfile = SCRATCH / "age.key"
            subprocess.run(["age-keygen", "-o", str(keyfile)], check=True,
                           capture_output=True)
            recipient = subprocess.run(["age-keygen", "-y", str(keyfile)], check=True,
                                       capture_output=True, text=True).stdout.strip()
            t = timed(["age", "-r", recipient, "-o", str(SCRATCH / "out.age"), str(source)])
            print(f"age, same file: {t:.2f} s = {mib / t:.0f} MiB/s")
        else:
            print("age: not installed (apt-get install age)")
        t = timed(["cp", str(source), str(SCRATCH / "copy.bin")])
        print(f"cp, same file: {t:.2f} s = {mib / t:.0f} MiB/s")
        t = timed(["sha256sum", str(source)])
        print(f"sha256sum alone: {t:.2f} s = {mib / t:.0f} MiB/s")
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)


if __name__ == "__main__":
    main()
