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
import hashlib
import json
import os
import re
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import media, signing
from .evidence import EvidenceStore, Item
from .journal import Entry, Journal
from .safeio import atomic_write
from .vault import FileDamaged, Vault

FORMAT = "incident-report/1"
MANIFEST, SIGNATURE, PUBLIC_KEY = "manifest.json", "manifest.sig", "public_key.pem"
README = "HOW-TO-VERIFY.txt"
REPORT, REPORT_HASH, REPORT_SIG = "report.pdf", "report.sha256", "report.sha256.sig"

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
        from .report_pdf import Attachments, render

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

        pictured = [i for i in items if i.is_picture]
        read_done = 0
        order = {item.id: n for n, item in enumerate(items)}
        loader = ThreadPoolExecutor(1)  # reads the next originals while one is written
        loading: dict[int, Any] = {}

        def load(item: Item) -> bytes:
            with self.store.original(item.id) as stream:  # type: ignore[union-attr]
                content = stream.read()
            if hashlib.sha256(content).hexdigest() != item.sha256:
                raise FileDamaged(item.file_id, "hash differs from import")
            return content

        def read(item: Item) -> bytes:
            """One original from the vault, checked against the SHA-256 taken at import;
            the next two are read ahead (at most three are in memory)."""
            nonlocal read_done
            at = order[item.id]
            for ahead in items[at:at + 3]:
                if ahead.id not in loading:
                    loading[ahead.id] = loader.submit(load, ahead)
            content = loading.pop(item.id).result()
            read_done += 1
            step(60 + int(37 * read_done / max(1, len(items))))
            return content

        signed = {MANIFEST: data, SIGNATURE: signature, PUBLIC_KEY: pem}
        target = Path(destination)
        # Photos are decoded, scaled and encoded by Pillow (no GIL) on the other cores
        # while this thread lays out the pages (pure Python) and waits for each in turn.
        with ThreadPoolExecutor(max(1, min(4, os.cpu_count() or 1))) as pool:
            jobs = {item.id: pool.submit(self._print_copy, item, cancelled)
                    for item in pictured}

            def picture(item_id: int) -> bytes | None:
                job = jobs.get(item_id)
                return job.result() or None if job is not None else None

            def laid_out(fraction: float) -> None:
                step(5 + int(55 * fraction))

            def report(out: Any, attachments: Attachments | None, password: str = "") -> None:
                render(out, manifest, entries, items, names, picture, self.texts,
                       self.kind_names, self.evidence_kind_names, attachments, password,
                       laid_out)

            try:
                if request.container == "pdf":
                    with atomic_write(target) as out:
                        report(out, Attachments(signed, [(i, names[i.id]) for i in items],
                                                read), request.password)
                elif request.container == "zip":
                    with atomic_write(target) as out, zipfile.ZipFile(out, "w") as archive:
                        with archive.open(REPORT, "w", force_zip64=True) as entry:
                            hashed = _Hashing(entry)
                            report(hashed, None)
                        signed.update(hashed.signed(key))
                        for name, blob in signed.items():
                            archive.writestr(name, blob, zipfile.ZIP_DEFLATED)
                        archive.writestr(README, self.texts["readme"], zipfile.ZIP_DEFLATED)
                        for item in items:
                            info = zipfile.ZipInfo(f"evidence/{names[item.id]}",
                                                   _zip_time(item))
                            archive.writestr(info, read(item), zipfile.ZIP_STORED)
                elif request.container == "folder":
                    self._write_folder(target, report, signed, items, names, read, key)
                else:
                    raise ValueError(request.container)
            except BaseException:
                for job in [*jobs.values(), *loading.values()]:
                    job.cancel()
                raise
            finally:
                loader.shutdown(wait=True)
        step(100)
        size = _size_of(target)
        return ExportResult(report_id, signing.fingerprint(key), str(target), len(entries),
                            len(items), size)

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
                      signed: dict[str, bytes], items: list[Item], names: dict[int, str],
                      read: Callable[[Item], bytes], key: Any) -> None:
        if target.exists():
            raise FileExistsError(str(target))
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        partial.mkdir()
        try:
            (partial / "evidence").mkdir()
            with open(partial / REPORT, "xb") as out:
                hashed = _Hashing(out)
                report(hashed, None)
                out.flush()
                os.fsync(out.fileno())
            signed = {**signed, **hashed.signed(key)}
            for name, blob in signed.items():
                _write(partial / name, blob)
            _write(partial / README, self.texts["readme"].encode("utf-8"))
            for item in items:
                path = partial / "evidence" / names[item.id]
                _write(path, read(item))
                with contextlib.suppress(OSError):
                    os.utime(path, (item.facts["modified_at"], item.facts["modified_at"]))
            os.rename(partial, target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise


class _Hashing:
    """Passes writes through and takes their SHA-256 (for the report beside the files)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._digest.update(data)
        return self._stream.write(data)

    def signed(self, key: Any) -> dict[str, bytes]:
        """report.sha256 (as sha256sum writes it) and its Ed25519 signature."""
        line = f"{self._digest.hexdigest()}  {REPORT}\n".encode("ascii")
        return {REPORT_HASH: line, REPORT_SIG: key.sign(line)}


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
