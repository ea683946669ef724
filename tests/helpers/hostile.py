"""Hostile inputs for import, each run in a child process that reports its own peak
memory (VmHWM), so one test cannot hide another's.

    python -m tests.helpers.hostile png-bomb|growing WORK_DIR
prints one JSON line: status, reason, warnings, files left in the vault, peak MiB, seconds.
"""

from __future__ import annotations

import json
import struct
import sys
import time
import zlib
from pathlib import Path


def png_bomb(path: Path, side: int = 30_000) -> Path:
    """A real side x side RGB PNG (every row present, all black): a few MB on disk,
    side*side*3 bytes once decoded (2.5 GiB at 30000)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    # The same 100 rows compressed once and repeated: a full flush resets deflate's
    # history, so each copy is a valid stretch of the stream; zeros have an Adler-32
    # of 1 + (length mod 65521) << 16.
    row = 1 + side * 3  # filter byte 0, then black pixels
    rows_per_block = 100
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * row * rows_per_block) + packer.flush(zlib.Z_FULL_FLUSH)
    total = row * side
    stream = [b"\x78\xda", block * (side // rows_per_block)]
    if side % rows_per_block:
        rest = zlib.compressobj(9, zlib.DEFLATED, -15)
        stream.append(rest.compress(b"\0" * row * (side % rows_per_block))
                      + rest.flush(zlib.Z_FULL_FLUSH))
    stream.append(b"\x03\x00")  # an empty final block
    stream.append(struct.pack(">I", ((total % 65521) << 16) | 1))
    data = b"".join(stream)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)))
        out.write(chunk(b"IDAT", data))
        out.write(chunk(b"IEND", b""))
    return path


def peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    case, work = sys.argv[1], Path(sys.argv[2])
    from safeplan import vault
    from safeplan.evidence import EvidenceStore
    from safeplan.journal import Journal
    from safeplan.vault import KdfPolicy

    opened, _code = vault.create(work / "data", "2580147369", policy=KdfPolicy.for_tests())
    journal = Journal(opened)
    store = EvidenceStore(opened, journal)
    progress = None
    if case == "png-bomb":
        source = png_bomb(work / "bomb.png")
    else:  # a 20 MiB photo-sized file that grows by 8 MiB while it is read, up to 400 MiB
        source = work / "growing.bin"
        source.write_bytes(b"\xff\xd8\xff\xe0" + b"\x11" * (20 * 1024 * 1024 - 4))

        def progress(_done: int) -> None:
            if source.stat().st_size < 400 * 1024 * 1024:
                with open(source, "ab") as grow:
                    grow.write(b"\x22" * (8 * 1024 * 1024))

    started = time.perf_counter()
    outcome = store.import_file(source, progress=progress)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "status": outcome.status, "reason": outcome.reason, "warnings": outcome.warnings,
        "items": len(store.items()), "files": len(opened.list_files()),
        "peak_mib": round(peak_mib(), 1), "seconds": round(seconds, 2),
        "stored_size": outcome.item.facts["size"] if outcome.item else 0,
    }))
    opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
