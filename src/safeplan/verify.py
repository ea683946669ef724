"""Check an exported report without the vault or the PIN. No Qt.

    python -m safeplan verify report.pdf|report.zip|folder [--password P]
        [--fingerprint HEX] [--lang ru|kk|en]

What it checks, and fails on:
- the PDF's own signature (PAdES): valid, by the certificate the signed
  manifest names, and covering every byte of the file, so a page removed, a
  content stream changed or anything appended (an incremental update keeps a
  valid signature over the earlier bytes) fails;
- the manifest's Ed25519 signature, and that the key and certificate beside it
  are the ones it names;
- every original, re-hashed in 1 MiB chunks (never whole in memory);
- every file present: a file that is not part of the report fails, except the
  ones a computer adds by itself when a folder is copied (Thumbs.db,
  desktop.ini, .DS_Store, ._*), which are named as harmless;
- the hash chain, and times that go backwards in it (a warning naming the
  events: the clock was moved back);
- with --fingerprint, that the report was signed by that key;
- a location-free copy (a photo sent without its GPS position): accepted only
  with the link to its original (the original's SHA-256 equal to the one in
  the item's facts) and a commitment for each fact it withholds; a fact the
  report opens (salt and value) must recompute to its commitment;
- files a location-free report lists as left out (`left_out`: a video in MKV,
  WebM or AVI): named as a note with the commitment to their SHA-256; a file of
  that name in the report fails as unknown;
- a report that withholds names (`"names": "withheld"`): every file's own name
  only by its commitment, and no video or recording whose metadata gives a title.
It prints the key's fingerprint in large groups, with the instruction to
compare it with the one recorded at first contact. Exit status 0 only when
everything checks. It speaks Russian, Kazakh and English (`verify_text`).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from . import chain, id3, location, pdf_signature, signing, video_location
from .export import (
    BESIDE_REPORT,
    CERTIFICATE,
    COPY_LIMIT,
    EVIDENCE,
    FORMAT,
    MANIFEST,
    PUBLIC_KEY,
    README,
    REPORT,
    REPORT_HASH,
    REPORT_SIG,
    SIGNATURE,
    SIGNED_FILES,
)
from .report import attachments as att
from .verify_text import LANGUAGES, system_language, text

HARMLESS = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
FORMATS = (FORMAT, "incident-report/3", "incident-report/2", "incident-report/1")


@dataclass
class Finding:
    level: str  # "fail", "warn" or "pass"
    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Verdict:
    """Every finding in order; `ok` when none failed."""

    findings: list[Finding] = field(default_factory=list)
    report_id: str = ""
    created: str = ""
    fingerprint: str = ""  # the identity key's, lowercase hex
    pdf_fingerprint: str = ""

    @property
    def ok(self) -> bool:
        return not any(f.level == "fail" for f in self.findings)

    def problems_in(self, language: str = "en") -> list[str]:
        return [text(language, f.key, **f.values) for f in self.findings if f.level == "fail"]

    @property
    def problems(self) -> list[str]:
        return self.problems_in("en")

    @property
    def warnings(self) -> list[str]:
        return [text("en", f.key, **f.values) for f in self.findings if f.level == "warn"]

    def lines(self, language: str = "en") -> list[str]:
        """What the verifier prints, in `language`."""
        out = []
        if self.report_id:
            out.append(text(language, "title", report_id=self.report_id,
                            created=self.created))
        if self.fingerprint:
            out += ["", text(language, "fingerprint_heading"), ""]
            big = signing.grouped(self.fingerprint, 8).split()
            out += ["    " + "  ".join(big[:4]), "    " + "  ".join(big[4:]), ""]
            out.append(text(language, "fingerprint_anchor"))
            if self.pdf_fingerprint:
                out.append(text(language, "pdf_fingerprint",
                                fingerprint=signing.grouped(self.pdf_fingerprint)))
            out.append("")
        labels = {"fail": "failed", "warn": "warning", "note": "note", "pass": None}
        for finding in self.findings:
            values = finding.values
            if language != "en" and "detail" in values:
                # A library's own message is English ("Stream has ended unexpectedly"):
                # a Russian or Kazakh reader gets the reason in her words, the expert
                # gets the library's with --lang en.
                values = {**values, "detail": text(language, "detail_in_english")}
            message = text(language, finding.key, **values)
            label = labels[finding.level]
            out.append(text(language, label, problem=message) if label else "  " + message)
        failed = sum(f.level == "fail" for f in self.findings)
        out.append("")
        out.append(text(language, "ok") if not failed
                   else text(language, "summary_failed", count=failed))
        return out


class _Unreadable(Exception):
    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


# -- containers ----------------------------------------------------------------

class _Container:
    """The files of a report by name, each readable in chunks."""

    kind = ""

    def names(self) -> list[str]:
        raise NotImplementedError

    def chunks(self, name: str) -> Iterator[bytes]:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        return b"".join(self.chunks(name))

    def evidence_name(self, name: str) -> str:
        return name

    def close(self) -> None:
        pass


class _PdfContainer(_Container):
    """A report PDF's attachments, found through its name tree and read straight
    from the file in chunks (decrypted and inflated as they pass)."""

    kind = "pdf"

    def __init__(self, path: Path, password: str | None) -> None:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError

        self.file = open(path, "rb")  # noqa: SIM115 - closed by close()
        try:
            reader = PdfReader(self.file, strict=False)  # a stream: never read whole
            self.key: bytes | None = None
            if reader.is_encrypted:
                if not password:
                    raise _Unreadable("password_needed")
                if not reader.decrypt(password):
                    raise _Unreadable("password_wrong")
                encryption = reader._encryption  # pypdf is pinned; the file key
                if encryption is None or encryption.V != 5:
                    raise _Unreadable("not_pdf", detail="unexpected encryption")
                self.key = encryption._key
            self.reader = reader
            self.files: dict[str, tuple[int, int]] = {}
            root = reader.trailer["/Root"]
            names = root.get("/Names")
            tree = names.get("/EmbeddedFiles") if names is not None else None
            if tree is not None:
                self._walk(tree.get_object(), 0)
        except _Unreadable:
            self.file.close()
            raise
        except FileNotDecryptedError as exc:
            self.file.close()
            raise _Unreadable("password_needed") from exc
        except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            self.file.close()
            raise _Unreadable("not_pdf", detail=str(exc) or type(exc).__name__) from exc

    def _walk(self, node: Any, depth: int) -> None:
        if depth > 20:
            raise ValueError("name tree too deep")
        for kid in node.get("/Kids", []):
            self._walk(kid.get_object(), depth + 1)
        pairs = node.get("/Names", [])
        for at in range(0, len(pairs) - 1, 2):
            name = str(pairs[at])
            spec = pairs[at + 1].get_object()
            ef = spec["/EF"]
            ref = ef.raw_get("/F")  # not resolved: that would read the whole stream
            self.files[name] = (ref.idnum, ref.generation)

    def names(self) -> list[str]:
        return list(self.files)

    def chunks(self, name: str) -> Iterator[bytes]:
        idnum, generation = self.files[name]
        offset = self.reader.xref.get(generation, {}).get(idnum)
        if offset is None:
            raise ValueError("attachment stored in an unexpected way")
        self.file.seek(offset)
        head = self.file.read(4096)
        match = re.match(rb"\s*\d+\s+\d+\s+obj\s*<<(.*?)>>\s*stream(\r\n|\n)", head, re.S)
        if not match:
            raise ValueError("attachment stored in an unexpected way")
        dictionary = match.group(1)
        length = re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", dictionary)
        if not length:
            raise ValueError("attachment length missing")
        filters = re.findall(rb"/Filter\s*\[?\s*/(\w+)", dictionary)
        if filters not in ([], [b"FlateDecode"]):
            raise ValueError("attachment encoded in an unexpected way")
        start, remaining = offset + match.end(), int(length.group(1))

        def raw() -> Iterator[bytes]:
            nonlocal remaining
            self.file.seek(start)
            while remaining:
                piece = self.file.read(min(att.CHUNK, remaining))
                if not piece:
                    raise ValueError("the file is cut short")
                remaining -= len(piece)
                yield piece

        pieces = raw()
        if self.key is not None:
            pieces = att.aes_cbc_decrypt(pieces, self.key)
        if filters:
            pieces = att.inflate(pieces)
        return pieces

    def close(self) -> None:
        self.file.close()


class _ZipContainer(_Container):
    kind = "zip"

    def __init__(self, path: Path) -> None:
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise _Unreadable("not_zip", detail=str(exc)) from exc
        self.infos = {i.filename: i for i in self.archive.infolist() if not i.is_dir()}

    def names(self) -> list[str]:
        return list(self.infos)

    def chunks(self, name: str) -> Iterator[bytes]:
        with self.archive.open(self.infos[name]) as entry:
            while piece := entry.read(att.CHUNK):
                yield piece

    def evidence_name(self, name: str) -> str:
        return f"{EVIDENCE}/{name}"

    def close(self) -> None:
        self.archive.close()


class _FolderContainer(_Container):
    kind = "folder"

    def __init__(self, path: Path) -> None:
        self.path = path

    def names(self) -> list[str]:
        return sorted(p.relative_to(self.path).as_posix() for p in self.path.rglob("*")
                      if p.is_file() or p.is_symlink())

    def chunks(self, name: str) -> Iterator[bytes]:
        with open(self.path / name, "rb") as stream:
            while piece := stream.read(att.CHUNK):
                yield piece

    def evidence_name(self, name: str) -> str:
        return f"{EVIDENCE}/{name}"


def _harmless(name: str) -> bool:
    parts = name.split("/")
    base = parts[-1]
    return (base.lower() in HARMLESS or base.startswith("._") or "__MACOSX" in parts[:-1])


# -- the check -----------------------------------------------------------------

def verify(target: str | Path, password: str | None = None,
           fingerprint: str | None = None) -> Verdict:
    path = Path(target)
    verdict = Verdict()
    try:
        if path.is_dir():
            container: _Container = _FolderContainer(path)
        elif zipfile.is_zipfile(path):
            container = _ZipContainer(path)
        elif path.is_file():
            container = _PdfContainer(path, password)
        else:
            verdict.findings.append(Finding("fail", "no_such", {"path": str(path)}))
            return verdict
    except _Unreadable as exc:
        verdict.findings.append(Finding("fail", exc.key, exc.values))
        return verdict
    try:
        _Check(container, path, password, verdict).run(fingerprint)
    finally:
        container.close()
    return verdict


class _Check:
    def __init__(self, container: _Container, path: Path, password: str | None,
                 verdict: Verdict) -> None:
        self.container = container
        self.path = path
        self.password = password
        self.verdict = verdict
        self.titles = False  # the report withholds names: a title in a file fails

    def add(self, level: str, key: str, **values: Any) -> None:
        self.verdict.findings.append(Finding(level, key, values))

    def fail(self, key: str, **values: Any) -> None:
        self.add("fail", key, **values)

    def load(self, name: str) -> bytes | None:
        try:
            return self.container.read(name)
        except Exception as exc:  # any damage is reported, never a traceback
            self.fail("damaged_file", name=name, detail=str(exc) or type(exc).__name__)
            return None

    def run(self, wanted: str | None) -> None:
        present = set(self.container.names())
        signed_by = None
        if self.container.kind == "pdf":  # first: it holds whatever else is damaged
            signed_by = self._pdf_signature(self.path.name)
        missing = [n for n in (MANIFEST, SIGNATURE, PUBLIC_KEY) if n not in present]
        if missing:
            self.fail("missing_signed", names=", ".join(missing))
            return
        data, signature, pem = (self.load(MANIFEST), self.load(SIGNATURE),
                                self.load(PUBLIC_KEY))
        if data is None or signature is None or pem is None:
            return
        try:
            public = signing.load_public(pem)
        except ValueError:
            self.fail("not_ed25519")
            return
        self.verdict.fingerprint = signing.fingerprint_hex(public)
        manifest_signed = signing.check(public, data, signature)
        try:
            manifest: dict[str, Any] = json.loads(data)
        except ValueError:
            self.fail("manifest_json")
            return
        if manifest.get("format") not in FORMATS:
            self.fail("manifest_format", format=repr(manifest.get("format")))
            return
        self.verdict.report_id = str(manifest.get("report_id", ""))
        self.verdict.created = _date_time(manifest.get("created_unix"),
                                          manifest.get("created_at", ""))
        certificate = self._certificate(manifest, present, public)

        if signed_by is not None and certificate is not None and signed_by != certificate:
            self.fail("pdf_other_key", name=self.path.name)
        if manifest_signed:
            self.add("pass", "manifest_signature_ok")
        else:
            self.fail("manifest_signature")
        if manifest.get("public_key_pem", "").encode("ascii").strip() != pem.strip():
            self.fail("key_differs")
        if wanted is not None:
            self._fingerprint(wanted, public, certificate)

        expected = set(SIGNED_FILES if manifest.get("format") != "incident-report/1"
                       else (MANIFEST, SIGNATURE, PUBLIC_KEY))
        if self.container.kind != "pdf":
            expected |= set(BESIDE_REPORT)
            self._report_beside(present, public, certificate)
            self._readme(manifest, present)
        self._originals(manifest, present, expected)
        self._left_out(manifest)
        for name in sorted(present - expected):
            if _harmless(name) and self.container.kind == "folder":
                self.add("warn", "harmless_file", name=name)
            else:
                self.fail("unknown_file", name=name)
        _check_chain(manifest, self)

    def _certificate(self, manifest: dict[str, Any], present: set[str],
                     public: Any) -> Any:
        """The PDF-signing certificate the manifest names, checked against the
        identity's certification and the copy beside the manifest."""
        from cryptography import x509

        pem = manifest.get("pdf_certificate_pem")
        if not pem:
            return None
        try:
            certificate = x509.load_pem_x509_certificate(pem.encode("ascii"))
        except ValueError:
            self.fail("certificate_uncertified")
            return None
        from cryptography.hazmat.primitives import serialization

        der = certificate.public_bytes(serialization.Encoding.DER)
        certified = bytes.fromhex(manifest.get("pdf_certificate_certified", "") or "")
        if not signing.check(public, der, certified):
            self.fail("certificate_uncertified")
        if CERTIFICATE in present:
            beside = self.load(CERTIFICATE)
            if beside is not None and beside.strip() != pem.encode("ascii").strip():
                self.fail("certificate_differs")
        self.verdict.pdf_fingerprint = signing.fingerprint_hex(certificate)
        return certificate

    def _pdf_signature(self, name: str, stream: BinaryIO | None = None) -> Any:
        """Check the PDF's own signature; the certificate that made it."""
        with contextlib.ExitStack() as stack:
            if stream is None:
                stream = stack.enter_context(open(self.path, "rb"))
            result = pdf_signature.check(stream, self.password)
        if result.problem:
            self.fail(result.problem, name=name, count=result.count)
        else:
            self.add("pass", "pdf_ok", name=name)
        return result.certificate

    def _fingerprint(self, wanted: str, public: Any, certificate: Any) -> None:
        cleaned = re.sub(r"[\s:\-]", "", wanted).lower()
        if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
            self.fail("fingerprint_bad", value=wanted)
            return
        known = {signing.fingerprint_hex(public), signing.legacy_fingerprint_hex(public)}
        if certificate is not None:
            known.add(signing.fingerprint_hex(certificate))
        if cleaned in known:
            self.add("pass", "fingerprint_matches")
        else:
            self.fail("fingerprint_differs")

    def _report_beside(self, present: set[str], public: Any, certificate: Any) -> None:
        if REPORT_HASH not in present or REPORT_SIG not in present or REPORT not in present:
            self.fail("report_hash_missing", name=REPORT, files=f"{REPORT_HASH}, {REPORT_SIG}")
            return
        line, signature = self.load(REPORT_HASH), self.load(REPORT_SIG)
        if line is None or signature is None:
            return
        digest = hashlib.sha256()
        report = io.BytesIO()  # the report beside the files holds pages only
        try:
            for piece in self.container.chunks(REPORT):
                digest.update(piece)
                report.write(piece)
        except Exception as exc:
            self.fail("damaged_file", name=REPORT, detail=str(exc) or type(exc).__name__)
            return
        if not signing.check(public, line, signature):
            self.fail("report_hash_signature", name=REPORT_SIG, hashfile=REPORT_HASH)
        elif line.split()[:1] != [digest.hexdigest().encode("ascii")]:
            self.fail("report_changed", name=REPORT)
        signed_by = self._pdf_signature(REPORT, report)
        if signed_by is not None and certificate is not None and signed_by != certificate:
            self.fail("pdf_other_key", name=REPORT)

    def _readme(self, manifest: dict[str, Any], present: set[str]) -> None:
        expected = manifest.get("readme_sha256")
        if expected and README in present:
            content = self.load(README)
            if content is not None and hashlib.sha256(content).hexdigest() != expected:
                self.fail("readme_changed", name=README)

    def _originals(self, manifest: dict[str, Any], present: set[str],
                   expected: set[str]) -> None:
        evidence = manifest.get("evidence", [])
        good = copies = 0
        # A report that withholds names (newer location-free reports): each file's own
        # name only by its commitment, and no file's metadata gives a title.
        self.titles = manifest.get("names") == "withheld"
        for entry in evidence:
            name = self.container.evidence_name(str(entry.get("file", "")))
            facts = entry.get("facts", {})
            expected.add(name)
            if self.titles and not chain.is_commitment(facts.get(chain.NAME)):
                self.fail("name_uncommitted", name=name)
            derived = entry.get("derived")
            if derived is not None:
                if not self._derived(name, facts, derived):
                    continue
                # The file is the copy: its own hash and size are the ones to match.
                facts = {"size": derived.get("size"), "sha256": derived.get("sha256")}
            elif chain.is_commitment(facts.get(chain.ORIGINAL)):
                # An original whose SHA-256 the report seals without opening it.
                self.fail("original_unopened", name=name)
                continue
            if name not in present:
                self.fail("original_missing", name=name)
                continue
            # A copy must say nowhere where it was made; in a report that withholds
            # positions, neither may any original that goes out.
            kind = str((entry.get("facts") or {}).get("mime", "")).split("/")[0]
            look = derived is not None or (manifest.get("location") == "withheld"
                                           and kind in ("image", "video", "audio"))
            try:
                digest, size, placed = self._read(
                    name, look, kind == "image" or derived is not None
                    or (self.titles and kind == "audio"), kind == "video", kind)
            except Exception as exc:
                self.fail("damaged_file", name=name, detail=str(exc) or type(exc).__name__)
                continue
            if "position" in placed:
                self.fail("derived_has_position" if derived is not None
                          else "original_has_position", name=name)
            if "serial" in placed and derived is not None:
                self.fail("derived_has_serial", name=name)
            if "title" in placed:
                self.fail("has_title", name=name)
            if size != facts.get("size"):
                self.fail("original_size", name=name, size=size, expected=facts.get("size"))
            elif digest.hexdigest() != facts.get("sha256"):
                self.fail("original_hash", name=name, digest=digest.hexdigest(),
                          expected=facts.get("sha256"))
            elif derived is not None:
                copies += 1
            else:
                good += 1
        if evidence and good + copies == len(evidence):
            if good:
                self.add("pass", "originals_ok", count=good)
            if copies:
                self.add("pass", "copies_ok", count=copies)

    def _left_out(self, manifest: dict[str, Any]) -> None:
        """Files a location-free report lists as left out (export.LEFT_OUT): named with
        the commitment to their SHA-256, and not in the report. A file of that name in
        the report is not one the manifest lists as shipped, so it fails as unknown."""
        left_out = manifest.get("left_out") or []
        shipped = {e.get("record") for e in manifest.get("evidence", [])}
        if not isinstance(left_out, list):
            self.fail("left_out_unknown", name="left_out")
            return
        for entry in left_out:
            if not isinstance(entry, dict):
                self.fail("left_out_unknown", name="left_out")
                continue
            name = self.container.evidence_name(str(entry.get("file", "")))
            sealed = entry.get("sha256")
            if (manifest.get("location") != "withheld" or entry.get("record") in shipped
                    or not (chain.is_commitment(sealed)
                            or re.fullmatch(r"[0-9a-f]{64}", str(sealed)))):
                self.fail("left_out_unknown", name=name)
                continue
            self.add("note", "left_out" if entry.get("reason") == "video_format"
                     else "left_out_other", name=str(entry.get("file", "")))

    def _read(self, name: str, look: bool, picture: bool,
              video: bool = False, kind: str = "") -> tuple[Any, int, set[str]]:
        """The file's SHA-256 and size, read in chunks, and with `look` what it still
        says: "position" (a picture, up to COPY_LIMIT in memory, by its metadata; a
        video by its boxes, streamed, and its location tracks' samples in a second
        pass), "serial" (a camera's serial number in a picture), and in a report that
        withholds names "title" (a photo's EXIF/XMP/IPTC title or comment, an MP3's
        ID3 title or comment; `kind`: the manifest's type, "image" or "audio")."""
        digest, size = hashlib.sha256(), 0
        pieces = self.container.chunks(name)
        first = next(pieces, b"")

        def counted() -> Iterator[bytes]:
            nonlocal size
            for piece in itertools.chain([first], pieces):
                digest.update(piece)
                size += len(piece)
                yield piece

        if look and video and not video_location.looks_like(first[:16]):
            # A video in another container (MKV, WebM, AVI) is not understood: in a
            # location-free report nothing says it holds no position.
            for _piece in counted():
                pass
            return digest, size, {"position"}
        if look and video_location.looks_like(first[:16]):
            try:
                found, ranges = video_location.position_in(
                    counted(), titles=self.titles)
            except location.LocationError:
                for _piece in counted():  # a copy we cannot read: it says nothing safe
                    pass
                return digest, size, {"position"}
            if ranges and not video_location.zeroed(self.container.chunks(name), ranges):
                found.append("location_track")
            said = {"title"} if "title" in found else set()
            return digest, size, said | ({"position"} if set(found) - {"title"} else set())
        kept = bytearray() if look and picture else None
        for piece in counted():
            if kept is not None and len(kept) <= COPY_LIMIT:
                kept += piece
        said = set()
        if kept is not None and len(kept) <= COPY_LIMIT:
            if location.position_in(kept):
                said.add("position")
            if location.serials_in(kept):
                said.add("serial")
            if self.titles and ((kind == "image" and location.titles_in(kept))
                                or (kind == "audio" and id3.titles_in(bytes(kept)))):
                said.add("title")
        return digest, size, said

    def _derived(self, name: str, facts: dict[str, Any], derived: Any) -> bool:
        """A location-free copy stands for its original only when the manifest links
        it to the original's hash and withholds each fact behind a commitment."""
        if (not isinstance(derived, dict) or derived.get("kind") != "location_removed"
                or not re.fullmatch(r"[0-9a-f]{64}", str(derived.get("sha256", "")))):
            self.fail("derived_unknown", name=name)
            return False
        if chain.is_commitment(facts.get(chain.ORIGINAL)):
            # Linked by a salted commitment to the original's SHA-256 (format 4): the
            # original and its salt, when produced, recompute it (HOW-TO-VERIFY).
            if chain.ORIGINAL not in (derived.get("withheld") or []):
                self.fail("derived_unlinked", name=name)
                return False
        elif derived.get("from_sha256") != facts.get("sha256") or not re.fullmatch(
                r"[0-9a-f]{64}", str(facts.get("sha256", ""))):
            self.fail("derived_unlinked", name=name)
            return False
        image = facts.get("image") or {}
        for fact in derived.get("withheld") or []:
            if not chain.is_commitment(facts.get(fact) if fact == chain.ORIGINAL
                                       else image.get(fact)):
                self.fail("withheld_uncommitted", name=name, field=fact)
                return False
        return True


def _sealed_facts(entry: dict[str, Any]) -> dict[str, Any]:
    """The facts as the chain's digests cover them: an original's SHA-256 opened in
    the report (plain, with its salt) sealed again into its commitment."""
    facts = entry.get("facts") or {}
    disclosed = entry.get("disclosed") or {}
    opening = disclosed.get(chain.ORIGINAL)
    value = facts.get(chain.ORIGINAL)
    if isinstance(opening, dict) and isinstance(value, str) and isinstance(
            opening.get("salt"), str) and re.fullmatch(r"[0-9a-f]{64}", value):
        facts = {**facts, chain.ORIGINAL: {"commitment": chain.original_commitment(
            value, opening["salt"])}}
    opening, value = disclosed.get(chain.NAME), facts.get(chain.NAME)
    if isinstance(opening, dict) and isinstance(value, str) and isinstance(
            opening.get("salt"), str):
        # A name opened in a report with the locations: the digests cover its commitment.
        facts = {**facts, chain.NAME: {"commitment": chain.commitment(
            chain.NAME, value, opening["salt"])}}
    return facts


def _date_time(seconds: Any, fallback: str) -> str:
    if isinstance(seconds, int | float):
        return datetime.fromtimestamp(seconds).astimezone().strftime("%d.%m.%Y %H:%M %z")
    return fallback


_CHAIN_PROBLEMS = {
    chain.Problem.MISSING: "chain_order",
    chain.Problem.DAMAGED: "chain_order",
    chain.Problem.BROKEN_LINK: "chain_follow",
    chain.Problem.CHANGED: "chain_changed",
}


def _check_chain(manifest: dict[str, Any], check: _Check) -> None:
    fail = check.fail
    exported = manifest.get("chain", {})
    events = exported.get("events", [])
    start = (0, chain.GENESIS)
    if "from_seq" in exported:  # begins after a checkpoint (withheld positions before it)
        start = (int(exported["from_seq"]), str(exported.get("from_prev", "")))
        check.add("warn", "chain_from_checkpoint", seq=start[0],
                  time=_date_time(exported.get("checkpoint_time"), ""))
    status = chain.check(events, redacted=True, start=start)
    if not status.ok:
        fail(_CHAIN_PROBLEMS[chain.Problem(status.reason)], position=status.broken_at)
        return
    last_timed: dict[str, Any] | None = None
    for event in events:
        if isinstance(event.get("time"), int | float):
            if last_timed is not None and event["time"] < last_timed["time"]:
                check.add("warn", "chain_backwards", seq=event["seq"],
                          time=_date_time(event["time"], ""), previous_seq=last_timed["seq"],
                          previous_time=_date_time(last_timed["time"], ""))
            last_timed = event
    if chain.head_of(events) != exported.get("head", chain.GENESIS if not events else None):
        fail("chain_head")
    recorded = chain.recorded(events)
    for incident in manifest.get("incidents", []):
        known = recorded.get(incident.get("record"), set())
        for revision in incident.get("revisions", []):
            digest = chain.incident_digest(revision["saved_at"], revision["incident"])
            if digest not in known:
                fail("chain_incident_version", record=incident.get("record"),
                     saved=_date_time(revision["saved_at"], ""))
        if not set(incident.get("revision_digests", [])) <= known:
            fail("chain_incident_listed", record=incident.get("record"))
    for entry in manifest.get("evidence", []):
        image = (entry.get("facts") or {}).get("image") or {}
        for fact, opening in (entry.get("disclosed") or {}).items():
            if fact == chain.NAME:
                # The name, plain in its facts, with its salt: sealed again (above) for
                # the chain's digests, so a changed name or salt fails there.
                opened = isinstance(opening, dict) and (
                    opening.get("value") == (entry.get("facts") or {}).get(fact)
                    and re.fullmatch(r"[0-9a-f]{64}", str(opening.get("salt"))))
            elif fact == chain.ORIGINAL:
                # The original's SHA-256, plain in its facts, with its salt: the chain's
                # digests (below) cover its sealed form, so a wrong salt fails there.
                opened = isinstance(opening, dict) and (
                    opening.get("value") == (entry.get("facts") or {}).get(fact)
                    and re.fullmatch(r"[0-9a-f]{64}", str(opening.get("value")))
                    and re.fullmatch(r"[0-9a-f]{64}", str(opening.get("salt"))))
            else:
                committed = image.get(fact)
                opened = isinstance(opening, dict) and chain.is_commitment(committed) and (
                    chain.commitment(fact, opening.get("value"), str(opening.get("salt")))
                    == committed["commitment"])
            if not opened:
                fail("commitment_differs", name=entry.get("file"), field=fact)
        known = recorded.get(entry.get("record"), set())
        sealed = _sealed_facts(entry)
        for revision in entry.get("revisions", []):
            digest = chain.evidence_digest(sealed, revision["saved_at"],
                                           revision["details"])
            if digest not in known:
                fail("chain_evidence", name=entry.get("file"))
                break
    for order in manifest.get("protective_orders", []):
        known = recorded.get(order.get("record"), set())
        for revision in order.get("revisions", []):
            if chain.order_digest(revision["saved_at"], revision["order"]) not in known:
                fail("chain_protective_order", record=order.get("record"))
                break
    statement = manifest.get("statement")
    if statement is not None and chain.statement_digest(
            statement.get("saved_at"), statement.get("statement")) not in recorded.get(
            statement.get("record"), set()):
        fail("chain_statement", record=statement.get("record"))
    if not exported.get("intact_at_export", True):
        fail("chain_broken_at_export", reason=exported.get("problem_at_export"))
    check.add("pass", "chain_ok", count=len(events))


def chosen_language(argv: Sequence[str]) -> str:
    """--lang X or --lang=X when given (and known), else the system's language."""
    for index, arg in enumerate(argv):
        value = (argv[index + 1] if arg == "--lang" and index + 1 < len(argv)
                 else arg.partition("=")[2] if arg.startswith("--lang=") else "")
        if value in LANGUAGES:
            return value
    return system_language()


class CommandLineError(Exception):
    """argparse found the command line wrong; its own English words stay inside."""


def main(argv: list[str], out: Callable[[str], None] = print) -> int:
    import argparse

    from .hardening import program_name

    language = chosen_language(argv)

    def say(key: str, **values: object) -> str:
        return text(language, key, **values)

    class Parser(argparse.ArgumentParser):
        # argparse's own words ("usage:", "options:", its errors) are English only:
        # the help is written from the verifier's catalogue, errors name the argument.
        def error(self, message: str) -> NoReturn:
            raise CommandLineError(message)

    parser = Parser(prog=f"{program_name()} verify", add_help=False)
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("path", nargs="?", metavar=say("cli_path_metavar"))
    parser.add_argument("--password", metavar=say("cli_password_metavar"))
    parser.add_argument("--fingerprint", metavar=say("cli_fingerprint_metavar"))
    parser.add_argument("--lang", choices=LANGUAGES)
    usage = " ".join(parser.format_usage().split()[1:])  # less argparse's "usage:"
    try:
        args = parser.parse_args(argv)
    except CommandLineError as error:
        out(f"{say('cli_usage')} {usage}")
        out(say("cli_error", detail=" ".join(
            word.strip(":,") for word in str(error).split() if word.startswith("-"))
            or say("cli_path_metavar")))
        return 2
    if args.help or args.path is None:
        rows = [(f"  {say('cli_path_metavar')}", say("cli_path")),
                ("  -h, --help", say("cli_help")),
                (f"  --password {say('cli_password_metavar')}", say("cli_password")),
                (f"  --fingerprint {say('cli_fingerprint_metavar')}", say("cli_fingerprint")),
                ("  --lang {ru,kk,en}", say("cli_lang"))]
        width = max(len(name) for name, _ in rows) + 2
        lines = [f"{say('cli_usage')} {usage}", "", say("cli_description"), "",
                 say("cli_arguments"), f"{rows[0][0]:<{width}}{rows[0][1]}", "",
                 say("cli_options")]
        lines += [f"{name:<{width}}{help_text}" for name, help_text in rows[1:]]
        for line in lines:
            out(line)
        return 0 if args.help else 2
    try:
        verdict = verify(args.path, args.password, args.fingerprint)
    except Exception as exc:  # say what failed, never a traceback
        verdict = Verdict([Finding("fail", "unreadable",
                                   {"detail": f"{type(exc).__name__}: {exc}"})])
    for line in verdict.lines(language):
        out(line)
    return 0 if verdict.ok else 1
