"""The attacker's gaps in location-free videos (FINDINGS 1): what the parser does not
account for is blanked in the copy, a video in another container is refused, and the
verifier fails a copy that keeps any of it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from safeplan import video_location
from safeplan.export import ExportRequest
from safeplan.location import LocationError
from safeplan.verify import verify

from .helpers import videos
from .test_video_location import BASE, manifest_of, resign, world  # noqa: F401

GPS = b"N55.7558 E037.6173"
ffmpeg = pytest.mark.skipif(shutil.which("ffmpeg") is None,
                            reason="ffmpeg is in scripts/sysdeps.sh")


def made_by_ffmpeg(tmp: Path, name: str, *args: str) -> bytes:
    source = tmp / "base.mp4"
    source.write_bytes(BASE)
    run = subprocess.run(["ffmpeg", "-v", "error", "-y", *args[:-1], str(tmp / name)],
                         capture_output=True, text=True, timeout=60, cwd=tmp)
    assert run.returncode == 0, run.stderr
    return (tmp / name).read_bytes()


def subtitled(tmp: Path) -> bytes:
    """A dashcam's video: its position as subtitles (mov_text, tx3g samples)."""
    (tmp / "gps.srt").write_text("1\n00:00:00,000 --> 00:00:00,500\n"
                                 f"{GPS.decode()} 60 km/h\n\n", encoding="utf-8")
    return made_by_ffmpeg(tmp, "sub.mp4", "-i", "base.mp4", "-i", "gps.srt", "-map", "0",
                          "-map", "1", "-c", "copy", "-c:s", "mov_text", "out")


def copy_of(data: bytes) -> bytes:
    copy = video_location.copy_bytes(data)
    assert len(copy) == len(data) and GPS not in copy and b"43.2389" not in copy
    found, ranges = video_location.position_in([copy])
    assert found == [] and video_location.zeroed([copy], ranges)
    found, ranges = video_location.position_in([data])
    assert found or not video_location.zeroed([data], ranges)  # the verifier sees it
    return copy


@ffmpeg
@pytest.mark.parametrize("handler", [b"sbtl", b"text", b"meta"])
def test_text_and_timed_metadata_samples_are_zeroed(tmp_path, handler):
    data = bytearray(subtitled(tmp_path))
    assert GPS in data
    at = data.rindex(b"hdlr") + 12  # the subtitle track's, the last one
    data[at:at + 4] = handler  # Sony's rtmd and unnamed mett tracks: handler `meta`
    copy_of(bytes(data))


def test_free_boxes_and_maker_boxes_are_emptied():
    canon = videos.box(b"uuid", bytes.fromhex("85c0b687820f11e08111f4ce462b6a48")
                       + b"CMT4II*\x00" + GPS)
    data = videos.with_moov(BASE, add_to_moov=videos.box(b"free", videos.xyz()),
                            add_to_udta=videos.box(b"NCDT", videos.box(b"NCTG", GPS))
                            + videos.box(b"CMT4", GPS), after=canon)
    data += videos.box(b"free", b"NOVATEK " + GPS)  # after mdat
    copy = copy_of(data)
    assert video_location.plan([data]).removed == ("unaccounted",)
    assert copy.count(b"free") >= data.count(b"free") + 3  # blanked in place
    assert video_location.plan([BASE]).patches == []  # empty padding needs no copy


def pdf_text(path: Path) -> str:
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return run.stdout


@ffmpeg
def test_a_matroska_video_is_left_out_of_a_withheld_report_with_a_line(world, tmp_path):  # noqa: F811
    mkv = made_by_ffmpeg(tmp_path, "d.mkv", "-i", "base.mp4", "-c", "copy", "-metadata",
                         "location=+55.7558+037.6173/", "out")
    with pytest.raises(LocationError, match="not_mp4"):
        video_location.plan([mkv])
    store, exporter = world["store"], world["exporter"]
    path = tmp_path / "d.mkv"
    item = store.import_file(path).item
    try:
        # The report is made without it, and says so; the rest goes out as before.
        result = exporter.run(ExportRequest(container="folder"), tmp_path / "out")
        assert result.left_out == [("d.mkv", "video_format")]
        assert result.items == 3
        manifest = manifest_of(tmp_path / "out")
        assert item.id not in {e["record"] for e in manifest["evidence"]}
        [left] = manifest["left_out"]
        assert left["record"] == item.id and left["reason"] == "video_format"
        assert left["sha256"] == {"commitment": item.sealed_facts()["sha256"]["commitment"]}
        assert left["size"] == len(mkv) and left["mime"] == item.mime
        written = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*")
                           if p.is_file())
        assert mkv not in written and b"55.7558" not in written
        assert not list((tmp_path / "out" / "evidence").glob("*.mkv"))
        readme = (tmp_path / "out" / "HOW-TO-VERIFY.txt").read_text("utf-8")
        assert left["file"] in readme and left["sha256"]["commitment"] in readme
        assert "cannot be cleaned of where it was recorded" in readme
        text = " ".join(pdf_text(tmp_path / "out" / "report.pdf").split())
        assert "this video format cannot be cleaned of where it was" in text  # hyphenated after
        joined = text.replace(" ", "")  # lines may break inside a name or a hash
        assert left["file"].replace(" ", "") in joined
        assert left["sha256"]["commitment"] in joined
        verdict = verify(tmp_path / "out")
        assert verdict.ok, verdict.problems
        noted = [f for f in verdict.findings if f.key == "left_out"]
        assert [f.values["name"] for f in noted] == [left["file"]]
        assert any(left["file"] in line for line in verdict.lines("ru"))
        # The PDF container the same way.
        exporter.run(ExportRequest(), tmp_path / "out.pdf")
        assert verify(tmp_path / "out.pdf").ok
        # The file slipped in beside a report that lists it as left out fails it.
        (tmp_path / "out" / "evidence" / left["file"]).write_bytes(mkv)
        assert not verify(tmp_path / "out").ok
        # With the originals, the MKV goes out as it is.
        exporter.run(ExportRequest(container="folder", location="kept"), tmp_path / "kept")
        assert verify(tmp_path / "kept").ok
        assert "left_out" not in manifest_of(tmp_path / "kept")
        # The same report said to withhold positions: the MKV fails it.
        resign(tmp_path / "kept", world["key"], lambda m: m.update(location="withheld"))
        failed = [f for f in verify(tmp_path / "kept").findings
                  if f.level == "fail" and f.key == "original_has_position"]
        assert len(failed) == 3, failed  # the MKV and the two videos with a position
        names = manifest_of(tmp_path / "kept")["evidence"]
        mkv_file = next(e["file"] for e in names if e["record"] == item.id)
        assert "evidence/" + mkv_file in {f.values.get("name") for f in failed}
    finally:
        store.delete(item.id)
