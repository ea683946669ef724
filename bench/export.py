"""Export figures: 100 incidents with 100 photos of 12 MP, as a PDF and as a zip;
the cost of the PDF signature; one large original through every container.

Run: .venv/bin/python bench/export.py [--photos 100] [--large-mib 2048] [--gps]
                                     [--video-mib 1024]
With --gps the photos carry a GPS position, so every export (location-free by
default) makes and hashes a copy of each photo, and writes it again.
With --video-mib N, one MP4 of N MiB that records where it was made (Android's
©xyz, Apple's location keys; then also a GoPro-style location track, whose
samples are zeroed in mdat and cost a second pass) is exported location-free
as a folder and as a PDF, then with the original kept, and each is verified.
Prints figures; asserts nothing. The vault is filled first (photos made as in
bench/evidence.py), then each export runs in a fresh process so that its peak
RSS (VmHWM) is the export's alone. Scratch folder bench/.scratch-export.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SCRATCH = HERE / ".scratch-export"
PIN = "2580147369"


def fill(data_dir: Path, count: int, gps: bool = False) -> float:
    from evidence import camera_jpeg, open_store, with_comment
    from safeplan import vault
    from safeplan.evidence import Details
    from safeplan.journal import Incident
    from safeplan.vault import KdfPolicy

    vault.create(data_dir, PIN, policy=KdfPolicy.for_tests())[0].close()
    v, store = open_store(data_dir)
    journal = store._journal
    source = SCRATCH / "photos"
    source.mkdir()
    base = camera_jpeg(gps=gps)
    for n in range(count):
        entry = journal.create(Incident(
            date=f"2026-{1 + n % 11:02d}-{1 + n % 27:02d}", time="22:30",
            kinds=["physical", "threats"], fear=7,
            description=f"Случай {n}. Он толкнул меня к стене и кричал. Ол мені қорқытты.",
            exact_words="«Если уйдёшь — пожалеешь»", injuries="Синяк на плече"))
        path = source / f"IMG_{n:04d}.jpg"
        path.write_bytes(with_comment(base, f"photo {n}"))
        item = store.import_file(path).item
        store.edit(item.id, Details(caption=f"Синяк, фото {n}", kind="injury",
                                    incident_ids=[entry.id]))
        path.unlink()
    v.close()
    return len(base) / 2**20


def child(data_dir: str, container: str, destination: str, signed: str = "signed") -> None:
    from evidence import open_store, vm_hwm_mib
    from safeplan import pdf_signature
    from safeplan.export import Exporter, ExportRequest
    from safeplan.report import texts

    if signed == "unsigned":  # the same export without its PDF signature, to compare
        pdf_signature.sign = lambda *_args, **_kwargs: None
    v, store = open_store(Path(data_dir))
    exporter = Exporter(v, store._journal, store, texts(), {}, {})
    start = time.perf_counter()
    password = "correct horse battery" if destination.endswith("-locked.pdf") else ""
    location = "kept" if destination.endswith("-kept") else "withheld"
    result = exporter.run(ExportRequest(container=container, include_history=True,
                                        password=password, location=location), destination)
    seconds = time.perf_counter() - start
    v.close()
    print(f"{seconds:.2f} {vm_hwm_mib():.0f} {result.size} {result.items}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--large-mib", type=int, default=0,
                        help="also export and verify one original of this size")
    parser.add_argument("--gps", action="store_true",
                        help="photos with a GPS position (exported as location-free copies)")
    parser.add_argument("--video-mib", type=int, default=0,
                        help="also export one MP4 of this size with its position")
    parser.add_argument("--child", nargs="+")
    parser.add_argument("--verify-child")
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if args.verify_child:
        from evidence import vm_hwm_mib
        from safeplan.verify import verify

        start = time.perf_counter()
        password = "correct horse battery" if args.verify_child.endswith("-locked.pdf") else None
        ok = verify(args.verify_child, password).ok
        print(f"{time.perf_counter() - start:.2f} {vm_hwm_mib():.0f} {ok}")
        return
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir()
    try:
        data_dir = SCRATCH / "vault"
        start = time.perf_counter()
        each = fill(data_dir, args.photos, args.gps)
        print(f"filled: {args.photos} incidents, {args.photos} photos of 12 MP "
              f"({each:.1f} MiB each{', with GPS' if args.gps else ''}) in "
              f"{time.perf_counter() - start:.1f} s")
        for container, name, signed in (("pdf", "report.pdf", "signed"),
                                        ("pdf", "unsigned.pdf", "unsigned"),
                                        ("zip", "report.zip", "signed"),
                                        ("pdf", "report-locked.pdf", "signed")):
            out = subprocess.run([sys.executable, __file__, "--child", str(data_dir),
                                  container, str(SCRATCH / name), signed],
                                 check=True, capture_output=True, text=True).stdout.split()
            seconds, peak, size, items = out
            label = "pdf with password" if name.endswith("-locked.pdf") else container
            if signed == "unsigned":
                label = "pdf WITHOUT its PDF signature (for comparison)"
            print(f"export {label}: {float(seconds):.1f} s, peak RSS {peak} MiB, "
                  f"{int(size) / 2**20:.0f} MiB written, {items} originals "
                  f"(target 10 s, 400 MiB)")
            if name == "report.pdf":
                pages = subprocess.run([sys.executable, "-c",
                                        "import sys; from pypdf import PdfReader; "
                                        "print(len(PdfReader(sys.argv[1]).pages))",
                                        str(SCRATCH / name)], capture_output=True, text=True)
                print(f"  {pages.stdout.strip()} pages")
        if args.large_mib:
            large(args.large_mib)
        if args.video_mib:
            video(args.video_mib, track=False)
            video(args.video_mib, track=True)
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)


def large(mib: int) -> None:
    """One original of `mib` MiB exported as PDF, password PDF, zip and folder, and
    each verified; peak RSS of every step in its own process."""
    from evidence import open_store
    from safeplan import vault
    from safeplan.journal import Incident
    from safeplan.vault import KdfPolicy

    data_dir = SCRATCH / "large-vault"
    vault.create(data_dir, PIN, policy=KdfPolicy.for_tests())[0].close()
    v, store = open_store(data_dir)
    store._journal.create(Incident(date="2026-11-20", description="large"))
    source = SCRATCH / "recording.wav"
    with open(source, "wb") as out:
        block = bytes(range(256)) * 4096
        for _ in range(mib):
            out.write(block)
    store.import_file(source)
    source.unlink()
    v.close()
    for container, name in (("pdf", "large.pdf"), ("pdf", "large-locked.pdf"),
                            ("zip", "large.zip"), ("folder", "large")):
        target = SCRATCH / name
        out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), container,
                              str(target)], check=True, capture_output=True,
                             text=True).stdout.split()
        check = subprocess.run([sys.executable, __file__, "--verify-child", str(target)],
                               check=True, capture_output=True, text=True).stdout.split()
        print(f"{mib} MiB original, {name}: export {float(out[0]):.1f} s, peak RSS "
              f"{out[1]} MiB; verify {float(check[0]):.1f} s, peak RSS {check[1]} MiB, "
              f"ok={check[2]}")
        shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink()


def video(mib: int, track: bool) -> None:
    """One MP4 of `mib` MiB with its position (tests/helpers/videos.py's kinds: the
    base video's mdat grown to size, so its offsets stay right), exported and verified
    in a process each; peak RSS of each step."""
    sys.path.insert(0, str(HERE.parent))
    from tests.helpers import videos

    from evidence import open_store
    from safeplan import vault
    from safeplan.journal import Incident
    from safeplan.vault import KdfPolicy

    data_dir = SCRATCH / f"video-vault-{track}"
    vault.create(data_dir, PIN, policy=KdfPolicy.for_tests())[0].close()
    v, store = open_store(data_dir)
    store._journal.create(Incident(date="2026-11-20", description="video"))
    base = videos.BASE.read_bytes()
    made = videos.with_moov(base, add_to_moov=videos.apple_keys(), add_to_udta=videos.xyz(),
                            add_to_traks=videos.xyz())
    if track:
        made = videos.with_location_track(made, [b"GPS5" + videos.ISO6709] * 600)
    # Grow the first mdat (the pictures) at its end: the moov after it does not point
    # there; the location track's samples, after the moov, move by the growth.
    mdat = made.index(b"mdat") - 4
    size = int.from_bytes(made[mdat:mdat + 4], "big")
    grown = mib * 2**20 - len(made)
    made = bytearray(made)
    made[mdat:mdat + 4] = (size + grown).to_bytes(4, "big")
    if track:
        stco = made.rindex(b"stco") + 12
        offset = int.from_bytes(made[stco:stco + 4], "big")
        made[stco:stco + 4] = (offset + grown).to_bytes(4, "big")
    source = SCRATCH / "VID_0001.mp4"
    block = bytes(range(256)) * 4096
    with open(source, "wb") as out:
        out.write(made[:mdat + size])
        for _ in range(grown // len(block)):
            out.write(block)
        out.write(bytes(grown % len(block)))
        out.write(made[mdat + size:])
    store.import_file(source)
    actual = source.stat().st_size
    source.unlink()
    v.close()
    what = "with a location track" if track else "moov location only"
    for container, name in (("folder", "video"), ("pdf", "video.pdf"),
                            ("folder", "video-kept")):
        target = SCRATCH / name
        out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), container,
                              str(target)], check=True, capture_output=True,
                             text=True).stdout.split()
        check = subprocess.run([sys.executable, __file__, "--verify-child", str(target)],
                               check=True, capture_output=True, text=True).stdout.split()
        kind = "original kept" if name.endswith("-kept") else "location-free"
        print(f"video {actual / 2**20:.0f} MiB ({what}), {kind} {container}: export "
              f"{float(out[0]):.1f} s, peak RSS {out[1]} MiB; verify {float(check[0]):.1f} s, "
              f"peak RSS {check[1]} MiB, ok={check[2]}")
        shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink()
    shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
