"""Real-window tests: an Xvfb with openbox for the whole module, the app as a subprocess.

Each module is marked `x11` (select with `-m x11`, leave out with `-m 'not x11'`);
they are skipped where Xvfb and the X tools are missing (scripts/sysdeps.sh installs
them on Debian-like systems).
"""

from __future__ import annotations

import pytest

from .harness import Home, RunningApp, start_app
from .xscreen import missing_tools, x_session


@pytest.fixture(scope="module")
def x_server():
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/sysdeps.sh installs them)")
    with x_session(1366, 768) as session:
        yield session


@pytest.fixture
def home(tmp_path) -> Home:
    return Home.make(tmp_path)


@pytest.fixture
def launch(x_server):
    """start(home, *args, marks=False, scale=None): the app, stopped after the test."""
    running: list[RunningApp] = []

    def start(home: Home, *args: str, **kwargs) -> RunningApp:
        app = start_app(x_server, home, *args, **kwargs)
        running.append(app)
        return app

    yield start
    for app in running:
        app.stop()
