"""Check an exported report without the vault or the PIN. No Qt.

    python -m safeplan verify report.pdf|report.zip|folder [--password P]

Reads the files (PDF attachments, zip entries or folder files), checks the
Ed25519 signature over manifest.json, re-hashes every original, recomputes
the hash chain and the digest of every exported version, and prints OK or
exactly what fails. Exit status 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import signing
from .export import FORMAT, MANIFEST, PUBLIC_KEY, REPORT, REPORT_HASH, REPORT_SIG, SIGNATURE
from .journal import GENESIS, _event_hash, _hash


@dataclass
class Verdict:
    ok: bool
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Unreadable(Exception):
    pass


def _from_pdf(path: Path, password: str | None) -> dict[str, Callable[[], bytes]]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and (not password or not reader.decrypt(password)):
            raise _Unreadable("the PDF is protected by a password: give it with "
                              "--password")
        attachments = reader.attachments
    except FileNotDecryptedError as exc:
        raise _Unreadable("the PDF is protected by a password") from exc
    except (PdfReadError, OSError, ValueError) as exc:
        raise _Unreadable(f"not a readable PDF ({exc})") from exc
    found: dict[str, Callable[[], bytes]] = {}
    for name in attachments:
        found[name] = lambda name=name: attachments[name][0]
    return found


def _from_zip(path: Path) -> dict[str, Callable[[], bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _Unreadable(f"not a readable zip file ({exc})") from exc
    found: dict[str, Callable[[], bytes]] = {}
    for info in archive.infolist():
        name = info.filename.removeprefix("evidence/")
        found[name] = lambda info=info: archive.read(info)
    return found


def _from_folder(path: Path) -> dict[str, Callable[[], bytes]]:
    found: dict[str, Callable[[], bytes]] = {}
    for name in (MANIFEST, SIGNATURE, PUBLIC_KEY, REPORT, REPORT_HASH, REPORT_SIG):
        if (path / name).is_file():
            found[name] = (path / name).read_bytes
    evidence = path / "evidence"
    if evidence.is_dir():
        for item in evidence.iterdir():
            if item.is_file():
                found[item.name] = item.read_bytes
    return found


def verify(target: str | Path, password: str | None = None) -> Verdict:
    path = Path(target)
    try:
        if path.is_dir():
            files = _from_folder(path)
        elif zipfile.is_zipfile(path):
            files = _from_zip(path)
        elif path.is_file():
            files = _from_pdf(path, password)
        else:
            return Verdict(False, [f"{path}: no such file or folder"])
    except _Unreadable as exc:
        return Verdict(False, [str(exc)])
    verdict = Verdict(True)

    def fail(message: str) -> None:
        verdict.ok = False
        verdict.problems.append(message)

    def load(name: str) -> bytes | None:
        try:
            return files[name]()
        except Exception as exc:  # any damage is reported, never a traceback
            fail(f"{name}: cannot be read, the container is damaged ({exc})")
            return None

    missing = [n for n in (MANIFEST, SIGNATURE, PUBLIC_KEY) if n not in files]
    if missing:
        fail("missing: " + ", ".join(missing))
        return verdict
    data, signature, pem = load(MANIFEST), load(SIGNATURE), load(PUBLIC_KEY)
    if data is None or signature is None or pem is None:
        return verdict
    try:
        public = signing.load_public(pem)
    except ValueError:
        fail("public_key.pem is not an Ed25519 public key")
        return verdict
    if not signing.check(public, data, signature):
        fail("manifest.sig: the signature does not match manifest.json (the manifest, the "
             "signature or the key was changed)")
    try:
        manifest: dict[str, Any] = json.loads(data)
    except ValueError:
        fail("manifest.json is not valid JSON")
        return verdict
    if manifest.get("format") != FORMAT:
        fail(f"manifest.json: unknown format {manifest.get('format')!r}")
        return verdict
    printed = manifest.get("public_key_pem", "").encode("ascii")
    if printed.strip() != pem.strip():
        fail("public_key.pem differs from the key named in manifest.json")
    verdict.notes.append(f"report {manifest.get('report_id')}, made "
                         f"{manifest.get('created_at')}, key fingerprint "
                         f"{signing.fingerprint(public)}")

    if REPORT in files:  # a zip or a folder: the report beside the files is signed too
        _check_report(files, load, public, fail, verdict)

    for entry in manifest.get("evidence", []):
        name = entry.get("file", "")
        facts = entry.get("facts", {})
        if name not in files:
            fail(f"{name}: the original file is missing")
            continue
        content = load(name)
        if content is None:
            continue
        if len(content) != facts.get("size"):
            fail(f"{name}: size {len(content)} bytes, the manifest says {facts.get('size')}")
        digest = hashlib.sha256(content).hexdigest()
        if digest != facts.get("sha256"):
            fail(f"{name}: SHA-256 {digest} does not match the manifest's {facts.get('sha256')}")
    verdict.notes.append(f"{len(manifest.get('evidence', []))} original files re-hashed")
    _check_chain(manifest, fail, verdict)
    return verdict


def _check_report(files: dict[str, Callable[[], bytes]], load: Callable[[str], bytes | None],
                  public: Any, fail: Callable[[str], None], verdict: Verdict) -> None:
    if REPORT_HASH not in files or REPORT_SIG not in files:
        fail(f"{REPORT}: its signed hash ({REPORT_HASH}, {REPORT_SIG}) is missing")
        return
    line, signature, report = load(REPORT_HASH), load(REPORT_SIG), load(REPORT)
    if line is None or signature is None or report is None:
        return
    if not signing.check(public, line, signature):
        fail(f"{REPORT_SIG}: the signature does not match {REPORT_HASH}")
    elif line.split()[0].decode("ascii", "replace") != hashlib.sha256(report).hexdigest():
        fail(f"{REPORT}: it was changed after it was made (SHA-256 differs)")
    else:
        verdict.notes.append(f"{REPORT} matches its signed SHA-256")


def _check_chain(manifest: dict[str, Any], fail: Callable[[str], None], verdict: Verdict) -> None:
    chain = manifest.get("chain", {})
    events = chain.get("events", [])
    previous = GENESIS
    recorded: dict[int, set[str]] = {}
    for position, event in enumerate(events):
        if event.get("seq") != position:
            fail(f"hash chain: event {position} is missing or out of order")
            return
        if event.get("prev") != previous:
            fail(f"hash chain: event {position} does not follow the one before it")
            return
        if "action" in event and _event_hash(event) != event.get("hash"):
            fail(f"hash chain: event {position} was changed")
            return
        previous = event.get("hash", "")
        if "record" in event:
            recorded.setdefault(event["record"], set()).add(event["revision"])
    if previous != chain.get("head", GENESIS if not events else None):
        fail("hash chain: its last event is not the head named in the manifest")
    for incident in manifest.get("incidents", []):
        known = recorded.get(incident.get("record"), set())
        for revision in incident.get("revisions", []):
            digest = _hash({"saved_at": revision["saved_at"], "incident": revision["incident"]})
            if digest not in known:
                fail(f"incident {incident.get('record')}: a version saved at "
                     f"{revision['saved_at']} is not in the hash chain")
        if not set(incident.get("revision_digests", [])) <= known:
            fail(f"incident {incident.get('record')}: a listed version is not in the chain")
    for entry in manifest.get("evidence", []):
        known = recorded.get(entry.get("record"), set())
        for revision in entry.get("revisions", []):
            digest = _hash({"facts": entry["facts"], "saved_at": revision["saved_at"],
                            "details": revision["details"]})
            if digest not in known:
                fail(f"{entry.get('file')}: its facts or details are not the ones recorded in "
                     f"the hash chain")
                break
    if not chain.get("intact_at_export", True):
        fail(f"hash chain: it was already broken when the report was made "
             f"({chain.get('problem_at_export')})")
    verdict.notes.append(f"hash chain of {len(events)} events checked")


def main(argv: list[str]) -> int:
    import argparse

    from .hardening import program_name

    parser = argparse.ArgumentParser(prog=f"{program_name()} verify",
                                     description="Check an exported incident report.")
    parser.add_argument("path", help="report PDF, zip file or folder")
    parser.add_argument("--password", help="the PDF's password, if it has one")
    args = parser.parse_args(argv)
    try:
        verdict = verify(args.path, args.password)
    except Exception as exc:  # say what failed, never a traceback
        verdict = Verdict(False, [f"the file cannot be read ({type(exc).__name__}: {exc})"])
    for note in verdict.notes:
        print(note)
    if verdict.ok:
        print("OK: the signature, every original file and the hash chain check out.")
        return 0
    for problem in verdict.problems:
        print(f"FAILED: {problem}")
    return 1
