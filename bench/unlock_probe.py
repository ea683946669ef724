"""The real app for bench/x11_unlock.py --probe: timestamps of the worker's unlock steps
and the longest stalls of both GUI threads. Bench only: the app has no such switch.

    SAFEPLAN_BENCH_PROBE=/tmp/x.json python bench/unlock_probe.py --data-dir DIR

The worker is started as `python bench/unlock_probe.py --worker DATA_DIR`: the same
safeplan.worker.main, with the real KDF. What it measured goes to the JSON file named by
SAFEPLAN_BENCH_PROBE (the calculator's to the same name + ".calc"), rewritten at each
step; times are wall-clock seconds (time.time()), stalls in ms.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = os.environ.get("SAFEPLAN_BENCH_PROBE", "")
TICK_MS = 5


class Probe:
    def __init__(self, path: str) -> None:
        self.path = path
        self.data: dict[str, object] = {}
        self.ticks: list[tuple[float, float]] = []  # (when, gap ms) of gaps > 20 ms
        self._last = 0.0
        self._lock = threading.Lock()

    def mark(self, name: str, once: bool = True) -> None:
        with self._lock:
            if once and f"t_{name}" in self.data:
                return
            self.data[f"t_{name}"] = time.time()
        self.write()

    def start_ticks(self) -> None:
        from PySide6.QtCore import QTimer

        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.time()
        self._timer.start()

    def _tick(self) -> None:
        now = time.time()
        gap = (now - self._last) * 1000 - TICK_MS
        if gap > 20:
            self.ticks.append((now, gap))
        self._last = now

    def stalls(self, since: float, until: float, count: int = 3) -> list[tuple[float, float]]:
        """The longest gaps (ms, when they ended) that overlap [since, until]."""
        found = [(gap, when) for when, gap in self.ticks
                 if since <= when and when - gap / 1000 <= until]
        return sorted(found, reverse=True)[:count]

    def write(self) -> None:
        if self.path:
            with self._lock:
                text = json.dumps(self.data)
            Path(self.path).write_text(text)


def worker(argv: list[str]) -> int:
    from safeplan import worker as worker_module
    from safeplan.session import Session
    from safeplan.ui import vault_window

    probe = Probe(OUT)
    try_unlock = Session.try_unlock

    def timed_try(self, secret):
        probe.mark("kdf_start", once=False)
        try:
            return try_unlock(self, secret)
        finally:
            probe.mark("kdf_end", once=False)

    Session.try_unlock = timed_try
    from safeplan.vault import slots

    derive = slots.derive

    def timed_derive(*args, **kwargs):  # Argon2id itself, in this run, on this machine
        probe.mark("argon_start", once=False)
        try:
            return derive(*args, **kwargs)
        finally:
            probe.mark("argon_end", once=False)

    slots.derive = timed_derive
    window_class = vault_window.VaultWindow
    show_vault, paint = window_class.show_vault, window_class.paintEvent

    def timed_show(self, *args, **kwargs):
        probe.mark("build_start")
        show_vault(self, *args, **kwargs)
        probe.mark("build_end")

    def timed_paint(self, event):
        shell = self.shell
        first = ("t_first_paint_start" not in probe.data and self.isVisible()
                 and shell is not None and getattr(shell, "attached", True))
        if first:
            probe.mark("first_paint_start")
        paint(self, event)
        if first:
            probe.mark("first_paint_end")
            from PySide6.QtCore import QTimer

            QTimer.singleShot(1500, summary)

    def summary() -> None:
        since = float(probe.data.get("t_kdf_end", 0.0))
        until = float(probe.data.get("t_first_paint_end", time.time()))
        found = probe.stalls(since, until)
        probe.data["worker_stall_to_paint_ms"] = round(found[0][0], 1) if found else 0.0
        found = probe.stalls(since, until + 1.5)
        # "gap@end": a stall's length and when it ended, ms after Return once the bench
        # subtracts its clock (kept as wall-clock seconds here).
        probe.data["worker_stalls_to_paint+1.5s"] = " ".join(
            f"{gap:.0f}@{when:.3f}" for gap, when in found)
        probe.write()

    window_class.show_vault = timed_show
    window_class.paintEvent = timed_paint
    from PySide6.QtWidgets import QWidget

    def timed_window_show(self):
        probe.mark("show_start")
        QWidget.show(self)
        probe.mark("show_end")

    window_class.show = timed_window_show
    from safeplan.ui import shell

    loaded = shell.VaultShell._loaded

    def timed_loaded(self, result):
        probe.mark("loaded_start")
        loaded(self, result)
        probe.mark("loaded_end")

    shell.VaultShell._loaded = timed_loaded
    return worker_module.main(argv, prepare=probe.start_ticks)


def calculator(argv: list[str]) -> int:
    from safeplan import app
    from safeplan.ui import worker_link

    probe = Probe(OUT + ".calc" if OUT else "")

    def probe_worker(data_dir, portable=False):
        return [sys.executable, str(Path(__file__).resolve()), "--worker", str(data_dir),
                *(["--portable"] if portable else [])]

    worker_link.worker_command = probe_worker
    create_window = app.create_window

    def probed_create_window(*args, **kwargs):
        window = create_window(*args, **kwargs)
        probe.start_ticks()
        link = getattr(window, "worker", None)
        if link is not None:
            def painted() -> None:
                until = time.time()
                found = probe.stalls(until - 3, until)
                probe.data["calculator_stalls_last_3s"] = " ".join(
                    f"{gap:.0f}@{when:.3f}" for gap, when in found)
                probe.write()
            link.painted.connect(painted)
        return window

    app.create_window = probed_create_window
    handle = worker_link.WorkerLink._handle

    def timed_handle(self, message):  # the calculator's hosting step, from its side
        from safeplan import ipc

        name = {ipc.WINDOW: "window", ipc.TRIED: "tried"}.get(message.kind)
        if name is not None:
            probe.mark(f"calc_{name}_start", once=False)
        handle(self, message)
        if name is not None:
            probe.mark(f"calc_{name}_end", once=False)

    worker_link.WorkerLink._handle = timed_handle
    from safeplan.ui import main_window

    for name in ("_host_ahead", "_host_vault", "_take_vault_place", "_vault_painted"):
        if not hasattr(main_window.MainWindow, name):
            continue
        method = getattr(main_window.MainWindow, name)

        def timed(self, *args, _name=name, _method=method):
            probe.mark(f"calc{_name}_start", once=False)
            _method(self, *args)
            probe.mark(f"calc{_name}_end", once=False)

        setattr(main_window.MainWindow, name, timed)
    return app.main(argv)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    args = sys.argv[1:]
    if args[:1] == ["--worker"]:
        sys.exit(worker(args[1:]))
    sys.exit(calculator(args))
