"""A fork server for the crash test: imports once, then forks one child per round.

    python -m tests.helpers.crash_worker

Reads lines "run KIND SEED DATA_DIR" on stdin. For each it forks a child that
unlocks the vault (test KDF), prints "ready PID", then performs the action
KIND over and over until the test SIGKILLs it; the server reaps the child and
prints "done PID STATUS". Forking a process that has already imported the app
makes each round cost milliseconds instead of a Python start-up, so the test
can afford many kills. No Qt is imported here, and no thread runs in the
server, so forking is safe.
"""

from __future__ import annotations

import os
import random
import sys
import zlib
from pathlib import Path

from safeplan import vault
from safeplan.evidence import KINDS as EVIDENCE_KINDS
from safeplan.evidence import Details, EvidenceStore
from safeplan.journal import Incident, Journal
from safeplan.orders import OrderBook, ProtectiveOrder
from safeplan.plan import SafetyPlan
from safeplan.session import Session, read_for_screens
from safeplan.statement import Statement, StatementBook

PIN = "2580147369"
ACTIONS = ("create", "edit", "delete", "restore", "purge", "import", "evidence_edit",
           "evidence_delete", "plan", "settings")
# Protective orders and statements (issue 18), killed in their own test.
PROTECTION_ACTIONS = ("order_save", "order_delete", "statement_save")


def png(rng: random.Random) -> bytes:
    """A small PNG of noise (so every import is a new file with a thumbnail)."""
    width = height = 24
    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return (len(data).to_bytes(4, "big") + body
                + zlib.crc32(body).to_bytes(4, "big"))

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Actor:
    def __init__(self, data_dir: Path, rng: random.Random) -> None:
        opened = vault.unlock(data_dir, PIN, policy=vault.KdfPolicy.for_tests())
        assert opened is not None
        self.vault = opened
        self.rng = rng
        self.files = data_dir.parent / f"incoming-{os.getpid()}"
        self.files.mkdir(exist_ok=True)
        self.journal = Journal(opened)
        self.store = EvidenceStore(opened, self.journal)
        self.plan = SafetyPlan(opened)
        self.orders = OrderBook(opened, self.journal)
        self.statements = StatementBook(opened, self.journal)
        self.session = Session(data_dir)
        self.session.accept(read_for_screens(opened))
        self.n = 0

    def incident(self) -> Incident:
        self.n += 1
        return Incident(date="2026-01-05", description=f"round {self.rng.random()} {self.n}",
                        kinds=[self.rng.choice(["physical", "threats", "economic"])])

    def live(self) -> list[int]:
        return [e.id for e in self.journal.entries()]

    def trashed(self) -> list[int]:
        return [e.id for e in self.journal.entries(trashed=True)]

    def one_item(self) -> int:
        items = self.store.items()
        if items:
            return self.rng.choice(items).id
        return self.do_import()

    def do_import(self) -> int:
        path = self.files / f"photo-{self.n}.png"
        self.n += 1
        picture = self.rng.random() < 0.5
        path.write_bytes(png(self.rng) if picture else self.rng.randbytes(40_000))
        outcome = self.store.import_file(path)
        path.unlink()
        assert outcome.item is not None, outcome
        return outcome.item.id

    def act(self, kind: str) -> None:
        rng = self.rng
        if kind == "create":
            self.journal.create(self.incident())
        elif kind == "edit":
            ids = self.live() or [self.journal.create(self.incident()).id]
            self.journal.edit(rng.choice(ids), self.incident())
        elif kind == "delete":
            ids = self.live() or [self.journal.create(self.incident()).id]
            self.journal.delete(rng.choice(ids))
        elif kind == "restore":
            ids = self.trashed()
            if not ids:
                entry = self.journal.create(self.incident())
                self.journal.delete(entry.id)
                ids = [entry.id]
            self.journal.restore(rng.choice(ids))
        elif kind == "purge":
            entry = self.journal.create(self.incident())
            self.journal.delete(entry.id)
            self.journal.empty_trash()
        elif kind == "import":
            self.do_import()
        elif kind == "evidence_edit":
            item_id = self.one_item()
            details = Details(caption=f"caption {rng.random()}", kind=rng.choice(EVIDENCE_KINDS),
                              incident_ids=rng.sample(self.live(), min(1, len(self.live()))))
            self.store.edit(item_id, details)
        elif kind == "evidence_delete":
            self.store.delete(self.one_item())
        elif kind == "plan":
            list_id, checklist = rng.choice(self.plan.lists())
            if checklist.items and rng.random() < 0.5:
                index = rng.randrange(len(checklist.items))
                self.plan.tick(list_id, index, not checklist.items[index].done)
            else:
                self.plan.add_item(list_id, f"item {rng.random()}")
        elif kind == "settings":
            self.session.settings.idle_minutes = rng.choice((1, 2, 3, 5))
            self.session.settings.lock_on_minimise = rng.random() < 0.5
            self.session.save_settings()
        elif kind == "order_save":
            order = ProtectiveOrder(number=str(rng.randrange(1000)), issued_on="2026-10-01",
                                    conditions=f"conditions {rng.random()}")
            entries = self.orders.entries()
            if entries and rng.random() < 0.7:
                self.orders.edit(rng.choice(entries).id, order)
            else:
                self.orders.add(order)
        elif kind == "order_delete":
            entries = self.orders.entries() or [self.orders.add(ProtectiveOrder(
                issued_on="2026-10-01", conditions=f"c {rng.random()}"))]
            self.orders.delete(rng.choice(entries).id)
        elif kind == "statement_save":
            statement = Statement(text=f"Заявление {rng.random()}\n" * rng.randrange(1, 200))
            entries = self.statements.entries()
            if entries and rng.random() < 0.7:
                self.statements.save(rng.choice(entries).id, statement)
            else:
                self.statements.add(statement)
        else:
            raise ValueError(kind)


def child(kind: str, seed: int, data_dir: Path) -> None:
    actor = Actor(data_dir, random.Random(seed))
    os.write(1, f"ready {os.getpid()}\n".encode())
    while True:
        actor.act(kind)


def main() -> None:
    for line in sys.stdin:
        command, kind, seed, data_dir = line.split(maxsplit=3)
        assert command == "run" and kind in ACTIONS + PROTECTION_ACTIONS
        pid = os.fork()
        if pid == 0:
            try:
                child(kind, int(seed), Path(data_dir.strip()))
            except BaseException as exc:  # tell the test why, then die
                os.write(1, f"error {os.getpid()} {type(exc).__name__}: {exc}\n".encode())
            finally:
                os._exit(3)
        _, status = os.waitpid(pid, 0)
        os.write(1, f"done {pid} {os.waitstatus_to_exitcode(status)}\n".encode())


if __name__ == "__main__":
    main()
