"""Location-free copies of pictures: the GPS taken out, every other byte kept. No Qt.

A photo's EXIF can say where it was taken, to a few metres: her home, a
shelter, a relative's flat. A report travels to people and case files she does
not control, so she may hand over a copy without it, keeping the original in
the vault to produce later (the report states both hashes).

The copy is made by rewriting metadata bytes in place, never by decoding and
re-encoding the picture. Why: the pixels stay the pixels of the original (a
re-encoded JPEG is a new picture, softer, with new compression traces a
forensic examiner would have to explain away), the copy is the same size, and
the result is deterministic: anyone holding the original can run the same
function and get the copy's exact bytes, so the copy's SHA-256 in a report can
be tied back to the original when it is produced.

What is changed, and nothing else:
- every EXIF block (a TIFF structure: in a JPEG's APP1 segment, in images
  embedded after it such as MPF's second pictures, in a HEIC/AVIF Exif item,
  a WebP EXIF chunk, a PNG eXIf chunk, or a TIFF file itself): the GPSInfo
  entry is taken out of IFD0 (the entries after it move up, the freed 12 bytes
  are zeroed) and the GPS IFD with every value it points to is zeroed. No
  offset moves, so nothing else needs rewriting;
- XMP packets that mention GPS or an address (city, state, sub-location, IPTC
  location fields) are overwritten with spaces (XMP's own padding character; the
  packet keeps its length);
- IPTC-IIM values naming a place (record 2: location code and name, city,
  sub-location, province or state) are overwritten with spaces, same length;
- in a PNG, the CRC of each chunk touched is recomputed, and text chunks that
  carry EXIF or XMP with a position are left out (PNG has no offsets).
- camera and lens serial numbers (EXIF BodySerialNumber 0xA431, LensSerialNumber
  0xA435, DNG's CameraSerialNumber 0xC62F, the serials in Canon's and Nikon's
  maker notes, and XMP's aux:SerialNumber, aux:LensSerialNumber,
  exifEX:BodySerialNumber, exifEX:LensSerialNumber) are zeroed (XMP: spaces),
  same length: a serial ties the photo to every other picture the camera took,
  such as ones posted online with their position;
- with `titles` (a location-free report, which withholds names too): titles,
  descriptions, comments and keywords (EXIF ImageDescription, XPTitle, XPComment,
  XPKeywords, XPSubject, UserComment; XMP dc:title, dc:description, dc:subject,
  exif:UserComment, photoshop:Headline, their markup kept; IPTC-IIM object name,
  keywords, headline, caption) are zeroed or overwritten with spaces, same length:
  phones, photo apps and people write addresses there. In a PNG, every text chunk
  but the software, the time it was made and the device (_PNG_KEPT) counts as a
  title (a keyword can be anything an app chose: "Title", "Author", "Location"):
  tEXt and uncompressed iTXt text is overwritten with spaces in place (the chunk,
  its keyword and its length kept, the CRC recomputed); zTXt and compressed iTXt are
  left out, as text chunks with a position are: the same length cannot be written
  again, and a recompressed chunk would depend on the zlib that made it, so whoever
  holds the original could not make the same copy (a compressed title chunk is not
  even inflated: it goes). An XMP packet or raw EXIF profile in a compressed chunk
  is inflated and left out when it holds a title; one in the clear is blanked as in
  a JPEG. Inflating stops at _PNG_TEXT_LIMIT bytes a chunk and _PNG_INFLATE_BUDGET a
  file: a zlib bomb, a damaged stream or one past the budget counts as a position
  and a title, and its chunk is left out unread. An iTXt chunk with any compression
  flag but 0 is compressed (as libpng, Pillow and exiftool read it), a kept keyword
  compressed is a title, and text after IEND (no viewer shows it, `strings` does) is a
  title too: the copy ends at IEND;
- a video appended to a JPEG after its end marker (motion photos from Google's and
  Samsung's cameras) is blanked in place as any video (`video_location`): its `©xyz`,
  location keys and tracks, with `titles` its title; a clip that cannot be read refuses
  the copy.
The copy is then read again, and refused (`LocationError`) if anything still
gives a position or a serial number. Other metadata (camera, time taken, orientation) is kept: it
says nothing about where she lives, and a court asks for it.
"""

from __future__ import annotations

import bisect
import contextlib
import re
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

GPS_TAG = 0x8825
EXIF_TAG, MAKER_NOTE, MAKE = 0x8769, 0x927C, 0x010F
# Serial numbers: in IFD0 (DNG), in the EXIF IFD, and in makers' notes.
_IFD0_SERIALS = {0xC62F}
_EXIF_SERIALS = {0xA431, 0xA435}
_CANON_SERIALS = {0x000C, 0x0096}  # SerialNumber, InternalSerialNumber
_NIKON_SERIALS = {0x001D, 0x00A0}  # SerialNumber (type 2 notes, and older ones)
_NIKON = b"Nikon\x00\x02"
_XMP_SERIAL = re.compile(
    rb"(?:aux:SerialNumber|aux:LensSerialNumber|exifEX:BodySerialNumber|"
    rb"exifEX:LensSerialNumber)\s*(?:=\s*([\"'])|>)")
# Bytes per value of each TIFF field type (1 BYTE ... 13 IFD, 16-18 BigTIFF types).
_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8,
              13: 4, 16: 8, 17: 8, 18: 8}
# Text written into a photo by a person or an app (with `titles`): a title, a
# description, a comment, keywords. Phones and photo apps fill them from the position,
# people type an address in them. IFD0: ImageDescription and Windows' XPTitle,
# XPComment, XPKeywords, XPSubject; the EXIF IFD: UserComment.
_IFD0_TITLES = {0x010E, 0x9C9B, 0x9C9C, 0x9C9E, 0x9C9F}
_EXIF_TITLES = {0x9286}
_XMP_TITLE = re.compile(
    rb"<(dc:title|dc:description|dc:subject|exif:UserComment|photoshop:Headline)\b")
_IIM_TITLES = (5, 25, 105, 120)  # object name, keywords, headline, caption
_TIFF_HEADERS = (b"II*\x00", b"MM\x00*")
# EXIF blocks read in one file at most: a photo has one, a few with MPF's second pictures
# or a maker's trailer. A file of thousands, each pointing at the same 1000-entry IFD
# (148 KiB), was read for minutes; now it is refused as damaged (and in a report it
# counts as a position, a serial number and a title).
_TIFF_MOST = 64
_XMP_START, _XMP_END = b"<x:xmpmeta", b"</x:xmpmeta>"
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"  # extended XMP's APP1 segments
_POSITION_WORDS = (b"GPSLatitude", b"GPSLongitude", b"GPSAltitude")
# An address in XMP (IPTC Core/Extension and Photoshop's fields: Lightroom's address
# lookup and photo desks fill them from the GPS): a street or a town, no less telling.
_ADDRESS_WORDS = (b"photoshop:City", b"photoshop:State", b"Iptc4xmpCore:Location",
                  b"LocationCreated", b"LocationShown", b"Sublocation")
# The same in IPTC-IIM (a Photoshop resource 0x0404 in a JPEG's APP13): record 2's
# content location code and name, city, sub-location and province or state.
_IIM_PLACES = (26, 27, 90, 92, 95)
_IRB_IPTC = b"8BIM\x04\x04"
_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_TEXT = (b"tEXt", b"zTXt", b"iTXt")
_PNG_PROFILES = (b"Raw profile type exif", b"Raw profile type APP1", b"XML:com.adobe.xmp")
_PNG_XMP = b"XML:com.adobe.xmp"
# Text chunks that are not a title: the program, the time the picture was made and the
# device (PNG's "Source"), as EXIF's Software, DateTime and Model are kept.
_PNG_KEPT = (b"Software", b"Creation Time", b"Source", b"date:create", b"date:modify",
             b"date:timestamp")
_PNG_TEXT_LIMIT = 8 << 20  # bytes of one compressed profile read; more is a bomb
_PNG_INFLATE_BUDGET = 32 << 20  # bytes of compressed profiles read in one file


class LocationError(ValueError):
    """The position could not be taken out of this file (a format not understood, a
    damaged EXIF block, or a position still found in the copy)."""


@dataclass(frozen=True)
class LocationFree:
    """A copy without the position. `removed`: what was taken out ("exif_gps",
    "xmp_gps", "iptc_address", "png_text", "serial_number", "xmp_serial"); empty
    when the file held neither a position nor a serial number."""

    data: bytes
    removed: tuple[str, ...]


def _spans(data: bytes | bytearray) -> list[tuple[int, int]]:
    """The parts of a file where metadata can be. A JPEG's compressed picture (from
    its first scan to its end marker) holds none, and a 0xFF byte there is always
    followed by 0x00 or a restart marker, so only the segments before it and what
    follows the end marker (MPF's second pictures, makers' trailers) are searched:
    3.6 MiB of a 12 MP photo becomes some 60 KiB. Anything else is searched whole."""
    whole = [(0, len(data))]
    if data[:2] != b"\xff\xd8":
        return whole
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return whole  # not a segment where one should be: search everything
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xDA:  # start of scan: the compressed picture follows
            end = data.find(b"\xff\xd9", at)
            return whole if end == -1 else [(0, at), (end, len(data))]
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:  # markers without a length
            at += 2
            continue
        at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return whole


def _find_all(data: bytes | bytearray, needle: bytes,
              spans: list[tuple[int, int]]) -> list[int]:
    found = []
    for start, end in spans:
        at = data.find(needle, start, end)
        while at != -1:
            found.append(at)
            at = data.find(needle, at + 1, end)
    return found


def _tiffs_say(data: bytes | bytearray, spans: list[tuple[int, int]],
               ask: Callable[[_Tiff], object]) -> bool:
    """True when an EXIF TIFF structure in `spans` answers `ask` with something true, or
    when where they start cannot be read (nothing says none does). One that is damaged
    or a chance match ("Exif" in a photo's pixels) is passed over."""
    try:
        starts = _tiff_starts(data, spans)
    except LocationError:
        return True
    for start in starts:
        try:
            if ask(_Tiff(data, start)):
                return True
        except (LocationError, struct.error):
            continue
    return False


def _tiff_starts(data: bytes | bytearray, spans: list[tuple[int, int]]) -> list[int]:
    """Where an EXIF TIFF structure starts: after "Exif\\0\\0" (JPEG APP1, HEIC Exif
    items, most WebP EXIF chunks), at a PNG eXIf or WebP EXIF chunk's data, or at 0
    in a TIFF file."""
    found = []
    for header in _TIFF_HEADERS:
        for at in _find_all(data, header, spans):
            if (at == 0 or data[max(0, at - 6):at] == b"Exif\x00\x00"
                    or data[max(0, at - 4):at] == b"eXIf"
                    or data[max(0, at - 8):at - 4] == b"EXIF"):
                found.append(at)
    if len(found) > _TIFF_MOST:
        raise LocationError("damaged")
    return sorted(found)


class _Tiff:
    """One TIFF structure inside `buf` at `base`, read with bounds checked."""

    def __init__(self, buf: bytes | bytearray, base: int) -> None:
        self.buf = buf
        self.base = base
        self.order = "<" if buf[base:base + 2] == b"II" else ">"

    def _at(self, offset: int, size: int) -> int:
        start = self.base + offset
        if offset < 0 or start + size > len(self.buf):
            raise LocationError("damaged")
        return start

    def u16(self, offset: int) -> int:
        return int(struct.unpack_from(self.order + "H", self.buf, self._at(offset, 2))[0])

    def u32(self, offset: int) -> int:
        return int(struct.unpack_from(self.order + "I", self.buf, self._at(offset, 4))[0])

    def zero(self, offset: int, size: int) -> None:
        start = self._at(offset, size)
        self.buf[start:start + size] = bytes(size)

    def entries(self, ifd: int) -> list[tuple[int, int, int, int]]:
        """(tag, type, count, value or offset) of each entry of the IFD at `ifd`."""
        count = self.u16(ifd)
        if count > 1000:
            raise LocationError("damaged")
        return [(self.u16(ifd + 2 + 12 * n), self.u16(ifd + 4 + 12 * n),
                 self.u32(ifd + 6 + 12 * n), self.u32(ifd + 10 + 12 * n)) for n in range(count)]

    def gps_ifd(self) -> tuple[int, int] | None:
        """(offset of IFD0, index of its GPSInfo entry), or None without one."""
        ifd0 = self.u32(4)
        for index, (tag, _kind, _count, _value) in enumerate(self.entries(ifd0)):
            if tag == GPS_TAG:
                return ifd0, index
        return None

    def remove_gps(self) -> bool:
        found = self.gps_ifd()
        if found is None:
            return False
        ifd0, index = found
        entries = self.entries(ifd0)
        gps = entries[index][3]
        gps_entries = self.entries(gps)
        # Every place is checked before a byte changes: a damaged block is left whole.
        blanks = [(value, _TYPE_SIZE.get(kind, 0) * count)
                  for _tag, kind, count, value in gps_entries
                  if _TYPE_SIZE.get(kind, 0) * count > 4]  # values stored elsewhere
        blanks.append((gps, 2 + 12 * len(gps_entries) + 4))
        for offset, size in blanks:
            self._at(offset, size)
        start = self._at(ifd0, 2 + 12 * len(entries) + 4)
        for offset, size in blanks:
            self.zero(offset, size)
        # IFD0 without the entry: the ones after it and the next-IFD pointer move up.
        after = start + 2 + 12 * (index + 1)
        end = start + 2 + 12 * len(entries) + 4
        tail = bytes(self.buf[after:end])
        self.buf[after - 12:end - 12] = tail
        self.buf[end - 12:end] = bytes(12)
        struct.pack_into(self.order + "H", self.buf, start, len(entries) - 1)
        return True


    def _value(self, ifd: int, index: int, kind: int, count: int,
                value: int) -> tuple[int, int]:
        """(offset, size) of an entry's value: in the entry itself when it fits in
        four bytes, else where it points."""
        size = _TYPE_SIZE.get(kind, 0) * count
        return (ifd + 10 + 12 * index, size) if size <= 4 else (value, size)

    def serial_places(self) -> list[tuple[int, int]]:
        """(offset from this structure's start, size) of each serial number's value,
        bounds checked (LocationError when one points outside)."""
        places = []
        ifd0 = self.u32(4)
        make, exif = b"", None
        for index, (tag, kind, count, value) in enumerate(self.entries(ifd0)):
            if tag in _IFD0_SERIALS:
                places.append(self._value(ifd0, index, kind, count, value))
            elif tag == EXIF_TAG:
                exif = value
            elif tag == MAKE:
                offset, size = self._value(ifd0, index, kind, count, value)
                start = self._at(offset, size)
                make = bytes(self.buf[start:start + size])
        note = None
        if exif is not None:
            for index, (tag, kind, count, value) in enumerate(self.entries(exif)):
                if tag in _EXIF_SERIALS:
                    places.append(self._value(exif, index, kind, count, value))
                elif tag == MAKER_NOTE and count > 4:
                    note = (value, count)
        if note is not None:
            # A note we cannot read: the serials outside it still count.
            with contextlib.suppress(LocationError, struct.error):
                places += self._maker_serials(note[0], note[1], make)
        for offset, size in places:
            self._at(offset, size)
        return places

    def _maker_serials(self, note: int, length: int, make: bytes) -> list[tuple[int, int]]:
        """The serial numbers' places in a Nikon (type 2) or Canon maker note."""
        places = []
        start = self._at(note, min(length, 18))
        if bytes(self.buf[start:start + 7]) == _NIKON:
            # Its own TIFF structure 10 bytes in: offsets count from there.
            inner = _Tiff(self.buf, start + 10)
            ifd = inner.u32(4)
            for index, (tag, kind, count, value) in enumerate(inner.entries(ifd)):
                if tag in _NIKON_SERIALS:
                    offset, size = inner._value(ifd, index, kind, count, value)
                    inner._at(offset, size)
                    places.append((inner.base - self.base + offset, size))
        elif make.startswith(b"Canon"):
            # An IFD whose offsets count from this structure's start.
            for index, (tag, kind, count, value) in enumerate(self.entries(note)):
                if tag in _CANON_SERIALS:
                    places.append(self._value(note, index, kind, count, value))
        return places

    def title_places(self) -> list[tuple[int, int]]:
        """(offset, size) of each title, description or comment value (_IFD0_TITLES,
        _EXIF_TITLES), bounds checked."""
        places = []
        ifd0 = self.u32(4)
        exif = None
        for index, (tag, kind, count, value) in enumerate(self.entries(ifd0)):
            if tag in _IFD0_TITLES:
                places.append(self._value(ifd0, index, kind, count, value))
            elif tag == EXIF_TAG:
                exif = value
        if exif is not None:
            for index, (tag, kind, count, value) in enumerate(self.entries(exif)):
                if tag in _EXIF_TITLES:
                    places.append(self._value(exif, index, kind, count, value))
        for offset, size in places:
            self._at(offset, size)
        return [(o, n) for o, n in places if n]

    def titles(self) -> bool:
        for offset, size in self.title_places():
            start = self._at(offset, size)
            if any(self.buf[start:start + size]):
                return True
        return False

    def blank_titles(self) -> bool:
        found = False
        for offset, size in self.title_places():
            start = self._at(offset, size)
            if any(self.buf[start:start + size]):
                self.zero(offset, size)
                found = True
        return found

    def serials(self) -> bool:
        """A serial number with a value (not blanked)."""
        for offset, size in self.serial_places():
            start = self._at(offset, size)
            if any(self.buf[start:start + size]):
                return True
        return False

    def blank_serials(self) -> bool:
        places = [(o, n) for o, n in self.serial_places() if n]
        found = False
        for offset, size in places:
            start = self._at(offset, size)
            if any(self.buf[start:start + size]):
                self.zero(offset, size)
                found = True
        return found


def _segments(data: bytes | bytearray) -> list[tuple[int, int]]:
    """(start of its data, end) of each segment of a JPEG before its first scan, or of
    each chunk of a PNG; empty for anything else or a file that cannot be walked."""
    if bytes(data[:len(_PNG)]) == _PNG:
        try:
            return [(at + 8, at + 8 + length) for at, _kind, length in _png_chunks(data)]
        except LocationError:
            return []
    if bytes(data[:2]) != b"\xff\xd8":
        return []
    found, at = [], 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return []
        marker = data[at + 1]
        if marker == 0xFF:
            at += 1
            continue
        if marker == 0xDA:
            return found
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:
            at += 2
            continue
        end = at + 2 + int.from_bytes(data[at + 2:at + 4], "big")
        found.append((at + 4, min(end, len(data))))
        at = end
    return []


def _xmp_packets(data: bytes | bytearray,
                 spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each XMP packet: from "<x:xmpmeta" to the end of its closing tag
    (or of the file). A start inside a packet is part of it, not a packet of its own:
    a file of 20 000 starts without an end was read 20 000 times to its end (195 KiB:
    more than a minute; now milliseconds).

    In a JPEG a packet ends with its segment at the latest, in a PNG with its chunk:
    extended XMP (a portrait photo's depth map, ~1 MB) is one packet cut into APP1
    segments of 64 KiB, and one with "GPS" in it (base64 gives it by chance) was
    overwritten with spaces from its start to its end tag, the segment headers in
    between too, which broke the copy's JPEG structure. Each extended-XMP segment's part
    is read on its own instead. (A packet across PNG chunks was refused as damaged.)"""
    at_all = _find_all(data, _XMP_START, spans)
    segments = _segments(data) if at_all or bytes(data[:2]) == b"\xff\xd8" else []
    starts = [start for start, _end in segments]
    found: list[tuple[int, int]] = []
    for at in at_all:
        if found and at < found[-1][1]:
            continue
        index = bisect.bisect_right(starts, at) - 1
        limit = segments[index][1] if index >= 0 and at < segments[index][1] else len(data)
        end = data.find(_XMP_END, at, limit)
        found.append((at, limit if end == -1 else end + len(_XMP_END)))
    for start, end in segments:  # the parts of an extended packet after its first
        body = start + len(_XMP_EXTENSION) + 40  # its GUID, full length and offset
        if (bytes(data[start:start + len(_XMP_EXTENSION)]) == _XMP_EXTENSION
                and body < end and data.find(_XMP_START, body, end) == -1):
            stop = data.find(_XMP_END, body, end)
            found.append((body, end if stop == -1 else stop + len(_XMP_END)))
    return sorted(found)


class _Next:
    """The first place of a byte string at or after a position, for positions asked in
    growing order: each search starts where the last found one is, so a packet of many
    openers without a closer is read once, not once an opener (what a regex's `.*?`,
    `[^<]*<` did: 12 000 "aux:SerialNumber>" in 199 KiB took 16 s, 20 000 "<dc:title>"
    more than a minute)."""

    def __init__(self, text: bytes) -> None:
        self.text = text
        self.found: dict[bytes, tuple[int, int]] = {}  # needle -> (asked at, found at)

    def __call__(self, needle: bytes, at: int) -> int:
        asked, known = self.found.get(needle, (len(self.text) + 1, -2))
        if asked <= at and (known == -1 or known >= at):
            return known  # none between where it was asked and where it was found
        known = self.text.find(needle, at)
        self.found[needle] = (at, known)
        return known


def _serial_values(packet: bytes) -> list[tuple[int, int]]:
    """(start, end) of each serial number's value in one packet: `name="value"`,
    `name='value'` or `<name>value<` (spaces allowed around "="), as a regex with
    `"([^"]*)"` and `>([^<]*)<` would find them one after the other, in linear time."""
    found, at, after = [], 0, _Next(packet)
    while (match := _XMP_SERIAL.search(packet, at)) is not None:
        close = after(match.group(1) or b"<", match.end())
        if close == -1:
            at = match.start() + 1
            continue
        found.append((match.end(), close))
        at = close + 1
    return found


def _title_values(packet: bytes) -> list[tuple[int, int]]:
    """(start, end) of each title's content in one packet, `<tag ...>content</tag>`, as
    a regex with `[^>]*>(.*?)</tag>` would find them one after the other, in linear
    time."""
    found, at, after = [], 0, _Next(packet)
    while (match := _XMP_TITLE.search(packet, at)) is not None:
        gt = after(b">", match.end())
        close = -1 if gt == -1 else after(b"</" + match.group(1) + b">", gt + 1)
        if close == -1:
            at = match.start() + 1
            continue
        found.append((gt + 1, close))
        at = close + len(match.group(1)) + 3
    return found


def _xmp_serials(data: bytes | bytearray,
                 spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each serial number's value in the XMP packets, when not blank."""
    found = []
    for at, end in _xmp_packets(data, spans):
        packet = bytes(data[at:end])
        for start, stop in _serial_values(packet):
            if packet[start:stop].strip():
                found.append((at + start, at + stop))
    return found


def serials_in(data: bytes | bytearray, spans: list[tuple[int, int]] | None = None) -> bool:
    """A camera's or lens's serial number is in these bytes (EXIF, makers' notes, XMP)."""
    spans = spans if spans is not None else _spans(data)
    return _tiffs_say(data, spans, _Tiff.serials) or bool(_xmp_serials(data, spans))


def _blank_serials(buf: bytearray, spans: list[tuple[int, int]]) -> list[str]:
    removed = []
    for start in _tiff_starts(buf, spans):
        try:
            if _Tiff(buf, start).blank_serials():
                removed.append("serial_number")
        except (LocationError, struct.error):
            continue  # the final check decides
    places = _xmp_serials(buf, spans)
    for start, end in places:
        buf[start:end] = b" " * (end - start)
    if places:
        removed.append("xmp_serial")
    return removed


def _xmp_titles(data: bytes | bytearray,
                spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each XMP title, description or comment with content."""
    found = []
    for at, end in _xmp_packets(data, spans):
        packet = bytes(data[at:end])
        for start, stop in _title_values(packet):
            # The text between tags (rdf:Alt/rdf:li wrappers stay, their text goes).
            if re.sub(rb"<[^>]*>", b"", packet[start:stop]).strip():
                found.append((at + start, at + stop))
    return found


def _iim_titles(data: bytes | bytearray, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(offset, length) of each IPTC-IIM title with content (LocationError: see
    _iim_places)."""
    return [(o, n) for o, n in _iim_places(data, spans, _IIM_TITLES)
            if data[o:o + n].strip(b" ")]


def titles_in(data: bytes | bytearray, spans: list[tuple[int, int]] | None = None) -> bool:
    """A title, description, comment or keywords with content is in these bytes (EXIF,
    XMP, IPTC-IIM, a PNG's text chunks)."""
    spans = spans if spans is not None else _spans(data)
    if _tiffs_say(data, spans, _Tiff.titles):
        return True
    if bytes(data[:len(_PNG)]) == _PNG and _png_titles_in(data):
        return True
    clip = _appended_video(data, spans)
    if clip is not None and "title" in _video_says(data, clip, True):
        return True
    try:
        return bool(_xmp_titles(data, spans) or _iim_titles(data, spans))
    except LocationError:
        return True  # nothing says it holds none


def _blank_titles(buf: bytearray, spans: list[tuple[int, int]]) -> bool:
    found = False
    for start in _tiff_starts(buf, spans):
        try:
            found = _Tiff(buf, start).blank_titles() or found
        except (LocationError, struct.error):
            continue  # the final check decides
    for start, end in _xmp_titles(buf, spans):
        # Markup kept (the packet stays well-formed), the text between it blanked.
        inner = bytes(buf[start:end])
        buf[start:end] = re.sub(rb">[^<]*<", lambda m: b">" + b" " * (len(m.group()) - 2)
                                + b"<", b">" + inner + b"<")[1:-1]
        found = True
    for offset, length in _iim_titles(buf, spans):
        buf[offset:offset + length] = b" " * length
        found = True
    return found


def _blank_xmp(buf: bytearray, spans: list[tuple[int, int]]) -> bool:
    changed = False
    for at, end in _xmp_packets(buf, spans):
        if b"GPS" in buf[at:end] or any(w in buf[at:end] for w in _ADDRESS_WORDS):
            buf[at:end] = b" " * (end - at)
            changed = True
    return changed


def _xmp_address(data: bytes | bytearray, at: int, end: int) -> bool:
    packet = data[at:end]
    return any(word in packet for word in _ADDRESS_WORDS)


def _iim_places(data: bytes | bytearray, spans: list[tuple[int, int]],
                datasets: tuple[int, ...] = _IIM_PLACES) -> list[tuple[int, int]]:
    """(offset, length) of each IPTC-IIM value that names a place, read from every
    Photoshop IPTC resource (bounds checked; anything malformed ends the walk).

    A resource can sit inside another's value: a walk that reaches a record another walk
    has read (as far) stops there, and LocationError("damaged") when the walks together
    read more than twice the records the file can hold (12 000 resources nested in 199
    KiB were read for minutes, each to the end of the file)."""
    found = []
    walked: dict[int, int] = {}  # record -> the end its walk was bounded by
    steps = 2 * (len(data) // 5) + 64
    for at in _find_all(data, _IRB_IPTC, spans):
        name = at + 6
        if name >= len(data):
            continue
        name_size = 1 + data[name]
        size_at = name + name_size + (name_size % 2)  # the name is padded to even
        if size_at + 4 > len(data):
            continue
        size = int.from_bytes(data[size_at:size_at + 4], "big")
        start, end = size_at + 4, min(size_at + 4 + size, len(data))
        while start + 5 <= end and data[start] == 0x1C:
            if walked.get(start, -1) >= end:
                break  # read from here on already (resources nested in values: once)
            walked[start] = end
            steps -= 1
            if steps < 0:
                raise LocationError("damaged")
            record, dataset = data[start + 1], data[start + 2]
            length = int.from_bytes(data[start + 3:start + 5], "big")
            if length & 0x8000 or start + 5 + length > end:
                break  # an extended length (never used for text) or damaged
            if record == 2 and dataset in datasets and length:
                found.append((start + 5, length))
            start += 5 + length
    return found


def _blank_iim(buf: bytearray, spans: list[tuple[int, int]]) -> bool:
    places = _iim_places(buf, spans)
    for offset, length in places:
        buf[offset:offset + length] = b" " * length
    return bool(places)


def _png_chunks(data: bytes | bytearray,
                ends: list[int] | None = None) -> Iterator[tuple[int, bytes, int]]:
    """(offset, type, data length) of each chunk of a PNG up to its end chunk (what
    follows it is not part of the picture); LocationError when a chunk is cut short.
    One at a time: a file of 200 000 empty chunks (3.7 MB) held 60 MB of their tuples,
    several times over. `ends` gets where the end chunk ends, once it is read."""
    at = len(_PNG)
    while at + 12 <= len(data):
        length = struct.unpack_from(">I", data, at)[0]
        kind = bytes(data[at + 4:at + 8])
        if at + 12 + length > len(data):
            raise LocationError("damaged")
        yield at, kind, length
        at += 12 + length
        if kind == b"IEND":
            if ends is not None:
                ends.append(at)
            break


def _inflate(data: bytes, limit: int) -> bytes | None:
    """Compressed text, or None when the stream is damaged, cut short or would give
    more than `limit` bytes (a zlib bomb is never inflated whole)."""
    stream = zlib.decompressobj()
    try:
        text = stream.decompress(data, limit)
    except zlib.error:
        return None
    return text if stream.eof and not stream.unconsumed_tail else None


def _png_text_parts(kind: bytes, body: bytes) -> tuple[bytes, int, bool]:
    """(keyword, where the text starts in `body`, compressed) of a text chunk.
    iTXt: keyword, flag, method, language tag and translated keyword come first."""
    keyword = body.partition(b"\x00")[0]
    start = len(keyword) + 1
    if kind == b"tEXt":
        return keyword, start, False
    if kind == b"zTXt":
        return keyword, start + 1, True  # the compression method byte
    # Any flag but 0 is compressed: libpng, Pillow and exiftool read it so (a flag of 2
    # with zlib text behind it is XMP to them, and was read as clear text here).
    compressed = body[start:start + 1] not in (b"\x00", b"")
    language = body.find(b"\x00", start + 2)
    translated = body.find(b"\x00", language + 1) if language != -1 else -1
    return keyword, (len(body) if translated == -1 else translated + 1), compressed


def _raw_exif_block(text: bytes) -> bytearray | None:
    """ImageMagick's "Raw profile type exif/APP1": a name, a length, then the EXIF
    block in hex, in lines (readers skip every space and line break). None when it
    cannot be read."""
    lines = text.split(b"\n")
    try:
        return bytearray.fromhex(re.sub(rb"\s+", b"", b"".join(lines[3:])).decode("ascii"))
    except ValueError:
        return None


def _raw_exif_gps(text: bytes) -> bool:
    """A raw EXIF profile gives a position: its GPSInfo tag in the hex, line breaks left
    out (a tag broken across two lines was missed), or in the EXIF it decodes to. True
    when it cannot be read."""
    if any(word in re.sub(rb"\s+", b"", text) for word in (b"GPS", b"8825", b"2588")):
        return True
    block = _raw_exif_block(text)
    if block is None:
        return True
    for at in _tiff_starts(block, [(0, len(block))]):
        with contextlib.suppress(LocationError, struct.error):
            if _Tiff(block, at).gps_ifd() is not None:
                return True
    return False


def _raw_exif_titles(text: bytes) -> bool:
    """A raw EXIF profile (_raw_exif_block) holds a title, or cannot be read."""
    block = _raw_exif_block(text)
    if block is None:
        return True
    try:
        starts = _tiff_starts(block, [(0, len(block))])
        return any(_Tiff(block, at).titles() for at in starts)
    except (LocationError, struct.error):
        return True


def _png_texts(data: bytes | bytearray,
               ends: list[int] | None = None) -> Iterator[tuple[int, bytes, int, bool, bool]]:
    """(offset, type, data length, gives a position, holds a title) of each chunk.

    Only the profiles (XMP, raw EXIF) are inflated, _PNG_TEXT_LIMIT bytes each and
    _PNG_INFLATE_BUDGET for the file, in the file's order: one past those, damaged or
    cut short counts as both (left out unread), so a file of many bombs costs no more
    than a few. Any other compressed chunk counts as a title unread. LocationError
    when a chunk is cut short."""
    budget = _PNG_INFLATE_BUDGET
    for at, kind, length in _png_chunks(data, ends):
        if kind not in _PNG_TEXT:
            yield at, kind, length, False, False
            continue
        body = bytes(data[at + 8:at + 8 + length])
        keyword, start, compressed = _png_text_parts(kind, body)
        if keyword in _PNG_KEPT and not compressed:  # compressed, nobody sees it is
            position = title = False
        elif keyword not in _PNG_PROFILES:
            position, title = False, compressed or bool(body[start:].strip(b" \x00"))
        else:
            text: bytes | None = body[start:]
            if compressed:
                limit = min(_PNG_TEXT_LIMIT, budget)
                text = _inflate(body[start:], limit) if limit > 0 else None
                budget -= limit if text is None else len(text)
            if text is None:
                position = title = True
            else:
                if keyword == _PNG_XMP:  # in the clear, found in place as in a JPEG
                    position = any(word in text for word in (b"GPS", b"8825", b"2588"))
                    title = compressed and bool(_xmp_titles(text, [(0, len(text))]))
                else:
                    position = _raw_exif_gps(text)  # with `titles` unread when blank
                    title = _raw_exif_titles(text)
        yield at, kind, length, position, title


def _png_trailer(data: bytes | bytearray, ends: list[int]) -> bool:
    """Bytes other than zeros and spaces after the end chunk (`ends`, from a walk through
    the chunks): not part of the picture, a viewer never shows them, `strings` and a hex
    editor do (text an app or a person put there). A location-free copy goes without them."""
    return bool(ends) and bool(bytes(data[ends[0]:]).strip(b"\x00 "))


def _png_titles_in(data: bytes | bytearray) -> bool:
    ends: list[int] = []
    try:
        return (any(title for *_chunk, title in _png_texts(data, ends))
                or _png_trailer(data, ends))
    except LocationError:
        return True  # damaged: nothing says it holds none


def _png(buf: bytearray, original: bytes, titles: bool) -> tuple[bytearray, bool, bool]:
    """The PNG with fixed CRCs for the chunks changed from `original` (same length),
    without text chunks that carry a position and, with `titles`, its text chunks'
    titles blanked (in the clear) or left out (compressed): (copy, a chunk with a
    position left out, a title taken out)."""
    out = bytearray(buf[:len(_PNG)])
    dropped = blanked = False
    ends: list[int] = []
    for at, kind, length, position, title in _png_texts(buf, ends):
        if position:
            dropped = True
            continue
        chunk = bytearray(buf[at:at + 12 + length])
        if titles and title:
            blanked = True
            _keyword, start, compressed = _png_text_parts(kind, bytes(chunk[8:8 + length]))
            if compressed:
                continue
            chunk[8 + start:8 + length] = b" " * (length - start)
        if chunk != original[at:at + 12 + length]:
            struct.pack_into(">I", chunk, 8 + length,
                             zlib.crc32(bytes(chunk[4:8 + length])) & 0xFFFFFFFF)
        out += chunk
    # What follows the end chunk is left out; with `titles` it counts as a title.
    return out, dropped, blanked or (titles and _png_trailer(buf, ends))


def _appended_video(data: bytes | bytearray,
                    spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, end) of a video appended to a JPEG, or None. Motion photos (Google's and
    Samsung's cameras) carry a short clip after the picture's end marker; the clip says
    where it was recorded (`©xyz`) as any phone video does, and exiftool -ee reads it.
    The clip ends where its top-level boxes end: Samsung's SEF directory follows it. A
    box of the clip that runs past the file's end keeps the rest in (damaged: refused)."""
    if bytes(data[:2]) != b"\xff\xd8" or len(spans) < 2:
        return None
    start, end = spans[-1]
    at = data.find(b"ftyp", start, end)
    if at < start + 4:
        return None
    from . import video_location  # imports this module

    if not video_location.looks_like(bytes(data[at - 4:at + 12])):
        return None
    clip = box = at - 4
    while box + 8 <= len(data) and bytes(data[box + 4:box + 8]) in video_location._TOP_LEVEL:
        size = int.from_bytes(data[box:box + 4], "big")
        if size == 1 and box + 16 <= len(data):
            size = int.from_bytes(data[box + 8:box + 16], "big")
        elif size == 0:
            size = len(data) - box
        if size < 8 or box + size > len(data):
            return clip, len(data)
        box += size
    return clip, box


def _video_says(data: bytes | bytearray, where: tuple[int, int], titles: bool) -> set[str]:
    """What a motion photo's clip still says: "position" and, with `titles`, "title"
    (a clip that cannot be read says both)."""
    from . import video_location

    clip = bytes(data[where[0]:where[1]])
    try:
        found, ranges = video_location.position_in([clip], titles=titles)
        said = {"title"} if "title" in found else set()
        if set(found) - {"title"} or (ranges and not video_location.zeroed([clip], ranges)):
            said.add("position")
        return said
    except LocationError:
        return {"position", "title"}


def position_in(data: bytes | bytearray,
                spans: list[tuple[int, int]] | None = None) -> list[str]:
    """What in these bytes can give a position (empty: nothing we know of).
    `spans`: where to search, when already known (`_spans`)."""
    spans = spans if spans is not None else _spans(data)
    found = ["exif_gps"] if _tiffs_say(data, spans,
                                       lambda tiff: tiff.gps_ifd() is not None) else []
    if any(_find_all(data, word, spans) for word in _POSITION_WORDS):
        found.append("xmp_gps")
    if any(_xmp_address(data, at, end) for at, end in _xmp_packets(data, spans)):
        found.append("xmp_address")
    try:
        places = _iim_places(data, spans)
    except LocationError:
        places = [(0, len(data))]  # nothing says it holds none
    if any(data[offset:offset + length].strip(b" ") for offset, length in places):
        found.append("iptc_address")
    if bytes(data[:len(_PNG)]) == _PNG:
        try:
            if any(position for *_chunk, position, _title in _png_texts(data)):
                found.append("png_text")
        except LocationError:
            found.append("png_text")
    clip = _appended_video(data, spans)
    if clip is not None and "position" in _video_says(data, clip, False):
        found.append("video_location")
    return found


def location_free(data: bytes, titles: bool = False) -> LocationFree:
    """A copy of `data` with every position taken out (see the module's notes); with
    `titles`, its titles, descriptions, comments and keywords blanked too ("title":
    EXIF ImageDescription, XPTitle, XPComment, XPKeywords, XPSubject, UserComment;
    XMP dc:title, dc:description, dc:subject, exif:UserComment, photoshop:Headline;
    IPTC-IIM object name, keywords, headline, caption; a PNG's text chunks but
    _PNG_KEPT, blanked or, compressed, left out).

    Raises LocationError when that cannot be done, or when the copy still holds
    a position (or with `titles` a title) we can find."""
    spans = _spans(data)  # metadata does not move: the same spans hold in the copy
    if not position_in(data, spans) and not serials_in(data, spans) and not (
            titles and titles_in(data, spans)):
        return LocationFree(data, ())
    buf = bytearray(data)
    removed: list[str] = []
    for start in _tiff_starts(buf, spans):
        try:
            if _Tiff(buf, start).remove_gps():
                removed.append("exif_gps")
        except (LocationError, struct.error):
            continue  # a chance match, or damaged (left whole): the final check decides
    if _blank_xmp(buf, spans):
        removed.append("xmp_gps")
    if _blank_iim(buf, spans):
        removed.append("iptc_address")
    removed += _blank_serials(buf, spans)
    if titles and _blank_titles(buf, spans):
        removed.append("title")
    clip = _appended_video(buf, spans)
    if clip is not None:
        said = _video_says(buf, clip, titles)
        if said:
            from . import video_location

            # Blanked in place as any video (same length: the clip still plays, and the
            # XMP that points at it from the picture stays right).
            buf[clip[0]:clip[1]] = video_location.copy_bytes(bytes(buf[clip[0]:clip[1]]),
                                                             titles)
            removed += ["video_location" if s == "position" else s for s in sorted(said)]
    if bytes(buf[:len(_PNG)]) == _PNG:
        buf, dropped, blanked = _png(buf, data, titles)
        if dropped:
            removed.append("png_text")
        if blanked:
            removed.append("title")
    copy = bytes(buf)
    same = spans if len(copy) == len(data) else None
    if position_in(copy, same) or serials_in(copy, same) or (titles and titles_in(copy, same)):
        raise LocationError("still_there")
    return LocationFree(copy, tuple(dict.fromkeys(removed)))


__all__ = ["LocationError", "LocationFree", "location_free", "position_in", "serials_in",
           "titles_in"]
