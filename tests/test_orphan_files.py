"""Stored files no record names, and pieces no file describes: told, never dropped
silently (a row deleted outside the app, or a crash)."""

from __future__ import annotations

from safeplan import vault
from safeplan.evidence import EvidenceStore
from safeplan.journal import Journal
from safeplan.session import read_for_screens

from .test_evidence import photo_bytes
from .test_sealed_head import sql

PIN = "24681357"


def with_photo(data_dir, policy):
    opened, _ = vault.create(data_dir, PIN, policy=policy)
    journal = Journal(opened)
    store = EvidenceStore(opened, journal)
    picture = data_dir.parent / "photo.jpg"
    picture.write_bytes(photo_bytes(64, 48))
    item = store.import_file(picture).item
    files = {item.file_id, item.thumb_id, item.print_id, *item.fill} - {None}
    assert journal.verify().ok and journal.verify().unclaimed == 0
    opened.close()
    return item, files


def test_files_of_an_item_deleted_outside_the_app_are_reported_and_kept(data_dir, policy):
    item, files = with_photo(data_dir, policy)
    sql(data_dir, ("DELETE FROM b WHERE k=?", (item.id,)))
    opened = vault.unlock(data_dir, PIN, policy=policy)
    journal = Journal(opened)
    EvidenceStore(opened, journal)
    status = journal.verify()
    assert status.unclaimed == len(files)
    assert files <= opened.file_ids()  # kept
    assert opened.read_bytes(item.file_id) == photo_bytes(64, 48)  # and still opens
    opened.close()


def test_pieces_whose_description_was_deleted_are_told_when_removed(data_dir, policy):
    item, _ = with_photo(data_dir, policy)
    sql(data_dir, ("DELETE FROM c WHERE k=?", (item.file_id,)))
    opened = vault.unlock(data_dir, PIN, policy=policy)
    found = read_for_screens(opened)
    assert [f.what for f in found.failures] == ["loose"]
    opened.close()
    again = read_for_screens(vault.unlock(data_dir, PIN, policy=policy))
    assert again.failures == []  # told once: nothing loose is left to tell of
    again.vault.close()


def test_a_report_states_the_files_no_item_names(data_dir, policy, tmp_path):
    import json

    from safeplan.export import Exporter, ExportRequest
    from safeplan.journal import Incident
    from safeplan.report import texts

    item, files = with_photo(data_dir, policy)
    sql(data_dir, ("DELETE FROM b WHERE k=?", (item.id,)))
    opened = vault.unlock(data_dir, PIN, policy=policy)
    journal = Journal(opened)
    store = EvidenceStore(opened, journal)
    journal.create(Incident(date="2026-01-05", description="kept"))
    exporter = Exporter(opened, journal, store, texts(lambda _c, t: t), {}, {})
    exporter.run(ExportRequest(container="folder"), tmp_path / "r")
    opened.close()
    manifest = json.loads((tmp_path / "r" / "manifest.json").read_bytes())
    assert manifest["chain"]["unclaimed_files_at_export"] == len(files)
    pages = subprocess_text(tmp_path / "r" / "report.pdf")
    assert "belonged to no evidence item" in pages


def subprocess_text(pdf) -> str:
    import subprocess

    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", " ")
