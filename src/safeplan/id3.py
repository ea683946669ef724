"""Titles and comments in an MP3's ID3 tags, blanked for a location-free report. No Qt.

A recorder app or the phone names a recording after where it was made ("ул. Абая 12",
as iOS Voice Memos does in MP4, which video_location.py cleans), and people type an
address into a title or a comment. A location-free report withholds names, so the
copy of an MP3 has them blanked, like an MP4's `©nam`.

The copy is made by same-length edits (`patches`, applied as the original streams
through `video_location.Patched`), never by rewriting the tag: the audio frames stay
the original's bytes and the copy is deterministic. What is blanked:
- ID3v2 (2.2, 2.3, 2.4) at the start: the text after the encoding byte of the title,
  subtitle, content group, album, original file name, set subtitle and user text
  frames, and the whole body of comment, lyrics and user link frames. Zeros after
  the encoding byte read as an empty string in every encoding. Frames the tag says
  are compressed or encrypted are zeroed whole (still a frame of its size);
- ID3v1 (the last 128 bytes, "TAG"): title, album and comment.
The copy is read again and refused (LocationError) if a title is still found.
"""

from __future__ import annotations

from collections.abc import Iterable

from .location import LocationError

# Frames whose text can name a place: v2.3/2.4 ids, then v2.2's three-letter ones.
_TEXT = {b"TIT1", b"TIT2", b"TIT3", b"TALB", b"TOFN", b"TSST", b"TXXX",
         b"TT1", b"TT2", b"TT3", b"TAL", b"TOF", b"TXX"}
_WHOLE = {b"COMM", b"USLT", b"WXXX", b"COM", b"ULT", b"WXX"}
_V1 = ((3, 30), (63, 30), (97, 30))  # title, album, comment (v1.1's track byte kept)
TAG_LIMIT = 16 * 1024 * 1024  # a tag larger than this is not looked into (pictures)


def _syncsafe(raw: bytes) -> int:
    return (raw[0] << 21) | (raw[1] << 14) | (raw[2] << 7) | raw[3]


def tag_size(head: bytes) -> int:
    """Bytes of the ID3v2 tag at the start (header included), 0 without one."""
    if len(head) < 10 or head[:3] != b"ID3" or head[3] not in (2, 3, 4):
        return 0
    footer = 10 if head[3] == 4 and head[5] & 0x10 else 0
    return 10 + _syncsafe(head[6:10]) + footer


def _v2_places(tag: bytes) -> list[tuple[int, int]]:
    """(offset, length) of each value to blank in the ID3v2 tag `tag` (from byte 0)."""
    version, flags = tag[3], tag[5]
    if flags & 0x80 and version < 4:
        # Unsynchronised as a whole (v2.2/2.3): frame sizes count the bytes before the
        # scheme; not walked. The caller refuses the file rather than guess.
        raise LocationError("unsupported")
    at, end = 10, min(len(tag), 10 + _syncsafe(tag[6:10]))
    if version >= 3 and flags & 0x40:  # an extended header
        size = _syncsafe(tag[10:14]) if version == 4 else int.from_bytes(tag[10:14], "big") + 4
        at += size
    id_size, header = (3, 6) if version == 2 else (4, 10)
    places = []
    while at + header <= end and tag[at:at + 1] not in (b"\x00", b""):
        frame = bytes(tag[at:at + id_size])
        raw = tag[at + id_size:at + id_size + (3 if version == 2 else 4)]
        size = (int.from_bytes(raw, "big") if version in (2, 3) else _syncsafe(raw))
        body = at + header
        if size <= 0 or body + size > end:
            raise LocationError("damaged")
        packed = version >= 3 and (
            tag[at + 9] & (0xC0 if version == 3 else 0x0C))  # compressed or encrypted
        if frame in _WHOLE or (frame in _TEXT and packed):
            places.append((body, size))
        elif frame in _TEXT and size > 1:
            places.append((body + 1, size - 1))
        at = body + size
    return places


def _v1_places(tail: bytes, size: int) -> list[tuple[int, int]]:
    """The ID3v1 fields to blank, as file offsets, given the last 128 bytes."""
    if len(tail) != 128 or tail[:3] != b"TAG":
        return []
    return [(size - 128 + start, length) for start, length in _V1
            if any(tail[start:start + length].strip(b"\x00 "))]


def patches(head: bytes, tail: bytes, size: int) -> list[tuple[int, bytes]]:
    """The same-length edits that blank the titles and comments of an MP3 of `size`
    bytes, whose first bytes (its ID3v2 tag, or as much of it as TAG_LIMIT allows) are
    `head` and last 128 are `tail`. Empty: nothing to blank. A tag that cannot be
    walked (unsynchronised, damaged, too large) has its whole body zeroed: ID3v2 reads
    zeros after the header as padding, so it stays a valid, empty tag."""
    places: list[tuple[int, int]] = []
    full = tag_size(head)
    if full:
        try:
            if len(head) < full:
                raise LocationError("too_large")
            places += [(o, n) for o, n in _v2_places(head) if any(head[o:o + n])]
        except LocationError:
            body = _syncsafe(head[6:10])
            places.append((10, body))
    places += _v1_places(tail, size)
    return [(offset, bytes(length)) for offset, length in places]


def read_ends(pieces: Iterable[bytes]) -> tuple[bytes, bytes, int]:
    """(the ID3v2 tag up to TAG_LIMIT bytes, or the first 10 bytes; the last 128 bytes;
    the size) of a file streamed in pieces."""
    head = bytearray()
    tail = b""
    size = 0
    want = 10
    for piece in pieces:
        while len(head) < want and len(head) - size < len(piece):
            head += piece[len(head) - size:want - size]
            if want == 10 and len(head) >= 10:
                want = max(10, min(tag_size(bytes(head)), TAG_LIMIT))
        tail = (tail + piece)[-128:]
        size += len(piece)
    return bytes(head[:want]), tail, size


def titles_in(data: bytes) -> bool:
    """A title or comment with content is in this MP3 (held in memory)."""
    head = data[:tag_size(data)] if tag_size(data) else data[:10]
    return bool(patches(head, data[-128:], len(data)))


__all__ = ["TAG_LIMIT", "patches", "read_ends", "tag_size", "titles_in"]
