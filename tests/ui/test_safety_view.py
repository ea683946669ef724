"""The Safety page says what a PIN change does (attack2/old_pin_reads_new.py: a copy of
the vault's file taken while he knew the old PIN read what she wrote after the change
while the change kept the vault key; it now makes a new key, tests/vault/test_rekey.py),
and what it cannot do: what was in his copy stays readable to him."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from safeplan.ui import language
from safeplan.ui.shell import SafetyView


def _texts(view: SafetyView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_the_safety_page_says_a_new_pin_brings_a_new_key_and_what_his_copy_keeps(qtbot):
    expected = {
        "en": ("Changing your PIN", "the vault gets a new key",
               "cannot read what you write after it", "he can still read that",
               "Type your recovery code when you change the PIN",
               "until you type it once on the Backups page"),
        "ru": ("Смена PIN-кода", "хранилище получает новый ключ",
               "не сможет прочитать то, что вы запишете после смены",
               "это он по-прежнему может прочитать",
               "При смене PIN-кода введите и код восстановления",
               "пока вы один раз не введёте его на странице «Резервные копии»"),
        "kk": ("PIN-кодты өзгерту", "қойма жаңа кілт алады",
               "өзгертуден кейін жазғаныңызды оқи алмайды", "оны ол әлі де оқи алады",
               "PIN-кодты өзгерткенде қалпына келтіру кодын да енгізіңіз",
               "бетінде оны бір рет енгізгенше"),
    }
    try:
        for code, phrases in expected.items():
            language.install(code)
            view = SafetyView()
            qtbot.addWidget(view)
            text = _texts(view)
            for phrase in phrases:
                assert phrase in text, (code, phrase)
            assert "stays the same" not in text  # the old card said the key stayed
    finally:
        language.install("en")
