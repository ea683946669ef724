"""Titles and comments in a location-free report: an MP3's ID3 title, album and
comment, a photo's EXIF ImageDescription, XPTitle, XPComment, UserComment and XMP
dc:title can hold an address. The copies in a report without locations have them
blanked, the report says so beside each file and in HOW-TO-VERIFY, the originals
in the vault keep every byte, and a report with the locations ships the originals."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import shutil
import subprocess

import pytest
from PIL import Image

from safeplan import id3, location, signing, vault
from safeplan.evidence import EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Journal
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import verify

STREET = "ул. Абая 12"
ADDRESS = ("Абая".encode(), "Абая".encode("utf-16-le"), b"Abay")


def has_address(data: bytes) -> bool:
    return any(word in data for word in ADDRESS)


def mp3(folder, name="memo.mp3"):
    path = folder / name
    run = subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
         "-c:a", "libmp3lame", "-id3v2_version", "3", "-write_id3v1", "1",
         "-metadata", f"title={STREET}", "-metadata", "comment=Abay Ave 150",
         "-metadata", "album=Abay", "-metadata", "date=2026", path.name],
        capture_output=True, text=True, timeout=60, cwd=folder)
    assert run.returncode == 0, run.stderr
    assert has_address(path.read_bytes())
    return path


def titled_photo(folder, name="photo.jpg"):
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = "Abay Ave 150"  # ImageDescription
    exif[0x9C9B] = (STREET + "\x00").encode("utf-16-le")  # XPTitle
    exif[0x9C9C] = "Abay".encode("utf-16-le") + b"\x00\x00"  # XPComment
    exif[0x0110] = "Pixel 7"  # Model: kept
    exif.get_ifd(0x8769)[0x9286] = b"ASCII\x00\x00\x00Abay Ave"  # UserComment
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
           '02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">' + STREET + '</rdf:li></rdf:Alt>'
           '</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>')
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, xmp=xmp.encode())
    path = folder / name
    path.write_bytes(out.getvalue())
    assert has_address(path.read_bytes())
    return path


def test_photo_titles_are_blanked_same_length_and_found_again(tmp_path):
    data = titled_photo(tmp_path).read_bytes()
    assert location.titles_in(data)
    assert location.location_free(data).data == data  # no position: nothing to take out
    copy = location.location_free(data, titles=True)
    assert "title" in copy.removed and len(copy.data) == len(data)
    assert not has_address(copy.data) and not location.titles_in(copy.data)
    assert b"Pixel 7" in copy.data  # the camera stays: it says nothing of a place
    Image.open(io.BytesIO(copy.data)).load()  # still a picture


def test_mp3_titles_blanked_audio_untouched(tmp_path):
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is in scripts/sysdeps.sh")
    data = mp3(tmp_path).read_bytes()
    head, tail, size = id3.read_ends(data[i:i + 100] for i in range(0, len(data), 100))
    edits = id3.patches(head, tail, size)
    copy = bytearray(data)
    for offset, blob in edits:
        copy[offset:offset + len(blob)] = blob
    assert not has_address(bytes(copy)) and not id3.titles_in(bytes(copy))
    tag = id3.tag_size(data)
    assert copy[tag:-128] == data[tag:-128]  # the sound itself, byte for byte
    assert b"TDRC" in copy or b"TYER" in copy  # other frames kept


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is in scripts/sysdeps.sh")
    folder = tmp_path_factory.mktemp("titles")
    v, _ = vault.create(folder / "data", "24681357", policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    store = EvidenceStore(v, journal, clock=clock)
    originals = {}
    for path in (mp3(folder), titled_photo(folder)):
        item = store.import_file(path).item
        originals[item.id] = path.read_bytes()
    exporter = Exporter(v, journal, store, texts(lambda _c, t: t), {}, {}, clock=clock)
    key = signing.signing_key(v)
    for name, options in (("r", {"container": "folder"}),
                          ("kept", {"container": "folder", "location": "kept"})):
        exporter.run(ExportRequest(**options), folder / name)
    yield folder, store, originals, key
    v.close()


def test_a_location_free_report_blanks_titles_and_says_so(world):
    folder, store, originals, _key = world
    shipped = [p.read_bytes() for p in (folder / "r" / "evidence").iterdir()]
    assert len(shipped) == 2
    assert not any(has_address(data) for data in shipped)
    manifest = json.loads((folder / "r" / "manifest.json").read_bytes())
    assert [e["derived"]["blanked"] for e in manifest["evidence"]] == [["title"], ["title"]]
    for entry in manifest["evidence"]:  # the manifest's hash is the shipped copy's
        data = next(d for d in shipped if hashlib.sha256(d).hexdigest()
                    == entry["derived"]["sha256"])
        assert len(data) == entry["derived"]["size"]
    readme = (folder / "r" / "HOW-TO-VERIFY.txt").read_text(encoding="utf-8")
    assert "Titles and comments left out" in readme
    assert verify(folder / "r").ok  # the copies check as any location-free copy
    # The originals in the vault are untouched.
    for item in store.items():
        assert store.original_bytes(item.id) == originals[item.id]


def test_a_report_with_locations_ships_the_originals(world):
    folder, _store, originals, _key = world
    shipped = sorted(p.read_bytes() for p in (folder / "kept" / "evidence").iterdir())
    assert shipped == sorted(originals.values())
    assert verify(folder / "kept").ok


@pytest.mark.parametrize("suffix", [".mp3", ".jpg"])
def test_the_verifier_fails_a_title_left_in_a_location_free_report(world, tmp_path, suffix):
    from .test_export_names import failed, resign

    folder, _store, originals, key = world

    def titled(manifest, target):  # the copy swapped for its titled original
        entry = next(e for e in manifest["evidence"] if e["file"].endswith(suffix))
        data = originals[entry["record"]]
        (target / "evidence" / entry["file"]).write_bytes(data)
        entry["derived"]["sha256"] = hashlib.sha256(data).hexdigest()
    resign(folder / "r", tmp_path / "titled", key, titled)
    assert "has_title" in failed(tmp_path / "titled")
