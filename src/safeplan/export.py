"""Export for police and court: choose what goes out, sign a manifest, write it. No Qt.

Three containers hold the same signed content:

- "pdf": the report, with every original, manifest.json, manifest.sig and
  public_key.pem attached inside it byte for byte (optionally AES-256 encrypted);
- "zip" and "folder" (for a lawyer): report.pdf (without attachments, the
  files are beside it), the originals under evidence/, manifest.json,
  manifest.sig, public_key.pem and HOW-TO-VERIFY.txt.

manifest.json holds every item's hash and facts, the exported incidents with
the digests of all their revisions, and the journal's hash chain (full events
for the exported records, only seq/prev/hash for the others, so the chain's
continuity can be checked without revealing what else the journal holds).
manifest.sig is the raw 64-byte Ed25519 signature of manifest.json's bytes.

Only the destination she chose is written, through a hidden temporary name
beside it that is renamed when complete; a cancel or an error removes it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import media, signing
from .evidence import EvidenceStore, Item
from .journal import Entry, Journal
from .safeio import atomic_write
from .vault import Vault

FORMAT = "incident-report/1"
MANIFEST, SIGNATURE, PUBLIC_KEY = "manifest.json", "manifest.sig", "public_key.pem"
README = "HOW-TO-VERIFY.txt"
PRINT_SIDE = 1600  # pixels on the long side of a photo printed in the report

ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


class ExportCancelled(Exception):
    """She cancelled; nothing was left at the destination."""


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
    purpose: str = ""
    password: str = ""
    container: str = "pdf"  # pdf | zip | folder


@dataclass
class ExportResult:
    report_id: str
    fingerprint: str
    path: str
    incidents: int
    items: int
    size: int


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


def file_names(items: list[Item]) -> dict[int, str]:
    """Unique attachment names: 001-IMG_2041.jpg, 002-…"""
    return {item.id: f"{n:03d}-{_safe_name(item.name)}" for n, item in enumerate(items, 1)}


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds")


def build_manifest(journal: Journal, entries: list[Entry], items: list[Item],
                   names: dict[int, str], request: ExportRequest, report_id: str,
                   created: float, public_pem: bytes) -> dict[str, Any]:
    people = journal.people()
    by_incident: dict[int, list[str]] = {}
    for item in items:
        for incident_id in item.current.incident_ids:
            by_incident.setdefault(incident_id, []).append(item.sha256)
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
        evidence.append({
            "record": item.id,
            "file": names[item.id],
            "facts": item.facts,
            "revisions": [{"saved_at": t, "details": asdict(d)} for t, d in item.revisions],
        })
    exported = {e.id for e in entries} | {i.id for i in items}
    status = journal.verify(reread=True)
    events = []
    for event in journal.events():
        if event["record"] in exported:
            events.append(dict(event))
        else:
            events.append({"seq": event["seq"], "prev": event["prev"], "hash": event["hash"]})
    dates = [e.latest.get("date", "") for e in entries]
    return {
        "format": FORMAT,
        "report_id": report_id,
        "created_at": _iso(created),
        "created_unix": created,
        "name": request.name,
        "purpose": request.purpose,
        "period": {"from": min(dates) if dates else "", "to": max(dates) if dates else ""},
        "public_key_pem": public_pem.decode("ascii"),
        "public_key_fingerprint": signing.fingerprint(signing.load_public(public_pem)),
        "includes_history": request.include_history,
        "incidents": incidents,
        "evidence": evidence,
        "chain": {
            "count": len(events),
            "head": events[-1]["hash"] if events else "0" * 64,
            "intact_at_export": status.ok,
            "problem_at_export": status.reason,
            "events": events,
        },
    }


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
        from .report_pdf import render

        def step(percent: int) -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if progress is not None:
                progress(percent)

        step(1)
        entries, items = select(self.journal, self.store, request)
        key = signing.signing_key(self.vault)
        pem = signing.public_pem(key)
        report_id = new_report_id()
        created = self.clock()
        names = file_names(items)
        manifest = build_manifest(self.journal, entries, items, names, request, report_id,
                                  created, pem)
        data = manifest_bytes(manifest)
        signature = key.sign(data)
        step(5)

        pictures: dict[int, bytes] = {}
        pictured = [i for i in items if i.is_picture]
        for n, item in enumerate(pictured):
            pictures[item.id] = self._print_copy(item)
            step(5 + int(45 * (n + 1) / max(1, len(pictured))))

        def originals() -> Any:
            for n, item in enumerate(items):
                with self.store.original(item.id) as stream:  # type: ignore[union-attr]
                    yield item, names[item.id], stream.read()
                step(50 + int(40 * (n + 1) / max(1, len(items))))

        signed = {MANIFEST: data, SIGNATURE: signature, PUBLIC_KEY: pem}
        args = (manifest, entries, items, names, pictures, self.texts, self.kind_names,
                self.evidence_kind_names)
        target = Path(destination)
        if request.container == "pdf":
            with atomic_write(target) as out:
                out.write(render(*args, attachments=(originals(), signed),
                                 password=request.password))
                step(97)
        elif request.container == "zip":
            with atomic_write(target) as out, zipfile.ZipFile(out, "w") as archive:
                archive.writestr("report.pdf", render(*args), zipfile.ZIP_DEFLATED)
                for name, blob in signed.items():
                    archive.writestr(name, blob, zipfile.ZIP_DEFLATED)
                archive.writestr(README, self.texts["readme"], zipfile.ZIP_DEFLATED)
                step(50)
                for item, name, blob in originals():
                    info = zipfile.ZipInfo(f"evidence/{name}", _zip_time(item))
                    archive.writestr(info, blob, zipfile.ZIP_STORED)
        elif request.container == "folder":
            self._write_folder(target, render(*args), signed, originals(), step)
        else:
            raise ValueError(request.container)
        step(100)
        size = _size_of(target)
        return ExportResult(report_id, signing.fingerprint(key), str(target), len(entries),
                            len(items), size)

    def _print_copy(self, item: Item) -> bytes:
        """A JPEG for the page: upright, at most PRINT_SIDE pixels (JPEG draft mode)."""
        try:
            data = self.store.original_bytes(item.id)  # type: ignore[union-attr]
            return media.jpeg(media.decoded(data, PRINT_SIDE), quality=80)
        except (media.PictureError, ValueError, OSError, KeyError):
            return b""

    def _write_folder(self, target: Path, pdf: bytes | bytearray, signed: dict[str, bytes],
                      originals: Any, step: Callable[[int], None]) -> None:
        if target.exists():
            raise FileExistsError(str(target))
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        partial.mkdir()
        try:
            (partial / "evidence").mkdir()
            _write(partial / "report.pdf", pdf)
            for name, blob in signed.items():
                _write(partial / name, blob)
            _write(partial / README, self.texts["readme"].encode("utf-8"))
            step(50)
            for item, name, blob in originals:
                _write(partial / "evidence" / name, blob)
                with contextlib.suppress(OSError):
                    os.utime(partial / "evidence" / name,
                             (item.facts["modified_at"], item.facts["modified_at"]))
            os.rename(partial, target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise


def _write(path: Path, data: bytes | bytearray) -> None:
    with open(path, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _zip_time(item: Item) -> tuple[int, int, int, int, int, int]:
    moment = time.localtime(max(item.facts.get("modified_at", 0), 315532800))  # zip: ≥ 1980
    return moment[:6]  # type: ignore[return-value]


def _size_of(target: Path) -> int:
    if target.is_dir():
        return sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    return target.stat().st_size
