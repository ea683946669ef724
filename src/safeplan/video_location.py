"""Location-free copies of MP4, MOV and 3GP videos: positions blanked in place, streamed. No Qt.

Phones write where a video was recorded into its metadata: QuickTime's `©xyz`
(Android's camera and MediaMuxer, in the movie's and in each track's `udta`),
Apple's `com.apple.quicktime.location.*` keys (a `meta` box with `keys` and
`ilst`), 3GPP's `loci`, XMP packets (a `uuid` box or QuickTime's `XMP_`) and
timed metadata tracks that record a position many times a second (GoPro's
`gpmd`, Google's `camm`, Apple's `mebx` with location keys).

The copy is the original with same-length edits, so no offset in the file
moves and nothing needs rewriting (players find the pictures through absolute
offsets in `stco`/`co64`):
- a location box (`©xyz`, `loci`, an `ilst` item whose key names a location)
  becomes a `free` box of the same size with its payload zeroed: `free` is the
  one box every reader skips, wherever it stands (ISO/IEC 14496-12 §8.1.2);
- an XMP packet mentioning a position or an address is overwritten with spaces,
  as in pictures (`location`);
- the samples of a location track are zeroed in `mdat` (found through the
  track's `stsz`, `stsc` and `stco`/`co64`); the track itself stays, empty.
Nothing is re-encoded: anyone holding the original gets the same copy from
`plan` + `Patched`, byte for byte, so the copy's SHA-256 in a report can be tied
back to the original when it is produced.

Everything streams: the file is read once, front to back, in chunks. Only the
boxes that hold metadata (`moov`, `uuid`, `meta`, ...: kilobytes to a few MiB)
are held in memory, never `mdat` (the pictures, gigabytes). A box larger than
`BOX_LIMIT`, a size that runs past its parent or the file's end, or nesting
deeper than `MAX_DEPTH` is refused (`location.LocationError`): a damaged or
hostile file is never half-cleaned.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from . import location
from .location import LocationError

CHUNK = 1024 * 1024
BOX_LIMIT = 64 * 1024 * 1024  # a metadata box held in memory (a 3-hour movie's moov: ~20 MiB)
MAX_DEPTH = 12
MAX_BOXES = 1_000_000
MAX_SAMPLES = 5_000_000  # samples of one location track (30 Hz for 46 hours)
# Boxes whose content is streamed, never held: pictures and sound, and padding.
_STREAMED = {b"mdat", b"free", b"skip", b"wide"}
_TOP_LEVEL = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"uuid", b"meta",
              b"pnot", b"moof", b"mfra", b"styp", b"sidx", b"pdin", b"prft", b"emsg"}
# Containers whose children are boxes right after the header.
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"edts", b"dinf",
               b"moof", b"traf", b"mvex", b"tref", b"ilst"}
_LOCATION_BOXES = {b"\xa9xyz", b"loci"}
# Titles: iOS Voice Memos names a recording by the street it was made in and writes
# that name as its title (`©nam` in an `ilst` or `udta`; 3GPP `titl`; Apple's
# `com.apple.quicktime.title` key). Blanked like a location box when `titles` is asked.
_TITLE_BOXES = {b"\xa9nam", b"titl"}
_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
# Sample entries of timed metadata that always carry a position (GoPro, Google).
_LOCATION_TRACKS = {b"gpmd", b"camm"}
# Sample entries of timed metadata that carry one when their keys or format say so.
_KEYED_TRACKS = {b"mebx", b"mett", b"metx"}
# Handlers (`hdlr` in a track's `mdia`) whose samples are text or timed metadata:
# dashcams and drones write GPS as subtitles (tx3g), Sony as `rtmd`, others in
# `mett` tracks that do not say so. Their samples are zeroed in every copy.
_BLANKED_HANDLERS = {b"meta", b"text", b"sbtl", b"subt"}
# Padding: readers skip it, but writers leave old metadata in it (a ©xyz inside a
# `free` in moov, Novatek's GPS in a top-level `free` after mdat). Zeroed in copies.
_PADDING = {b"free", b"skip", b"wide"}  # `wide`: QuickTime's, empty when written by the book


def looks_like(head: bytes) -> bool:
    """The first bytes are an ISO base media file (MP4, MOV, 3GP, M4A): a box of
    a known top-level type at offset 0."""
    if len(head) < 8:
        return False
    size = int.from_bytes(head[:4], "big")
    return head[4:8] in _TOP_LEVEL and (size in (0, 1) or size >= 8)


@dataclass
class Plan:
    """What makes the copy: `patches` (offset, bytes) in file order, same length as
    what they cover; `removed`: what was found ("video_location", "xmp_gps",
    "location_track"); `size` and `original_sha256` of what was read;
    `copy_sha256` when it could be known in the same pass (None when a patch
    falls in a part already streamed by: a location track's samples)."""

    patches: list[tuple[int, bytes]] = field(default_factory=list)
    removed: tuple[str, ...] = ()
    size: int = 0
    original_sha256: str = ""
    copy_sha256: str | None = None
    sample_ranges: list[tuple[int, int]] = field(default_factory=list)


class _Track:
    def __init__(self) -> None:
        self.location = False
        self.sizes: list[int] = []
        self.fixed = self.count = 0  # every sample the same size (stsz without a table)
        self.chunk_runs: list[tuple[int, int]] = []  # (first chunk, samples per chunk)
        self.offsets: list[int] = []


class _Boxes:
    """Walks one box held in memory (`buf`, at file offset `base`), blanking what
    gives a position in place (`patch`) or only noting it."""

    def __init__(self, patch: bool, titles: bool = False) -> None:
        self.patch = patch
        self.titles = titles
        self.found: list[str] = []
        self.tracks: list[_Track] = []
        self.count = 0
        self.touched: list[tuple[int, int]] = []  # (start, end) in the box held
        self.fragmented = False

    def walk(self, buf: bytearray, start: int, end: int, depth: int,
             keys: dict[int, bytes] | None = None, track: _Track | None = None) -> None:
        if depth > MAX_DEPTH:
            raise LocationError("damaged")
        at = start
        while at < end:
            if end - at < 8:
                if any(buf[at:end]):
                    raise LocationError("damaged")
                return  # QuickTime ends some lists with 4 zero bytes
            size = int.from_bytes(buf[at:at + 4], "big")
            kind = bytes(buf[at + 4:at + 8])
            header = 8
            if size == 1:
                if end - at < 16:
                    raise LocationError("damaged")
                size, header = int.from_bytes(buf[at + 8:at + 16], "big"), 16
            elif size == 0:
                if depth:
                    return  # QuickTime's terminator inside a list
                size = end - at
            if size < header or at + size > end:
                raise LocationError("damaged")
            self.count += 1
            if self.count > MAX_BOXES:
                raise LocationError("damaged")
            self.box(buf, at, header, size, kind, depth, keys, track)
            at += size

    def box(self, buf: bytearray, at: int, header: int, size: int, kind: bytes, depth: int,
            keys: dict[int, bytes] | None, track: _Track | None) -> None:
        body, end = at + header, at + size
        if self.titles and (kind in _TITLE_BOXES or (
                keys is not None and kind not in (b"free", b"data")
                and _names_title(keys.get(int.from_bytes(kind, "big"), b"")))):
            self.found.append("title")
            if self.patch:
                buf[at + 4:at + 8] = b"free"
                buf[body:end] = bytes(end - body)
                self.touched.append((at + 4, end))
            return
        if kind in _LOCATION_BOXES or (keys is not None and kind not in (b"free", b"data")
                                       and _names_location(keys.get(
                                           int.from_bytes(kind, "big"), b""))):
            self.found.append("video_location")
            if self.patch:
                buf[at + 4:at + 8] = b"free"
                buf[body:end] = bytes(end - body)
                self.touched.append((at + 4, end))
            return
        if kind == b"XMP_" or (kind == b"uuid" and bytes(buf[body:body + 16]) == _XMP_UUID):
            packet = bytearray(buf[body:end])
            if location.position_in(packet, [(0, len(packet))]):
                self.found.append("xmp_gps")
                if self.patch:
                    location._blank_xmp(packet, [(0, len(packet))])
                    buf[body:end] = packet
                    self.touched.append((body, end))
            return
        if kind in _PADDING or (kind == b"uuid" and bytes(buf[body:body + 16]) != _XMP_UUID) \
                or (depth and kind[:3] in (b"CMT", b"NCD", b"NCT")):
            # Padding, an unknown uuid box (Canon's EXIF with GPS and the body serial)
            # or a maker's box in udta (Canon CMT*, Nikon NCDT): nothing in it is
            # accounted for, so the copy keeps its length and none of its content.
            if kind not in _PADDING or any(buf[body:end]):
                self.found.append("unaccounted")
                if self.patch:
                    buf[at + 4:at + 8] = b"free"
                    buf[body:end] = bytes(end - body)
                    self.touched.append((at + 4, end))
            return
        if kind in (b"mvex", b"moof"):
            self.fragmented = True
        if kind == b"trak":
            track = _Track()
            self.tracks.append(track)
        if kind == b"meta":
            self.meta(buf, body, end, depth)
            return
        if track is not None:
            self.table(buf, body, end, kind, track)
        if kind in _CONTAINERS:
            self.walk(buf, body, end, depth + 1, keys if kind == b"ilst" else None, track)

    def meta(self, buf: bytearray, body: int, end: int, depth: int) -> None:
        """A `meta` box: a full box in ISO files, a plain one in QuickTime's; its
        `keys` name the items of its `ilst` by index."""
        if bytes(buf[body + 4:body + 8]) != b"hdlr" and bytes(buf[body + 8:body + 12]) in (
                b"hdlr", b"keys", b"ilst", b"free", b"xml "):
            body += 4  # version and flags
        keys: dict[int, bytes] = {}
        at = body
        while at + 8 <= end:  # the keys first, wherever they stand
            size = int.from_bytes(buf[at:at + 4], "big")
            if size < 8 or at + size > end:
                break
            if bytes(buf[at + 4:at + 8]) == b"keys":
                keys = _keys(buf, at + 8, at + size)
            at += size
        self.walk(buf, body, end, depth + 1, keys)
        # The ilst's items were walked with the keys (see `box`): a `meta` child
        # named ilst gets them through `walk(..., keys)` only for that container.

    def table(self, buf: bytearray, body: int, end: int, kind: bytes, track: _Track) -> None:
        """What locates a track's samples, and whether its samples are positions."""
        if kind == b"stsd":
            self.sample_entries(buf, body + 8, end, track)
        elif kind == b"stsz":
            fixed, count = _u32(buf, body + 4, end), _u32(buf, body + 8, end)
            if fixed:
                track.fixed, track.count = fixed, count
            else:
                if body + 12 + 4 * count > end:
                    raise LocationError("damaged")
                track.sizes = list(struct.unpack_from(f">{count}I", buf, body + 12))
        elif kind == b"stsc":
            count = _u32(buf, body + 4, end)
            if body + 8 + 12 * count > end:
                raise LocationError("damaged")
            track.chunk_runs = [struct.unpack_from(">II", buf, body + 8 + 12 * n)
                                for n in range(count)]
        elif kind in (b"stco", b"co64"):
            count = _u32(buf, body + 4, end)
            width = 4 if kind == b"stco" else 8
            if body + 8 + width * count > end:
                raise LocationError("damaged")
            track.offsets = list(struct.unpack_from(
                f">{count}{'I' if width == 4 else 'Q'}", buf, body + 8))
        elif kind == b"hdlr" and bytes(buf[body + 8:body + 12]) in _BLANKED_HANDLERS:
            track.location = True
        elif kind == b"stz2" and track.location:
            raise LocationError("unsupported")

    def sample_entries(self, buf: bytearray, at: int, end: int, track: _Track) -> None:
        while at + 8 <= end:
            size = int.from_bytes(buf[at:at + 4], "big")
            if size < 8 or at + size > end:
                raise LocationError("damaged")
            kind = bytes(buf[at + 4:at + 8])
            entry = bytes(buf[at:at + size]).lower()
            if kind in _LOCATION_TRACKS or (kind in _KEYED_TRACKS and (
                    b"location" in entry or b"gps" in entry or b"iso6709" in entry)):
                track.location = True
            at += size

    def sample_ranges(self, size: int) -> list[tuple[int, int]]:
        """(offset, length) of every sample of every location track, adjacent ones
        merged."""
        ranges: list[tuple[int, int]] = []
        for track in self.tracks:
            if not track.location:
                continue
            self.found.append("location_track")
            if self.fragmented:
                raise LocationError("unsupported")  # samples in moof/trun boxes
            count = track.count if track.fixed else len(track.sizes)
            if count > MAX_SAMPLES:
                raise LocationError("unsupported")
            firsts = [first for first, _ in track.chunk_runs]
            sample = 0
            for index, offset in enumerate(track.offsets, 1):
                if sample >= count:
                    break
                run = bisect.bisect_right(firsts, index) - 1
                if run < 0:
                    raise LocationError("damaged")
                for _ in range(min(track.chunk_runs[run][1], count - sample)):
                    length = track.fixed or track.sizes[sample]
                    if offset + length > size:
                        raise LocationError("damaged")
                    if ranges and ranges[-1][0] + ranges[-1][1] == offset:
                        ranges[-1] = (ranges[-1][0], ranges[-1][1] + length)
                    elif length:
                        ranges.append((offset, length))
                    offset += length
                    sample += 1
            if sample < count:
                raise LocationError("damaged")  # samples no chunk holds
        ranges.sort()
        return ranges


def _u32(buf: bytearray, at: int, end: int) -> int:
    if at + 4 > end:
        raise LocationError("damaged")
    return int.from_bytes(buf[at:at + 4], "big")


def _keys(buf: bytearray, body: int, end: int) -> dict[int, bytes]:
    """QuickTime metadata keys, by their 1-based index."""
    count = _u32(buf, body + 4, end)
    keys, at = {}, body + 8
    for index in range(1, count + 1):
        size = _u32(buf, at, end)
        if size < 8 or at + size > end:
            raise LocationError("damaged")
        keys[index] = bytes(buf[at + 8:at + size])
        at += size
    return keys


def _names_title(key: bytes) -> bool:
    lowered = key.lower()
    return lowered.endswith((b".title", b".displayname")) or lowered in (b"title", b"name")


def _names_location(key: bytes) -> bool:
    lowered = key.lower()
    return b"location" in lowered or b"gps" in lowered or b"iso6709" in lowered


class _Reader:
    """Reads top-level boxes from a stream of chunks, front to back, holding only
    metadata boxes; hands each held box to `_Boxes` and passes the rest through."""

    def __init__(self, patch: bool, titles: bool = False) -> None:
        self.boxes = _Boxes(patch, titles)
        self.patches: list[tuple[int, bytes]] = []
        self.copy = hashlib.sha256()
        self.original = hashlib.sha256()
        self.size = 0
        self.top: list[bytes] = []
        self.media: list[tuple[int, int]] = []  # (start, end) of each mdat's content
        self.padding: list[tuple[int, int]] = []  # top-level free/skip content not zero

    def read(self, pieces: Iterable[bytes]) -> None:
        pending = bytearray()
        stream = iter(pieces)
        position = 0  # file offset of pending[0]
        ended = False

        def need(count: int) -> bool:
            """At least `count` bytes pending (False at the end of the file)."""
            nonlocal ended
            while len(pending) < count and not ended:
                piece = next(stream, None)
                if piece is None:
                    ended = True
                else:
                    self.original.update(piece)
                    self.size += len(piece)
                    pending.extend(piece)
            return len(pending) >= count

        while need(1):
            if not need(8):
                raise LocationError("damaged")
            size = int.from_bytes(pending[:4], "big")
            kind = bytes(pending[4:8])
            header = 8
            if size == 1:
                if not need(16):
                    raise LocationError("damaged")
                size, header = int.from_bytes(pending[8:16], "big"), 16
            if not self.top and kind not in _TOP_LEVEL:
                raise LocationError("not_mp4")
            self.top.append(kind)
            if len(self.top) > MAX_BOXES:
                raise LocationError("damaged")
            if size and size < header:
                raise LocationError("damaged")
            if kind == b"mdat":
                self.media.append((position + header, position + size if size else -1))
            if kind in _STREAMED or (size == 0 and kind == b"mdat"):
                # Passed through in chunks: never held, whatever its size.
                begun = position
                padding = kind in _PADDING
                left = size - len(pending) if size else None
                self.copy.update(pending[:size] if size else pending)
                written = padding and any(pending[header:size] if size else pending[header:])
                if size and len(pending) >= size:
                    del pending[:size]
                    position += size
                    if written:
                        self.padding.append((begun + header, size - header))
                    continue
                position += len(pending)
                pending.clear()
                while left is None or left > 0:
                    piece = next(stream, None)
                    if piece is None:
                        ended = True
                        if left is None:
                            break
                        raise LocationError("damaged")  # cut short
                    self.original.update(piece)
                    self.size += len(piece)
                    take = len(piece) if left is None else min(left, len(piece))
                    self.copy.update(piece[:take])
                    written = written or (padding and any(piece[:take]))
                    position += take
                    if left is not None:
                        left -= take
                    if take < len(piece):
                        pending.extend(piece[take:])
                if written:
                    # Zeroed in the copy like a location track's samples (see plan).
                    self.padding.append((begun + header, position - begun - header))
                continue
            if size == 0:
                # To the end of the file: read it all, within the limit.
                while need(len(pending) + 1):
                    if len(pending) > BOX_LIMIT:
                        raise LocationError("too_large")
                size = len(pending)
            if size > BOX_LIMIT:
                raise LocationError("too_large")
            if not need(size):
                raise LocationError("damaged")
            held = bytearray(pending[:size])
            self.boxes.touched = []
            self.boxes.walk(held, 0, size, 0)
            if self.boxes.patch and self.boxes.touched:
                # Read the edited box again, as a reader of the copy will.
                again = _Boxes(patch=False, titles=self.boxes.titles)
                again.walk(held, 0, size, 0)
                if any(found != "location_track" for found in again.found):
                    raise LocationError("still_there")
            self.patches += [(position + start, bytes(held[start:end]))
                             for start, end in self.boxes.touched]
            self.copy.update(held)
            del pending[:size]
            position += size


def _in_media(reader: _Reader, ranges: list[tuple[int, int]]) -> None:
    """Every sample range lies inside an mdat's content (a sample table pointing
    into the metadata would have its edits overwritten: refused as damaged)."""
    for offset, length in ranges:
        if not any(start <= offset and (end == -1 or offset + length <= end)
                   for start, end in reader.media):
            raise LocationError("damaged")


def plan(stream: BinaryIO | Iterable[bytes], titles: bool = False) -> Plan:
    """How to make the location-free copy of the video read from `stream` (one pass,
    front to back); with `titles` its title (`©nam` ...) is blanked too. Raises
    LocationError for a file that is not an ISO base media file, is damaged or cut
    short, or holds a position we cannot take out."""
    reader = _Reader(patch=True, titles=titles)
    reader.read(_pieces(stream))
    ranges = reader.boxes.sample_ranges(reader.size)
    _in_media(reader, ranges)
    if reader.padding:
        reader.boxes.found.append("unaccounted")
        ranges = sorted(ranges + reader.padding)
    patches = reader.patches + [(offset, bytes(length)) for offset, length in ranges]
    patches.sort()
    return Plan(patches, tuple(dict.fromkeys(reader.boxes.found)), reader.size,
                reader.original.hexdigest(), None if ranges else reader.copy.hexdigest(),
                ranges)


def position_in(pieces: Iterable[bytes], titles: bool = False
                ) -> tuple[list[str], list[tuple[int, int]]]:
    """What in this video still gives a position (boxes and XMP found in one pass;
    with `titles`, "title" for a title), and the ranges of location-track samples,
    which must be all zeros (checked by `zeroed` in a second pass). Raises
    LocationError for a damaged file."""
    reader = _Reader(patch=False, titles=titles)
    reader.read(pieces)
    ranges = sorted(reader.boxes.sample_ranges(reader.size) + reader.padding)
    found = [f for f in dict.fromkeys(reader.boxes.found) if f != "location_track"]
    return found, ranges


def zeroed(pieces: Iterable[bytes], ranges: list[tuple[int, int]]) -> bool:
    """Every byte of `ranges` (sorted, from `position_in`) is zero."""
    position, index = 0, 0
    for piece in pieces:
        end = position + len(piece)
        while index < len(ranges) and ranges[index][0] < end:
            start, length = ranges[index]
            low, high = max(start, position), min(start + length, end)
            if any(piece[low - position:high - position]):
                return False
            if start + length > end:
                break
            index += 1
        position = end
    return True


def _pieces(stream: BinaryIO | Iterable[bytes]) -> Iterator[bytes]:
    if hasattr(stream, "read"):
        while piece := stream.read(CHUNK):  # type: ignore[union-attr]
            yield piece
    else:
        yield from stream  # type: ignore[misc]


class Patched(io.RawIOBase):
    """The original read from `stream` with `patches` applied as it passes: the copy,
    streamed. Same length as the original."""

    def __init__(self, stream: BinaryIO, patches: list[tuple[int, bytes]]) -> None:
        super().__init__()
        self._stream = stream
        self._patches = sorted(patches)
        self._starts = [offset for offset, _ in self._patches]
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        piece = self._stream.read(len(target))
        if not piece:
            return 0
        data = bytearray(piece)
        start, end = self._position, self._position + len(data)
        # Patches that start before this piece's end and end after its start.
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        for offset, blob in self._patches[first:]:
            if offset >= end:
                break
            low, high = max(offset, start), min(offset + len(blob), end)
            if low < high:
                data[low - start:high - start] = blob[low - offset:high - offset]
        self._position = end
        target[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def copy_bytes(data: bytes, titles: bool = False) -> bytes:
    """The location-free copy of a small video held in memory (tests, the check)."""
    made = plan([data], titles)
    out = bytearray(data)
    for offset, blob in made.patches:
        out[offset:offset + len(blob)] = blob
    return bytes(out)


__all__ = ["BOX_LIMIT", "Patched", "Plan", "copy_bytes", "looks_like", "plan", "position_in",
           "zeroed"]
