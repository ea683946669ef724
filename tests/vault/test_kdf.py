"""The key cost: calibrated to about one second from noisy timings, never below the floor,
and re-tuned when an unlock on this computer is too slow."""

from __future__ import annotations

import pytest

from safeplan import vault
from safeplan.vault import layout, slots
from safeplan.vault.kdf import KdfParams, KdfPolicy

PIN = "5550123456"


class FakeMachine:
    """A clock and a KDF run: `fixed + passes * per_pass` seconds, and 1 run in 4 ten
    times slower (another program was busy)."""

    def __init__(self, per_pass: float, fixed: float = 0.05) -> None:
        self.now = 0.0
        self.runs = 0
        self.per_pass = per_pass
        self.fixed = fixed

    def clock(self) -> float:
        return self.now

    def seconds(self, params: KdfParams) -> float:
        return self.fixed + params.iterations * self.per_pass

    def run(self, params: KdfParams) -> None:
        self.runs += 1
        slow = 10 if self.runs % 4 == 0 else 1
        self.now += self.seconds(params) * slow


@pytest.mark.parametrize("per_pass", [0.04, 0.07, 0.1, 0.15, 0.2, 0.3])
def test_calibration_under_noise_lands_near_one_second(per_pass):
    machine = FakeMachine(per_pass)
    policy = KdfPolicy()
    params = policy.calibrate(clock=machine.clock, run=machine.run)
    assert policy.min_iterations <= params.iterations <= policy.max_iterations
    assert params.memory_kib == 256 * 1024
    assert 0.8 <= machine.seconds(params) <= 1.5


def test_a_slow_computer_gets_the_floor_never_less():
    machine = FakeMachine(per_pass=0.9)  # the floor alone takes 2.75 s here
    params = KdfPolicy().calibrate(clock=machine.clock, run=machine.run)
    assert params == KdfParams(256 * 1024, 3, 4)


def test_a_very_fast_computer_stops_at_the_ceiling():
    machine = FakeMachine(per_pass=0.001, fixed=0.0)
    policy = KdfPolicy()
    params = policy.calibrate(clock=machine.clock, run=machine.run)
    assert params.iterations == policy.max_iterations


def test_tests_policy_skips_timing():
    assert KdfPolicy.for_tests().calibrate(clock=lambda: 1 / 0) == KdfParams(64, 1, 1)


class Retuning(KdfPolicy):
    """A cheap policy whose calibration answers what the test says this computer needs."""

    def calibrate(self, clock=None, run=None):
        return KdfParams(64, 2, 1)


def retuning() -> Retuning:
    return Retuning(min_memory_kib=8, min_iterations=1, memory_kib=64, lanes=1,
                    target_seconds=1.0, legacy_min_memory_kib=8)


def pin_groups(data_dir, policy):
    conn = layout.connect(data_dir / vault.DB_NAME)
    table = slots.read_table(conn, policy)
    conn.close()
    return slots.groups(table, recovery=False)


def test_an_unlock_measured_at_4_s_rewraps_and_the_next_uses_the_new_cost(
        data_dir, monkeypatch):
    policy = retuning()
    made, code = vault.create(data_dir, PIN, kdf=KdfParams(64, 6, 1), policy=policy)
    rid = made.put("note", "kept")
    made.close()
    assert [g[1] for g in pin_groups(data_dir, policy)] == [KdfParams(64, 6, 1)]

    ticks = iter([0.0, 4.0])
    opened = vault.unlock(data_dir, PIN, policy=policy, clock=lambda: next(ticks))
    assert opened is not None and opened.get(rid) == "kept"
    opened.close()
    # Every PIN-kind slot (the used one and the unused copies) has the new cost.
    assert [g[1] for g in pin_groups(data_dir, policy)] == [KdfParams(64, 2, 1)]

    used = []
    real = slots.derive
    monkeypatch.setattr(slots, "derive", lambda s, salt, p, pepper=None: (
        used.append(p), real(s, salt, p, pepper))[1])
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert again is not None and again.get(rid) == "kept"
    again.close()
    assert used == [KdfParams(64, 2, 1)]
    # The recovery code keeps its own fixed cost and still opens.
    used.clear()
    assert vault.unlock(data_dir, code, policy=policy) is not None
    assert used == [policy.recovery_params()]


def test_a_fast_unlock_changes_nothing(data_dir):
    policy = retuning()
    made, _ = vault.create(data_dir, PIN, kdf=KdfParams(64, 6, 1), policy=policy)
    made.close()
    before = (data_dir / vault.DB_NAME).read_bytes()
    ticks = iter([0.0, 1.1])
    vault.unlock(data_dir, PIN, policy=policy, clock=lambda: next(ticks)).close()
    assert pin_groups(data_dir, policy)[0][1] == KdfParams(64, 6, 1)
    assert (data_dir / vault.DB_NAME).read_bytes() == before


def test_no_rewrap_when_the_floor_itself_is_too_slow_here(data_dir):
    class FloorOnly(Retuning):
        def calibrate(self, clock=None, run=None):
            raise AssertionError("at the floor already: no calibration is spent")

    policy = FloorOnly(min_memory_kib=8, min_iterations=3, memory_kib=64, lanes=1,
                       target_seconds=1.0, legacy_min_memory_kib=8)
    made, _ = vault.create(data_dir, PIN, kdf=policy.floor, policy=policy)
    made.close()
    before = (data_dir / vault.DB_NAME).read_bytes()
    ticks = iter([0.0, 5.0])
    vault.unlock(data_dir, PIN, policy=policy, clock=lambda: next(ticks)).close()
    assert (data_dir / vault.DB_NAME).read_bytes() == before


def test_slot_table_does_not_say_how_many_secrets_exist(data_dir, policy):
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    conn = layout.connect(data_dir / vault.DB_NAME)
    table = slots.read_table(conn, policy)
    conn.close()
    assert len(table) == layout.SLOT_COUNT
    assert {len(s.encode()) for s in table} == {slots.SLOT_BYTES}
    # Two groups (PIN, recovery), each shared by several slots: used and unused alike.
    assert len(slots.groups(table, False)) == 1 and len(slots.groups(table, True)) == 1
    assert len({s.wrapped for s in table}) == layout.SLOT_COUNT


def test_a_file_asking_for_eight_kdf_runs_is_refused(data_dir, policy):
    made, _ = vault.create(data_dir, PIN, policy=policy)
    made.close()
    conn = layout.connect(data_dir / vault.DB_NAME)
    for n in range(layout.SLOT_COUNT):
        slot = slots.Slot(0, KdfParams(64, 1, 1), bytes([n]) * 16, bytes(60))
        conn.execute("UPDATE a SET v=? WHERE k=?", (slot.encode(), layout.SLOT_BASE + n))
    conn.close()
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
