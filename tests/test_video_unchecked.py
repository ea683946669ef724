"""Videos the location-free copy cannot be made of: a `wide` box with content (it was
passed through unread), and a fragmented MP4 whose location samples sit in `moof`
fragments. The first is cleaned; the second is left out of the report with a clear
line, never a refusal that stops the export."""

from __future__ import annotations

import itertools
import json
import struct

import pytest

from safeplan import vault, video_location
from safeplan.evidence import EvidenceStore
from safeplan.export import UNCHECKED, Exporter, ExportRequest
from safeplan.journal import Journal
from safeplan.location import LocationError
from safeplan.report import texts
from safeplan.vault import KdfPolicy
from safeplan.verify import verify

from .helpers import videos

BASE = videos.BASE.read_bytes()


def fragmented_with_location_track() -> bytes:
    """A location track whose movie says it is fragmented (mvex in moov, a moof after):
    later samples would be in the fragments' trun boxes."""
    video = videos.with_location_track(BASE, [videos.ISO6709] * 3)
    video = videos.with_moov(video[:video.rindex(b"mdat") - 4], add_to_moov=videos.box(
        b"mvex", videos.box(b"trex", b"\0" * 24))) + video[video.rindex(b"mdat") - 4:]
    moof = videos.box(b"moof", videos.box(b"mfhd", b"\0\0\0\0" + struct.pack(">I", 1)))
    return video + moof


def test_a_wide_box_with_content_is_blanked_in_the_copy():
    video = videos.with_moov(BASE, after=videos.box(b"wide", videos.ISO6709 + b"Abay 12"))
    made = video_location.plan([video])
    assert "unaccounted" in made.removed
    copy = video_location.copy_bytes(video)
    assert videos.ISO6709 not in copy and b"Abay" not in copy and len(copy) == len(video)


def test_an_empty_wide_box_changes_nothing():
    video = videos.with_moov(BASE, after=videos.box(b"wide", b""))
    assert video_location.plan([video]).patches == []


def test_location_samples_in_fragments_are_not_checked():
    with pytest.raises(LocationError, match="unsupported"):
        video_location.plan([fragmented_with_location_track()])


def test_the_export_leaves_a_video_it_cannot_check_out_and_says_so(tmp_path):
    v, _ = vault.create(tmp_path / "data", "24681357", policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    clock = lambda: float(next(ticks))  # noqa: E731
    journal = Journal(v, clock=clock)
    store = EvidenceStore(v, journal, clock=clock)
    for name, data in (("fragmented.mp4", fragmented_with_location_track()),
                       ("plain.mp4", videos.android(BASE))):
        (tmp_path / name).write_bytes(data)
        store.import_file(tmp_path / name)
    exporter = Exporter(v, journal, store, texts(lambda _c, t: t), {}, {}, clock=clock)
    result = exporter.run(ExportRequest(container="folder"), tmp_path / "r")
    v.close()
    assert [reason for _name, reason in result.left_out] == [UNCHECKED]
    manifest = json.loads((tmp_path / "r" / "manifest.json").read_bytes())
    assert [o["reason"] for o in manifest["left_out"]] == [UNCHECKED]
    assert len(manifest["evidence"]) == 1  # the other video went out, cleaned
    readme = (tmp_path / "r" / "HOW-TO-VERIFY.txt").read_text(encoding="utf-8")
    assert "could not be checked" in readme
    assert all(videos.ISO6709 not in p.read_bytes()
               for p in (tmp_path / "r" / "evidence").iterdir())
    assert verify(tmp_path / "r").ok
