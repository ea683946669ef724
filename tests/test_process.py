"""What only a whole process shows: not dumpable, quiet locking exit on signals,
a usage line that names only the calculator."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from safeplan import vault
from safeplan.journal import DRAFT, Journal
from safeplan.vault import DeviceKeyring, KdfPolicy

from .helpers.keyrings import MemoryKeyring
from .helpers.run_app import MARKER, PIN

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc")


def _env(home: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONWARNINGS", None)
    if home is not None:  # an ordinary user's own folders
        env["HOME"] = str(home)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                     "XDG_RUNTIME_DIR"):
            (home / name.lower()).mkdir(mode=0o700)
            os.chown(home / name.lower(), home.stat().st_uid, home.stat().st_gid)
            env[name] = str(home / name.lower())
    return env


def as_user(user: tuple[int, int]) -> list[str]:
    return ["setpriv", f"--reuid={user[0]}", f"--regid={user[1]}", "--clear-groups"]


def start(data_dir: Path, action: str, user: tuple[int, int] | None = None,
          home: Path | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "tests.helpers.run_app", str(data_dir), action]
    if user is not None:
        command = [*as_user(user), *command]
    child = subprocess.Popen(command, cwd=ROOT, env=_env(home), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == "ready":
            child.said = lines  # type: ignore[attr-defined]
            return child
    child.kill()
    _out, err = child.communicate()
    raise AssertionError(f"the app did not start: {lines} {err[-2000:]}")


def make_vault(data_dir: Path) -> None:
    opened, _code = vault.create(data_dir, PIN, policy=KdfPolicy.for_tests(),
                                 device=DeviceKeyring(MemoryKeyring()), bind_device=False)
    opened.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_locks_saves_the_draft_and_exits_quietly(data_dir, signum):
    make_vault(data_dir)
    child = start(data_dir, "editor")
    child.send_signal(signum)
    out, err = child.communicate(timeout=30)
    assert child.returncode == 0
    assert err == "" and out == ""  # nothing printed: no Python error line
    opened = vault.unlock(data_dir, PIN, policy=KdfPolicy.for_tests())
    try:
        drafts = [data for _id, data in opened.list(DRAFT)]
    finally:
        opened.close()
    assert [d["description"] for d in drafts] == [MARKER]


def _worker_gone(pid: int, seconds: float = 30) -> bool:
    """The worker ended (it is the calculator's child: once reaped, or a zombie)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


@linux_only
@pytest.mark.parametrize("signum, target", [(signal.SIGTERM, "worker"),
                                            (signal.SIGTERM, "calculator"),
                                            (signal.SIGINT, "group")])
def test_a_signal_saves_the_worker_s_draft_encrypted(data_dir, tmp_path, signum, target,
                                                     monkeypatch):
    """The incident editor open in the vault's own process with unsaved text: SIGTERM to
    that process, SIGTERM to the calculator, or Ctrl+C in the terminal (SIGINT to the
    whole process group): the draft is kept, encrypted, for the next unlock, and nothing
    is printed by either process."""
    make_vault(data_dir)
    errors = tmp_path / "worker-stderr"
    monkeypatch.setenv("SAFEPLAN_TEST_STDERR", str(errors))
    monkeypatch.setenv("SAFEPLAN_TEST_EDITOR", MARKER)
    monkeypatch.setenv("SAFEPLAN_TEST_SAID", str(tmp_path / "said"))
    child = subprocess.Popen([sys.executable, "-m", "tests.helpers.run_app", str(data_dir),
                              "worker-editor"], cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert child.stdout.readline().strip() == "dumpable 0"
        ready = child.stdout.readline().split()
        assert ready[:1] == ["ready"], ready
        worker = int(ready[1])
        if target == "worker":
            os.kill(worker, signum)
            assert _worker_gone(worker)
            child.terminate()  # then the calculator, locked already
        elif target == "calculator":
            child.send_signal(signum)
        else:
            os.killpg(child.pid, signum)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert _worker_gone(worker)
    assert child.returncode == 0
    assert (out, err) == ("", "")
    # Qt's offscreen platform (these tests) says once per window that it cannot pass size
    # hints to a window manager; on a real display the worker prints nothing at all.
    offscreen = "This plugin does not support propagateSizeHints()"
    assert [line for line in errors.read_text().splitlines() if line != offscreen] == []
    # Kept for the next unlock (the journal offers it: "An entry you had not saved was
    # kept"), and only encrypted on disk.
    opened = vault.unlock(data_dir, PIN, policy=KdfPolicy.for_tests())
    try:
        draft = Journal(opened).draft()
    finally:
        opened.close()
    assert draft is not None and draft["description"] == MARKER
    for path in data_dir.rglob("*"):
        if path.is_file():
            stored = path.read_bytes()
            assert MARKER.encode() not in stored and MARKER.encode("utf-16-le") not in stored


@pytest.fixture
def nobody_home():
    """A folder the unprivileged user `nobody` owns, outside root's private temp folder."""
    home = Path(tempfile.mkdtemp(prefix="calc-user-"))
    os.chown(home, 65534, 65534)
    yield home
    shutil.rmtree(home, ignore_errors=True)


@linux_only
def test_the_process_is_not_dumpable_and_its_memory_unreadable(nobody_home):
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to start the app as an ordinary user (setpriv)")
    user = (65534, 65534)  # nobody
    subprocess.run([*as_user(user), "mkdir", "-p", str(nobody_home / "h")], check=True)
    home = nobody_home / "h"
    child = start(nobody_home / "data", "idle", user, home)
    try:
        # The app says so from inside: prctl(PR_GET_DUMPABLE) is 0 ...
        assert child.said[0] == "dumpable 0"
        reader = subprocess.run(
            [*as_user(user), sys.executable, "-c",
             f"open('/proc/{child.pid}/mem', 'rb').read(1)"],
            capture_output=True, text=True, timeout=30)
        # ... and the same user cannot read its memory.
        assert reader.returncode != 0 and "PermissionError" in reader.stderr
        status = Path(f"/proc/{child.pid}/status").read_text()
        assert "\nUid:\t65534" in status
    finally:
        child.terminate()
        child.communicate(timeout=30)
    assert child.returncode == 0


@pytest.mark.parametrize("action", ["idle", "key-first"])
def test_dumpable_reported_from_inside(data_dir, action):
    """Undumpable once the calculator's first frame has been drawn (app.py does it then,
    not before: ctypes costs ~4 ms of the start) and, whatever comes first, before her
    first key reaches the calculator: key-first types one before any frame."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.run_app", str(data_dir), action], cwd=ROOT,
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = child.stdout.readline().strip()
    child.terminate()
    child.communicate(timeout=30)
    if sys.platform.startswith("linux"):
        assert first == "dumpable 0"


def test_verify_usage_names_only_the_calculator():
    result = subprocess.run([sys.executable, "-m", "safeplan", "verify", "--help"],
                            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: calculator verify ")
    assert "safeplan" not in result.stdout.lower() and "python" not in result.stdout
