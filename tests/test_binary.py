"""The shipped binary names nothing: no file of the build, and no file it leaves in the
temp folder while it runs or after it is killed, holds a project word or one of the
app's own texts (UTF-8 or UTF-16LE). Runs on the build `make smoke` made (`make test`
builds it first); skipped when there is none."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "dist" / "Calculator"
BINARY = BUILD / ("Calculator.exe" if sys.platform == "win32" else "Calculator")
PROJECT_WORDS = ["safeplan", "SafePlan", "domestic violence", "бытового насилия",
                 "victims of", "escape plan", "abuser"]
MIN_TEXT = 14  # shorter texts ("Cancel", "Save the report") also occur in Qt's own files
# Pieces of the app's texts that are everyday phrases, found in the build only in
# third-party files (Qt's catalogues and libraries, GTK's emoji names, brotli, xkbcommon,
# ICU's Kazakh time phrases).
GENERIC = {"Earlier versions", "separated by commas", "Other countries", "Police officer",
           "Cannot divide by zero", "минуттан кейін"}

pytestmark = pytest.mark.skipif(not BINARY.is_file(), reason="no build: run `make smoke`")


def app_texts() -> list[str]:
    """Every text of the app's catalogues (English sources and translations), cut at
    placeholders and line ends into pieces long enough to be the app's own."""
    texts: set[str] = set()
    for catalogue in (ROOT / "resources" / "translations").glob("calculator_*.ts"):
        for context in ET.parse(catalogue).getroot().iter("context"):
            if re.fullmatch(r"Q[A-Z]\w*", context.findtext("name", "")):
                continue  # Qt's own texts (QFileDialog's, translated where Qt has none)
            for element in context.iter():
                if element.tag in ("source", "translation", "numerusform") and element.text:
                    for piece in re.split(r"\{[a-z_]*\}|%n|\n|<[^>]*>", element.text):
                        if len(piece.strip()) >= MIN_TEXT and piece.strip() not in GENERIC:
                            texts.add(piece.strip())
    return sorted(texts)


_UTF8 = re.compile(rb"(?:[\x20-\x7e]|[\xc2-\xf4][\x80-\xbf]{1,3}){6,}")
_UTF16 = re.compile(rb"(?:[\x20-\x7e]\x00|[\x00-\xff][\x04]){6,}")


def readable(data: bytes) -> str:
    """The runs of text in a file, as the `strings` tool would show them, both encodings."""
    runs = [m.decode("utf-8", "ignore") for m in _UTF8.findall(data)]
    runs += [m.decode("utf-16-le", "ignore") for m in _UTF16.findall(data)]
    return "\n".join(runs)


def findings(folder: Path, needles: list[str]) -> list[str]:
    """(file, text) for every needle readable in a file under `folder`. Words are
    indexed first, so a needle is searched for only where all its words occur."""
    found = []
    lowered = [(n, n.lower(), set(re.findall(r"\w{3,}", n.lower()))) for n in needles]
    seen: set[bytes] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        digest = hashlib.sha256(data).digest()
        if digest in seen:  # the same library twice: scanned once
            continue
        seen.add(digest)
        text = readable(data)
        low = text.lower()
        words = set(re.findall(r"\w{3,}", low))
        for needle, needle_low, needle_words in lowered:
            if needle_words <= words and needle_low in low:
                found.append(f"{path.relative_to(folder)}: {needle!r}")
    return found


def test_no_file_of_the_build_names_the_project():
    needles = PROJECT_WORDS + app_texts()
    assert len(needles) > 300  # the catalogues were read
    assert findings(BUILD, needles) == []


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The scanner itself: a text in UTF-16LE inside binary noise is found."""
    noise = bytes(range(1, 32)) * 16  # control bytes: no text of either kind
    (tmp_path / "blob").write_bytes(noise + "бытового насилия".encode("utf-16-le") + noise
                                    + b"SafePlan\0" + noise)
    assert findings(tmp_path, PROJECT_WORDS) == ["blob: 'safeplan'", "blob: 'SafePlan'",
                                                 "blob: 'бытового насилия'"]


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_nothing_in_the_temp_folder_while_running_or_after_kill(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    home = tmp_path / "home"
    env = dict(os.environ, TMPDIR=str(temp), TMP=str(temp), TEMP=str(temp),
               QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    child = subprocess.Popen([str(BINARY), "--data-dir", str(tmp_path / "data")], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    needles = PROJECT_WORDS + app_texts()
    try:
        time.sleep(3)
        assert child.poll() is None, "the binary did not keep running"
        running = findings(temp, needles)
        listing = sorted(str(p.relative_to(temp)) for p in temp.rglob("*"))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert running == [] and listing == []  # one folder: nothing unpacked at start
    assert findings(temp, needles) == []


def test_verify_usage_names_the_binary():
    result = subprocess.run([str(BINARY), "verify", "--help"], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0
    assert result.stdout.startswith("usage: Calculator verify ")
    assert "safeplan" not in (result.stdout + result.stderr).lower()
