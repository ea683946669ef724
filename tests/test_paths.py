"""Where things live: resources in every kind of install, the data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from safeplan import paths


def test_resources_from_a_source_checkout():
    assert (paths.resource_dir() / "icons" / "calculator.svg").is_file()


def test_resources_from_the_frozen_binary(monkeypatch, tmp_path):
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path / "resources"


def test_default_data_folder_reads_as_a_calculators():
    folder = paths.default_data_dir()
    assert folder.name == "calculator"
    assert paths.vault_file(folder).name == "history.db"


@pytest.mark.parametrize("xdg", [None, "", "relative/data", "/srv/her data"])
@pytest.mark.parametrize("home", [None, "", "relative", "/home/aigerim", "/home/aigerim/"])
def test_default_data_folder_is_where_platformdirs_puts_it(monkeypatch, xdg, home):
    """Linux reads XDG_DATA_HOME itself (platformdirs is not imported at start): the
    folder must stay the one that platformdirs names, or her vault would not be found."""
    import platformdirs

    for name, value in (("XDG_DATA_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    try:
        expected = Path(platformdirs.user_data_dir("calculator", appauthor=False, roaming=False))
    except RuntimeError:  # no home platformdirs can find: neither can we
        with pytest.raises(RuntimeError):
            paths.default_data_dir()
        return
    assert paths.default_data_dir() == expected


def test_private_folder(tmp_path):
    folder = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert folder.stat().st_mode & 0o777 == 0o700


def test_packed_data_files_are_read_from_memory():
    """The frozen binary's archive: templates and help numbers come from memory, and a
    file that is not packed still comes from resources/."""
    from safeplan import plan

    template = b'{"language": "ru", "lists": [{"key": "packed", "title": "t", "items": []}]}'
    paths.use_packed({"plan/templates/ru.json": template,
                      "plan/help/XX.json": b'{"name": "Packed", "entries": []}'})
    try:
        assert paths.resource_names("plan", "templates") == ["ru.json"]
        assert plan.load_template("ru")["lists"][0]["key"] == "packed"
        assert plan.help_countries() == ["XX"]
        assert plan.load_help("XX")["name"] == "Packed"
        assert paths.resource_bytes("icons", "calculator.svg").startswith(b"<")
    finally:
        paths.use_packed(None)
    assert "KZ" in plan.help_countries()


def test_the_report_language_reads_packed_catalogues(qapp):
    """The report's own language in the frozen binary, whose catalogues are not files."""
    from safeplan.ui.export_view import report_translate

    english = report_translate("en")
    catalogue = paths.resource_bytes("translations", "calculator_ru.qm")
    paths.use_packed({"translations/calculator_ru.qm": catalogue})
    try:
        assert paths.resource_names("translations") == ["calculator_ru.qm"]
        russian = report_translate("ru")
    finally:
        paths.use_packed(None)
    assert english("SafetyView", "Memory and sleep") == "Memory and sleep"
    assert russian("SafetyView", "Memory and sleep") == "Память и сон"
