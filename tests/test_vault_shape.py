"""What the vault file says about its contents: file sizes only as Padmé classes,
and the same number of stored files for photos as for documents."""

from __future__ import annotations

import io
import itertools
import os
import sqlite3

import pytest

from safeplan import evidence as ev
from safeplan import vault
from safeplan.journal import Journal
from safeplan.vault import codec, files

from .test_evidence import photo_bytes

PIN = "24681357"
SIZES = [1, 2, 100, 4095, 4096, 4097, 5000, 65_537, 300_000, 1 << 20, (1 << 20) + 1,
         3_000_000, 10_000_000]


def stored_rows(data_dir, file_id: int) -> list[int]:
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    rows = [r[0] for r in conn.execute("SELECT length(v) FROM d WHERE k=? ORDER BY n",
                                       (file_id,))]
    conn.close()
    return rows


def test_stored_size_reveals_only_the_padme_class(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    seen: dict[int, list[int]] = {}
    for size in SIZES:
        ref = v.add_file(io.BytesIO(os.urandom(size)))
        rows = stored_rows(data_dir, ref.id)
        content = sum(rows) - codec.TAG_BYTES * len(rows)
        assert content == files.padded_size(size) == max(files.MIN_BUCKET, codec.padme(size))
        # Every piece but the last is full: the row lengths follow from the class alone.
        assert all(r == files.CHUNK_BYTES + codec.TAG_BYTES for r in rows[:-1])
        seen.setdefault(files.padded_size(size), []).append(rows)
        with v.open_file(ref.id) as stream:
            assert len(stream.read()) == size
    # Sizes in one class are indistinguishable.
    for rows in seen.values():
        assert all(r == rows[0] for r in rows)
    assert len(seen[files.MIN_BUCKET]) >= 4  # 1 byte to 4096 bytes all look the same
    v.close()


def import_all(data_dir, policy, tmp_path, contents: list[tuple[str, bytes]]) -> int:
    v, _ = vault.create(data_dir, PIN, policy=policy)
    ticks = itertools.count(1_700_000_000)
    store = ev.EvidenceStore(v, Journal(v, clock=lambda: float(next(ticks))))
    for name, data in contents:
        path = tmp_path / name
        path.write_bytes(data)
        assert store.import_file(path).status == "stored"
    count = v._db().execute("SELECT count(*) FROM c").fetchone()[0]
    v.close()
    return count


def test_photos_and_documents_store_the_same_number_of_files(tmp_path, policy):
    photos = [(f"IMG_{i}.jpg", photo_bytes(colour=(i * 40, 20, 20))) for i in range(3)]
    documents = [(f"doc_{i}.txt", os.urandom(len(data))) for i, (_, data) in
                 enumerate(photos)]
    assert import_all(tmp_path / "a", policy, tmp_path, photos) == 9
    assert import_all(tmp_path / "b", policy, tmp_path, documents) == 9


def test_deleting_an_item_removes_its_fillers(data_dir, policy, tmp_path):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    store = ev.EvidenceStore(v, Journal(v))
    path = tmp_path / "letter.txt"
    path.write_bytes(b"a letter" * 100)
    item = store.import_file(path).item
    assert len(item.fill) == 2 and item.thumb_id is None
    assert len(v.list_files()) == 3
    store.delete(item.id)
    assert v.list_files() == []
    v.close()


@pytest.mark.parametrize("low_high", ev.FILLER_SIZES)
def test_filler_sizes_are_preview_sized(low_high):
    low, high = low_high
    assert 0 < low < high < 1024 * 1024


def test_items_stored_before_fillers_get_them_at_unlock(data_dir, policy, tmp_path):
    from safeplan.session import Session

    v, _ = vault.create(data_dir, PIN, policy=policy)
    store = ev.EvidenceStore(v, Journal(v))
    path = tmp_path / "letter.txt"
    path.write_bytes(b"a letter" * 100)
    item = store.import_file(path).item
    # As format 1 stored it: the original alone.
    for file_id in item.fill:
        v.delete_file(file_id)
    v.update(item.id, dict(item.to_data(), fill=[]))
    v.close()
    opened = Session(data_dir, policy=policy, device_factory=lambda: None).try_unlock(PIN)
    (row,) = opened.records[ev.EVIDENCE]
    assert len(row[1]["fill"]) == 2
    assert len(opened.vault.list_files()) == 3
    assert ev.Item.from_data(*row).fill == row[1]["fill"]
    opened.vault.close()
