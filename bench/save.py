"""The cost of one save: the record and its chain event in one transaction (today)
against the two separate commits the journal made before `Vault.batch()`.

Run: .venv/bin/python bench/save.py [rounds]
A vault on the ordinary disk (tempfile's folder) with synchronous=FULL, as the
app runs it; cheap KDF (the KDF is measured by bench/vault.py). Each round is
an incident saved as a new entry and then edited once. Prints figures; asserts
nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time

from safeplan import chain, vault
from safeplan.journal import EVENT, INCIDENT, Incident, Journal
from safeplan.vault import KdfPolicy

PIN = "2580147369"
TEXT = "Он кричал и толкнул меня у двери. Ол айқайлады. " * 8


def two_commits(v: vault.Vault, rounds: int) -> list[float]:
    """What Journal.create/edit did before: record, then event, in two commits."""
    times = []
    previous = None
    for n in range(rounds):
        data = {"recorded_at": float(n), "trashed": False,
                "revisions": [{"saved_at": float(n), "incident": {"description": TEXT}}]}
        start = time.perf_counter()
        record_id = v.put(INCIDENT, data)
        event = chain.new_event(previous, float(n), "create", record_id,
                                chain.incident_digest(float(n), data["revisions"][0]["incident"]))
        v.put(EVENT, event)
        times.append(time.perf_counter() - start)
        previous = event
        data["revisions"].append({"saved_at": n + 0.5, "incident": {"description": TEXT + "!"}})
        start = time.perf_counter()
        v.update(record_id, data)
        event = chain.new_event(previous, n + 0.5, "edit", record_id,
                                chain.incident_digest(n + 0.5, data["revisions"][1]["incident"]))
        v.put(EVENT, event)
        times.append(time.perf_counter() - start)
        previous = event
    return times


def one_transaction(v: vault.Vault, rounds: int) -> list[float]:
    journal = Journal(v)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        entry = journal.create(Incident(date="2026-01-05", description=TEXT))
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        journal.edit(entry.id, Incident(date="2026-01-05", description=TEXT + "!"))
        times.append(time.perf_counter() - start)
    assert journal.verify().ok
    return times


def figures(name: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    print(f"{name:<40} median {statistics.median(ms):6.2f} ms   "
          f"p90 {ms[int(len(ms) * 0.9)]:6.2f} ms   max {ms[-1]:6.2f} ms   ({len(ms)} saves)")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    policy = KdfPolicy.for_tests()
    for label, run in (("two commits (before)", two_commits),
                       ("one transaction: record + event + head", one_transaction)):
        with tempfile.TemporaryDirectory(prefix="bench-save-") as data:
            v, _ = vault.create(data, PIN, policy=policy)
            run(v, 5)  # warm up
            times = run(v, rounds)
            v.close()
        figures(label, times)


if __name__ == "__main__":
    main()
