"""The verifier and poppler's pdfsig against someone who wants to discredit a report.

Four containers (PDF, password PDF, zip, folder) are exported once; every test
changes a copy the way a forger or an accident would and expects the verifier
to fail naming what changed, and pdfsig to refuse every changed PDF.
"""

from __future__ import annotations

import io
import re
import shutil
import socket
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from safeplan import pdf_signature, signing, vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import main, verify

from .test_evidence import photo_bytes

PASSWORD = "сильный-пароль-42"
needs_tools = pytest.mark.skipif(not (shutil.which("pdfsig") and shutil.which("qpdf")),
                                 reason="needs poppler-utils and qpdf")


def _world(folder: Path, seed: int) -> dict:
    v, _ = vault.create(folder / "data", "24681357", policy=KdfPolicy.for_tests())
    journal = Journal(v)
    store = EvidenceStore(v, journal)
    incident = journal.create(Incident(date="2026-11-20", kinds=["physical"],
                                       description="Он толкнул меня к стене"))
    journal.create(Incident(date="2026-11-21", kinds=["threats"], description="«Убью»"))
    for n in range(2):
        path = folder / f"IMG_{n}.jpg"
        path.write_bytes(photo_bytes(320, 240, colour=(200, 40 * n + seed, 30)))
        item = store.import_file(path).item
        store.edit(item.id, Details(caption=f"Синяк {n}", kind="injury",
                                    incident_ids=[incident.id]))
    return {"vault": v, "exporter": Exporter(v, journal, store, texts(), {}, {}),
            "folder": folder}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    world = _world(folder, 0)
    made = {}
    for name, options in (("r.pdf", {}), ("p.pdf", {"password": PASSWORD}),
                          ("r.zip", {"container": "zip"}), ("r", {"container": "folder"})):
        result = world["exporter"].run(ExportRequest(include_history=True, location="kept",
                                                     **options), folder / name)
        made[name] = folder / name
    made["fingerprint"] = result.fingerprint
    other = _world(tmp_path_factory.mktemp("other"), 7)
    made["other.pdf"] = folder / "other.pdf"
    other["exporter"].run(ExportRequest(), made["other.pdf"])
    made["other_key"] = signing.pdf_key(other["vault"], signing.signing_key(other["vault"]))
    world["vault"].close()
    other["vault"].close()
    return made


@pytest.fixture
def copy(reports, tmp_path):
    def make(name: str) -> Path:
        source = reports[name]
        target = tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copyfile(source, target)
        return target
    return make


def keys(verdict) -> set[str]:
    return {f.key for f in verdict.findings if f.level == "fail"}


def failed_names(verdict) -> set[str]:
    return {f.values.get("name") for f in verdict.findings if f.level == "fail"}


def pdfsig_accepts(path: Path, password: str | None = None) -> bool:
    """pdfsig's verdict: exactly one signature, valid, over the whole document."""
    args = ["pdfsig", *(["-upw", password] if password else []), str(path)]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    return (out.count("Signature #") == 1 and "Signature is Valid." in out
            and "Total document signed" in out)


def stream_span(path: Path, password: str | None, obj: int) -> tuple[int, int]:
    """Where the raw bytes of stream object `obj` lie in the file."""
    reader = PdfReader(path, password=password)
    offset = reader.xref[0][obj]
    data = path.read_bytes()
    head = re.match(rb"\s*\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", data[offset:offset + 4096],
                    re.S)
    length = int(re.search(rb"/Length (\d+)", head.group(1)).group(1))
    return offset + head.end(), length


def attachment_object(path: Path, password: str | None, name: str) -> int:
    reader = PdfReader(path, password=password)
    tree = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    for at in range(0, len(tree), 2):
        if tree[at] == name:
            return tree[at + 1].get_object()["/EF"].raw_get("/F").idnum
    raise KeyError(name)


def flip_in_stream(path: Path, password: str | None, obj: int, where: float = 0.5) -> None:
    start, length = stream_span(path, password, obj)
    data = bytearray(path.read_bytes())
    data[start + int(length * where)] ^= 0x01
    path.write_bytes(data)


def qpdf(*args: str) -> None:
    run = subprocess.run(["qpdf", *args], capture_output=True, text=True)
    assert run.returncode in (0, 3), run.stderr  # 3: warnings only


PDFS = [("r.pdf", None), ("p.pdf", PASSWORD)]


@needs_tools
@pytest.mark.parametrize(("name", "password"), PDFS)
def test_an_untouched_pdf_checks_out_with_pdfsig_and_the_verifier(reports, name, password):
    assert pdfsig_accepts(reports[name], password)
    verdict = verify(reports[name], password, reports["fingerprint"])
    assert verdict.ok, verdict.problems
    assert not verdict.warnings


@needs_tools
@pytest.mark.parametrize(("name", "password"), PDFS)
@pytest.mark.parametrize("attachment", ["001-IMG_0.jpg", "manifest.json", "manifest.sig"])
def test_a_byte_changed_in_an_attachment(copy, name, password, attachment):
    path = copy(name)
    flip_in_stream(path, password, attachment_object(path, password, attachment))
    verdict = verify(path, password)
    assert "pdf_invalid" in keys(verdict)
    # What changed is named: the original, or the manifest's signature.
    if attachment == "001-IMG_0.jpg":
        assert "001-IMG_0.jpg" in failed_names(verdict)
    else:
        assert keys(verdict) & {"manifest_signature", "damaged_file", "manifest_json"}
    assert not pdfsig_accepts(path, password)


@needs_tools
@pytest.mark.parametrize(("name", "password"), PDFS)
def test_an_attachment_removed_or_added(copy, name, password, tmp_path):
    pw = [f"--password={password}"] if password else []
    path = copy(name)
    removed = tmp_path / "removed.pdf"
    qpdf(*pw, str(path), "--remove-attachment=002-IMG_1.jpg", str(removed))
    verdict = verify(removed, password)
    assert "original_missing" in keys(verdict) and not pdfsig_accepts(removed, password)
    extra = tmp_path / "extra.jpg"
    extra.write_bytes(b"not part of it")
    added = tmp_path / "added.pdf"
    qpdf(*pw, str(path), "--add-attachment", str(extra), "--key=zz-extra.jpg", "--",
         str(added))
    verdict = verify(added, password)
    assert "unknown_file" in keys(verdict) and "zz-extra.jpg" in failed_names(verdict)
    assert not pdfsig_accepts(added, password)


@needs_tools
@pytest.mark.parametrize(("name", "password"), PDFS)
def test_a_page_removed_or_its_text_changed(copy, name, password, tmp_path):
    pw = [f"--password={password}"] if password else []
    path = copy(name)
    cut = tmp_path / "cut.pdf"
    qpdf(*pw, str(path), "--pages", str(path), *pw, "1,3-z", "--", str(cut))
    assert len(PdfReader(cut, password=password).pages) == len(
        PdfReader(path, password=password).pages) - 1
    verdict = verify(cut, password)
    assert keys(verdict) & {"pdf_unsigned", "pdf_invalid"} and not verdict.ok
    assert not pdfsig_accepts(cut, password)
    page = PdfReader(path, password=password).pages[0].raw_get("/Contents").idnum
    flip_in_stream(path, password, page)
    verdict = verify(path, password)
    assert keys(verdict) == {"pdf_invalid"}
    assert not pdfsig_accepts(path, password)


@needs_tools
@pytest.mark.parametrize(("name", "password"), PDFS)
def test_anything_appended_after_the_signature(copy, name, password):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    path = copy(name)
    with open(path, "r+b") as stream:  # a real incremental update: the signature stays
        writer = IncrementalPdfFileWriter(stream)  # valid over the bytes before it
        if password:
            writer.encrypt(PASSWORD)
        writer.root["/PageMode"] = generic.NameObject("/UseOutlines")
        writer.update_root()
        writer.write_in_place()
    verdict = verify(path, password)
    assert keys(verdict) == {"pdf_appended"}
    assert not pdfsig_accepts(path, password)
    bare = copy(name)
    with open(bare, "ab") as stream:
        stream.write(b"\n% appended\n")
    assert keys(verify(bare, password)) == {"pdf_appended"}


@needs_tools
def test_a_report_signed_again_or_by_another_vault(reports, copy):
    path = copy("r.pdf")
    with open(path, "r+b") as stream:  # a forger's key over the victim's report
        pdf_signature.sign(stream, reports["other_key"], field="Signature2")
    assert "pdf_several" in keys(verify(path))
    assert not pdfsig_accepts(path)
    # A whole report from another vault is consistent in itself: only the
    # fingerprint recorded at first contact tells it apart.
    other = reports["other.pdf"]
    assert verify(other).ok and pdfsig_accepts(other)
    verdict = verify(other, fingerprint=reports["fingerprint"])
    assert keys(verdict) == {"fingerprint_differs"}
    assert verify(reports["r.pdf"], fingerprint=reports["fingerprint"].lower()).ok
    assert keys(verify(other, fingerprint="12 34")) == {"fingerprint_bad"}


def rewrite_zip(source: Path, target: Path, change) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)
        extra = change(None, None)
        if extra:
            new.writestr(*extra)


def test_zip_file_altered_removed_added(reports, tmp_path):
    def flip(name, data):
        if name == "evidence/001-IMG_0.jpg":
            return data[:100] + bytes([data[100] ^ 1]) + data[101:]
        return data

    altered = tmp_path / "altered.zip"
    rewrite_zip(reports["r.zip"], altered, flip)
    verdict = verify(altered)
    assert keys(verdict) == {"original_hash"}
    assert failed_names(verdict) == {"evidence/001-IMG_0.jpg"}
    removed = tmp_path / "removed.zip"
    rewrite_zip(reports["r.zip"], removed,
                lambda n, d: None if n == "evidence/002-IMG_1.jpg" else d)
    assert keys(verify(removed)) == {"original_missing"}
    added = tmp_path / "added.zip"
    rewrite_zip(reports["r.zip"], added,
                lambda n, d: ("evidence/003-extra.jpg", b"x") if n is None else d)
    verdict = verify(added)
    assert keys(verdict) == {"unknown_file"}
    assert failed_names(verdict) == {"evidence/003-extra.jpg"}
    readme = tmp_path / "readme.zip"
    rewrite_zip(reports["r.zip"], readme,
                lambda n, d: d + b"\nrun evil.exe" if n == "HOW-TO-VERIFY.txt" else d)
    assert keys(verify(readme)) == {"readme_changed"}
    report = tmp_path / "report.zip"
    rewrite_zip(reports["r.zip"], report,
                lambda n, d: d + b"% appended\n" if n == "report.pdf" else d)
    assert {"report_changed", "pdf_appended"} <= keys(verify(report))


def test_folder_file_altered_removed_added(copy):
    folder = copy("r")
    (folder / "Thumbs.db").write_bytes(b"thumbs")
    (folder / "evidence" / "._001-IMG_0.jpg").write_bytes(b"mac")
    (folder / ".DS_Store").write_bytes(b"mac")
    verdict = verify(folder)
    assert verdict.ok, verdict.problems
    assert {f.values["name"] for f in verdict.findings if f.key == "harmless_file"} == {
        "Thumbs.db", "evidence/._001-IMG_0.jpg", ".DS_Store"}
    (folder / "evidence" / "notes.txt").write_text("added later")
    assert failed_names(verify(folder)) == {"evidence/notes.txt"}
    (folder / "evidence" / "notes.txt").unlink()
    photo = folder / "evidence" / "002-IMG_1.jpg"
    data = bytearray(photo.read_bytes())
    data[500] ^= 0xFF
    photo.write_bytes(data)
    assert failed_names(verify(folder)) == {"evidence/002-IMG_1.jpg"}
    photo.unlink()
    assert keys(verify(folder)) == {"original_missing"}
    report = folder / "report.pdf"
    data = bytearray(report.read_bytes())
    data[len(data) // 3] ^= 0x01
    report.write_bytes(data)
    assert {"report_changed", "pdf_invalid"} <= keys(verify(folder))


def test_signing_and_verifying_open_no_socket(reports, copy, monkeypatch):
    """No network socket is created or used. pyHanko's synchronous calls run an
    asyncio loop, whose wake-up pipe is a local AF_UNIX socketpair: allowed."""
    real = socket.socket

    class NoNetwork(real):
        def __init__(self, family=-1, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                raise AssertionError("a network socket was opened")
            super().__init__(family, *args, **kwargs)

        def connect(self, *_args):
            raise AssertionError("a socket connected")

    def refuse(*_args, **_kwargs):
        raise AssertionError("a network look-up or connection")

    monkeypatch.setattr(socket, "socket", NoNetwork)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = copy("r.pdf")
    assert verify(path, fingerprint=reports["fingerprint"]).ok
    assert verify(copy("p.pdf"), PASSWORD).ok
    stream = io.BytesIO(reports["r.zip"].read_bytes())
    with zipfile.ZipFile(stream) as archive:
        report = io.BytesIO(archive.read("report.pdf"))
    pdf_signature.sign(report, reports["other_key"], field="Signature2")
    assert pdf_signature.check(report).problem == "pdf_several"


def test_the_command_line_speaks_russian_and_english(reports):
    for language, ok_line, heading in (
            ("ru", "ВЕРНО: все проверки пройдены.", "Отпечаток ключа"),
            ("en", "OK: every check passed.", "Fingerprint of the key"),
            ("kk", "ДҰРЫС: барлық тексеруден өтті.", "Осы есепке қол қойған кілттің")):
        lines: list[str] = []
        code = main([str(reports["r.pdf"]), "--lang", language,
                     "--fingerprint", reports["fingerprint"]], out=lines.append)
        assert code == 0
        assert lines[-1] == ok_line
        assert any(line.startswith(heading) for line in lines)
        groups = signing.grouped(signing.fingerprint_hex(
            signing.load_public(PdfReader(reports["r.pdf"]).attachments["public_key.pem"][0])),
            8).split()
        assert "    " + "  ".join(groups[:4]) in lines
    lines = []
    assert main([str(reports["other.pdf"]), "--lang", "ru", "--fingerprint",
                 reports["fingerprint"]], out=lines.append) == 1
    assert any(line.startswith("ОШИБКА: Ключ НЕ совпадает") for line in lines)


def test_the_kazakh_output_has_no_english_sentence(reports):
    """Every line the verifier prints in Kazakh, for a good and a tampered report."""
    import re

    allowed = {"PDF", "SHA", "HEX", "JSON", "Ed", "zip", "OK", "GPS"}
    for name, expected in (("r.pdf", 0), ("other.pdf", 1)):
        lines: list[str] = []
        assert main([str(reports[name]), "--lang", "kk", "--fingerprint",
                     reports["fingerprint"]], out=lines.append) == expected
        for line in lines:
            plain = re.sub(r"\S*[-./_0-9]\S*|\b(?:[0-9A-F]{4})+\b", " ", line)  # hex groups too
            words = [w for w in re.findall(r"[A-Za-z]{2,}", plain) if w not in allowed]
            assert not words, line


# -- attachments that every tool can list and extract ---------------------------

SIGNED = ("manifest.json", "manifest.sig", "public_key.pem", "signing_certificate.pem")


def originals(reports) -> dict[str, bytes]:
    folder = reports["r.pdf"].parent
    return {f"{n:03d}-IMG_{n - 1}.jpg": (folder / f"IMG_{n - 1}.jpg").read_bytes()
            for n in (1, 2)}


@needs_tools
@pytest.mark.parametrize(("name", "password"), PDFS)
def test_every_attachment_listed_and_extracted_by_name_by_every_tool(reports, name, password,
                                                                    tmp_path):
    path = reports[name]
    expected = originals(reports)
    names = set(expected) | set(SIGNED)
    pw = [f"--password={password}"] if password else []
    listed = subprocess.run(["qpdf", *pw, "--list-attachments", str(path)],
                            capture_output=True, text=True, check=True).stdout
    assert {line.split(" -> ")[0] for line in listed.splitlines()} == names
    for attachment in names:
        shown = subprocess.run(["qpdf", *pw, f"--show-attachment={attachment}", str(path)],
                               capture_output=True, check=True).stdout
        if attachment in expected:
            assert shown == expected[attachment]
    upw = ["-upw", password] if password else []
    detach = subprocess.run(["pdfdetach", *upw, "-list", str(path)], capture_output=True,
                            text=True, check=True).stdout
    assert all(n in detach for n in names)
    saved = tmp_path / "saved"
    saved.mkdir()
    subprocess.run(["pdfdetach", *upw, "-saveall", "-o", str(saved), str(path)], check=True)
    assert {p.name for p in saved.iterdir()} == names
    for attachment, data in expected.items():
        assert (saved / attachment).read_bytes() == data
    found = PdfReader(path, password=password).attachments
    assert set(found) == names
    for attachment, data in expected.items():
        assert found[attachment] == [data]


def test_the_name_tree_is_sorted(reports):
    for name, password in PDFS:
        tree = PdfReader(reports[name], password=password).trailer["/Root"]["/Names"][
            "/EmbeddedFiles"]["/Names"]
        keys = [str(tree[at]).encode("utf-16-be") for at in range(0, len(tree), 2)]
        assert keys == sorted(keys)


def test_without_the_password_nothing_per_file_is_readable(reports):
    data = reports["p.pdf"].read_bytes()
    outside = re.sub(rb"stream\r?\n.*?endstream", b"stream endstream", data, flags=re.S)
    for name in [*originals(reports), *SIGNED, "IMG_0", "Синяк"]:
        for encoded in (name.encode(), name.encode("utf-16-be")):
            assert encoded not in data, name
    assert b"/Params" not in outside and b"/ModDate" not in outside
    assert not re.search(rb"/Subtype\s*/(image|application|text)", outside)
    assert not re.search(rb"\(D:\d{8}", outside)  # no date in clear
    # Sizes: every embedded stream's length is a padded bucket, not the file's size.
    lengths = [int(n) for n in re.findall(rb"/EmbeddedFile /Filter /FlateDecode /Length (\d+)",
                                          outside)]
    assert len(lengths) == 6
    sizes = {len(d) for d in originals(reports).values()}
    assert all(length % 16 == 0 and length >= 64 * 1024 for length in lengths)
    assert not sizes & {length - 16 - n for length in lengths for n in range(48)}
    # The signature travels in clear (PDF never encrypts it): its certificate holds
    # no date that could tell when she made her first report.
    from asn1crypto import cms

    contents = re.search(rb"/Contents <([0-9A-Fa-f]+)>", data).group(1)
    # Not rstrip(b"\0"): a signature ending in a zero byte (1 in 256) lost it and failed.
    signed = cms.ContentInfo.load(bytes.fromhex(contents.decode()), strict=False)["content"]
    for certificate in signed["certificates"]:
        validity = certificate.chosen["tbs_certificate"]["validity"].native
        assert {validity["not_before"].year, validity["not_after"].year} == {2000, 9999}
    attributes = {a["type"].native for a in signed["signer_infos"][0]["signed_attrs"]}
    assert "signing_time" not in attributes


def test_a_clock_moved_back_is_a_warning_naming_the_events(tmp_path):
    v, _ = vault.create(tmp_path / "data", "24681357", policy=KdfPolicy.for_tests())
    calls = [0]

    def clock() -> float:  # a minute per call; the clock moves back an hour later on
        calls[0] += 1
        return 1_763_000_000.0 + 60 * calls[0] - (3600 if calls[0] > 4 else 0)

    journal = Journal(v, clock=clock)
    journal.create(Incident(date="2026-11-20", description="first"))
    journal.create(Incident(date="2026-11-21", description="second"))
    journal.create(Incident(date="2026-11-22", description="written after the clock moved"))
    target = tmp_path / "r"
    Exporter(v, journal, None, texts(), {}, {}).run(
        ExportRequest(container="folder", include_evidence=False), target)
    v.close()
    verdict = verify(target)
    assert verdict.ok, verdict.problems  # a warning, not a failure
    backwards = [f for f in verdict.findings if f.key == "chain_backwards"]
    assert len(backwards) == 1
    assert backwards[0].level == "warn"
    assert backwards[0].values["previous_seq"] == backwards[0].values["seq"] - 1
    lines: list[str] = []
    main([str(target), "--lang", "ru"], out=lines.append)
    assert any(line.startswith("ПРЕДУПРЕЖДЕНИЕ: цепочка хешей: событие") for line in lines)
