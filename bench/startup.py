"""Start-up and quick-exit figures.

Run: .venv/bin/python bench/startup.py [--runs 15]
- start-up: process start to the calculator's first painted frame (offscreen
  platform unless DISPLAY is set), median of N runs, for `python -m safeplan`
  and, when built, ./dist/Calculator/Calculator; a bare PySide6 window for reference.
- modules: whether cryptography / PIL / fpdf were imported before the first frame.
- quick exit: Esc key press to the calculator painted, median of N locks.
Prints figures; asserts nothing.
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
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("0"); w.resize(360, 540)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and o is w:
            print("frame", flush=True); QTimer.singleShot(0, app.quit)
        return False
f = F(); app.installEventFilter(f); w.show(); app.exec()
"""


def time_to_frame(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if line.strip() != "frame":
        raise RuntimeError(f"no frame from {cmd}")
    return elapsed


def heavy_modules_before_frame(env: dict[str, str], data_dir: str) -> list[str]:
    code = (
        "import sys, safeplan.app as a\n"
        "orig = a._report_first_frame\n"
        "def spy(w, app):\n"
        "    orig(w, app)\n"
        "    heavy = [m for m in ('cryptography', 'PIL', 'fpdf', 'keyring') if m in sys.modules]\n"
        "    sys.stderr.write('HEAVY ' + ','.join(heavy) + '\\n')\n"
        "a._report_first_frame = spy\n"
        f"sys.exit(a.main(['--data-dir', {data_dir!r}, '--first-frame']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    for line in out.stderr.splitlines():
        if line.startswith("HEAVY"):
            return [m for m in line[6:].split(",") if m]
    return ["?"]


def quick_exit_ms(runs: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from safeplan import vault
    from safeplan.app import create_window
    from safeplan.vault import KdfPolicy

    app = QApplication.instance() or QApplication([])
    data = tempfile.mkdtemp(prefix="bench-")
    policy = KdfPolicy.for_tests()
    v, _ = vault.create(data, "2580147369", policy=policy)
    v.close()
    window = create_window(data, policy=policy)
    window.show()
    painted: list[float] = []

    class Paint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is window.calculator.display:
                painted.append(time.perf_counter())
            return False

    probe = Paint()
    app.installEventFilter(probe)
    results = []
    for _ in range(runs):
        QTest.keyClicks(window.calculator, "2580147369=")
        while window.shell is None:
            QThreadPool.globalInstance().waitForDone(50)
            app.processEvents()
        window.shell.show_page("settings")
        for _ in range(3):  # she has been in the vault a moment: loading and checks are done
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()
        painted.clear()
        start = time.perf_counter()
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        while not painted:
            app.processEvents()
        results.append((painted[0] - start) * 1000)
    window.close()
    QThreadPool.globalInstance().waitForDone(5000)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    data_dir = tempfile.mkdtemp(prefix="bench-")
    (Path(data_dir) / "history.db").write_bytes(b"")  # a vault exists: no first-run setup
    targets = [("bare PySide6 window", [sys.executable, "-c", BARE]),
               ("python -m safeplan", [sys.executable, "-m", "safeplan", "--data-dir",
                                       data_dir, "--first-frame"])]
    binary = ROOT / "dist" / "Calculator" / "Calculator"
    if binary.exists():
        targets.append(("dist/Calculator/Calculator", [str(binary), "--data-dir", data_dir,
                                            "--first-frame"]))
    print(f"platform: {platform}; median of {args.runs} runs after one warm-up")
    for name, cmd in targets:
        time_to_frame(cmd, env)
        runs = [time_to_frame(cmd, env) for _ in range(args.runs)]
        print(f"start-up to first frame, {name}: median {statistics.median(runs):.3f} s "
              f"(min {min(runs):.3f}, max {max(runs):.3f})")
    heavy = heavy_modules_before_frame(env, data_dir)
    print("heavy modules loaded before the first frame:", ", ".join(heavy) or "none")
    locks = quick_exit_ms(max(10, args.runs))
    print(f"quick exit, Esc to calculator painted: median {statistics.median(locks):.1f} ms "
          f"(max {max(locks):.1f} ms)")


if __name__ == "__main__":
    main()
