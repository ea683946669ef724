"""A process killed at any moment of any action leaves a vault that opens and a
chain that verifies: each action is one transaction (record and chain event
together), never two commits with a window between them."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from safeplan import vault
from safeplan.evidence import EvidenceStore
from safeplan.journal import Journal
from safeplan.orders import OrderBook
from safeplan.statement import StatementBook

from .helpers.crash_worker import ACTIONS, PIN, PROTECTION_ACTIONS

ROOT = Path(__file__).resolve().parent.parent
KILLS_PER_ACTION = 6  # 60 kills in all


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.crash_worker"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def line(self, timeout: float = 30.0) -> str:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        assert ready, "the crash worker did not answer"
        return self.proc.stdout.readline().strip()

    def run(self, kind: str, seed: int, data_dir: Path) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {kind} {seed} {data_dir}\n")
        answer = self.line()
        assert answer.startswith("ready "), answer
        return int(answer.split()[1])

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


def check_intact(data_dir: Path, policy: vault.KdfPolicy) -> tuple[int, int]:
    opened = vault.unlock(data_dir, PIN, policy=policy)
    assert opened is not None, "the vault no longer opens"
    try:
        journal = Journal(opened)
        store = EvidenceStore(opened, journal)
        orders = OrderBook(opened, journal)
        statements = StatementBook(opened, journal)
        status = journal.verify()
        assert status.ok, status
        assert not journal.damaged and not store.damaged
        assert not orders.damaged and not statements.damaged
        # every evidence item has its original; no file is left over from half an action
        used = set()
        for item in store.items():
            assert opened.file_info(item.file_id).sha256 == item.sha256
            used |= {f for f in (item.file_id, item.thumb_id, item.print_id, *item.fill) if f}
        assert {ref.id for ref in opened.list_files()} == used
        return status.events, len(store.items())
    finally:
        opened.close()


def kill_rounds(tmp_path, policy, actions, rounds) -> tuple[int, int]:
    """SIGKILL each action `rounds` times at a random moment; check the vault each time."""
    data_dir = tmp_path / "data"
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    server = Server()
    kills = 0
    events_seen = 0
    try:
        for round_ in range(rounds):
            for kind in actions:
                pid = server.run(kind, rng.randrange(1 << 30), data_dir)
                time.sleep(rng.uniform(0.0, 0.15))
                os.kill(pid, signal.SIGKILL)
                done = server.line()
                assert done == f"done {pid} -9", f"{kind} round {round_}: {done}"
                kills += 1
                events_seen, _ = check_intact(data_dir, policy)
    finally:
        server.close()
    return kills, events_seen


def test_a_kill_at_any_moment_of_any_action_leaves_the_chain_intact(tmp_path, policy):
    kills, events_seen = kill_rounds(tmp_path, policy, ACTIONS, KILLS_PER_ACTION)
    assert kills >= 50
    assert events_seen > 0


def test_a_kill_while_an_order_or_statement_is_saved_leaves_the_chain_intact(tmp_path,
                                                                              policy):
    """Orders and statements are in the chain: a kill mid-save never leaves a version
    the chain does not name (before, they were written with no event at all)."""
    kills, events_seen = kill_rounds(tmp_path, policy, PROTECTION_ACTIONS, KILLS_PER_ACTION)
    assert kills == 3 * KILLS_PER_ACTION
    assert events_seen > 0
