"""The incident journal: what happened, kept so that nobody can quietly change it.

No Qt. Uses the vault's public API only. A save never overwrites: every edit
appends a revision; delete moves an incident to the trash; emptying the trash
is itself recorded. Every create, edit, delete, restore and purge appends an
event to a hash chain (sequence number, time, action, record id, hash of the
revision, hash of the previous event), and `verify()` names the first event
that was changed, removed or put out of order.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from . import chain
from .chain import ChainStatus
from .vault import RecordDamaged, SealedHead, Vault, VaultError

INCIDENT = "incident"
EVENT = "journal-event"
HEAD = "journal-head"  # the last event's seq and hash, written with it: a lost tail shows
# How many losses the sealed head remembers (the oldest are forgotten, their count is not).
LOST_KEPT = 8
PERSON = "person"
DRAFT = "journal-draft"
# The kinds of record that joined the chain after records of them existed (orders and
# statements, issue 18): their older versions were adopted into the chain once, and never
# again, so a version changed behind the chain's back later is named, not adopted.
ADOPTED = "journal-adopted"

KINDS = ("physical", "sexual", "psychological", "threats", "economic", "stalking", "digital",
         "property", "children", "pets", "other",
         "strangulation", "weapon", "threat_to_kill", "pregnancy", "order_breach")
# Kinds that research links to being killed (resources/legal/facts.json: strangulation-predictor,
# danger-signs-campbell). Shown as information with their source, never added up to a score.
DANGER_KINDS = ("strangulation", "weapon", "threat_to_kill", "pregnancy", "children",
                "order_breach", "stalking")
MAX_TEXT = 200_000  # characters in one field: more than any real account, far below memory
GENESIS = chain.GENESIS

Record = Callable[[str, int, str], None]
Digests = Callable[[], Iterable[tuple[int, list[str]]]]


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
        return chain.incident_digest(self.saved_at, self.as_data())


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


class Journal:
    """The journal inside one open vault.

    Every change is one unit of work (`action()`): the record and the chain
    event naming it commit in one vault transaction, and memory changes only
    after that commit, so a crash, a full disk or any failure leaves the
    journal as it was before the click, on disk and on screen.

    `clock` returns seconds since the epoch; tests pass their own.
    """

    KINDS = (INCIDENT, EVENT, HEAD, PERSON, DRAFT, ADOPTED)

    def __init__(self, vault: Vault, clock: Callable[[], float] = time.time,
                 loaded: dict[str, list[tuple[int, Any]]] | None = None) -> None:
        """`loaded`: the result of `vault.list_many` over at least KINDS, when the
        caller has already decrypted the vault once for several screens."""
        self._vault = vault
        self._clock = clock
        self._entries: dict[int, Entry] = {}
        self.damaged: set[int] = set()
        self._sorted: dict[bool, list[Entry]] = {}
        self._chain_lock = threading.RLock()  # imports append from a worker thread
        # Other stores that put their revisions in this chain (evidence, orders,
        # statements) register their kind and a callable giving (record id, digests of
        # its live revisions): `chain_in`.
        self._sources: list[tuple[str, Digests]] = []
        self._claims: list[Callable[[], Iterable[int]]] = []
        loaded = loaded if loaded is not None else vault.list_many(self.KINDS)
        self._adopted_id, adopted = self._pick_head(loaded.get(ADOPTED, []))
        self._adopted: frozenset[str] = frozenset(
            k for k in (adopted or {}).get("kinds", []) if isinstance(k, str))
        self._people = dict(loaded[PERSON])
        self._drafts = loaded[DRAFT]
        self._events = self._sorted_events(loaded[EVENT])
        self._head_id, self._head = self._pick_head(loaded.get(HEAD, []))
        # The head sealed under the vault key (vault/head.py): the head record above is a
        # row anyone can delete with the newest events, the sealed one is not.
        self._seal = vault.sealed_head()
        if not self._seal.expected:
            # A vault from before the sealed head: it gets one now, holding the head as it
            # was last written (a tail already lost stays visible against it). A full
            # disk leaves it for the next unlock.
            with contextlib.suppress(VaultError):
                self._seal_first()
        for record_id, data in loaded[INCIDENT]:
            try:
                self._entries[record_id] = self._entry(record_id, data)
            except (KeyError, TypeError, ValueError):
                self.damaged.add(record_id)
        self.damaged |= vault.damaged()

    @staticmethod
    def _sorted_events(rows: list[tuple[int, Any]]) -> list[dict[str, Any]]:
        return sorted((data for _, data in rows if isinstance(data, dict)),
                      key=lambda e: e.get("seq", -1) if isinstance(e.get("seq"), int) else -1)

    @staticmethod
    def _pick_head(rows: list[tuple[int, Any]]) -> tuple[int | None, dict[str, Any] | None]:
        # One head record; a vault from before it has none (it is written at the next change).
        for record_id, data in rows:
            if isinstance(data, dict):
                return record_id, data
        return None, None

    def _seal_first(self) -> None:
        head = self._head
        if not (isinstance(head, dict) and isinstance(head.get("seq"), int)
                and isinstance(head.get("hash"), str)):
            head = self._last(self._events)
        value: dict[str, Any] = {"seq": head["seq"], "hash": head["hash"], "lost": [],
                                 "lost_total": 0}
        old = self._seal.value if isinstance(self._seal.value, dict) else None
        if old is not None and isinstance(old.get("seq"), int) and old["seq"] >= 0 and (
                old["seq"], old.get("hash")) != (head["seq"], head["hash"]):
            # A head sealed under this vault's key is in the cell though the key store
            # says none was ever sealed: the key store was put back from an older copy,
            # and the events the cell names are gone (finding 5 of attack2: every record
            # deleted, the cell left). Overwriting it would destroy that proof, so the
            # new seal carries the loss, and verify() reports it.
            lost = [x for x in old.get("lost", []) if isinstance(x, dict)]
            lost.append({"sealed": {"seq": old["seq"], "hash": old.get("hash")},
                         "found": {"seq": head["seq"], "hash": head["hash"]},
                         "noticed": self._clock()})
            total = old.get("lost_total")
            value["lost"] = lost[-LOST_KEPT:]
            value["lost_total"] = (total if isinstance(total, int) else len(lost) - 1) + 1
        head_id = self._head_id
        with self._vault.batch():
            if head_id is None and self._events:  # a vault from before the head record
                head_id = self._vault.put(HEAD, {"seq": head["seq"], "hash": head["hash"]})
            # Its own transaction, once per opening: the records move to scheme 2 here
            # (vault/head.py), never in her save's.
            self._vault.seal_head(value, move_records=True)
        self._seal = SealedHead(True, value)
        if head_id != self._head_id:
            self._head_id, self._head = head_id, {"seq": head["seq"], "hash": head["hash"]}

    @staticmethod
    def _last(events: list[dict[str, Any]]) -> dict[str, Any]:
        if not events:
            return {"seq": -1, "hash": GENESIS}
        return {"seq": events[-1].get("seq"), "hash": events[-1].get("hash")}

    def _next_seal(self, events: list[dict[str, Any]], head: dict[str, Any]) -> dict[str, Any]:
        """The sealed head after a change whose last event is `head`. When the sealed
        head did not name the chain's last event before the change (its newest events
        were removed from the file, or the seal itself), the loss is kept in it: the
        next change must not make the chain look whole again."""
        seal = self._seal
        old = seal.value if isinstance(seal.value, dict) else {}
        lost = [x for x in old.get("lost", []) if isinstance(x, dict)]
        total = old.get("lost_total") if isinstance(old.get("lost_total"), int) else len(lost)
        was = {"seq": old.get("seq"), "hash": old.get("hash")} if old else None
        found = self._last(events)
        if seal.expected and was != found:
            lost.append({"sealed": was, "found": found, "noticed": self._clock()})
            total += 1
        return {**head, "lost": lost[-LOST_KEPT:], "lost_total": total}

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

    @contextlib.contextmanager
    def action(self) -> Iterator[Record]:
        """One user action: `record(action, record id, revision digest)` notes a
        chain event; the vault writes made inside and those events commit together
        at the end of the block, or not at all. The evidence store uses it too.

        Change memory after the block, never inside it."""
        with self._chain_lock:
            events = self._events
            added: list[dict[str, Any]] = []

            def record(action: str, record_id: int, revision_hash: str) -> None:
                previous = added[-1] if added else (events[-1] if events else None)
                event = chain.new_event(previous, self._clock(), action, record_id,
                                        revision_hash)
                self._vault.put(EVENT, event)
                added.append(event)

            with self._vault.batch():
                yield record
                head_id = self._head_id
                if added:
                    head = {"seq": added[-1]["seq"], "hash": added[-1]["hash"]}
                    if head_id is None:
                        head_id = self._vault.put(HEAD, head)
                    else:
                        self._vault.update(head_id, head)
                    sealed = self._next_seal(events, head)
                    self._vault.seal_head(sealed)
            if added:
                self._events = [*events, *added]  # a new list: readers hold the old one
                self._head_id, self._head = head_id, head
                self._seal = SealedHead(True, sealed)
            self._sorted.clear()

    def create(self, incident: Incident) -> Entry:
        incident.validate()
        now = self._clock()
        entry = Entry(0, now, [Revision(now, incident)])
        with self.action() as record:
            entry.id = self._vault.put(INCIDENT, self._data(entry))
            record("create", entry.id, entry.latest.digest())
        self._entries[entry.id] = entry
        return entry

    def edit(self, entry_id: int, incident: Incident) -> Entry:
        incident.validate()
        entry = self._entries[entry_id]
        if asdict(incident) == asdict(entry.current):
            return entry
        revision = Revision(self._clock(), incident)
        changed = Entry(entry.id, entry.recorded_at, [*entry.revisions, revision],
                        entry.trashed)
        with self.action() as record:
            self._vault.update(entry_id, self._data(changed))
            record("edit", entry_id, revision.digest())
        entry.revisions.append(revision)
        return entry

    def delete(self, entry_id: int) -> None:
        self._set_trashed(entry_id, True, "delete")

    def restore(self, entry_id: int) -> None:
        self._set_trashed(entry_id, False, "restore")

    def _set_trashed(self, entry_id: int, trashed: bool, action: str) -> None:
        entry = self._entries[entry_id]
        if entry.trashed == trashed:
            return
        changed = Entry(entry.id, entry.recorded_at, list(entry.revisions), trashed)
        with self.action() as record:
            self._vault.update(entry_id, self._data(changed))
            record(action, entry_id, entry.latest.digest())
        entry.trashed = trashed

    def empty_trash(self) -> int:
        """Delete every trashed incident for good, in one unit of work; each purge
        is an event in the chain."""
        gone = [e for e in list(self._entries.values()) if e.trashed]
        if not gone:
            return 0
        with self.action() as record:
            for entry in gone:
                self._vault.delete(entry.id)
                record("purge", entry.id, entry.latest.digest())
        for entry in gone:
            del self._entries[entry.id]
        return len(gone)

    # -- the chain -------------------------------------------------------------

    def chain_in(self, kind: str, digests: Digests) -> None:
        """A store of `kind` whose revisions this chain records: `verify()` checks every
        live revision `digests()` gives, and names the kind of one it does not hold."""
        self._sources.append((kind, digests))

    def files_in(self, claimed: Callable[[], Iterable[int]]) -> None:
        """A store whose records name stored files (the evidence): `verify()` counts the
        stored files that no such store claims (ChainStatus.unclaimed)."""
        self._claims.append(claimed)

    def sources(self) -> list[tuple[str, Digests]]:
        """The stores chained in, as (kind, digests): whoever records every live version
        again (evidence.EvidenceStore.seal_locations) asks them."""
        return list(self._sources)

    def adopt(self, kind: str, digests: Iterable[tuple[int, list[str]]]) -> int:
        """Once per vault and kind: record in the chain the versions of `kind` saved
        before that kind was chained (an "adopt" event each, timed now: the chain says
        when it took them in, never that it held them earlier). Later calls do nothing,
        so a version changed afterwards behind the chain's back stays unrecorded and
        `verify()` names it. Returns how many versions were adopted.

        The events and the note that `kind` is adopted commit together; if that write
        fails the vault is as before, and the next unlock tries again."""
        if kind in self._adopted:
            return 0
        with self._chain_lock:
            known = chain.recorded(self._events)
            missing = [(record_id, revision) for record_id, revisions in digests
                       for revision in dict.fromkeys(revisions)
                       if revision not in known.get(record_id, set())]
            kinds = sorted(self._adopted | {kind})
            with self.action() as record:
                for record_id, revision in missing:
                    record("adopt", record_id, revision)
                note = {"kinds": kinds}
                if self._adopted_id is None:
                    adopted_id = self._vault.put(ADOPTED, note)
                else:
                    adopted_id = self._adopted_id
                    self._vault.update(adopted_id, note)
            self._adopted_id, self._adopted = adopted_id, frozenset(kinds)
        return len(missing)

    def events(self) -> list[dict[str, Any]]:
        return list(self._events)

    def head(self) -> str:
        return chain.head_of(self._events)

    def verify(self, reread: bool = True) -> ChainStatus:
        """Check every event, that the last one is the head written with it, and
        that each live revision is the one the chain names.

        `reread` reads the events from the vault again rather than trusting
        memory; an event that no longer decrypts is then named as damaged, by
        its place between its readable neighbours."""
        with self._chain_lock:
            if reread:
                loaded = self._vault.list_many((EVENT, HEAD))
                self._events = self._sorted_events(loaded[EVENT])
                self._head_id, self._head = self._pick_head(loaded[HEAD])
                self._seal = self._vault.sealed_head()
            events, head, seal = list(self._events), self._head, self._seal
        sealed = seal.value if isinstance(seal.value, dict) else None
        if sealed is not None:
            head = {"seq": sealed.get("seq"), "hash": sealed.get("hash")}
        live: list[tuple[int, list[str]]] = [
            (entry.id, [r.digest() for r in list(entry.revisions)])
            for entry in list(self._entries.values())]
        kinds = dict.fromkeys((record_id for record_id, _ in live), INCIDENT)
        for kind, digests in self._sources:
            theirs = list(digests())
            live.extend(theirs)
            kinds.update(dict.fromkeys((record_id for record_id, _ in theirs), kind))
        status = chain.check(events, live, expected=head,
                             unreadable=len(self._vault.damaged())
                             + (self._vault.rescued is not None),
                             stored=self._vault.ids())
        if status.record is not None:
            status.kind = kinds.get(status.record, "")
        if status.ok:
            status = self._seal_status(seal, len(events)) or status
        if self._claims:
            claimed = {file_id for claims in self._claims for file_id in claims()}
            status.unclaimed = len(self._vault.file_ids() - claimed)
        return status

    def _seal_status(self, seal: SealedHead, count: int) -> ChainStatus | None:
        """What the sealed head says is wrong when the events agree with it: it is gone
        (a vault that had one), the head record beside it is gone or older, or newer
        events went missing before a later change (kept in the seal, see _next_seal)."""
        if seal.lost and seal.rolled_back is not None:
            return ChainStatus(False, count, None, chain.Problem.ROLLED_BACK,
                               noticed=seal.rolled_back)
        if seal.lost:
            return ChainStatus(False, count, None, chain.Problem.HEAD_GONE)
        sealed = seal.value if isinstance(seal.value, dict) else {}
        if isinstance(sealed.get("seq"), int) and sealed["seq"] >= 0 and (
                not isinstance(self._head, dict)
                or (self._head.get("seq"), self._head.get("hash"))
                != (sealed["seq"], sealed.get("hash"))):
            return ChainStatus(False, count, None, chain.Problem.HEAD_GONE)
        lost = [x for x in sealed.get("lost", []) if isinstance(x, dict)]
        if not lost:
            return None
        known, unknown = 0, False
        for loss in lost:
            was, found = loss.get("sealed"), loss.get("found")
            if (isinstance(was, dict) and isinstance(found, dict)
                    and isinstance(was.get("seq"), int) and isinstance(found.get("seq"), int)):
                known += max(0, was["seq"] - found["seq"])
            else:
                unknown = True  # the seal was gone before that change: size unknown
        noticed = lost[-1].get("noticed")
        when = float(noticed) if isinstance(noticed, int | float) else None
        if unknown and not known:
            # Only losses of unknown size: nothing proves that an event went (the seal
            # alone deleted loses nothing), so it is said as possible, never as a fact.
            return ChainStatus(False, count, None, chain.Problem.MAYBE_LOST, noticed=when)
        return ChainStatus(False, count, None, chain.Problem.LOST,
                           missing=0 if unknown else known, noticed=when)

    # -- people and drafts -----------------------------------------------------

    def people(self) -> dict[int, dict[str, str]]:
        return dict(self._people)

    def add_person(self, name: str, relationship: str) -> int:
        person = {"name": name.strip(), "relationship": relationship}
        person_id = self._vault.put(PERSON, person)
        self._people[person_id] = person
        return person_id

    def save_draft(self, form: dict[str, Any]) -> None:
        """Keep the unsaved form, encrypted (one record, replaced each time)."""
        with self._vault.batch():
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
        with self._vault.batch():
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


def incidents_per_month(entries: Iterable[Entry]) -> dict[str, int]:
    """How many incidents each month ("YYYY-MM"): the timeline's bar heights (one
    incident of three kinds is one incident)."""
    months: dict[str, int] = {}
    for entry in entries:
        month = entry.latest.get("date", "")[:7]
        months[month] = months.get(month, 0) + 1
    return dict(sorted(months.items()))


def per_month(entries: Iterable[Entry]) -> dict[str, dict[str, int]]:
    """Incidents per month ("YYYY-MM") and kind, for the timeline's breakdown (an incident
    of several kinds counts once under each)."""
    months: dict[str, dict[str, int]] = {}
    for entry in entries:
        month = entry.latest.get("date", "")[:7]
        counts = months.setdefault(month, {})
        for kind in entry.latest.get("kinds") or ["other"]:
            counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(months.items()))


__all__ = ["ADOPTED", "DANGER_KINDS", "KINDS", "ChainStatus", "Entry", "Incident",
           "InvalidIncident", "Journal", "RecordDamaged", "Revision", "incidents_per_month",
           "per_month", "search"]
