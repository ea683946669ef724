"""The vault: round trips, wrong secrets, PIN change, device binding, bad files."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from pathlib import Path

import pytest

from safeplan import vault
from safeplan.vault import layout, slots
from safeplan.vault.kdf import KdfParams, KdfPolicy

from ..helpers.keyrings import MemoryKeyring
from ..helpers.recovery import her_half

PIN = "2580147369"


def files_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def made(data_dir, policy):
    v, code = vault.create(data_dir, PIN, policy=policy)
    yield v, code
    v.close()


def test_records_round_trip_and_survive_reopening(made, data_dir, policy):
    v, _ = made
    text = "Он сказал: «убью». Ол айтты: әғқңөұүһі 🙂"
    rid = v.put("incident", {"text": text, "n": [1, 2.5, None]})
    other = v.put("checklist", ["passport"])
    assert v.get(rid) == {"text": text, "n": [1, 2.5, None]}
    v.update(rid, {"text": "changed"})
    v.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert again is not None
    assert again.list("incident") == [(rid, {"text": "changed"})]
    assert again.list("checklist") == [(other, ["passport"])]
    again.delete(other)
    assert again.list("checklist") == []
    with pytest.raises(KeyError):
        again.get(other)
    again.close()


def test_ids_are_random_not_sequential(made):
    v, _ = made
    ids = [v.put("x", i) for i in range(5)]
    assert sorted(ids) != ids or max(ids) - min(ids) > 1000


def test_wrong_pin_returns_none_and_writes_nothing(made, data_dir, policy):
    v, _ = made
    v.put("incident", {"text": "x"})
    v.close()
    before = files_digest(data_dir)
    for wrong in ("1234567890", "000000", "9" * 16, "1" * 24):
        assert vault.unlock(data_dir, wrong, policy=policy) is None
    assert files_digest(data_dir) == before


def test_non_secrets_are_not_tried(made, data_dir, policy):
    made[0].close()
    for text in ("12345", "1" * 17, "12.3456", "", "abcdefgh", "１２３４５６"):
        assert vault.unlock(data_dir, text, policy=policy) is None


def test_recovery_code_opens_and_sets_a_new_pin(made, data_dir, policy):
    v, code = made
    rid = v.put("note", "kept")
    v.close()
    assert len(code) == 24 and code.isdigit()
    opened = vault.unlock(data_dir, code, policy=policy)
    assert opened is not None and opened.opened_by == "recovery"
    opened.change_pin("11223344", recipient=her_half(code, policy))
    opened.close()
    assert vault.unlock(data_dir, PIN, policy=policy) is None
    again = vault.unlock(data_dir, "11223344", policy=policy)
    assert again.opened_by == "pin" and again.get(rid) == "kept"
    again.close()
    assert vault.unlock(data_dir, code, policy=policy) is not None


def test_change_pin_leaves_no_copy_of_the_old_slot(made, data_dir, policy):
    v, _ = made
    for i in range(50):
        v.put("filler", "x" * 3000 + str(i))
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    cell = layout.SLOT_BASE + v._meta["pin_slot"]
    (old_slot,) = conn.execute("SELECT v FROM a WHERE k=?", (cell,)).fetchone()
    conn.close()
    v.change_pin("55556666777")
    v.close()
    data = all_bytes(data_dir)
    assert old_slot not in data
    assert old_slot[-48:] not in data
    assert vault.unlock(data_dir, PIN, policy=policy) is None
    assert vault.unlock(data_dir, "55556666777", policy=policy) is not None


def test_no_marker_reaches_the_disk_in_clear(data_dir, policy):
    marker = "MARKER-Сабина-қорқыныш-7f3a"
    file_marker = b"FILEMARKER-" + os.urandom(8).hex().encode()
    v, _ = vault.create(data_dir, PIN, policy=policy)
    rid = v.put("incident", {"text": marker * 20})
    v.add_file(io.BytesIO(file_marker * 100_000))
    v.update(rid, {"text": marker + " edited"})
    v.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert marker in again.get(rid)["text"]
    again.close()
    data = all_bytes(data_dir)
    for needle in (marker.encode(), marker.encode("utf-16-le"), file_marker, b"incident"):
        assert needle not in data


def test_files_and_folders_are_private(made, data_dir):
    made[0].put("x", 1)
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    for path in data_dir.iterdir():
        assert (path.stat().st_mode & 0o777) == 0o600, path


def test_kdf_parameters_out_of_bounds_are_refused_before_any_work(made, data_dir):
    made[0].close()
    conn = sqlite3.connect(data_dir / vault.DB_NAME)
    for n in range(layout.SLOT_COUNT):
        (blob,) = conn.execute("SELECT v FROM a WHERE k=?", (layout.SLOT_BASE + n,)).fetchone()
        huge = blob[:1] + (64 * 1024 * 1024).to_bytes(4, "big") + blob[5:]  # 64 GiB
        conn.execute("UPDATE a SET v=? WHERE k=?", (huge, layout.SLOT_BASE + n))
    conn.commit()
    conn.close()
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN)  # the real policy: would take minutes if not refused
    with pytest.raises(vault.VaultFormatError):
        KdfPolicy().check(KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1))


def test_the_app_policy_has_the_design_floor():
    p = KdfPolicy()
    assert p.min_memory_kib == 256 * 1024 and p.min_iterations == 3
    assert p.memory_kib == 256 * 1024
    p.check(KdfParams(256 * 1024, 3, 4))
    for weak in (KdfParams(256 * 1024, 2, 4), KdfParams(128 * 1024, 8, 4)):
        with pytest.raises(vault.VaultFormatError):
            p.check(weak)
        with pytest.raises(ValueError):
            p.check_new(weak)
        p.check(weak, legacy=True)  # a format-1 slot still opens, then is re-wrapped


def test_a_weaker_cost_is_never_stored(data_dir):
    with pytest.raises(ValueError):
        vault.create(data_dir, PIN, kdf=KdfParams(256 * 1024, 2, 4))
    assert not vault.exists(data_dir)


def test_not_a_vault(data_dir, policy):
    data_dir.mkdir()
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    (data_dir / vault.DB_NAME).write_bytes(b"")
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    (data_dir / vault.DB_NAME).write_bytes(os.urandom(5000))
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)


def test_create_refuses_to_overwrite(made, data_dir, policy):
    with pytest.raises(FileExistsError):
        vault.create(data_dir, PIN, policy=policy)


def test_pin_rules(data_dir, policy):
    for bad in ("12345", "1" * 17, "12a456", ""):
        with pytest.raises(ValueError):
            vault.create(data_dir, bad, policy=policy)


def test_storage_full_keeps_the_last_committed_state(made, data_dir, policy):
    v, _ = made
    kept = v.put("note", "before")
    pages = v._conn.execute("PRAGMA page_count").fetchone()[0]
    v._conn.execute(f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(vault.StorageFull):
        v.add_file(io.BytesIO(os.urandom(3 * 1024 * 1024)))
    with pytest.raises(vault.StorageFull):
        for i in range(200):
            v.put("note", os.urandom(2000).hex() + str(i))
    assert v.get(kept) == "before"
    v.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert again.get(kept) == "before"
    assert again.list_files() == []
    assert again._conn.execute("SELECT count(*) FROM d").fetchone()[0] == 0
    again.close()


class TestDeviceBinding:
    def test_bound_vault_needs_this_computers_keyring(self, data_dir, policy, device,
                                                      memory_keyring, tmp_path):
        v, code = vault.create(data_dir, PIN, policy=policy, device=device, bind_device=True)
        assert v.device_bound
        assert next(iter(memory_keyring.items))[0] == "Calculator"
        v.close()
        assert vault.unlock(data_dir, PIN, policy=policy, device=device) is not None
        # The file copied to another computer: the PIN alone no longer opens it.
        elsewhere = vault.DeviceKeyring(MemoryKeyring())
        assert vault.unlock(data_dir, PIN, policy=policy, device=elsewhere) is None
        assert vault.unlock(data_dir, PIN, policy=policy) is None
        # The recovery code never uses the device secret.
        opened = vault.unlock(data_dir, code, policy=policy, device=elsewhere)
        assert opened is not None
        opened.close()

    def test_unbinding_removes_the_keyring_entry(self, data_dir, policy, device,
                                                 memory_keyring):
        v, _ = vault.create(data_dir, PIN, policy=policy, device=device, bind_device=True)
        v.change_pin(PIN, bind_device=False)
        assert memory_keyring.items == {}
        v.close()
        assert vault.unlock(data_dir, PIN, policy=policy, device=device) is not None

    def test_binding_later(self, data_dir, policy, device, memory_keyring):
        v, _ = vault.create(data_dir, PIN, policy=policy, device=device)
        v.change_pin(PIN, bind_device=True)
        v.close()
        assert len(memory_keyring.items) == 1
        assert vault.unlock(data_dir, PIN, policy=policy,
                            device=vault.DeviceKeyring(MemoryKeyring())) is None

    def test_fail_closed_without_a_secure_keyring(self, data_dir, policy):
        from keyring.backends import fail, null

        for backend in (fail.Keyring(), null.Keyring()):
            insecure = vault.DeviceKeyring(backend)
            assert not insecure.is_secure()
            with pytest.raises(vault.NoSecureKeyring):
                vault.create(data_dir, PIN, policy=policy, device=insecure, bind_device=True)
        assert not data_dir.exists() or not vault.exists(data_dir)

    def test_plaintext_keyring_is_refused(self):
        class PlaintextKeyring(MemoryKeyring):
            pass

        PlaintextKeyring.__module__ = "keyrings.alt.file"
        assert not vault.DeviceKeyring(PlaintextKeyring()).is_secure()


def test_verify_pin(made, data_dir):
    v, _ = made
    assert v.verify_pin(PIN)
    assert not v.verify_pin("1234567")


def test_closed_vault_refuses_work(made):
    v, _ = made
    v.close()
    with pytest.raises(vault.VaultError):
        v.put("x", 1)


def test_every_slot_has_the_same_size():
    assert layout.SLOT_COUNT >= 4
    assert slots.SLOT_BYTES == 8 + 16 + 60
