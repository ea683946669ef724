"""Every tamper case: the vault notices, names what broke, and opens the rest."""

from __future__ import annotations

import io
import os
import sqlite3

import pytest

from safeplan import vault
from safeplan.vault import files, layout

PIN = "31415926"


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(files, "CHUNK_BYTES", 1024)
    monkeypatch.setattr(files, "BATCH_CHUNKS", 3)


def flip(blob: bytes, at: int = -1) -> bytes:
    b = bytearray(blob)
    b[at] ^= 0x01
    return bytes(b)


def sql(data_dir, statement, *args):
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    rows = conn.execute(statement, args).fetchall()
    conn.commit()
    conn.close()
    return rows


@pytest.fixture
def filled(data_dir, policy):
    v, code = vault.create(data_dir, PIN, policy=policy)
    a = v.put("note", "alpha")
    b = v.put("note", "beta")
    f1 = v.add_file(io.BytesIO(os.urandom(5000)))
    f2 = v.add_file(io.BytesIO(os.urandom(5000)))
    v.close()
    return {"a": a, "b": b, "f1": f1, "f2": f2, "code": code}


def reopen(data_dir, policy):
    v = vault.unlock(data_dir, PIN, policy=policy)
    assert v is not None
    return v


def read_all(v, ref):
    with v.open_file(ref.id) as stream:
        return stream.read()


def test_flipped_bit_in_a_record_names_it_and_others_open(filled, data_dir, policy):
    (blob,) = sql(data_dir, "SELECT v FROM b WHERE k=?", filled["a"])[0]
    sql(data_dir, "UPDATE b SET v=? WHERE k=?", flip(blob, 20), filled["a"])
    v = reopen(data_dir, policy)
    with pytest.raises(vault.RecordDamaged) as err:
        v.get(filled["a"])
    assert err.value.record_id == filled["a"]
    assert v.get(filled["b"]) == "beta"
    assert v.list("note") == [(filled["b"], "beta")]
    assert v.damaged() == {filled["a"]}
    v.close()


def test_swapped_rows_are_caught(filled, data_dir, policy):
    (a,) = sql(data_dir, "SELECT v FROM b WHERE k=?", filled["a"])[0]
    (b,) = sql(data_dir, "SELECT v FROM b WHERE k=?", filled["b"])[0]
    sql(data_dir, "UPDATE b SET v=? WHERE k=?", b, filled["a"])
    sql(data_dir, "UPDATE b SET v=? WHERE k=?", a, filled["b"])
    v = reopen(data_dir, policy)
    for rid in (filled["a"], filled["b"]):
        with pytest.raises(vault.RecordDamaged):
            v.get(rid)
    v.close()


def test_flipped_bit_in_the_pin_slot(filled, data_dir, policy):
    v = reopen(data_dir, policy)
    cell = layout.SLOT_BASE + v._meta["pin_slot"]
    v.close()
    (blob,) = sql(data_dir, "SELECT v FROM a WHERE k=?", cell)[0]
    sql(data_dir, "UPDATE a SET v=? WHERE k=?", flip(blob), cell)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    # The recovery slot is intact and still opens the vault.
    v = vault.unlock(data_dir, filled["code"], policy=policy)
    assert v is not None and v.get(filled["b"]) == "beta"
    v.close()


def test_damaged_slot_table(filled, data_dir, policy):
    sql(data_dir, "DELETE FROM a WHERE k=?", layout.SLOT_BASE)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)


def test_short_slot(filled, data_dir, policy):
    sql(data_dir, "UPDATE a SET v=x'00' WHERE k=?", layout.SLOT_BASE + 3)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)


@pytest.mark.parametrize("at", [0, 3, 8, 20])  # flags, passes, salt, wrapped key
def test_flipped_bit_in_every_slot_header_field(filled, data_dir, policy, at):
    for n in range(layout.SLOT_COUNT):
        cell = layout.SLOT_BASE + n
        (blob,) = sql(data_dir, "SELECT v FROM a WHERE k=?", cell)[0]
        sql(data_dir, "UPDATE a SET v=? WHERE k=?", flip(blob, at), cell)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)


def test_flipped_bit_in_the_identity(filled, data_dir, policy):
    (blob,) = sql(data_dir, "SELECT v FROM a WHERE k=?", layout.IDENTITY)[0]
    sql(data_dir, "UPDATE a SET v=? WHERE k=?", flip(blob, 3), layout.IDENTITY)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)


def test_damaged_key_store_is_damage_not_a_wrong_pin(filled, data_dir, policy):
    (blob,) = sql(data_dir, "SELECT v FROM a WHERE k=?", layout.KEYSTORE)[0]
    sql(data_dir, "UPDATE a SET v=? WHERE k=?", flip(blob, 30), layout.KEYSTORE)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    assert vault.unlock(data_dir, "99887766", policy=policy) is None


def test_flipped_bit_in_a_chunk(filled, data_dir, policy):
    f = filled["f1"]
    (blob,) = sql(data_dir, "SELECT v FROM d WHERE k=? AND n=2", f.id)[0]
    sql(data_dir, "UPDATE d SET v=? WHERE k=? AND n=2", flip(blob, 5), f.id)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged) as err:
        read_all(v, f)
    assert err.value.file_id == f.id
    assert len(read_all(v, filled["f2"])) == 5000
    v.close()


def test_reordered_chunks(filled, data_dir, policy):
    f = filled["f1"]
    sql(data_dir, "UPDATE d SET n=-1 WHERE k=? AND n=1", f.id)
    sql(data_dir, "UPDATE d SET n=1 WHERE k=? AND n=2", f.id)
    sql(data_dir, "UPDATE d SET n=2 WHERE k=? AND n=-1", f.id)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        read_all(v, f)
    v.close()


def test_dropped_middle_chunk(filled, data_dir, policy):
    f = filled["f1"]
    sql(data_dir, "DELETE FROM d WHERE k=? AND n=1", f.id)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        read_all(v, f)
    v.close()


def test_truncated_at_a_chunk_boundary(filled, data_dir, policy):
    f = filled["f1"]
    (last,) = sql(data_dir, "SELECT max(n) FROM d WHERE k=?", f.id)[0]
    sql(data_dir, "DELETE FROM d WHERE k=? AND n=?", f.id, last)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        read_all(v, f)
    v.close()


def test_truncation_is_caught_by_the_last_chunk_flag_alone(filled, data_dir, policy):
    """Even if the chunk count check were bypassed, chunk n-2 is not marked last."""
    f = filled["f1"]
    v = reopen(data_dir, policy)
    meta = v._file_meta(f.id)
    cipher = v._file_cipher(f.id, bytes.fromhex(meta["salt"]))
    reader = files._ChunkReader(v, f.id, cipher, meta["chunks"] - 1, meta["size"])
    with pytest.raises(vault.FileDamaged):
        reader.read()
    v.close()


def test_duplicated_chunk(filled, data_dir, policy):
    f = filled["f1"]
    (blob,) = sql(data_dir, "SELECT v FROM d WHERE k=? AND n=0", f.id)[0]
    sql(data_dir, "UPDATE d SET v=? WHERE k=? AND n=1", blob, f.id)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        read_all(v, f)
    v.close()
    sql(data_dir, "INSERT INTO d VALUES (?, 99, ?)", f.id, blob)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        v.open_file(f.id)
    v.close()


def test_chunk_spliced_from_another_file(filled, data_dir, policy):
    f1, f2 = filled["f1"], filled["f2"]
    (blob,) = sql(data_dir, "SELECT v FROM d WHERE k=? AND n=1", f2.id)[0]
    sql(data_dir, "UPDATE d SET v=? WHERE k=? AND n=1", blob, f1.id)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        read_all(v, f1)
    assert len(read_all(v, f2)) == 5000
    v.close()


def test_file_metadata_swapped_between_files(filled, data_dir, policy):
    f1, f2 = filled["f1"], filled["f2"]
    (m1,) = sql(data_dir, "SELECT v FROM c WHERE k=?", f1.id)[0]
    sql(data_dir, "UPDATE c SET v=? WHERE k=?", m1, f2.id)
    v = reopen(data_dir, policy)
    with pytest.raises(vault.FileDamaged):
        v.open_file(f2.id)
    assert v.list_files() == [v.file_info(f1.id)]
    v.close()
