"""The Russian and Kazakh catalogues are complete, current and plausible.

Complete: every string has a translation (plural strings every form). Current:
the catalogues hold every tr() string of the sources (pyside6-lupdate is run on a
copy), so a new string without a translation fails here. Plausible: the
placeholders are the same as the English, and a translation is not the English
text again nor carries English words (names, units and commands allowed). The
review status lives in the translator comment, never in Qt's "unfinished" flag.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[nvm]|%L?\d")

# Words that stay in Latin letters in a Russian or Kazakh sentence: names of
# products, formats, algorithms, keys, units and the like.
LATIN_ALLOWED = {
    "PDF", "PIN", "SHA", "EXIF", "GPS", "AES", "Argon", "id", "Ed", "SIM", "SSD", "SSDs",
    "USB", "Zip", "zip", "Google", "Drive", "OneDrive", "iCloud", "Esc", "Enter", "OpenSSL",
    "Linux", "Windows", "macOS", "OK", "AC", "eGov", "Mobile", "kHz", "kbit", "GiB", "MiB",
    "KiB", "GB", "MB", "KB", "JPEG", "PNG", "HEIC", "MP", "WhatsApp", "Telegram", "Instagram",
    "Facebook", "NeMolchi", "kz", "SOS", "ID", "Kaspi", "QR", "SMS", "RFC", "Wi", "Fi",
    "evidence",  # the name of the report's folder of originals
    "poppler", "utils",  # the package that has pdfdetach
    "pdfsig", "pdfdetach", "DER", "SubjectPublicKeyInfo", "PAdES",
    "MOV", "GP", "MKV", "WebM", "AVI",  # video formats (MP4, MOV, 3GP; MKV, WebM, AVI)
}
# English source texts whose translation may be the same text.
SAME_ALLOWED = {"Esc", "SHA-256: {hash}", "{count}", "PDF", "OK", "GPS", "%Y-%m-%d"}


def messages(language: str) -> list[ET.Element]:
    root = ET.parse(FOLDER / f"calculator_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            message.set("context", context.findtext("name") or "")
            found.append(message)
    return found


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None:
        return []
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def latin_words(text: str) -> list[str]:
    text = re.sub(r"`[^`]*`|\"[^\"]*\"", " ", text)  # commands and program output, quoted
    text = "\n".join(line for line in text.splitlines()
                     if not line.startswith((" ", "report", "evidence", "manifest", "public_key")))
    text = re.sub(r"(?m)\S {2,}.*$", " ", text)  # a command after an aligned label
    text = PLACEHOLDER.sub(" ", text)
    text = re.sub(r"\S*[./\\*_0-9]\S*|(?<!\S)-\S+", " ", text)  # files, paths, flags
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in LATIN_ALLOWED]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    empty = [(m.get("context"), m.findtext("source")) for m in messages(language)
             if not translations(m) or not all(t.strip() for t in translations(m))]
    assert not empty, f"{len(empty)} strings lack a {language} translation: {empty[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_review_status_is_a_comment_not_the_unfinished_flag(language):
    flagged = [m.findtext("source") for m in messages(language)
               if (m.find("translation") is not None
                   and m.find("translation").get("type") in ("unfinished", "vanished",
                                                             "obsolete"))]
    assert not flagged, flagged[:10]
    if language == "kk":
        unmarked = [m.findtext("source") for m in messages(language)
                    if not (m.findtext("translatorcomment") or "").startswith("review:")]
        assert not unmarked, f"Kazakh strings without a review status: {unmarked[:10]}"


def test_catalogues_hold_every_string_of_the_sources(tmp_path):
    """A tr() string added to the code but not to the catalogues fails here."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate not installed"
    sources = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    for language in LANGUAGES:
        copy = tmp_path / f"calculator_{language}.ts"
        shutil.copy(FOLDER / copy.name, copy)
        subprocess.run([lupdate, "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
                       check=True, cwd=tmp_path, timeout=120)
        fresh = ET.parse(copy).getroot()
        missing = [(c.findtext("name"), m.findtext("source"))
                   for c in fresh.iter("context") for m in c.iter("message")
                   if not all(t.strip() for t in translations(m))]
        assert not missing, (f"new strings without a {language} translation (run "
                             f"`make i18n-extract` and translate them): {missing[:10]}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_english(language):
    wrong = []
    for m in messages(language):
        source = m.findtext("source") or ""
        for text in translations(m):
            expected = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != expected:
                wrong.append((source, text))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_the_english_again(language):
    same = [m.findtext("source") for m in messages(language)
            if m.findtext("source") not in SAME_ALLOWED
            and any(t == m.findtext("source") for t in translations(m))]
    assert not same, same[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_words_in_a_translation(language):
    found = {}
    for m in messages(language):
        for text in translations(m):
            words = latin_words(text)
            if words:
                found[m.findtext("source")[:60]] = words
    assert not found, found
