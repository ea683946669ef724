"""Pictures made to slip a position or a title past a location-free report, or to stall
it: what a forensic examiner reads in the copy (Pillow, as exiftool and libpng, takes
any iTXt compression flag but 0 as compressed), and files whose metadata was read once
for every opener in it (a few hundred KiB held the export and the verifier for minutes).
Each hostile file must give a clear answer: a clean copy, or a refusal naming it."""

from __future__ import annotations

import hashlib
import io
import struct
import threading
import zlib

import pytest
from PIL import Image

from safeplan import location

from .test_export_titles import chunk, png_ok, titled_png, world  # noqa: F401 (fixture)

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
       b'exif:GPSLatitude="43,14.3N" exif:GPSLongitude="76,53.4E"><dc:title><rdf:Alt>'
       b'<rdf:li>Abay Ave 150</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF>'
       b'</x:xmpmeta>')


def png(extra: bytes = b"", after: bytes = b"") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 200, 10)).save(out, "PNG")
    data = out.getvalue()
    return data[:-12] + extra + data[-12:] + after


def seen(data: bytes) -> str:
    """All the text Pillow reads from a PNG's chunks, as an examiner's tool shows it."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return " ".join(str(v) for v in image.info.values())


@pytest.mark.parametrize("flag", [2, 0x80, 0xFF])
def test_an_itxt_compressed_with_any_flag_is_read_as_compressed(tmp_path, flag):
    # A compression flag of 2: Pillow, libpng and exiftool inflate it; it was read here
    # as clear text, so its XMP with GPS and a title went into the copy and the verifier
    # passed it.
    hostile = png(chunk(b"iTXt", b"XML:com.adobe.xmp\x00" + bytes([flag]) + b"\x00\x00\x00"
                        + zlib.compress(XMP)))
    assert "GPSLatitude" in seen(hostile)  # what an examiner reads in it
    assert "png_text" in location.position_in(hostile)
    assert location.titles_in(hostile)
    copy = location.location_free(hostile, titles=True)
    assert "GPS" not in seen(copy.data) and "Abay" not in seen(copy.data)
    assert location.position_in(copy.data) == [] and not location.titles_in(copy.data)
    png_ok(copy.data, tmp_path)
    # A title chunk so flagged is left out whole.
    titled = png(chunk(b"iTXt", b"Title\x00" + bytes([flag]) + b"\x00\x00\x00"
                       + zlib.compress(b"Abay Ave 150")))
    assert "Abay" in seen(titled) and location.titles_in(titled)
    assert "Abay" not in seen(location.location_free(titled, titles=True).data)


def test_a_kept_keyword_compressed_and_text_after_the_end_count_as_titles(tmp_path):
    # "Software" in the clear stays (the app's name); compressed, nothing shows what it
    # holds without inflating it: it goes, as any compressed title chunk.
    hidden = png(chunk(b"zTXt", b"Software\x00\x00" + zlib.compress(b"Abay Ave 150")))
    assert "Abay" in seen(hidden) and location.titles_in(hidden)
    copy = location.location_free(hidden, titles=True)
    assert "title" in copy.removed and "Abay" not in seen(copy.data)
    # Text after IEND: no viewer shows it, `strings` does. The copy ends at IEND.
    trailed = png(after=b"Abay Ave 150, kv. 5")
    assert location.titles_in(trailed)
    copy = location.location_free(trailed, titles=True)
    assert b"Abay" not in copy.data and copy.data == png()
    assert not location.titles_in(copy.data)
    png_ok(copy.data, tmp_path)
    # Zeros after the end (a tool's padding) are no title.
    assert not location.titles_in(png(after=bytes(64)))


def finishes(work, *args, **kwargs):
    """What `work` gives, or the exception it raises; fails when it is still running
    after a minute (each case here takes milliseconds; before the fix, minutes)."""
    done: list = []

    def run():
        try:
            done.append(work(*args, **kwargs))
        except Exception as exc:  # the answer is the exception
            done.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert done, f"{work.__name__} still running on a hostile file"
    return done[0]


def tiffs_sharing_one_big_ifd(count: int) -> bytes:
    head = b"Exif\x00\x00II*\x00"
    unit = len(head) + 4
    body = bytearray()
    for n in range(count):  # each points at the same 1000-entry IFD after them
        body += head + struct.pack("<I", count * unit - (n * unit + 6))
    body += struct.pack("<H", 1000) + struct.pack("<HHII", 0x0110, 2, 2, 0x41) * 1000
    return bytes(body) + bytes(4)


HOSTILE = {
    # 20 000 XMP starts without an end: each was read to the end of the file.
    "xmp_starts": chunk(b"tEXt", b"Comment\x00" + b"<x:xmpmeta" * 20000),
    # 20 000 title openers without a closer in one packet (a regex's `.*?` each).
    "title_openers": chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta>"
                           + b"<dc:title>" * 20000),
    "serial_openers": chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta>"
                            + b"aux:SerialNumber>" * 12000),
    # IPTC resources nested in each other's values: each walked to the end.
    "nested_iptc": chunk(b"tEXt", b"Comment\x00" + (
        b"\x1c\x02\x00\x00\x0c8BIM\x04\x04\x00\x00\x00\xff\xff\xff") * 12000),
    # 10 000 EXIF blocks sharing one IFD of 1000 entries.
    "many_exif": chunk(b"tEXt", b"Comment\x00" + tiffs_sharing_one_big_ifd(10000)),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_metadata_gets_an_answer_not_a_stall(tmp_path, name):
    hostile = png(HOSTILE[name])
    answer = finishes(location.location_free, hostile, titles=True)
    if isinstance(answer, Exception):  # refused: named as damaged, nothing half-made
        assert isinstance(answer, location.LocationError)
        assert str(answer) == "damaged"
        # The verifier, reading such a file in a report, counts it as unsafe.
        assert finishes(location.position_in, hostile)
        assert finishes(location.titles_in, hostile)
    else:
        copy = answer.data
        assert not finishes(location.titles_in, copy)
        assert finishes(location.position_in, copy) == []
        assert not finishes(location.serials_in, copy)
        png_ok(copy, tmp_path)
        # Deterministic as any copy.
        again = finishes(location.location_free, hostile, titles=True)
        assert hashlib.sha256(again.data).digest() == hashlib.sha256(copy).digest()


def test_honest_xmp_titles_and_serials_are_still_found_and_blanked():
    # The linear scanners find what the regexes found: both quote kinds, the element
    # form, attributes on the title tag, several packets.
    packet = (b'<x:xmpmeta><rdf:Description aux:SerialNumber="123456" '
              b"exifEX:LensSerialNumber = '987'><aux:LensSerialNumber>55</aux:LensSerialNumber>"
              b'<dc:title xml:lang="ru"><rdf:Alt><rdf:li>Abay</rdf:li></rdf:Alt></dc:title>'
              b"<dc:subject/><dc:description>Abay 2</dc:description>"
              b"</rdf:Description></x:xmpmeta>")
    data = png(chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + packet * 2))
    assert location.serials_in(data) and location.titles_in(data)
    copy = location.location_free(data, titles=True)
    assert b"Abay" not in copy.data and b"123456" not in copy.data
    assert b"987" not in copy.data and b">55<" not in copy.data
    assert copy.data.count(b'<dc:title xml:lang="ru"><rdf:Alt><rdf:li>') == 2
    assert len(copy.data) == len(data)
    assert set(copy.removed) == {"xmp_serial", "title"}


def test_a_titled_png_with_a_trailer_is_no_longer_clean_to_the_verifier():
    data = titled_png()
    copy = location.location_free(data, titles=True).data
    assert not location.titles_in(copy)
    assert location.titles_in(copy + b"Abay Ave 150")


@pytest.mark.parametrize("trick", ["flag2_xmp", "trailer"])
def test_the_verifier_fails_a_png_copy_with_a_hidden_position_or_title(
        world, tmp_path, trick):  # noqa: F811 (the fixture imported above)
    """The police's check, on a report whose PNG copy was given a flag-2 XMP chunk (GPS
    and title, what Pillow and exiftool read) or text after IEND: it must fail, as it
    passed both before."""
    from .test_export_names import failed, resign

    folder, _store, _originals, key = world

    def hide(manifest, target):
        entry = next(e for e in manifest["evidence"] if e["file"].endswith(".png"))
        path = target / "evidence" / entry["file"]
        data = path.read_bytes()
        if trick == "flag2_xmp":
            data = data[:-12] + chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x02\x00\x00\x00"
                                      + zlib.compress(XMP)) + data[-12:]
        else:
            data += b"Abay Ave 150"
        path.write_bytes(data)
        entry["derived"]["sha256"] = hashlib.sha256(data).hexdigest()
        entry["derived"]["size"] = len(data)
    assert not failed(folder / "r")  # the honest report passes
    resign(folder / "r", tmp_path / "hidden", key, hide)
    found = failed(tmp_path / "hidden")
    assert "has_title" in found
    if trick == "flag2_xmp":
        assert "derived_has_position" in found


@pytest.mark.parametrize("zipped", [True, False])
def test_a_raw_exif_profile_with_its_gps_tag_across_a_line_break_loses_it(tmp_path, zipped):
    # ImageMagick's "Raw profile type exif": EXIF in hex, in lines. Pillow and exiftool
    # read the hex whatever its line breaks; the GPSInfo tag was looked for as "8825" in
    # the text, so one broken across two lines kept the position in the copy.
    exif = Image.Exif()
    exif[0x0110] = "Pixel 7"
    exif.get_ifd(0x8825).update({1: "N", 2: (43.0, 14.0, 18.0)})
    raw = b"Exif\x00\x00" + exif.tobytes()
    hexed = raw.hex()
    at = max(hexed.find("8825"), hexed.find("2588"))
    text = f"\nexif\n{len(raw):8d}\n{hexed[:at + 2]}\n{hexed[at + 2:]}\n".encode()
    body = b"Raw profile type exif\x00" + (b"\x00" + zlib.compress(text) if zipped else text)
    hostile = png(chunk(b"zTXt" if zipped else b"tEXt", body))
    with Image.open(io.BytesIO(hostile)) as image:
        assert image.getexif().get_ifd(0x8825)  # what an examiner reads
    assert "png_text" in location.position_in(hostile)
    copy = location.location_free(hostile, titles=True)
    with Image.open(io.BytesIO(copy.data)) as image:
        assert not image.getexif().get_ifd(0x8825)
    assert location.position_in(copy.data) == []
    png_ok(copy.data, tmp_path)


def motion_photo(tmp_path) -> bytes:
    """A motion photo as Google's and Samsung's cameras make them: a JPEG with the short
    video appended after its end marker; the video says where it was recorded."""
    import shutil
    import subprocess

    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is in scripts/sysdeps.sh")
    video = tmp_path / "clip.mp4"
    run = subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=red:s=32x32:d=0.2",
         "-metadata", "location=+43.2380+076.9450/", "-metadata", "title=Abay Ave 150",
         "-movflags", "+use_metadata_tags", str(video)],
        capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue() + video.read_bytes()


def test_a_motion_photos_video_loses_its_position_and_title(tmp_path):
    from safeplan import video_location

    data = motion_photo(tmp_path)
    assert b"+43.2380+076.9450" in data  # exiftool -ee shows it
    assert location.position_in(data)
    assert location.titles_in(data)
    copy = location.location_free(data, titles=True)
    assert b"+43.2380" not in copy.data and b"Abay" not in copy.data
    assert len(copy.data) == len(data)  # blanked in place, the video still plays
    assert location.position_in(copy.data) == [] and not location.titles_in(copy.data)
    video = copy.data[copy.data.index(b"\xff\xd9") + 2:]
    assert video_location.position_in([video], titles=True)[0] == []
    with Image.open(io.BytesIO(copy.data)) as image:
        image.load()  # the picture itself is untouched
    assert copy.data[:len(data) - len(video)] == data[:len(data) - len(video)]


def jpeg_segments_intact(data: bytes) -> bool:
    """Every segment before the scan starts with a marker where the one before ends."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return False
        if data[at + 1] == 0xDA:
            return True
        at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return False


def test_extended_xmp_split_across_segments_keeps_the_jpeg_whole():
    # A portrait photo's extended XMP (Google's depth map: ~1 MB of base64, where "GPS"
    # turns up by chance every few hundred KiB) spans several APP1 segments. A packet
    # with "GPS" in it was overwritten with spaces from its start to its end tag, the
    # segment headers in between too: the copy's JPEG structure was broken.
    import base64

    from .test_location import gps_exif

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (9, 99, 199)).save(out, "JPEG", exif=gps_exif())
    photo = out.getvalue()

    def app1(payload: bytes) -> bytes:
        return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload

    guid = b"0123456789ABCDEF0123456789ABCDEF"
    standard = app1(b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    b"<rdf:RDF><rdf:Description xmpNote:HasExtendedXMP=\"" + guid
                    + b"\"/></rdf:RDF></x:xmpmeta>")
    blob = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description GDepth:Data="'
            + b"AAAAGPSzzzz" + base64.b64encode(bytes(range(256)) * 400)
            + b'"/></rdf:RDF></x:xmpmeta>')
    extended = b"".join(
        app1(b"http://ns.adobe.com/xmp/extension/\x00" + guid + struct.pack(">II", len(blob), at)
             + blob[at:at + 65000]) for at in range(0, len(blob), 65000))
    data = photo[:2] + standard + extended + photo[2:]
    assert jpeg_segments_intact(data) and extended.count(b"\xff\xe1") >= 2
    copy = location.location_free(data, titles=True)
    assert "exif_gps" in copy.removed
    assert jpeg_segments_intact(copy.data)
    assert location.position_in(copy.data) == []
    with Image.open(io.BytesIO(copy.data)) as image:
        image.load()
        assert not image.getexif().get_ifd(0x8825)


def test_an_xmp_packet_across_png_chunks_is_read_chunk_by_chunk(tmp_path):
    # XMP readers read one chunk; a "packet" from one chunk's start to another's end tag
    # was blanked across the chunk headers between, and the copy refused as damaged.
    data = png(chunk(b"tEXt", b"Comment\x00<x:xmpmeta><dc:title>")
               + chunk(b"tEXt", b"Other\x00Abay</dc:title></x:xmpmeta>"))
    copy = location.location_free(data, titles=True)
    assert b"Abay" not in copy.data and not location.titles_in(copy.data)
    png_ok(copy.data, tmp_path)


def test_a_samsung_motion_photo_with_its_trailer_is_copied_not_refused(tmp_path):
    # Samsung's cameras write "MotionPhoto_Data", the clip, then their SEF directory
    # ("SEFH" ... "SEFT") after the picture: the clip ends where its boxes end. Read to
    # the end of the file, every such photo was refused as damaged.
    data = motion_photo(tmp_path)
    split = data.index(b"\xff\xd9") + 2
    picture, clip = data[:split], data[split:]
    sef = (b"\x00\x00\x30\x0aMotionPhoto_Data" + b"SEFH" + struct.pack("<II", 107, 1)
           + b"\x00\x00\x30\x0a" + struct.pack("<III", len(clip) + 24, len(clip) + 16, 32)
           + b"SEFT")
    samsung = picture + b"\x00\x00\x30\x0a\x10\x00\x00\x00MotionPhoto_Data" + clip + sef
    assert location.position_in(samsung)
    copy = location.location_free(samsung, titles=True)
    assert b"+43.2380" not in copy.data and b"Abay" not in copy.data
    assert copy.data.endswith(sef) and len(copy.data) == len(samsung)
    assert location.position_in(copy.data) == [] and not location.titles_in(copy.data)
    # Without a position or a title in its clip, such a photo needs no copy at all.
    plain = picture + b"\x00\x00\x30\x0a\x10\x00\x00\x00MotionPhoto_Data" + copy.data[
        len(picture) + 24:len(copy.data) - len(sef)] + sef
    assert location.position_in(plain) == [] and not location.titles_in(plain)
