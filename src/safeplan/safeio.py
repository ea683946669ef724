"""Writing the one kind of plaintext the app ever writes: a copy or report she asked for.

No Qt. The bytes go to a hidden temporary name beside the destination and are
renamed over it only when complete and flushed to disk, so a cancelled or
failed write leaves no partial file and never a half-overwritten old one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(destination: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary stream; on a clean exit it replaces `destination` atomically."""
    target = Path(destination)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    stream = open(partial, "x+b")  # noqa: SIM115 - closed on every path below
    try:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
        stream.close()
        os.replace(partial, target)
    except BaseException:
        stream.close()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """The folder's entries to disk (a rename survives a power cut); best effort."""
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
