"""Run slow work (the KDF, imports, exports) off the GUI thread; report by signals."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

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


def wait_for_all(msecs: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
