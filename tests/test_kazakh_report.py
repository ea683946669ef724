"""Issue 17: a report exported in Kazakh, its HOW-TO-VERIFY and the verifier's output in
Kazakh hold no English sentence (file names, hashes, commands, algorithm and format names
aside). The PDF's text is read as an officer's tools read it, with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from safeplan import vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import main

from .test_evidence import photo_bytes

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler-utils (scripts/sysdeps.sh)")

# Latin words that are right in a Kazakh report: algorithms, formats, tools and their
# options as typed, the attached files' names, units.
ALLOWED = {
    "SHA", "Ed25519", "Ed", "ECDSA", "AES", "GCM", "Argon2id", "PDF", "JSON", "DER", "PEM",
    "HEX", "SubjectPublicKeyInfo", "OpenSSL", "openssl", "pkey", "pubin", "outform",
    "dgst", "sha256", "sha256sum", "pdfsig", "qpdf", "pdfdetach", "pyHanko", "zip", "ZIP",
    "KiB", "MiB", "GiB", "MB", "KB", "GPS", "EXIF", "RFC", "UTC", "ID", "OK", "verify",
    "keyform", "inkey", "rawin", "sigfile", "in", "out", "pkeyutl", "noout", "pubout",
    "list", "attachments", "show", "attachment", "saveall", "upw", "password", "Samsung",
    "SM", "A515F", "image", "jpeg", "png", "sig", "txt", "pem", "json", "pdf", "bin",
    "Calculator", "PIN", "SafePlan", "CMS", "PAdES", "X509", "x509", "Linux", "Windows",
    "macOS", "Poppler", "Adobe", "Acrobat", "Reader", "certificate", "cert", "fingerprint",
    "certutil", "shasum", "python", "safeplan", "SHA256", "poppler", "utils",
    "printf", "SALT", "ORIGINAL",  # checking a produced original against its commitment
}


def english_words(text: str) -> list[str]:
    text = text.replace("\u200b", "").replace("\u00ad", "")
    for pattern in (r'"[^"\n]*"',  # what a tool prints, quoted as it prints it
                    r"\b(?:https?|ftp)://\S+",  # addresses
                    r"\S+\.(?:pdf|json|sig|pem|jpg|jpeg|png|txt|zip|sha256|m4a)\b",  # files
                    r"\b[0-9A-Fa-f]{4,}\b",  # hashes, fingerprints in groups
                    r"--lang \w+",  # how to ask the verifier for English
                    r"--?[a-z][\w-]*",  # command-line options
                    r"\S*[/\\_]\S*",  # paths, names with underscores
                    r"\b[a-z]+/[a-z0-9.+-]+\b"):  # media types
        text = re.sub(pattern, " ", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", text)
            if w not in ALLOWED and len(w) > 1]


def sentences_with_english(text: str) -> list[str]:
    """Each line holding a Latin-letter word outside the allow-list (for the message).
    A PEM block (the public key printed for the officer) is data, not a sentence."""
    text = re.sub(r"-{3,}BEGIN [A-Z ]+-{3,}.*?-{3,}END [A-Z ]+-{3,}", " ", text, flags=re.S)
    return [line.strip() for line in text.splitlines() if english_words(line)]


@pytest.fixture(scope="module")
def kazakh_reports(tmp_path_factory, qapp):
    """The translators are Qt's: pytest-qt's application (a QCoreApplication made here
    broke the next test that asks for a QApplication)."""
    from safeplan.ui.evidence_model import evidence_kind_names
    from safeplan.ui.export_view import report_translate
    from safeplan.ui.journal_model import kind_names

    folder = tmp_path_factory.mktemp("kk-report")
    opened, _ = vault.create(folder / "data", "24681357", policy=KdfPolicy.for_tests())
    journal = Journal(opened)
    store = EvidenceStore(opened, journal)
    person = journal.add_person("Асқар", "күйеуі")
    first = journal.create(Incident(
        date="2026-11-20", time="22:30", kinds=["physical", "threats", "strangulation"],
        description="Бетімнен ұрып, мойнымнан қысты.", exact_words="«Өлтіремін»",
        injuries="Мойнында көгерген із", witnesses="Көршісі", person_id=person,
        police_contacted=True, children_present=True, medical_help=True,
        medical_where="Қалалық аурухана", police_station="Алмалы АПБ", police_report="КУИ 123",
        fear=8, tags=["үйде"]))
    journal.create(Incident(date="2026-11-02", kinds=["economic"], approximate=True,
                            approximate_note="қараша басында",
                            description="Банк картамды алып қойды."))
    journal.edit(first.id, Incident(
        date="2026-11-20", time="22:30", kinds=["physical", "threats", "strangulation"],
        description="Бетімнен ұрып, мойнымнан қысты. Балалар көрді.",
        exact_words="«Өлтіремін»", person_id=person, fear=8))
    path = folder / "IMG_20261120_231402.jpg"
    path.write_bytes(photo_bytes(320, 240))
    item = store.import_file(path).item
    store.edit(item.id, Details(caption="Мойындағы көгерген із", kind="injury",
                                incident_ids=[first.id]))
    translate = report_translate("kk")
    exporter = Exporter(opened, journal, store, texts(translate, "kk"), kind_names(translate),
                        evidence_kind_names(translate))
    made = {}
    for name, options in (("report.pdf", {}), ("report.zip", {"container": "zip"}),
                          ("folder", {"container": "folder"})):
        result = exporter.run(ExportRequest(include_history=True, purpose="учаскелік инспекторға",
                                            name="Айгерім Серікқызы", **options),
                              folder / name)
        made[name] = folder / name
    made["fingerprint"] = result.fingerprint
    opened.close()
    return made


@needs_pdftotext
def test_the_kazakh_report_has_no_english_sentence(kazakh_reports, tmp_path):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(kazakh_reports["report.pdf"]),
                           "-"], capture_output=True, text=True, check=True).stdout
    assert "Асқар" in text and "Бетімнен" in text  # the text layer really was read
    assert len(text) > 3000
    assert not sentences_with_english(text), "\n".join(sentences_with_english(text))


def test_how_to_verify_in_kazakh_has_no_english_sentence(kazakh_reports):
    with zipfile.ZipFile(kazakh_reports["report.zip"]) as archive:
        names = [n for n in archive.namelist() if n.endswith("HOW-TO-VERIFY.txt")]
        assert names
        text = archive.read(names[0]).decode("utf-8")
    assert not sentences_with_english(text), "\n".join(sentences_with_english(text))


def verifier_lines(*args: str) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = main([*args, "--lang", "kk"], out=lines.append)
    return code, lines


def test_the_verifier_in_kazakh_has_no_english_sentence_whatever_it_finds(
        kazakh_reports, tmp_path):
    good = kazakh_reports["report.pdf"]
    cases = {"good": [str(good), "--fingerprint", kazakh_reports["fingerprint"]],
             "no fingerprint": [str(good)],
             "zip": [str(kazakh_reports["report.zip"])]}
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    cases["one byte changed"] = [str(tampered)]
    folder = tmp_path / "folder"
    shutil.copytree(kazakh_reports["folder"], folder)
    original = next(p for p in folder.rglob("*.jpg"))
    original.write_bytes(original.read_bytes() + b"\0")
    cases["an original changed"] = [str(folder)]
    not_pdf = tmp_path / "report.pdf"
    not_pdf.write_text("not a report", encoding="utf-8")
    cases["not a PDF"] = [str(not_pdf)]
    cases["missing"] = [str(tmp_path / "nowhere.pdf")]
    cases["wrong password"] = [str(good), "--password", "qwerty"]
    found = {}
    for case, args in cases.items():
        code, lines = verifier_lines(*args)
        assert lines, case
        if case not in ("good", "no fingerprint", "zip", "wrong password"):
            assert code == 1, case
        bad = sentences_with_english("\n".join(lines))
        if bad:
            found[case] = bad
    assert not found, found
