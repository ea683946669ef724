"""The report as a Kazakh investigator reads it: in Russian, formal, nothing overprinted."""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QTranslator

from safeplan import vault
from safeplan.evidence import Details, EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.paths import resource
from safeplan.report import texts
from safeplan.vault import KdfPolicy

from .test_evidence import photo_bytes

LONG_PLACE = ("Отдел полиции Алмалинского района города Алматы, старший лейтенант полиции "
              "Жумабеков Нурлан Ерболович")
LONG_WORD = "Правоохранительныеорганызафиксировалиобращение"


def russian():
    translator = QTranslator()
    assert translator.load(str(resource("translations", "calculator_ru.qm")))
    return lambda context, text: translator.translate(context, text) or text


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ru")
    v, _ = vault.create(folder / "data", "24681357", policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    journal = Journal(v, clock=lambda: float(next(ticks)))
    store = EvidenceStore(v, journal)
    person = journal.add_person("Ерлан Серикович Ахметов", "бывший супруг")
    first = journal.create(Incident(
        date="2026-11-20", time="23:40", kinds=["physical", "threats"], fear=9,
        description="Он толкнул меня к стене и схватил за горло. " * 8 + LONG_WORD,
        exact_words="«Убью, если уйдёшь»", injuries="Синяк на шее, ссадина на предплечье",
        person_id=person, police_contacted=True, police_station=LONG_PLACE,
        police_report="КУИ № 2026-1134567", medical_help=True,
        medical_where="Городская клиническая больница № 7, травматологическое отделение"))
    journal.edit(first.id, Incident(**{**asdict(first.current),
                                       "witnesses": "Соседка Гульнара Маратовна"}))
    photo = folder / "IMG_0001.jpg"
    photo.write_bytes(photo_bytes(800, 600))
    item = store.import_file(photo).item
    store.edit(item.id, Details(caption="Синяк на шее", kind="injury",
                                incident_ids=[first.id]))
    document = folder / "справка.pdf"
    document.write_bytes(b"%PDF-1.4\n% a scanned medical certificate\n")
    store.import_file(document)
    exporter = Exporter(v, journal, store, texts(russian(), "ru"),
                        {"physical": "Физическое", "threats": "Угрозы"},
                        {"injury": "Фото травмы"})
    target = folder / "отчёт.pdf"
    exporter.run(ExportRequest(include_history=True, name="Иванова Айгерим Сериковна",
                               iin="900101400123"), target)
    v.close()
    return target


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_no_two_words_overlap_on_any_page(report):
    with pdfplumber.open(report) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            words = page.extract_words(use_text_flow=True)
            for a, b in itertools.combinations(words, 2):
                overlap_x = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                overlap_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                assert overlap_x <= 0.5 or overlap_y <= 0.5, (number, a["text"], b["text"])


def test_labels_and_headers_are_never_broken_inside_a_word(report):
    lines = "\n".join(page_texts(report)).splitlines()
    labels = ("Доказательства", "Обстоятельства", "совершившее", "повреждения",
              "Продолжительность", "Происшествия", "медицинской")
    for line in lines:
        for label in labels:
            for cut in range(4, len(label) - 2):  # a label's head ending a line, cut
                assert not line.endswith(" " + label[:cut]), (line, label)


def test_declaration_first_custody_form_last_formal_russian(report):
    pages = page_texts(report)
    first = " ".join(pages[0].split())
    assert "Сведения, изложенные в настоящем документе, подтверждаю." in first
    assert "Иванова Айгерим Сериковна" in first and "900101400123" in first
    assert "Подпись" in first and "Дата" in first
    assert f"всего {len(pages)} листов" in first
    last = " ".join(pages[-1].split())
    assert "Лист учёта передачи" in last and "Принял (Ф.И.О.," in last
    everything = " ".join(" ".join(pages).split())
    for formal in ("Лицо, совершившее действия", "Оценка испытанного страха",
                   "Приложение 1. Перечень доказательств", "Приложение 5.",
                   "электронная цифровая подпись (ЭЦП)", "Происшествие № 1 от 20.11.2026"):
        pattern = r".{0,80}?".join(re.escape(word) for word in formal.split())
        assert re.search(pattern, everything), formal  # words in order (labels wrap)
    assert "Кто это сделал" not in everything and "Appendix" not in everything
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", everything)  # dates as ДД.ММ.ГГГГ
    assert re.search(r"\d+,\d КБ", everything) and "KiB" not in everything


def test_every_time_is_labelled_and_unknown_when_unknown(report):
    everything = " ".join(" ".join(page_texts(report)).split())
    assert "Время съёмки (по" in everything and "20.11.2026 23:41:05 UTC+05:00" in everything
    # The medical PDF has no EXIF: "taken" says unknown, not its import time.
    # (A location-free report names it by its kind: справка.pdf goes as "00N-Документ.pdf".)
    after = everything[everything.index("Документ.pdf"):]
    assert "неизвестно" in after[:600]
    assert "Добавлен в программу" in everything
    assert "Последнее изменение" in everything


def test_the_fpdf2_patches_refuse_another_version():
    from safeplan.report.fpdf_patches import Fpdf2VersionError, check_version

    check_version("2.8.9")
    for other in ("2.9.0", "3.0.1", "2.7.9"):
        with pytest.raises(Fpdf2VersionError):
            check_version(other)


def test_long_words_break_with_a_hyphen_where_russian_allows(report):
    import pyphen

    rules = pyphen.Pyphen(lang="ru_RU")
    breaks = 0
    for text in page_texts(report):
        lines = text.splitlines()
        for line, following in itertools.pairwise(lines):
            match = re.search(r"(\w+)-$", line)
            if not match or not following.strip():
                continue
            head, tail = match.group(1), re.match(r"\w*", following.strip()).group(0)
            word = head + tail
            if not re.fullmatch(r"[а-яё]+", word.lower()):
                continue
            breaks += 1
            assert len(head) in rules.positions(word), (head, tail)
    assert breaks >= 1


# -- Kazakh ---------------------------------------------------------------------

KAZAKH_TEXT = ("Ол мені қабырғаға итеріп, тамағымнан қысты. Дәлелдемелердің барлығын "
               "телефоныма түсіріп алдым, құқыққорғау органдарына хабарласқаннан кейін "
               "учаскелік полиция инспекторы келді. ") * 4
KAZAKH_PLACE = ("Алматы қаласы Алмалы ауданының полиция басқармасы, аға лейтенант "
                "Жұмабеков Нұрлан Ерболұлы, тіркелген хабарламаның нөмірі")
KAZAKH_LONG = "Құқыққорғауорганыныңқызметкерлеріхабарламанытіркеді"


def kazakh():
    translator = QTranslator()
    assert translator.load(str(resource("translations", "calculator_kk.qm")))
    return lambda context, text: translator.translate(context, text) or text


@pytest.fixture(scope="module")
def kazakh_report(tmp_path_factory) -> tuple[Path, set[str]]:
    folder = tmp_path_factory.mktemp("kk")
    v, _ = vault.create(folder / "data", "24681357", policy=KdfPolicy.for_tests())
    ticks = itertools.count(1_763_000_000, 60)
    journal = Journal(v, clock=lambda: float(next(ticks)))
    store = EvidenceStore(v, journal)
    person = journal.add_person("Ерлан Серікұлы Ахметов", "бұрынғы жұбайы")
    journal.create(Incident(
        date="2026-11-20", time="23:40", kinds=["physical", "threats"], fear=9,
        description=KAZAKH_TEXT + KAZAKH_LONG, exact_words="«Өлтіремін, егер кетсең»",
        injuries="Мойнымдағы көгерулер, білегімдегі сызаттар", person_id=person,
        police_contacted=True, police_station=KAZAKH_PLACE, police_report="КУИ № 2026-1134567",
        medical_help=True, medical_where="Қалалық клиникалық аурухананың жарақаттану бөлімшесі",
        place="Пәтердің қонақбөлмесі, Сәтбаев көшесі"))
    photo = folder / "IMG_0001.jpg"
    photo.write_bytes(photo_bytes(800, 600))
    item = store.import_file(photo).item
    store.edit(item.id, Details(caption="Мойындағы көгерулердің суреті", kind="injury",
                                incident_ids=[journal.entries()[0].id]))
    translate = kazakh()
    catalogue = texts(translate, "kk")
    exporter = Exporter(v, journal, store, catalogue,
                        {"physical": "Дене зорлығы", "threats": "Қорқыту"},
                        {"injury": "Жарақаттың суреті"})
    target = folder / "есеп.pdf"
    exporter.run(ExportRequest(include_history=True, name="Иванова Айгерім Серікқызы"), target)
    v.close()
    words = set()
    for value in [KAZAKH_TEXT, KAZAKH_PLACE, KAZAKH_LONG, *catalogue.values()]:
        words |= {w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 4}
    return target, words


def test_kazakh_words_break_only_with_a_hyphen_at_a_syllable(kazakh_report):
    from safeplan.report.hyphens import kazakh_breaks

    target, words = kazakh_report
    hyphenated = 0
    for text in page_texts(target):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line, following in itertools.pairwise(lines):
            head = re.search(r"([^\W\d_]+)(-?)$", line)
            tail = re.match(r"[^\W\d_]+", following)
            if not head or not tail:
                continue
            joined = head.group(1) + tail.group(0)
            if joined not in words or (head.group(1) in words and tail.group(0) in words):
                continue  # two words, or a word that is not ours
            assert head.group(2) == "-", f"broken without a hyphen: {head.group(1)}|{tail.group(0)}"
            assert len(head.group(1)) in kazakh_breaks(joined), (head.group(1), tail.group(0))
            hyphenated += 1
    assert hyphenated >= 2  # the long word and the paragraph did break, with hyphens


def test_kazakh_dates_are_written_as_official_documents_write_them(kazakh_report):
    target, _words = kazakh_report
    everything = " ".join(" ".join(page_texts(target)).split())
    assert "20.11.2026" in everything
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", everything)


def test_the_kazakh_rule_breaks_at_syllables_only():
    from safeplan.report.hyphens import SOFT, hyphenate

    def shown(word: str) -> str:
        return hyphenate(word, "kk").replace(SOFT, "-")

    assert shown("Дәлелдемелердің") == "Дә-лел-де-ме-лер-дің"
    assert shown("мемлекеттік") == "мем-ле-кет-тік"
    assert shown("баласының") == "ба-ла-сы-ның"
    assert shown("Қазақстан") == "Қа-зақстан"  # three consonants: left whole there
    assert shown("тауының") == "тауының"  # у, и, й: no break beside them
    assert shown("Құқыққорғауорганы") == "Құ-қық-қор-ғауор-га-ны"
    assert shown("Certificate12") == "Certificate12"
    # In a Russian report a Kazakh name gets the Kazakh rule rather than none.
    assert hyphenate("Жұмабеков", "ru").replace(SOFT, "-") == "Жұ-ма-бе-ков"
