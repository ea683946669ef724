"""Quick exit on a real X server: Esc to the last frame that shows any of the vault.

Run: .venv/bin/python bench/x11_quick_exit.py [--trials 5] [--shots DIR]

Starts Xvfb (1366×768) with openbox, the app from source through the tests'
launcher (cheap KDF, marker colours: the vault's background magenta, the
calculator's cyan), unlocks it, opens a screen, sends Esc through XTEST and
grabs the window's region with MIT-SHM as fast as it can (~2 ms a frame)
for one second. For each screen it prints, over the trials:
- vault gone: Esc to the first frame without vault pixels after which none comes back
  (the last vault frame ends there; 2 ms resolution);
- calculator: Esc to the first frame that shows the calculator;
- order: whether any frame after the first calculator frame showed the vault.
Screens: the journal list, the editor with text typed, the evidence viewer
with a photo, the export screen. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.x11.frames import (  # noqa: E402
    frames_around_key,
    journal_loaded,
    settled,
    wait_for_screen,
)
from tests.x11.harness import PIN, Home, start_app  # noqa: E402
from tests.x11.xscreen import Screen, save_png, x_session  # noqa: E402

TEXT = "He came back at night and broke the door. The children were asleep."


def open_screen(app, window, screen, name: str) -> None:
    x = app.x
    if name == "journal":
        return
    if name == "editor":
        app.key("ctrl+n")
        settled(screen)
        app.type(TEXT)
        settled(screen, settle=0.25)  # the text cursor blinks every ~0.5 s
        return
    elif name == "viewer":
        app.key("Down")  # the sections list has the focus: Evidence
        settled(screen)
        # The first thumbnail: double-click it, as she would.
        x.run("xdotool", "mousemove", "--window", window.id, "280", "170",
              "click", "--repeat", "2", "--delay", "60", "1")
        settled(screen, settle=0.6)
        x.run("xdotool", "mousemove", "0", "0")
    elif name == "export":
        app.key("Down", "Down", "Down")
    settled(screen, settle=0.6)


def trial(app, window, screen, name: str, shots: Path | None, n: int) -> tuple[float, float,
                                                                               bool]:
    app.type(PIN + "=")
    wait_for_screen(screen, "vault", ready=journal_loaded)
    open_screen(app, window, screen, name)
    frames = frames_around_key(screen, "Escape", seconds=1.0)
    if shots is not None and n == 0:
        save_png(frames[0].pixels, screen.width, screen.height, str(shots / f"{name}.png"))
    shows = [frame.shows() for frame in frames]
    last = max(n for n, s in enumerate(shows) if s in ("vault", "both"))
    gone = frames[last + 1].at if last + 1 < len(frames) else float("nan")
    first_calculator = next((f.at for f, s in zip(frames[1:], shows[1:], strict=True)
                             if s == "calculator"), float("nan"))
    after = shows[shows.index("calculator"):] if "calculator" in shows else []
    wait_for_screen(screen, "calculator")
    return gone * 1000, first_calculator * 1000, "vault" in after or "both" in after


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--shots", type=Path, help="save the screen before Esc here")
    args = parser.parse_args()
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    with x_session(1366, 768) as x:
        home = Home.make()
        home.make_vault(incidents=20, photos=1)
        app = start_app(x, home, marks=True)
        try:
            window = app.main_window()
            with Screen(x.display, (0, 0, x.width, x.height)) as probe:
                wait_for_screen(probe, "calculator")
                app.type(PIN + "=")
                wait_for_screen(probe, "vault", ready=journal_loaded)
                left, top, width, height = window.geometry(x)
                probe.key("Escape")
                wait_for_screen(probe, "calculator")
            # The vault's rectangle holds the calculator too (it grows from its corner).
            region = (left, top, min(width, x.width - left), min(height, x.height - top))
            with Screen(x.display, region) as screen:
                start = time.perf_counter()
                for _ in range(50):
                    screen.grab()
                grab_ms = (time.perf_counter() - start) / 50 * 1000
                print(f"screen 1366x768, region {region[2]}x{region[3]}, "
                      f"one grab {grab_ms:.1f} ms")
                print(f"{'screen':8} {'vault gone (ms)':>24} {'calculator (ms)':>18} "
                      f"{'vault after calculator':>24}")
                for name in ("journal", "editor", "viewer", "export"):
                    results = [trial(app, window, screen, name, args.shots, n)
                               for n in range(args.trials)]
                    last = [r[0] for r in results]
                    calc = [r[1] for r in results]
                    gone = f"median {statistics.median(last):.0f}, max {max(last):.0f}"
                    print(f"{name:8} {gone:>24} {f'median {statistics.median(calc):.0f}':>18}"
                          f" {sum(r[2] for r in results):>16} of {len(results)}")
        finally:
            app.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
