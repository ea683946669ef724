"""A SIGKILL at any moment of a PIN change (which re-keys the vault in one SQLite
transaction), or of the recovery unlock after it (which re-wraps the code's slot),
leaves a vault that opens with the old or the new PIN, with the recovery code too,
and loses nothing that was committed. More rounds: bench/rekey.py."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from safeplan import vault
from safeplan.journal import Incident, Journal
from safeplan.vault import backup

from ..helpers.rekey_worker import PINS

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 6


def make(data_dir: Path, policy: vault.KdfPolicy) -> str:
    made, code = vault.create(data_dir, PINS[0], policy=policy)
    journal = Journal(made)
    for i in range(150):  # enough rows that a kill often lands inside the transaction
        journal.create(Incident(date="2026-11-01", description=f"before {i}"))
    made.add_file(io.BytesIO(os.urandom(300_000)))
    made.close()
    return code


def check(data_dir: Path, code: str, policy: vault.KdfPolicy,
          without_code: bool = False) -> tuple[int, int, int]:
    """(PINs that open it, entries, files); asserts nothing is damaged or lost.
    `without_code`: killed between a change made without the code and her typing it,
    the code does not open it yet, and the PIN's vault says so; she types it here."""
    found = []
    behind = False
    for secret in (*PINS, code):
        opened = vault.unlock(data_dir, secret, policy=policy)
        if opened is None:
            assert secret != code or behind, "the recovery code no longer opens the vault"
            continue
        behind = behind or (without_code and opened.recovery_behind)
        try:
            journal = Journal(opened)
            status = journal.verify()
            assert status.ok, status
            assert not opened.damaged() and not journal.damaged
            files = opened.list_files()
            for ref in files:
                assert len(opened.read_bytes(ref.id)) == ref.size
            found.append((len(journal.entries()), len(files)))
        finally:
            opened.close()
    if behind:
        assert len(found) == 1, "exactly one PIN must open it"
        pin_opened = next(v for v in (vault.unlock(data_dir, p, policy=policy) for p in PINS)
                          if v is not None)
        assert pin_opened.check_recovery_code(code)
        pin_opened.seal_recovery(backup.recipient_for(
            code, backup.recovery_params(policy)).to_data())
        pin_opened.close()
        return check(data_dir, code, policy)
    assert len(found) == 2, "exactly one PIN (and the code) must open it"
    assert found[0] == found[1]  # the PIN and the code see the same vault
    return len(found) - 1, *found[0]


def kill_rounds(data_dir: Path, code: str, policy: vault.KdfPolicy, rounds: int,
                rng: random.Random, without_code: bool = False) -> list[int]:
    """Start the worker, SIGKILL it at a random moment, check; `rounds` times. Returns
    how many changes each round had completed when killed."""
    entries = 150
    completed = []
    for round_ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.rekey_worker",
                                 str(data_dir), code,
                                 *(["without-code"] if without_code else [])],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        skipped = 0
        if round_ % 2:  # every other round: after at least one change, whatever the load
            assert proc.stdout.readline().startswith("changed")
            skipped = 1
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        out = proc.stdout.read()
        proc.wait()
        proc.stdout.close()
        completed.append(skipped + out.count("changed"))
        _, seen, _ = check(data_dir, code, policy, without_code)
        assert seen >= entries  # nothing committed was lost
        entries = seen
    return completed


def test_a_kill_at_any_moment_of_a_pin_change_leaves_the_old_or_the_new_pin(tmp_path, policy):
    data_dir = tmp_path / "data"
    code = make(data_dir, policy)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    completed = kill_rounds(data_dir, code, policy, ROUNDS, rng)
    assert len(completed) == ROUNDS and sum(completed) >= ROUNDS // 2


def test_a_kill_during_a_change_without_her_code_leaves_one_pin_and_loses_nothing(
        tmp_path, policy):
    """The change made without her recovery code (the new key sealed to no one), then
    the code typed once: a kill anywhere leaves exactly one PIN, nothing lost, and the
    code opens the vault, or the vault says it waits for the code, which then works."""
    data_dir = tmp_path / "data"
    code = make(data_dir, policy)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    completed = kill_rounds(data_dir, code, policy, ROUNDS, rng, without_code=True)
    assert len(completed) == ROUNDS and sum(completed) >= ROUNDS // 2
