"""Issue 18: the danger kinds and the forensic examination fields are kept and read back."""

from __future__ import annotations

import itertools

import pytest

from safeplan import vault
from safeplan.journal import DANGER_KINDS, KINDS, Incident, InvalidIncident, Journal

PIN = "24681357"


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    v.close()


def test_every_danger_kind_is_a_kind():
    assert set(DANGER_KINDS) <= set(KINDS)
    for kind in ("strangulation", "weapon", "threat_to_kill", "pregnancy", "children",
                 "order_breach", "stalking"):
        assert kind in DANGER_KINDS


def test_new_kinds_and_examination_round_trip(opened, data_dir, policy):
    ticks = itertools.count(1_700_000_000)
    journal = Journal(opened, clock=lambda: float(next(ticks)))
    written = Incident(date="2026-10-02", time="22:10", description="Душил меня.",
                       kinds=["strangulation", "threat_to_kill", "order_breach"],
                       exam_referred=True, exam_date="2026-10-03",
                       exam_place="Центр судебных экспертиз, Алматы",
                       exam_result="Заключение № 1234", exam_evidence_id=77, order_id=42)
    entry = journal.create(written)
    opened.close()
    again = vault.unlock(data_dir, PIN, policy=policy)
    try:
        reread = Journal(again).get(entry.id).current
    finally:
        again.close()
    assert reread == written
    assert (reread.exam_evidence_id, reread.order_id) == (77, 42)


def test_an_older_entry_without_the_new_fields_still_opens():
    old = {"date": "2025-01-01", "description": "x", "kinds": ["physical"]}
    incident = Incident.from_data(old)
    assert not incident.exam_referred and incident.order_id is None


def test_examination_date_is_checked():
    bad = Incident(date="2026-10-02", description="x", exam_date="3 октября")
    with pytest.raises(InvalidIncident) as err:
        bad.validate()
    assert (err.value.field, err.value.reason) == ("exam_date", "not_a_date")


def test_evidence_origin_is_kept_and_checked(data_dir, policy, tmp_path):
    from safeplan.evidence import ORIGINS, Details, EvidenceStore

    v, _ = vault.create(data_dir, PIN, policy=policy)
    try:
        journal = Journal(v)
        store = EvidenceStore(v, journal)
        path = tmp_path / "order.txt"
        path.write_bytes("Защитное предписание № 17".encode())
        outcome = store.import_file(path)
        item_id = outcome.item.id
        details = store.get(item_id).current
        assert details.origin == ""
        store.edit(item_id, Details(**{**details.__dict__, "origin": "document_issued"}))
        assert EvidenceStore(v, journal).get(item_id).current.origin == "document_issued"
        with pytest.raises(ValueError):
            store.edit(item_id, Details(**{**details.__dict__, "origin": "stolen"}))
        assert "recording" in ORIGINS
    finally:
        v.close()


def test_new_fields_appear_in_the_report(data_dir, policy, tmp_path):
    from pypdf import PdfReader

    from safeplan.evidence import Details, EvidenceStore
    from safeplan.export import Exporter, ExportRequest
    from safeplan.report import texts

    from .test_evidence import photo_bytes

    v, _ = vault.create(data_dir, PIN, policy=policy)
    try:
        ticks = itertools.count(1_763_000_000, 60)
        clock = lambda: float(next(ticks))  # noqa: E731
        journal = Journal(v, clock=clock)
        store = EvidenceStore(v, journal, clock=clock)
        path = tmp_path / "conclusion.jpg"
        path.write_bytes(photo_bytes(400, 300))
        document = store.import_file(path).item
        entry = journal.create(Incident(
            date="2026-10-02", description="Душил меня на кухне.",
            kinds=["strangulation", "threat_to_kill"], exam_referred=True,
            exam_date="2026-10-03", exam_place="Центр судебных экспертиз",
            exam_result="Заключение № 1234", exam_evidence_id=document.id))
        store.edit(document.id, Details(caption="Заключение СМЭ", kind="medical",
                                        incident_ids=[entry.id], origin="document_issued"))
        kinds = {"strangulation": "Strangling or choking", "threat_to_kill": "Threat to kill"}
        exporter = Exporter(v, journal, store, texts(), kinds, {}, clock=clock)
        destination = tmp_path / "report.pdf"
        exporter.run(ExportRequest(), destination)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(destination).pages).split())
    finally:
        v.close()
    for needle in ("Strangling or choking, Threat to kill",
                   "Referred for a forensic medical examination Yes",
                   "2026-10-03, Центр судебных экспертиз, Заключение № 1234",
                   "Examination result document Evidence 001",
                   "How it was obtained a document issued to her"):
        assert needle in text, needle


def test_incidents_by_day_for_the_calendar():
    from datetime import date

    from safeplan.incident_days import month_counts, per_day
    from safeplan.journal import Entry, Revision

    def entry(rid, day, kinds, time="", approximate=False):
        incident = Incident(date=day, time=time, kinds=kinds, description="x",
                            approximate=approximate)
        return Entry(rid, float(rid), [Revision(float(rid), incident)])

    days = per_day([entry(1, "2026-09-14", ["physical"], "22:00"),
                    entry(2, "2026-09-14", ["weapon"], "08:00"),
                    entry(3, "2026-10-01", ["economic"], approximate=True)])
    assert list(days) == [date(2026, 9, 14), date(2026, 10, 1)]
    assert [e.id for e in days[date(2026, 9, 14)].entries] == [2, 1]  # by time of day
    assert days[date(2026, 9, 14)].danger and not days[date(2026, 10, 1)].danger
    assert days[date(2026, 10, 1)].approximate
    assert month_counts(days, 2026, 9) == (2, 1) and month_counts(days, 2026, 11) == (0, 0)
