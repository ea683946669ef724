"""Videos go out without where they were recorded unless she chooses otherwise:
QuickTime ©xyz (Android, movie and tracks), Apple's location keys, 3GPP loci, XMP,
location tracks. The copy still plays, is made streaming, and the verifier checks it."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import struct
import subprocess
import tracemalloc
from pathlib import Path

import pytest

from safeplan import signing, vault, video_location
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest, LocationNotRemoved
from safeplan.journal import Incident, Journal
from safeplan.location import LocationError
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import verify

from .helpers import videos

PIN = "24681357"
BASE = videos.BASE.read_bytes()
POSITION = (b"43.2389", b"76.8897", struct.pack(">i", int(43.2389 * 65536)),  # loci: 16.16
            b"43,14.334N")  # XMP
KINDS = {
    "android": videos.android(BASE),
    "apple": videos.with_moov(BASE, add_to_moov=videos.apple_keys()),
    "loci": videos.with_moov(BASE, add_to_udta=videos.loci()),
    "xmp": videos.with_moov(BASE, add_to_udta=videos.xmp_box(), after=videos.xmp_uuid()),
    "track": videos.with_location_track(BASE, [b"GPS5" + videos.ISO6709] * 3),
    "all": videos.every_kind(BASE),
}


def probe_tags(path: Path) -> str:
    """What ffprobe reads of the file's and streams' tags; fails the test when it
    cannot read the file."""
    run = subprocess.run(["ffprobe", "-v", "error", "-show_entries",
                          "format_tags:stream_tags:stream=codec_type", "-of", "json",
                          str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and not run.stderr, run.stderr
    return run.stdout


def decodes(path: Path) -> None:
    run = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:v", "-map",
                          "0:a", "-f", "null", "-"], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0 and not run.stderr, run.stderr


def no_position(data: bytes) -> None:
    for text in POSITION:
        assert text not in data, text


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_way_a_position_is_written_is_blanked_in_place(kind):
    original = KINDS[kind]
    assert any(text in original for text in POSITION)
    copy = video_location.copy_bytes(original)
    assert len(copy) == len(original)
    no_position(copy)
    assert video_location.position_in([copy])[0] == []
    # Only metadata changed: the pictures and sound (the base's mdat) are the same bytes.
    mdat = BASE.index(b"mdat") - 4
    size = struct.unpack(">I", BASE[mdat:mdat + 4])[0]
    assert copy[mdat:mdat + size] == original[mdat:mdat + size] == BASE[mdat:mdat + size]
    # Read from any chunking, the plan is the same (the copy's hash too).
    plans = [video_location.plan([original[i:i + step] for i in range(0, len(original), step)])
             for step in (1, 7, 4096, len(original))]
    assert len({tuple(p.patches) for p in plans}) == 1
    assert plans[0].original_sha256 == hashlib.sha256(original).hexdigest()
    if plans[0].copy_sha256 is not None:
        assert plans[0].copy_sha256 == hashlib.sha256(copy).hexdigest()


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffmpeg is in scripts/sysdeps.sh")
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_copy_still_plays_and_players_see_no_position(kind, tmp_path):
    original, copy = tmp_path / "original.mp4", tmp_path / "copy.mp4"
    original.write_bytes(KINDS[kind])
    copy.write_bytes(video_location.copy_bytes(KINDS[kind]))
    if kind not in ("xmp", "track"):  # ffprobe does not print XMP or track samples
        assert "43.2389" in probe_tags(original)
    assert "43.2389" not in probe_tags(copy)
    decodes(copy)


def test_a_video_without_a_position_needs_no_copy():
    made = video_location.plan([BASE])
    assert made.patches == [] and made.removed == ()
    with pytest.raises(LocationError, match="not_mp4"):
        video_location.plan([b"\x1aE\xdf\xa3" + bytes(100)])  # a WebM


@pytest.mark.parametrize("damage", ["cut_in_mdat", "cut_in_moov", "past_parent", "tiny_box",
                                    "huge_moov", "deep", "bad_sample_table",
                                    "samples_in_moov"])
def test_hostile_or_cut_videos_are_refused_with_a_reason(damage):
    video = bytearray(KINDS["android"])
    moov = video.index(b"moov") - 4
    if damage == "cut_in_mdat":
        video = video[:BASE.index(b"mdat") + 100]
    elif damage == "cut_in_moov":
        video = video[:moov + 200]
    elif damage == "past_parent":
        udta = video.index(b"\xa9xyz") - 4
        video[udta:udta + 4] = struct.pack(">I", 10_000)
    elif damage == "tiny_box":
        udta = video.index(b"\xa9xyz") - 4
        video[udta:udta + 4] = struct.pack(">I", 3)
    elif damage == "huge_moov":
        video[moov:moov + 4] = struct.pack(">I", 0xFFFFFFF0)
    elif damage == "deep":
        nested = videos.xyz()
        for _ in range(40):
            nested = videos.box(b"udta", nested)
        video = bytearray(videos.with_moov(BASE, add_to_moov=nested))
    elif damage == "bad_sample_table":
        video = bytearray(KINDS["track"])
        stco = video.rindex(b"stco")
        video[stco + 12:stco + 16] = struct.pack(">I", 0x7FFFFFF0)  # samples past the end
    elif damage == "samples_in_moov":  # a location track pointing at the metadata
        video = bytearray(KINDS["track"])
        stco = video.rindex(b"stco")
        video[stco + 12:stco + 16] = struct.pack(">I", video.index(b"moov"))
    with pytest.raises(LocationError) as raised:
        video_location.plan([bytes(video)])
    assert str(raised.value) in ("damaged", "too_large", "unsupported")


def test_a_gigabyte_mdat_is_streamed_never_held():
    """The mdat passes in chunks: memory stays at a few chunks whatever its size."""
    piece = bytes(1024 * 1024)
    moov_at = BASE.index(b"moov") - 4
    head, moov = KINDS["android"][:moov_at], KINDS["android"][moov_at:]
    mdat_at = head.index(b"mdat") - 4

    def stream():
        yield head[:mdat_at]
        yield struct.pack(">I", 8 + 256 * len(piece)) + b"mdat"
        for _ in range(256):
            yield piece
        yield moov

    tracemalloc.start()
    try:
        made = video_location.plan(stream())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert made.removed == ("video_location",) and made.copy_sha256
    assert peak < 8 * 1024 * 1024, peak


# -- through the export and the verifier -----------------------------------------

@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("video")
    v, _ = vault.create(folder / "data", PIN, policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    store = EvidenceStore(v, journal, clock=clock)
    incident = journal.create(Incident(date="2026-11-20", kinds=["physical"],
                                       description="Он кричал и бросил телефон"))
    originals = {}
    for name, data in (("VID_android.mp4", KINDS["android"]), ("IMG_apple.mov", KINDS["all"]),
                       ("plain.mp4", BASE)):
        path = folder / name
        path.write_bytes(data)
        item = store.import_file(path).item
        store.edit(item.id, Details(caption=name, kind="other", incident_ids=[incident.id]))
        originals[item.id] = data
    exporter = Exporter(v, journal, store, texts(), {}, {}, clock=clock)
    made = {"originals": originals, "key": signing.signing_key(v), "vault": v,
            "exporter": exporter, "store": store, "folder": folder}
    for name, options in (("r.pdf", {}), ("r", {"container": "folder"}),
                          ("r.zip", {"container": "zip"}), ("kept", {"container": "folder",
                                                                     "location": "kept"})):
        exporter.run(ExportRequest(**options), folder / name)
        made[name] = folder / name
    yield made
    v.close()


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_bytes())


def test_videos_go_out_without_where_they_were_recorded(world):
    manifest = manifest_of(world["r"])
    assert manifest["location"] == "withheld"
    by_record = {e["record"]: e for e in manifest["evidence"]}
    for record, original in world["originals"].items():
        entry = by_record[record]
        shipped = (world["r"] / "evidence" / entry["file"]).read_bytes()
        if original == BASE:
            assert "derived" not in entry and shipped == BASE
            continue
        assert entry["file"].endswith("-no-gps.mp4") or entry["file"].endswith("-no-gps.mov")
        no_position(shipped)
        assert len(shipped) == len(original)
        assert shipped == video_location.copy_bytes(original)  # reproducible from it
        assert entry["derived"]["sha256"] == hashlib.sha256(shipped).hexdigest()
        assert entry["derived"]["size"] == len(shipped)
    for name in ("r.pdf", "r", "r.zip"):
        verdict = verify(world[name])
        assert verdict.ok, (name, verdict.problems)
        assert "copies_ok" in [f.key for f in verdict.findings]


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffmpeg is in scripts/sysdeps.sh")
def test_the_exported_copies_play(world):
    for path in (world["r"] / "evidence").iterdir():
        assert "43.2389" not in probe_tags(path)
        decodes(path)


def test_with_the_originals_kept_videos_go_as_they_are(world):
    manifest = manifest_of(world["kept"])
    assert manifest["location"] == "kept"
    for entry in manifest["evidence"]:
        shipped = (world["kept"] / "evidence" / entry["file"]).read_bytes()
        assert shipped == world["originals"][entry["record"]]
    assert verify(world["kept"]).ok


def resign(folder: Path, key, change) -> None:
    manifest = manifest_of(folder)
    change(manifest)
    data = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode()
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.sig").write_bytes(key.sign(data))


def test_the_verifier_fails_a_video_that_still_says_where(world, tmp_path):
    # A copy swapped for the original (the manifest signed again to match it).
    folder = tmp_path / "swapped"
    shutil.copytree(world["r"], folder)
    record, original = next((r, d) for r, d in world["originals"].items()
                            if d == KINDS["android"])

    def swap(manifest):
        entry = next(e for e in manifest["evidence"] if e["record"] == record)
        (folder / "evidence" / entry["file"]).write_bytes(original)
        entry["derived"]["sha256"] = hashlib.sha256(original).hexdigest()

    resign(folder, world["key"], swap)
    keys = {f.key for f in verify(folder).findings if f.level == "fail"}
    assert "derived_has_position" in keys
    # A location track whose samples were left in place.
    folder = tmp_path / "track"
    shutil.copytree(world["r"], folder)
    record, original = next((r, d) for r, d in world["originals"].items() if d == KINDS["all"])

    def keep_samples(manifest):
        entry = next(e for e in manifest["evidence"] if e["record"] == record)
        path = folder / "evidence" / entry["file"]
        copy = bytearray(path.read_bytes())
        tail = len(copy) - 8 - 2 * len(b"GPS5" + videos.ISO6709)
        copy[tail:] = original[tail:]
        path.write_bytes(bytes(copy))
        entry["derived"]["sha256"] = hashlib.sha256(copy).hexdigest()

    resign(folder, world["key"], keep_samples)
    keys = {f.key for f in verify(folder).findings if f.level == "fail"}
    assert keys == {"derived_has_position"}, keys
    # An original with its position in a report that says it withholds positions.
    folder = tmp_path / "original"
    shutil.copytree(world["kept"], folder)
    resign(folder, world["key"], lambda m: m.update(location="withheld"))
    failed = [f for f in verify(folder).findings if f.level == "fail"]
    assert {f.key for f in failed} == {"original_has_position"}
    assert len(failed) == 2  # the two videos with a position, not the plain one


@pytest.mark.parametrize("damage", ["cut", "box_past_end"])
def test_a_damaged_video_stops_the_export_and_loses_nothing(world, tmp_path, damage):
    store, exporter = world["store"], world["exporter"]
    video = bytearray(KINDS["android"])
    if damage == "cut":
        video = video[:len(video) - 40]
    else:
        udta = video.index(b"\xa9xyz") - 4
        video[udta:udta + 4] = struct.pack(">I", 100_000)
    path = tmp_path / f"broken-{damage}.mp4"
    path.write_bytes(bytes(video))
    item = store.import_file(path).item
    try:
        with pytest.raises(LocationNotRemoved) as raised:
            exporter.run(ExportRequest(container="folder"), tmp_path / "out")
        assert raised.value.name == path.name and raised.value.reason == "damaged"
        assert not (tmp_path / "out").exists() and list(tmp_path.glob(".out*")) == []
        assert store.original_bytes(item.id) == bytes(video)  # kept, byte for byte
        # With the originals kept the same video goes out as it is.
        exporter.run(ExportRequest(container="folder", location="kept"), tmp_path / "kept")
        assert verify(tmp_path / "kept").ok
    finally:
        store.delete(item.id)
