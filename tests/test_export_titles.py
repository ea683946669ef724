"""Titles and comments in a location-free report: an MP3's ID3 title, album and
comment, a photo's EXIF ImageDescription, XPTitle, XPComment, UserComment and XMP
dc:title, a PNG's text chunks (Title, Description, Comment, Author...) can hold an
address. The copies in a report without locations have them blanked (a PNG's
compressed text chunks left out), the report says so beside each file and in
HOW-TO-VERIFY, the originals in the vault keep every byte, and a report with the
locations ships the originals."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import shutil
import struct
import subprocess
import zlib

import pytest
from PIL import Image, PngImagePlugin

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


XMP_TITLE = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
             '02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
             '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">' + STREET + '</rdf:li></rdf:Alt>'
             '</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>')


def png_chunks(data: bytes) -> list[tuple[bytes, bytes, int]]:
    """(type, body, stored CRC) of each chunk."""
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack_from(">I4s", data, at)
        body = data[at + 8:at + 8 + length]
        chunks.append((kind, body, int.from_bytes(data[at + 8 + length:at + 12 + length],
                                                  "big")))
        at += 12 + length
    return chunks


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body))


def titled_png(folder=None, name="screenshot.png", extra: bytes = b"") -> bytes:
    """A PNG as photo apps, GIMP and exiftool leave them: a title, a description, a
    comment and an author in every kind of text chunk, XMP with a title, EXIF with a
    description; the software and the time it was made stay."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", "Abay Ave 150")  # tEXt
    info.add_text("Description", "Abay corner, 3rd floor", zip=True)  # zTXt
    info.add_itxt("Comment", STREET, lang="ru", tkey="Комментарий")  # iTXt
    info.add_itxt("Author", "Абая кв. 5", zip=True)  # compressed iTXt
    info.add_itxt("XML:com.adobe.xmp", XMP_TITLE)  # uncompressed: blanked in place
    info.add_text("Software", "GIMP 2.10")
    info.add_text("Creation Time", "2026-11-20T23:41:05")
    exif = Image.Exif()
    exif[0x010E] = "Abay Ave 150"  # ImageDescription, in the eXIf chunk
    exif[0x0110] = "Pixel 7"
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 30)).save(out, "PNG", pnginfo=info, exif=exif)
    data = out.getvalue()
    if extra:  # one more chunk before IEND
        data = data[:-12] + extra + data[-12:]
    if folder is not None:
        (folder / name).write_bytes(data)
    return data


def png_ok(data: bytes, tmp_path) -> None:
    """Pillow, pngcheck and ImageMagick take it as a valid PNG, every CRC right."""
    Image.open(io.BytesIO(data)).verify()
    Image.open(io.BytesIO(data)).load()
    assert all(zlib.crc32(kind + body) == crc for kind, body, crc in png_chunks(data))
    path = tmp_path / "check.png"
    path.write_bytes(data)
    if shutil.which("pngcheck"):
        run = subprocess.run(["pngcheck", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout
    if shutil.which("identify"):
        run = subprocess.run(["identify", "-regard-warnings", str(path)],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_png_text_chunks_are_blanked_or_left_out_and_the_picture_kept(tmp_path):
    data = titled_png()
    assert location.titles_in(data)
    assert location.location_free(data).data == data  # without titles: nothing to do
    copy = location.location_free(data, titles=True)
    assert copy.removed == ("title",)
    assert not has_address(copy.data) and not location.titles_in(copy.data)
    png_ok(copy.data, tmp_path)
    kept = {kind: body for kind, body, _crc in png_chunks(copy.data)}
    before = {kind: body for kind, body, _crc in png_chunks(data)}
    assert kept[b"IDAT"] == before[b"IDAT"] and kept[b"IHDR"] == before[b"IHDR"]
    texts = [body for kind, body, _crc in png_chunks(copy.data) if kind in (
        b"tEXt", b"zTXt", b"iTXt")]
    # Uncompressed text keeps its chunk and length, its words turned to spaces; a
    # compressed one is left out (the same length cannot be written again).
    assert b"Title\x00" + b" " * len("Abay Ave 150") in texts
    assert b"Software\x00GIMP 2.10" in texts
    assert b"Creation Time\x002026-11-20T23:41:05" in texts
    assert not any(t.startswith((b"Description\x00", b"Author\x00")) for t in texts)
    assert any(t.startswith(b"Comment\x00") for t in texts)
    with Image.open(io.BytesIO(copy.data)) as image:
        assert image.getexif()[0x0110] == "Pixel 7"  # the camera stays
        assert not image.getexif()[0x010E].strip("\x00 ")
    # Deterministic: whoever holds the original makes the same copy again.
    assert location.location_free(data, titles=True).data == copy.data


@pytest.mark.parametrize("zipped", [True, False])
def test_a_png_position_in_exif_or_xmp_goes_with_its_titles(tmp_path, zipped):
    from .test_location import gps_exif

    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           'exif:GPSLatitude="43,14.3N" exif:GPSLongitude="76,53.4E"/></rdf:RDF></x:xmpmeta>')
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", "Abay Ave 150")
    info.add_itxt("XML:com.adobe.xmp", xmp, zip=zipped)
    out = io.BytesIO()
    Image.new("RGB", (32, 32)).save(out, "PNG", pnginfo=info, exif=gps_exif())
    data = out.getvalue()
    # Compressed, the packet's chunk goes whole; in the clear it is blanked in place.
    assert set(location.position_in(data)) == {"exif_gps", "png_text"} | (
        set() if zipped else {"xmp_gps"})
    copy = location.location_free(data, titles=True)
    assert set(copy.removed) == {"exif_gps", "png_text" if zipped else "xmp_gps", "title"}
    assert b"GPSLatitude" not in copy.data
    assert location.position_in(copy.data) == [] and not has_address(copy.data)
    png_ok(copy.data, tmp_path)
    with Image.open(io.BytesIO(copy.data)) as image:
        assert image.getexif().get_ifd(0x8825) == {} and image.getexif()[0x010F] == "Apple"


def test_hostile_pngs_give_a_clear_answer_and_lose_nothing(tmp_path):
    data = titled_png()
    # Cut short inside a chunk: refused as damaged, nothing half-made.
    with pytest.raises(location.LocationError, match="damaged"):
        location.location_free(data[:len(data) // 2 + 7], titles=True)
    # A text chunk with a wrong CRC: its words go all the same, and the copy is valid.
    bad = bytearray(data)
    at = bad.index(b"tEXtTitle")
    length = int.from_bytes(bad[at - 4:at], "big")
    bad[at + 4 + length:at + 8 + length] = b"\0\0\0\0"
    copy = location.location_free(bytes(bad), titles=True)
    assert not has_address(copy.data)
    png_ok(copy.data, tmp_path)
    # A zlib bomb (64 MiB of text in 64 KiB) in a comment and in an XMP packet: left
    # out unread, memory bounded (location._PNG_TEXT_LIMIT).
    bomb = zlib.compress(b"A" * (64 << 20), 9)
    for keyword in (b"Comment", b"XML:com.adobe.xmp"):
        hostile = titled_png(extra=chunk(b"zTXt", keyword + b"\x00\x00" + bomb))
        assert location.titles_in(hostile)
        copy = location.location_free(hostile, titles=True)
        assert not location.titles_in(copy.data)
        assert b"zTXt" + keyword not in copy.data
        png_ok(copy.data, tmp_path)
    # Three hundred bombs in XMP chunks: the first few are read to their limit, the
    # rest left out unread (location._PNG_INFLATE_BUDGET), the picture kept.
    small = zlib.compress(b"A" * ((8 << 20) + 1), 9)
    many = titled_png(extra=b"".join(chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00"
                                           + small) for _ in range(300)))
    assert "png_text" in location.position_in(many)
    copy = location.location_free(many, titles=True)
    assert b"XML:com.adobe.xmp\x00\x01" not in copy.data
    png_ok(copy.data, tmp_path)
    # A 24 MB comment in the clear: blanked in place, same length.
    huge = titled_png(extra=chunk(b"tEXt", b"Comment\x00" + b"Abay " * (5 << 20)))
    copy = location.location_free(huge, titles=True)
    assert len(copy.data) < len(huge) and not has_address(copy.data)
    assert b"Comment\x00" + b" " * (25 << 20) in copy.data


def test_a_png_cut_short_stops_the_export_with_its_name_and_loses_nothing(tmp_path):
    from safeplan.export import LocationNotRemoved

    v, _ = vault.create(tmp_path / "data", "24681357", policy=KdfPolicy.for_tests())
    try:
        journal = Journal(v)
        store = EvidenceStore(v, journal)
        data = titled_png()[:-40]  # a download cut short, in its last picture data
        (tmp_path / "cut.png").write_bytes(data)
        item = store.import_file(tmp_path / "cut.png").item
        exporter = Exporter(v, journal, store, texts(lambda _c, t: t), {}, {})
        with pytest.raises(LocationNotRemoved) as raised:
            exporter.run(ExportRequest(container="folder"), tmp_path / "r")
        assert (raised.value.name, raised.value.reason) == ("cut.png", "damaged")
        assert not (tmp_path / "r").exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
        assert store.original_bytes(item.id) == data
    finally:
        v.close()


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
    titled_png(folder)
    for path in (mp3(folder), titled_photo(folder), folder / "screenshot.png"):
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
    assert len(shipped) == 3
    assert not any(has_address(data) for data in shipped)
    manifest = json.loads((folder / "r" / "manifest.json").read_bytes())
    assert [e["derived"]["blanked"] for e in manifest["evidence"]] == [["title"]] * 3
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


@pytest.mark.parametrize("suffix", [".mp3", ".jpg", ".png"])
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
