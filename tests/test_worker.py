"""The vault worker and its pipe protocol (offscreen; cheap KDF via tests.helpers.run_worker)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safeplan import ipc, vault
from safeplan.vault import KdfPolicy

ROOT = Path(__file__).resolve().parent.parent
PIN = b"2580147369"


def test_frames_round_trip_and_secrets_are_wiped():
    digits = bytearray(PIN)
    frame = ipc.secret_frame(digits)
    data = bytes(frame) + ipc.frame(ipc.PLACE, 860, 640, 0, 2) + ipc.frame(ipc.QUIT)
    ipc.wipe(frame)
    assert bytes(frame) == b"\0" * len(frame)
    reader = ipc.Reader()
    messages = reader.feed(data[:7]) + reader.feed(data[7:])
    assert [m.kind for m in messages] == [ipc.TRY, ipc.PLACE, ipc.QUIT]
    assert bytes(messages[0].secret) == PIN and messages[1].values == (860, 640, 0, 2)


@pytest.mark.parametrize("bad", [b"\0\0\0\x02\x63\0", b"\xff\xff\xff\xff\x01",
                                 b"\0\0\0\x03\x01ab", b"\0\0\0\x02\x0e\x09",
                                 b"\0\0\0\x12\x02" + bytes(16) + b"\x09"])
def test_anything_else_is_refused(bad):
    with pytest.raises(ipc.ProtocolError):
        ipc.Reader().feed(bad)


class Worker:
    def __init__(self, data_dir: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.run_worker",
                                      str(data_dir)], cwd=ROOT, env=env, bufsize=0,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.reader = ipc.Reader()
        self.pending: list[ipc.Message] = []

    def send(self, data: bytes) -> None:
        self.proc.stdin.write(data)

    def next(self) -> ipc.Message | None:
        while not self.pending:
            data = os.read(self.proc.stdout.fileno(), 4096)
            if not data:
                return None
            self.pending += self.reader.feed(data)
        return self.pending.pop(0)


@pytest.fixture
def worker(data_dir):
    opened, _code = vault.create(data_dir, PIN.decode(), policy=KdfPolicy.for_tests(),
                                 kdf=KdfPolicy.for_tests().calibrate())
    opened.close()
    running = Worker(data_dir)
    yield running
    if running.proc.poll() is None:
        running.proc.kill()
    running.proc.wait()
    running.proc.stdin.close()
    running.proc.stdout.close()


def test_a_wrong_sum_is_tried_and_the_pin_opens_then_quit_ends_it(worker):
    assert worker.next().kind == ipc.READY
    worker.send(bytes(ipc.secret_frame(bytearray(b"1234567890"))))
    assert (worker.next().kind, worker.pending) == (ipc.TRIED, [])
    worker.send(bytes(ipc.secret_frame(bytearray(PIN))))
    assert [worker.next().kind for _ in range(3)] == [ipc.TRIED, ipc.SETTINGS, ipc.WINDOW]
    worker.send(ipc.frame(ipc.SHOW))
    assert worker.next().kind == ipc.PAINTED
    worker.send(ipc.frame(ipc.QUIT))
    locked = worker.next()
    assert (locked.kind, ipc.REASONS[locked.values[0]]) == (ipc.LOCKED, "quit")
    assert worker.next() is None and worker.proc.wait(30) == 0


def test_only_the_latest_sum_is_derived(worker):
    """Three sums then the PIN, sent at once: at most two derivations run."""
    assert worker.next().kind == ipc.READY
    frames = [ipc.secret_frame(bytearray(s)) for s in (b"111111", b"222222", b"333333", PIN)]
    worker.send(b"".join(bytes(f) for f in frames))
    kinds = []
    while (message := worker.next()) is not None and message.kind != ipc.WINDOW:
        kinds.append(message.kind)
    assert message is not None and kinds.count(ipc.TRIED) <= 2


def test_the_worker_ends_when_the_calculator_goes(worker):
    assert worker.next().kind == ipc.READY
    worker.proc.stdin.close()
    assert worker.proc.wait(30) == 0


@pytest.fixture
def empty_worker(data_dir):
    running = Worker(data_dir)
    yield running
    if running.proc.poll() is None:
        running.proc.kill()
    running.proc.wait()
    running.proc.stdin.close()
    running.proc.stdout.close()


def test_setup_runs_in_the_worker_and_a_sum_there_is_not_tried(empty_worker):
    """No vault yet: SETUP shows the first-run setup in the worker's window (the PIN
    chosen there and the new vault's key never reach the calculator)."""
    worker = empty_worker
    assert worker.next().kind == ipc.READY
    worker.send(ipc.frame(ipc.PLACE, 360, 540, 0, 0) + ipc.frame(ipc.SETUP))
    assert worker.next().kind == ipc.WINDOW
    worker.send(ipc.frame(ipc.SHOW))
    assert worker.next().kind == ipc.PAINTED
    worker.send(ipc.frame(ipc.QUIT))
    locked = worker.next()
    assert (locked.kind, ipc.REASONS[locked.values[0]]) == (ipc.LOCKED, "quit")
    assert worker.proc.wait(30) == 0


def test_a_bad_frame_ends_the_worker(worker):
    assert worker.next().kind == ipc.READY
    worker.send(b"\0\0\0\x02\x63\0")
    assert worker.next() is None and worker.proc.wait(30) == 0


def test_the_window_made_ahead_is_announced_and_once_adopted_shows_after_the_pin_unasked(
        worker):
    """PLACE: the worker makes the vault's window ahead and says MADE (its id) before any
    key; once the calculator says ADOPTED (the window is its hidden child), the PIN
    shows the window at once: PAINTED comes without a SHOW."""
    assert worker.next().kind == ipc.READY
    worker.send(ipc.frame(ipc.PLACE, 860, 640, 0, 0))
    made = worker.next()
    assert made.kind == ipc.MADE and made.values[0] != 0
    worker.send(ipc.frame(ipc.ADOPTED) + bytes(ipc.secret_frame(bytearray(PIN))))
    kinds = [worker.next().kind for _ in range(4)]
    assert kinds[:3] == [ipc.TRIED, ipc.SETTINGS, ipc.WINDOW] and kinds[3] == ipc.PAINTED
    worker.send(ipc.frame(ipc.QUIT))
    assert worker.next().kind == ipc.LOCKED
    assert worker.next() is None and worker.proc.wait(30) == 0
