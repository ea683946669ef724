"""Damage one stored record on disk, as bit rot or a careless edit would."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def flip_byte_of_record(db: Path, record_id: int, offset: int) -> None:
    """Flip one byte of the stored blob of `record_id`, whatever the tables are called."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            for rowid, *values in conn.execute(f"SELECT rowid, * FROM {table}").fetchall():
                if record_id not in values:
                    continue
                for column, value in zip(columns, values, strict=True):
                    if isinstance(value, bytes):
                        i = offset % len(value)
                        flipped = value[:i] + bytes([value[i] ^ 0x01]) + value[i + 1:]
                        conn.execute(f"UPDATE {table} SET {column}=? WHERE rowid=?",
                                     (flipped, rowid))
                        conn.commit()
                        return
        raise AssertionError(f"record {record_id} not found in the file")
    finally:
        conn.close()
