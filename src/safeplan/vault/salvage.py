"""A vault file cut short or partly overwritten: every row that can still be read,
copied into a new file; the damaged one kept as it was.

A file copied off a USB stick that was pulled out ends early (SQLite then refuses
the whole file: its header names more pages than there are), and one whose last
pages were never written holds zeros there (SQLite opens it and fails at the first
query that reaches them). Either way no single query over a table can be trusted
to finish, so the rows are found by their row ids, one b-tree descent at a time:
where a descent fails (the pages under it are gone), the next id that can be
reached is looked for past it. Every row found is copied as it is stored
(ciphertext: nothing is decrypted here, nothing plain is written), so the records,
files and key slots that survive open in the copy exactly as before, and what is
gone shows where it always shows: the chain's check names the missing events, a
file whose pieces are gone is reported damaged.

The damaged file itself is never written to. It stays beside the new one under
the next free name `history.db.N` (a hard link to the same bytes where the disk
allows one, else a copy), and the new file replaces the vault in one rename, so a
crash at any moment leaves either the damaged vault or the rescued one in place.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..safeio import sync_folder
from . import layout
from .errors import VaultFormatError

TABLES = ("a", "b", "c", "d")
_LOWEST = -(2**63)
_HIGHEST = 2**63 - 1
# Where a descent fails, the next readable id is looked for at these distances past
# it (powers of two, for the small sequential ids of table d) and on an even grid
# (for the random 62-bit ids of a, b, c), then pinned down by halving.
_GRID = 8192


class Unrescuable(VaultFormatError):
    """The file is damaged and what is left of it does not open: nothing was written."""


@dataclass(frozen=True)
class Rescued:
    """What one rescue kept: rows copied per table, rows seen but unreadable, and
    where the damaged file stays."""

    copied: dict[str, int]
    unreadable: int
    kept_at: Path


def is_corrupt(exc: BaseException | None) -> bool:
    """Whether `exc` (or what caused it) says the file's pages are damaged, as
    opposed to a file that is busy or a disk that failed just now."""
    while exc is not None:
        if isinstance(exc, Unrescuable):
            return True
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
                code is None and not isinstance(exc, sqlite3.OperationalError))
        exc = exc.__cause__
    return False


def open_damaged(path: Path) -> sqlite3.Connection:
    """Read-only; `writable_schema` makes SQLite take the file's real length when the
    header names more pages (else it refuses the whole file). Nothing is written."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False)
    conn.execute("PRAGMA writable_schema=ON")
    return conn


def _first_at_or_after(conn: sqlite3.Connection, table: str, start: int) -> int | None:
    """The lowest id >= start; raises sqlite3.DatabaseError when the descent fails."""
    row = conn.execute(f"SELECT rowid FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                       (start,)).fetchone()
    return None if row is None else int(row[0])


def _reachable(conn: sqlite3.Connection, table: str, start: int) -> bool:
    try:
        _first_at_or_after(conn, table, start)
    except sqlite3.DatabaseError:
        return False
    return True


def _next_reachable(conn: sqlite3.Connection, table: str, failed: int) -> int | None:
    """The smallest start past `failed` whose descent works, or None."""
    span = _HIGHEST - failed
    candidates = {failed + (1 << k) for k in range(63) if (1 << k) <= span}
    candidates |= {failed + span * i // _GRID for i in range(1, _GRID + 1)}
    below = failed
    for point in sorted(candidates):
        if _reachable(conn, table, point):
            low, high = below, point  # low fails, high works
            while high - low > 1:
                middle = (low + high) // 2
                if _reachable(conn, table, middle):
                    high = middle
                else:
                    low = middle
            return high
        below = point
    return None


def row_ids(conn: sqlite3.Connection, table: str) -> list[int]:
    """Every row id of `table` that can be reached, in order. One descent per row:
    Python's cursor reads one row ahead, so in a plain scan the row before a damaged
    page would be lost with it."""
    found: list[int] = []
    start: int | None = _LOWEST
    while start is not None:
        try:
            rowid = _first_at_or_after(conn, table, start)
        except sqlite3.DatabaseError:
            start = _next_reachable(conn, table, start)
            continue
        if rowid is None:
            break
        found.append(rowid)
        start = rowid + 1 if rowid < _HIGHEST else None
    return found


def _rows(conn: sqlite3.Connection, table: str,
          unreadable: list[int]) -> Iterator[tuple[object, ...]]:
    for rowid in row_ids(conn, table):
        try:
            row = conn.execute(f"SELECT * FROM {table} WHERE rowid=?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            unreadable[0] += 1  # its own pages (a long value's overflow) are gone
            continue
        # A page cut in the middle can read as cells of garbage: only the shapes the
        # vault writes are kept (anything else would not authenticate anyway).
        if row is not None and all(isinstance(x, int) for x in row[:-1]) \
                and isinstance(row[-1], bytes):
            yield row
        elif row is not None:
            unreadable[0] += 1


def copy_readable(source: sqlite3.Connection, target: sqlite3.Connection,
                  tables: tuple[str, ...] = TABLES) -> tuple[dict[str, int], int]:
    """Into the empty `target` (inside its open transaction): the vault's tables, and
    every readable row of `tables`. Returns (rows copied per table, rows unreadable).
    VaultFormatError when the source's own schema cannot be read (nothing to save)."""
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        names = {r[0] for r in source.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise VaultFormatError("nothing readable") from exc
    if version not in (layout.FORMAT, layout.RECORDS_2, layout.REKEYED) or not set(TABLES) <= names:
        raise VaultFormatError("not a vault of this format")
    layout.create_tables(target)
    target.execute(f"PRAGMA user_version={version}")
    copied: dict[str, int] = {}
    unreadable = [0]
    for table in tables:
        count = 0
        # d's own row ids say nothing (its key is the unique index on k, n)
        columns = "k, n, v" if table == "d" else "k, v"
        holes = ", ".join("?" * (3 if table == "d" else 2))
        for row in _rows(source, table, unreadable):
            target.execute(f"INSERT OR IGNORE INTO {table}({columns}) VALUES ({holes})", row)
            count += 1
        copied[table] = count
    return copied, unreadable[0]


def kept_name(path: Path) -> Path:
    """`history.db.1`, `.2`...: the first name not taken beside `path`."""
    n = 1
    while Path(f"{path}.{n}").exists():
        n += 1
    return Path(f"{path}.{n}")


def rescue(path: Path) -> Rescued:
    """Replace the damaged vault at `path` with a file of every row still readable
    (see the module's docstring); returns what was kept and where the damaged file is.
    VaultFormatError when nothing of it can be read; the damaged file is then untouched."""
    fresh = Path(f"{path}.rescue")
    for suffix in ("", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(str(fresh) + suffix)
    source = open_damaged(path)
    try:
        fd = os.open(fresh, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        target = layout.connect(fresh)
        try:
            target.execute(f"PRAGMA page_size={layout.PAGE_SIZE}")
            target.execute("VACUUM")
            target.execute("BEGIN")
            copied, unreadable = copy_readable(source, target)
            target.execute("COMMIT")
        finally:
            target.close()
    except BaseException:
        for suffix in ("", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(str(fresh) + suffix)
        raise
    finally:
        source.close()
    kept = kept_name(path)
    journal = Path(f"{path}-journal")
    if journal.exists():  # it belongs to the damaged file: never rolled into the new one
        os.replace(journal, Path(f"{kept}-journal"))
    try:
        os.link(path, kept)
    except OSError:  # a FAT stick has no hard links
        shutil.copyfile(path, kept)
        with open(kept, "rb") as f:
            os.fsync(f.fileno())
        os.chmod(kept, 0o600)
    os.replace(fresh, path)
    with contextlib.suppress(OSError):
        os.unlink(str(fresh) + "-journal")
    sync_folder(path.parent)
    return Rescued(copied, unreadable, kept)
