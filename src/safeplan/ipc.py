"""The calculator process and its vault worker talk over two one-way OS pipes (the
worker's stdin and stdout): no socket, no file, nothing named on disk. No Qt here.

Frames are tiny and typed: a 4-byte big-endian length, one type byte, then a body
whose layout the type fixes. The calculator builds a frame holding a secret in a
`bytearray` and wipes it once written, so the digits do not linger in a Python
`str` or `bytes` it made for the hand-over.

Calculator -> worker:
    TRY      secret digits (ASCII), PIN or recovery code; replaces a queued one
    PLACE    width, height (u32 each): the size the vault's window must take; the
             calculator's top-level window id (u64), which its dialogs are transient for;
             the language her vault's settings last named (u8, index in LANGUAGES; 0, the
             system's, before any unlock): the worker builds the vault's screens in it
             ahead, while it waits or derives (no secret: the calculator shows it too)
    SHOW     the hosted window is in place: show it
    ADOPTED  the window announced by MADE is now a (hidden) child of the calculator's
             top-level window: after the key the worker shows it at once, without
             waiting for SHOW (mapped there, it is on screen inside the calculator's
             window only, and only once she has typed the PIN)
    QUIT     end now (the worker closes the vault, saving the draft, and exits)
    SETUP    show the first-run setup (no vault yet); it creates or restores one
Worker -> calculator:
    READY    started, imports done; waits for TRY or SETUP
    TRIED    opened (u8 0/1): one derivation finished; 1 also when setup made the vault
    MADE     native window id (u64) of the vault's window, made ahead of any key (its
             screens built, no data, not shown): the calculator makes its host then,
             hidden, so that after the key only showing it is left
    WINDOW   native window id (u64) of the vault's window, not yet shown
    PAINTED  the vault's first frame is painted
    LOCKED   reason (u8, see REASONS): the vault is closed; the worker exits
    SETTINGS language (u8, index in LANGUAGES), lock on minimise (u8 0/1): what the
             calculator needs of her settings (its own texts, the minimise rule)

Why pipes: the child is ours (started by the calculator, inherits nothing else), a
pipe has no name anyone else can open, and the frames are so small that a
hand-written parser checks every byte; a socket is not allowed in this app.
"""

from __future__ import annotations

import os
import struct
from typing import NamedTuple

TRY, PLACE, QUIT, SHOW, SETUP, ADOPTED = 1, 2, 3, 4, 5, 6
READY, TRIED, WINDOW, PAINTED, LOCKED, SETTINGS, MADE = 10, 11, 12, 13, 14, 15, 16
REASONS = ("quick_exit", "auto_lock", "error", "quit", "setup_dismissed")
LANGUAGES = ("", "en", "ru", "kk")  # as session.LANGUAGES ("" follows the system)
MAX_BODY = 64  # a 24-digit recovery code is the largest body
_LAYOUT = {TRY: None, PLACE: ">IIQB", QUIT: "", SHOW: "", SETUP: "", ADOPTED: "", READY: "",
           TRIED: ">B", WINDOW: ">Q", MADE: ">Q", PAINTED: "", LOCKED: ">B", SETTINGS: ">BB"}


class ProtocolError(ValueError):
    """A frame that is not one of ours: the other side is ended."""


class Message(NamedTuple):
    """One frame read (a named tuple: the calculator loads this module before its first
    frame, and `dataclasses` costs ~5 ms there)."""

    kind: int
    values: tuple[int, ...] = ()
    secret: bytearray | None = None  # TRY only; the receiver wipes it when done


def frame(kind: int, *values: int) -> bytes:
    """A frame without a secret."""
    layout = _LAYOUT.get(kind)
    if layout is None:
        raise ProtocolError(f"type {kind} has no fixed layout")
    body = struct.pack(layout, *values) if layout else b""
    return struct.pack(">IB", len(body) + 1, kind) + body


def secret_frame(digits: bytearray) -> bytearray:
    """A TRY frame in a mutable buffer; the caller wipes it after writing (`wipe`)."""
    if not 1 <= len(digits) <= MAX_BODY or not all(0x30 <= b <= 0x39 for b in digits):
        raise ProtocolError("a secret is 1 to 64 digits")
    out = bytearray(struct.pack(">IB", len(digits) + 1, TRY))
    out += digits
    return out


def wipe(buffer: bytearray) -> None:
    buffer[:] = b"\0" * len(buffer)


def write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    view.release()


class Reader:
    """Collects bytes from a pipe and returns whole messages, checking every frame."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[Message]:
        self._buffer += data
        messages = []
        while len(self._buffer) >= 5:
            (length,) = struct.unpack_from(">I", self._buffer)
            if not 1 <= length <= MAX_BODY + 1:
                raise ProtocolError("bad length")
            if len(self._buffer) < 4 + length:
                break
            kind = self._buffer[4]
            body = bytearray(self._buffer[5:4 + length])
            wipe_from = 4 + length
            self._buffer[:wipe_from] = b"\0" * wipe_from
            del self._buffer[:wipe_from]
            messages.append(_parse(kind, body))
        return messages

    def clear(self) -> None:
        wipe(self._buffer)
        self._buffer.clear()


def _parse(kind: int, body: bytearray) -> Message:
    if kind not in _LAYOUT:
        raise ProtocolError(f"unknown type {kind}")
    if kind == TRY:
        if not 1 <= len(body) <= MAX_BODY or not all(0x30 <= b <= 0x39 for b in body):
            raise ProtocolError("a secret is 1 to 64 digits")
        return Message(TRY, secret=body)
    layout = _LAYOUT[kind]
    if len(body) != struct.calcsize(layout or ""):
        raise ProtocolError(f"type {kind}: body of {len(body)} bytes")
    values = struct.unpack(layout, body) if layout else ()
    if kind == LOCKED and values[0] >= len(REASONS):
        raise ProtocolError("unknown reason")
    if kind == PLACE and values[3] >= len(LANGUAGES):
        raise ProtocolError("unknown language")
    if kind == SETTINGS and (values[0] >= len(LANGUAGES) or values[1] > 1):
        raise ProtocolError("unknown setting")
    return Message(kind, tuple(values))


__all__ = ["ADOPTED", "LANGUAGES", "LOCKED", "MADE", "PAINTED", "PLACE", "QUIT", "READY", "REASONS",
           "SETTINGS", "SETUP", "SHOW", "TRIED", "TRY", "WINDOW",
           "Message", "ProtocolError", "Reader", "frame", "secret_frame", "wipe", "write_all"]
