"""The incident journal: what happened, kept so that nobody can quietly change it.

No Qt. Uses the vault's public API only. A save never overwrites: every edit
appends a revision; delete moves an incident to the trash; emptying the trash
is itself recorded. Every create, edit, delete, restore and purge appends an
event to a hash chain (sequence number, time, action, record id, hash of the
revision, hash of the previous event), and `verify()` names the first event
that was changed, removed or put out of order.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from .vault import RecordDamaged, Vault

INCIDENT = "incident"
EVENT = "journal-event"
PERSON = "person"
DRAFT = "journal-draft"

KINDS = ("physical", "sexual", "psychological", "threats", "economic", "stalking", "digital",
         "property", "children", "pets", "other",
         "strangulation", "weapon", "threat_to_kill", "pregnancy", "order_breach")
# Kinds that research links to being killed (resources/legal/facts.json: strangulation-predictor,
# danger-signs-campbell). Shown as information with their source, never added up to a score.
DANGER_KINDS = ("strangulation", "weapon", "threat_to_kill", "pregnancy", "children",
                "order_breach", "stalking")
MAX_TEXT = 200_000  # characters in one field: more than any real account, far below memory
GENESIS = "0" * 64


class InvalidIncident(ValueError):
    """The form cannot be saved as it is; `field` names the culprit, `reason` why."""

    def __init__(self, field_name: str, reason: str) -> None:
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


@dataclass
class Incident:
    """One incident as the owner describes it. Dates are ISO strings (YYYY-MM-DD)."""

    date: str = ""
    time: str = ""  # HH:MM, optional
    approximate: bool = False
    approximate_note: str = ""  # "the week before New Year"
    duration: str = ""
    place: str = ""
    person_id: int | None = None
    kinds: list[str] = field(default_factory=list)
    description: str = ""
    exact_words: str = ""
    injuries: str = ""
    witnesses: str = ""
    children_present: bool = False
    police_contacted: bool = False
    police_station: str = ""
    police_officer: str = ""
    police_report: str = ""
    medical_help: bool = False
    medical_where: str = ""
    medical_record: str = ""
    fear: int = 0  # 0-10
    tags: list[str] = field(default_factory=list)
    # Forensic medical examination (СМЭ): referred by the police, when, where, and the
    # result document kept as evidence (an evidence record id).
    exam_referred: bool = False
    exam_date: str = ""  # YYYY-MM-DD, optional
    exam_place: str = ""
    exam_result: str = ""  # the conclusion's number or what it says
    exam_evidence_id: int | None = None
    order_id: int | None = None  # the protective order this incident breached, if any

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Incident:
        if data.keys() <= _INCIDENT_FIELDS:
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in _INCIDENT_FIELDS})

    def validate(self, today: date | None = None) -> None:
        today = today or date.today()
        try:
            when = date.fromisoformat(self.date)
        except (TypeError, ValueError):
            raise InvalidIncident("date", "not_a_date") from None
        if when > today:
            raise InvalidIncident("date", "future")
        if when.year < 1900:
            raise InvalidIncident("date", "too_old")
        if self.time:
            try:
                datetime.strptime(self.time, "%H:%M")
            except ValueError:
                raise InvalidIncident("time", "not_a_time") from None
        if not self.description.strip():
            raise InvalidIncident("description", "empty")
        if self.exam_date:
            try:
                date.fromisoformat(self.exam_date)
            except (TypeError, ValueError):
                raise InvalidIncident("exam_date", "not_a_date") from None
        for name in ("description", "exact_words", "injuries", "witnesses", "place",
                     "approximate_note", "duration", "exam_place", "exam_result"):
            if len(getattr(self, name)) > MAX_TEXT:
                raise InvalidIncident(name, "too_long")
        if any(kind not in KINDS for kind in self.kinds):
            raise InvalidIncident("kinds", "unknown")
        if not 0 <= int(self.fear) <= 10:
            raise InvalidIncident("fear", "range")


_INCIDENT_FIELDS = frozenset(f.name for f in fields(Incident))


class Revision:
    """One saved version of an incident.

    Loaded revisions keep their stored dict and build the `Incident` only when
    asked: listing, sorting and searching 10,000 entries read the dict directly.
    """

    __slots__ = ("_data", "_incident", "saved_at")

    def __init__(self, saved_at: float, incident: Incident | None = None,
                 data: dict[str, Any] | None = None) -> None:
        self.saved_at = saved_at
        self._incident = incident
        self._data = data

    @property
    def incident(self) -> Incident:
        if self._incident is None:
            self._incident = Incident.from_data(self._data or {})
        return self._incident

    def get(self, name: str, default: Any = None) -> Any:
        """One field, without building the whole Incident."""
        if self._incident is not None:
            return getattr(self._incident, name, default)
        return (self._data or {}).get(name, default)

    def as_data(self) -> dict[str, Any]:
        if self._incident is not None:
            return asdict(self._incident)
        return dict(self._data or {})

    def digest(self) -> str:
        return _hash({"saved_at": self.saved_at, "incident": self.as_data()})


@dataclass
class Entry:
    """An incident in the journal with its history.

    Attributes:
        id: the vault record id.
        recorded_at: when it was first written down (set by the app, never changed).
        revisions: every saved version, oldest first; the last one is current.
        trashed: in the trash (restorable) rather than in the journal.
    """

    id: int
    recorded_at: float
    revisions: list[Revision]
    trashed: bool = False
    _haystack: tuple[int, str] | None = field(default=None, repr=False, compare=False)

    @property
    def current(self) -> Incident:
        return self.revisions[-1].incident

    @property
    def latest(self) -> Revision:
        return self.revisions[-1]

    def haystack(self) -> str:
        """The current text, case-folded once per revision, for search as you type."""
        if self._haystack is None or self._haystack[0] != len(self.revisions):
            r = self.latest
            parts = [r.get(name) or "" for name in ("description", "exact_words", "place",
                                                     "injuries", "witnesses",
                                                     "approximate_note")]
            text = "\n".join([*parts, " ".join(r.get("tags") or [])]).casefold()
            self._haystack = (len(self.revisions), text)
        return self._haystack[1]


@dataclass
class ChainStatus:
    """Result of checking the hash chain."""

    ok: bool
    events: int
    broken_at: int | None = None  # sequence number of the first bad event
    reason: str = ""


def _hash(obj: Any) -> str:
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _event_hash(event: dict[str, Any]) -> str:
    return _hash({k: v for k, v in event.items() if k != "hash"})


class Journal:
    """The journal inside one open vault.

    `clock` returns seconds since the epoch; tests pass their own.
    """

    KINDS = (INCIDENT, EVENT, PERSON, DRAFT)

    def __init__(self, vault: Vault, clock: Callable[[], float] = time.time,
                 loaded: dict[str, list[tuple[int, Any]]] | None = None) -> None:
        """`loaded`: the result of `vault.list_many` over at least KINDS, when the
        caller has already decrypted the vault once for several screens."""
        self._vault = vault
        self._clock = clock
        self._entries: dict[int, Entry] = {}
        self._events: list[dict[str, Any]] | None = None
        self.damaged: set[int] = set()
        self._sorted: dict[bool, list[Entry]] = {}
        self._chain_lock = threading.RLock()  # imports append from a worker thread
        # Other stores that put their revisions in this chain (the evidence store)
        # register a callable giving (record id, digests of its live revisions).
        self.chained: list[Callable[[], Iterable[tuple[int, list[str]]]]] = []
        loaded = loaded if loaded is not None else vault.list_many(self.KINDS)
        self._people = dict(loaded[PERSON])
        self._drafts = loaded[DRAFT]
        self._events = sorted((data for _, data in loaded[EVENT]), key=lambda e: e.get("seq", -1))
        for record_id, data in loaded[INCIDENT]:
            try:
                self._entries[record_id] = self._entry(record_id, data)
            except (KeyError, TypeError, ValueError):
                self.damaged.add(record_id)
        self.damaged |= vault.damaged()

    # -- reading ---------------------------------------------------------------

    @staticmethod
    def _entry(record_id: int, data: dict[str, Any]) -> Entry:
        return Entry(
            id=record_id,
            recorded_at=float(data["recorded_at"]),
            revisions=[Revision(float(r["saved_at"]), data=r["incident"])
                       for r in data["revisions"]],
            trashed=bool(data.get("trashed", False)),
        )

    @staticmethod
    def _data(entry: Entry) -> dict[str, Any]:
        return {
            "recorded_at": entry.recorded_at,
            "trashed": entry.trashed,
            "revisions": [{"saved_at": r.saved_at, "incident": r.as_data()}
                          for r in entry.revisions],
        }

    def entries(self, trashed: bool = False) -> list[Entry]:
        """Newest first by the date of the incident, then by when it was recorded.

        Sorted once per change, not once per keystroke of a search."""
        if trashed not in self._sorted:
            # list() copies in one step: an export or import may read on a worker
            # thread while the screens add an entry.
            chosen = [e for e in list(self._entries.values()) if e.trashed == trashed]
            chosen.sort(key=lambda e: (e.latest.get("date", ""), e.latest.get("time", ""),
                                       e.recorded_at), reverse=True)
            self._sorted[trashed] = chosen
        return list(self._sorted[trashed])

    def get(self, entry_id: int) -> Entry:
        return self._entries[entry_id]

    # -- writing ---------------------------------------------------------------

    def create(self, incident: Incident) -> Entry:
        incident.validate()
        now = self._clock()
        entry = Entry(0, now, [Revision(now, incident)])
        entry.id = self._vault.put(INCIDENT, self._data(entry))
        self._entries[entry.id] = entry
        self._append("create", entry.id, entry.revisions[-1].digest())
        return entry

    def edit(self, entry_id: int, incident: Incident) -> Entry:
        incident.validate()
        entry = self._entries[entry_id]
        if asdict(incident) == asdict(entry.current):
            return entry
        entry.revisions.append(Revision(self._clock(), incident))
        self._vault.update(entry_id, self._data(entry))
        self._append("edit", entry_id, entry.revisions[-1].digest())
        return entry

    def delete(self, entry_id: int) -> None:
        self._set_trashed(entry_id, True, "delete")

    def restore(self, entry_id: int) -> None:
        self._set_trashed(entry_id, False, "restore")

    def _set_trashed(self, entry_id: int, trashed: bool, action: str) -> None:
        entry = self._entries[entry_id]
        if entry.trashed == trashed:
            return
        entry.trashed = trashed
        self._vault.update(entry_id, self._data(entry))
        self._append(action, entry_id, entry.revisions[-1].digest())

    def empty_trash(self) -> int:
        """Delete every trashed incident for good; each purge is recorded in the chain."""
        gone = [e for e in self._entries.values() if e.trashed]
        for entry in gone:
            self._vault.delete(entry.id)
            del self._entries[entry.id]
            self._append("purge", entry.id, entry.revisions[-1].digest())
        return len(gone)

    # -- the chain -------------------------------------------------------------

    def _load_events(self) -> list[dict[str, Any]]:
        if self._events is None:
            self._events = sorted((data for _, data in self._vault.list(EVENT)),
                                  key=lambda e: e.get("seq", -1))
        return self._events

    def _append(self, action: str, record_id: int, revision_hash: str) -> None:
        self._sorted.clear()  # every change passes through here
        self.record(action, record_id, revision_hash)

    def record(self, action: str, record_id: int, revision_hash: str) -> None:
        """Append one event to the chain; the evidence store records its changes here too."""
        with self._chain_lock:
            events = self._load_events()
            event = {
                "seq": len(events),
                "time": self._clock(),
                "action": action,
                "record": record_id,
                "revision": revision_hash,
                "prev": events[-1]["hash"] if events else GENESIS,
            }
            event["hash"] = _event_hash(event)
            self._vault.put(EVENT, event)
            events.append(event)

    def events(self) -> list[dict[str, Any]]:
        return list(self._load_events())

    def head(self) -> str:
        events = self._load_events()
        return events[-1]["hash"] if events else GENESIS

    def verify(self, reread: bool = True) -> ChainStatus:
        """Check every event, and that each live revision is the one the chain names.

        `reread` reads the events from the vault again rather than trusting memory."""
        with self._chain_lock:
            if reread:
                self._events = None
            events = list(self._load_events())
        previous = GENESIS
        known: dict[int, set[str]] = {}
        for position, event in enumerate(events):
            seq = event.get("seq")
            if seq != position:
                return ChainStatus(False, len(events), position, "missing_or_reordered")
            if event.get("prev") != previous:
                return ChainStatus(False, len(events), position, "broken_link")
            if _event_hash(event) != event.get("hash"):
                return ChainStatus(False, len(events), position, "changed")
            previous = event["hash"]
            known.setdefault(event["record"], set()).add(event["revision"])
        live: list[tuple[int, list[str]]] = [
            (entry.id, [r.digest() for r in list(entry.revisions)])
            for entry in list(self._entries.values())]
        for other in self.chained:
            live.extend(other())
        for record_id, digests in live:
            if not known.get(record_id, set()).issuperset(digests):
                return ChainStatus(False, len(events), None, "unrecorded_revision")
        return ChainStatus(True, len(events))

    # -- people and drafts -----------------------------------------------------

    def people(self) -> dict[int, dict[str, str]]:
        return dict(self._people)

    def add_person(self, name: str, relationship: str) -> int:
        person = {"name": name.strip(), "relationship": relationship}
        person_id = self._vault.put(PERSON, person)
        self._people[person_id] = person
        return person_id

    def save_draft(self, form: dict[str, Any]) -> None:
        if self._drafts:
            draft_id = self._drafts[0][0]
            self._vault.update(draft_id, form)
            for extra, _ in self._drafts[1:]:
                self._vault.delete(extra)
        else:
            draft_id = self._vault.put(DRAFT, form)
        self._drafts = [(draft_id, form)]

    def draft(self) -> dict[str, Any] | None:
        return self._drafts[0][1] if self._drafts else None

    def discard_draft(self) -> None:
        for draft_id, _ in self._drafts:
            self._vault.delete(draft_id)
        self._drafts = []


def search(entries: Iterable[Entry], text: str = "", kind: str = "", person_id: int | None = None,
           start: str = "", end: str = "") -> list[Entry]:
    """Filter in memory: words in any text field, a kind, a person, a date range."""
    needle = text.casefold().strip()
    if not (needle or kind or person_id is not None or start or end):
        return list(entries)
    found = []
    for entry in entries:
        latest = entry.latest
        if kind and kind not in (latest.get("kinds") or ()):
            continue
        if person_id is not None and latest.get("person_id") != person_id:
            continue
        if start or end:
            day = latest.get("date", "")
            if (start and day < start) or (end and day > end):
                continue
        if needle and needle not in entry.haystack():
            continue
        found.append(entry)
    return found


def per_month(entries: Iterable[Entry]) -> dict[str, dict[str, int]]:
    """Incidents per month ("YYYY-MM") and kind, for the timeline."""
    months: dict[str, dict[str, int]] = {}
    for entry in entries:
        month = entry.latest.get("date", "")[:7]
        counts = months.setdefault(month, {})
        for kind in entry.latest.get("kinds") or ["other"]:
            counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(months.items()))


__all__ = ["DANGER_KINDS", "KINDS", "ChainStatus", "Entry", "Incident", "InvalidIncident",
           "Journal", "RecordDamaged", "Revision", "per_month", "search"]
