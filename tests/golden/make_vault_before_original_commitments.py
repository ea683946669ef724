"""Writes tests/golden/vault-before-original-commitments.db.gz and
tests/golden/report-format3.zip with the code of commit eb34a47 (positions behind
commitments, the original's SHA-256 still plain in location-free reports): run from
a checkout of that commit:
    PYTHONPATH=src:. python make_vault_before_original_commitments.py DIR"""
import itertools
import sys
from pathlib import Path

from tests.test_evidence import photo_bytes

from safeplan import vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.report import texts
from safeplan.vault import KdfPolicy

target = Path(sys.argv[1])
target.mkdir(parents=True, exist_ok=True)
v, _ = vault.create(target / "data", "24681357", policy=KdfPolicy.for_tests())
ticks = itertools.count(1_762_000_000, 3600)
clock = lambda: float(next(ticks))  # noqa: E731
journal = Journal(v, clock=clock)
store = EvidenceStore(v, journal, clock=clock)
first = journal.create(Incident(date="2026-10-01", kinds=["physical"],
                                description="Он толкнул меня к стене"))
path = target / "IMG_0.jpg"
path.write_bytes(photo_bytes(320, 240, colour=(200, 40, 30)))
item = store.import_file(path).item
store.edit(item.id, Details(caption="Синяк", kind="injury", incident_ids=[first.id]))
Exporter(v, journal, store, texts(), {}, {}, clock=clock).run(
    ExportRequest(container="zip"), target / "report-format3.zip")
assert journal.verify().ok
v.close()
