"""A real X server for tests and benches: Xvfb + openbox, fast frame grabs, real keys.

Frames are read with MIT-SHM (`XShmGetImage` through ctypes on libX11/libXext),
so a grab of a 900×700 region costs about 1 ms instead of the ~150 ms of
`import -window root` (see bench/x11_quick_exit.py for the figure on this
machine). Key presses go through XTEST on the same connection, so a bench
knows exactly when Esc was sent. No Python dependency beyond the standard
library: libX11, libXext and libXtst come with the X packages in
scripts/sysdeps.sh.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

NEEDED = ("Xvfb", "openbox", "xdotool", "xprop", "xclip", "wmctrl")


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


# -- the server ----------------------------------------------------------------


@dataclass
class XSession:
    """A running Xvfb (with a window manager, optionally a taskbar)."""

    display: str
    width: int
    height: int
    processes: list[subprocess.Popen]

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
        env["DISPLAY"] = self.display
        env.update(extra)
        return env

    def run(self, *cmd: str, check: bool = True) -> str:
        return subprocess.run(cmd, env=self.env(), capture_output=True, text=True,
                              check=check, timeout=20).stdout


def _start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    """Xvfb on a free display number (it picks one itself and tells us through -displayfd)."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp", "-noreset", "+extension", "MIT-SHM", "+extension", "XTEST"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, ":" + number.decode().strip()


@contextmanager
def x_session(width: int = 1366, height: int = 768, *, taskbar: bool = False
              ) -> Iterator[XSession]:
    """Xvfb + openbox (+ tint2); everything started here is stopped on exit."""
    xvfb, display = _start_xvfb(width, height)
    session = XSession(display, width, height, [xvfb])
    try:
        env = session.env()
        session.processes.append(subprocess.Popen(
            ["openbox"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in session.run(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False), 20)
        if taskbar:
            session.processes.append(subprocess.Popen(
                ["tint2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            _wait_for(lambda: "tint2" in session.run("wmctrl", "-l", "-x", check=False)
                      or "tint2" in session.run("xprop", "-root", check=False), 10,
                      fail=False)
            time.sleep(0.5)
        yield session
    finally:
        for proc in reversed(session.processes):
            proc.terminate()
        for proc in reversed(session.processes):
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_for(condition, seconds: float, *, fail: bool = True) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    if fail:
        raise TimeoutError("condition not met on the X server")
    return False


# -- Xlib through ctypes: frames and keys --------------------------------------


class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


class _ShmInfo(ctypes.Structure):
    _fields_ = [("shmseg", ctypes.c_ulong), ("shmid", ctypes.c_int),
                ("shmaddr", ctypes.c_void_p), ("readOnly", ctypes.c_int)]


def _lib(name: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or f"lib{name}.so.6"
    return ctypes.CDLL(path)


_x11 = _xext = _xtst = _libc = None


def _libs():
    global _x11, _xext, _xtst, _libc
    if _x11 is None:
        _x11, _xext, _xtst = _lib("X11"), _lib("Xext"), _lib("Xtst")
        _libc = ctypes.CDLL(None, use_errno=True)
        _x11.XOpenDisplay.restype = ctypes.c_void_p
        _x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        _x11.XDefaultRootWindow.restype = ctypes.c_ulong
        _x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        _x11.XDefaultVisual.restype = ctypes.c_void_p
        _x11.XDefaultVisual.argtypes = [ctypes.c_void_p, ctypes.c_int]
        _x11.XDefaultDepth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        _x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        _x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        _x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        _x11.XStringToKeysym.restype = ctypes.c_ulong
        _x11.XFlush.argtypes = [ctypes.c_void_p]
        _x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        _x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        _xext.XShmCreateImage.restype = ctypes.POINTER(_XImage)
        _xext.XShmCreateImage.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint,
                                          ctypes.c_int, ctypes.c_void_p,
                                          ctypes.POINTER(_ShmInfo), ctypes.c_uint,
                                          ctypes.c_uint]
        _xext.XShmAttach.argtypes = [ctypes.c_void_p, ctypes.POINTER(_ShmInfo)]
        _xext.XShmDetach.argtypes = [ctypes.c_void_p, ctypes.POINTER(_ShmInfo)]
        _xext.XShmGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                       ctypes.POINTER(_XImage), ctypes.c_int, ctypes.c_int,
                                       ctypes.c_ulong]
        _xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                            ctypes.c_ulong]
        _libc.shmget.argtypes = [ctypes.c_int, ctypes.c_size_t, ctypes.c_int]
        _libc.shmat.restype = ctypes.c_void_p
        _libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        _libc.shmdt.argtypes = [ctypes.c_void_p]
        _libc.shmctl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p]
    return _x11, _xext, _xtst, _libc


IPC_PRIVATE, IPC_CREAT, IPC_RMID, ZPIXMAP, ALL_PLANES = 0, 0o1000, 0, 2, 0xFFFFFFFF


class Screen:
    """One connection to the X server: grab a rectangle of the screen, press keys.

    `grab()` returns the rectangle's pixels as bytes, 4 bytes a pixel (B, G, R, x),
    rows top to bottom.
    """

    def __init__(self, display: str, rect: tuple[int, int, int, int]) -> None:
        x11, xext, _xtst, libc = _libs()
        self._dpy = x11.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open display {display}")
        self.x, self.y, self.width, self.height = rect
        self._root = x11.XDefaultRootWindow(self._dpy)
        self._shm = _ShmInfo()
        self._image = xext.XShmCreateImage(
            self._dpy, x11.XDefaultVisual(self._dpy, 0), x11.XDefaultDepth(self._dpy, 0),
            ZPIXMAP, None, ctypes.byref(self._shm), self.width, self.height)
        image = self._image.contents
        self.size = image.bytes_per_line * image.height
        self._shm.shmid = libc.shmget(IPC_PRIVATE, self.size, IPC_CREAT | 0o600)
        if self._shm.shmid < 0:
            raise OSError(ctypes.get_errno(), "shmget")
        self._shm.shmaddr = libc.shmat(self._shm.shmid, None, 0)
        image.data = self._shm.shmaddr
        self._shm.readOnly = 0
        xext.XShmAttach(self._dpy, ctypes.byref(self._shm))
        x11.XSync(self._dpy, 0)
        libc.shmctl(self._shm.shmid, IPC_RMID, None)  # freed when both sides detach

    def grab(self) -> bytes:
        _libs()[1].XShmGetImage(self._dpy, self._root, self._image, self.x, self.y, ALL_PLANES)
        return ctypes.string_at(self._shm.shmaddr, self.size)

    def key(self, keysym: str) -> None:
        """Press and release one key through XTEST (as a keyboard would)."""
        x11, _xext, xtst, _libc = _libs()
        code = x11.XKeysymToKeycode(self._dpy, x11.XStringToKeysym(keysym.encode()))
        xtst.XTestFakeKeyEvent(self._dpy, code, 1, 0)
        xtst.XTestFakeKeyEvent(self._dpy, code, 0, 0)
        x11.XFlush(self._dpy)

    def close(self) -> None:
        x11, xext, _xtst, libc = _libs()
        if self._dpy:
            xext.XShmDetach(self._dpy, ctypes.byref(self._shm))
            x11.XSync(self._dpy, 0)
            libc.shmdt(self._shm.shmaddr)
            x11.XCloseDisplay(self._dpy)
            self._dpy = None

    def __enter__(self) -> Screen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def count_colour(frame: bytes, rgb: tuple[int, int, int]) -> int:
    """About how many pixels have exactly this colour (fast; a rare unaligned match counts)."""
    r, g, b = rgb
    pixels = bytearray(frame)
    pixels[3::4] = bytes(len(pixels) // 4)  # the fourth byte is whatever the app left there
    return pixels.count(bytes((b, g, r, 0)))


def save_png(frame: bytes, width: int, height: int, path: str) -> None:
    from PIL import Image

    Image.frombuffer("RGB", (width, height), frame, "raw", "BGRX", 0, 1).save(path)
