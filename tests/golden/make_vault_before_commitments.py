"""Writes the vault of tests/golden/vault-before-commitments.db.gz with the code of commit 6bf4359
(before positions had commitments): run from a checkout of that commit."""
import itertools
import sys
from dataclasses import asdict
from pathlib import Path

from tests.test_evidence import photo_bytes

from safeplan import vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.journal import Incident, Journal
from safeplan.vault import KdfPolicy

target = Path(sys.argv[1])
v, _ = vault.create(target, "24681357", policy=KdfPolicy.for_tests())
ticks = itertools.count(1_760_000_000, 3600)
clock = lambda: float(next(ticks))  # noqa: E731
journal = Journal(v, clock=clock)
store = EvidenceStore(v, journal, clock=clock)
first = journal.create(Incident(date="2025-10-01", kinds=["physical"],
                                description="Он толкнул меня к стене"))
journal.edit(first.id, Incident(**{**asdict(first.current), "witnesses": "Соседка"}))
second = journal.create(Incident(date="2025-10-05", kinds=["threats"], description="«Убью»"))
scratch = target.parent / "scratch"
scratch.mkdir(exist_ok=True)
for n, incident in enumerate((first, second)):
    path = scratch / f"IMG_{n}.jpg"
    path.write_bytes(photo_bytes(320, 240, colour=(200, 40 * n, 30)))
    item = store.import_file(path).item
    store.edit(item.id, Details(caption=f"Синяк {n}", kind="injury", incident_ids=[incident.id]))
path.write_text("Справка из травмпункта\n", encoding="utf-8")
assert journal.verify().ok
v.close()
