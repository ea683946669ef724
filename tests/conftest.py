"""Test-wide setup: offscreen Qt, no real user folders, no real keyring."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: run offscreen, and point every
# per-user folder at a throwaway place so no test can touch the real ones.
_SANDBOX = Path(tempfile.mkdtemp(prefix="safeplan-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_SANDBOX / "home")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
             "XDG_RUNTIME_DIR"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
    Path(os.environ[_var]).mkdir(parents=True, mode=0o700)
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

import keyring  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from safeplan.vault import DeviceKeyring, KdfPolicy  # noqa: E402

from .helpers.keyrings import MemoryKeyring  # noqa: E402

# No test asserts a timing: Hypothesis' per-example deadline and its "too slow" health
# check are timings, and failed on a loaded machine (test_record_round_trip, 20:43 UTC).
settings.register_profile("safeplan", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("safeplan")


def pytest_unconfigure(config: pytest.Config) -> None:
    # The throwaway HOME holds test vaults and exports: leave nothing behind in /tmp.
    shutil.rmtree(_SANDBOX, ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    # Anything that asks the keyring module directly gets memory, never the OS.
    keyring.set_keyring(MemoryKeyring())


@pytest.fixture
def policy() -> KdfPolicy:
    return KdfPolicy.for_tests()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def device(memory_keyring: MemoryKeyring) -> DeviceKeyring:
    return DeviceKeyring(memory_keyring)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    return path
