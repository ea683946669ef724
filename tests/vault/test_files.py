"""Streaming files in and out: exact bytes, SHA-256, edge sizes, cancel, crash."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from safeplan import vault
from safeplan.vault import store

PIN = "27182818"


@pytest.fixture
def v(data_dir, policy):
    opened, _ = vault.create(data_dir, PIN, policy=policy)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "size", [0, 1, store.CHUNK_BYTES - 1, store.CHUNK_BYTES, 2 * store.CHUNK_BYTES,
             2 * store.CHUNK_BYTES + 7]
)
def test_round_trip_is_byte_exact_with_sha256(v, size, tmp_path):
    data = os.urandom(size)
    source = tmp_path / "photo.jpg"
    source.write_bytes(data)
    ref = v.add_file(source)
    assert ref.size == size
    assert ref.sha256 == hashlib.sha256(data).hexdigest()
    with v.open_file(ref.id) as stream:
        assert stream.read() == data
    assert v.file_info(ref.id) == ref
    assert source.read_bytes() == data  # the original is untouched


def test_reading_streams_in_small_pieces(v):
    data = os.urandom(3 * store.CHUNK_BYTES + 11)
    ref = v.add_file(io.BytesIO(data))
    out = bytearray()
    with v.open_file(ref.id) as stream:
        while piece := stream.read(4097):
            out += piece
    assert bytes(out) == data


def test_progress_is_reported(v):
    seen = []
    v.add_file(io.BytesIO(os.urandom(40 * store.CHUNK_BYTES)), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 40 * store.CHUNK_BYTES and len(seen) >= 2


def test_cancel_leaves_nothing(v):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 20

    with pytest.raises(vault.ImportCancelled):
        v.add_file(io.BytesIO(os.urandom(40 * store.CHUNK_BYTES)), cancelled=cancelled)
    assert v.list_files() == []
    assert v._conn.execute("SELECT count(*) FROM d").fetchone()[0] == 0


def test_a_read_error_mid_import_leaves_nothing(v):
    class Broken(io.RawIOBase):
        def __init__(self):
            self.left = 5

        def readable(self):
            return True

        def read(self, n=-1):
            self.left -= 1
            if self.left < 0:
                raise OSError("device gone")
            return b"x" * n

    with pytest.raises(OSError):
        v.add_file(Broken())
    assert v.list_files() == []
    assert v._conn.execute("SELECT count(*) FROM d").fetchone()[0] == 0


def test_folder_and_missing_file_raise_os_errors(v, tmp_path):
    with pytest.raises(IsADirectoryError):
        v.add_file(tmp_path)
    with pytest.raises(FileNotFoundError):
        v.add_file(tmp_path / "missing")


def test_delete_file(v):
    ref = v.add_file(io.BytesIO(b"abc"))
    v.delete_file(ref.id)
    assert v.list_files() == []
    with pytest.raises(KeyError):
        v.open_file(ref.id)


def test_orphan_chunks_from_a_crash_are_collected(data_dir, policy, v):
    v._conn.execute("INSERT INTO d VALUES (12345, 0, x'00')")
    v.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert again._conn.execute("SELECT count(*) FROM d").fetchone()[0] == 0
    again.close()


@pytest.mark.slow
def test_sigkill_mid_write_loses_no_committed_record(data_dir, policy, tmp_path):
    opened, _ = vault.create(data_dir, PIN, policy=policy)
    opened.close()
    log = tmp_path / "committed.txt"
    script = textwrap.dedent(f"""
        import sys
        from safeplan import vault
        from safeplan.vault.kdf import KdfPolicy
        v = vault.unlock({str(data_dir)!r}, {PIN!r}, policy=KdfPolicy.for_tests())
        with open({str(log)!r}, "a", buffering=1) as log:
            for i in range(100000):
                rid = v.put("note", {{"i": i, "pad": "x" * 500}})
                log.write(f"{{rid}} {{i}}\\n")
                log.flush()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if log.exists() and len(log.read_text().splitlines()) > 300:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    committed = [line.split() for line in log.read_text().splitlines() if line.count(" ") == 1]
    assert len(committed) > 300
    v = vault.unlock(data_dir, PIN, policy=policy)
    stored = {rid: data["i"] for rid, data in v.list("note")}
    for rid, i in committed:
        assert stored[int(rid)] == int(i)
    assert v.damaged() == set()
    v.close()
