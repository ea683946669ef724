"""The evidence store: files kept byte for byte, with the facts that show where they came from.

No Qt. Each item is one vault record holding the facts fixed at import (name,
size, SHA-256, type by content, import and modification times, for pictures
the EXIF facts) and the revisions of what the owner writes about it (caption,
notes, kind, when it was taken, linked incidents). The original bytes, its
thumbnail and its print copy are vault files.

Every item keeps exactly three files in the vault, pictures or not: an item
with nothing to preview (a document, a recording, a picture too large or too
damaged to decode) stores two filler files in place of the previews, of
sizes drawn from the range real previews have (FILLER_SIZES). So the number
of stored files says how many items there are, never how many are photos,
and the vault pads every file to its size class (vault/files.py), so a
filler and a real preview look alike. Chosen over one container per item
holding original and previews: that would make the previews part of a
stream of many MiB (re-read to show one thumbnail), and a vault migrated
from format 1 could not be regrouped without re-writing every original.

Import, every edit and every deletion append an event to the journal's hash
chain, so one chain covers the journal and the evidence. Each of them is one
unit of work (`Journal.action()`): the record, its files and its chain event
commit together, and memory changes only after the commit.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from . import chain, media
from .journal import Journal
from .safeio import atomic_write
from .vault import FileDamaged, ImportCancelled, StagedFile, StorageFull, Vault, VaultError

EVIDENCE = "evidence"
KINDS = ("injury", "property", "messages", "medical", "police", "audio", "video", "photo",
         "other")
# How she came by the item: a court weighs a covert recording differently from a photo of
# her own injuries or a paper issued to her ("" = not said).
ORIGINS = ("photo_taken", "screenshot", "document_issued", "recording", "received")
MAX_FILE_BYTES = 4 * 1024 ** 3  # larger files are refused before a byte is read
KEEP_IN_MEMORY = 64 * 1024 * 1024  # pictures up to this size get a thumbnail at import
HEAD_BYTES = 8192
# Sizes of real previews (media.previews: JPEG, 320 px and 1000 px on the long side).
# Measured here on the 36 screenshots in docs/ and on 12 MP photo-like pictures:
# thumbnails 5-25 KB, print copies 14-270 KB. Fillers are drawn uniformly from these
# ranges, a little widened.
FILLER_SIZES = ((5 * 1024, 32 * 1024), (14 * 1024, 300 * 1024))

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


@dataclass
class Details:
    """What the owner writes about an item. `taken_at` is ISO 8601 or ""."""

    caption: str = ""
    notes: str = ""
    kind: str = "other"
    taken_at: str = ""
    incident_ids: list[int] = field(default_factory=list)
    origin: str = ""  # one of ORIGINS, or "" when she has not said

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Details:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Item:
    """One piece of evidence.

    Attributes:
        id: the vault record id.
        file_id / thumb_id / print_id: vault files of the original, its thumbnail and
            the copy printed in reports (None when there is no picture to show).
        fill: when there is no picture to show, two filler files in their place, so
            that every item keeps three files in the vault (see FILLER_SIZES).
        facts: fixed at import, never edited.
        revisions: (saved_at, Details) oldest first; the last one is current.
    """

    id: int
    file_id: int
    thumb_id: int | None
    facts: dict[str, Any]
    revisions: list[tuple[float, Details]]
    print_id: int | None = None
    fill: list[int] = field(default_factory=list)
    # The salt of each withheld-able fact (chain.WITHHOLDABLE) this item holds, and of
    # its SHA-256 (chain.ORIGINAL) when it may go out as a location-free copy, hex.
    salts: dict[str, str] = field(default_factory=dict)

    @property
    def current(self) -> Details:
        return self.revisions[-1][1]

    @property
    def name(self) -> str:
        return str(self.facts.get("name", ""))

    @property
    def sha256(self) -> str:
        return str(self.facts.get("sha256", ""))

    @property
    def mime(self) -> str:
        return str(self.facts.get("mime", ""))

    @property
    def is_picture(self) -> bool:
        return self.mime in media.PREVIEWABLE

    @property
    def when(self) -> str:
        """When it was taken as far as we know: her date, else EXIF, else import time."""
        current = self.current.taken_at
        if current:
            return current
        image = self.facts.get("image") or {}
        if image.get("taken"):
            return str(image["taken"])
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(self.facts["imported_at"]))

    @property
    def gps(self) -> list[float] | None:
        image = self.facts.get("image") or {}
        return image.get("gps") or None

    @property
    def sealed(self) -> bool:
        """Every fact a report may withhold is behind a salted commitment."""
        image = self.facts.get("image") or {}
        return all(image.get(f) is None or f in self.salts for f in chain.WITHHOLDABLE) and (
            chain.ORIGINAL in self.salts or not may_be_copied(self.facts)) and (
            chain.NAME in self.salts or not isinstance(self.facts.get(chain.NAME), str))

    def sealed_facts(self) -> dict[str, Any]:
        """The facts as every revision digest covers them (commitments in place of
        the withheld-able facts)."""
        return chain.sealed_facts(self.facts, self.salts)

    def digest(self, index: int = -1) -> str:
        saved_at, details = self.revisions[index]
        return chain.evidence_digest(self.sealed_facts(), saved_at, asdict(details))

    def to_data(self) -> dict[str, Any]:
        return {"file": self.file_id, "thumb": self.thumb_id, "print": self.print_id,
                "fill": self.fill, "facts": self.facts, "salts": self.salts,
                "revisions": [{"saved_at": t, "details": asdict(d)} for t, d in self.revisions]}

    @classmethod
    def from_data(cls, item_id: int, data: dict[str, Any]) -> Item:
        return cls(item_id, int(data["file"]), data.get("thumb"), dict(data["facts"]),
                   [(float(r["saved_at"]), Details.from_data(r["details"]))
                    for r in data["revisions"]], data.get("print"),
                   [int(f) for f in data.get("fill") or []],
                   {str(k): str(v) for k, v in (data.get("salts") or {}).items()})


@dataclass
class ImportOutcome:
    """What happened to one file.

    status: "stored", "duplicate" (already in the vault: `item` is the existing
    one), "refused" or "cancelled". `reason` says why a file was refused
    (folder, missing, unreadable, empty, too_large, disk_full, changed, damaged)
    and `warnings` what to know about a stored one (name_mismatch,
    preview_damaged, preview_too_large). `removed` tells whether the original
    was deleted from the computer, `remove_error` why it could not be.
    """

    path: str
    status: str
    item: Item | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    linked: bool = False
    removed: bool = False
    remove_error: str = ""


class FileChanged(Exception):
    """The file grew, shrank or was rewritten while it was being read."""


class _Tap:
    """A read-through stream keeping the first bytes (to tell the type) and, while the
    file is at most KEEP_IN_MEMORY, a copy in memory (to read EXIF and make the
    thumbnail). It never reads past the size the file had when it was checked: a file
    that grows (or shrinks) meanwhile raises FileChanged, so neither the copy nor the
    4 GiB limit can be outrun."""

    def __init__(self, stream: BinaryIO, expected: int) -> None:
        self._stream = stream
        self._expected = expected
        self._done = 0
        self.head = b""
        self.copy: bytearray | None = bytearray() if expected <= KEEP_IN_MEMORY else None

    def read(self, size: int = -1) -> bytes:
        left = self._expected - self._done
        data = self._stream.read(left + 1 if size < 0 or size > left else size)
        self._done += len(data)
        if self._done > self._expected or (not data and left > 0):
            self.copy = None
            raise FileChanged("the file changed while it was read")
        if len(self.head) < HEAD_BYTES:
            self.head += data[:HEAD_BYTES - len(self.head)]
        if self.copy is not None:
            if len(self.copy) + len(data) > KEEP_IN_MEMORY:
                self.copy = None
            else:
                self.copy += data
        return data


def check_path(path: str | os.PathLike[str]) -> tuple[str, int]:
    """("", size) if the path can be imported, else (reason, 0)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "missing", 0
    except OSError:
        return "unreadable", 0
    if stat.S_ISDIR(info.st_mode):
        return "folder", 0
    if not stat.S_ISREG(info.st_mode):
        return "unreadable", 0
    if info.st_size == 0:
        return "empty", 0
    if info.st_size > MAX_FILE_BYTES:
        return "too_large", 0
    if not os.access(path, os.R_OK):
        return "unreadable", 0
    return "", info.st_size


def default_kind(mime: str) -> str:
    """The kind the content itself says (sniffed, not the name): a picture is a photo,
    a recording audio or video. She can say more (an injury photo, a screenshot of
    messages); nothing guesses that for her."""
    major = mime.split("/")[0]
    if major == "image":
        return "photo"
    return major if major in ("audio", "video") else "other"


class EvidenceStore:
    """The evidence inside one open vault; chain events go to `journal`'s chain."""

    KINDS = (EVIDENCE,)

    def __init__(self, vault: Vault, journal: Journal, clock: Callable[[], float] = time.time,
                 loaded: dict[str, list[tuple[int, Any]]] | None = None) -> None:
        self._vault = vault
        self._journal = journal
        self._clock = clock
        self._lock = threading.RLock()  # imports run on a worker while the screens read
        self._items: dict[int, Item] = {}
        self.damaged: set[int] = set()
        loaded = loaded if loaded is not None else vault.list_many(self.KINDS)
        for record_id, data in loaded[EVIDENCE]:
            try:
                self._items[record_id] = Item.from_data(record_id, data)
            except (KeyError, TypeError, ValueError):
                self.damaged.add(record_id)
        journal.chain_in(EVIDENCE, self.revision_digests)
        journal.files_in(self.claimed_files)

    # -- reading ---------------------------------------------------------------

    def items(self) -> list[Item]:
        """Newest first by when it was taken."""
        with self._lock:
            chosen = list(self._items.values())
        chosen.sort(key=lambda i: (i.when, i.facts.get("imported_at", 0)), reverse=True)
        return chosen

    def get(self, item_id: int) -> Item:
        with self._lock:
            return self._items[item_id]

    def claimed_files(self) -> set[int]:
        """Every stored file an item names: its original, previews and fillers."""
        with self._lock:
            items = list(self._items.values())
        return {file_id for item in items
                for file_id in (item.file_id, item.thumb_id, item.print_id, *item.fill)
                if file_id}

    def for_incident(self, incident_id: int) -> list[Item]:
        return [i for i in self.items() if incident_id in i.current.incident_ids]

    def counts_by_incident(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        with self._lock:
            for item in self._items.values():
                for incident_id in item.current.incident_ids:
                    counts[incident_id] = counts.get(incident_id, 0) + 1
        return counts

    def find(self, sha256: str) -> Item | None:
        with self._lock:
            return next((i for i in self._items.values() if i.sha256 == sha256), None)

    def revision_digests(self) -> Iterable[tuple[int, list[str]]]:
        with self._lock:
            items = list(self._items.values())
        return [(i.id, [i.digest(n) for n in range(len(i.revisions))]) for i in items]

    def thumbnail(self, item_id: int) -> bytes | None:
        """The gallery's small upright JPEG, if the item has one."""
        return self._preview(self.get(item_id).thumb_id)

    def print_copy(self, item_id: int) -> bytes | None:
        """The upright JPEG made at import for printing in reports, if any."""
        return self._preview(self.get(item_id).print_id)

    def _preview(self, file_id: int | None) -> bytes | None:
        if file_id is None:
            return None
        try:
            return self._vault.read_bytes(file_id)
        except (KeyError, FileDamaged):
            return None

    def original(self, item_id: int) -> BinaryIO:
        """A stream of the original bytes (decrypted chunk by chunk)."""
        return self._vault.open_file(self.get(item_id).file_id)

    def original_bytes(self, item_id: int, limit: int = 256 * 1024 * 1024) -> bytes:
        return self._vault.read_bytes(self.get(item_id).file_id, limit)

    # -- import ----------------------------------------------------------------

    def import_file(self, path: str | os.PathLike[str], *, incident_id: int | None = None,
                    remove_original: bool = False, progress: ProgressFn | None = None,
                    cancelled: CancelFn | None = None) -> ImportOutcome:
        """Store one file. Never raises for a bad file: the outcome says what happened.

        On any failure nothing of the file stays in the vault and the original
        is untouched. `progress` gets bytes done for this file. The bytes are
        streamed in first (a crash there leaves chunks that the next unlock
        drops); the file, its previews, its record and its chain event are then
        kept in one transaction."""
        where = str(path)
        reason, size = check_path(path)
        if reason:
            return ImportOutcome(where, "refused", reason=reason)
        try:
            before = os.stat(path)
            with open(path, "rb") as stream:
                tap = _Tap(stream, size)  # never more than the size checked (≤ 4 GiB)
                staged = self._vault.stage_file(tap, progress=progress, cancelled=cancelled)
                after = os.fstat(stream.fileno())
            if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                self._vault.discard_file(staged)  # rewritten in place while it was read
                return ImportOutcome(where, "refused", reason="changed")
        except FileChanged:
            return ImportOutcome(where, "refused", reason="changed")
        except ImportCancelled:
            return ImportOutcome(where, "cancelled")
        except StorageFull:
            return ImportOutcome(where, "refused", reason="disk_full")
        except OSError:
            return ImportOutcome(where, "refused", reason="unreadable")
        try:
            existing = self.find(staged.ref.sha256)
            if existing is not None:
                self._vault.discard_file(staged)
                linked = False
                if incident_id is not None and incident_id not in existing.current.incident_ids:
                    details = Details(**asdict(existing.current))
                    details.incident_ids = [*details.incident_ids, incident_id]
                    self.edit(existing.id, details)
                    linked = True
                outcome = ImportOutcome(where, "duplicate", item=existing, linked=linked)
                if remove_original:  # already safe in the vault: checked the same way
                    self._remove_original(path, before, existing, outcome)
                return outcome
            item, warnings = self._record(path, before, staged, tap, incident_id)
        except StorageFull:
            self._vault.discard_file(staged)
            return ImportOutcome(where, "refused", reason="disk_full")
        except BaseException:
            self._vault.discard_file(staged)
            raise
        outcome = ImportOutcome(where, "stored", item=item, warnings=warnings)
        if remove_original:
            self._remove_original(path, before, item, outcome)
        return outcome

    def _record(self, path: str | os.PathLike[str], before: os.stat_result, staged: StagedFile,
                tap: _Tap, incident_id: int | None) -> tuple[Item, list[str]]:
        ref = staged.ref
        name = Path(path).name
        sniffed = media.sniff(tap.head, name)
        warnings = ["name_mismatch"] if sniffed.name_mismatch else []
        facts: dict[str, Any] = {
            "name": name,
            "size": ref.size,
            "sha256": ref.sha256,
            "mime": sniffed.mime,
            "imported_at": self._clock(),
            "modified_at": before.st_mtime,
            "image": None,
        }
        if sniffed.mime.split("/")[0] in ("audio", "video"):
            facts["media"] = self._av_facts(path, before, tap)
        previews: tuple[bytes, bytes] | None = None
        if sniffed.mime in media.PREVIEWABLE:
            if tap.copy is None:
                warnings.append("preview_too_large")
            else:
                data = bytes(tap.copy)
                tap.copy = None
                try:
                    facts["image"] = media.image_facts(data)
                    previews = media.previews(data)
                except media.PictureError as exc:
                    warnings.append(f"preview_{exc.reason}")
        details = Details(kind=default_kind(sniffed.mime),
                          incident_ids=[incident_id] if incident_id is not None else [])
        item = Item(0, ref.id, None, facts, [(facts["imported_at"], details)],
                    salts=new_salts(facts))
        with self._lock, self._journal.action() as record:
            self._vault.keep_file(staged)
            if previews is not None:
                item.thumb_id = self._vault.add_bytes(previews[0]).id
                item.print_id = self._vault.add_bytes(previews[1]).id
            else:
                item.fill = add_fillers(self._vault)
            item.id = self._vault.put(EVIDENCE, item.to_data())
            record("import", item.id, item.digest())
        with self._lock:
            self._items[item.id] = item
        return item, warnings

    @staticmethod
    def _av_facts(path: str | os.PathLike[str], before: os.stat_result,
                  tap: _Tap) -> dict[str, Any] | None:
        """Duration and format, from the copy in memory, or from the file itself if it
        is large and has not changed since it was read (headers only)."""
        if tap.copy is not None:
            return media.av_facts(io.BytesIO(tap.copy))
        try:
            now = os.stat(path)
        except OSError:
            return None
        if (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            return None
        return media.av_facts(os.fspath(path))

    def _remove_original(self, path: str | os.PathLike[str], before: os.stat_result,
                         item: Item, outcome: ImportOutcome) -> None:
        """Delete the original only if the vault's copy re-reads to the same SHA-256
        and the file on disk has not changed since it was read."""
        digest = hashlib.sha256()
        try:
            with self.original(item.id) as stream:
                while chunk := stream.read(1024 * 1024):
                    digest.update(chunk)
        except (FileDamaged, VaultError, OSError):
            outcome.remove_error = "verify_failed"
            return
        if digest.hexdigest() != item.sha256:
            outcome.remove_error = "verify_failed"
            return
        try:
            now = os.stat(path)
            if (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                outcome.remove_error = "changed"
                return
            os.remove(path)
        except OSError:
            outcome.remove_error = "not_allowed"
            return
        outcome.removed = True

    # -- editing ---------------------------------------------------------------

    def edit(self, item_id: int, details: Details) -> Item:
        if details.kind not in KINDS:
            raise ValueError("unknown kind")
        if details.origin and details.origin not in ORIGINS:
            raise ValueError("unknown origin")
        with self._lock:
            item = self._items[item_id]
            if asdict(details) == asdict(item.current):
                return item
            revision = (self._clock(), Details(**asdict(details)))
            changed = Item(item.id, item.file_id, item.thumb_id, item.facts,
                           [*item.revisions, revision], item.print_id, list(item.fill),
                           dict(item.salts))
            with self._journal.action() as record:
                self._vault.update(item_id, changed.to_data())
                record("edit", item_id, changed.digest())
            item.revisions.append(revision)
        return item

    def link(self, item_id: int, incident_ids: Iterable[int]) -> Item:
        details = Details(**asdict(self.get(item_id).current))
        details.incident_ids = sorted(set(incident_ids))
        return self.edit(item_id, details)

    def delete(self, item_id: int) -> None:
        """Remove an item and its bytes for good; the chain keeps a "delete" event.
        The record, its files and the event go in one transaction."""
        with self._lock:
            item = self._items[item_id]
            with self._journal.action() as record:
                self._vault.delete(item_id)
                for file_id in (item.file_id, item.thumb_id, item.print_id, *item.fill):
                    if file_id:
                        with contextlib.suppress(KeyError):  # already gone: nothing to keep
                            self._vault.delete_file(file_id)
                record("delete", item_id, item.digest())
            del self._items[item_id]

    # -- positions behind commitments --------------------------------------------

    def seal_locations(self) -> int:
        """Put the positions of items imported before commitments existed, and the
        SHA-256 of pictures and recordings imported before it was sealed, behind
        salted commitments; returns how many items were sealed (0: nothing to do).

        Their import events digested the position plainly, and a plain digest can
        be searched, so the chain gets a `checkpoint` event (32 random bytes that
        no report shows) and then, as `seal` events, every live version of every
        chained record: incidents, evidence (in the commitment form) and whatever
        else the journal chains. A report withholding one of these positions
        begins its chain after the checkpoint. One unit of work: the records, the
        checkpoint and the seal events commit together or not at all."""
        with self._lock:
            todo = {i.id for i in self._items.values() if not i.sealed}
            if not todo:
                return 0
            sealed = {i.id: Item(i.id, i.file_id, i.thumb_id, i.facts, list(i.revisions),
                                 i.print_id, list(i.fill),
                                 # the salts it has stay: reports carry their commitments
                                 {**new_salts(i.facts), **i.salts} if i.id in todo
                                 else i.salts)
                      for i in self._items.values()}
            entries = self._journal.entries() + self._journal.entries(trashed=True)
            others = [d for kind, d in self._journal.sources() if kind != EVIDENCE]
            with self._journal.action() as record:
                record(chain.CHECKPOINT, 0, secrets.token_hex(32))
                for entry in entries:
                    for revision in entry.revisions:
                        record(chain.SEAL, entry.id, revision.digest())
                for other in others:
                    for record_id, digests in other():
                        for revision_digest in digests:
                            record(chain.SEAL, record_id, revision_digest)
                for item in sealed.values():
                    if item.id in todo:
                        self._vault.update(item.id, item.to_data())
                    for index in range(len(item.revisions)):
                        record(chain.SEAL, item.id, item.digest(index))
            for item_id in todo:
                self._items[item_id].salts = sealed[item_id].salts
        return len(todo)

    # -- one copy out ----------------------------------------------------------

    def save_copy(self, item_id: int, destination: str | os.PathLike[str],
                  progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> str:
        """Write the original, byte for byte, to `destination`; returns its SHA-256.

        Raises FileDamaged if the vault's copy no longer matches the SHA-256
        taken at import: a damaged copy is never handed out as the original."""
        item = self.get(item_id)
        digest = hashlib.sha256()
        done = 0
        with atomic_write(destination) as out, self.original(item_id) as stream:
            while chunk := stream.read(1024 * 1024):
                if cancelled is not None and cancelled():
                    raise ImportCancelled("copy cancelled")
                digest.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done)
            if digest.hexdigest() != item.sha256:
                raise FileDamaged(item.file_id, "hash differs from import")
        return digest.hexdigest()


def may_be_copied(facts: dict[str, Any]) -> bool:
    """A picture or a recording: it may go out as a location-free copy, so its SHA-256
    is kept behind a commitment (chain.original_commitment)."""
    return str(facts.get("mime", "")).split("/")[0] in ("image", "video", "audio")


def new_salts(facts: dict[str, Any]) -> dict[str, str]:
    """A fresh random salt (32 bytes, hex) for each withheld-able fact present, for
    the SHA-256 of a picture or recording, and for the file's name."""
    image = facts.get("image") or {}
    salts = {f: secrets.token_hex(32) for f in chain.WITHHOLDABLE if image.get(f) is not None}
    if may_be_copied(facts):
        salts[chain.ORIGINAL] = secrets.token_hex(32)
    if isinstance(facts.get(chain.NAME), str):
        salts[chain.NAME] = secrets.token_hex(32)  # a location-free report withholds it
    return salts


def add_fillers(vault: Vault) -> list[int]:
    """Two stored files standing in for the previews an item does not have."""
    pick = secrets.SystemRandom()
    return [vault.add_bytes(bytes(pick.randint(low, high))).id for low, high in FILLER_SIZES]


def even_out_files(vault: Vault, rows: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """Give items stored before fillers existed (format 1) their two fillers; returns
    the rows as they are now. Runs at unlock; one transaction per item."""
    result = []
    for record_id, data in rows:
        if isinstance(data, dict) and data.get("thumb") is None and not data.get("fill"):
            with vault.batch():
                data = dict(data, fill=add_fillers(vault))
                vault.update(record_id, data)
        result.append((record_id, data))
    return result


def matches(item: Item, kind: str = "", incident_id: int | None = None,
            start: str = "", end: str = "") -> bool:
    """The gallery's filters: a kind, a linked incident, a date range (YYYY-MM-DD)."""
    if kind and item.current.kind != kind:
        return False
    if incident_id is not None and incident_id not in item.current.incident_ids:
        return False
    day = item.when[:10]
    return not ((start and day < start) or (end and day > end))


__all__ = ["EVIDENCE", "KINDS", "Details", "EvidenceStore", "FileChanged", "ImportOutcome", "Item",
           "check_path", "matches"]
