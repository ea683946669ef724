"""Run slow work off the GUI thread; report by signals.

`Job` is long work she sees and can stop (an import, an export, the chain
check): progress, cancel, and a typed failure for the screen that started it.
`run_in_background` is a one-shot call (the KDF, a picture to decode).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    """Lives on the GUI thread; a worker's emits arrive there queued.

    Signals:
        progress(int): percent done, when the work reports it.
        done(object): the work's return value.
        failed(object): the exception it raised.
    """

    progress = Signal(int)
    done = Signal(object)
    failed = Signal(object)


_running: set[JobSignals] = set()


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], signals: JobSignals, with_progress: bool) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            result = self._work(self._report) if self._with_progress else self._work()
        except BaseException as exc:
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.done, result)

    def _report(self, percent: int) -> None:
        self._emit(self._signals.progress, percent)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        # RuntimeError: the application is shutting down and nobody is listening.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    work: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> JobSignals:
    """Start `work()` (or `work(report_progress)` if on_progress is given) on the pool."""
    signals = JobSignals()
    _running.add(signals)

    def finish(_: object) -> None:
        _running.discard(signals)

    if on_done is not None:
        signals.done.connect(on_done)
    if on_failed is not None:
        signals.failed.connect(on_failed)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    signals.done.connect(finish)
    signals.failed.connect(finish)
    QThreadPool.globalInstance().start(_Job(work, signals, on_progress is not None))
    return signals


class JobControl:
    """What the work of a Job sees: report progress, ask whether to stop."""

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        self._job = job
        self._cancel = cancel

    def report(self, percent: int, text: str = "") -> None:
        self._job._emit(self._job.progress, int(percent), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Job(QObject):
    """One piece of long work (an import, an export, a chain check) off the GUI thread.

    `work(control)` runs on the pool; it reports with `control.report(percent,
    text)` and stops when `control.cancelled()` turns true. Its result or the
    exception it raised (typed: a VaultError, an OSError... for the screen to
    tell apart) comes back on the GUI thread to the screen that started it,
    which is the Job's parent: a screen thrown away at a lock takes its jobs'
    signals with it, and `cancel()` asks the work to stop.

    Signals:
        progress(int, str): percent done and what is being done.
        done(object): the work's return value.
        failed(object): the exception it raised.
    """

    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[JobControl], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.running = False
        self.done.connect(self._ended)
        self.failed.connect(self._ended)

    def start(self) -> Job:
        if self.running:
            raise RuntimeError("this job is already running")
        self.running = True
        self._cancel.clear()
        QThreadPool.globalInstance().start(_Runner(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next check; `failed` or `done` still follows."""
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def _ended(self, _result: object) -> None:
        self.running = False

    def _run(self) -> None:
        try:
            result = self._work(JobControl(self, self._cancel))
        except BaseException as exc:
            self._emit(self.failed, exc)
        else:
            self._emit(self.done, result)

    def _emit(self, signal: Any, *values: Any) -> None:
        # RuntimeError: the screen (and this job with it) is gone, or the app is closing.
        if shiboken6.isValid(self):
            with contextlib.suppress(RuntimeError):
                signal.emit(*values)


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def wait_for_all(msecs: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
