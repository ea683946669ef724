"""Location-free copies: the position gone, every other byte of the original kept."""

from __future__ import annotations

import io
import shutil
import subprocess
import zlib

import pytest
from PIL import Image

from safeplan import media
from safeplan.location import LocationError, location_free, position_in

from .test_evidence import photo_bytes, rational


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 23:41:05"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (rational(43), rational(14), rational(20.2))
    gps[3], gps[4] = "E", (rational(76), rational(53), rational(22.9))
    return exif


def picture(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 30, 30)).save(out, kind, exif=gps_exif())
    return out.getvalue()


def gps_tags_seen_by_imagemagick(data: bytes, tmp_path) -> str:
    path = tmp_path / "probe.jpg"
    path.write_bytes(data)
    run = subprocess.run(["identify", "-format", "%[EXIF:GPS*]", str(path)],
                         capture_output=True, text=True, check=False)
    return run.stdout.strip()


def test_a_phone_photo_loses_its_position_and_nothing_else(tmp_path):
    original = photo_bytes(1600, 1200)
    assert media.image_facts(original)["gps"] == [43.238949, 76.889709]
    copy = location_free(original)
    assert copy.removed == ("exif_gps",)
    facts = media.image_facts(copy.data)
    assert facts["gps"] is None
    assert Image.Image.getexif(Image.open(io.BytesIO(copy.data))).get_ifd(0x8825) == {}
    # Camera, time taken and orientation stay: a court asks for them.
    kept = media.image_facts(original)
    assert {k: v for k, v in facts.items() if k != "gps"} == {
        k: v for k, v in kept.items() if k != "gps"}
    # Not re-encoded: same length, same pixels, only metadata bytes differ.
    assert len(copy.data) == len(original)
    with Image.open(io.BytesIO(original)) as a, Image.open(io.BytesIO(copy.data)) as b:
        assert a.tobytes() == b.tobytes()
    changed = [n for n, (x, y) in enumerate(zip(original, copy.data, strict=True)) if x != y]
    assert changed and max(changed) < original.index(b"\xff\xda")  # before the scan data
    # Deterministic: whoever holds the original makes the same copy again.
    assert location_free(original).data == copy.data
    assert location_free(copy.data).removed == ()


@pytest.mark.skipif(not shutil.which("identify"), reason="needs ImageMagick")
def test_an_independent_reader_finds_the_position_only_in_the_original(tmp_path):
    original = photo_bytes(320, 240)
    assert "GPSLatitude" in gps_tags_seen_by_imagemagick(original, tmp_path)
    assert gps_tags_seen_by_imagemagick(location_free(original).data, tmp_path) == ""


@pytest.mark.parametrize("kind", ["PNG", "WEBP"])  # Pillow writes no GPS into a TIFF
def test_png_and_webp_lose_their_position(kind):
    original = picture(kind)
    assert position_in(original) == ["exif_gps"]
    copy = location_free(original).data
    assert position_in(copy) == []
    with Image.open(io.BytesIO(copy)) as image:
        image.load()  # a PNG with a stale CRC fails here
        assert image.getexif().get_ifd(0x8825) == {}
        assert image.getexif()[0x010F] == "Apple"
    if kind == "PNG":
        at = copy.index(b"eXIf") - 4
        length = int.from_bytes(copy[at:at + 4], "big")
        body = copy[at + 4:at + 8 + length]
        assert int.from_bytes(copy[at + 8 + length:at + 12 + length], "big") == zlib.crc32(body)


def test_an_xmp_position_is_blanked_in_place():
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           b'exif:GPSLatitude="43,14.3N" exif:GPSLongitude="76,53.4E"/></rdf:RDF></x:xmpmeta>')
    segment = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
    plain = photo_bytes(64, 48)
    original = plain[:2] + b"\xff\xe1" + (len(segment) + 2).to_bytes(2, "big") + segment + plain[2:]
    assert set(position_in(original)) == {"exif_gps", "xmp_gps"}
    copy = location_free(original)
    assert set(copy.removed) == {"exif_gps", "xmp_gps"}
    assert b"GPSLatitude" not in copy.data and len(copy.data) == len(original)
    Image.open(io.BytesIO(copy.data)).load()


def test_a_damaged_exif_block_is_refused_rather_than_trusted():
    original = bytearray(photo_bytes(64, 48))
    tiff = original.index(b"Exif\x00\x00") + 6
    original[tiff + 4:tiff + 8] = (0xFFFFFF).to_bytes(4, "little" if original[tiff] == 0x49
                                                      else "big")  # IFD0 out of the file
    original += b"exif:GPSLatitude"  # and a position the rewriting cannot reach
    with pytest.raises(LocationError):
        location_free(bytes(original))


def test_a_file_without_a_position_is_left_as_it_is():
    plain = io.BytesIO()
    Image.new("RGB", (32, 32)).save(plain, "JPEG")
    assert location_free(plain.getvalue()).data == plain.getvalue()
    assert location_free(b"%PDF-1.4 not a picture").removed == ()


def with_segments(*segments: bytes) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 30)).save(out, "JPEG")
    data = out.getvalue()
    return data[:2] + b"".join(segments) + data[2:]


def app(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + (len(body) + 2).to_bytes(2, "big") + body


def test_an_address_without_gps_is_taken_out_too():
    """Lightroom's address lookup and photo desks write the street and town (XMP
    photoshop:City, IPTC-IIM city and sub-location) with no GPS at all: the copy said
    to be without the location still named the street."""
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           b'photoshop:City="Almaty" photoshop:State="Almaty Region"/></rdf:RDF></x:xmpmeta>')
    iim = b"".join(b"\x1c\x02" + bytes([dataset]) + len(value).to_bytes(2, "big") + value
                   for dataset, value in ((5, b"Title"), (90, b"Almaty"),
                                          (92, b"Abay Ave 5, flat 12"), (101, b"Kazakhstan")))
    irb = b"Photoshop 3.0\x00" + b"8BIM\x04\x04" + b"\x00\x00" + \
        len(iim).to_bytes(4, "big") + iim + b"\x00" * (len(iim) % 2)
    original = with_segments(app(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp),
                             app(0xED, irb))
    assert set(position_in(original)) == {"xmp_address", "iptc_address"}
    copy = location_free(original)
    assert len(copy.data) == len(original)
    assert b"Almaty" not in copy.data and b"Abay" not in copy.data
    assert b"Title" in copy.data and b"Kazakhstan" in copy.data  # not a place: kept
    assert position_in(copy.data) == []
    with Image.open(io.BytesIO(copy.data)) as picture:
        picture.load()
    # A damaged resource is walked no further than its bounds.
    assert position_in(with_segments(app(0xED, b"Photoshop 3.0\x008BIM\x04\x04"))) == []
