"""Issue 17: every screen and dialog, in English, Russian and Kazakh, is in her language
and nothing is cut off at the default window size (setup at the calculator's size, the
vault at VAULT_SIZE). The tour is in screen_tour.py (scripts/screenshots_kk.py renders it)."""

from __future__ import annotations

import pytest

from safeplan.ui import language

from .screen_tour import ALLOWED_PLACES, cut_off, english_words, tour, visible_texts


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    language.install("en")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_screen_speaks_her_language_and_nothing_is_cut(qtbot, make_window, tmp_path,
                                                              lang):
    language.install(lang)
    window = make_window()
    english: dict[str, list[str]] = {}
    cut: dict[str, list[str]] = {}
    texts = 0
    for stop, widget in tour(window, lambda ok: qtbot.waitUntil(ok, timeout=10_000),
                             folder=tmp_path, language=lang):
        qtbot.wait(1)
        found = visible_texts(widget)
        texts += len(found)
        if lang != "en":
            # The file dialog lists her files and folders by their own names.
            names = {path.name for path in tmp_path.iterdir()}
            found = [(where, text) for where, text in found
                     if not (where.startswith(("treeView", "listView")) and text in names)]
            words = [f"{where}: {text!r} ({', '.join(english_words(text))})"
                     for where, text in found
                     if english_words(text) and not where.startswith(ALLOWED_PLACES)]
            if words:
                english[stop] = words
        problems = cut_off(widget)
        if problems:
            cut[stop] = problems
    assert texts > 300  # the tour really saw the screens
    assert not english and not cut, report(english) + report(cut)


def report(found: dict[str, list[str]]) -> str:
    return "\n" + "\n".join(f"{stop}: {line}" for stop, lines in found.items()
                             for line in lines)
