"""Videos that say where they were recorded, as phones and cameras write them.

Built from tests/golden/video-base.mp4 (0.5 s, H.264 + AAC, made with
`ffmpeg -f lavfi -i testsrc ... -fflags +bitexact`, its `moov` after `mdat`) by
adding boxes to its `moov`: the pictures' offsets do not move, so every result
still plays (checked with ffprobe where it is installed).
"""

from __future__ import annotations

import struct
from pathlib import Path

BASE = Path(__file__).parent.parent / "golden" / "video-base.mp4"
ISO6709 = b"+43.2389+076.8897+800.000/"
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
XMP_GPS = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
           b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
           b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="43,14.334N" '
           b'exif:GPSLongitude="76,53.382E"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def children(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, start, end) of each box between start and end."""
    out, at = [], start
    while at + 8 <= end:
        size = struct.unpack(">I", data[at:at + 4])[0]
        out.append((data[at + 4:at + 8], at, at + size))
        at += size
    return out


def xyz(text: bytes = ISO6709) -> bytes:
    """QuickTime's ©xyz: a 16-bit length, a 16-bit language, the ISO 6709 text."""
    return box(b"\xa9xyz", struct.pack(">HH", len(text), 0x15C7) + text)


def loci() -> bytes:
    """3GPP's loci: version/flags, language, name, role, longitude, latitude and
    altitude in 16.16 fixed point, astronomical body, notes."""
    fixed = struct.pack(">iii", int(76.8897 * 65536), int(43.2389 * 65536), 800 * 65536)
    return box(b"loci", b"\0\0\0\0" + struct.pack(">H", 0x15C7) + b"Home\0" + b"\0" + fixed
               + b"earth\0" + b"\0")


def apple_keys() -> bytes:
    """moov/meta as an iPhone writes it: hdlr mdta, keys, ilst items by key index."""
    names = [b"com.apple.quicktime.make", b"com.apple.quicktime.location.ISO6709",
             b"com.apple.quicktime.location.accuracy.horizontal"]
    keys = box(b"keys", b"\0\0\0\0" + struct.pack(">I", len(names)) + b"".join(
        box(b"mdta", name) for name in names))
    values = [b"Apple", ISO6709, b"4.923964"]
    items = b"".join(box(struct.pack(">I", n), box(b"data", struct.pack(">II", 1, 0) + value))
                     for n, value in enumerate(values, 1))
    hdlr = box(b"hdlr", b"\0" * 8 + b"mdta" + b"\0" * 12 + b"\0")
    return box(b"meta", hdlr + keys + box(b"ilst", items))


def xmp_uuid() -> bytes:
    return box(b"uuid", XMP_UUID + XMP_GPS)


def xmp_box() -> bytes:
    return box(b"XMP_", XMP_GPS)


def with_moov(base: bytes, add_to_moov: bytes = b"", add_to_udta: bytes = b"",
              add_to_traks: bytes = b"", after: bytes = b"") -> bytes:
    """The base video with boxes added: to moov, to moov/udta (made when absent), to
    each trak's udta, and top-level boxes after moov."""
    top = children(base, 0, len(base))
    _kind, start, end = next(t for t in top if t[0] == b"moov")
    parts = []
    udta = b""
    for child, s, e in children(base, start + 8, end):
        content = base[s:e]
        if child == b"trak" and add_to_traks:
            content = box(b"trak", content[8:] + box(b"udta", add_to_traks))
        if child == b"udta":
            udta = content[8:]
            continue
        parts.append(content)
    if add_to_udta or udta:
        parts.append(box(b"udta", udta + add_to_udta))
    moov = box(b"moov", b"".join(parts) + add_to_moov)
    return base[:start] + moov + base[end:] + after


def with_location_track(base: bytes, samples: list[bytes], kind: bytes = b"gpmd") -> bytes:
    """A timed metadata track (GoPro's gpmd by default) whose samples sit in an mdat
    after moov, one chunk of all samples."""
    def trak(offset: int) -> bytes:
        stsd = box(b"stsd", b"\0\0\0\0" + struct.pack(">I", 1) + box(kind, b"\0" * 6 + b"\0\1"))
        stsz = box(b"stsz", b"\0\0\0\0" + struct.pack(">II", 0, len(samples)) + b"".join(
            struct.pack(">I", len(s)) for s in samples))
        stsc = box(b"stsc", b"\0\0\0\0" + struct.pack(">IIII", 1, 1, len(samples), 1))
        stco = box(b"stco", b"\0\0\0\0" + struct.pack(">II", 1, offset))
        stts = box(b"stts", b"\0\0\0\0" + struct.pack(">III", 1, len(samples), 1000))
        stbl = box(b"stbl", stsd + stts + stsc + stsz + stco)
        hdlr = box(b"hdlr", b"\0" * 8 + b"meta" + b"\0" * 12 + b"GoPro MET\0")
        mdhd = box(b"mdhd", b"\0" * 12 + struct.pack(">I", 1000) + struct.pack(
            ">I", 1000 * len(samples)) + b"\x55\xc4\0\0")
        tkhd = box(b"tkhd", b"\0\0\0\x03" + b"\0" * 8 + struct.pack(">I", 9) + b"\0" * 68)
        minf = box(b"minf", box(b"nmhd", b"\0" * 4) + stbl)
        return box(b"trak", tkhd + box(b"mdia", mdhd + hdlr + minf))

    draft = with_moov(base, add_to_moov=trak(0))
    offset = len(draft) + 8  # the new mdat's content, right after the moov
    video = with_moov(base, add_to_moov=trak(offset))
    assert len(video) == len(draft)
    return video + box(b"mdat", b"".join(samples))


def android(base: bytes) -> bytes:
    """©xyz in the movie's udta and in each track's, as Android's recorders write it."""
    return with_moov(base, add_to_udta=xyz(b"+43.2389+076.8897/"),
                     add_to_traks=xyz(b"+43.2389+076.8897/"))


def every_kind(base: bytes) -> bytes:
    """All of them at once."""
    video = with_moov(base, add_to_moov=apple_keys(), add_to_udta=xyz() + loci() + xmp_box(),
                      add_to_traks=xyz(), after=xmp_uuid())
    return with_location_track(video, [b"GPS5" + ISO6709, b"GPS5" + ISO6709[::-1]])
