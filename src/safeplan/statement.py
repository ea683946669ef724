"""A statement to the police (заявление) drafted from the incidents she chooses.

No Qt. There is no official form: a victim writes it freely. The draft puts what
her journal already holds into plain, formal language, each incident in time
order, then what she asks for, the attachments, the line about knowingly false
statements (resources/legal/facts.json: false-report-419), date and signature
lines, and the blanks the police fill in when they register it (КУИ number,
officer, date). She edits the text before it leaves the vault; every save is a
new version. Russian and Kazakh (the Kazakh wording awaits a native speaker's
review: KAZAKH_REVIEW).

A saved statement is kept as her incidents are: every create, edit and delete is one
unit of work of the journal (`Journal.action()`) with its chain event, and statements
saved before they were chained are adopted into the chain once (`Journal.adopt`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from . import chain
from .journal import Entry, Incident, Journal
from .orders import ProtectiveOrder
from .vault import Vault

STATEMENT = "police-statement"
LANGUAGES = ("ru", "kk")
KAZAKH_REVIEW = True  # drafted without a native speaker; see tests/golden/README.md
BLANK = "________________"


class Request(StrEnum):
    REGISTER = "register"
    PROSECUTE = "prosecute"
    PROTECTIVE_ORDER = "protective_order"
    FORENSIC_EXAM = "forensic_exam"


_MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
}

# Every sentence the draft is made of, in each language. Named placeholders only.
_TEXT: dict[str, dict[str, str]] = {
    "ru": {
        "to": "Начальнику {department}",
        "to_blank": "Начальнику отдела полиции " + BLANK,
        "from": "от {applicant}",
        "from_blank": "от " + BLANK + "\n(Ф. И. О., ИИН, адрес, телефон)",
        "title": "ЗАЯВЛЕНИЕ",
        "intro_person": "Прошу принять меры в отношении следующего лица: {person}. Он "
                        "совершил в отношении меня следующие действия.",
        "intro": "Прошу принять меры в связи со следующими действиями, совершёнными в "
                 "отношении меня.",
        "breach": "Эти действия совершены в нарушение защитного предписания {order}.",
        "date": "{day} {month} {year} г.",
        "date_approx": "примерно {day} {month} {year} г. ({note})",
        "at_time": "около {time}",
        "place": "по адресу (месту): {place}",
        "words": "При этом он сказал: «{words}».",
        "injuries": "В результате у меня: {injuries}.",
        "witnesses": "Свидетели: {witnesses}.",
        "children_yes": "При этом присутствовали дети.",
        "children_no": "",
        "police": "В тот же день я обращалась в полицию ({details}).",
        "medical": "Я обращалась за медицинской помощью ({details}).",
        "exam": "Я была направлена на судебно-медицинскую экспертизу{details}.",
        "ask": "На основании изложенного прошу:",
        "register": "зарегистрировать настоящее заявление в Книге учёта информации (КУИ);",
        "prosecute_person": "привлечь его ({person}) к ответственности, предусмотренной "
                            "законом;",
        "prosecute": "привлечь виновное лицо к ответственности, предусмотренной законом;",
        "protective_order": "вынести в отношении него защитное предписание;",
        "forensic_exam": "направить меня на судебно-медицинскую экспертизу.",
        "attachments": "Приложение: отчёт «Документирование происшествий» № {report_id} с "
                       "файлами доказательств и их хешами SHA-256.",
        "attachments_none": "Приложение: нет.",
        "false": "Об уголовной ответственности за заведомо ложный донос по статье 419 "
                 "Уголовного кодекса Республики Казахстан предупреждена.",
        "signature": "Дата: " + BLANK + "        Подпись: " + BLANK,
        "police_marks": "Отметки о регистрации (заполняет сотрудник полиции):",
        "kui": "Номер в КУИ: " + BLANK,
        "officer": "Ф. И. О. сотрудника, принявшего заявление: " + BLANK,
        "registered_on": "Дата регистрации: " + BLANK,
        "relation": "{name} ({relationship})",
        "order": "№ {number} от {date}",
        "order_by": "№ {number} от {date} ({issued_by})",
    },
    "kk": {
        "to": "{department} бастығына",
        "to_blank": BLANK + " полиция бөлімінің бастығына",
        "from": "{applicant}",
        "from_blank": BLANK + "\n(Т. А. Ә., ЖСН, мекенжайы, телефоны)",
        "title": "АРЫЗ",
        "intro_person": "{person} маған қатысты төмендегі әрекеттерді жасады, оған қатысты "
                        "шара қолдануыңызды сұраймын.",
        "intro": "Маған қатысты жасалған төмендегі әрекеттерге байланысты шара "
                 "қолдануыңызды сұраймын.",
        "breach": "Бұл әрекеттер {order} қорғау нұсқамасын бұза отырып жасалды.",
        "date": "{year} жылғы {day} {month}",
        "date_approx": "шамамен {year} жылғы {day} {month} ({note})",
        "at_time": "сағат {time} шамасында",
        "place": "мекенжайы (орны): {place}",
        "words": "Сол кезде ол: «{words}» деді.",
        "injuries": "Соның салдарынан менде: {injuries}.",
        "witnesses": "Куәгерлер: {witnesses}.",
        "children_yes": "Бұл кезде балалар болды.",
        "children_no": "",
        "police": "Сол күні полицияға жүгіндім ({details}).",
        "medical": "Медициналық көмекке жүгіндім ({details}).",
        "exam": "Мені сот-медициналық сараптамаға жолдады{details}.",
        "ask": "Жоғарыда баяндалғанның негізінде сұраймын:",
        "register": "осы арызды Ақпаратты есепке алу кітабында (АЕК) тіркеуді;",
        "prosecute_person": "оны ({person}) заңда көзделген жауапкершілікке тартуды;",
        "prosecute": "кінәлі адамды заңда көзделген жауапкершілікке тартуды;",
        "protective_order": "оған қатысты қорғау нұсқамасын шығаруды;",
        "forensic_exam": "мені сот-медициналық сараптамаға жолдауды.",
        "attachments": "Қосымша: дәлелдеме файлдары мен олардың SHA-256 хэштері бар "
                       "«Оқиғаларды құжаттау» есебі № {report_id}.",
        "attachments_none": "Қосымша: жоқ.",
        # Art. 419's own Kazakh title is «Көрінеу жалған сөз жеткізу» (GLOSSARY.md: CC419).
        "false": "Қазақстан Республикасы Қылмыстық кодексінің 419-бабы бойынша көрінеу "
                 "жалған сөз жеткізгені үшін қылмыстық жауаптылық туралы ескертілдім.",
        "signature": "Күні: " + BLANK + "        Қолы: " + BLANK,
        "police_marks": "Тіркеу туралы белгілер (полиция қызметкері толтырады):",
        "kui": "АЕК нөмірі: " + BLANK,
        "officer": "Арызды қабылдаған қызметкердің Т. А. Ә.: " + BLANK,
        "registered_on": "Тіркелген күні: " + BLANK,
        "relation": "{name} ({relationship})",
        "order": "{date} № {number}",
        "order_by": "{date} № {number} ({issued_by})",
    },
}


def formal_date(iso: str, language: str, approximate_note: str = "") -> str:
    day = date.fromisoformat(iso)
    t = _TEXT[language]
    values = {"day": day.day, "month": _MONTHS[language][day.month - 1], "year": day.year}
    if approximate_note:
        return t["date_approx"].format(note=approximate_note, **values)
    return t["date"].format(**values)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?…»\"" else text + "."


@dataclass
class Statement:
    """What she chose; `text` is the draft as she last edited it."""

    language: str = "ru"
    department: str = ""  # "Управления полиции Алмалинского района г. Алматы"
    applicant: str = ""  # her details, optional
    incident_ids: list[int] = field(default_factory=list)
    order_id: int | None = None  # a statement about a breach of this order
    requests: list[str] = field(default_factory=lambda: [r.value for r in Request])
    report_id: str = ""
    text: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Statement:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def _incident_paragraph(number: int, incident: Incident, language: str,
                        order_label: str) -> str:
    t = _TEXT[language]
    head = [formal_date(incident.date, language,
                        incident.approximate_note if incident.approximate else "")]
    if incident.time:
        head.append(t["at_time"].format(time=incident.time))
    if incident.place.strip():
        head.append(t["place"].format(place=" ".join(incident.place.split())))
    parts = [", ".join(head) + ".", _sentence(incident.description)]
    if incident.exact_words.strip():
        words = " ".join(incident.exact_words.split()).strip("«»\"")
        parts.append(t["words"].format(words=words))
    if incident.injuries.strip():
        parts.append(t["injuries"].format(injuries=" ".join(incident.injuries.split())
                                          .rstrip(".")))
    if incident.witnesses.strip():
        parts.append(t["witnesses"].format(witnesses=" ".join(incident.witnesses.split())
                                           .rstrip(".")))
    parts.append(t["children_yes" if incident.children_present else "children_no"])
    police = ", ".join(p for p in (incident.police_station, incident.police_officer,
                                   incident.police_report) if p)
    if incident.police_contacted and police:
        parts.append(t["police"].format(details=police))
    medical = ", ".join(p for p in (incident.medical_where, incident.medical_record) if p)
    if incident.medical_help and medical:
        parts.append(t["medical"].format(details=medical))
    if incident.exam_referred:
        exam = ", ".join(p for p in (
            formal_date(incident.exam_date, language) if incident.exam_date else "",
            incident.exam_place, incident.exam_result) if p)
        parts.append(t["exam"].format(details=f" ({exam})" if exam else ""))
    if order_label:
        parts.append(t["breach"].format(order=order_label))
    return f"{number}. " + " ".join(p for p in parts if p)


def order_label(order: ProtectiveOrder, language: str) -> str:
    """An order as a statement names it: number, date, who issued it."""
    t = _TEXT[language if language in LANGUAGES else "ru"]
    when = order.issued_on or order.starts_on
    values = {"number": order.number.strip() or BLANK,
              "date": formal_date(when, language) if when else BLANK,
              "issued_by": " ".join(order.issued_by.split())}
    return t["order_by" if values["issued_by"] else "order"].format(**values)


def draft(statement: Statement, entries: Iterable[Entry],
          people: dict[int, dict[str, str]],
          orders: dict[int, ProtectiveOrder] | None = None) -> str:
    """The statement's text for the chosen incidents, oldest first."""
    language = statement.language if statement.language in LANGUAGES else "ru"
    t = _TEXT[language]
    orders = orders or {}
    chosen = sorted((e for e in entries if e.id in set(statement.incident_ids)),
                    key=lambda e: (e.current.date, e.current.time, e.recorded_at))
    person_ids = {e.current.person_id for e in chosen} - {None}
    person = name = ""
    if len(person_ids) == 1:
        who = people.get(next(iter(person_ids)), {})
        name = who.get("name", "")
        if name:
            person = (t["relation"].format(name=who["name"], relationship=who["relationship"])
                      if who.get("relationship") else who["name"])
    header = [t["to"].format(department=statement.department.strip())
              if statement.department.strip() else t["to_blank"],
              t["from"].format(applicant=statement.applicant.strip())
              if statement.applicant.strip() else t["from_blank"]]
    body = [t["intro_person"].format(person=person) if person else t["intro"]]
    for number, entry in enumerate(chosen, 1):
        order_id = entry.current.order_id if entry.current.order_id is not None \
            else statement.order_id if "order_breach" in entry.current.kinds else None
        order = orders.get(order_id) if order_id is not None else None
        label = order_label(order, language) if order is not None else ""
        body.append(_incident_paragraph(number, entry.current, language, label))
    asks = []
    for request in Request:
        if request.value not in statement.requests:
            continue
        if request == Request.PROSECUTE:
            asks.append(t["prosecute_person"].format(person=name) if name
                        else t["prosecute"])
        else:
            asks.append(t[request.value])
    if asks:
        asks[-1] = asks[-1].rstrip(";") + ("" if asks[-1].endswith(".") else ".")
        body.append(t["ask"] + "\n" + "\n".join(f"{n}) {a}" for n, a in enumerate(asks, 1)))
    body.append(t["attachments"].format(report_id=statement.report_id or BLANK))
    body.append(t["false"])
    body.append(t["signature"])
    body.append("\n".join((t["police_marks"], t["kui"], t["officer"], t["registered_on"])))
    return "\n".join(header) + "\n\n" + t["title"] + "\n\n" + "\n\n".join(body) + "\n"


def title(language: str) -> str:
    return _TEXT[language if language in LANGUAGES else "ru"]["title"]


@dataclass
class StatementEntry:
    id: int
    revisions: list[tuple[float, Statement]] = field(default_factory=list)

    @property
    def current(self) -> Statement:
        return self.revisions[-1][1]

    def digests(self) -> list[str]:
        """The chain's digest of each saved version, oldest first."""
        return [chain.statement_digest(t, asdict(s)) for t, s in self.revisions]


class StatementBook:
    """Her statements inside one open vault; every save is a new version, in `journal`'s
    chain.

    Attributes:
        damaged: ids of statement records that could not be read.
    """

    KINDS = (STATEMENT,)

    def __init__(self, vault: Vault, journal: Journal, clock: Callable[[], float] = time.time,
                 loaded: dict[str, list[tuple[int, Any]]] | None = None) -> None:
        self._vault = vault
        self._journal = journal
        self._clock = clock
        self.damaged: set[int] = set()
        loaded = loaded if loaded is not None else vault.list_many(self.KINDS)
        self._entries: dict[int, StatementEntry] = {}
        for record_id, data in loaded[STATEMENT]:
            try:
                self._entries[record_id] = StatementEntry(record_id, [
                    (float(r["saved_at"]), Statement.from_data(r["statement"]))
                    for r in data["revisions"]])
            except (KeyError, TypeError, ValueError):
                self.damaged.add(record_id)
        journal.chain_in(STATEMENT, self.revision_digests)
        journal.adopt(STATEMENT, self.revision_digests())

    @staticmethod
    def _data(entry: StatementEntry) -> dict[str, Any]:
        return {"revisions": [{"saved_at": t, "statement": asdict(s)}
                              for t, s in entry.revisions]}

    def revision_digests(self) -> list[tuple[int, list[str]]]:
        return [(e.id, e.digests()) for e in list(self._entries.values())]

    def version(self, statement_id: int) -> dict[str, Any]:
        """The current version as stored and digested: what a report's manifest carries."""
        saved_at, statement = self._entries[statement_id].revisions[-1]
        return {"record": statement_id, "saved_at": saved_at, "statement": asdict(statement)}

    def entries(self) -> list[StatementEntry]:
        return sorted(self._entries.values(), key=lambda e: e.revisions[-1][0], reverse=True)

    def get(self, statement_id: int) -> StatementEntry:
        return self._entries[statement_id]

    def add(self, statement: Statement) -> StatementEntry:
        entry = StatementEntry(0, [(self._clock(), statement)])
        with self._journal.action() as record:
            entry.id = self._vault.put(STATEMENT, self._data(entry))
            record("create", entry.id, entry.digests()[-1])
        self._entries[entry.id] = entry
        return entry

    def save(self, statement_id: int, statement: Statement) -> StatementEntry:
        entry = self._entries[statement_id]
        if asdict(statement) == asdict(entry.current):
            return entry
        changed = StatementEntry(statement_id, [*entry.revisions, (self._clock(), statement)])
        with self._journal.action() as record:
            self._vault.update(statement_id, self._data(changed))
            record("edit", statement_id, changed.digests()[-1])
        entry.revisions = changed.revisions
        return entry

    def delete(self, statement_id: int) -> None:
        entry = self._entries[statement_id]
        with self._journal.action() as record:
            self._vault.delete(statement_id)
            record("delete", statement_id, entry.digests()[-1])
        del self._entries[statement_id]


__all__ = ["BLANK", "KAZAKH_REVIEW", "LANGUAGES", "STATEMENT", "Request", "Statement",
           "StatementBook", "StatementEntry", "draft", "formal_date", "order_label", "title"]
