"""The evidence store: byte-exact round trip, EXIF facts, duplicates, bad input, the chain."""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import zlib
from fractions import Fraction

import pytest
from PIL import Image

from safeplan import evidence as ev
from safeplan import media, vault
from safeplan.journal import Incident, Journal

PIN = "24681357"


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    if v.is_open:
        v.close()


@pytest.fixture
def journal(opened):
    ticks = itertools.count(1_700_000_000)
    return Journal(opened, clock=lambda: float(next(ticks)))


@pytest.fixture
def store(opened, journal):
    return ev.EvidenceStore(opened, journal)


def rational(value: float) -> Fraction:
    return Fraction(round(value * 10_000), 10_000)


def photo_bytes(width=640, height=480, *, taken="2026:11:20 23:41:05", orientation=6,
                gps=(43.238949, 76.889709), make="Samsung", model="SM-A515F",
                colour=(200, 40, 40)) -> bytes:
    """A JPEG with EXIF date, orientation, camera and GPS, as a phone would write it."""
    image = Image.new("RGB", (width, height), colour)
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = taken
    exif.get_ifd(0x8769)[0x9011] = "+05:00"
    lat, lon = gps
    gps_ifd = exif.get_ifd(0x8825)
    gps_ifd[1] = "N"
    gps_ifd[2] = (rational(int(lat)), rational(int(lat * 60) % 60),
                  rational((lat * 3600) % 60))
    gps_ifd[3] = "E"
    gps_ifd[4] = (rational(int(lon)), rational(int(lon * 60) % 60),
                  rational((lon * 3600) % 60))
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def sparse(path, size: int) -> None:
    """A file that claims `size` bytes without using the disk space."""
    with path.open("wb") as stream:
        stream.truncate(size)


def stored_file_count(v) -> int:
    return len(v.list_files())


def test_round_trip_is_byte_exact_with_the_import_hash(store, tmp_path):
    data = photo_bytes()
    path = write(tmp_path, "IMG_2041.jpg", data)
    outcome = store.import_file(path)
    assert outcome.status == "stored", outcome
    item = outcome.item
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.facts["size"] == len(data)
    assert item.facts["name"] == "IMG_2041.jpg"
    assert item.facts["mime"] == "image/jpeg"
    assert item.current.kind == "photo"  # from the content: a JPEG is a photo
    assert item.facts["modified_at"] == pytest.approx(os.stat(path).st_mtime)
    with store.original(item.id) as stream:
        assert stream.read() == data  # EXIF and all, unchanged
    copy = tmp_path / "out" / "copy.jpg"
    copy.parent.mkdir()
    assert store.save_copy(item.id, copy) == item.sha256
    assert copy.read_bytes() == data
    assert [p.name for p in copy.parent.iterdir()] == ["copy.jpg"]


def test_exif_date_gps_camera_and_orientation_are_recorded(store, tmp_path):
    outcome = store.import_file(write(tmp_path, "bruise.jpg", photo_bytes()))
    image = outcome.item.facts["image"]
    assert image["taken"] == "2026-11-20T23:41:05+05:00"
    assert image["gps"] == pytest.approx([43.238949, 76.889709], abs=1e-4)
    assert (image["make"], image["model"]) == ("Samsung", "SM-A515F")
    assert image["orientation"] == 6
    assert (image["width"], image["height"]) == (640, 480)
    assert outcome.item.when.startswith("2026-11-20T23:41")  # defaults to the EXIF date
    thumb = Image.open(io.BytesIO(store.thumbnail(outcome.item.id)))
    assert thumb.size == (240, 320)  # turned upright: orientation 6 is 90° clockwise
    printed = Image.open(io.BytesIO(store.print_copy(outcome.item.id)))
    assert printed.size == (480, 640)  # upright, never enlarged (made at import for reports)


def test_edits_are_revisions_in_the_chain_and_links_show_from_both_sides(store, journal,
                                                                          tmp_path):
    entry = journal.create(Incident(date="2026-11-20", description="Толкнул"))
    item = store.import_file(write(tmp_path, "a.jpg", photo_bytes())).item
    details = ev.Details(caption="Синяк на руке", notes="утром", kind="injury",
                         taken_at="2026-11-21T08:00", incident_ids=[entry.id])
    store.edit(item.id, details)
    assert len(store.get(item.id).revisions) == 2
    assert store.get(item.id).facts["image"]["taken"].startswith("2026-11-20")  # EXIF kept
    assert store.for_incident(entry.id)[0].id == item.id
    assert store.counts_by_incident() == {entry.id: 1}
    assert journal.verify().ok
    actions = [e["action"] for e in journal.events()]
    assert actions == ["create", "import", "edit"]
    reopened = ev.EvidenceStore(store._vault, Journal(store._vault))
    assert reopened.get(item.id).current.caption == "Синяк на руке"


def test_a_rewritten_evidence_revision_breaks_the_chain(store, journal, opened, tmp_path):
    item = store.import_file(write(tmp_path, "a.jpg", photo_bytes())).item
    data = opened.get(item.id)
    data["facts"]["sha256"] = "0" * 64
    opened.update(item.id, data)
    again = Journal(opened)
    ev.EvidenceStore(opened, again)
    status = again.verify()
    assert not status.ok and status.reason == "unrecorded_revision"


def test_the_same_file_twice_is_noticed_and_can_be_linked_instead(store, journal, opened,
                                                                   tmp_path):
    data = photo_bytes()
    first = store.import_file(write(tmp_path, "a.jpg", data)).item
    entry = journal.create(Incident(date="2026-11-20", description="x"))
    files = stored_file_count(opened)
    again = store.import_file(write(tmp_path, "copy of a.jpg", data), incident_id=entry.id)
    assert again.status == "duplicate" and again.item.id == first.id and again.linked
    assert stored_file_count(opened) == files  # not stored twice
    assert store.get(first.id).current.incident_ids == [entry.id]


@pytest.mark.parametrize(("name", "make", "reason"), [
    ("empty.jpg", lambda p: p.write_bytes(b""), "empty"),
    ("folder", lambda p: p.mkdir(), "folder"),
    ("gone.jpg", lambda p: None, "missing"),
    ("huge.mov", lambda p: sparse(p, ev.MAX_FILE_BYTES + 1), "too_large"),
])
def test_files_that_cannot_be_kept_are_refused_with_a_reason(store, opened, tmp_path, name,
                                                            make, reason):
    path = tmp_path / name
    make(path)
    outcome = store.import_file(path)
    assert (outcome.status, outcome.reason) == ("refused", reason)
    assert stored_file_count(opened) == 0 and store.items() == []


def test_an_unreadable_file_is_refused_and_left_alone(store, opened, tmp_path, monkeypatch):
    path = write(tmp_path, "locked.jpg", photo_bytes())
    path.chmod(0)
    if os.geteuid() == 0:  # root reads every file: fail the read as a locked file would

        def locked(*_args, **_kwargs):
            raise PermissionError("permission denied")

        monkeypatch.setattr(ev, "open", locked, raising=False)
    outcome = store.import_file(path)
    assert (outcome.status, outcome.reason) == ("refused", "unreadable")
    path.chmod(0o600)
    assert path.read_bytes() == photo_bytes()


def test_damaged_pictures_are_kept_whole_without_a_preview(store, tmp_path):
    data = photo_bytes(1600, 1200)
    truncated = data[: len(data) // 2]
    outcome = store.import_file(write(tmp_path, "cut.jpg", truncated))
    assert outcome.status == "stored"
    assert "preview_damaged" in outcome.warnings
    assert outcome.item.thumb_id is None
    with store.original(outcome.item.id) as stream:
        assert stream.read() == truncated


def test_a_text_file_named_jpg_is_typed_by_content(store, tmp_path):
    outcome = store.import_file(write(tmp_path, "photo.jpg", "он писал: ты пожалеешь".encode()))
    assert outcome.status == "stored"
    assert outcome.item.mime == "text/plain"
    assert outcome.warnings == ["name_mismatch"]


def bomb_png(side: int = 30000) -> bytes:
    """A valid PNG header announcing side x side pixels, with almost no data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (len(body).to_bytes(4, "big") + kind + body
                + zlib.crc32(kind + body).to_bytes(4, "big"))
    header = side.to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    rows = zlib.compress(b"\0" * (side + 1) * 4, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(
        b"IEND", b"")


def wav_bytes(seconds: float = 3.0) -> bytes:
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\0\0" * int(8000 * seconds))
    return out.getvalue()


def test_a_recording_keeps_its_duration_and_format(store, tmp_path):
    outcome = store.import_file(write(tmp_path, "voice.wav", wav_bytes(3.0)))
    assert outcome.status == "stored" and outcome.item.mime.startswith("audio/")
    assert outcome.item.current.kind == "audio"
    sound = outcome.item.facts["media"]
    assert sound["duration"] == pytest.approx(3.0)
    assert (sound["channels"], sound["sample_rate"]) == (1, 8000)


def test_a_large_recording_is_read_for_its_facts_from_the_file(store, tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "KEEP_IN_MEMORY", 1024)  # as if it were a 2 GiB video
    outcome = store.import_file(write(tmp_path, "voice.wav", wav_bytes(2.0)))
    assert outcome.item.facts["media"]["duration"] == pytest.approx(2.0)


def test_a_decompression_bomb_is_stored_but_never_decoded(store, tmp_path):
    outcome = store.import_file(write(tmp_path, "bomb.png", bomb_png()))
    assert outcome.status == "stored"
    assert outcome.warnings == ["preview_too_large"]
    assert outcome.item.facts["image"]["width"] == 30000
    with pytest.raises(media.PictureError):
        media.decoded(store.original_bytes(outcome.item.id))


def test_cancel_mid_import_leaves_nothing(store, opened, tmp_path):
    path = write(tmp_path, "video.mp4", os.urandom(8 * 1024 * 1024))
    calls = itertools.count()
    outcome = store.import_file(path, cancelled=lambda: next(calls) > 3)
    assert outcome.status == "cancelled"
    assert stored_file_count(opened) == 0 and store.items() == []
    assert opened._db().execute("SELECT count(*) FROM d").fetchone()[0] == 0


def test_a_full_disk_during_import_loses_nothing(store, opened, tmp_path, monkeypatch):
    path = write(tmp_path, "a.jpg", photo_bytes())
    store.import_file(write(tmp_path, "first.jpg", photo_bytes(colour=(1, 2, 3))))

    def full(*_args, **_kwargs):
        raise vault.StorageFull("the disk is full")

    monkeypatch.setattr(opened, "put", full)
    outcome = store.import_file(path)
    assert (outcome.status, outcome.reason) == ("refused", "disk_full")
    assert stored_file_count(opened) == 3  # the first item: original, thumbnail, print copy
    assert len(store.items()) == 1
    assert path.read_bytes() == photo_bytes()


def test_originals_are_removed_only_after_a_verified_import(store, tmp_path):
    path = write(tmp_path, "a.jpg", photo_bytes())
    outcome = store.import_file(path, remove_original=True)
    assert outcome.removed and not path.exists()
    with store.original(outcome.item.id) as stream:
        assert stream.read() == photo_bytes()


def test_a_duplicate_original_is_removed_too_when_asked(store, tmp_path):
    first = store.import_file(write(tmp_path, "a.jpg", photo_bytes())).item
    again = write(tmp_path, "copy.jpg", photo_bytes())
    outcome = store.import_file(again, remove_original=True)
    assert outcome.status == "duplicate" and outcome.item.id == first.id
    assert outcome.removed and not again.exists()


def test_a_damaged_vault_copy_is_never_removed_from_disk_nor_handed_out(store, opened,
                                                                        tmp_path,
                                                                        monkeypatch):
    path = write(tmp_path, "a.jpg", photo_bytes())
    real = opened.open_file

    def tampered(file_id):
        return io.BufferedReader(io.BytesIO(b"not the same bytes"))

    monkeypatch.setattr(opened, "open_file", tampered)
    outcome = store.import_file(path, remove_original=True)
    assert outcome.status == "stored" and not outcome.removed
    assert outcome.remove_error == "verify_failed" and path.exists()
    with pytest.raises(vault.FileDamaged):
        store.save_copy(outcome.item.id, tmp_path / "copy.jpg")
    assert not (tmp_path / "copy.jpg").exists()
    monkeypatch.setattr(opened, "open_file", real)


def test_delete_removes_the_bytes_and_records_it(store, journal, opened, tmp_path):
    item = store.import_file(write(tmp_path, "a.jpg", photo_bytes())).item
    store.delete(item.id)
    assert store.items() == [] and stored_file_count(opened) == 0
    assert journal.events()[-1]["action"] == "delete"
    assert journal.verify().ok


def test_filters_by_kind_incident_and_date(store, tmp_path):
    a = store.import_file(write(tmp_path, "a.jpg", photo_bytes())).item
    b = store.import_file(write(tmp_path, "b.jpg", photo_bytes(
        taken="2025:01:02 10:00:00", colour=(0, 0, 0)))).item
    store.edit(a.id, ev.Details(kind="injury", incident_ids=[7]))
    assert [i.id for i in store.items() if ev.matches(i, kind="injury")] == [a.id]
    assert [i.id for i in store.items() if ev.matches(i, incident_id=7)] == [a.id]
    assert [i.id for i in store.items() if ev.matches(i, end="2025-12-31")] == [b.id]
    assert [i.id for i in store.items()] == [a.id, b.id]  # newest first


def test_a_file_rewritten_while_read_is_refused_and_nothing_kept(store, opened, tmp_path):
    path = tmp_path / "recording.bin"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    before = len(opened.list_files())

    def rewrite(_done):  # same size, new content and time: an editor saving over it
        stamp = os.stat(path).st_mtime_ns + 5_000_000_000
        path.write_bytes(b"b" * (3 * 1024 * 1024))
        os.utime(path, ns=(stamp, stamp))

    outcome = store.import_file(path, progress=rewrite)
    assert (outcome.status, outcome.reason) == ("refused", "changed")
    assert store.items() == [] and len(opened.list_files()) == before


def test_a_file_that_shrinks_while_read_is_refused(store, opened, tmp_path):
    path = tmp_path / "video.bin"
    path.write_bytes(b"v" * (6 * 1024 * 1024))

    def shrink(_done):
        with open(path, "r+b") as handle:
            handle.truncate(1024 * 1024)

    outcome = store.import_file(path, progress=shrink)
    assert (outcome.status, outcome.reason) == ("refused", "changed")
    assert store.items() == [] and opened.list_files() == []


def test_png_exif_is_read_from_the_header_only():
    """An eXIf chunk before the pixels is read; the pixels are never decoded for it."""
    picture = Image.new("RGB", (40, 30), "red")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    picture.save(out, "PNG", exif=exif)
    facts = media.image_facts(out.getvalue())
    assert facts["make"] == "PhoneMaker" and (facts["width"], facts["height"]) == (40, 30)


def test_kind_follows_the_content_not_the_name(store, tmp_path):
    text = store.import_file(write(tmp_path, "not-a-photo.jpg", b"just some words\n" * 20))
    assert text.item.current.kind == "other"
    photo = store.import_file(write(tmp_path, "scan.bin", photo_bytes()))
    assert photo.item.current.kind == "photo"
