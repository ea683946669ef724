"""Unlock on a real X server: PIN typed, Return, until the vault is on screen; for one
or more source trees, interleaved run by run (same load for each); and the KDF's own time.

Run: .venv/bin/python bench/x11_unlock.py --source src [--source /path/to/other/src]
         [--runs 10] [--incidents 0] [--probe]
Real KDF (the app's own calibration), real app (`python -m safeplan`), Xvfb 1366×768 +
openbox; prints figures, asserts nothing.

"Vault visible": the calculator's rectangle is grabbed from the X server (MIT-SHM, every
~3 ms) from Return until the screen has settled; the time is that of the first frame in
which at least 90 % of the sampled pixels are those of the settled vault (its first
frame, before the journal's entries are read, already counts). "Wrong PIN": a PIN-shaped
sum that opens nothing, Return to the first frame in which the calculator's display
changed (the calculator answers as a calculator; the worker derives in the background).

--probe runs the worker through bench/unlock_probe.py: timestamps of the worker's steps
after the key is derived, and the longest stall of its GUI thread from Return to the
vault's first paint (a 5 ms timer on that thread; its longest gap less 5 ms). The
calculator's own GUI thread is measured the same way.
"""

from __future__ import annotations

import argparse
import json
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
WRONG = "1357924680"
SAMPLE_STEP = 37  # every 37th pixel of the rectangle is compared


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


def kdf_seconds_grabbing(x, data_dir: Path, source: str) -> float:
    """kdf_seconds while this process grabs frames as a run does (every ~2 ms): the two
    cores are shared the same way, so this reference compares like with like."""
    import threading

    from tests.x11.xscreen import Screen

    done = threading.Event()

    def grab_loop() -> None:
        with Screen(x.display, (0, 0, 860, 640)) as screen:
            while not done.is_set():
                screen.grab()
                time.sleep(0.002)

    grabber = threading.Thread(target=grab_loop, daemon=True)
    grabber.start()
    try:
        return kdf_seconds(data_dir, source)
    finally:
        done.set()
        grabber.join()


def _samples(pixels: bytes) -> bytes:
    view = memoryview(pixels).cast("I")
    return view[::SAMPLE_STEP].tobytes()


def _match(a: bytes, b: bytes) -> float:
    same = sum(1 for x, y in zip(memoryview(a).cast("I"), memoryview(b).cast("I"), strict=True)
               if x == y)
    return same / (len(a) // 4)


def _frames_after(screen, press, seconds: float, settle: float, away: bool
                  ) -> list[tuple[float, bytes]]:
    """(time after the key, pixels) of every frame that differs from the one before, until
    nothing changed for `settle` seconds after a change (with `away`: after a frame in
    which most of the rectangle differs from the frame before the key), or `seconds`."""
    last = screen.grab()
    first = _samples(last)
    frames = [(0.0, last)]
    press()
    sent = time.perf_counter()
    changed, left = sent, not away
    while (now := time.perf_counter()) - sent < seconds:
        pixels = screen.grab()
        if pixels != last:
            frames.append((now - sent, pixels))
            last, changed = pixels, now
            left = left or _match(_samples(pixels), first) < 0.5
        elif len(frames) > 1 and left and now - changed >= settle:
            break
        time.sleep(0.002)
    return frames


def one(x, source: str, data_dir: Path, home: Path, probe: Path | None, kdf: float
        ) -> tuple[float | None, float | None, dict]:
    from tests.x11.xscreen import Screen

    env = x.env(PYTHONPATH=f"{source}{os.pathsep}{ROOT}", HOME=str(home),
                XDG_RUNTIME_DIR=str(home / "run"),
                PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    command = [sys.executable, "-m", "safeplan", "--data-dir", str(data_dir)]
    if probe is not None:
        env["SAFEPLAN_BENCH_PROBE"] = str(probe)
        probe.unlink(missing_ok=True)
        Path(f"{probe}.calc").unlink(missing_ok=True)
        command = [sys.executable, str(ROOT / "bench" / "unlock_probe.py"),
                   "--data-dir", str(data_dir)]
    app = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    try:
        wid: list[str] = []
        for _ in range(300):
            wid = x.run("xdotool", "search", "--onlyvisible", "--name", "Calculator",
                        check=False).split()
            if wid:
                break
            time.sleep(0.05)
        x.run("xdotool", "windowactivate", "--sync", wid[0], check=False)
        out = x.run("xdotool", "getwindowgeometry", "--shell", wid[0])
        values = dict(line.split("=", 1) for line in out.split())
        rect = (int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                int(values["HEIGHT"]))
        time.sleep(3)  # the worker is started and ready
        with Screen(x.display, rect) as screen:
            x.run("xdotool", "type", "--delay", "5", WRONG)
            time.sleep(0.3)
            frames = _frames_after(screen, lambda: screen.key("Return"), 3, 0.3, False)
            wrong = frames[1][0] if len(frames) > 1 else None
            time.sleep(max(2.5, 2 * kdf))  # the wrong sum's derivation is over
            x.run("xdotool", "key", "Escape")  # the calculator's display cleared
            x.run("xdotool", "type", "--delay", "5", PIN)
            time.sleep(0.3)
            wall = time.time()
            frames = _frames_after(screen, lambda: screen.key("Return"), 30, 2.0, True)
        final = _samples(frames[-1][1])
        visible = next((at for at, pixels in frames[1:]
                        if _match(_samples(pixels), final) >= 0.9), None)
        details = {}
        for path in (probe, Path(f"{probe}.calc")) if probe is not None else ():
            if path.exists():
                for key, value in json.loads(path.read_text()).items():
                    if key.startswith("t_"):
                        value = (value - wall) * 1000
                    elif "stalls" in key:  # "gap@wall-clock end" -> "gap@ms after Return"
                        value = " ".join(f"{gap}@{(float(end) - wall) * 1000:.0f}" for gap, end
                                         in (item.split("@") for item in value.split()))
                    details[key] = value
        if details and visible is not None:
            details["visible_ms"] = visible * 1000
        return visible, wrong, details
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def _ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms ({len(values)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", action="append", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--incidents", type=int, default=0)
    parser.add_argument("--probe", action="store_true")
    args = parser.parse_args()
    from tests.x11.xscreen import x_session

    home = Path(tempfile.mkdtemp(prefix="unlock-"))
    (home / "run").mkdir(mode=0o700)
    data_dir = home / "data"
    subprocess.run([sys.executable, "-m", "tests.x11.make_vault", str(data_dir), PIN,
                    "--incidents", str(args.incidents), "--real-kdf"],
                   env=dict(os.environ, PYTHONPATH=f"{args.source[0]}{os.pathsep}{ROOT}"),
                   cwd=ROOT, check=True)
    print(f"load before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}")
    kdf = [kdf_seconds(data_dir, args.source[0]) for _ in range(5)]
    kdf_ms = statistics.median(kdf) * 1000
    print(f"KDF (unlock in a bare process, 5 runs): median {kdf_ms:.0f} ms, "
          f"max {max(kdf) * 1000:.0f} ms")
    results: dict[str, dict[str, list]] = {s: {"visible": [], "wrong": [], "probe": []}
                                           for s in args.source}
    probe = home / "probe.json" if args.probe else None
    with x_session(1366, 768) as x:
        grabbing = [kdf_seconds_grabbing(x, data_dir, args.source[0]) for _ in range(5)]
        grabbing_ms = statistics.median(grabbing) * 1000
        print(f"KDF (same, while frames are grabbed as in a run, 5 runs): median "
              f"{grabbing_ms:.0f} ms, max {max(grabbing) * 1000:.0f} ms")
        for _ in range(args.runs):
            for source in args.source:
                # The wrong sum's derivation must be over before the PIN (one runs at a
                # time): wait for the slower reference, the one taken while grabbing.
                visible, wrong, details = one(x, source, data_dir, home, probe,
                                              max(statistics.median(kdf), max(grabbing)))
                if visible is not None:
                    results[source]["visible"].append(visible)
                if wrong is not None:
                    results[source]["wrong"].append(wrong)
                if details:
                    results[source]["probe"].append(details)
    print(f"load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f}")
    for source, found in results.items():
        after = [d["visible_ms"] - d["t_kdf_end"] for d in found["probe"]
                 if "t_kdf_end" in d and "visible_ms" in d]
        if after:
            print(f"{source}: the worker's derivation (and record reading) done to vault "
                  f"visible: median {statistics.median(after):.0f} ms, max {max(after):.0f} ms")
        waited = [d["t_argon_start"] for d in found["probe"] if "t_argon_start" in d]
        if waited:
            print(f"{source}: Return to the start of this PIN's Argon2id (the pipe, and any "
                  f"earlier derivation still running): median {statistics.median(waited):.0f} "
                  f"ms, max {max(waited):.0f} ms")
        own = [d["visible_ms"] - (d["t_argon_end"] - d["t_argon_start"]) for d in found["probe"]
               if "t_argon_end" in d and "visible_ms" in d]
        if own:
            print(f"{source}: vault visible minus that run's own Argon2id (timed in the "
                  f"worker): median {statistics.median(own):.0f} ms, max {max(own):.0f} ms")
        stalls = [max((float(item.split("@")[0]) for item in
                       d.get("calculator_stalls_last_3s", "").split()), default=0.0)
                  for d in found["probe"]]
        if stalls:
            print(f"{source}: calculator GUI thread, longest stall in the 3 s before the "
                  f"vault's first paint: median {statistics.median(stalls):.0f} ms, "
                  f"max {max(stalls):.0f} ms")
        if found["visible"]:
            median = statistics.median(found["visible"]) * 1000
            print(f"{source}: Return to vault visible, {_ms(found['visible'])}; "
                  f"median above the KDF alone: {median - kdf_ms:.0f} ms, above the KDF "
                  f"with frames grabbed: {median - grabbing_ms:.0f} ms")
        if found["wrong"]:
            print(f"{source}: wrong PIN, Return to the calculator's answer, "
                  f"{_ms(found['wrong'])}")
        for details in found["probe"]:
            print("  probe: " + ", ".join(f"{k} {v:.0f}" if isinstance(v, float) else f"{k} {v}"
                                          for k, v in details.items()))


if __name__ == "__main__":
    main()
