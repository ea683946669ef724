"""The statement draft from a fixed journal, in Russian and Kazakh (golden files), its
versions in the vault, and its pages printed with the report's engine and fonts."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from safeplan import vault
from safeplan.journal import Entry, Incident, Journal, Revision
from safeplan.orders import ProtectiveOrder
from safeplan.statement import (
    BLANK,
    Request,
    Statement,
    StatementBook,
    draft,
    formal_date,
)

GOLDEN = Path(__file__).parent / "golden"
PIN = "24681357"
PEOPLE = {7: {"name": "Ерлан Сапаров", "relationship": "муж"}}
ORDERS = {42: ProtectiveOrder(number="17", issued_by="УП Алмалинского района",
                              issued_on="2026-10-01", starts_on="2026-10-02")}


def fixed_journal() -> list[Entry]:
    """Three incidents written out of order, one not chosen."""
    incidents = [
        (3, Incident(date="2026-10-09", time="23:15", place="г. Алматы, ул. Абая, 10, кв. 5",
                     person_id=7, kinds=["order_breach", "threat_to_kill"],
                     description="Пришёл к дому, стучал в дверь и звонил всю ночь",
                     exact_words="Всё равно тебя найду. Убью", witnesses="соседка Айгуль К.",
                     order_id=42)),
        (1, Incident(date="2026-09-14", time="21:40", place="г. Алматы, ул. Абая, 10, кв. 5",
                     person_id=7, kinds=["physical", "strangulation"],
                     description="Во время ссоры толкнул меня к стене и сдавил шею руками, "
                                 "я не могла дышать",
                     exact_words="«Задушу, если уйдёшь»",
                     injuries="синяки на шее и на левом плече",
                     children_present=True, police_contacted=True,
                     police_station="УП Алмалинского района", police_report="КУИ 4512",
                     medical_help=True, medical_where="Травмпункт № 4",
                     exam_referred=True, exam_date="2026-09-15",
                     exam_place="Центр судебной медицины, г. Алматы",
                     exam_result="заключение № 2231")),
        (2, Incident(date="2026-09-01", approximate=True, approximate_note="в начале сентября",
                     person_id=7, kinds=["economic"], description="Забрал мою банковскую карту")),
    ]
    return [Entry(rid, 1_700_000_000.0 + rid, [Revision(1_700_000_000.0 + rid, i)])
            for rid, i in incidents]


def statement(language: str) -> Statement:
    return Statement(language=language, department="Управления полиции Алмалинского "
                     "района г. Алматы" if language == "ru" else "Алматы қаласы Алмалы "
                     "ауданының полиция басқармасы", incident_ids=[3, 1], order_id=42,
                     report_id="SP-2026-11-25-7F3A")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_draft_matches_the_golden_file(language):
    text = draft(statement(language), fixed_journal(), PEOPLE, ORDERS)
    golden = GOLDEN / f"statement_{language}.txt"
    if os.environ.get("SAFEPLAN_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_the_draft_holds_what_a_statement_needs():
    text = draft(statement("ru"), fixed_journal(), PEOPLE, ORDERS)
    first, second = text.index("1. 14 сентября 2026 г."), text.index("2. 9 октября 2026 г.")
    assert first < second  # time order, whatever order she chose them in
    assert "Забрал мою банковскую карту" not in text  # not chosen
    assert "Начальнику Управления полиции Алмалинского района г. Алматы" in text
    assert "от " + BLANK in text  # her details are optional: a line to fill in by hand
    for needle in ("«Задушу, если уйдёшь»", "синяки на шее", "соседка Айгуль К.",
                   "присутствовали дети", "судебно-медицинскую экспертизу (15 сентября",
                   "в нарушение защитного предписания № 17 от 1 октября 2026 г. "
                   "(УП Алмалинского района)",
                   "зарегистрировать настоящее заявление в Книге учёта информации (КУИ)",
                   "вынести в отношении него защитное предписание",
                   "№ SP-2026-11-25-7F3A", "статье 419", "Подпись:", "Номер в КУИ: " + BLANK):
        assert needle in text, needle


def test_requests_can_be_left_out_and_the_person_may_be_unknown():
    chosen = Statement(language="ru", incident_ids=[2], requests=[Request.REGISTER.value])
    entries = fixed_journal()
    entries[2].revisions[0].incident.person_id = None
    text = draft(chosen, entries, PEOPLE)
    assert "1) зарегистрировать настоящее заявление в Книге учёта информации (КУИ)." in text
    assert "защитное предписание" not in text and "2)" not in text
    assert "примерно 1 сентября 2026 г. (в начале сентября)" in text
    assert "Начальнику отдела полиции " + BLANK in text


def test_formal_dates():
    assert formal_date("2026-03-02", "ru") == "2 марта 2026 г."
    assert formal_date("2026-03-02", "kk") == "2026 жылғы 2 наурыз"


def test_statements_are_kept_with_versions(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    ticks = itertools.count(1_700_000_000)
    try:
        book = StatementBook(v, Journal(v), clock=lambda: float(next(ticks)))
        s = statement("ru")
        s.text = draft(s, fixed_journal(), PEOPLE, ORDERS)
        entry = book.add(s)
        edited = Statement(**{**s.__dict__, "text": s.text.replace("всю ночь", "до утра")})
        book.save(entry.id, edited)
        book.save(entry.id, edited)
        assert len(book.get(entry.id).revisions) == 2
        reread = StatementBook(v, Journal(v)).get(entry.id)
        assert "до утра" in reread.current.text and "всю ночь" in reread.revisions[0][1].text
    finally:
        v.close()


def test_the_statement_prints_with_the_reports_engine_and_fonts(tmp_path):
    from safeplan.statement_pdf import render_statement

    text = draft(statement("kk"), fixed_journal(), PEOPLE, ORDERS)
    out = tmp_path / "aryz.pdf"
    with open(out, "wb") as handle:
        render_statement(handle, text, "kk", report_id="SP-2026-11-25-7F3A")
    reader = PdfReader(out)
    printed = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "АРЫЗ" in printed and "419-бабы" in printed and "қорғау нұсқамасын" in printed
    fonts = {f for page in reader.pages for f in
             (page["/Resources"]["/Font"][k]["/BaseFont"] for k in page["/Resources"]["/Font"])}
    assert any("DejaVuSans" in str(f) for f in fonts)


def test_the_statement_takes_the_declaration_pages_place_in_a_report(data_dir, policy,
                                                                      tmp_path):
    from safeplan.evidence import EvidenceStore
    from safeplan.export import Exporter, ExportRequest
    from safeplan.orders import OrderBook
    from safeplan.report import texts

    v, _ = vault.create(data_dir, PIN, policy=policy)
    try:
        ticks = itertools.count(1_763_000_000, 60)
        clock = lambda: float(next(ticks))  # noqa: E731
        journal = Journal(v, clock=clock)
        store = EvidenceStore(v, journal, clock=clock)
        orders = OrderBook(v, journal, clock=clock)
        order = orders.add(ORDERS[42])
        entry = journal.create(Incident(date="2026-10-09", kinds=["order_breach"],
                                        description="Пришёл к дому ночью", order_id=order.id))
        s = Statement(language="ru", incident_ids=[entry.id], order_id=order.id)
        text = draft(s, journal.entries(), {}, {order.id: orders.get(order.id).current})
        assert "№ " + BLANK in text  # no report id yet: the report fills it in
        exporter = Exporter(v, journal, store, texts(), {}, {}, clock=clock)
        destination = tmp_path / "report.pdf"
        result = exporter.run(ExportRequest(statement=(text, "ru"),
                                            order_labels=orders.labels()), destination)
        pages = PdfReader(destination).pages
        first = " ".join(pages[0].extract_text().split())
        everything = " ".join(" ".join(p.extract_text() for p in pages).split())
    finally:
        v.close()
    assert first.startswith("Начальнику отдела полиции") and "ЗАЯВЛЕНИЕ" in first
    assert f"№ {result.report_id}" in everything  # the attachment line names this report
    assert "I confirm the information set out in this document" not in everything  # one block
    assert "Protective order breached № 17" in everything
