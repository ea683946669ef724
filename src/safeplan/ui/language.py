"""The interface language: our catalogues and Qt's own, with a fallback chain.

A language setting ("" = the system's) resolves to a chain of catalogues, most
wanted first: Kazakh falls back to Russian (many Kazakh speakers read Russian
better than English), then to the English source. Qt searches translators from
the last installed to the first, so the chain is installed in reverse: English
needs no catalogue, then Russian, then Kazakh. For each language both our
`calculator_<lang>.qm` and Qt's `qtbase_<lang>.qm` are installed, so the file
dialog, a text field's context menu and the standard buttons follow too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths
from ..languages import FALLBACK, SUPPORTED

_installed: list[QTranslator] = []
_setting: str | None = None
_chain: tuple[str, ...] = ("en",)


def calculator_title() -> str:
    """The one title any window of the app shows, in her language."""
    return QCoreApplication.translate("MainWindow", "Calculator")


def system_languages() -> list[str]:
    """The system's languages we support, most wanted first (LANGUAGE=kk:ru gives kk, ru)."""
    found: list[str] = []
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED and code not in found:
            found.append(code)
    return found or ["en"]


def chain_for(setting: str) -> tuple[str, ...]:
    """The catalogues to consult for a language setting, most wanted first, ending in "en"."""
    wanted = [setting] if setting in SUPPORTED else system_languages()
    chain: list[str] = []
    for code in wanted:
        for step in (code, *FALLBACK.get(code, ())):
            if step not in chain:
                chain.append(step)
        if "en" in chain:
            break
    chain = [code for code in chain if code != "en"]
    return (*chain, "en")


def current() -> str:
    """The language the interface shows now ("en", "ru" or "kk")."""
    return _chain[0]


_LOCALES = {
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


def qlocale(code: str | None = None) -> QLocale:
    """Qt's locale of the interface language (default: the one shown now), for month and
    day names: the app's language, never the system's (a Russian interface on an English
    system says «март»). Kazakh is Qt's kk_KZ, whose names are Cyrillic."""
    language, country = _LOCALES.get(code or current(), _LOCALES["en"])
    return QLocale(language, country)


def qt_translation_folders() -> list[Path]:
    """Where Qt's own qtbase_<lang>.qm may be: shipped with our resources (copied there by
    `make translations`, so the frozen build carries them with resources/), Qt's own
    translations path, and PySide6's folder (source checkouts, PyInstaller's collection)."""
    folders = [paths.resource("translations"),
               Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):
        pass
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(Path(frozen) / "PySide6" / "Qt" / "translations")
    return folders


_names: list[str] = []  # file names of the installed catalogues, in order
_keep: list[bytes] = []  # a catalogue loaded from memory must outlive its translator


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    data = paths.packed_bytes("translations", f"{name}.qm")  # the frozen binary's archive
    if data is not None:
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(data):
            _keep.append(data)
            return translator
    for folder in folders:
        if (folder / f"{name}.qm").is_file():
            translator = QTranslator(QCoreApplication.instance())
            if translator.load(name, str(folder)):
                return translator
    return None


def install(setting: str = "") -> bool:
    """Install the catalogues for `setting` ("" = the system's languages).

    Returns True when the chain of languages actually changed."""
    global _setting, _chain
    app = QCoreApplication.instance()
    if app is None:
        return False
    chain = chain_for(setting)
    if setting == _setting and chain == _chain and _installed:
        return False
    changed = chain != _chain
    _setting, _chain = setting, chain
    # Dates, day and month names (the journal's calendar, date fields) in her language
    # too: the widgets made from now on take the default locale.
    QLocale.setDefault(QLocale(chain[0]))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _names.clear()
    _keep.clear()
    ours = [paths.resource("translations")]
    qt = qt_translation_folders()
    english = _load("calculator_en", ours)  # English plural forms only ("1 file")
    if english is not None:
        app.installTranslator(english)
        _installed.append(english)
        _names.append("calculator_en.qm")
    for code in reversed(chain[:-1]):  # lowest priority first: Qt asks the last one first
        for name, folders in ((f"qtbase_{code}", qt), (f"calculator_{code}", ours)):
            translator = _load(name, folders)
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
                _names.append(f"{name}.qm")
    return changed


def installed_files() -> list[str]:
    """File names of the catalogues in use, lowest priority first (for tests and --smoke)."""
    return list(_names)
