"""Evidence figures: 100 photos of 12 MP imported, the gallery of 2,000 items opened,
peak memory while a 2 GiB video is imported.

Run: .venv/bin/python bench/evidence.py [--photos 100] [--gallery 2000] [--video-mib 2048]
Prints figures; asserts nothing. Works in bench/.scratch (on this disk, not
tmpfs), deleted afterwards. The photos are made here with Pillow: one 4000 ×
3000 camera-like JPEG with EXIF, then each copy gets its own JPEG comment so
that every file has a different SHA-256 and is decoded for its own thumbnail.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
SCRATCH = HERE / ".scratch-evidence"
PIN = "2580147369"


def camera_jpeg(width: int = 4000, height: int = 3000, gps: bool = False) -> bytes:
    """A 12 MP JPEG with texture (so it compresses like a photo, ~3-5 MB) and EXIF
    (with a GPS position as a phone writes it, if `gps`)."""
    from fractions import Fraction

    from PIL import Image, ImageFilter

    noise = Image.effect_noise((width // 8, height // 8), 60).filter(ImageFilter.GaussianBlur(1))
    base = Image.merge("RGB", (noise, noise.rotate(180), noise.transpose(0)))
    image = base.resize((width, height), Image.Resampling.BICUBIC)
    image = Image.blend(image, Image.effect_noise((width, height), 25).convert("RGB"), 0.25)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Samsung", "SM-A515F", 6
    exif.get_ifd(0x8769)[0x9003] = "2026:11:20 23:41:05"
    if gps:
        position = exif.get_ifd(0x8825)
        position[1], position[2] = "N", (Fraction(43), Fraction(14), Fraction(2021, 100))
        position[3], position[4] = "E", (Fraction(76), Fraction(53), Fraction(2295, 100))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def with_comment(jpeg: bytes, text: str) -> bytes:
    body = text.encode()
    segment = b"\xff\xfe" + (len(body) + 2).to_bytes(2, "big") + body
    return jpeg[:2] + segment + jpeg[2:]


def vm_hwm_mib() -> float:
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmHWM"))
    return int(line.split()[1]) / 1024


def open_store(data_dir: Path):
    from safeplan import vault
    from safeplan.evidence import EvidenceStore
    from safeplan.journal import Journal
    from safeplan.vault import KdfPolicy

    v = vault.unlock(data_dir, PIN, policy=KdfPolicy.for_tests())
    journal = Journal(v)
    return v, EvidenceStore(v, journal)


def bench_photos(data_dir: Path, count: int) -> None:
    source = SCRATCH / "photos"
    source.mkdir()
    base = camera_jpeg()
    for n in range(count):
        (source / f"IMG_{n:04d}.jpg").write_bytes(with_comment(base, f"photo {n}"))
    total = sum(p.stat().st_size for p in source.iterdir())
    v, store = open_store(data_dir)
    reports = 0

    def progress(_done: int) -> None:
        nonlocal reports
        reports += 1

    start = time.perf_counter()
    outcomes = [store.import_file(p, progress=progress) for p in sorted(source.iterdir())]
    seconds = time.perf_counter() - start
    v.close()
    stored = sum(o.status == "stored" for o in outcomes)
    thumbs = sum(o.item.thumb_id is not None for o in outcomes if o.item)
    print(f"import {count} photos of 12 MP ({total / 2**20:.0f} MiB, {len(base) / 2**20:.1f} "
          f"MiB each): {seconds:.2f} s, {seconds / count * 1000:.0f} ms per photo, "
          f"{stored} stored, {thumbs} thumbnails, {reports} progress reports (target 20 s)")
    shutil.rmtree(source)


def child_gallery(data_dir: str) -> None:
    """In a fresh process: unlock (read the records as the unlock worker does), then
    build the vault screens and wait until the gallery shows its first thumbnails."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from safeplan import vault
    from safeplan.session import read_for_screens
    from safeplan.ui.evidence_view import EvidenceView
    from safeplan.vault import KdfPolicy

    app = QApplication(["calculator"])
    v = vault.unlock(Path(data_dir), PIN, policy=KdfPolicy.for_tests())
    start = time.perf_counter()
    opened = read_for_screens(v)
    read = time.perf_counter() - start
    from safeplan.evidence import EvidenceStore
    from safeplan.journal import Journal

    journal = Journal(v, loaded=opened.records)
    store = EvidenceStore(v, journal, loaded=opened.records)
    view = EvidenceView()
    view.resize(1100, 760)
    view.show()
    view.loaded(store, journal)
    shown = time.perf_counter() - start
    while len(view.model._pixmaps) < 12:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        QCoreApplication.sendPostedEvents()
        if time.perf_counter() - start > 30:
            break
    thumbs = time.perf_counter() - start
    print(f"{read * 1000:.0f} {shown * 1000:.0f} {thumbs * 1000:.0f} {view.model.rowCount()} "
          f"{len(view.model._pixmaps)}")
    view.clear()
    v.close()


def bench_gallery(count: int) -> None:
    from PIL import Image

    from safeplan import vault
    from safeplan.vault import KdfPolicy

    data_dir = SCRATCH / "gallery"
    vault.create(data_dir, PIN, policy=KdfPolicy.for_tests())[0].close()
    source = SCRATCH / "small"
    source.mkdir()
    small = io.BytesIO()
    Image.new("RGB", (640, 480), (180, 120, 90)).save(small, "JPEG", quality=80)
    for n in range(count):
        (source / f"IMG_{n:05d}.jpg").write_bytes(with_comment(small.getvalue(), f"n{n}"))
    v, store = open_store(data_dir)
    start = time.perf_counter()
    for path in sorted(source.iterdir()):
        store.import_file(path)
    filled = time.perf_counter() - start
    v.close()
    shutil.rmtree(source)
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, __file__, "--child-gallery", str(data_dir)],
                             check=True, capture_output=True, text=True).stdout.split()
        runs.append(out)
    print(f"gallery of {count} items (filled in {filled:.1f} s):")
    for read, shown, thumbs, rows, pixmaps in runs:
        print(f"  read the vault {read} ms, gallery listed {shown} ms ({rows} items), "
              f"first {pixmaps} thumbnails painted {thumbs} ms after unlock (target 500 ms)")


def child_video(data_dir: str, source: str) -> None:
    from safeplan import evidence

    v, store = open_store(Path(data_dir))
    start = time.perf_counter()
    outcome = store.import_file(source)
    seconds = time.perf_counter() - start
    v.close()
    size = outcome.item.facts["size"] if outcome.item else 0
    print(f"{seconds:.2f} {vm_hwm_mib():.1f} {size} {outcome.status} {evidence.KEEP_IN_MEMORY}")


def bench_video(data_dir: Path, mib: int) -> None:
    source = SCRATCH / "video.mp4"
    header = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom"
    block = os.urandom(1 << 20)
    with open(source, "wb") as out:
        out.write(header)
        for _ in range(mib):
            out.write(block)
    result = subprocess.run([sys.executable, __file__, "--child-video", str(data_dir),
                             str(source)], check=True, capture_output=True, text=True)
    seconds, peak, size, status, _ = result.stdout.split()
    rate = int(size) / 2**20 / float(seconds)
    print(f"import a {int(size) / 2**30:.2f} GiB video: {status} in {float(seconds):.1f} s "
          f"({rate:.0f} MiB/s), peak RSS {float(peak):.0f} MiB (target 100 MiB)")
    source.unlink()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--gallery", type=int, default=2000)
    parser.add_argument("--video-mib", type=int, default=2048)
    parser.add_argument("--child-gallery")
    parser.add_argument("--child-video", nargs=2)
    args = parser.parse_args()
    if args.child_gallery:
        child_gallery(args.child_gallery)
        return
    if args.child_video:
        child_video(*args.child_video)
        return
    from safeplan import vault
    from safeplan.vault import KdfPolicy

    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir()
    try:
        data_dir = SCRATCH / "vault"
        vault.create(data_dir, PIN, policy=KdfPolicy.for_tests())[0].close()
        if args.photos:
            bench_photos(data_dir, args.photos)
        if args.video_mib:
            bench_video(SCRATCH / "vault", args.video_mib)
        if args.gallery:
            bench_gallery(args.gallery)
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)


if __name__ == "__main__":
    main()
