"""Hostile picture metadata through a location-free copy and the verifier's checks:
files whose metadata was read once per opener in it (XMP starts, title and serial
openers, nested IPTC resources, EXIF blocks sharing one large IFD), and PNGs of very
many small chunks.

Run: .venv/bin/python bench/hostile_metadata.py [--scale 1] [--budget 120]
Each case runs in a fresh child process (killed past --budget seconds) and prints its
size, the time of `location_free(titles=True)` plus the verifier's `position_in`,
`serials_in` and `titles_in` on the copy, the child's peak RSS and the outcome.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import resource
import struct
import time
import zlib


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(extra: bytes) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG")
    data = out.getvalue()
    return data[:-12] + extra + data[-12:]


def shared_ifd(count: int) -> bytes:
    head = b"Exif\x00\x00II*\x00"
    unit = len(head) + 4
    body = b"".join(head + struct.pack("<I", count * unit - (n * unit + 6)) for n in range(count))
    entries = struct.pack("<HHII", 0x0110, 2, 2, 0x41) * 1000
    return body + struct.pack("<H", 1000) + entries + bytes(4)


def cases(scale: int) -> dict[str, bytes]:
    xmp = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta>"
    return {
        "xmp starts": png(chunk(b"tEXt", b"Comment\x00" + b"<x:xmpmeta" * 20000 * scale)),
        "title openers": png(chunk(b"iTXt", xmp + b"<dc:title>" * 20000 * scale)),
        "serial openers": png(chunk(b"iTXt", xmp + b"aux:SerialNumber>" * 12000 * scale)),
        "nested IPTC": png(chunk(b"tEXt", b"Comment\x00" + (
            b"\x1c\x02\x00\x00\x0c8BIM\x04\x04\x00\x00\x00\xff\xff\xff") * 12000 * scale)),
        "EXIF blocks": png(chunk(b"tEXt", b"Comment\x00" + shared_ifd(10000 * scale))),
        "tiny tEXt chunks": png(b"".join(chunk(b"tEXt", b"Title\x00a")
                                         for _ in range(200000 * scale))),
        "tiny unknown chunks": png(chunk(b"abCd", b"") * 400000 * scale),
    }


def child(data: bytes, answer) -> None:
    from safeplan import location

    start = time.perf_counter()
    try:
        copy = location.location_free(data, titles=True).data
        outcome = "copy"
    except location.LocationError as exc:
        copy, outcome = data, f"refused: {exc}"
    location.position_in(copy)
    location.serials_in(copy)
    location.titles_in(copy)
    answer.put((time.perf_counter() - start,
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, outcome))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--budget", type=float, default=120)
    args = parser.parse_args()
    for name, data in cases(args.scale).items():
        answer: multiprocessing.Queue = multiprocessing.Queue()
        process = multiprocessing.Process(target=child, args=(data, answer))
        process.start()
        process.join(args.budget)
        if process.is_alive():
            process.kill()
            print(f"{name:20} {len(data) >> 10:7} KiB  > {args.budget:.0f} s (killed)")
            continue
        seconds, rss, outcome = answer.get()
        print(f"{name:20} {len(data) >> 10:7} KiB  {seconds:6.2f} s  {rss:4} MB  {outcome}")


if __name__ == "__main__":
    main()
