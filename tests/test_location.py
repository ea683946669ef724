"""Location-free copies: the position gone, every other byte of the original kept."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib

import pytest
from PIL import Image

from safeplan import media
from safeplan.location import LocationError, location_free, position_in, serials_in

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


# -- camera and lens serial numbers ----------------------------------------------

BODY, LENS = "4071122334", "0000c12345"


def serial_photo(maker_note: bytes = b"", make: str = "Canon", xmp: bytes = b"") -> bytes:
    """A JPEG with GPS, body and lens serial numbers, optionally a maker's note and XMP."""
    exif = gps_exif()
    exif[0x010F] = make
    sub = exif.get_ifd(0x8769)
    sub[0xA431], sub[0xA435] = BODY, LENS
    if maker_note:
        sub[0x927C] = maker_note
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 90, 30)).save(out, "JPEG", exif=exif,
                                                  **({"xmp": xmp} if xmp else {}))
    return out.getvalue()


def canon_note(serial: int) -> bytes:
    """Canon's maker note: an IFD (in the EXIF's byte order: Pillow writes "MM") with
    SerialNumber (0x000C) as an inline LONG."""
    return (struct.pack(">H", 1) + struct.pack(">HHII", 0x000C, 4, 1, serial)
            + struct.pack(">I", 0))


def nikon_note(serial: bytes) -> bytes:
    """Nikon's type 2 maker note: "Nikon\\0\\2\\x10\\0\\0", then a TIFF structure of its
    own whose offsets count from its header; SerialNumber (0x001D) is ASCII."""
    value = serial + b"\0"
    ifd = (struct.pack(">H", 1) + struct.pack(">HHII", 0x001D, 2, len(value), 8 + 2 + 12 + 4)
           + struct.pack(">I", 0))
    return b"Nikon\x00\x02\x10\x00\x00" + b"MM\x00*" + struct.pack(">I", 8) + ifd + value


def exif_serials(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        sub = Image.Image.getexif(image).get_ifd(0x8769)
        return {tag: str(sub.get(tag)).strip("\0") for tag in (0xA431, 0xA435)}


def test_serial_numbers_are_zeroed_in_the_copy_same_length():
    original = serial_photo(canon_note(0x0BADCAFE))
    assert exif_serials(original) == {0xA431: BODY, 0xA435: LENS}
    assert serials_in(original) and struct.pack(">I", 0x0BADCAFE) in original
    copy = location_free(original)
    assert len(copy.data) == len(original)
    assert "serial_number" in copy.removed and "exif_gps" in copy.removed
    assert BODY.encode() not in copy.data and LENS.encode() not in copy.data
    assert struct.pack(">I", 0x0BADCAFE) not in copy.data  # Canon's note
    assert exif_serials(copy.data) == {0xA431: "", 0xA435: ""}
    assert not serials_in(copy.data) and position_in(copy.data) == []
    assert media.image_facts(copy.data)["make"] == "Canon"  # the rest is kept
    # Only the serials' and the GPS's bytes differ.
    changed = [n for n, (a, b) in enumerate(zip(original, copy.data, strict=True)) if a != b]
    assert len(changed) < 200


def test_a_nikon_maker_note_serial_is_zeroed():
    original = serial_photo(nikon_note(b"6012345"), make="NIKON CORPORATION")
    assert b"6012345" in original
    copy = location_free(original).data
    assert b"6012345" not in copy and len(copy) == len(original)
    assert copy.count(b"Nikon\x00\x02") == 1  # the note itself stays


def test_serials_in_xmp_are_blanked_and_a_photo_with_only_a_serial_gets_a_copy():
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
           b'02/22-rdf-syntax-ns#"><rdf:Description aux:SerialNumber="2481632" '
           b'aux:LensSerialNumber=\'77123\'><exifEX:BodySerialNumber>2481632'
           b'</exifEX:BodySerialNumber></rdf:Description></rdf:RDF></x:xmpmeta>')
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 90, 30)).save(out, "JPEG", xmp=xmp)
    original = out.getvalue()
    assert position_in(original) == [] and serials_in(original)
    copy = location_free(original)
    assert copy.removed == ("xmp_serial",)
    assert b"2481632" not in copy.data and b"77123" not in copy.data
    assert b'aux:SerialNumber="       "' in copy.data and len(copy.data) == len(original)
