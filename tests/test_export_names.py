"""Names in a location-free report (attack FINDINGS 3): iOS Voice Memos names a
recording by the street it was made in, and writes that name as its title (©nam).
A location-free report gives every file a neutral name, keeps the file's own name
behind a salted commitment, and blanks the title in the copy; a report with the
locations keeps the names, and the verifier checks both."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from safeplan import chain, signing, vault, video_location
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import verify

from .helpers import videos
from .test_evidence import photo_bytes

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None,
                                reason="ffmpeg is in scripts/sysdeps.sh")

STREET = "ул. Абая, 10"
ADDRESS = (STREET.encode(), "Абая".encode(), b"Abay")


def voice_memo(folder: Path) -> Path:
    """A recording as iOS Voice Memos saves it: named, and titled, by its street."""
    (folder / "base.mp4").write_bytes(videos.BASE.read_bytes())
    path = folder / f"{STREET}.m4a"
    run = subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", "base.mp4", "-vn", "-c:a",
                          "copy", "-metadata", f"title={STREET}", path.name],
                         capture_output=True, text=True, timeout=60, cwd=folder)
    assert run.returncode == 0, run.stderr
    assert STREET.encode() in path.read_bytes()
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("names")
    v, _ = vault.create(folder / "data", "24681357", policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    store = EvidenceStore(v, journal, clock=clock)
    incident = journal.create(Incident(date="2026-11-20", kinds=["physical"],
                                       description="Он кричал"))
    memo = voice_memo(folder)
    photo = folder / "Abay Ave 150.jpg"
    photo.write_bytes(photo_bytes())
    note = folder / "Abay Ave 150, справка.txt"
    note.write_text("Справка из травмпункта\n", encoding="utf-8")
    items = {}
    for path in (memo, photo, note):
        item = store.import_file(path).item
        store.edit(item.id, Details(kind="other", incident_ids=[incident.id]))
        items[path.name] = item.id
    # A catalogue's words, as Qt's would give them.
    words = {"Recording": "Запись", "Photo": "Фото", "Document": "Документ"}
    exporter = Exporter(v, journal, store, texts(lambda _c, t: words.get(t, t)), {}, {},
                        clock=clock)
    made = {"key": signing.signing_key(v), "store": store, "items": items, "memo": memo,
            "exporter": exporter}
    for name, options in (("r", {"container": "folder"}), ("r.pdf", {}),
                          ("r.zip", {"container": "zip"}),
                          ("kept", {"container": "folder", "location": "kept"})):
        exporter.run(ExportRequest(**options), folder / name)
        made[name] = folder / name
    yield made
    v.close()


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_bytes())


def everything_in(folder: Path) -> bytes:
    return b"".join(p.read_bytes() + str(p).encode() for p in sorted(folder.rglob("*"))
                    if p.is_file())


def pdf_text(path: Path) -> str:
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_a_location_free_report_names_no_address(world):
    folder = world["r"]
    manifest = manifest_of(folder)
    assert manifest["names"] == "withheld"
    files = sorted(e["file"][4:] for e in manifest["evidence"])
    assert files == ["Документ.txt", "Запись-no-gps.m4a", "Фото-no-gps.jpg"], files
    for entry in manifest["evidence"]:
        assert chain.is_commitment(entry["facts"]["name"])
        assert "name" not in (entry.get("disclosed") or {})
    written = everything_in(folder)
    for text in ADDRESS:
        assert text not in written, text
    text = pdf_text(folder / "report.pdf")
    assert "Абая" not in text and "Abay" not in text
    assert "Запись-no-gps.m4a" in text
    # The title inside the copy is blanked in place; the copy still plays.
    memo = next(e for e in manifest["evidence"] if e["file"].endswith(".m4a"))
    copy = (folder / "evidence" / memo["file"]).read_bytes()
    assert len(copy) == len(world["memo"].read_bytes())
    assert video_location.position_in([copy], titles=True)[0] == []
    run = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format_tags", "-of",
                          "json", str(folder / "evidence" / memo["file"])],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and not run.stderr and "title" not in run.stdout, run
    verdict = verify(folder)
    assert verdict.ok, verdict.problems
    for other in ("r.pdf", "r.zip"):
        assert verify(world[other]).ok, other
        assert not any(t in world[other].read_bytes() for t in ADDRESS[:2])


def test_the_originals_and_reports_with_locations_keep_her_names(world):
    store, items = world["store"], world["items"]
    kept = {i.id: i.name for i in store.items()}
    assert kept[items[world["memo"].name]] == world["memo"].name  # the vault keeps it
    manifest = manifest_of(world["kept"])
    assert "names" not in manifest
    by_record = {e["record"]: e for e in manifest["evidence"]}
    memo = by_record[items[world["memo"].name]]
    assert memo["file"][3:] == f"-{STREET}.m4a"
    assert memo["facts"]["name"] == world["memo"].name
    assert memo["disclosed"]["name"]["value"] == world["memo"].name
    assert (world["kept"] / "evidence" / memo["file"]).read_bytes() == \
        world["memo"].read_bytes()
    assert verify(world["kept"]).ok


def resign(source: Path, target: Path, key, change) -> None:
    shutil.copytree(source, target)
    manifest = manifest_of(target)
    change(manifest, target)
    data = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode()
    (target / "manifest.json").write_bytes(data)
    (target / "manifest.sig").write_bytes(key.sign(data))


def failed(path: Path) -> set[str]:
    return {f.key for f in verify(path).findings if f.level == "fail"}


def test_the_verifier_checks_names(world, tmp_path):
    key = world["key"]

    def rename(manifest, _folder):  # a name opened in a report with the locations changed
        entry = next(e for e in manifest["evidence"] if e["file"].endswith(".m4a"))
        entry["facts"]["name"] = entry["disclosed"]["name"]["value"] = "Recording.m4a"
    resign(world["kept"], tmp_path / "renamed", key, rename)
    assert "chain_evidence" in failed(tmp_path / "renamed")

    def plain(manifest, _folder):  # a location-free report that gives a name plainly
        manifest["evidence"][0]["facts"]["name"] = STREET
    resign(world["r"], tmp_path / "plain", key, plain)
    assert "name_uncommitted" in failed(tmp_path / "plain")

    def titled(manifest, folder):  # the copy swapped for the titled original
        entry = next(e for e in manifest["evidence"] if e["file"].endswith(".m4a"))
        data = world["memo"].read_bytes()
        (folder / "evidence" / entry["file"]).write_bytes(data)
        import hashlib
        entry["derived"]["sha256"] = hashlib.sha256(data).hexdigest()
    resign(world["r"], tmp_path / "titled", key, titled)
    assert "has_title" in failed(tmp_path / "titled")
