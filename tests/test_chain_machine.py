"""Any sequence of journal and evidence actions leaves a chain that verifies, and a
flipped byte in any event record is reported as a damaged event, placed in the
chain by its readable neighbours."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from safeplan import chain, vault
from safeplan.evidence import KINDS as EVIDENCE_KINDS
from safeplan.evidence import Details, EvidenceStore
from safeplan.journal import EVENT, Incident, Journal

from .helpers.damage import flip_byte_of_record

PIN = "24681357"
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


class JournalAndEvidence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="safeplan-machine-"))
        self.policy = vault.KdfPolicy.for_tests()
        self.vault, _ = vault.create(self.folder / "data", PIN, policy=self.policy)
        ticks = itertools.count(1_700_000_000)
        clock = lambda: float(next(ticks))  # noqa: E731
        self.journal = Journal(self.vault, clock=clock)
        self.store = EvidenceStore(self.vault, self.journal, clock=clock)
        self.files = itertools.count()

    def teardown(self) -> None:
        self.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the journal -----------------------------------------------------------

    def in_order_made(self, ids: list[int]) -> list[int]:
        """Record ids in the order they were made. Ids are random: sorted by value,
        the same draws picked other records on Hypothesis' replay, which it reported
        as a flaky strategy definition (FlakyStrategyDefinition)."""
        made = {event["record"]: event["seq"] for event in self.journal.events()
                if event.get("action") in ("create", "import")}
        return sorted(ids, key=lambda record_id: made.get(record_id, -1))

    def live(self) -> list[int]:
        return self.in_order_made([e.id for e in self.journal.entries()])

    def trashed(self) -> list[int]:
        return self.in_order_made([e.id for e in self.journal.entries(trashed=True)])

    @rule(text=TEXT, kind=st.sampled_from(["physical", "threats", "economic"]))
    def create(self, text: str, kind: str) -> None:
        self.journal.create(Incident(date="2026-01-05", description=text + "x", kinds=[kind]))

    @precondition(lambda self: self.journal.entries())
    @rule(data=st.data(), text=TEXT)
    def edit(self, data: st.DataObject, text: str) -> None:
        entry_id = data.draw(st.sampled_from(self.live()))
        before = len(self.journal.get(entry_id).revisions)
        incident = Incident(date="2026-02-01", description=text + "y")
        self.journal.edit(entry_id, incident)
        assert len(self.journal.get(entry_id).revisions) in (before, before + 1)

    @precondition(lambda self: self.journal.entries())
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        self.journal.delete(data.draw(st.sampled_from(self.live())))

    @precondition(lambda self: self.journal.entries(trashed=True))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        self.journal.restore(data.draw(st.sampled_from(self.trashed())))

    @rule()
    def empty_trash(self) -> None:
        gone = self.trashed()
        assert self.journal.empty_trash() == len(gone)

    # -- the evidence ------------------------------------------------------------

    def items(self) -> list[int]:
        return self.in_order_made([i.id for i in self.store.items()])

    @rule(size=st.integers(1, 3000), link=st.booleans())
    def import_file(self, size: int, link: bool) -> None:
        n = next(self.files)
        path = self.folder / f"file-{n}.bin"
        path.write_bytes(n.to_bytes(4, "big") * (size // 4 + 1))
        live = self.live()
        outcome = self.store.import_file(path, incident_id=live[0] if link and live else None)
        assert outcome.status == "stored", outcome

    @precondition(lambda self: self.store.items())
    @rule(data=st.data(), caption=TEXT, kind=st.sampled_from(EVIDENCE_KINDS))
    def edit_evidence(self, data: st.DataObject, caption: str, kind: str) -> None:
        item_id = data.draw(st.sampled_from(self.items()))
        linked = data.draw(st.lists(st.sampled_from(self.live()), max_size=2, unique=True)
                           if self.live() else st.just([]))
        self.store.edit(item_id, Details(caption=caption, kind=kind, incident_ids=linked))

    @precondition(lambda self: self.store.items())
    @rule(data=st.data())
    def delete_evidence(self, data: st.DataObject) -> None:
        self.store.delete(data.draw(st.sampled_from(self.items())))

    # -- checks ------------------------------------------------------------------

    @invariant()
    def the_chain_verifies(self) -> None:
        status = self.journal.verify()
        assert status.ok, status

    @precondition(lambda self: self.journal.events())
    @rule(data=st.data())
    def a_flipped_byte_is_a_damaged_event(self, data: st.DataObject) -> None:
        """On a copy of the file: the vault in use stays intact for the next steps."""
        events = sorted(self.vault.list(EVENT), key=lambda pair: pair[1]["seq"])
        index = data.draw(st.integers(0, len(events) - 1), label="event")
        offset = data.draw(st.integers(0, 1 << 20), label="byte")
        copy = self.folder / f"copy-{next(self.files)}"
        copy.mkdir()
        for part in self.vault.path.parent.iterdir():
            shutil.copy(part, copy / part.name)
        flip_byte_of_record(copy / self.vault.path.name, events[index][0], offset)
        opened = vault.unlock(copy, PIN, policy=self.policy)
        assert opened is not None
        try:
            status = Journal(opened).verify()
        finally:
            opened.close()
        assert (status.ok, status.reason, status.broken_at) == (
            False, chain.Problem.DAMAGED, index), status
        neighbours = [e for _, e in events]
        if index > 0:
            assert status.after == chain.Place.of(neighbours[index - 1])
        else:
            assert status.after is None
        if index < len(events) - 1:
            assert status.before == chain.Place.of(neighbours[index + 1])
        else:
            assert status.before is None
        shutil.rmtree(copy)


JournalAndEvidence.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
test_any_sequence_of_actions_keeps_the_chain = JournalAndEvidence.TestCase
