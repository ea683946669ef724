"""The app in a real window: start it on an X server with its own HOME, find its
windows, type into it with xdotool, read the clipboard with xclip.

Used by tests/x11 and by bench/x11_*.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .xscreen import XSession

ROOT = Path(__file__).resolve().parents[2]
PIN = "2580147369"


@dataclass
class Home:
    """An isolated HOME with XDG folders; `data_dir` is where the app keeps its vault."""

    path: Path

    @classmethod
    def make(cls, parent: Path | None = None) -> Home:
        path = Path(tempfile.mkdtemp(prefix="x11-home-", dir=parent))
        home = cls(path)
        for name in ("config", "data", "cache", "state", "runtime"):
            folder = path / name
            folder.mkdir(mode=0o700)
        return home

    def env(self) -> dict[str, str]:
        return {"HOME": str(self.path),
                "XDG_CONFIG_HOME": str(self.path / "config"),
                "XDG_DATA_HOME": str(self.path / "data"),
                "XDG_CACHE_HOME": str(self.path / "cache"),
                "XDG_STATE_HOME": str(self.path / "state"),
                "XDG_RUNTIME_DIR": str(self.path / "runtime")}

    @property
    def data_dir(self) -> Path:
        return self.path / "data" / "calculator"

    def make_vault(self, pin: str = PIN, incidents: int = 0, photos: int = 0) -> None:
        subprocess.run([sys.executable, "-m", "tests.x11.make_vault", str(self.data_dir), pin,
                        "--incidents", str(incidents), "--photos", str(photos)],
                       cwd=ROOT, check=True,
                       env={**os.environ, **self.env()}, timeout=60)


@dataclass
class Window:
    id: str  # "0x…" as xprop and xdotool take it

    def props(self, x: XSession) -> str:
        return x.run("xprop", "-id", self.id, check=False)

    def title(self, x: XSession) -> str:
        match = re.search(r'^_NET_WM_NAME\(UTF8_STRING\) = "(.*)"$', self.props(x), re.M)
        return match.group(1) if match else ""

    def geometry(self, x: XSession) -> tuple[int, int, int, int]:
        """x, y, width, height of the client area on the screen."""
        out = x.run("xdotool", "getwindowgeometry", "--shell", self.id)
        values = dict(line.split("=", 1) for line in out.split())
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                int(values["HEIGHT"]))


@dataclass
class RunningApp:
    """The app under test; stop() ends it (and only it)."""

    x: XSession
    home: Home
    proc: subprocess.Popen
    started: float
    windows_seen: list[str] = field(default_factory=list)

    def pids(self) -> set[int]:
        """The app's process and its children (the vault worker)."""
        found = {self.proc.pid}
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True,
                             text=True).stdout
        return found | {int(pid) for pid in out.split()}

    def client_windows(self) -> list[Window]:
        """Every top-level window of the app's processes the window manager manages."""
        out = self.x.run("xprop", "-root", "_NET_CLIENT_LIST", check=False)
        ids = re.findall(r"0x[0-9a-f]+", out)
        pids = self.pids()
        mine = []
        for wid in ids:
            props = self.x.run("xprop", "-id", wid, "_NET_WM_PID", check=False)
            found = re.search(r"= (\d+)$", props.strip())
            if found and int(found.group(1)) in pids:
                mine.append(Window(wid))
        return mine

    def main_window(self, timeout: float = 20) -> Window:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}")
            windows = self.client_windows()
            if windows:
                window = windows[0]
                if "IsViewable" in self.x.run("xwininfo", "-id", window.id, check=False):
                    return window
            time.sleep(0.05)
        raise TimeoutError("no window")

    def wait_windows(self, count: int, timeout: float = 10) -> list[Window]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            windows = self.client_windows()
            if len(windows) >= count:
                return windows
            time.sleep(0.05)
        raise TimeoutError(f"expected {count} windows, have {len(self.client_windows())}")

    def type(self, text: str) -> None:
        """Real key events (xdotool/XTEST) to the focused window."""
        self.x.run("xdotool", "type", "--delay", "15", text)

    def key(self, *keys: str) -> None:
        self.x.run("xdotool", "key", "--delay", "15", *keys)

    def focus(self, window: Window) -> None:
        self.x.run("xdotool", "windowactivate", "--sync", window.id, check=False)
        self.x.run("xdotool", "windowfocus", "--sync", window.id, check=False)

    def selection(self, which: str) -> str:
        """What a paste would give (xclip), "" when nobody owns the selection."""
        try:
            out = subprocess.run(["xclip", "-o", "-selection", which], env=self.x.env(),
                                 capture_output=True, timeout=5)
        except subprocess.TimeoutExpired:
            return ""
        return out.stdout.decode(errors="replace") if out.returncode == 0 else ""

    def errors(self) -> str:
        """What the app wrote to stderr (a traceback would show up here)."""
        return (self.home.path / "stderr.txt").read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_app(x: XSession, home: Home, *args: str, marks: bool = False,
              scale: str | None = None, command: list[str] | None = None) -> RunningApp:
    """Start the app (from source through the test launcher unless `command` is given)."""
    env = x.env(**home.env())
    env["PYTHONPATH"] = f"{ROOT / 'src'}{os.pathsep}{ROOT}"
    env.pop("SESSION_MANAGER", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["LANG"] = env["LC_ALL"] = env.get("SAFEPLAN_X11_LANG", "C.UTF-8")
    if marks:
        env["SAFEPLAN_X11_MARKS"] = "1"
    if scale:
        env["QT_SCALE_FACTOR"] = scale
        env["QT_ENABLE_HIGHDPI_SCALING"] = "1"
    cmd = command or [sys.executable, "-m", "tests.x11.launch_app"]
    started = time.perf_counter()
    with open(home.path / "stderr.txt", "ab") as errors:
        proc = subprocess.Popen([*cmd, *args], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=errors)
    return RunningApp(x, home, proc, started)
