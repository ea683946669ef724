"""The Safety page says what a PIN change does not do (attack2/old_pin_reads_new.py: a copy
of the vault's file taken while he knew the old PIN still opens with it, and reads what
she writes after the change, since the PIN change keeps the vault key)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from safeplan.ui import language
from safeplan.ui.shell import SafetyView


def _texts(view: SafetyView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_the_safety_page_says_a_new_pin_does_not_lock_out_an_old_copy(qtbot):
    expected = {
        "en": ("Changing your PIN", "copied the vault's file before the change"),
        "ru": ("Смена PIN-кода", "до смены скопировал файл хранилища"),
        "kk": ("PIN-кодты өзгерту", "қойма файлын көшіріп алған"),
    }
    try:
        for code, (title, words) in expected.items():
            language.install(code)
            view = SafetyView()
            qtbot.addWidget(view)
            text = _texts(view)
            assert title in text, code
            assert words in text, code
    finally:
        language.install("en")
