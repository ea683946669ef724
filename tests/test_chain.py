"""The chain module: frozen digests, the check, and damage named by its neighbours."""

from __future__ import annotations

import hashlib
import itertools
import json

import pytest

from safeplan import chain, vault
from safeplan.journal import EVENT, Incident, Journal

from .helpers.damage import flip_byte_of_record

PIN = "24681357"


def test_the_formulas_are_the_ones_every_existing_chain_was_made_with():
    # A change here would make every chain and report made so far unverifiable.
    def old_hash(obj):  # journal.py's _hash before the chain module
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    incident = {"date": "2026-01-05", "description": "Он кричал", "kinds": ["threats"]}
    assert chain.incident_digest(1.5, incident) == old_hash(
        {"saved_at": 1.5, "incident": incident})
    facts, details = {"sha256": "ab", "size": 3}, {"caption": "синяк"}
    assert chain.evidence_digest(facts, 2.0, details) == old_hash(
        {"facts": facts, "saved_at": 2.0, "details": details})
    first = chain.new_event(None, 10.0, "create", 7, "r" * 64)
    assert first["prev"] == chain.GENESIS and first["seq"] == 0
    assert first["hash"] == old_hash({k: v for k, v in first.items() if k != "hash"})
    second = chain.new_event(first, 11.0, "edit", 7, "s" * 64)
    assert (second["seq"], second["prev"]) == (1, first["hash"])


def events(n: int) -> list[dict]:
    made: list[dict] = []
    for i in range(n):
        made.append(chain.new_event(made[-1] if made else None, 100.0 + i, "edit", 1, f"{i:064}"))
    return made


def test_a_gap_is_damage_when_records_are_unreadable_and_names_its_neighbours():
    chain_ = events(5)
    del chain_[2]
    status = chain.check(chain_, unreadable=1)
    assert (status.ok, status.broken_at, status.reason) == (False, 2, chain.Problem.DAMAGED)
    assert (status.after.seq, status.after.time) == (1, 101.0)
    assert (status.before.seq, status.before.time) == (3, 103.0)
    assert chain.check(chain_).reason == chain.Problem.MISSING


def test_a_lost_last_event_is_seen_against_the_head():
    chain_ = events(4)
    head = {"seq": 3, "hash": chain_[-1]["hash"]}
    assert chain.check(chain_, expected=head).ok
    status = chain.check(chain_[:-1], expected=head, unreadable=1)
    assert (status.broken_at, status.reason) == (3, chain.Problem.DAMAGED)
    assert status.after.seq == 2 and status.before is None


def test_redacted_events_keep_their_links_checked():
    chain_ = events(3)
    redacted = [chain_[0], {k: chain_[1][k] for k in ("seq", "prev", "hash")}, chain_[2]]
    assert chain.check(redacted, redacted=True).ok
    assert chain.check(redacted).reason == chain.Problem.CHANGED
    redacted[1]["prev"] = "f" * 64
    assert chain.check(redacted, redacted=True).reason == chain.Problem.BROKEN_LINK
    assert chain.check([*chain_[:2], "junk"]).reason == chain.Problem.CHANGED


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    if v.is_open:
        v.close()


@pytest.mark.parametrize("which", [0, 2, 4])
def test_a_flipped_byte_in_an_event_record_is_a_damaged_event(opened, data_dir, policy, which):
    ticks = itertools.count(1_700_000_000)
    journal = Journal(opened, clock=lambda: float(next(ticks)))
    entry = journal.create(Incident(date="2026-01-05", description="one"))
    for text in ("two", "three"):
        journal.edit(entry.id, Incident(date="2026-01-05", description=text))
    journal.delete(entry.id)
    journal.restore(entry.id)
    record_id = sorted(opened.list(EVENT), key=lambda pair: pair[1]["seq"])[which][0]
    opened.close()
    flip_byte_of_record(data_dir / vault.DB_NAME, record_id, 20)
    again = vault.unlock(data_dir, PIN, policy=policy)
    status = Journal(again).verify()
    again.close()
    assert (status.ok, status.broken_at, status.reason) == (False, which, "damaged_event")
    assert (status.after.seq if status.after else None) == (which - 1 if which else None)
    assert (status.before.seq if status.before else None) == (which + 1 if which < 4 else None)
