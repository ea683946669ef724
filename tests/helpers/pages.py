"""A forensic examiner's look at a SQLite file: the bytes outside every live cell.

`leftovers(data)` walks each b-tree page's unallocated gap and free blocks, and
every free page, and returns (page number, offset, length) of each run of
non-zero bytes there. With secure_delete those places hold zeros; anything else
is an earlier version of some cell that a copy would carry. Overflow pages and
the lock-byte page are not looked at (their bytes belong to live cells, or to
nobody).
"""

from __future__ import annotations

_BTREE = {0x02: 12, 0x05: 12, 0x0A: 8, 0x0D: 8}  # page type: header bytes


def _u16(data: bytes | memoryview, at: int) -> int:
    return int.from_bytes(data[at:at + 2], "big")


def _u32(data: bytes | memoryview, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "big")


def free_pages(data: bytes) -> dict[int, int]:
    """The freelist: page number (1-based) -> bytes of it in use (a trunk's list of
    leaves; 0 for a leaf)."""
    size = _u16(data, 16) or 65536
    found: dict[int, int] = {}
    trunk = _u32(data, 32)
    while trunk and trunk not in found:
        page = memoryview(data)[(trunk - 1) * size:trunk * size]
        count = _u32(page, 4)
        found[trunk] = 8 + 4 * count
        for i in range(count):
            found.setdefault(_u32(page, 8 + 4 * i), 0)
        trunk = _u32(page, 0)
    return found


def _runs(page: bytes | memoryview, start: int, end: int) -> list[tuple[int, int]]:
    if start >= end or not bytes(page[start:end]).strip(b"\0"):
        return []
    runs, at = [], start
    while at < end:
        if page[at]:
            first = at
            while at < end and page[at]:
                at += 1
            runs.append((first, at - first))
        at += 1
    return runs


def leftovers(data: bytes) -> list[tuple[int, int, int]]:
    size = _u16(data, 16) or 65536
    free = free_pages(data)
    found = []
    for number in range(1, len(data) // size + 1):
        page = memoryview(data)[(number - 1) * size:number * size]
        if number in free:
            found += [(number, at, n) for at, n in _runs(page, free[number], size)]
            continue
        base = 100 if number == 1 else 0
        kind = page[base]
        if kind not in _BTREE:
            continue  # an overflow page or the lock-byte page
        header = base + _BTREE[kind]
        cells = _u16(page, base + 3)
        content = _u16(page, base + 5) or 65536
        found += [(number, at, n) for at, n in _runs(page, header + 2 * cells, content)]
        block = _u16(page, base + 1)
        while block:
            length = _u16(page, block + 2)
            found += [(number, at, n) for at, n in _runs(page, block + 4, block + length)]
            block = _u16(page, block)
    return found
