"""His copy of her folder (taken after her first export) and the PIN he forced: after
her PIN change he still exports reports signed with HER identity key.

The re-key keeps the report-signing keys (signing.py: records of the vault, the
same across a PIN change, on purpose: the fingerprint an officer recorded stays
valid). Those records were in his copy. So, with nothing but the app and the old
PIN, he opens his copy, writes what he likes ("I made it all up") and exports: the
report verifies (`python -m safeplan verify`) with the fingerprint of her real,
post-change reports. A defence lawyer's handle too: any report with this fingerprint
may come from his copy.

    nice -n 19 .venv/bin/python -m attack3.his_signed_report
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from safeplan import vault
from safeplan.evidence import EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.report import texts
from safeplan.verify import verify

OLD_PIN, NEW_PIN = "11223344", "99887766"


def export(v: vault.Vault, target: Path):
    journal = Journal(v)
    store = EvidenceStore(v, journal)
    return Exporter(v, journal, store, texts(), {}, {}).run(
        ExportRequest(include_history=True, container="zip"), target)


def main() -> int:
    policy = vault.KdfPolicy.for_tests()
    root = Path(tempfile.mkdtemp(prefix="attack3_sign_"))
    her, his = root / "her", root / "his"
    v, _ = vault.create(her, OLD_PIN, policy=policy)
    Journal(v).create(Incident(date="2026-11-01", kinds=["physical"], description="he hit me"))
    export(v, root / "first.zip")  # her first report: the signing keys are made
    v.close()
    shutil.copytree(her, his)  # he forced the PIN and copied the folder

    v = vault.unlock(her, OLD_PIN, policy=policy)
    assert v.change_pin(NEW_PIN)
    Journal(v).create(Incident(date="2026-11-20", kinds=["threats"], description="threats"))
    hers = export(v, root / "hers.zip")
    v.close()

    forged = vault.unlock(his, OLD_PIN, policy=policy)
    Journal(forged).create(Incident(date="2026-11-21", kinds=["other"],
                                    description="I made it all up. Nothing happened."))
    made = export(forged, root / "his.zip")
    forged.close()
    verdict = verify(root / "his.zip", None, hers.fingerprint)
    print("her fingerprint after the change:", hers.fingerprint)
    print("his report's fingerprint:         ", made.fingerprint)
    print("his report verifies with her fingerprint:", verdict.ok)
    shutil.rmtree(root)
    return 1 if verdict.ok else 0


if __name__ == "__main__":
    sys.exit(main())
