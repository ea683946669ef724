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


def _command_line(*argv: str) -> tuple[int, str]:
    from safeplan.verify import main

    lines: list[str] = []
    code = main(list(argv), out=lines.append)
    return code, "\n".join(lines)


def test_verify_help_is_in_the_chosen_language():
    """`verify --help` was argparse's English in every language ("usage:", "options:",
    "show this help message and exit")."""
    import re

    allowed = {"h", "help", "password", "fingerprint", "lang", "ru", "kk", "en", "calculator",
               "verify", "PDF", "zip"}
    code, english = _command_line("--help", "--lang", "en")
    assert code == 0 and english.startswith("usage: calculator verify ")
    assert "show this help and exit" in english
    for language, expected in (("ru", "использование:"), ("kk", "қолданылуы:")):
        code, shown = _command_line("--help", f"--lang={language}")
        assert code == 0 and shown.startswith(expected), shown
        latin = set(re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", shown)) - allowed
        assert latin == set(), (language, latin)


def test_a_wrong_command_line_is_named_in_her_language():
    code, shown = _command_line("--lang", "ru", "--bogus", "x")
    assert code == 2
    assert "командная строка не распознана (--bogus)" in shown and "error" not in shown
    code, shown = _command_line("--lang", "kk")  # no report named: the help, not a traceback
    assert code == 2 and shown.startswith("қолданылуы:")


def test_a_chain_broken_at_export_is_named_in_words_not_as_a_code():
    """The report and the verifier printed the chain's problem as its code
    ('head_gone', 'events_lost') in every language."""
    from safeplan.chain import Problem
    from safeplan.report.catalogue import texts

    report = texts()
    for problem in Problem:
        assert f"problem_{problem.value}" in report, problem
        for language in ("en", "ru", "kk"):
            line = text(language, "chain_broken_at_export", reason=problem.value)
            assert f"({problem.value})" not in line, (language, line)
            assert line.endswith(f"({text(language, 'problem_' + problem.value)})")
    assert "мөрі" in text("kk", "chain_broken_at_export", reason="head_gone")
    assert "пропали" in text("ru", "chain_broken_at_export", reason="events_lost")


def test_a_loss_of_unknown_size_is_named_as_possible_in_every_language():
    """attack2/discredit.py: a loss whose size is not known (the seal gone before a later
    change) must not be stated as a fact in the report or by the verifier."""
    from safeplan.report.catalogue import texts

    for language, word in (("en", "may"), ("ru", "могли"), ("kk", "мүмкін")):
        line = text(language, "chain_broken_at_export", reason="events_maybe_lost")
        assert word in line, (language, line)
    assert "may" in texts()["problem_events_maybe_lost"]
