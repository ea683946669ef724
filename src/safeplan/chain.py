"""The hash chain that makes the journal and the evidence tamper-evident. No Qt.

The one place that knows how a revision is digested, how an event is made and
hashed, and how a chain is checked: the journal and the evidence store write
with it, the export copies its events, the verifier checks a report with it.
The formulas are frozen: every chain and every report made so far is checked
with them, so a change here is a new format, never an edit.

An event is a JSON object {seq, time, action, record, revision, prev, hash}:
`revision` is the digest of the record's version it names, `prev` the hash of
the event before (GENESIS for the first), `hash` the digest of every other
field. An exported report may redact events of records it leaves out to
{seq, prev, hash}: the links still hold, only their own hash cannot be redone.

Withholding a fact (where a photo was taken) from a report while its digest
still checks: each such fact is digested as a salted commitment,
SHA-256 over canonical JSON {"field", "salt", "value"} with a salt of 32
random bytes kept in the vault (`commitment`, `sealed_facts`). A report that
withholds the fact prints the commitment only; one that includes it prints the
salt and the value, and the commitment is recomputed from them. Facts without
a salt digest as before, so records without a position keep their digests.
The original's SHA-256 of a picture or recording is sealed likewise
(`original_commitment`, a form `sha256sum` can check), so that a report sending
a location-free copy gives no hash to search positions against.

Records imported before commitments existed digested their position plainly.
`seal` events re-record them in the commitment form, and since a plain digest
of a position can be searched by trying positions (a city is some 10^10
candidates at EXIF's precision), a report that withholds such a position
begins its chain after a `checkpoint` event: an event whose revision is 32
random bytes, which re-records every live version after it (see
evidence.EvidenceStore.seal_locations). Nothing before the checkpoint can then
be recomputed from the report.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

GENESIS = "0" * 64

Event = dict[str, Any]


def digest(obj: Any) -> str:
    """SHA-256 (hex) of canonical JSON: sorted keys, no spaces, UTF-8."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def incident_digest(saved_at: float, incident: Mapping[str, Any]) -> str:
    """The digest of one saved version of an incident (its fields as stored)."""
    return digest({"saved_at": saved_at, "incident": incident})


def evidence_digest(facts: Mapping[str, Any], saved_at: float,
                    details: Mapping[str, Any]) -> str:
    """The digest of one version of a piece of evidence: the facts fixed at import
    (name, size, SHA-256 of the original...) and what she wrote about it."""
    return digest({"facts": facts, "saved_at": saved_at, "details": details})


def order_digest(saved_at: float, order: Mapping[str, Any]) -> str:
    """The digest of one saved version of a protective order or a court's requirements."""
    return digest({"saved_at": saved_at, "order": order})


def statement_digest(saved_at: float, statement: Mapping[str, Any]) -> str:
    """The digest of one saved version of a police statement (its text and choices)."""
    return digest({"saved_at": saved_at, "statement": statement})


# Facts in `facts["image"]` that a report may withhold, each behind a commitment.
WITHHOLDABLE = ("gps",)
# The original's SHA-256 (`facts["sha256"]`), withheld from a report that sends a
# location-free copy in its place (`original_commitment`).
ORIGINAL = "sha256"
# The file's name as imported (`facts["name"]`), withheld from a location-free report:
# a phone names a recording by the street it was made in (iOS Voice Memos).
NAME = "name"
CHECKPOINT, SEAL = "checkpoint", "seal"
# Events after which a record may be gone from the vault (an incident's "delete"
# only moves it to the trash; "purge" empties the trash).
DELETIONS = ("delete", "purge")


def commitment(field: str, value: Any, salt: str) -> str:
    """The salted commitment to one fact: SHA-256 of canonical JSON of the field's
    name, its salt (hex of 32 random bytes) and its value."""
    return digest({"field": field, "salt": salt, "value": value})


def original_commitment(sha256: str, salt: str) -> str:
    """The salted commitment to an original's SHA-256: SHA-256 of the ASCII text of
    the salt (hex of 32 random bytes) followed by the original's SHA-256 (64
    lowercase hex digits). Made so that anyone can check it with standard tools
    once she produces the original and its salt:
        printf '%s%s' SALT "$(sha256sum ORIGINAL | cut -c1-64)" | sha256sum
    Why: a location-free copy differs from its original only in the blanked
    metadata, so the original's plain hash lets anyone holding the report try
    positions until one matches (about 40 GPU-minutes for a square kilometre);
    256 random bits of salt end that search."""
    return hashlib.sha256((salt + sha256).encode("ascii")).hexdigest()


def sealed_facts(facts: Mapping[str, Any], salts: Mapping[str, str]) -> dict[str, Any]:
    """`facts` with each withholdable fact that has a salt replaced by
    {"commitment": hex}; the form every revision digest of such a record covers.
    The original's SHA-256 (`ORIGINAL`) is sealed the same way when it has a salt."""
    sealed_facts = dict(facts)
    if ORIGINAL in salts and isinstance(facts.get(ORIGINAL), str):
        sealed_facts[ORIGINAL] = {"commitment": original_commitment(facts[ORIGINAL],
                                                                    salts[ORIGINAL])}
    if NAME in salts and isinstance(facts.get(NAME), str):
        sealed_facts[NAME] = {"commitment": commitment(NAME, facts[NAME], salts[NAME])}
    image = facts.get("image")
    if not salts or not isinstance(image, Mapping):
        return sealed_facts
    sealed = dict(image)
    for field, salt in salts.items():
        if field in WITHHOLDABLE and field in sealed:
            sealed[field] = {"commitment": commitment(field, image[field], salt)}
    return {**sealed_facts, "image": sealed}


def is_commitment(value: Any) -> bool:
    return (isinstance(value, Mapping) and set(value) == {"commitment"}
            and isinstance(value["commitment"], str) and len(value["commitment"]) == 64)


def event_hash(event: Mapping[str, Any]) -> str:
    return digest({k: v for k, v in event.items() if k != "hash"})


def new_event(previous: Mapping[str, Any] | None, when: float, action: str, record: int,
              revision: str) -> Event:
    """The event that follows `previous` (None: the first event of a chain)."""
    event: Event = {
        "seq": 0 if previous is None else int(previous["seq"]) + 1,
        "time": when,
        "action": action,
        "record": record,
        "revision": revision,
        "prev": GENESIS if previous is None else previous["hash"],
    }
    event["hash"] = event_hash(event)
    return event


def head_of(events: Sequence[Mapping[str, Any]]) -> str:
    return str(events[-1]["hash"]) if events else GENESIS


class Problem(StrEnum):
    """What is wrong with a chain, at `ChainStatus.broken_at` when it has a place."""

    DAMAGED = "damaged_event"  # an event is there but cannot be read
    MISSING = "missing_or_reordered"  # an event is gone, or two swapped places
    BROKEN_LINK = "broken_link"  # an event does not follow the one before it
    CHANGED = "changed"  # an event's content differs from its hash
    UNRECORDED = "unrecorded_revision"  # a record holds a version no event names
    GONE = "record_gone"  # a record the chain names is gone, and no event deleted it
    HEAD_GONE = "head_gone"  # the sealed head is missing or damaged: newer events may be gone
    LOST = "events_lost"  # events once sealed went missing; noticed at a later change
    # The seal was gone (deleted, damaged, or the key store put back) before a later change:
    # events sealed before it may be gone, how many (if any) is not known. Never said as
    # a certain loss: the seal alone deleted loses nothing (attack2/discredit.py).
    MAYBE_LOST = "events_maybe_lost"
    # The key store was put back from a copy older than the records and the sealed head is
    # missing: newer events may be gone (vault/head.py, the downgrade).
    ROLLED_BACK = "store_rolled_back"


@dataclass(frozen=True)
class Place:
    """A readable event next to a problem: how the user can find it in time."""

    seq: int
    time: float
    action: str

    @classmethod
    def of(cls, event: Any) -> Place:
        if not isinstance(event, Mapping):
            return cls(-1, 0.0, "")
        when = event.get("time")
        return cls(int(event.get("seq", -1)), float(when) if isinstance(when, (int, float))
                   else 0.0, str(event.get("action", "")))


@dataclass
class ChainStatus:
    """Result of checking a chain.

    Attributes:
        ok: every event holds and every live version is recorded.
        events: how many events were read.
        broken_at: sequence number of the first bad event (None when the chain
            itself holds and a record differs from it).
        reason: a `Problem` ("" when ok).
        after / before: the readable events on either side of the first bad one
            (None at either end of the chain).
        record: for UNRECORDED, the record holding a version no event names; for
            GONE, the record the chain names that is no longer stored.
        kind: what that record is (an incident, a piece of evidence, a protective
            order, a police statement), when the caller knows; "" otherwise.
        missing: for a lost end of the chain, how many events are gone (0: unknown).
        noticed: for LOST, MAYBE_LOST and ROLLED_BACK, when the loss was noticed (seconds since the
            epoch).
        unclaimed: stored files no readable record names (whatever the chain says): a
            piece of evidence whose record was removed outside the app, or is damaged.
            They are kept; the caller reports them.
    """

    ok: bool
    events: int
    broken_at: int | None = None
    reason: str = ""
    after: Place | None = None
    before: Place | None = None
    record: int | None = None
    kind: str = ""
    missing: int = 0
    noticed: float | None = None
    unclaimed: int = 0


def recorded(events: Iterable[Mapping[str, Any]]) -> dict[int, set[str]]:
    """The version digests each record id has events for."""
    known: dict[int, set[str]] = {}
    for event in events:
        if "record" in event:
            known.setdefault(event["record"], set()).add(event["revision"])
    return known


def check(events: Sequence[Mapping[str, Any]],
          live: Iterable[tuple[int, Sequence[str]]] = (), *,
          expected: Mapping[str, Any] | None = None, unreadable: int = 0,
          redacted: bool = False, start: tuple[int, str] = (0, GENESIS),
          stored: Container[int] | None = None) -> ChainStatus:
    """Check `events` (sorted by seq) and that every live version is in them.

    `live`: (record id, digests of each version it holds). `expected`: the head
    as last written ({"seq", "hash"}), so that a lost or damaged last event is
    seen too. `unreadable`: how many stored records could not be decrypted; a
    gap then is a damaged event rather than a deleted one. `redacted`: events
    reduced to {seq, prev, hash} are allowed (an export), their hash unchecked.
    `start`: (seq, prev) of the first event, for a report whose chain begins
    after a checkpoint rather than at the first event. `stored`: the ids of every
    record in the vault: a record whose last event is not a deletion must be
    among them (a row deleted from the file, without the key, left the chain
    intact and the check passed).
    """
    count = len(events)

    def problem(position: int, reason: Problem, following: int) -> ChainStatus:
        after = Place.of(events[position - 1]) if 0 < position <= count else None
        before = Place.of(events[following]) if following < count else None
        return ChainStatus(False, count, position, reason, after, before)

    gap = Problem.DAMAGED if unreadable else Problem.MISSING
    first, previous = start
    for position, event in enumerate(events):
        if not isinstance(event, Mapping):
            return problem(position, Problem.CHANGED, position + 1)
        if event.get("seq") != first + position:
            return problem(position, gap, position)
        if event.get("prev") != previous:
            return problem(position, Problem.BROKEN_LINK, position + 1)
        if ("action" in event or not redacted) and event_hash(event) != event.get("hash"):
            return problem(position, Problem.CHANGED, position + 1)
        previous = event.get("hash", "")
    if expected is not None:
        last = expected.get("seq")
        last = last if isinstance(last, int) else -1
        if last >= count:  # the last events are gone: the head names one further on
            lost = problem(count, gap, count)
            lost.missing = last - count + 1
            return lost
        if last < count - 1:  # events after the head: added behind its back
            return problem(last + 1, Problem.CHANGED, last + 2)
        if expected.get("hash") != previous:  # the last event was swapped for another
            return problem(count - 1, Problem.CHANGED, count)
    known = recorded(events)
    for record_id, digests in live:
        if not known.get(record_id, set()).issuperset(digests):
            return ChainStatus(False, count, None, Problem.UNRECORDED, record=record_id)
    if stored is not None:
        last: dict[int, Any] = {}
        for event in events:
            if isinstance(event.get("record"), int) and event.get("action") != CHECKPOINT:
                last[event["record"]] = event.get("action")
        for record_id, action in last.items():
            if action not in DELETIONS and record_id not in stored:
                return ChainStatus(False, count, None, Problem.GONE, record=record_id)
    return ChainStatus(True, count)


__all__ = ["CHECKPOINT", "DELETIONS", "GENESIS", "NAME", "ORIGINAL", "SEAL", "WITHHOLDABLE",
           "ChainStatus", "Event", "Place", "Problem", "check", "commitment", "digest",
           "event_hash", "evidence_digest", "head_of", "incident_digest", "is_commitment",
           "new_event", "order_digest", "original_commitment", "recorded", "sealed_facts",
           "statement_digest"]
