"""Start-up on a real X server: process start to the calculator on screen.

Run: .venv/bin/python bench/x11_startup.py [--runs 7] [--source OTHER/src ...]

`--source PATH` (repeatable) adds this app started from another tree's `src` (say, a
worktree of main before a change), interleaved with the rest, so that old and new
meet the same load.

Xvfb (1366×768) with openbox; each run starts one program with its own empty
HOME and grabs the whole screen with MIT-SHM (~5 ms a frame) until nothing has
changed for a second. "On screen" is the first frame that matches that final
frame but for under 1 % of the screen's changed pixels (a blinking cursor
is not a start-up). Programs, interleaved run by run so that load on the
machine hits them alike: this app from source (`python -m safeplan`, the
calculator with a vault present), the built binary when dist/Calculator/Calculator
exists, a bare PySide6 window (the floor for any PySide6 app from source),
galculator and gnome-calculator when installed (`--pair`: only this app, the
`--source` trees and galculator). Prints medians, and for two trees the difference of
their runs round by round; asserts nothing. Instructions executed, which do not move
with load: bench/startup_instructions.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.x11.harness import Home  # noqa: E402
from tests.x11.xscreen import Screen, x_session  # noqa: E402


def changed_pixels(a: bytes, b: bytes, width: int, height: int) -> int:
    from PIL import Image, ImageChops

    first = Image.frombuffer("RGB", (width, height), a, "raw", "BGRX", 0, 1)
    second = Image.frombuffer("RGB", (width, height), b, "raw", "BGRX", 0, 1)
    mask = ImageChops.difference(first, second).convert("L").point(lambda v: 255 if v else 0)
    return mask.histogram()[255]


def gone(group: int, limit: float = 5.0) -> None:
    """Wait until every process the program started has ended (our vault worker, which
    starts 300 ms after the calculator's first frame, outlives the calculator by a moment;
    gnome-calculator's helpers too): else the next program's start pays for their exit."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):  # orphans come to us (subreaper)
            while os.waitpid(-group, os.WNOHANG)[0]:
                pass
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)


def reap_orphans() -> None:
    """Linux: the programs' orphans (a worker whose calculator ended) become this
    process's children, so that gone() can see them end instead of waiting for init."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def time_to_window(x, cmd: list[str], env: dict[str, str], screen: Screen,
                   quiet: float = 1.0, limit: float = 15.0) -> float:
    empty = screen.grab()
    frames: list[tuple[float, bytes]] = []
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=ROOT, start_new_session=True)
    last, last_change = empty, start
    try:
        while (now := time.perf_counter()) - start < limit:
            pixels = screen.grab()
            if pixels != last:
                frames.append((now - start, pixels))
                last, last_change = pixels, now
            elif frames and now - last_change >= quiet:
                break
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        gone(proc.pid)
    if not frames:
        return float("nan")
    final = frames[-1][1]
    allowed = screen.width * screen.height // 100
    for at, pixels in frames:
        if changed_pixels(pixels, final, screen.width, screen.height) < allowed:
            return at
    return float("nan")


BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("0")
window.resize(360, 540)
window.show()
app.exec()
"""

# The same window with the cuts of safeplan/boot.py applied before PySide6 is imported:
# the floor of a PySide6 program as this app now starts one.
BARE_CUT = "from safeplan import boot\nboot.prepare()\n" + BARE


def programs(sources: list[Path]) -> dict[str, tuple[list[str], Path]]:
    """name -> (command, the `src` folder it runs from)."""
    own = ROOT / "src"
    found = {"this app (source)": [sys.executable, "-m", "safeplan"],
             "bare PySide6 window": [sys.executable, "-c", BARE],
             "bare, boot.py cuts": [sys.executable, "-c", BARE_CUT]}
    binary = ROOT / "dist" / "Calculator" / "Calculator"  # the one-folder build
    if binary.is_file():
        found["this app (binary)"] = [str(binary)]
    for name in ("galculator", "gnome-calculator"):
        if shutil.which(name):
            found[name] = [name]
    if shutil.which("dbus-run-session") and "gnome-calculator" in found:
        found["gnome-calculator"] = ["dbus-run-session", "--", "gnome-calculator"]
    result = {name: (cmd, own) for name, cmd in found.items()}
    for source in sources:
        result[f"app {source}"] = ([sys.executable, "-m", "safeplan"], source.resolve())
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--source", type=Path, action="append", default=[],
                        help="also start the app from this src folder (repeatable)")
    parser.add_argument("--pair", action="store_true",
                        help="only this app (source, binary), the --source trees and "
                             "galculator: gnome-calculator's session helpers and the bare "
                             "windows widen the spread; with --runs 30, two trees ~30 ms "
                             "apart separate")
    args = parser.parse_args()
    for source in args.source:
        if not (source / "safeplan" / "__main__.py").is_file():
            parser.error(f"{source} is not a src folder with safeplan in it")
    # As installed (pip compiles bytecode) or as from the second start of a checkout: with
    # PYTHONDONTWRITEBYTECODE set, as in the sessions that measured this, every start
    # recompiled all of our modules (~0.1 s).
    reap_orphans()
    load_before = os.getloadavg()[0]
    cmds = programs(args.source)
    if args.pair:
        cmds = {name: cmd for name, cmd in cmds.items()
                if name.startswith(("this app", "app ")) or name == "galculator"}
    for source in sorted({str(src) for _cmd, src in cmds.values()}):
        subprocess.run([sys.executable, "-m", "compileall", "-q", source], check=True)
    with x_session(1366, 768) as x:
        homes: dict[str, Home] = {}
        for name in cmds:
            homes[name] = Home.make()
        for name, home in homes.items():
            if name.startswith(("this app", "app ")):
                home.make_vault()  # starts as the calculator, as on every day but the first
        times: dict[str, list[float]] = {name: [] for name in cmds}
        with Screen(x.display, (0, 0, x.width, x.height)) as screen:
            names = list(cmds)
            for run in range(args.runs):
                # Each round starts one program later: the program that follows
                # gnome-calculator (its D-Bus session and helpers still exiting) pays for
                # them, and with a fixed order it was always this app from source.
                shift = run % len(names)
                for name in names[shift:] + names[:shift]:
                    cmd, src = cmds[name]
                    env = x.env(**homes[name].env())
                    env["PYTHONPATH"] = str(src)
                    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
                    env["NO_AT_BRIDGE"] = "1"
                    times[name].append(time_to_window(x, cmd, env, screen))
                    time.sleep(0.3)
        base = statistics.median(times.get("galculator", [float("nan")]))
        print(f"Xvfb 1366x768 + openbox, {args.runs} interleaved runs, {os.cpu_count()} cores, "
              f"load average {load_before:.2f} -> {os.getloadavg()[0]:.2f}")
        for name, values in times.items():
            median = statistics.median(values)
            ratio = f"{median / base:.2f}x galculator" if base == base else ""
            print(f"{name:20.40} median {median * 1000:6.0f} ms  "
                  f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})  {ratio}")
        trees = [name for name in times if name.startswith(("this app (source)", "app "))]
        if len(trees) > 1:  # the same round's runs, tree by tree: load hits a pair alike
            for other in trees[1:]:
                pairs = [b - a for a, b in zip(times[other], times[trees[0]], strict=True)]
                print(f"{trees[0]} minus {other}, same round: median "
                      f"{statistics.median(pairs) * 1000:+.0f} ms, mean "
                      f"{statistics.mean(pairs) * 1000:+.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
