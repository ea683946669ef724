"""`Vault.batch()`: one user action, one transaction, all or nothing."""

from __future__ import annotations

import io
import os
import threading

import pytest

from safeplan import vault

PIN = "2580147369"


@pytest.fixture
def made(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    if v.is_open:
        v.close()


def reopen(v, data_dir, policy):
    v.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert again is not None
    return again


class Boom(Exception):
    pass


def test_everything_in_a_batch_commits_together(made, data_dir, policy):
    v = made
    old = v.put("note", "old")
    gone = v.put("note", "to delete")
    with v.batch():
        new = v.put("note", "new")
        v.update(old, "changed")
        v.delete(gone)
        thumb = v.add_bytes(b"thumbnail")
        staged = v.stage_file(io.BytesIO(b"original" * 1000))
        kept = v.keep_file(staged)
    again = reopen(v, data_dir, policy)
    assert sorted(again.list("note")) == sorted([(old, "changed"), (new, "new")])
    assert again.read_bytes(thumb.id) == b"thumbnail"
    assert again.read_bytes(kept.id) == b"original" * 1000
    again.close()


def test_an_exception_rolls_back_every_write_of_the_batch(made, data_dir, policy):
    v = made
    old = v.put("note", "old")
    gone = v.put("note", "keep me")
    staged = v.stage_file(io.BytesIO(os.urandom(100_000)))
    with pytest.raises(Boom), v.batch():
        v.put("note", "new")
        v.update(old, "changed")
        v.delete(gone)
        v.add_bytes(b"thumbnail")
        v.keep_file(staged)
        raise Boom
    assert sorted(v.list("note")) == sorted([(old, "old"), (gone, "keep me")])
    assert v.list_files() == []
    again = reopen(v, data_dir, policy)
    assert sorted(again.list("note")) == sorted([(old, "old"), (gone, "keep me")])
    assert again.list_files() == []
    # the staged chunks were never kept: the next unlock collected them
    assert again._conn.execute("SELECT count(*) FROM d").fetchone()[0] == 0
    again.close()


def test_nested_batches_join_the_outer_one(made):
    v = made
    with pytest.raises(Boom), v.batch():
        with v.batch():
            v.put("note", "inner")
        v.put("note", "outer")
        raise Boom
    assert v.list("note") == []
    with v.batch():
        with v.batch():
            inner = v.put("note", "inner")
        outer = v.put("note", "outer")
    assert sorted(v.list("note")) == sorted([(inner, "inner"), (outer, "outer")])


def test_a_full_disk_inside_a_batch_is_storage_full_and_rolls_back(made):
    v = made
    kept = v.put("note", "before")
    pages = v._conn.execute("PRAGMA page_count").fetchone()[0]
    v._conn.execute(f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(vault.StorageFull), v.batch():
        v.update(kept, "changed")
        for i in range(200):
            v.put("note", os.urandom(2000).hex() + str(i))
    assert v.list("note") == [(kept, "before")]
    v._conn.execute("PRAGMA max_page_count=1073741823")
    with v.batch():
        v.update(kept, "after")
    assert v.get(kept) == "after"


def test_a_full_disk_caught_inside_the_batch_still_fails_the_batch(made):
    v = made
    kept = v.put("note", "before")
    pages = v._conn.execute("PRAGMA page_count").fetchone()[0]
    v._conn.execute(f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(vault.VaultError), v.batch():
        v.update(kept, "changed")
        try:
            for i in range(200):
                v.put("note", os.urandom(2000).hex() + str(i))
        except vault.StorageFull:
            pass  # a caller that swallows the error must not commit half a batch
        v.put("note", "after the failure")
    v._conn.execute("PRAGMA max_page_count=1073741823")
    assert v.list("note") == [(kept, "before")]


def test_staging_a_file_inside_a_batch_writes_in_the_batch(made):
    v = made
    data = os.urandom(3 * 512 * 1024 + 5)
    with v.batch():
        staged = v.stage_file(io.BytesIO(data))
        ref = v.keep_file(staged)
    assert v.read_bytes(ref.id) == data


def test_other_threads_wait_for_the_batch_and_see_none_of_it_before(made):
    v = made
    inside = threading.Event()
    release = threading.Event()
    seen: list[object] = []

    def reader() -> None:
        inside.wait()
        seen.append(v.list("note"))

    thread = threading.Thread(target=reader)
    thread.start()
    with v.batch():
        rid = v.put("note", "x")
        inside.set()
        release.wait(0.2)
        v.update(rid, "y")
    thread.join()
    assert seen == [[(rid, "y")]]


def test_a_discarded_staged_file_leaves_no_chunks(made):
    v = made
    staged = v.stage_file(io.BytesIO(os.urandom(600_000)))
    v.discard_file(staged)
    assert v._conn.execute("SELECT count(*) FROM d").fetchone()[0] == 0
