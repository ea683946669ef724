"""Frames grabbed around a key press, and what each one shows (vault, calculator, neither)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from .launch_app import CALCULATOR_MARK, VAULT_MARK
from .xscreen import Screen, count_colour

MIN_MARK_PIXELS = 40  # a few stray pixels of a blend are not a screen
ACCENT = (0x00, 0x5F, 0xB8)  # the light theme's accent: enabled primary buttons, the = key


def journal_loaded(frame: Frame) -> bool:
    """The journal's "New incident" button is enabled (blue) once its entries are read;
    while the vault is still opening it is grey."""
    return count_colour(frame.pixels, ACCENT) > 1500


@dataclass
class Frame:
    at: float  # seconds after the key press (negative: before it)
    pixels: bytes

    @property
    def vault(self) -> int:
        return count_colour(self.pixels, VAULT_MARK)

    @property
    def calculator(self) -> int:
        return count_colour(self.pixels, CALCULATOR_MARK)

    def shows(self) -> str:
        vault, calculator = self.vault >= MIN_MARK_PIXELS, self.calculator >= MIN_MARK_PIXELS
        if vault and calculator:
            return "both"
        return "vault" if vault else "calculator" if calculator else "neither"


def frames_around_key(screen: Screen, keysym: str, seconds: float = 1.0) -> list[Frame]:
    """The frame before the key, then every frame that differs from the one before it,
    grabbed as fast as MIT-SHM allows (~2 ms for a 900×700 region) for `seconds`."""
    before = screen.grab()
    frames = [Frame(-0.0, before)]
    screen.key(keysym)
    sent = time.perf_counter()
    last = before
    while (now := time.perf_counter()) - sent < seconds:
        pixels = screen.grab()
        if pixels != last:
            frames.append(Frame(now - sent, pixels))
            last = pixels
    return frames


def wait_for_screen(screen: Screen, what: str, timeout: float = 20, settle: float = 0.4,
                    ready: Callable[[Frame], bool] = lambda frame: True) -> Frame:
    """Grab until the region shows `what` ("vault" or "calculator"), `ready(frame)`
    holds and nothing has changed for `settle` seconds."""
    deadline = time.monotonic() + timeout
    since, previous = time.monotonic(), b""
    while time.monotonic() < deadline:
        frame = Frame(0.0, screen.grab())
        if frame.pixels != previous or frame.shows() != what or not ready(frame):
            since, previous = time.monotonic(), frame.pixels
        elif time.monotonic() - since >= settle:
            return frame
        time.sleep(0.05)
    raise TimeoutError(f"the screen never settled on the {what}")


def settled(screen: Screen, timeout: float = 20, settle: float = 0.4) -> Frame:
    """The screen once nothing has changed for `settle` seconds."""
    deadline = time.monotonic() + timeout
    since, previous = time.monotonic(), b""
    while time.monotonic() < deadline:
        pixels = screen.grab()
        if pixels != previous:
            since, previous = time.monotonic(), pixels
        elif time.monotonic() - since >= settle:
            return Frame(0.0, pixels)
        time.sleep(0.05)
    raise TimeoutError("the screen never settled")
