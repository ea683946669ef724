"""Unlock on a real X server: PIN typed, Return, until the window takes the vault's size
(the vault's screens are in it), for a given source tree; and the KDF's own time.

Run: .venv/bin/python bench/x11_unlock.py --source src [--source /work/main-before/src] [--runs 10]
Real KDF (the app's own calibration), Xvfb + openbox; prints figures, asserts nothing.
The window takes the vault's size when the vault's screens are built (in the worker
process with the split, in the calculator's before it), just before their first paint.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PIN = "2580147369"


def kdf_seconds(data_dir: Path, source: str) -> float:
    script = f"""
import time
from safeplan import vault
t = time.perf_counter()
v = vault.unlock({str(data_dir)!r}, {PIN!r})
print(time.perf_counter() - t)
v.close()
"""
    out = subprocess.run([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=source),
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def one(x, source: str, data_dir: Path, home: Path) -> float | None:
    env = x.env(PYTHONPATH=source, HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"),
                PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    app = subprocess.Popen([sys.executable, "-m", "safeplan", "--data-dir", str(data_dir)],
                           env=env, stderr=subprocess.DEVNULL)
    try:
        wid: list[str] = []
        for _ in range(300):
            wid = x.run("xdotool", "search", "--onlyvisible", "--name", "Calculator",
                        check=False).split()
            if wid:
                break
            time.sleep(0.05)
        x.run("xdotool", "windowactivate", "--sync", wid[0], check=False)
        time.sleep(3)  # the worker (if any) is started and ready
        x.run("xdotool", "type", "--delay", "5", PIN)
        started = time.perf_counter()
        x.run("xdotool", "key", "Return")
        while time.perf_counter() - started < 30:
            if "Geometry: 360x" not in x.run("xdotool", "getwindowgeometry", wid[0],
                                              check=False):
                return time.perf_counter() - started
            time.sleep(0.005)
        return None
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", action="append", required=True)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    from tests.x11.xscreen import x_session

    home = Path(tempfile.mkdtemp(prefix="unlock-"))
    (home / "run").mkdir(mode=0o700)
    data_dir = home / "data"
    subprocess.run([sys.executable, "-c", f"from safeplan import vault\n"
                    f"v, c = vault.create({str(data_dir)!r}, {PIN!r})\nv.close()"],
                   env=dict(os.environ, PYTHONPATH=args.source[0]), check=True)
    kdf = [kdf_seconds(data_dir, args.source[0]) for _ in range(5)]
    print(f"KDF (unlock in a bare process): median {statistics.median(kdf) * 1000:.0f} ms")
    times: dict[str, list[float]] = {s: [] for s in args.source}
    with x_session(1366, 768) as x:
        for _ in range(args.runs):
            for source in args.source:
                found = one(x, source, data_dir, home)
                if found is not None:
                    times[source].append(found)
    kdf_ms = statistics.median(kdf) * 1000
    for source, found in times.items():
        if found:
            median = statistics.median(found) * 1000
            print(f"{source}: Return to vault-sized window, median {median:.0f} ms, "
                  f"max {max(found) * 1000:.0f} ms ({len(found)} runs); "
                  f"median above the KDF alone: {median - kdf_ms:.0f} ms")


if __name__ == "__main__":
    main()
