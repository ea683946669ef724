"""Backup files: round trip, what opens them, discretion, and every bad input."""

from __future__ import annotations

import errno
import hashlib
import math
import os
import sqlite3
import zlib
from pathlib import Path

import pytest

from safeplan import vault
from safeplan.evidence import EvidenceStore
from safeplan.journal import Incident, Journal
from safeplan.vault import backup
from safeplan.vault.backup import (
    BackupCancelled,
    BackupDamaged,
    BackupTooNew,
    BackupTruncated,
    DestinationFull,
    DestinationGone,
    DestinationReadOnly,
    NotABackup,
    WrongSecret,
)

PIN = "2580147369"
NEW_PIN = "97531086420"


@pytest.fixture
def made(data_dir, policy, device):
    opened, code = vault.create(data_dir, PIN, policy=policy, device=device, bind_device=True)
    yield opened, code
    opened.close()


@pytest.fixture
def recipient(made, policy):
    return backup.recipient_for(made[1], backup.recovery_params(policy))


def scratch(folder: Path) -> list[str]:
    """What a backup left in a folder besides the vault file and its journal."""
    return [p.name for p in folder.iterdir()
            if p.name not in (vault.DB_NAME, vault.DB_NAME + "-journal")]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_every_record_and_file_and_drops_the_device_binding(
        made, recipient, policy, device, tmp_path):
    opened, code = made
    journal = Journal(opened)
    entry = journal.create(Incident(date="2026-11-20", description="Он толкнул меня"))
    journal.save_draft({"description": "черновик"})
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    store = EvidenceStore(opened, journal)
    assert store.import_file(photo, incident_id=entry.id).status == "stored"
    before = {k: sorted(v, key=lambda r: r[0]) for k, v in
              opened.list_many(("incident", "event", "draft", "evidence")).items()}

    made_ = backup.write_backup(opened, tmp_path / "copy.bin", recipient, policy=policy)
    assert made_.damaged == 0 and made_.checked > 0
    assert made_.size == (tmp_path / "copy.bin").stat().st_size

    fresh = tmp_path / "new-computer"
    opened_backup = backup.open_backup(tmp_path / "copy.bin", code, policy=policy)
    backup.restore(opened_backup, code, fresh, NEW_PIN, policy=policy)
    again = vault.unlock(fresh, NEW_PIN, policy=policy)
    assert again is not None and not again.device_bound
    after = {k: sorted(v, key=lambda r: r[0]) for k, v in
             again.list_many(("incident", "event", "draft", "evidence")).items()}
    assert after == before
    restored = Journal(again)
    assert restored.verify().ok
    item = EvidenceStore(again, restored).items()[0]
    with again.open_file(item.file_id) as stream:
        assert hashlib.sha256(stream.read()).hexdigest() == sha(photo)
    again.close()
    assert sorted(p.name for p in fresh.iterdir()) == [vault.DB_NAME]


def test_the_pin_does_not_open_a_backup_unless_she_added_it(made, recipient, policy,
                                                           tmp_path):
    opened, _ = made
    plain = tmp_path / "a.bin"
    backup.write_backup(opened, plain, recipient, policy=policy)
    with pytest.raises(WrongSecret):
        backup.open_backup(plain, PIN, policy=policy)
    with_pin = tmp_path / "b.bin"
    backup.write_backup(opened, with_pin, recipient, pin=PIN, policy=policy)
    got = backup.open_backup(with_pin, PIN, policy=policy)
    backup.restore(got, PIN, tmp_path / "elsewhere", NEW_PIN, policy=policy)
    assert vault.unlock(tmp_path / "elsewhere", NEW_PIN, policy=policy) is not None


def test_the_snapshot_has_no_working_pin_slot(made, policy, tmp_path):
    opened, code = made
    copy = tmp_path / "snap" / vault.DB_NAME
    copy.parent.mkdir()
    opened.snapshot(copy)
    assert vault.unlock(copy.parent, PIN, policy=policy) is None
    recovered = vault.unlock(copy.parent, code, policy=policy)
    assert recovered is not None and not recovered.device_bound
    recovered.close()


def entropy(data: bytes) -> float:
    counts = [0] * 256
    for byte in data:
        counts[byte] += 1
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts if c)


def test_the_file_looks_random_from_byte_zero_and_says_only_its_size(
        made, recipient, policy, tmp_path, data_dir):
    opened, _ = made
    empty = tmp_path / "empty.bin"
    backup.write_backup(opened, empty, recipient, policy=policy)
    for n in range(300):
        opened.put("incident", {"text": "x" * 500, "n": n})
    full = tmp_path / "full.bin"
    backup.write_backup(opened, full, recipient, policy=policy)
    for path in (empty, full):
        data = path.read_bytes()
        for word in (b"SQLite", b"records", b"slots", b"header", b"chunks", b"CREATE"):
            assert word not in data
        assert entropy(data[:4096]) > 7.9  # the header too: no magic number
        assert len(zlib.compress(data)) > len(data) * 0.99
    assert empty.stat().st_size < full.stat().st_size
    assert empty.read_bytes()[:16] != full.read_bytes()[:16]


def test_wrong_code_not_a_backup_truncated_and_flipped(made, recipient, policy, tmp_path):
    opened, code = made
    opened.add_bytes(os.urandom(2_500_000))
    good = tmp_path / "good.bin"
    backup.write_backup(opened, good, recipient, policy=policy)
    data = good.read_bytes()

    with pytest.raises(WrongSecret):
        backup.open_backup(good, "1" * 24, policy=policy)
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5000))
    with pytest.raises(NotABackup):
        backup.open_backup(other, code, policy=policy)
    with pytest.raises(NotABackup):
        backup.open_backup(opened.path, code, policy=policy)  # the vault file itself
    tiny = tmp_path / "tiny.bin"
    tiny.write_bytes(data[:50])
    with pytest.raises(NotABackup):
        backup.open_backup(tiny, code, policy=policy)

    for cut in (len(data) - 10, len(data) - backup.SEALED_CHUNK,
                backup.HEADER_BYTES + 600):
        short = tmp_path / f"short{cut}.bin"
        short.write_bytes(data[:cut])
        with pytest.raises(BackupTruncated):
            opened_backup = backup.open_backup(short, code, policy=policy)
            opened_backup.extract(tmp_path / f"out{cut}")

    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    bad = tmp_path / "flipped.bin"
    bad.write_bytes(bytes(flipped))
    got = backup.open_backup(bad, code, policy=policy)  # the header is intact
    target = tmp_path / "restored"
    with pytest.raises(BackupDamaged):
        backup.restore(got, code, target, NEW_PIN, policy=policy)
    assert not (target / vault.DB_NAME).exists()
    assert [p.name for p in target.iterdir()] == []

    # A byte changed in the last part, the file at its full length: damaged, not "cut
    # off while being copied" (which sent her looking for a longer copy).
    near_end = bytearray(data)
    near_end[-100] ^= 0x01
    bad.write_bytes(bytes(near_end))
    got = backup.open_backup(bad, code, policy=policy)
    with pytest.raises(BackupDamaged):
        backup.restore(got, code, tmp_path / "restored-end", NEW_PIN, policy=policy)
    assert list((tmp_path / "restored-end").iterdir()) == []


def test_a_newer_format_is_refused(made, recipient, policy, tmp_path, monkeypatch):
    opened, code = made
    path = tmp_path / "new.bin"
    monkeypatch.setattr(backup, "FORMAT", 2)
    backup.write_backup(opened, path, recipient, policy=policy)
    monkeypatch.setattr(backup, "FORMAT", 1)
    with pytest.raises(BackupTooNew):
        backup.open_backup(path, code, policy=policy)
    newer_vault = tmp_path / "newvault.bin"
    monkeypatch.setattr(vault.store, "FORMAT", 7)
    monkeypatch.setattr(opened, "snapshot", lambda *a, **k: (
        vault.store.Vault.snapshot(opened, *a, **k)))
    backup.write_backup(opened, newer_vault, recipient, policy=policy)
    monkeypatch.setattr(vault.store, "FORMAT", 1)
    with pytest.raises(BackupTooNew):
        backup.open_backup(newer_vault, code, policy=policy)


def test_restore_never_replaces_a_vault_unless_asked(made, recipient, policy, data_dir,
                                                     tmp_path):
    opened, code = made
    path = tmp_path / "b.bin"
    backup.write_backup(opened, path, recipient, policy=policy)
    before = sha(data_dir / vault.DB_NAME)
    with pytest.raises(FileExistsError):
        backup.restore(backup.open_backup(path, code, policy=policy), code, data_dir,
                       NEW_PIN, policy=policy)
    assert sha(data_dir / vault.DB_NAME) == before


def test_a_cancelled_or_failed_restore_leaves_the_folder_as_it_was(made, recipient, policy,
                                                                   tmp_path, monkeypatch):
    opened, code = made
    for _ in range(4):
        opened.add_bytes(os.urandom(1_000_000))
    path = tmp_path / "b.bin"
    backup.write_backup(opened, path, recipient, policy=policy)
    target = tmp_path / "new-laptop"
    seen: list[int] = []
    with pytest.raises(BackupCancelled):
        backup.restore(backup.open_backup(path, code, policy=policy), code, target, NEW_PIN,
                       policy=policy, progress=seen.append, cancelled=lambda: len(seen) > 2)
    assert list(target.iterdir()) == []
    real_write = backup._write_out

    def disk_full(out, since):
        if out.tell() > 2_000_000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(out, since)

    monkeypatch.setattr(backup, "_write_out", disk_full)
    with pytest.raises(vault.StorageFull):
        backup.restore(backup.open_backup(path, code, policy=policy), code, target, NEW_PIN,
                       policy=policy)
    assert list(target.iterdir()) == []
    monkeypatch.undo()
    backup.restore(backup.open_backup(path, code, policy=policy), code, target, NEW_PIN,
                   policy=policy)
    assert [p.name for p in target.iterdir()] == [vault.DB_NAME]


@pytest.mark.parametrize(("code", "error"), [
    (errno.ENOSPC, DestinationFull), (errno.EROFS, DestinationReadOnly),
    (errno.EACCES, DestinationReadOnly), (errno.EIO, DestinationGone)])
def test_destination_failures_leave_the_old_backup_and_nothing_else(
        made, recipient, policy, tmp_path, monkeypatch, code, error):
    opened, _ = made
    stick = tmp_path / "stick"
    stick.mkdir()
    old = stick / "calc.bin"
    backup.write_backup(opened, old, recipient, policy=policy)
    old_sha = sha(old)
    opened.add_bytes(os.urandom(3_000_000))
    real_open = backup._open_destination

    class Failing:
        def __init__(self, stream):
            self._stream = stream
            self.written = 0

        def write(self, data):
            self.written += len(data)
            if self.written > 1_500_000:
                raise OSError(code, os.strerror(code))
            return self._stream.write(data)

        def __getattr__(self, name):
            return getattr(self._stream, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._stream.close()

    monkeypatch.setattr(backup, "_open_destination", lambda p: Failing(real_open(p)))
    with pytest.raises(error):
        backup.write_backup(opened, old, recipient, policy=policy)
    assert sha(old) == old_sha
    assert sorted(p.name for p in stick.iterdir()) == ["calc.bin"]
    assert scratch(opened.path.parent) == []


def test_a_stick_full_only_at_fsync_leaves_the_old_backup(made, recipient, policy, tmp_path,
                                                         monkeypatch):
    """Some file systems (FAT on a stick, network folders) report a full disk only when
    the written pages reach the medium: the fsync, which runs in a thread."""
    opened, _ = made
    stick = tmp_path / "stick"
    stick.mkdir()
    old = stick / "calc.bin"
    backup.write_backup(opened, old, recipient, policy=policy)
    old_sha = sha(old)
    opened.add_bytes(os.urandom(2_000_000))
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(stick / ".calc-")):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(DestinationFull):
        backup.write_backup(opened, old, recipient, policy=policy)
    assert sha(old) == old_sha
    assert sorted(p.name for p in stick.iterdir()) == ["calc.bin"]
    assert scratch(opened.path.parent) == []


@pytest.mark.parametrize("when", [20, 55, 80])  # writing, authenticating, reading back
def test_a_stick_pulled_out_mid_write(made, recipient, policy, tmp_path, when):
    opened, _ = made
    opened.add_bytes(os.urandom(3_000_000))
    stick = tmp_path / "stick"
    stick.mkdir()

    def pull(percent: int) -> None:
        if percent >= when and stick.exists():
            for leftover in stick.iterdir():
                leftover.unlink()
            stick.rmdir()

    with pytest.raises(DestinationGone):
        backup.write_backup(opened, stick / "calc.bin", recipient, policy=policy,
                            progress=pull)
    assert scratch(opened.path.parent) == []


def test_cancel_leaves_nothing_and_the_vault_keeps_working(made, recipient, policy,
                                                           tmp_path):
    opened, _ = made
    opened.add_bytes(os.urandom(4_000_000))
    seen: list[int] = []
    with pytest.raises(BackupCancelled):
        backup.write_backup(opened, tmp_path / "x.bin", recipient, policy=policy,
                            progress=seen.append, cancelled=lambda: len(seen) > 3)
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []
    assert scratch(opened.path.parent) == []
    assert opened.get(opened.put("x", 1)) == 1


@pytest.mark.parametrize("when", [5, 30])
def test_the_vault_locked_mid_backup_stops_it_and_leaves_nothing(made, recipient, policy,
                                                                 tmp_path, monkeypatch, when):
    from safeplan.vault import copies

    opened, _ = made
    monkeypatch.setattr(copies, "PAGE_STEP", 1024 * 1024)
    for _ in range(8):
        opened.add_bytes(os.urandom(1_000_000))
    stick = tmp_path / "stick"
    stick.mkdir()

    def lock_now(percent: int) -> None:
        if percent >= when:
            opened.close()  # quick exit, auto-lock

    with pytest.raises(vault.VaultError, match="closed"):
        backup.write_backup(opened, stick / "calc.bin", recipient, policy=policy,
                            progress=lock_now)
    assert list(stick.iterdir()) == []
    assert scratch(opened.path.parent) == []


def test_writes_during_the_snapshot_are_carried_into_it(made, policy, tmp_path, monkeypatch):
    opened, code = made
    monkeypatch.setattr(vault.store, "SNAPSHOT_PAGES", 16)  # several steps for 12 MB
    for _ in range(12):
        opened.add_bytes(os.urandom(1_000_000))
    written: list[int] = []

    def write_meanwhile(done: int, total: int) -> None:
        if not written:
            written.append(opened.put("incident", {"late": True}))

    copy = tmp_path / "snap" / vault.DB_NAME
    copy.parent.mkdir()
    opened.snapshot(copy, progress=write_meanwhile)
    again = vault.unlock(copy.parent, code, policy=policy)
    assert again is not None
    assert again.get(written[0]) == {"late": True}
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()


_CHILD = r"""
import sys, time
from safeplan import vault
from safeplan.vault import backup
from safeplan.vault.kdf import KdfPolicy
policy = KdfPolicy.for_tests()
data_dir, code, target = sys.argv[1:4]
opened = vault.unlock(data_dir, code, policy=policy)
recipient = backup.recipient_for(code, backup.recovery_params(policy))

def stall(percent):
    if percent >= 60:
        print("writing", flush=True)
        time.sleep(60)

backup.write_backup(opened, target, recipient, policy=policy, progress=stall)
"""


@pytest.mark.slow
def test_sigkill_mid_backup_leaves_the_old_one_and_an_encrypted_leftover(
        made, recipient, policy, tmp_path):
    import signal
    import subprocess
    import sys

    opened, code = made
    stick = tmp_path / "stick"
    stick.mkdir()
    old = stick / "calc.bin"
    backup.write_backup(opened, old, recipient, policy=policy)
    old_sha = sha(old)
    for _ in range(6):
        opened.add_bytes(os.urandom(1_000_000))
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(opened.path.parent), code,
                              str(old)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        assert child.stdout is not None
        child.stdout.close()
    assert sha(old) == old_sha
    leftovers = [p for p in stick.iterdir() if p.name != "calc.bin"]
    assert len(leftovers) == 1
    assert backup._SCRATCH.match(leftovers[0].name)  # hidden, says nothing
    data = leftovers[0].read_bytes()
    assert len(data) > 1_000_000
    assert b"SQLite" not in data and entropy(data[:65536]) > 7.99
    assert scratch(opened.path.parent) == []  # the vault file was streamed: nothing beside it

    backup.write_backup(opened, tmp_path / "stick" / "calc-2.bin", recipient, policy=policy)
    assert sorted(p.name for p in stick.iterdir()) == ["calc-2.bin", "calc.bin"]
    assert scratch(opened.path.parent) == []
    assert sha(old) == old_sha


def inner_vault(path: Path, code: str, policy, folder: Path) -> Path:
    """The vault file a backup carries, unpacked as restore does before re-keying."""
    folder.mkdir()
    backup.open_backup(path, code, policy=policy).extract(folder / vault.DB_NAME)
    return folder


def test_the_vault_file_is_streamed_straight_into_the_backup_without_its_pin_slot(
        made, recipient, policy, tmp_path):
    opened, code = made
    rid = opened.put("incident", {"n": 1})
    for _ in range(3):
        opened.add_bytes(os.urandom(3_000_000))
    made_ = backup.write_backup(opened, tmp_path / "calc.bin", recipient, policy=policy)
    assert made_.route == "pages" and made_.damaged == 0
    assert scratch(opened.path.parent) == []  # nothing was written beside the vault
    inner = inner_vault(tmp_path / "calc.bin", code, policy, tmp_path / "inner")
    conn = sqlite3.connect(inner / vault.DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert vault.unlock(inner, PIN, policy=policy) is None
    again = vault.unlock(inner, code, policy=policy)
    assert again is not None and not again.device_bound and again.get(rid) == {"n": 1}
    again.close()
    # Byte for byte the vault file, but for the one page that holds the key slots.
    page = vault.layout.PAGE_SIZE
    ours, theirs = opened.path.read_bytes(), (inner / vault.DB_NAME).read_bytes()
    assert len(ours) == len(theirs)
    differ = {n for n in range(len(ours) // page)
              if ours[n * page:(n + 1) * page] != theirs[n * page:(n + 1) * page]}
    assert len(differ) == 1 and 0 not in differ


def test_a_save_during_the_stream_gives_way_to_a_snapshot_that_carries_it(
        made, recipient, policy, tmp_path, monkeypatch):
    from safeplan.vault import copies

    opened, code = made
    monkeypatch.setattr(copies, "PAGE_STEP", 1024 * 1024)  # several steps for 12 MB
    for _ in range(12):
        opened.add_bytes(os.urandom(1_000_000))
    written: list[int] = []

    def save_meanwhile(percent: int) -> None:
        if percent >= 10 and not written:
            written.append(opened.put("incident", {"late": True}))

    made_ = backup.write_backup(opened, tmp_path / "calc.bin", recipient, policy=policy,
                                progress=save_meanwhile)
    assert written and made_.route == "snapshot" and made_.damaged == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["calc.bin"]
    assert scratch(opened.path.parent) == []
    restored = tmp_path / "restored"
    backup.restore(backup.open_backup(tmp_path / "calc.bin", code, policy=policy), code,
                   restored, NEW_PIN, policy=policy)
    again = vault.unlock(restored, NEW_PIN, policy=policy)
    assert again.get(written[0]) == {"late": True}
    again.close()


def test_without_positioned_reads_the_backup_takes_the_snapshot_route(
        made, recipient, policy, tmp_path, monkeypatch):
    opened, code = made
    rid = opened.put("incident", {"n": 2})
    monkeypatch.delattr(os, "pread")  # as on Windows
    made_ = backup.write_backup(opened, tmp_path / "calc.bin", recipient, policy=policy)
    assert made_.route == "snapshot" and made_.damaged == 0
    monkeypatch.undo()
    inner = inner_vault(tmp_path / "calc.bin", code, policy, tmp_path / "inner")
    assert vault.unlock(inner, PIN, policy=policy) is None
    again = vault.unlock(inner, code, policy=policy)
    assert again.get(rid) == {"n": 2}
    again.close()


def test_a_save_while_the_copy_is_authenticated_gives_way_to_a_snapshot_too(
        made, recipient, policy, tmp_path, monkeypatch):
    from safeplan.vault import copies

    opened, code = made
    opened.add_bytes(os.urandom(2_000_000))
    real = copies.PageCopy.authenticate
    written: list[int] = []

    def save_then_check(self, *args, **kwargs):
        if not written:
            written.append(opened.put("incident", {"late": True}))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(copies.PageCopy, "authenticate", save_then_check)
    made_ = backup.write_backup(opened, tmp_path / "calc.bin", recipient, policy=policy)
    assert made_.route == "snapshot"
    inner = inner_vault(tmp_path / "calc.bin", code, policy, tmp_path / "inner")
    again = vault.unlock(inner, code, policy=policy)
    assert again.get(written[0]) == {"late": True}
    again.close()
