"""A vault file cut short (copied off a USB stick pulled out too soon) or whose last
pages are zeros: after her PIN it opens as far as it can, what is missing is told as
damage, and the damaged file is kept byte for byte; a wrong PIN writes nothing."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from safeplan import chain, vault
from safeplan.journal import Incident, Journal
from safeplan.session import read_for_screens
from safeplan.vault import layout

from ..helpers.recovery import her_half

PIN = "24681357"
WRONG = "13572468"
COUNT = 120


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A vault of COUNT incidents over a dozen 64 KiB pages, made once."""
    from safeplan.vault import KdfPolicy

    folder = tmp_path_factory.mktemp("whole")
    opened, _ = vault.create(folder, PIN, policy=KdfPolicy.for_tests())
    journal = Journal(opened)
    texts = {}
    for i in range(COUNT):
        entry = journal.create(Incident(date="2026-01-05", description=f"{i:03d} " + "я" * 1500))
        texts[entry.id] = entry.current.description
    opened.close()
    return (folder / vault.DB_NAME).read_bytes(), texts


def damaged(data_dir, body: bytes):
    data_dir.mkdir()
    (data_dir / vault.DB_NAME).write_bytes(body)
    return data_dir / vault.DB_NAME


def cuts(whole: bytes) -> dict[str, bytes]:
    page = layout.PAGE_SIZE
    assert len(whole) >= 8 * page  # several pages, or the cuts test nothing
    return {
        "half": whole[:len(whole) // 2 // page * page],
        "one_page_short": whole[:-page],
        "mid_page": whole[:len(whole) - page // 2 - 123],
        "last_pages_zeros": whole[:-2 * page] + bytes(2 * page),
    }


@pytest.mark.parametrize("how", ["half", "one_page_short", "mid_page", "last_pages_zeros"])
def test_a_damaged_file_opens_as_far_as_it_can_and_is_kept(written, data_dir, policy, how):
    whole, texts = written
    body = cuts(whole)[how]
    path = damaged(data_dir, body)

    assert vault.unlock(data_dir, WRONG, policy=policy) is None  # a calculation
    assert path.read_bytes() == body and sorted(p.name for p in data_dir.iterdir()) == [
        vault.DB_NAME]  # a wrong PIN rescued nothing and wrote nothing

    opened = vault.unlock(data_dir, PIN, policy=policy)
    assert opened is not None
    found = read_for_screens(opened)
    assert [f.what for f in found.failures] == ["rescued"]
    journal = Journal(opened, loaded=found.records)
    entries = journal.entries()
    assert 0 < len(entries) < COUNT
    for entry in entries:  # what opens is what she wrote, nothing made up
        assert texts[entry.id] == entry.current.description
    status = journal.verify()
    assert not status.ok and status.reason == chain.Problem.DAMAGED  # damage, not "altered"
    # She keeps working in the rebuilt file.
    journal.create(Incident(date="2026-01-06", description="after the rescue"))
    assert journal.verify().reason == chain.Problem.DAMAGED
    opened.close()

    kept = data_dir / f"{vault.DB_NAME}.1"
    assert kept.read_bytes() == body  # the damaged file, byte for byte
    again = vault.unlock(data_dir, PIN, policy=policy)
    assert len(Journal(again).entries()) == len(entries) + 1
    again.close()
    assert not (data_dir / f"{vault.DB_NAME}.2").exists()  # rescued once, not at every unlock


def test_a_file_cut_to_its_header_is_a_calculation_and_left_alone(written, data_dir, policy):
    whole, _ = written
    body = whole[:100]
    path = damaged(data_dir, body)
    with pytest.raises(vault.VaultFormatError):  # the worker shows the sum, as for any damage
        vault.unlock(data_dir, PIN, policy=policy)
    assert path.read_bytes() == body
    assert sorted(p.name for p in data_dir.iterdir()) == [vault.DB_NAME]


def test_a_file_cut_before_its_key_data_is_left_alone(written, data_dir, policy):
    whole, _ = written
    body = whole[:layout.PAGE_SIZE]
    path = damaged(data_dir, body)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    assert path.read_bytes() == body
    assert sorted(p.name for p in data_dir.iterdir()) == [vault.DB_NAME]


def test_a_whole_file_is_not_rescued(written, data_dir, policy):
    whole, _ = written
    damaged(data_dir, whole)
    opened = vault.unlock(data_dir, PIN, policy=policy)
    assert opened.rescued is None and Journal(opened).verify().ok
    opened.close()
    assert not (data_dir / f"{vault.DB_NAME}.1").exists()


def test_a_second_rescue_keeps_the_first_damaged_copy(written, data_dir, policy):
    whole, _ = written
    body = cuts(whole)["half"]
    damaged(data_dir, body)
    (data_dir / f"{vault.DB_NAME}.1").write_bytes(b"an earlier one")
    vault.unlock(data_dir, PIN, policy=policy).close()
    assert (data_dir / f"{vault.DB_NAME}.1").read_bytes() == b"an earlier one"
    assert (data_dir / f"{vault.DB_NAME}.2").read_bytes() == body
    shutil.rmtree(data_dir)


def test_a_piece_whose_pages_are_zeros_is_a_damaged_file_not_a_crash(data_dir, policy):
    opened, _ = vault.create(data_dir, PIN, policy=policy)
    content = bytes(range(256)) * 4096  # 1 MiB: the piece runs over many pages
    ref = opened.add_bytes(content)
    opened.close()
    path = data_dir / vault.DB_NAME
    body = bytearray(path.read_bytes())
    page = layout.PAGE_SIZE
    body[-3 * page:-page] = bytes(2 * page)  # pages of the piece's content, not the tables'
    path.write_bytes(bytes(body))
    again = vault.unlock(data_dir, PIN, policy=policy)
    with pytest.raises(vault.FileDamaged):
        again.read_bytes(ref.id)
    again.close()


def test_a_rescue_that_cannot_be_written_leaves_the_damaged_file_alone(written, data_dir,
                                                                       policy, monkeypatch):
    """No room for the new file (or any failure while writing it): the damaged file
    and its folder stay as they were, and the next attempt tries again."""
    from safeplan.vault import salvage

    whole, _ = written
    body = cuts(whole)["last_pages_zeros"]
    path = damaged(data_dir, body)

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(salvage, "copy_readable", full)
    with pytest.raises(vault.VaultFormatError):
        vault.unlock(data_dir, PIN, policy=policy)
    assert path.read_bytes() == body
    assert sorted(p.name for p in data_dir.iterdir()) == [vault.DB_NAME]
    monkeypatch.undo()
    vault.unlock(data_dir, PIN, policy=policy).close()
    assert (data_dir / f"{vault.DB_NAME}.1").read_bytes() == body


def test_a_vault_cut_short_after_a_pin_change_is_rescued_too(data_dir, policy):
    """A PIN change moves the file to format 4 (a new vault key, layout.REKEYED); a cut
    copy of such a file is rescued like any other, and the recovery code still reads it
    (its envelope cell is copied with the key data)."""
    folder = data_dir.parent / "rekeyed"
    opened, code = vault.create(folder, PIN, policy=policy)
    journal = Journal(opened)
    for i in range(COUNT):
        journal.create(Incident(date="2026-01-05", description=f"{i:03d} " + "ж" * 1500))
    assert opened.change_pin(WRONG, recipient=her_half(code, policy)) is not False
    journal.create(Incident(date="2026-01-07", description="after the change"))
    opened.close()
    whole = (folder / vault.DB_NAME).read_bytes()
    damaged(data_dir, whole[:-layout.PAGE_SIZE])

    assert vault.unlock(data_dir, PIN, policy=policy) is None  # the old PIN: a sum
    rescued = vault.unlock(data_dir, WRONG, policy=policy)
    assert rescued is not None
    found = read_for_screens(rescued)
    assert [f.what for f in found.failures] == ["rescued"]
    assert 0 < len(Journal(rescued, loaded=found.records).entries()) <= COUNT + 1
    rescued.close()
    by_code = vault.unlock(data_dir, code, policy=policy)
    assert by_code is not None
    by_code.close()
