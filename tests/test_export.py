"""The export read by independent tools, and the verifier against tampering."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import subprocess
import sys
import zipfile
from dataclasses import asdict

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from safeplan import vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import ExportCancelled, Exporter, ExportRequest, select
from safeplan.journal import EVENT, Incident, Journal
from safeplan.report import texts
from safeplan.verify import verify

from .test_evidence import photo_bytes

PIN = "24681357"
KAZAKH = "Ол мені итеріп жіберді, қорқытты: «өлтіремін» — әйелі үйден шықты"
RUSSIAN = "Он толкнул меня к стене и схватил за горло"


@pytest.fixture
def world(data_dir, policy, tmp_path):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    ticks = itertools.count(1_763_000_000, 60)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    store = EvidenceStore(v, journal, clock=clock)
    person = journal.add_person("Ерлан", "муж")
    first = journal.create(Incident(date="2026-11-20", time="23:40", kinds=["physical"],
                                    description=RUSSIAN, exact_words="«Убью»", fear=9,
                                    person_id=person, police_contacted=True,
                                    police_report="КУИ 1234"))
    journal.edit(first.id, Incident(**{**asdict(first.current), "witnesses": "Соседка"}))
    second = journal.create(Incident(date="2026-10-01", kinds=["threats"],
                                     description=KAZAKH + " 😢"))
    third = journal.create(Incident(date="2025-01-05", kinds=["economic"],
                                    description="Забрал карту"))
    originals = {}
    for n, incident in enumerate((first, second)):
        path = tmp_path / f"IMG_{n}.jpg"
        path.write_bytes(photo_bytes(1600, 1200, colour=(200, 30 * n, 30)))
        item = store.import_file(path).item
        store.edit(item.id, Details(caption=f"Синяк {n}", kind="injury",
                                    incident_ids=[incident.id]))
        originals[f"{n + 1:03d}-IMG_{n}.jpg"] = path.read_bytes()
    exporter = Exporter(v, journal, store, texts(), {}, {}, clock=clock)
    yield {"vault": v, "journal": journal, "store": store, "exporter": exporter,
           "incidents": (first, second, third), "originals": originals, "out": tmp_path}
    v.close()


def export(world, name: str = "report.pdf", **options):
    destination = world["out"] / name
    # The originals go out (these tests compare them byte for byte); the default, photos
    # without their position, is tested in test_export_location.py.
    result = world["exporter"].run(ExportRequest(**{"location": "kept", **options}),
                                   destination)
    return destination, result


def pdf_text(path, password=None) -> str:
    reader = PdfReader(path)
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_pdf_holds_every_incident_in_russian_and_kazakh(world):
    destination = world["out"] / "отчёт.pdf"
    result = world["exporter"].run(ExportRequest(purpose="для суда", name="Айгерим"),
                                   destination)
    path = destination
    text = " ".join(pdf_text(path).split())
    for needle in (RUSSIAN, KAZAKH, "Забрал карту", "«Убью»", "КУИ 1234", "для суда",
                   "Айгерим", result.report_id, "Incident documentation",
                   "[U+1F622]"):
        assert " ".join(needle.split()) in text, needle
    reader = PdfReader(path)
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, 1):
        assert f"Page {number} of {pages}" in page.extract_text()
        assert result.report_id in page.extract_text()
    assert result.fingerprint[:19] in text


def test_attachments_are_the_originals_byte_for_byte(world):
    path, _ = export(world)
    attachments = PdfReader(path).attachments
    for name, data in world["originals"].items():
        assert attachments[name][0] == data
    assert {"manifest.json", "manifest.sig", "public_key.pem"} <= set(attachments)
    manifest = json.loads(attachments["manifest.json"][0])
    for entry in manifest["evidence"]:
        assert entry["facts"]["sha256"] == hashlib.sha256(
            world["originals"][entry["file"]]).hexdigest()


def test_the_verifier_passes_a_fresh_export_in_every_container(world):
    for container, name in (("pdf", "r.pdf"), ("zip", "r.zip"), ("folder", "r")):
        path, _ = export(world, name=name, container=container, include_history=True)
        verdict = verify(path)
        assert verdict.ok, (container, verdict.problems)


def flip(data: bytearray, needle: bytes, offset: int = 0) -> None:
    at = data.find(needle)
    assert at >= 0
    data[at + offset] ^= 0x01


def test_a_flipped_byte_in_an_attachment_fails(world):
    path, _ = export(world)
    data = bytearray(path.read_bytes())
    original = world["originals"]["001-IMG_0.jpg"]
    # attachments are stored as they are, uncompressed (the page may show the same JPEG)
    flip(data, original, offset=2000)
    path.write_bytes(data)
    verdict = verify(path)
    assert not verdict.ok
    assert any("001-IMG_0.jpg: its content was changed" in p for p in verdict.problems)
    assert any("PDF signature does not match" in p for p in verdict.problems)


def test_a_flipped_byte_in_the_manifest_fails(world):
    path, _ = export(world)
    manifest = PdfReader(path).attachments["manifest.json"][0]
    data = bytearray(path.read_bytes())
    flip(data, manifest[:200], offset=150)
    path.write_bytes(data)
    verdict = verify(path)
    assert not verdict.ok
    assert any("signature does not match" in p for p in verdict.problems)


def test_a_flipped_byte_in_the_signature_fails(world):
    path, _ = export(world)
    signature = PdfReader(path).attachments["manifest.sig"][0]
    data = bytearray(path.read_bytes())
    flip(data, signature, offset=10)
    path.write_bytes(data)
    verdict = verify(path)
    assert not verdict.ok
    assert any("signature does not match" in p for p in verdict.problems)


def test_tampering_with_a_folder_export_is_found(world):
    path, _ = export(world, name="folder", container="folder")
    evidence = path / "evidence" / "002-IMG_1.jpg"
    data = bytearray(evidence.read_bytes())
    data[1000] ^= 0xFF
    evidence.write_bytes(data)
    verdict = verify(path)
    assert not verdict.ok and any("002-IMG_1.jpg" in p for p in verdict.problems)
    evidence.unlink()
    assert any("missing" in p for p in verify(path).problems)


def test_a_password_protected_report_needs_its_password(world):
    path, _ = export(world, password="сильный-пароль-42")
    reader = PdfReader(path)
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(path).decrypt("wrong")
    assert RUSSIAN in " ".join(pdf_text(path, "сильный-пароль-42").split())
    data = path.read_bytes()
    assert RUSSIAN.encode() not in data
    assert b"IMG_0" not in data and "Синяк".encode("utf-16-be") not in data  # names too
    # Nor as a hex string: fpdf2 wrote each photo's caption (what she typed) as the
    # picture's /Alt text in clear, <FEFF0421...>, readable without the password.
    assert "Синяк".encode("utf-16-be").hex().encode() not in data.lower()
    attachments = PdfReader(path, password="сильный-пароль-42").attachments
    for name, original in world["originals"].items():
        assert attachments[name][0] == original
    if shutil.which("pdfdetach"):  # poppler, as a second independent reader
        listed = subprocess.run(["pdfdetach", "-list", "-upw", "сильный-пароль-42", str(path)],
                                capture_output=True, text=True).stdout
        assert "001-IMG_0.jpg" in listed and "manifest.json" in listed
    assert not verify(path).ok
    assert "password" in verify(path).problems[0]
    assert verify(path, "сильный-пароль-42").ok


def test_the_zip_for_a_lawyer(world):
    path, _ = export(world, name="r.zip", container="zip")
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert {"report.pdf", "manifest.json", "manifest.sig", "public_key.pem",
                "HOW-TO-VERIFY.txt", "evidence/001-IMG_0.jpg", "evidence/002-IMG_1.jpg"} <= names
        assert archive.read("evidence/001-IMG_0.jpg") == world["originals"]["001-IMG_0.jpg"]
        readme = archive.read("HOW-TO-VERIFY.txt").decode("utf-8")
        assert "openssl pkey -pubin -in public_key.pem -outform DER" in readme
        assert "{" not in readme


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")
def test_standard_tools_check_the_signature(world, tmp_path):
    path, result = export(world, name="folder", container="folder")
    run = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                          str(path / "public_key.pem"), "-rawin", "-in",
                          str(path / "manifest.json"), "-sigfile", str(path / "manifest.sig")],
                         capture_output=True, text=True)
    assert "Signature Verified Successfully" in run.stdout
    der = subprocess.run(["openssl", "pkey", "-pubin", "-in", str(path / "public_key.pem"),
                          "-outform", "DER"], capture_output=True, check=True).stdout
    assert hashlib.sha256(der).hexdigest().upper() == result.fingerprint.replace(" ", "")


def test_scope_and_options_choose_what_goes_out(world):
    first, second, third = world["incidents"]
    journal, store = world["journal"], world["store"]
    entries, items = select(journal, store, ExportRequest(scope="range", start="2026-01-01",
                                                          end="2026-12-31"))
    assert [e.id for e in entries] == [second.id, first.id]  # oldest first
    assert len(items) == 2
    entries, items = select(journal, store, ExportRequest(scope="chosen",
                                                          incident_ids=[third.id]))
    assert [e.id for e in entries] == [third.id] and items == []
    entries, items = select(journal, store, ExportRequest(include_evidence=False))
    assert len(entries) == 3 and items == []
    path, _ = export(world, scope="chosen", incident_ids=[first.id], include_history=True)
    manifest = json.loads(PdfReader(path).attachments["manifest.json"][0])
    assert len(manifest["incidents"]) == 1
    assert len(manifest["incidents"][0]["revisions"]) == 2
    assert "Соседка" in pdf_text(path)
    assert "Забрал карту" not in pdf_text(path)
    # Events of records left out show only their hashes.
    hidden = [e for e in manifest["chain"]["events"] if "action" not in e]
    assert hidden and all(set(e) == {"seq", "prev", "hash"} for e in hidden)
    assert verify(path).ok


def test_a_broken_chain_is_reported_by_the_report_and_the_verifier(world):
    v = world["vault"]
    event_id, event = next((i, d) for i, d in v.list(EVENT) if d["seq"] == 1)
    event["time"] += 3600  # someone moved an edit by an hour
    v.update(event_id, event)
    path, _ = export(world, name="r", container="folder")
    verdict = verify(path)
    assert not verdict.ok
    assert any("already broken" in p or "changed" in p for p in verdict.problems)
    assert "BROKEN" in pdf_text(path / "report.pdf")


def test_a_cancelled_export_leaves_nothing(world):
    out = world["out"] / "dest"
    out.mkdir()
    for container, name in (("pdf", "r.pdf"), ("zip", "r.zip"), ("folder", "r")):
        calls = itertools.count()
        with pytest.raises(ExportCancelled):
            world["exporter"].run(ExportRequest(container=container), out / name,
                                  cancelled=lambda calls=calls: next(calls) > 3)
    assert list(out.iterdir()) == []


def test_the_verifier_runs_from_the_command_line_without_qt(world):
    path, _ = export(world, name="r.zip", container="zip")
    code = (f"import sys, runpy; sys.argv = ['safeplan', 'verify', {str(path)!r}, '--lang', "
            "'en']; "
            "runpy.run_module('safeplan', run_name='__main__')")
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().endswith("OK: every check passed.")
    assert "PySide6" not in run.stderr  # -X importtime lists every module imported
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "safeplan", "verify", str(path)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "FAILED" in run.stdout


def test_an_original_changed_in_the_vault_stops_the_export_and_leaves_nothing(world,
                                                                             monkeypatch):
    import io

    from safeplan.vault import FileDamaged

    out = world["out"] / "dest"
    out.mkdir()
    real = world["store"].original

    def swapped(item_id):
        data = real(item_id).read()
        return io.BytesIO(data[:-1] + bytes([data[-1] ^ 1]))  # same size, one bit off

    monkeypatch.setattr(world["store"], "original", swapped)
    for container, name in (("pdf", "r.pdf"), ("zip", "r.zip"), ("folder", "r"),
                            ("pdf", "p.pdf")):
        password = "пароль-1" if name == "p.pdf" else ""
        with pytest.raises(FileDamaged):
            world["exporter"].run(ExportRequest(container=container, password=password),
                                  out / name)
    assert list(out.iterdir()) == []
