"""Fixtures for window tests: a fresh folder, cheap KDF, in-memory keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from safeplan import vault
from safeplan.app import create_window
from safeplan.vault import DeviceKeyring

PIN = "2580147369"


@pytest.fixture(autouse=True)
def _catalogues(qapp):
    """As at start-up: the catalogues installed (English needs its plural forms)."""
    from safeplan.ui import language

    language.install("en")


@pytest.fixture
def make_window(qtbot, data_dir, policy, memory_keyring):
    made = []

    def make(**kwargs):
        window = create_window(data_dir, policy=kwargs.pop("policy", policy),
                               device_factory=lambda: DeviceKeyring(memory_keyring),
                               **kwargs)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.lock()
    QThreadPool.globalInstance().waitForDone(10_000)
    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def existing_vault(data_dir, policy, device):
    opened, code = vault.create(data_dir, PIN, policy=policy, device=device, bind_device=True)
    opened.close()
    return code
