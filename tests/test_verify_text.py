"""The verifier's own catalogue: complete in Russian, placeholders kept everywhere."""

from __future__ import annotations

from safeplan.verify_text import CATALOGUES, EN, RU, placeholders, system_language, text


def test_every_message_is_in_russian_with_the_same_placeholders():
    assert set(RU) == set(EN)
    for key, english in EN.items():
        assert placeholders(RU[key]) == placeholders(english), key


def test_other_catalogues_only_translate_known_keys_and_keep_placeholders():
    for language, catalogue in CATALOGUES.items():
        assert set(catalogue) <= set(EN), language
        for key, value in catalogue.items():
            assert placeholders(value) == placeholders(EN[key]), (language, key)


def test_every_message_is_in_kazakh_with_the_same_placeholders():
    from safeplan.verify_text import KK

    assert set(KK) == set(EN)
    for key, english in EN.items():
        assert placeholders(KK[key]) == placeholders(english), key


def test_kazakh_falls_back_to_russian_then_english():
    assert text("kk", "ok") == (CATALOGUES["kk"].get("ok") or RU["ok"])
    assert text("en", "ok") == EN["ok"]


def test_the_system_language_is_read_from_the_environment(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert system_language() == "ru"
    monkeypatch.setenv("LC_ALL", "kk_KZ.UTF-8")
    assert system_language() == "kk"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert system_language() == "en"
