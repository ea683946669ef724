"""After a PIN change, the OLD key must not forge what the vault hands out as hers
(attack3/forge_old_pieces.py).

A re-key leaves file pieces under the older key (files.py: generations). His copy
of her folder and the PIN he forced give him that key and each old file's id and
salt, so after her change he can seal new pieces for a file stored before it: they
authenticate. The description (re-sealed under the new key, which he does not have)
still holds the SHA-256 taken at import, so reading the file to its end must compare
the bytes with it and refuse his.
"""

from __future__ import annotations

import io
import shutil
import sqlite3

import pytest

from safeplan import vault
from safeplan.evidence import EvidenceStore
from safeplan.journal import Journal
from safeplan.vault.files import CHUNK_BYTES, file_cipher, padded_size

OLD_PIN, NEW_PIN = "11223344", "99887766"


def forge(data_dir, file_id: int, files_key: bytes, salt: bytes, chunks: int,
          content: bytes) -> None:
    """Seal `content` as the pieces of `file_id` under `files_key`, straight into the file."""
    body = content + bytes(padded_size(len(content)) - len(content))
    cut = [body[i:i + CHUNK_BYTES] for i in range(0, len(body), CHUNK_BYTES)]
    assert len(cut) == chunks
    cipher = file_cipher(files_key, file_id, salt)
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    for n, piece in enumerate(cut):
        conn.execute("UPDATE d SET v=? WHERE k=? AND n=?",
                     (cipher.seal(n, piece, n == len(cut) - 1), file_id, n))
    conn.commit()
    conn.close()


@pytest.fixture
def her_file_and_his_copy(tmp_path, policy):
    her, his = tmp_path / "her", tmp_path / "his"
    v, _ = vault.create(her, OLD_PIN, policy=policy)
    original = b"HER-PHOTO-" * 70000  # two pieces
    ref = v.add_bytes(original)
    v.close()
    shutil.copytree(her, his)
    old = vault.unlock(his, OLD_PIN, policy=policy)
    meta, files_key = old._file_meta(ref.id), old._files_key
    old.close()
    v = vault.unlock(her, OLD_PIN, policy=policy)
    assert v.change_pin(NEW_PIN)
    v.close()
    return her, ref, original, files_key, meta


def test_pieces_he_seals_under_the_old_key_after_the_change_are_refused(
        her_file_and_his_copy, policy):
    her, ref, original, files_key, meta = her_file_and_his_copy
    forged = (b"HIS-PICTURE" * 70000)[:len(original)]
    forge(her, ref.id, files_key, bytes.fromhex(meta["salt"]), meta["chunks"], forged)
    v = vault.unlock(her, NEW_PIN, policy=policy)
    try:
        with pytest.raises(vault.FileDamaged):
            v.read_bytes(ref.id)
        with pytest.raises(vault.FileDamaged), v.open_file(ref.id) as stream:
            while stream.read(4096):
                pass
    finally:
        v.close()


def test_a_shorter_forgery_padded_out_is_refused_too(her_file_and_his_copy, policy):
    """His picture shorter than hers, the rest filled: the reader returns `size` bytes."""
    her, ref, original, files_key, meta = her_file_and_his_copy
    forged = b"HIS" + bytes(len(original) - 3)
    forge(her, ref.id, files_key, bytes.fromhex(meta["salt"]), meta["chunks"], forged)
    v = vault.unlock(her, NEW_PIN, policy=policy)
    try:
        with pytest.raises(vault.FileDamaged):
            v.read_bytes(ref.id)
    finally:
        v.close()


def test_her_own_files_still_read_whole_before_and_after_the_change(tmp_path, policy):
    v, _ = vault.create(tmp_path, OLD_PIN, policy=policy)
    sizes = (0, 1, 4096, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES - 7)
    refs = [(v.add_file(io.BytesIO(bytes([n % 251]) * n)), n) for n in sizes]
    v.change_pin(NEW_PIN)
    refs += [(v.add_file(io.BytesIO(b"z" * n)), n) for n in sizes]
    for ref, n in refs:
        assert len(v.read_bytes(ref.id)) == n
        with v.open_file(ref.id) as stream:  # read in small steps, to the end
            got = b"".join(iter(lambda s=stream: s.read(1000), b""))
        assert len(got) == n
    v.close()


def test_the_evidence_viewer_and_thumbnail_refuse_a_forged_old_picture(tmp_path, policy):
    """What she would notice: the picture of an item imported before the change is
    not shown with his content (store.original_bytes, the viewer's read)."""
    her, his = tmp_path / "her", tmp_path / "his"
    v, _ = vault.create(her, OLD_PIN, policy=policy)
    source = tmp_path / "photo.bin"
    source.write_bytes(b"HER-EVIDENCE" * 3000)
    item = EvidenceStore(v, Journal(v)).import_file(source).item
    v.close()
    shutil.copytree(her, his)
    old = vault.unlock(his, OLD_PIN, policy=policy)
    meta, files_key = old._file_meta(item.file_id), old._files_key
    old.close()
    v = vault.unlock(her, OLD_PIN, policy=policy)
    v.change_pin(NEW_PIN)
    v.close()
    forge(her, item.file_id, files_key, bytes.fromhex(meta["salt"]), meta["chunks"],
          (b"HIS-EVIDENCE" * 3000))
    v = vault.unlock(her, NEW_PIN, policy=policy)
    try:
        store = EvidenceStore(v, Journal(v))
        with pytest.raises(vault.FileDamaged):
            store.original_bytes(item.id)
    finally:
        v.close()
