"""Journal figures with 10,000 incidents: open, search per keystroke, memory while scrolling.

Run: .venv/bin/python bench/journal.py
Offscreen; cheap KDF (the KDF is measured by bench/vault.py). Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from safeplan import vault
from safeplan.journal import KINDS, Incident, Journal
from safeplan.ui import theme
from safeplan.ui.background import run_in_background
from safeplan.ui.journal_view import JournalView
from safeplan.vault import KdfPolicy

COUNT = 10_000
WORDS = (
    "он", "кричал", "толкнул", "ударил", "угрожал", "забрал", "деньги", "телефон", "дети",
    "кухня", "ночью", "ол", "айқайлады", "ұрды", "қорқытты", "ақша", "балалар",
)


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def fill(v: vault.Vault) -> None:
    """10,000 incidents written through the journal, so the chain has 10,000 events too."""
    rng = random.Random(7)
    v._conn.execute("PRAGMA synchronous=OFF")  # setup only: the bench measures reading
    journal = Journal(v)
    for _ in range(COUNT):
        day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
        journal.create(Incident(date=day, kinds=rng.sample(KINDS, rng.randint(1, 3)),
                                description=text, fear=rng.randint(0, 10)))
    v._conn.execute("PRAGMA synchronous=FULL")


def main() -> None:
    app = QApplication([])
    theme.apply(app, False)
    data = tempfile.mkdtemp(prefix="bench-journal-")
    policy = KdfPolicy.for_tests()
    v, _ = vault.create(data, "2580147369", policy=policy)
    fill(v)
    v.close()

    v = vault.unlock(data, "2580147369", policy=policy)
    start = time.perf_counter()
    journal = Journal(v)
    loaded = time.perf_counter() - start
    view = JournalView()
    run_in_background(lambda: Journal(v), view.loaded)  # as the shell loads it
    view.resize(900, 640)
    view.show()
    QThreadPool.globalInstance().waitForDone()
    start = time.perf_counter()
    while view.journal is None:
        app.processEvents()
    shown = time.perf_counter() - start
    app.processEvents()
    print(f"{COUNT:,} incidents and {len(journal.events()):,} chain events: "
          f"load and decrypt {loaded * 1000:.0f} ms; journal screen filled "
          f"{shown * 1000:.0f} ms after it was shown")
    start = time.perf_counter()
    status = journal.verify()
    print(f"chain check of {status.events} events: {(time.perf_counter() - start) * 1000:.0f} ms")

    timings = []
    for word in ("у", "уд", "уда", "удар", "ударил", "ұ", "ұр", "ұрды"):
        start = time.perf_counter()
        view.search_box.setText(word)  # refresh() runs on textChanged, as when typing
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    print(f"search as you type: median {statistics.median(timings):.0f} ms, "
          f"max {max(timings):.0f} ms per keystroke")
    view.search_box.setText("")
    app.processEvents()

    before = rss_mib()
    bar = view.table.verticalScrollBar()
    for position in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(position)
        app.processEvents()
    after = rss_mib()
    print(f"scrolling all {view.model.rowCount():,} rows: RSS {before:.0f} → {after:.0f} MiB")
    view.close()
    v.close()


if __name__ == "__main__":
    main()
