"""Photos go out without their position unless she chooses otherwise, and the report
still checks: salted commitments in the chain, derived copies linked to originals."""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from safeplan import chain, location, signing, vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import main, verify

from .test_evidence import photo_bytes

PIN = "24681357"
GOLDEN = Path(__file__).parent / "golden" / "vault-before-commitments.db.gz"


def gps_of(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        return dict(Image.Image.getexif(image).get_ifd(0x8825))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("loc")
    v, _ = vault.create(folder / "data", PIN, policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    store = EvidenceStore(v, journal, clock=clock)
    incident = journal.create(Incident(date="2026-11-20", kinds=["physical"],
                                       description="Он толкнул меня к стене"))
    originals = {}
    for n in range(2):
        path = folder / f"IMG_{n}.jpg"
        path.write_bytes(photo_bytes(480, 360, colour=(200, 40 * n, 30)))
        item = store.import_file(path).item
        store.edit(item.id, Details(caption=f"Синяк {n}", kind="injury",
                                    incident_ids=[incident.id]))
        originals[item.id] = path.read_bytes()
    exporter = Exporter(v, journal, store, texts(), {}, {}, clock=clock)
    made = {}
    for name, options in (("r.pdf", {}), ("r", {"container": "folder"}),
                          ("kept.pdf", {"location": "kept"})):
        exporter.run(ExportRequest(include_history=True, **options), folder / name)
        made[name] = folder / name
    made["key"] = signing.signing_key(v)
    made["originals"] = originals
    made["store"] = store
    yield made
    v.close()


def test_photos_go_out_without_their_position_by_default(world):
    attachments = PdfReader(world["r.pdf"]).attachments
    manifest = json.loads(attachments["manifest.json"][0])
    assert len(manifest["evidence"]) == 2
    for entry in manifest["evidence"]:
        original = world["originals"][entry["record"]]
        assert gps_of(original)  # the original in the vault has it
        assert entry["file"].endswith("-no-gps.jpg")
        copy = attachments[entry["file"]][0]
        assert gps_of(copy) == {} and location.position_in(copy) == []
        derived = entry["derived"]
        assert derived["sha256"] == hashlib.sha256(copy).hexdigest()
        # The original's SHA-256 only by its salted commitment (checked in
        # test_the_original_hash_is_only_committed_to).
        assert "from_sha256" not in derived
        assert chain.is_commitment(entry["facts"]["sha256"])
        assert derived["withheld"] == ["gps", "sha256"]
        assert chain.is_commitment(entry["facts"]["image"]["gps"])
        assert "disclosed" not in entry
        # The same function run on the original gives the copy: it can be produced.
        assert location.location_free(original).data == copy
    text = "\n".join(page.extract_text() for page in PdfReader(world["r.pdf"]).pages)
    flat = " ".join(text.split())
    assert "43.238949" not in flat and "76.889709" not in flat
    assert "location-free copy" in flat
    for entry in manifest["evidence"]:
        assert entry["derived"]["sha256"] in flat.replace(" ", "") or \
            entry["derived"]["sha256"][:32] in flat.replace(" ", "")
        assert entry["facts"]["sha256"]["commitment"][:32] in flat.replace(" ", "")
        original = hashlib.sha256(world["originals"][entry["record"]]).hexdigest()
        assert original[:16] not in flat.replace(" ", "")
    # The position is nowhere in the file, in any form we can think of.
    raw = world["r.pdf"].read_bytes()
    assert b"43.238949" not in raw and b"76.889709" not in raw


def test_the_verifier_passes_untouched_reports(world):
    for name in ("r.pdf", "r", "kept.pdf"):
        verdict = verify(world[name])
        assert verdict.ok, (name, verdict.problems)
    keys = [f.key for f in verify(world["r.pdf"]).findings]
    assert "copies_ok" in keys


def test_with_the_originals_kept_the_position_is_opened_and_checked(world):
    attachments = PdfReader(world["kept.pdf"]).attachments
    manifest = json.loads(attachments["manifest.json"][0])
    for entry in manifest["evidence"]:
        assert attachments[entry["file"]][0] == world["originals"][entry["record"]]
        opening = entry["disclosed"]["gps"]
        assert opening["value"] == [43.238949, 76.889709]
        assert chain.commitment("gps", opening["value"], opening["salt"]) == \
            entry["facts"]["image"]["gps"]["commitment"]


def resign(folder: Path, key, change) -> None:
    """Change the folder report's manifest and sign it again with the vault's own key:
    only the checks below the signature can then catch the change."""
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    change(manifest)
    data = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode()
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.sig").write_bytes(key.sign(data))


def failures(verdict) -> set[str]:
    return {f.key for f in verdict.findings if f.level == "fail"}


def test_an_altered_commitment_fails(world, tmp_path):
    target = tmp_path / "r"
    shutil.copytree(world["r"], target)

    def alter(manifest):
        sealed = manifest["evidence"][0]["facts"]["image"]["gps"]
        sealed["commitment"] = "0" * 64

    resign(target, world["key"], alter)
    assert "chain_evidence" in failures(verify(target))


def test_an_opened_position_that_differs_from_its_commitment_fails(world, tmp_path):
    """A report that opens a position (salt and value) beside its commitment: moved
    by about 1 km it fails, as it is it passes that check."""
    target = tmp_path / "moved"
    world_folder = tmp_path / "src"
    shutil.copytree(world["r"], world_folder)
    store = world["store"]
    item = store.get(next(iter(world["originals"])))

    def open_moved(manifest):
        entry = next(e for e in manifest["evidence"] if e["record"] == item.id)
        entry["disclosed"] = {"gps": {"salt": item.salts["gps"], "value": [43.248949,
                                                                             76.889709]}}

    shutil.copytree(world_folder, target)
    resign(target, world["key"], open_moved)
    assert "commitment_differs" in failures(verify(target))

    def open_true(manifest):
        entry = next(e for e in manifest["evidence"] if e["record"] == item.id)
        entry["disclosed"] = {"gps": {"salt": item.salts["gps"], "value": item.gps}}

    honest = tmp_path / "honest"
    shutil.copytree(world_folder, honest)
    resign(honest, world["key"], open_true)
    assert "commitment_differs" not in failures(verify(honest))


def test_a_swapped_copy_fails(world, tmp_path):
    target = tmp_path / "r"
    shutil.copytree(world["r"], target)
    copy = next((target / "evidence").iterdir())
    record = next(e["record"] for e in json.loads((target / "manifest.json").read_text())[
        "evidence"] if e["file"] == copy.name)
    copy.write_bytes(world["originals"][record])  # the original, position and all
    assert failures(verify(target)) == {"original_hash", "derived_has_position"}

    # The same swap with the manifest's hash of the copy redone (signed again with the
    # vault's own key): the file says "without location" and still has one.
    original = world["originals"][record]

    def claim(manifest):
        entry = next(e for e in manifest["evidence"] if e["record"] == record)
        entry["derived"].update(sha256=hashlib.sha256(original).hexdigest(),
                                size=len(original))

    resign(target, world["key"], claim)
    assert failures(verify(target)) == {"derived_has_position"}


def test_a_copy_without_its_link_or_commitment_is_refused(world, tmp_path):
    unlinked = tmp_path / "unlinked"
    shutil.copytree(world["r"], unlinked)
    resign(unlinked, world["key"],
           lambda m: m["evidence"][0]["derived"].update(withheld=["gps"]))
    assert "derived_unlinked" in failures(verify(unlinked))

    uncommitted = tmp_path / "uncommitted"
    shutil.copytree(world["r"], uncommitted)

    def drop_commitment(manifest):
        manifest["evidence"][0]["facts"]["image"]["gps"] = None

    resign(uncommitted, world["key"], drop_commitment)
    assert "withheld_uncommitted" in failures(verify(uncommitted))


def test_the_verifier_says_it_in_russian_and_kazakh(world):
    for language, words in (("ru", "без координат GPS"), ("kk", "GPS координаттарынсыз")):
        lines: list[str] = []
        assert main([str(world["r.pdf"]), "--lang", language], out=lines.append) == 0
        assert any(words in line for line in lines), lines


# -- a vault from before commitments ---------------------------------------------

@pytest.fixture
def old_vault(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "history.db").write_bytes(gzip.decompress(GOLDEN.read_bytes()))
    (data / "history.db").chmod(0o600)
    v = vault.unlock(data, PIN, policy=KdfPolicy.for_tests())
    assert v is not None
    yield v
    v.close()


def test_a_vault_from_before_commitments_is_sealed_and_still_checks(old_vault, tmp_path):
    v = old_vault
    journal = Journal(v)
    store = EvidenceStore(v, journal)
    assert journal.verify().ok  # the old digests verify as they are
    before = journal.events()
    items = store.items()
    assert len(items) == 2 and all(i.gps and not i.salts for i in items)
    assert not any(i.sealed for i in items)

    assert store.seal_locations() == 2
    assert store.seal_locations() == 0  # once
    events = journal.events()
    assert events[:len(before)] == before  # nothing earlier rewritten
    added = events[len(before):]
    assert added[0]["action"] == chain.CHECKPOINT
    assert {e["action"] for e in added[1:]} == {chain.SEAL}
    # Every live version of every record is recorded again after the checkpoint.
    revisions = sum(len(e.revisions) for e in journal.entries()) + sum(
        len(i.revisions) for i in store.items())
    assert len(added) == 1 + revisions
    assert journal.verify().ok

    # The same vault opened again reads the salts back and still checks.
    again_journal = Journal(v)
    again = EvidenceStore(v, again_journal)
    assert all(i.sealed and i.salts for i in again.items())
    assert again_journal.verify().ok

    exporter = Exporter(v, again_journal, again, texts(), {}, {})
    target = tmp_path / "old.pdf"
    exporter.run(ExportRequest(include_history=True), target)
    verdict = verify(target)
    assert verdict.ok, verdict.problems
    assert "chain_from_checkpoint" in {f.key for f in verdict.findings if f.level == "warn"}
    manifest = json.loads(PdfReader(target).attachments["manifest.json"][0])
    shown = manifest["chain"]["events"]
    assert shown[0]["seq"] == len(before) + 1  # begins after the checkpoint
    # No event digesting a plain position is in the report: every evidence event shown
    # names a version in the commitment form.
    sealed = {i.id: {i.digest(n) for n in range(len(i.revisions))} for i in again.items()}
    for event in shown:
        if event.get("record") in sealed:
            assert event["revision"] in sealed[event["record"]]

    # With the originals chosen, nothing is withheld and the whole chain goes out.
    kept = tmp_path / "kept.pdf"
    exporter.run(ExportRequest(include_history=True, location="kept"), kept)
    manifest = json.loads(PdfReader(kept).attachments["manifest.json"][0])
    assert manifest["chain"]["events"][0]["seq"] == 0
    assert verify(kept).ok


def test_orders_chained_in_are_recorded_again_at_the_checkpoint(old_vault, tmp_path):
    """A report that begins after the checkpoint still checks the protective order an
    incident names: the checkpoint records every chained kind again, not only
    incidents and evidence."""
    from dataclasses import asdict

    from safeplan.orders import OrderBook, OrderKind, ProtectiveOrder

    v = old_vault
    journal = Journal(v)
    store = EvidenceStore(v, journal)
    book = OrderBook(v, journal)
    order = book.add(ProtectiveOrder(kind=OrderKind.POLICE, number="17", issued_by="УП",
                                     issued_on="2025-10-02", starts_on="2025-10-02"))
    first = next(e for e in journal.entries() if e.latest.get("date") == "2025-10-05")
    journal.edit(first.id, Incident(**{**asdict(first.current), "order_id": order.id}))
    assert store.seal_locations() == 2
    events = journal.events()
    checkpoint = max(n for n, e in enumerate(events) if e["action"] == chain.CHECKPOINT)
    resealed = {e["record"] for e in events[checkpoint + 1:]}
    assert order.id in resealed and first.id in resealed

    exporter = Exporter(v, journal, store, texts(), {}, {})
    target = tmp_path / "order.pdf"
    exporter.run(ExportRequest(include_history=True, order_labels=book.labels(),
                               order_versions=book.versions()), target)
    manifest = json.loads(PdfReader(target).attachments["manifest.json"][0])
    assert manifest["chain"]["from_seq"] == checkpoint + 1
    assert [o["record"] for o in manifest["protective_orders"]] == [order.id]
    verdict = verify(target)
    assert verdict.ok, verdict.problems


def test_a_position_only_in_xmp_is_taken_out_too(tmp_path):
    """Photo editors and some phones write the position in XMP only: the facts read at
    import (EXIF) see none, and the export sent the original with its position out in
    a report said to be location-free, which the verifier passed."""
    plain = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 120, 20)).save(plain, "JPEG")
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           b'exif:GPSLatitude="43,14.3N" exif:GPSLongitude="76,53.4E"/></rdf:RDF></x:xmpmeta>')
    segment = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
    data = plain.getvalue()
    data = data[:2] + b"\xff\xe1" + (len(segment) + 2).to_bytes(2, "big") + segment + data[2:]
    v, _ = vault.create(tmp_path / "data", PIN, policy=KdfPolicy.for_tests())
    journal = Journal(v)
    store = EvidenceStore(v, journal)
    path = tmp_path / "edited.jpg"
    path.write_bytes(data)
    item = store.import_file(path).item
    assert item.gps is None  # EXIF has none
    Exporter(v, journal, store, texts(), {}, {}).run(
        ExportRequest(container="folder"), tmp_path / "r")
    sent = [p.read_bytes() for p in (tmp_path / "r" / "evidence").iterdir()]
    assert len(sent) == 1 and b"GPSLatitude" not in sent[0]
    assert location.position_in(sent[0]) == []
    manifest = json.loads((tmp_path / "r" / "manifest.json").read_text("utf-8"))
    assert manifest["evidence"][0]["facts"]["sha256"] == {"commitment": chain.original_commitment(
        hashlib.sha256(data).hexdigest(), store.get(item.id).salts["sha256"])}
    assert verify(tmp_path / "r").ok
    v.close()


# -- the original's SHA-256 behind a salted commitment -----------------------------

def every_byte(path: Path) -> bytes:
    if path.is_dir():
        return b"".join(p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file())
    return path.read_bytes()


def test_a_report_gives_nothing_to_test_a_guessed_position_against(world):
    """The copy differs from its original only in the zeroed GPS block: with the
    original's plain SHA-256 in the report, anyone could rebuild the block for each
    guessed position until the hash matched (~40 GPU-minutes for a square km). Even
    the right guess (the original itself) must match nothing in the report."""
    for name in ("r.pdf", "r"):
        raw = every_byte(world[name])
        manifest = json.loads(PdfReader(world["r.pdf"]).attachments["manifest.json"][0]
                              if name == "r.pdf" else (world[name] / "manifest.json").read_bytes())
        recorded = chain.recorded(manifest["chain"]["events"])
        for entry in manifest["evidence"]:
            guess = world["originals"][entry["record"]]
            digest = hashlib.sha256(guess)
            for form in (digest.hexdigest().encode(), digest.hexdigest().upper().encode(),
                         digest.digest()):
                assert form not in raw
            # Nor can a revision digest of the chain be redone from the guess.
            plain = {**entry["facts"], "sha256": digest.hexdigest()}
            for revision in entry["revisions"]:
                assert chain.evidence_digest(plain, revision["saved_at"],
                                             revision["details"]) not in recorded[entry["record"]]


def test_the_original_is_tied_to_the_copy_with_sha256sum_and_its_salt(world, tmp_path):
    """She can later disclose the original with its salt (a report with the originals
    gives the salt); a court checks the link with standard tools."""
    free = json.loads((world["r"] / "manifest.json").read_bytes())
    kept = json.loads(PdfReader(world["kept.pdf"]).attachments["manifest.json"][0])
    opened = {e["record"]: e["disclosed"]["sha256"] for e in kept["evidence"]}
    for entry in free["evidence"]:
        original = world["originals"][entry["record"]]
        opening = opened[entry["record"]]
        # The report with the originals keeps the plain hash, beside the same commitment.
        assert opening["value"] == hashlib.sha256(original).hexdigest()
        commitment = entry["facts"]["sha256"]["commitment"]
        path = tmp_path / f"original-{entry['record']}.jpg"
        path.write_bytes(original)
        for command in (
                f"printf '%s%s' {opening['salt']} \"$(sha256sum {path} | cut -c1-64)\""
                " | sha256sum",
                f"printf '%s%s' {opening['salt']} {opening['value']} | openssl dgst -sha256"):
            run = subprocess.run(["bash", "-c", command], capture_output=True, text=True,
                                 check=True, timeout=30)
            assert commitment in run.stdout, (command, run.stdout)
    readme = (world["r"] / "HOW-TO-VERIFY.txt").read_text("utf-8")
    assert "printf '%s%s' SALT \"$(sha256sum ORIGINAL | cut -c1-64)\" | sha256sum" in readme
    text = " ".join(page.extract_text() for page in PdfReader(world["r.pdf"]).pages)
    assert "sha256sum ORIGINAL" in text and "openssl dgst -sha256" in text


OLDER = Path(__file__).parent / "golden" / "vault-before-original-commitments.db.gz"
OLD_REPORT = Path(__file__).parent / "golden" / "report-format3.zip"


def test_format_3_reports_still_verify_and_their_vault_moves_on(tmp_path):
    """A location-free report of format 3 (the original's plain SHA-256, made by
    eb34a47) still checks; its vault, opened now, seals the SHA-256 behind a new
    checkpoint, keeps the position's commitment the old report printed, and its next
    location-free report begins after that checkpoint."""
    verdict = verify(OLD_REPORT)
    assert verdict.ok, verdict.problems
    old = json.loads(zipfile.ZipFile(OLD_REPORT).read("manifest.json"))
    assert old["format"] == "incident-report/3" and "from_sha256" in old["evidence"][0]["derived"]

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "history.db").write_bytes(gzip.decompress(OLDER.read_bytes()))
    (data / "history.db").chmod(0o600)
    v = vault.unlock(data, PIN, policy=KdfPolicy.for_tests())
    try:
        journal = Journal(v)
        store = EvidenceStore(v, journal)
        (item,) = store.items()
        assert set(item.salts) == {"gps"} and not item.sealed
        gps_salt = item.salts["gps"]
        Exporter(v, journal, store, texts(), {}, {}).run(ExportRequest(container="folder"),
                                                          tmp_path / "new")
        (item,) = store.items()
        assert item.salts["gps"] == gps_salt and "sha256" in item.salts
        new = json.loads((tmp_path / "new" / "manifest.json").read_bytes())
        assert new["format"] == "incident-report/4"
        entry = new["evidence"][0]
        assert entry["facts"]["image"]["gps"] == old["evidence"][0]["facts"]["image"]["gps"]
        assert chain.is_commitment(entry["facts"]["sha256"])
        assert item.sha256 not in (tmp_path / "new" / "manifest.json").read_text("utf-8")
        last_checkpoint = max(e["seq"] for e in journal.events()
                              if e.get("action") == chain.CHECKPOINT)
        assert new["chain"]["events"][0]["seq"] == last_checkpoint + 1
        verdict = verify(tmp_path / "new")
        assert verdict.ok, verdict.problems
    finally:
        v.close()
