"""Export for police and court: choose what goes out, sign a manifest, write it. No Qt.

Three containers hold the same signed content:

- "pdf": the report, with every original, manifest.json, manifest.sig,
  public_key.pem and signing_certificate.pem attached inside it byte for byte
  (optionally AES-256 encrypted, names and sizes hidden too);
- "zip" and "folder" (for a lawyer): report.pdf (without attachments, the
  files are beside it), the originals under evidence/, the same signed files,
  report.sha256 (+ .sig) and HOW-TO-VERIFY.txt (its hash is in the manifest).

The report PDF itself always carries a standard PDF signature over the whole
file (PAdES baseline B, `pdf_signature`), made with the vault's P-256 key,
whose certificate the manifest names (so the Ed25519 identity vouches for it).

Originals are never held whole in memory: they are copied from the vault in
1 MiB chunks into the PDF (`report.attachments`), the zip entry
(`ZipFile.open(name, "w")`) or the file, and checked against the SHA-256
taken at import as they pass. Why not put large originals beside the PDF: a
single PDF is what she can hand over on a stick or by one upload, and what a
reader's attachment panel shows; writing the embedded streams ourselves keeps
one container and bounded memory (measured in bench/export.py).

manifest.json holds every item's hash and facts, the exported incidents with
the digests of all their revisions, the police statement printed as the first
pages and the protective orders the incidents name (each as saved in the vault),
and the journal's hash chain (full events
for the exported records, only seq/prev/hash for the others, so the chain's
continuity can be checked without revealing what else the journal holds).
manifest.sig is the raw 64-byte Ed25519 signature of manifest.json's bytes.

Positions (format incident-report/4): by default a photo or video that holds a
position (or a photo that holds a camera's serial number) goes out as a
location-free copy (`location.location_free`, `video_location`: the metadata
blanked in place, nothing re-encoded) under a name ending in "-no-gps"; the
manifest names it as derived, with its own SHA-256 and size (`derived`), and its
facts show the position and the original's SHA-256 by their salted commitments
only (`chain.original_commitment`: the original's plain hash would let anyone
search positions until the copy's bytes match it). With `location="kept"` the
original goes out and the manifest opens the commitments (`disclosed`: salt and
value). Why the copy is the default: a report is handed to people and case
files she does not control (in a criminal case the other side reads the file),
and the position of a photo taken at home or at a shelter is her address; the
original stays in the vault, committed to in the report, to be produced with
its salt if a court asks. Format 3 reports (the original's plain SHA-256 in
`derived.from_sha256`) are still checked by the verifier.

In a location-free report, a video in a container this program cannot clean (MKV,
WebM, AVI) is left out and listed as such (`left_out`, LEFT_OUT), and every file
goes under a neutral name (`neutral_name`: "001-Photo.jpg") with its own name
behind a salted commitment (`chain.NAME`) and, in MP4/M4A copies, its title
blanked: a phone can name a recording by the street it was made in.

Only the destination she chose is written, through a hidden temporary name
beside it that is renamed when complete; a cancel or an error removes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from . import chain, id3, location, media, pdf_signature, signing, video_location
from .evidence import EvidenceStore, Item
from .journal import Entry, Journal
from .report.attachments import AttachmentChanged
from .safeio import atomic_write
from .statement_pdf import statement_front_page
from .vault import FileDamaged, Vault

FORMAT = "incident-report/4"
COPY_LIMIT = 256 * 1024 * 1024  # a location-free copy is made in memory, one at a time
NO_GPS = "-no-gps"
# Why a file is left out of a location-free report: a video in a container whose
# metadata this program cannot take the place out of (MKV, WebM, AVI).
LEFT_OUT = "video_format"
# ... or a recording this program could not check for where it was made: its location
# samples in fragments (moof/trun), or a part it does not understand. On the day she
# goes to the police a report without it is worth more than none. (A damaged video
# still stops the export and is named: it may be the file she means to bring.)
UNCHECKED = "video_unchecked"
MANIFEST, SIGNATURE, PUBLIC_KEY = "manifest.json", "manifest.sig", "public_key.pem"
CERTIFICATE = "signing_certificate.pem"
README = "HOW-TO-VERIFY.txt"
REPORT, REPORT_HASH, REPORT_SIG = "report.pdf", "report.sha256", "report.sha256.sig"
EVIDENCE = "evidence"
SIGNED_FILES = (MANIFEST, SIGNATURE, PUBLIC_KEY, CERTIFICATE)
BESIDE_REPORT = (REPORT, REPORT_HASH, REPORT_SIG, README)
_SIGNED_TYPES = {MANIFEST: "application/json", SIGNATURE: "application/octet-stream",
                 PUBLIC_KEY: "application/x-pem-file", CERTIFICATE: "application/x-pem-file"}

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


class ExportCancelled(Exception):
    """She cancelled; nothing was left at the destination."""


class LocationNotRemoved(Exception):
    """The position could not be taken out of one photo or video; nothing was
    written. `name`: the file's name; `reason`: "damaged" (cut short or not built
    as its format says), "too_large" or "unsupported" (the format or a part of it
    not understood), "not_mp4" (a video in another container than MP4/MOV/3GP:
    MKV, WebM, AVI: the export leaves such a video out instead, LEFT_OUT), "" when
    a position was still found."""

    def __init__(self, name: str, reason: str = "") -> None:
        super().__init__(name)
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Derived:
    """A location-free copy that goes out in place of an original. `patches`: for a
    video, the same-length edits that make the copy from the original as it
    streams (`video_location.Patched`); None for a picture (made again in memory)."""

    sha256: str
    size: int
    withheld: tuple[str, ...]  # the facts it withholds (chain.WITHHOLDABLE)
    patches: tuple[tuple[int, bytes], ...] | None = None
    # What of the file's own text was blanked in the copy ("title": titles, comments,
    # descriptions, keywords): said in the report beside the file.
    blanked: tuple[str, ...] = ()


@dataclass
class ExportRequest:
    """What she chose. `scope`: "all", "range" (start..end, YYYY-MM-DD) or "chosen"."""

    scope: str = "all"
    start: str = ""
    end: str = ""
    incident_ids: list[int] = field(default_factory=list)
    include_evidence: bool = True
    include_history: bool = False
    name: str = ""
    iin: str = ""  # her individual identification number, printed only when she gives it
    purpose: str = ""
    password: str = ""
    container: str = "pdf"  # pdf | zip | folder
    # Her protective orders by record id, as the report names a breached one.
    order_labels: dict[int, str] = field(default_factory=dict)
    # A police statement (text, language) printed in place of the declaration page.
    statement: tuple[str, str] | None = None
    # The saved version of that statement ({"record", "saved_at", "statement"}) and the
    # versions of her orders by record id ([{"saved_at", "order"}, ...]): the manifest
    # carries those the report prints or names, with their chain events, so the verifier
    # checks them as it checks incidents.
    statement_version: dict[str, Any] | None = None
    order_versions: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    # Photos with a position: "withheld" (location-free copies) or "kept" (originals).
    location: str = "withheld"


@dataclass
class ExportResult:
    report_id: str
    fingerprint: str
    path: str
    incidents: int
    items: int
    size: int
    # (name, reason) of each file left out of a location-free report (see LEFT_OUT).
    left_out: list[tuple[str, str]] = field(default_factory=list)


def select(journal: Journal, store: EvidenceStore | None,
           request: ExportRequest) -> tuple[list[Entry], list[Item]]:
    """The incidents in scope (oldest first) and the evidence that goes with them."""
    entries = journal.entries()
    if request.scope == "range":
        entries = [e for e in entries
                   if (not request.start or e.latest.get("date", "") >= request.start)
                   and (not request.end or e.latest.get("date", "") <= request.end)]
    elif request.scope == "chosen":
        chosen = set(request.incident_ids)
        entries = [e for e in entries if e.id in chosen]
    entries.reverse()
    items: list[Item] = []
    if request.include_evidence and store is not None:
        ids = {e.id for e in entries}
        items = [i for i in store.items()
                 if ids & set(i.current.incident_ids)
                 or (request.scope == "all" and not i.current.incident_ids)]
        items.sort(key=lambda i: (i.when, i.facts.get("imported_at", 0)))
    return entries, items


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[\x00-\x1f/\\:*?\"<>|]", "_", name).strip(" .") or "file"
    return cleaned[:120]


def neutral_name(item: Item, words: Mapping[str, str]) -> str:
    """A name that says what the file is, never what she or her phone called it:
    "Recording.m4a", "Photo.jpg" in the report's language (`words`: the report
    catalogue's name_photo, name_video, name_recording, name_document, name_file)."""
    kind = item.mime.split("/")[0]
    word = words.get({"image": "name_photo", "video": "name_video",
                      "audio": "name_recording"}.get(kind, "")) or (
        words.get("name_document") if item.mime in ("application/pdf", "text/plain")
        else words.get("name_file")) or "file"
    return f"{word}.{media.extension(item.mime)}"


def file_names(items: list[Item], derived: Mapping[int, Any] | None = None,
               words: Mapping[str, str] | None = None) -> dict[int, str]:
    """Unique attachment names: 001-IMG_2041.jpg, 002-…; a location-free copy
    002-IMG_2042-no-gps.jpg. With `words` (a location-free report) every file gets a
    neutral name instead (001-Photo.jpg, 002-Recording-no-gps.m4a): a name can be an
    address (iOS Voice Memos names a recording by its street)."""
    derived = derived or {}
    names = {}
    for n, item in enumerate(items, 1):
        name = _safe_name(neutral_name(item, words) if words is not None else item.name)
        if item.id in derived:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}{NO_GPS}.{suffix}" if dot and stem else f"{name}{NO_GPS}"
        names[item.id] = f"{n:03d}-{name}"
    return names


def has_position(item: Item) -> bool:
    """The photo says where it was taken, as far as the facts read at import know."""
    return item.gps is not None


def may_hold_position(item: Item) -> bool:
    """A picture whose metadata the import could not read (HEIC, AVIF, one too large
    to preview): it is looked at again when a location-free report is made."""
    return item.mime.startswith("image/") and (item.facts.get("image") is None)


def is_video(item: Item) -> bool:
    """A recording that may be an MP4, MOV or 3GP file (the content decides:
    `video_location.plan` says when it is not one)."""
    return item.mime.split("/")[0] in ("video", "audio")


# Videos whose container is an ISO base media file (video_location understands it).
ISO_VIDEOS = frozenset({"video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2",
                        "video/x-m4v"})


def left_out_when_withheld(item: Item) -> bool:
    """A video in another container (MKV, WebM, AVI, as the content sniffed at import
    says): a location-free report leaves it out (LEFT_OUT). For the screen, before
    the export: the export itself decides by reading the file."""
    return item.mime.startswith("video/") and item.mime not in ISO_VIDEOS


def withheld_by(item: Item) -> tuple[str, ...]:
    """What a location-free copy of `item` withholds from the report: its position
    (when the import read one) and its original's SHA-256 (when it has a salt)."""
    image = item.facts.get("image") or {}
    withheld = [f for f in chain.WITHHOLDABLE if image.get(f) is not None]
    if chain.ORIGINAL in item.salts:
        withheld.append(chain.ORIGINAL)
    return tuple(withheld)


class _Watched(io.RawIOBase):
    """A stream that stops with ExportCancelled once she cancels (checked each read)."""

    def __init__(self, stream: BinaryIO, cancelled: CancelFn | None) -> None:
        super().__init__()
        self._stream = stream
        self._cancelled = cancelled

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled
        piece = self._stream.read(len(target))
        target[:len(piece)] = piece
        return len(piece)


def location_free_video(store: EvidenceStore, item: Item,
                        cancelled: CancelFn | None = None) -> Derived | None:
    """The hash, size and edits of the copy of a video without where it was recorded,
    or None when it holds no position (or is a sound file that is not an ISO base
    media file: MP3 and the like go as they are; a video in another container is
    refused: LocationNotRemoved "not_mp4"). Streams the original once, twice when a location
    track's samples must be blanked in the part already read. Raises
    LocationNotRemoved, FileDamaged."""
    try:
        with store.original(item.id) as stream:
            # A location-free report withholds names too: the title (©nam) goes.
            made = video_location.plan(_Watched(stream, cancelled), titles=True)
    except location.LocationError as exc:
        if str(exc) == "not_mp4" and not item.mime.startswith("video/"):
            # MP3, WAV, Ogg: no place we know of, but an MP3's ID3 title or comment
            # can name one (id3.py).
            return sound_without_titles(store, item, cancelled)
        # A video that is not an ISO base media file (MKV, WebM, AVI: Matroska's
        # `location` tag, RIFF chunks) is not understood, so it does not go out in
        # a location-free report at all ("not_mp4").
        raise LocationNotRemoved(item.name, str(exc)) from exc
    if made.original_sha256 != item.sha256:
        raise FileDamaged(item.file_id, "hash differs from import")
    if not made.patches:
        return None
    copy_sha256 = made.copy_sha256
    if copy_sha256 is None:
        with store.original(item.id) as stream:
            copy_sha256 = hashlib.file_digest(video_location.Patched(
                _Watched(stream, cancelled), made.patches), "sha256").hexdigest()
    return Derived(copy_sha256, made.size, withheld_by(item), tuple(made.patches),
                   ("title",) if "title" in made.removed else ())


def sound_without_titles(store: EvidenceStore, item: Item,
                         cancelled: CancelFn | None = None) -> Derived | None:
    """The copy of a sound file with its ID3 titles and comments blanked (id3.py), or
    None when it has none. Streams the original twice (find, then hash the copy)."""
    digest = hashlib.sha256()

    def pieces(stream: BinaryIO) -> Iterator[bytes]:
        while piece := stream.read(1 << 20):
            digest.update(piece)
            yield piece

    with store.original(item.id) as stream:
        head, tail, size = id3.read_ends(pieces(_Watched(stream, cancelled)))
    if digest.hexdigest() != item.sha256:
        raise FileDamaged(item.file_id, "hash differs from import")
    edits = id3.patches(head, tail, size)
    if not edits:
        return None
    with store.original(item.id) as stream:
        copy_sha256 = hashlib.file_digest(video_location.Patched(
            _Watched(stream, cancelled), edits), "sha256").hexdigest()
    return Derived(copy_sha256, size, withheld_by(item), tuple(edits), ("title",))


def left_out_entry(item: Item, name: str, reason: str) -> dict[str, Any]:
    """How the manifest names a file left out of a location-free report: its name
    (numbered after the files that go out), type, size, the commitment to its
    SHA-256 (as for a location-free copy: the original can be produced with its
    salt) and why it was left out (LEFT_OUT)."""
    sealed = item.sealed_facts().get(chain.ORIGINAL)
    return {"record": item.id, "file": name, "mime": item.mime,
            "size": item.facts.get("size"), "sha256": sealed, "reason": reason}


def _committed(value: Any) -> str:
    """A commitment's hex, or a plain SHA-256 as it is."""
    return str(value.get("commitment", "")) if isinstance(value, dict) else str(value)


def location_free_copy(store: EvidenceStore, item: Item, check: bool = True) -> bytes | None:
    """The copy of `item` without its position, or None when it holds none.
    `check`: compare the original with the SHA-256 taken at import first (not
    needed when the copy's own hash is checked as it is written). Raises
    LocationNotRemoved, FileDamaged."""
    made = location_free_picture(store, item, check)
    return made.data if made.removed else None


def location_free_picture(store: EvidenceStore, item: Item,
                          check: bool = True) -> location.LocationFree:
    """As `location_free_copy`, with what was taken out. A location-free report
    withholds names, so the picture's titles and comments go too ("title")."""
    with store.original(item.id) as stream:
        data = stream.read(COPY_LIMIT + 1)
    if len(data) > COPY_LIMIT:  # a picture this large is not looked into in memory
        raise LocationNotRemoved(item.name)
    if check and hashlib.sha256(data).hexdigest() != item.sha256:
        raise FileDamaged(item.file_id, "hash differs from import")
    try:
        return location.location_free(data, titles=True)
    except location.LocationError as exc:
        # Cut short or not built as its format says: the screen says so ("damaged").
        raise LocationNotRemoved(item.name, "damaged" if str(exc) == "damaged" else ""
                                 ) from exc


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds")


def build_manifest(journal: Journal, entries: list[Entry], items: list[Item],
                   names: dict[int, str], request: ExportRequest, report_id: str,
                   created: float, public_pem: bytes, pdf_key: signing.PdfKey,
                   readme: bytes, derived: Mapping[int, Derived] | None = None
                   ) -> dict[str, Any]:
    derived = derived or {}
    people = journal.people()
    by_incident: dict[int, list[str]] = {}
    for item in items:
        shipped_hash = derived[item.id].sha256 if item.id in derived else item.sha256
        for incident_id in item.current.incident_ids:
            by_incident.setdefault(incident_id, []).append(shipped_hash)
    incidents = []
    for entry in entries:
        revisions = entry.revisions if request.include_history else entry.revisions[-1:]
        person = people.get(entry.latest.get("person_id")) if entry.latest.get(
            "person_id") is not None else None
        incidents.append({
            "record": entry.id,
            "recorded_at": entry.recorded_at,
            "person": person,
            "revisions": [{"saved_at": r.saved_at, "incident": r.as_data()} for r in revisions],
            "revision_digests": [r.digest() for r in entry.revisions],
            "evidence_sha256": by_incident.get(entry.id, []),
        })
    evidence = []
    for item in items:
        shipped: dict[str, Any] = {
            "record": item.id,
            "file": names[item.id],
            "facts": item.sealed_facts(),
            "revisions": [{"saved_at": t, "details": asdict(d)} for t, d in item.revisions],
        }
        copy = derived.get(item.id)
        if copy is not None:
            shipped["derived"] = {"kind": "location_removed", "sha256": copy.sha256,
                                  "size": copy.size, "withheld": list(copy.withheld)}
            if copy.blanked:
                shipped["derived"]["blanked"] = list(copy.blanked)
            if chain.ORIGINAL not in copy.withheld:  # no salt (never for a new vault)
                shipped["derived"]["from_sha256"] = item.sha256
        withheld_names = request.location != "kept"
        opened = {f: s for f, s in item.salts.items()
                  if not (f == chain.NAME and withheld_names)}
        if copy is None and opened:
            # The original goes out: its position and its SHA-256 are opened. The
            # SHA-256 stays plain in its facts, as every reader of a manifest expects;
            # the verifier seals it again with the salt to check the chain's digests.
            # So does its name in a report with the locations; a location-free report
            # keeps the name behind its commitment (it can be an address).
            image = item.facts.get("image") or {}
            shipped["disclosed"] = {
                field: {"salt": salt, "value": item.sha256 if field == chain.ORIGINAL
                        else item.name if field == chain.NAME else image.get(field)}
                for field, salt in opened.items()}
            if chain.ORIGINAL in opened:
                shipped["facts"][chain.ORIGINAL] = item.sha256
            if chain.NAME in opened:
                shipped["facts"][chain.NAME] = item.name
        evidence.append(shipped)
    named = sorted(k for k in request.order_versions
                   if any(e.latest.get("order_id") == k for e in entries))
    protective_orders = [
        {"record": k, "revisions": (request.order_versions[k] if request.include_history
                                    else request.order_versions[k][-1:])}
        for k in named]
    statement = request.statement_version if request.statement else None
    exported = {e.id for e in entries} | {i.id for i in items} | set(named)
    if statement is not None:
        exported.add(statement["record"])
    status = journal.verify(reread=True)
    everything = journal.events()
    start = _chain_start(everything, items, derived,
                         names_withheld=request.location != "kept")
    events = []
    for event in everything[start:]:
        if event["record"] in exported:
            events.append(dict(event))
        else:
            events.append({"seq": event["seq"], "prev": event["prev"], "hash": event["hash"]})
    dates = [e.latest.get("date", "") for e in entries]
    kept: dict[str, Any] = {}
    if protective_orders:
        kept["protective_orders"] = protective_orders
    if statement is not None:
        kept["statement"] = statement
    return {
        **kept,
        "format": FORMAT,
        "report_id": report_id,
        "created_at": _iso(created),
        "created_unix": created,
        "name": request.name,
        "iin": request.iin,
        "purpose": request.purpose,
        "period": {"from": min(dates) if dates else "", "to": max(dates) if dates else ""},
        "public_key_pem": public_pem.decode("ascii"),
        "public_key_fingerprint": signing.fingerprint(signing.load_public(public_pem)),
        "pdf_certificate_pem": pdf_key.certificate_pem.decode("ascii"),
        "pdf_certificate_fingerprint": signing.fingerprint(pdf_key.certificate),
        "pdf_certificate_certified": pdf_key.certified.hex(),
        "readme_sha256": hashlib.sha256(readme).hexdigest(),
        "includes_history": request.include_history,
        # Whether photos and videos go without where they were taken (the verifier
        # then fails any file in the report that still says it).
        "location": "kept" if request.location == "kept" else "withheld",
        # Whether files go under neutral names, their own behind commitments (the
        # verifier then fails a file whose metadata still gives a title).
        **({} if request.location == "kept" else {"names": "withheld"}),
        "orders": {str(k): v for k, v in request.order_labels.items()
                   if any(e.latest.get("order_id") == k for e in entries)},
        "incidents": incidents,
        "evidence": evidence,
        "chain": {
            "count": len(events),
            "head": chain.head_of(events),
            **({"from_seq": start, "from_prev": everything[start - 1]["hash"],
                "checkpoint_time": everything[start - 1]["time"]} if start else {}),
            "intact_at_export": status.ok,
            "problem_at_export": status.reason,
            # Stored files no evidence item named (its record deleted outside the app,
            # or damaged): kept in the vault, stated here.
            **({"unclaimed_files_at_export": status.unclaimed} if status.unclaimed else {}),
            "events": events,
        },
    }


def _chain_start(events: list[dict[str, Any]], items: list[Item],
                 derived: Mapping[int, Derived], names_withheld: bool = False) -> int:
    """Where the report's chain begins: 0, or just after the last checkpoint when a
    withheld position (or, in a location-free report, a name) was digested plainly
    before it (see chain's notes)."""
    checkpoint = next((n for n in range(len(events) - 1, -1, -1)
                       if events[n].get("action") == chain.CHECKPOINT), None)
    if checkpoint is None:
        return 0
    withheld = {i for i, copy in derived.items() if copy.withheld}
    if names_withheld:
        withheld |= {i.id for i in items}
    older = any(e.get("record") in withheld for e in events[:checkpoint])
    return checkpoint + 1 if older else 0


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def new_report_id() -> str:
    raw = secrets.token_hex(6).upper()
    return f"R-{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Exporter:
    """One export, run on a worker thread."""

    def __init__(self, vault: Vault, journal: Journal, store: EvidenceStore | None,
                 texts: dict[str, str], kind_names: dict[str, str],
                 evidence_kind_names: dict[str, str],
                 clock: Callable[[], float] = time.time) -> None:
        self.vault = vault
        self.journal = journal
        self.store = store
        self.texts = texts
        self.kind_names = kind_names
        self.evidence_kind_names = evidence_kind_names
        self.clock = clock

    def run(self, request: ExportRequest, destination: str | os.PathLike[str],
            progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> ExportResult:
        from .report import Attachment, render

        def step(percent: int) -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if progress is not None:
                progress(percent)

        step(1)
        if self.store is not None:
            self.store.seal_locations()  # once for a vault from before commitments
        entries, items = select(self.journal, self.store, request)
        derived, reasons = self._location_free(items, request, cancelled)
        left_out = [i for i in items if i.id in reasons]
        items = [i for i in items if i.id not in reasons]
        key = signing.signing_key(self.vault)
        pdf_key = signing.pdf_key(self.vault, key)
        pem = signing.public_pem(key)
        report_id = new_report_id()
        created = self.clock()
        names = file_names(items + left_out, derived,
                           None if request.location == "kept" else self.texts)
        omitted = [left_out_entry(i, names[i.id], reasons[i.id]) for i in left_out]
        readme = self.texts["readme"].format(command=signing.FINGERPRINT_COMMAND)
        if any(chain.ORIGINAL in copy.withheld for copy in derived.values()) or omitted:
            readme += self.texts["readme_copies"]  # how to check a produced original
        if omitted:
            readme += self.texts["readme_left_out"] + "".join(
                self.texts["readme_left_out_line"].format(
                    name=o["file"], sha256=_committed(o["sha256"]),
                    reason=self.texts[f"left_out_{o['reason']}"]) for o in omitted)
        blanked = [i for i in items if i.id in derived and derived[i.id].blanked]
        if blanked:
            readme += self.texts["readme_blanked"] + "".join(
                f"    {names[i.id]}\n" for i in blanked)
        readme = readme.encode("utf-8")
        manifest = build_manifest(self.journal, entries, items, names, request, report_id,
                                  created, pem, pdf_key, readme, derived)
        if omitted:
            manifest["left_out"] = omitted
        data = manifest_bytes(manifest)
        signed = {MANIFEST: data, SIGNATURE: key.sign(data), PUBLIC_KEY: pem,
                  CERTIFICATE: pdf_key.certificate_pem}
        step(5)
        opened = 0

        ahead: dict[int, Any] = {}  # the next location-free copy, made on a worker
        in_turn = [i for i in items if i.id in derived and derived[i.id].patches is None]

        def copy_of(item: Item) -> bytes:
            job = ahead.pop(item.id, None)
            at = in_turn.index(item)
            if at + 1 < len(in_turn) and in_turn[at + 1].id not in ahead:
                following = in_turn[at + 1]
                ahead[following.id] = pool.submit(location_free_copy, self.store,
                                                  following, False)
            made = job.result() if job is not None else location_free_copy(
                self.store, item, check=False)  # type: ignore[arg-type]
            return made or b""

        @contextlib.contextmanager
        def original(item: Item) -> Iterator[BinaryIO]:
            """One original from the vault, read in chunks by whoever copies it; a
            location-free copy made again (the same bytes: it is deterministic)."""
            nonlocal opened
            opened += 1
            step(60 + int(35 * opened / max(1, len(items))))
            copy = derived.get(item.id)
            if copy is not None and copy.patches is not None:
                # A video: the original streamed with its edits applied.
                with self.store.original(item.id) as stream:  # type: ignore[union-attr]
                    yield video_location.Patched(stream, list(copy.patches))
                return
            if copy is not None:
                # Checked as it is written, against the copy's hash in the manifest.
                yield io.BytesIO(copy_of(item))
                return
            with self.store.original(item.id) as stream:  # type: ignore[union-attr]
                yield stream

        def originals() -> list[Attachment]:
            return [Attachment(names[i.id],
                               derived[i.id].size if i.id in derived else i.facts["size"],
                               lambda i=i: original(i),
                               derived[i.id].sha256 if i.id in derived else i.sha256,
                               description=i.current.caption, mime=i.mime,
                               modified=i.facts.get("modified_at"))
                    for i in items]

        pictured = [i for i in items if i.is_picture]
        target = Path(destination)
        # Photos are decoded, scaled and encoded by Pillow (no GIL) on the other cores
        # while this thread lays out the pages (pure Python) and waits for each in turn.
        with ThreadPoolExecutor(max(1, min(4, os.cpu_count() or 1))) as pool:
            jobs = {item.id: pool.submit(self._print_copy, item, cancelled)
                    for item in pictured}
            pool.submit(pdf_signature.preload)

            def picture(item_id: int) -> bytes | None:
                job = jobs.get(item_id)
                return job.result() or None if job is not None else None

            def laid_out(fraction: float) -> None:
                step(5 + int(55 * fraction))

            def report(out: BinaryIO, attached: list[Attachment] | None,
                       password: str = "") -> None:
                """The report PDF, signed as a whole (PAdES) in place."""
                owner = secrets.token_urlsafe(24) if password else ""
                front = statement_front_page(*request.statement) if request.statement \
                    else None
                render(out, manifest, entries, items, names, picture, self.texts,
                       self.kind_names, self.evidence_kind_names, attached, password, owner,
                       laid_out, front_page=front)
                out.flush()
                step(96)
                pdf_signature.sign(out, pdf_key, owner)
                step(99)

            try:
                if request.container == "pdf":
                    files = [Attachment(name, len(blob), lambda b=blob: io.BytesIO(b),
                                        mime=_SIGNED_TYPES[name])
                             for name, blob in signed.items()] + originals()
                    with atomic_write(target) as out:
                        report(out, files, request.password)
                elif request.container == "zip":
                    # The report beside the originals holds pictures and pages only, so
                    # it is made in memory (it cannot be signed inside the zip entry).
                    pdf = io.BytesIO()
                    report(pdf, None)
                    with atomic_write(target) as out, zipfile.ZipFile(out, "w") as archive:
                        with archive.open(REPORT, "w", force_zip64=True) as entry:
                            entry.write(pdf.getbuffer())
                        signed.update(_signed_hash(hashlib.sha256(pdf.getbuffer()), key))
                        del pdf
                        for name, blob in signed.items():
                            archive.writestr(name, blob, zipfile.ZIP_DEFLATED)
                        archive.writestr(README, readme, zipfile.ZIP_DEFLATED)
                        for attachment in originals():
                            info = zipfile.ZipInfo(f"{EVIDENCE}/{attachment.name}",
                                                   _zip_time(attachment.modified))
                            with archive.open(info, "w", force_zip64=True) as entry:
                                _copy(attachment, entry)
                elif request.container == "folder":
                    self._write_folder(target, report, signed, originals(), readme, key)
                else:
                    raise ValueError(request.container)
            except AttachmentChanged as exc:
                item_id = next(i.file_id for i in items if names[i.id] == exc.name)
                raise FileDamaged(item_id, "hash differs from import") from exc
            except BaseException:
                for job in [*jobs.values(), *ahead.values()]:
                    job.cancel()
                raise
        step(100)
        size = _size_of(target)
        return ExportResult(report_id, signing.fingerprint(key), str(target), len(entries),
                            len(items), size, [(i.name, reasons[i.id]) for i in left_out])

    def _location_free(self, items: list[Item], request: ExportRequest,
                       cancelled: CancelFn | None) -> tuple[dict[int, Derived],
                                                            dict[int, str]]:
        """The hash and size of each location-free copy that goes out in place of its
        original (made here to be hashed, and made again while it is written, so
        no more than one copy is in memory), and the files left out of the report
        with the reason (LEFT_OUT: a video in MKV, WebM or AVI). Why left out and
        not the export refused: on the day she goes to the police a report without
        one video is worth more than no report; the report names the file and its
        commitment, so it can be produced with the originals."""
        if request.location == "kept" or self.store is None:
            return {}, {}
        store = self.store

        def made(item: Item) -> Derived | str | None:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if is_video(item):
                try:
                    return location_free_video(store, item, cancelled)
                except LocationNotRemoved as exc:
                    if exc.reason in ("not_mp4", "unsupported"):
                        return LEFT_OUT if exc.reason == "not_mp4" else UNCHECKED
                    raise  # damaged: named on the screen, as before
            picture = location_free_picture(store, item)
            if not picture.removed:
                if has_position(item):  # the facts saw a position the copy cannot find
                    raise LocationNotRemoved(item.name)
                return None
            return Derived(hashlib.sha256(picture.data).hexdigest(), len(picture.data),
                           withheld_by(item),
                           blanked=("title",) if "title" in picture.removed else ())

        # Every picture is looked into, not only those whose EXIF the import read a
        # position from: an editor or a phone may write it in XMP alone.
        # Videos are looked into as well: phones write where they were recorded.
        chosen = [i for i in items if has_position(i) or i.mime.startswith("image/")
                  or is_video(i)]
        # Decrypting and hashing release the GIL: two photos at a time (12 MP: ~35 ms
        # each alone; bench/export.py --gps).
        with ThreadPoolExecutor(2) as pool:
            copies = list(pool.map(made, chosen))
        return ({i.id: c for i, c in zip(chosen, copies, strict=True)
                 if isinstance(c, Derived)},
                {i.id: c for i, c in zip(chosen, copies, strict=True) if isinstance(c, str)})

    def _print_copy(self, item: Item, cancelled: CancelFn | None = None) -> bytes:
        """The JPEG for the page: the one made at import, else decoded now (upright,
        at most media.PRINT_SIDE pixels, JPEG draft mode)."""
        if cancelled is not None and cancelled():
            return b""
        try:
            made = self.store.print_copy(item.id)  # type: ignore[union-attr]
            if made:
                return made
            data = self.store.original_bytes(item.id)  # type: ignore[union-attr]
            return media.print_copy(data)
        except (media.PictureError, ValueError, OSError, KeyError):
            return b""

    def _write_folder(self, target: Path, report: Callable[..., None],
                      signed: dict[str, bytes], originals: list[Any], readme: bytes,
                      key: Any) -> None:
        if target.exists():
            raise FileExistsError(str(target))
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        partial.mkdir()
        try:
            (partial / EVIDENCE).mkdir()
            with open(partial / REPORT, "x+b") as out:
                report(out, None)
                out.flush()
                os.fsync(out.fileno())
                out.seek(0)
                digest = hashlib.file_digest(out, "sha256")
            signed = {**signed, **_signed_hash(digest, key)}
            for name, blob in signed.items():
                _write(partial / name, blob)
            _write(partial / README, readme)
            for attachment in originals:
                path = partial / EVIDENCE / attachment.name
                with open(path, "xb") as out:
                    _copy(attachment, out)
                    out.flush()
                    os.fsync(out.fileno())
                if attachment.modified is not None:
                    with contextlib.suppress(OSError):
                        os.utime(path, (attachment.modified, attachment.modified))
            os.rename(partial, target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise


def _copy(attachment: Any, out: BinaryIO) -> None:
    """An original copied in chunks, checked against its SHA-256 as it passes."""
    from .report.attachments import chunks

    for piece in chunks(attachment):
        out.write(piece)


def _signed_hash(digest: Any, key: Any) -> dict[str, bytes]:
    """report.sha256 (as sha256sum writes it) and its Ed25519 signature."""
    line = f"{digest.hexdigest()}  {REPORT}\n".encode("ascii")
    return {REPORT_HASH: line, REPORT_SIG: key.sign(line)}


def _write(path: Path, data: bytes | bytearray) -> None:
    with open(path, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _zip_time(modified: float | None) -> tuple[int, int, int, int, int, int]:
    moment = time.localtime(max(modified or 0, 315532800))  # zip: ≥ 1980
    return moment[:6]  # type: ignore[return-value]


def _size_of(target: Path) -> int:
    if target.is_dir():
        return sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    return target.stat().st_size
