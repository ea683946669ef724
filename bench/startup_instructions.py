"""Instructions executed from process start to the calculator's first paint, counted by
valgrind's callgrind (offscreen platform): a start-up figure that does not move with the
machine's load, for comparing two trees or a change to one.

Run: .venv/bin/python bench/startup_instructions.py [--source OTHER/src ...]

Each program runs once (the count varies by ~0.5 M between runs): this app from `src`
(a vault present, so it starts as the calculator), each `--source` tree, and a bare
PySide6 window with boot.py's cuts. The app is stopped with os._exit inside its first
paint (a probe that wraps app._on_first_frame), so its exit is not counted. Needs
valgrind (scripts/sysdeps.sh does not install it: this is a developer's bench; apt
install valgrind). Prints millions of instructions; asserts nothing. Wall time on a
real X server is bench/x11_startup.py's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.x11.harness import Home  # noqa: E402

PROBE = """
import os, sys
from safeplan import boot
boot.prepare()
from safeplan.hardening import catch_quit_signals
catch_quit_signals()
from safeplan import app
def first_frame(window, callback):
    window.calculator.after_first_paint(lambda: os._exit(0))
app._on_first_frame = first_frame
sys.exit(app.main([]))
"""

BARE = """
import os
from safeplan import boot
boot.prepare()
from PySide6.QtWidgets import QApplication, QLabel
class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        os._exit(0)
app = QApplication([])
window = Label("0")
window.resize(360, 540)
window.show()
app.exec()
"""


def count(code: str, src: Path, env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="callgrind-") as out:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg",
             sys.executable, "-c", code],
            env={**env, "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True, text=True, cwd=ROOT, timeout=600)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if not found:
        raise RuntimeError(f"callgrind said: {result.stderr[-500:]}")
    return int(found.group(1)) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, action="append", default=[],
                        help="also count the app started from this src folder (repeatable)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (apt install valgrind)")
    home = Home.make()
    home.make_vault()
    env = {**os.environ, **home.env()}
    sources = [ROOT / "src", *[s.resolve() for s in args.source]]
    for src in sources:  # as installed: bytecode compiled (see bench/x11_startup.py)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True)
    print(f"{'bare PySide6 window, boot.py cuts':40} {count(BARE, sources[0], env):7.1f} M")
    for src in sources:
        print(f"{'this app ' + str(src):40.60} {count(PROBE, src, env):7.1f} M")
    return 0


if __name__ == "__main__":
    sys.exit(main())
