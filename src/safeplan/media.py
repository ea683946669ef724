"""What a file is and what a picture says about itself. No Qt; nothing touches the disk.

Everything here works on bytes already in memory. Pillow's own pixel limit is
replaced by ours (`MAX_PIXELS`, checked before any pixel is decoded), so a
decompression bomb is refused with a message instead of a warning or an
exception deep inside a decoder.
"""

from __future__ import annotations

import io
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import filetype
from PIL import Image, ImageOps, UnidentifiedImageError

Image.MAX_IMAGE_PIXELS = None  # we check the size ourselves, before decoding

MAX_PIXELS = 80_000_000  # pixels decoded for one picture (a 200 MP JPEG decodes at 1/8)
THUMB_SIDE = 320
# The copy printed in a report: 1000 px over the 170 mm text width is 150 dpi (240 dpi
# for a portrait photo 105 mm high), and a 12 MP JPEG decodes straight at 1/4 scale.
PRINT_SIDE = 1000
PREVIEWABLE = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff"}

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_ORIENTATION = 0x0112
_MAKE, _MODEL, _DATETIME = 0x010F, 0x0110, 0x0132
_DATETIME_ORIGINAL, _OFFSET_ORIGINAL = 0x9003, 0x9011


class PictureError(ValueError):
    """The bytes cannot be shown as a picture. `reason`: damaged, too_large or unsupported."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Sniffed:
    """The type found in the content, and whether the file's name claims another."""

    mime: str
    name_mismatch: bool


UNKNOWN = "application/octet-stream"  # what sniff says when it cannot tell


def sniff(head: bytes, name: str) -> Sniffed:
    """The content type of a file from its first bytes (not from its name)."""
    kind = filetype.guess(head)
    if kind is not None:
        mime = kind.mime
    elif head and b"\0" not in head[:4096] and _is_text(head[:4096]):
        mime = "text/plain"
    else:
        mime = UNKNOWN
    claimed, _ = mimetypes.guess_type(name)
    mismatch = bool(claimed) and claimed.split("/")[0] != mime.split("/")[0] and (
        claimed != "application/octet-stream")
    return Sniffed(mime, mismatch)


def extension(mime: str) -> str:
    """The usual file extension (no dot) of a type `sniff` gave: the sniffing library's
    own table first (its types are the ones sniff returns), then the system's, else
    "bin" (as for sniff's own fallback, application/octet-stream: the library's table
    would say "eot")."""
    kind = None if mime == UNKNOWN else filetype.get_type(mime=mime)
    if kind is not None:
        return kind.extension
    return (mimetypes.guess_extension(mime) or ".bin").lstrip(".")


def _is_text(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte letter cut at the end of the sample is still text.
        return exc.start >= len(sample) - 3
    return True


def _open(data: bytes, draft_side: int | None = None, check: bool = True) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise PictureError("unsupported") from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise PictureError("damaged") from None
    if draft_side is not None and image.format == "JPEG":
        # Decode at 1/2, 1/4 or 1/8 size: Pillow picks the smallest scale that still
        # covers the requested size, so ask for the box's size in the picture's shape.
        width, height = image.size
        fit = min(1.0, draft_side / max(width, height, 1))
        image.draft("RGB", (max(1, int(width * fit)), max(1, int(height * fit))))
    width, height = image.size
    if width <= 0 or height <= 0 or (check and width * height > MAX_PIXELS):
        raise PictureError("too_large")
    return image


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").replace("\0", "").strip()


def _exif_time(value: Any, offset: Any = None) -> str:
    """EXIF "YYYY:MM:DD HH:MM:SS" as ISO 8601, or "" if it is not a real time."""
    try:
        moment = datetime.strptime(_text(value)[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return ""
    text = moment.isoformat()
    zone = _text(offset)
    if len(zone) == 6 and zone[0] in "+-" and zone[3] == ":":
        text += zone
    return text


def _degrees(parts: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in parts)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    if _text(ref).upper() in ("S", "W"):
        value = -value
    return round(value, 6)


def image_facts(data: bytes) -> dict[str, Any]:
    """Size, orientation, EXIF time taken, GPS position, camera make and model.

    Reads headers only (no pixels). Raises PictureError if the bytes are not a
    picture Pillow can read."""
    image = _open(data, check=False)
    try:
        # Pillow's own base reader, from what Image.open read before the pixels:
        # PngImageFile.getexif() decodes every pixel to look for an eXIf chunk after them.
        exif = Image.Image.getexif(image)
        sub = exif.get_ifd(_EXIF_IFD)
        gps = exif.get_ifd(_GPS_IFD)
    except Exception:
        exif, sub, gps = {}, {}, {}
    facts: dict[str, Any] = {
        "width": image.size[0],
        "height": image.size[1],
        "format": image.format or "",
        "orientation": int(exif.get(_ORIENTATION) or 1) if str(
            exif.get(_ORIENTATION) or 1).isdigit() else 1,
        "taken": _exif_time(sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME),
                            sub.get(_OFFSET_ORIGINAL)),
        "make": _text(exif.get(_MAKE)),
        "model": _text(exif.get(_MODEL)),
        "gps": None,
    }
    if gps:
        lat, lon = _degrees(gps.get(2), gps.get(1)), _degrees(gps.get(4), gps.get(3))
        if lat is not None and lon is not None and abs(lat) <= 90 and abs(lon) <= 180:
            facts["gps"] = [lat, lon]
    return facts


def decoded(data: bytes, side: int | None = None) -> Image.Image:
    """The picture upright (EXIF orientation applied), decoded from memory.

    With `side`, JPEGs decode straight at a reduced scale and the result is
    shrunk to fit a `side` x `side` box. Raises PictureError."""
    image = _open(data, draft_side=side)
    try:
        image.load()
        if side is not None and max(image.size) > side:
            # Shrink before turning upright: transposing the small copy is cheaper.
            image.thumbnail((side, side), Image.Resampling.LANCZOS, reducing_gap=2.0)
        upright = ImageOps.exif_transpose(image) or image
        if upright.mode not in ("RGB", "RGBA"):
            upright = upright.convert("RGBA" if "A" in upright.getbands() or
                                      upright.mode == "P" else "RGB")
    except (OSError, ValueError, SyntaxError, EOFError):
        raise PictureError("damaged") from None
    return upright


def jpeg(image: Image.Image, quality: int = 82) -> bytes:
    """The picture as JPEG bytes (transparent parts on white)."""
    if image.mode == "RGBA":
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


def print_copy(data: bytes) -> bytes:
    """The upright JPEG printed in reports, at most PRINT_SIDE pixels. Raises PictureError."""
    return jpeg(decoded(data, PRINT_SIDE), quality=80)


def previews(data: bytes) -> tuple[bytes, bytes]:
    """(thumbnail, print copy) from one decode: both upright JPEGs. Raises PictureError.

    Made at import, so an export never decodes the originals again."""
    upright = decoded(data, PRINT_SIDE)
    printed = jpeg(upright, quality=80)
    small = upright  # the print copy is already encoded: shrink the same image
    small.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return jpeg(small, quality=80), printed


def av_facts(source: Any) -> dict[str, Any] | None:
    """Duration, audio format and recording date of a sound or video file (mutagen,
    headers only). `source` is a path or a seekable stream; None if unreadable."""
    import mutagen

    try:
        found = mutagen.File(source)
    except Exception:  # any damaged or unknown file: no facts, never an error
        return None
    if found is None or getattr(found, "info", None) is None:
        return None
    info = found.info
    facts: dict[str, Any] = {
        "duration": round(float(getattr(info, "length", 0) or 0), 3),
        "channels": int(getattr(info, "channels", 0) or 0),
        "sample_rate": int(getattr(info, "sample_rate", 0) or 0),
        "bitrate": int(getattr(info, "bitrate", 0) or 0),
        "codec": _text(getattr(info, "codec", "") or type(found).__name__),
        "recorded": "",
    }
    tags = getattr(found, "tags", None) or {}
    for key in ("\xa9day", "date", "TDRC", "creation_time"):
        try:
            value = tags.get(key) if hasattr(tags, "get") else None
        except Exception:  # some tag types raise on unknown keys
            value = None
        if value:
            facts["recorded"] = _text(value[0] if isinstance(value, list) else value)[:40]
            break
    return facts


def duration_text(seconds: float) -> str:
    """1:02:03 or 4:05."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def size_text(size: int) -> str:
    """Bytes for people: 812 B, 39.8 KiB, 3.6 MiB, 1.2 GiB."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
