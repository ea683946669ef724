"""The one Job type for long work: progress, cancel and a typed failure, all
delivered on the GUI thread to the screen that started it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QWidget

from safeplan import vault
from safeplan.ui.background import Job, JobControl


def test_progress_and_result_arrive_on_the_gui_thread(qtbot):
    screen = QWidget()
    qtbot.addWidget(screen)
    seen: list[tuple[int, str, bool]] = []
    results: list[object] = []

    def work(control: JobControl) -> str:
        for n in range(3):
            control.report(n * 50, f"step {n}")
        return "finished"

    job = Job(work, screen)
    job.progress.connect(lambda p, text: seen.append(
        (p, text, threading.current_thread() is threading.main_thread())))
    job.done.connect(results.append)
    job.start()
    assert job.running
    qtbot.waitUntil(lambda: results == ["finished"], timeout=5000)
    assert seen == [(0, "step 0", True), (50, "step 1", True), (100, "step 2", True)]
    assert not job.running


def test_cancel_stops_the_work_and_a_typed_failure_reaches_the_screen(qtbot):
    screen = QWidget()
    qtbot.addWidget(screen)
    failures: list[BaseException] = []
    started = threading.Event()

    def work(control: JobControl) -> None:
        started.set()
        while not control.cancelled():
            time.sleep(0.005)
        raise vault.ImportCancelled("stopped")

    job = Job(work, screen)
    job.failed.connect(failures.append)
    job.start()
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], vault.ImportCancelled)
    assert not job.running


def test_a_screen_thrown_away_at_a_lock_gets_nothing_and_nothing_breaks(qtbot):
    screen = QWidget()
    release = threading.Event()
    delivered: list[object] = []
    job = Job(lambda control: (release.wait(5), control.report(1))[0], screen)
    job.done.connect(delivered.append)
    job.progress.connect(lambda *a: delivered.append(a))
    job.start()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(20)
    assert delivered == []
