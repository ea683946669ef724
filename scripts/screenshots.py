"""Render the app's screens offscreen into docs/screenshots/ (run: make screenshots)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool
from PySide6.QtWidgets import QApplication

from safeplan.app import create_window
from safeplan.vault import DeviceKeyring, KdfPolicy

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")


class _Memory:
    """An in-memory keyring so screenshots never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, s: str, u: str) -> str | None:
        return self.items.get((s, u))

    def set_password(self, s: str, u: str, p: str) -> None:
        self.items[(s, u)] = p

    def delete_password(self, s: str, u: str) -> None:
        self.items.pop((s, u), None)


def settle(app: QApplication) -> None:
    for _ in range(5):
        QThreadPool.globalInstance().waitForDone(20_000)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents()


def shoot(window, name: str, app: QApplication) -> None:
    settle(app)
    window.grab().save(str(OUT / f"{name}.png"))


def add_sample_incidents(window) -> None:
    from safeplan.journal import Incident

    journal = window.shell.journal.journal
    pid = journal.add_person("Ерлан", "муж")
    samples = [
        ("2026-06-14", ["psychological"], "Кричал из-за денег, называл меня бесполезной."),
        ("2026-07-02", ["economic"], "Забрал мою банковскую карту: «деньги теперь мои»."),
        ("2026-08-19", ["threats", "psychological"], "Сказал: «Если уйдёшь, заберу детей»."),
        ("2026-09-05", ["physical"], "Толкнул меня к стене на кухне, синяк на плече."),
        ("2026-09-28", ["stalking", "digital"], "Проверял мой телефон, требовал пароль."),
        ("2026-10-17", ["physical", "threats"], "Ударил по лицу при детях. Угрожал ножом."),
        ("2026-11-20", ["physical", "property"], "Разбил мой телефон, схватил за горло."),
    ]
    for day, kinds, text in samples:
        journal.create(Incident(date=day, time="22:30", kinds=kinds, description=text,
                                person_id=pid, fear=7))


def sample_photo(path: Path, colours: tuple, taken: str, orientation: int = 1) -> None:
    """A soft gradient with a darker patch, with the EXIF a phone writes."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = 1600, 1200
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image = Image.composite(Image.new("RGB", (width, height), colours[0]),
                            Image.new("RGB", (width, height), colours[1]),
                            image.convert("L"))
    draw = ImageDraw.Draw(image)
    draw.ellipse((560, 380, 1060, 780), fill=colours[2])
    image = image.filter(ImageFilter.GaussianBlur(40))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Samsung", "SM-A515F", orientation
    exif.get_ifd(0x8769)[0x9003] = taken
    image.save(path, "PNG" if path.suffix == ".png" else "JPEG", exif=exif, quality=85)


def add_sample_evidence(window, folder: Path) -> None:
    store = window.shell.evidence.store
    journal = window.shell.journal.journal
    entries = journal.entries()
    photos = [
        ("IMG_20261120_231402.jpg", ((224, 182, 160), (196, 150, 128), (120, 70, 110)),
         "2026:11:20 23:14:02", "injury", "Синяк на шее", 0),
        ("IMG_20261120_231518.jpg", ((60, 60, 70), (30, 30, 36), (150, 150, 160)),
         "2026:11:20 23:15:18", "property", "Разбитый телефон", 0),
        ("IMG_20261017_224010.jpg", ((230, 190, 170), (205, 160, 140), (170, 90, 90)),
         "2026:10:17 22:40:10", "injury", "Щека, на следующий день", 1),
        ("Screenshot_20260819.png", ((240, 240, 245), (220, 225, 235), (80, 140, 220)),
         "2026:08:19 21:02:44", "messages", "«Если уйдёшь, заберу детей»", 2),
        ("IMG_20260905_080112.jpg", ((226, 186, 164), (200, 156, 134), (110, 90, 140)),
         "2026:09:05 08:01:12", "injury", "Плечо, утром", 3),
    ]
    for name, colours, taken, kind, caption, entry in photos:
        path = folder / name
        sample_photo(path, colours, taken)
        item = store.import_file(path).item
        from safeplan.evidence import Details

        store.edit(item.id, Details(caption=caption, kind=kind,
                                    incident_ids=[entries[entry].id]))
    statement = folder / "заявление_в_полицию.txt"
    statement.write_text("Заявление\n\nПрошу принять меры...\n", encoding="utf-8")
    store.import_file(statement)
    audio = folder / "voice_2026-11-20.m4a"
    audio.write_bytes(b"\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom" + bytes(4096))
    store.import_file(audio)
    window.shell.evidence.refresh()
    window.shell._links_changed()


def report_pages(window, app: QApplication, language: str) -> None:
    """Export the sample vault as a PDF and render a few pages with pdftoppm."""
    import shutil
    import subprocess

    from safeplan.export import Exporter, ExportRequest
    from safeplan.report import texts
    from safeplan.ui.evidence_model import evidence_kind_names
    from safeplan.ui.journal_model import kind_names

    if shutil.which("pdftoppm") is None:
        print("screenshots: pdftoppm not found (apt install poppler-utils); report pages skipped")
        return
    settle(app)
    shell = window.shell
    from safeplan.ui.export_view import report_translate

    translate = report_translate(language)
    exporter = Exporter(window.session.vault, shell.journal.journal, shell.evidence.store,
                        texts(translate, language), kind_names(translate),
                        evidence_kind_names(translate))
    folder = Path(tempfile.mkdtemp())
    pdf = folder / "report.pdf"
    exporter.run(ExportRequest(include_history=True, purpose="для участкового полиции"
                               if language == "ru" else "for the district police",
                               name="Иванова Айгерим Сериковна" if language == "ru"
                               else "Aigerim Ivanova"), pdf)
    from pypdf import PdfReader

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    # The first incident page that shows a photo's facts (the photo itself is an image).
    photo = next(n for n, text in enumerate(pages, 1) if n > 3 and "SHA-256" in text
                 and text.startswith(("Incident", "Происшествие")))
    manifest = next(n for n, text in enumerate(pages, 1) if "SHA-256 " in text and "1. " in text
                    and ("Evidence manifest" in text or "Перечень доказательств" in text))
    verify = next(n for n, text in enumerate(pages, 1) if "pdfsig report.pdf" in text)
    for number, name in ((1, "declaration"), (2, "cover"), (3, "summary"), (photo, "incident"),
                         (manifest, "manifest"), (verify, "verify"), (len(pages), "custody")):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(number), "-l", str(number),
                        "-singlefile", str(pdf), str(OUT / f"report-{language}-{name}")],
                       check=True)
    shutil.rmtree(folder)


def kazakhstan_screens(window, app: QApplication) -> None:
    """Issue 18's screens, in Russian: danger signs, calendar, orders, statement."""
    from datetime import date, timedelta

    from safeplan.orders import OrderKind, ProtectiveOrder

    window.shell.show_page("journal")
    settle(app)
    journal = window.shell.journal
    journal.open_editor(None)
    editor = journal.editor
    editor.kind_boxes["strangulation"].setChecked(True)
    editor.exam.setChecked(True)
    settle(app)
    from PySide6.QtWidgets import QScrollArea

    area = editor.findChild(QScrollArea)
    area.ensureWidgetVisible(editor.danger_info, 0, 200)
    area.horizontalScrollBar().setValue(0)
    shoot(window, "vault-journal-danger-ru", app)
    editor.cancel()
    journal.calendar_button.setChecked(True)
    journal.calendar.calendar.setSelectedDate(journal.calendar.calendar.selectedDate())
    shoot(window, "vault-journal-calendar-ru", app)
    journal.calendar_button.setChecked(False)
    window.shell.show_page("protection")
    settle(app)
    protection = window.shell.protection
    served = date.today() - timedelta(days=26)
    protection.orders.book.add(ProtectiveOrder(
        kind=OrderKind.POLICE, number="17", issued_by="УП Алмалинского района г. Алматы",
        issued_on=served.isoformat(), starts_on=served.isoformat(),
        conditions="Не приближаться к заявительнице, не звонить и не писать ей"))
    protection.orders.refresh()
    protection.orders.list.setCurrentRow(0)
    shoot(window, "vault-protection-orders-ru", app)
    # A second version, and the order's history as the chain records it.
    protection.orders.conditions.setPlainText(
        "Не приближаться к заявительнице ближе 100 м, не звонить и не писать ей")
    protection.orders.save()
    protection.orders.history.toggle.setChecked(True)
    settle(app)
    area = protection.orders.findChild(QScrollArea)
    area.verticalScrollBar().setValue(protection.orders.history.mapTo(
        area.widget(), protection.orders.history.rect().topLeft()).y() - 60)
    shoot(window, "vault-protection-order-history-ru", app)
    protection.orders.history.toggle.setChecked(False)
    protection.tabs.setCurrentIndex(1)
    statements = protection.statements
    statements.reload_choices()
    for row in (statements.incidents.count() - 1, statements.incidents.count() - 2):
        statements.incidents.item(row).setCheckState(
            statements.incidents.item(row).checkState().Checked)
    statements.department.setText("Управления полиции Алмалинского района г. Алматы")
    statements.make_draft()
    shoot(window, "vault-protection-statement-ru", app)


def statement_pages() -> None:
    """The statement printed alone, in Russian and Kazakh, rendered with pdftoppm."""
    import subprocess

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from safeplan.orders import ProtectiveOrder
    from safeplan.statement import draft
    from safeplan.statement_pdf import render_statement
    from test_statement import PEOPLE, fixed_journal, statement

    orders = {42: ProtectiveOrder(number="17", issued_by="УП Алмалинского района",
                                  issued_on="2026-10-01", starts_on="2026-10-02")}
    folder = Path(tempfile.mkdtemp())
    for language in ("ru", "kk"):
        chosen = statement(language)
        pdf = folder / f"statement-{language}.pdf"
        with open(pdf, "wb") as out:
            render_statement(out, draft(chosen, fixed_journal(), PEOPLE, orders), language,
                             chosen.report_id)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf),
                        str(OUT / f"statement-{language}")], check=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(["calculator"])
    keyring = _Memory()
    for dark in (False, True):
        suffix = "dark" if dark else "light"
        window = create_window(tempfile.mkdtemp(), policy=KdfPolicy.for_tests(),
                               device_factory=lambda: DeviceKeyring(keyring), dark=dark)
        window.show()
        if not dark:
            shoot(window, "setup-1-welcome", app)
            window.setup.findChild(object, "setup_start").click()
            for d in "25801":
                window.setup.pin_pad.press(d)
            shoot(window, "setup-2-pin", app)
            for d in "47369":
                window.setup.pin_pad.press(d)
            window.setup.pin_pad.press("OK")
            for d in "2580147369":
                window.setup.confirm_pad.press(d)
            window.setup.confirm_pad.press("OK")
            shoot(window, "setup-3-keyring", app)
            window.setup.findChild(object, "setup_create").click()
            shoot(window, "setup-4-recovery-code", app)
            window.setup.findChild(object, "setup_written").click()
            shoot(window, "setup-5-check", app)
            code = window.session.vault and window.setup.flow.recovery_code
            flow = window.setup.flow
            for d in flow.code_groups(code)[flow.checked_group]:  # the group it asks for
                window.setup.verify_pad.press(d)
            window.setup.verify_pad.press("OK")
            window.setup.findChild(object, "setup_finish").click()
            from safeplan.ui.main_window import VAULT_SIZE

            window.resize(VAULT_SIZE)  # the offscreen screen is 800×600: as on a real one
            settle(app)
            add_sample_incidents(window)
            window.shell.journal.refresh()
            window.shell.journal._check_chain()
            shoot(window, "vault-journal", app)
            window.shell.journal.timeline_button.setChecked(True)
            shoot(window, "vault-journal-timeline", app)
            window.shell.journal.timeline_button.setChecked(False)
            window.shell.journal.open_editor(None)
            shoot(window, "vault-journal-editor", app)
            window.shell.journal.editor.cancel()
            add_sample_evidence(window, Path(tempfile.mkdtemp()))
            window.shell.show_page("evidence")
            shoot(window, "vault-evidence", app)
            evidence = window.shell.evidence
            evidence.import_panel.prepare(["/home/user/Pictures/IMG_20261121_090301.jpg",
                                           "/home/user/Pictures/IMG_20261121_090315.jpg"],
                                          evidence.incident_choices())
            evidence.import_panel.remove.setChecked(True)
            shoot(window, "vault-evidence-import", app)
            evidence.import_panel.hide()
            evidence.open_item(evidence.model.item(3).id)
            shoot(window, "vault-evidence-viewer", app)
            evidence.close_viewer()
            window.shell.show_page("export")
            window.shell.export.purpose.setText("для участкового полиции")
            shoot(window, "vault-export", app)
            report_pages(window, app, "en")
            window.shell.show_page("plan")
            settle(app)
            plan = window.shell.plan
            plan.items.item(0).setCheckState(plan.items.item(0).checkState().Checked)
            plan.items.item(2).setCheckState(plan.items.item(2).checkState().Checked)
            shoot(window, "vault-plan", app)
            plan.tabs.setCurrentIndex(2)
            shoot(window, "vault-plan-numbers", app)
            window.shell.show_page("safety")
            shoot(window, "vault-safety", app)
            window.shell.show_page("settings")
            shoot(window, "vault-settings", app)
            window.session.settings.language = "ru"
            window._settings_changed()  # rebuilds the screens in Russian
            window.shell.show_page("journal")
            shoot(window, "vault-journal-ru", app)
            window.shell.journal.open_editor(None)
            shoot(window, "vault-journal-editor-ru", app)
            window.shell.journal.editor.cancel()
            window.shell.show_page("plan")
            settle(app)
            window.shell.plan.tabs.setCurrentIndex(2)
            shoot(window, "vault-plan-numbers-ru", app)
            window.shell.show_page("evidence")
            settle(app)
            shoot(window, "vault-evidence-ru", app)
            kazakhstan_screens(window, app)
            report_pages(window, app, "ru")
            window.session.settings.language = "en"
            window._settings_changed()
            window.lock()
        else:
            window._setup_dismissed()
        for key in "1234+56×7":
            window.calculator.press(key)
        shoot(window, f"calculator-{suffix}", app)
        window.close()
        settle(app)
    backup_screens(app, keyring)


def backup_screens(app: QApplication, keyring: _Memory) -> None:
    """The Backups page (English and Russian) and restoring at first run."""
    import time

    from safeplan.backups import DAY
    from safeplan.journal import Incident

    folder = Path(tempfile.mkdtemp())
    window = create_window(folder / "data", policy=KdfPolicy.for_tests(),
                           device_factory=lambda: DeviceKeyring(keyring))
    window.show()
    window.session.create("2580147369", True)
    window._setup_finished()
    settle(app)
    journal = window.shell.journal.journal
    journal.create(Incident(date="2026-11-02", kinds=["threats"], description="Угрожал"))
    window.session.backups.remember_place = True
    window.session.make_backup(Path("/tmp") / f"calc-{time.strftime('%Y-%m-%d')}.bin")
    journal.create(Incident(date="2026-11-20", kinds=["physical"], description="Толкнул"))
    window.resize(900, 1080)
    window.shell.show_page("backup")
    view = window.shell.backup
    view._clock = lambda: time.time() + 9 * DAY  # changes 9 days old: the reminder shows
    view.with_pin.setChecked(True)
    view.refresh()
    shoot(window, "vault-backups", app)
    window.session.settings.language = "ru"
    window._settings_changed()
    window.resize(900, 1080)
    window.shell.show_page("backup")
    settle(app)
    window.shell.backup._clock = view._clock
    window.shell.backup.with_pin.setChecked(True)
    window.shell.backup.refresh()
    shoot(window, "vault-backups-ru", app)
    window.session.settings.language = "en"
    window._settings_changed()
    backup_file = Path(window.session.backups.last_place)
    window.lock()
    window.close()
    fresh = create_window(folder / "new", policy=KdfPolicy.for_tests(),
                          device_factory=lambda: DeviceKeyring(keyring))
    fresh.show()
    settle(app)
    fresh.setup.findChild(object, "setup_restore").click()
    shoot(fresh, "setup-restore-1-file", app)
    restore = fresh.setup.restore_view
    restore.choose_file(str(backup_file))
    for digit in "123456781234567812345678":
        restore.code_pad.press(digit)
    shoot(fresh, "setup-restore-2-code", app)
    fresh.close()
    backup_file.unlink()
    settle(app)


if __name__ == "__main__":
    if sys.argv[2:] == ["backup"]:  # only the backup screens
        OUT.mkdir(parents=True, exist_ok=True)
        backup_screens(QApplication(["calculator"]), _Memory())
    else:
        OUT.mkdir(parents=True, exist_ok=True)
        statement_pages()
        main()
