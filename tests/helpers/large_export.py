"""Run in a subprocess by tests/test_streaming.py: one step, its peak RSS printed.

    python -m tests.helpers.large_export fill DATA_DIR MIB
    python -m tests.helpers.large_export export DATA_DIR CONTAINER DESTINATION [PASSWORD]
    python -m tests.helpers.large_export verify TARGET [PASSWORD]
"""

from __future__ import annotations

import sys
from pathlib import Path

PIN = "24681357"


def peak_mib() -> float:
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


def _open(data_dir: Path):
    from safeplan import vault
    from safeplan.evidence import EvidenceStore
    from safeplan.journal import Journal
    from safeplan.vault import KdfPolicy

    v = vault.unlock(data_dir, PIN, policy=KdfPolicy.for_tests())
    journal = Journal(v)
    return v, journal, EvidenceStore(v, journal)


def fill(data_dir: Path, mib: int) -> None:
    from safeplan import vault
    from safeplan.journal import Incident
    from safeplan.vault import KdfPolicy

    vault.create(data_dir, PIN, policy=KdfPolicy.for_tests())[0].close()
    v, journal, store = _open(data_dir)
    journal.create(Incident(date="2026-11-20", description="Запись разговора"))
    source = data_dir.parent / "recording.bin"
    block = bytes(range(256)) * 4096  # 1 MiB
    with open(source, "wb") as out:
        for n in range(mib):
            out.write(block[n % 256:] + block[:n % 256])
    outcome = store.import_file(source)
    assert outcome.item is not None, outcome
    source.unlink()
    v.close()


def export(data_dir: Path, container: str, destination: str, password: str = "") -> None:
    from safeplan.export import Exporter, ExportRequest
    from safeplan.report import texts

    v, journal, store = _open(data_dir)
    Exporter(v, journal, store, texts(), {}, {}).run(
        ExportRequest(container=container, password=password), destination)
    v.close()


def verify(target: str, password: str = "") -> None:
    from safeplan.verify import verify as check

    verdict = check(target, password or None)
    assert verdict.ok, verdict.problems


if __name__ == "__main__":
    step, *args = sys.argv[1:]
    if step == "fill":
        fill(Path(args[0]), int(args[1]))
    elif step == "export":
        export(Path(args[0]), *args[1:])
    else:
        verify(*args)
    print(f"{peak_mib():.0f}")
