"""The unlocked vault: navigation, pages, and a quick-exit button always in view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..evidence import EVIDENCE
from ..orders import ORDER
from ..session import Session, Workspace
from ..statement import STATEMENT
from .background import run_in_background
from .backup_view import BackupView
from .evidence_view import EvidenceView
from .export_view import ExportView
from .failure_notice import FailureNotice
from .journal_view import JournalView
from .language import current as current_language
from .plan_view import PlanView
from .protection_view import ProtectionView
from .settings_view import SettingsView
from .widgets import button, card, label, scrolling_column


class SafetyView(QWidget):
    """How the disguise works, and honestly what it does not protect against."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyView")
        column = scrolling_column(self)
        sections = [
            (self.tr("Hiding it"), self.tr(
                "Press Esc or Quick exit to go back to the calculator at once: everything "
                "shown is cleared. The vault also locks by itself after a few minutes without "
                "use, when the window is minimised, and when another window stays in front "
                "(see Settings). To open it again, type your PIN and press =.")),
            (self.tr("What is protected"), self.tr(
                "Everything you write or add is encrypted on this computer with your PIN "
                "(AES-256, Argon2id). Nothing you write is stored anywhere in readable form, "
                "and the app never uses the internet. File and folder names look like a "
                "calculator's.")),
            (self.tr("What is not protected"), self.tr(
                "Spying software or a keylogger on this computer can see what you type and "
                "what is on screen. Someone with full control of the computer can read the "
                "memory while the vault is open. Files you add are still where they were "
                "until you remove them, and copies may remain in backups, cloud folders and "
                "on your phone. A report you export is not protected: keep it hidden.")),
            (self.tr("Changing your PIN"), self.tr(
                "A new PIN stops the old one from opening the vault, and the vault gets a "
                "new key. Someone who knew your old PIN and had copied the vault's file "
                "before the change cannot read what you write after it. What was in the "
                "vault before the change is in his copy: he can still read that. Your "
                "recovery code opens everything, old and new. A vault made by an early "
                "version of the app gets a new key only once you have typed your recovery "
                "code in it (the Backups page asks for it too).") + " " + self.tr(
                "Type your recovery code when you change the PIN: the new key then reaches "
                "your recovery code and no one else's, even if he changed the vault while "
                "he knew your PIN. Without it the PIN changes all the same, but your "
                "recovery code stops opening the vault until you type it once on the "
                "Backups page.")),
            (self.tr("Memory and sleep"), self.tr(
                "The open vault runs in a process of its own that ends when the vault locks: "
                "the calculator never holds what you opened or the keys of the vault, and "
                "their memory goes back to the computer at the lock. While the vault is "
                "open, the computer may write its memory to the disk (swap, hibernation), "
                "where a specialist could find it; full-disk encryption, with encrypted "
                "swap, prevents that. On Linux other programs of the same user cannot read "
                "the app's memory, and a crash leaves no memory dump.")),
            (self.tr("Copy and paste"), self.tr(
                "Text you copy from the vault is removed from the clipboard when the vault "
                "locks, and clipboard managers are asked not to keep it. A clipboard manager "
                "or clipboard history that ignores this request, or a program that watches the "
                "clipboard, may still have kept a copy. Copy from the vault only when you "
                "need to.")),
            (self.tr("If you forget your PIN"), self.tr(
                "Type your 24-digit recovery code on the calculator and press =, then choose "
                "a new PIN. Without the PIN or the recovery code nobody can open the vault, "
                "not even us.")),
        ]
        for title, text in sections:
            frame, box = card(title)
            box.addWidget(label(text))
            column.addWidget(frame)
        column.addStretch(1)


class VaultShell(QWidget):
    """Navigation between the vault's sections, with Quick exit on every screen.

    A new shell is built at every unlock and thrown away at every lock, so no
    decrypted text can outlive the session in a widget or model.

    Signals:
        quickExit(): lock now and show the calculator.
        settingsChanged(): the auto-lock or language settings changed.
    """

    quickExit = Signal()
    settingsChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 prepare_only: bool = False) -> None:
        """The whole shell for an unlocked session; with `prepare_only`, only its frame
        (navigation, header, Quick exit): the pages come one by one from `build_step()`
        and the vault's data from `attach()` once the key is derived."""
        super().__init__(parent)
        self.setObjectName("vaultShell")
        self.session = session
        self.attached = False
        # The worker's window sets this: the plan's page (the only costly one to fill,
        # 50-200 ms) is filled a tab per idle turn after the window's first frame.
        self.fill_later = False
        self._painted = False
        self._plan_steps: Iterator[None] | None = None
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(168)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("vaultPages")

        self.title = QLabel("")
        self.title.setObjectName("pageTitle")
        self.title.setProperty("role", "title")
        self.exit_button = QPushButton(self.tr("Quick exit"))
        self.exit_button.setObjectName("quickExit")
        self.exit_button.setAccessibleName(self.tr("Quick exit: hide everything now"))
        self.exit_button.setToolTip(self.tr("Esc"))
        self.exit_button.setProperty("role", "exit")
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.clicked.connect(self.quickExit.emit)

        # What she records first (journal, evidence, plan, protection), then what she does
        # with it (export, backups), then how the app works (safety, settings last).
        sections = [("journal", self.tr("Journal")), ("evidence", self.tr("Evidence")),
                    ("plan", self.tr("Plan")), ("protection", self.tr("Protection")),
                    ("export", self.tr("Export")), ("backup", self.tr("Backups")),
                    ("safety", self.tr("Safety")), ("settings", self.tr("Settings"))]
        for key, title in sections:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        # One page a step, in the navigation's order; each takes ~20-60 ms to build.
        self._steps = [self._build_journal, self._build_evidence, self._build_plan,
                       self._build_protection, self._build_export, self._build_backup,
                       self._build_safety, self._build_settings]
        # Wide enough for the longest word of a section name in her language
        # ("Доказательства", "Дәлелдемелер"); a longer name wraps ("Сақтық / көшірмелер"):
        # sized to the whole name, the Kazakh list took 62 px from every page and the
        # journal's filters no longer fitted the window.
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setWordWrap(True)
        self.navigation.ensurePolished()  # the style sheet sets the items' font
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(word)
                     for row in range(self.navigation.count())
                     for word in self.navigation.item(row).text().split())
        self.navigation.setFixedWidth(max(168, widest + 72))
        room = self.navigation.width() - 44  # less the list's and the item's padding
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            lines = 1 if metrics.horizontalAdvance(item.text()) <= room else 2
            if lines > 1:  # the delegate sizes an item for one line, then elides
                item.setSizeHint(QSize(room, self.navigation.sizeHintForRow(row)
                                       + metrics.lineSpacing()))

        header = QHBoxLayout()
        header.setContentsMargins(18, 12, 12, 6)
        header.addWidget(self.title, 1)
        self.reminder = button("", "backup_reminder_link", "hint")
        self.reminder.setFlat(True)
        self.reminder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reminder.setAccessibleName(self.tr("Backups"))
        self.reminder.clicked.connect(lambda: self.show_page("backup"))
        self.reminder.hide()
        header.addWidget(self.reminder)
        header.addWidget(self.exit_button)
        self._right = QVBoxLayout()
        self._right.setContentsMargins(0, 0, 0, 0)
        self._right.addLayout(header)
        self.failure_notice: FailureNotice | None = None
        # On a small screen (1366×768 at 200 % is 683×384) the pages scroll; Quick exit
        # stays in the header above them. At the usual sizes no scroll bar shows.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("vaultScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.pages)
        self._right.addWidget(self.scroller, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(self._right, 1)
        if not prepare_only:
            self.attach()

    # -- building, a page at a time --------------------------------------------------

    def build_step(self) -> bool:
        """Build the next page; False once every page is built."""
        if not self._steps:
            return False
        self._steps.pop(0)()
        if not self._steps:
            self.navigation.currentRowChanged.connect(self._go)
            self._go(0)  # the journal's size policy and title, before any first show
        return True

    def _build_journal(self) -> None:
        self.journal = JournalView()
        self.pages.addWidget(self.journal)

    def _build_evidence(self) -> None:
        self.evidence = EvidenceView()
        self.evidence.linksChanged.connect(self._links_changed)
        self.pages.addWidget(self.evidence)

    def _build_plan(self) -> None:
        self.plan = PlanView()
        self.pages.addWidget(self.plan)

    def _build_protection(self) -> None:
        self.protection = ProtectionView(current_language())
        self.protection.recordBreach.connect(self._record_breach)
        self.protection.ordersChanged.connect(self._orders_changed)
        self.pages.addWidget(self.protection)

    def _build_export(self) -> None:
        self.export = ExportView(self.session.vault)
        self.pages.addWidget(self.export)

    def _build_backup(self) -> None:
        self.backup = BackupView(self.session)
        self.backup.replaced.connect(self.quickExit.emit)
        self.backup.reminderChanged.connect(self._reminder)
        self.pages.addWidget(self.backup)

    def _build_safety(self) -> None:
        self.pages.addWidget(SafetyView())

    def _build_settings(self) -> None:
        self.settings = SettingsView(self.session)
        self.settings.settingsChanged.connect(self.settingsChanged.emit)
        self.settings.pinChanged.connect(self._pin_changed)
        self.pages.addWidget(self.settings)

    def attach(self) -> None:
        """The unlocked session's data into the screens (the rest of the pages built
        first): settings, what failed earlier, and the records, read off the GUI thread."""
        while self.build_step():
            pass
        session = self.session
        assert session.vault is not None
        self.attached = True
        self.export.vault = session.vault
        self.settings.refresh()
        self.backup.refresh()
        failures = session.take_failures()
        if failures:
            self.failure_notice = FailureNotice(failures)
            self._right.insertWidget(1, self.failure_notice)
        # The records were read at unlock, in the KDF's worker; only a rebuilt shell
        # (a language change) reads the vault again.
        language = current_language()
        run_in_background(lambda: session.open_workspace(language), self._loaded,
                          self._load_failed)
        if session.vault.opened_by == "recovery":
            self.show_page("settings")
            self.navigation.setEnabled(False)
        else:
            self.navigation.setCurrentRow(0)

    def wanted_width(self) -> int:
        """Wide enough that no page needs the horizontal scroll bar (the pages differ by
        language: the evidence filters are wider in Russian)."""
        pages = max(self.pages.widget(i).minimumSizeHint().width()
                    for i in range(self.pages.count()))
        return self.navigation.width() + pages + self.scroller.verticalScrollBar().sizeHint(
            ).width() + 4

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                self._go(row)

    def first_frame(self) -> None:
        """The window has painted its first frame: the rest of the data now."""
        self._painted = True
        if self._plan_steps is not None:
            QTimer.singleShot(0, self._plan_step)

    def _plan_step(self) -> None:
        if not shiboken6.isValid(self) or self._plan_steps is None:
            return
        if next(self._plan_steps, StopIteration) is StopIteration:
            self._plan_steps = None
        else:
            QTimer.singleShot(0, self._plan_step)

    def _go(self, row: int) -> None:
        if row < 0:
            return
        if self._plan_steps is not None and self.pages.widget(row) is self.plan:
            for _step in self._plan_steps:  # she wants it now
                pass
            self._plan_steps = None
        # The scroll area asks the stack for its minimum size: only the page on screen
        # counts (a stack otherwise wants the widest of all its pages).
        for index in range(self.pages.count()):
            policy = (QSizePolicy.Policy.Preferred if index == row
                      else QSizePolicy.Policy.Ignored)
            self.pages.widget(index).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(row)
        self.title.setText(self.navigation.item(row).text())

    def _loaded(self, result: object) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return  # locked while loading: the screens are gone
        assert isinstance(result, Workspace)
        journal, plan, evidence = result.journal, result.plan, result.evidence
        orders, statements = result.orders, result.statements
        self.journal.evidence_names = lambda entry_id: [
            i.current.caption or i.name for i in evidence.for_incident(entry_id)]
        self.journal.evidence_choices = lambda: [
            (i.id, i.current.caption or i.name) for i in evidence.items()]
        self.journal.model.evidence_counts = evidence.counts_by_incident()
        self.journal.loaded(journal)
        self.evidence.loaded(evidence, journal)
        self.export.loaded(journal, evidence)
        if self.fill_later:
            self._plan_steps = self.plan.loading(plan)
            if self._painted:
                QTimer.singleShot(0, self._plan_step)
        else:
            self.plan.loaded(plan)
        self.backup.loaded(journal)
        self.journal.order_choices = lambda: list(orders.labels().items())
        self.export.order_labels = orders.labels
        self.export.statement_choices = lambda: [
            (((e.current.text.strip().splitlines() or [""])[0])[:60], e.current.text,
             e.current.language, statements.version(e.id))
            for e in statements.entries() if e.current.text.strip()]
        self.export.order_versions = orders.versions
        self.protection.loaded(orders, statements, journal)

        def record_label(kind: str, record_id: int) -> str:
            """What she calls a record, for the chain check's warning."""
            try:
                if kind == ORDER:
                    return orders.get(record_id).label()
                if kind == STATEMENT:
                    text = statements.get(record_id).current.text.strip()
                    return (text.splitlines() or [""])[0][:60]
                if kind == EVIDENCE:
                    item = evidence.get(record_id)
                    return item.current.caption or item.name
            except KeyError:
                pass
            return ""

        self.journal.record_label = record_label

    def _load_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or self.session.vault is None:
            return
        self.journal.load_failed(error)
        self.evidence.load_failed(error)
        self.plan.load_failed(error)
        self.protection.load_failed(error)

    def _record_breach(self, order_id: object) -> None:
        """A breach of an order is an incident like any other, linked to the order."""
        self.show_page("journal")
        self.journal.open_editor(None, {"date": date.today().isoformat(),
                                        "kinds": ["order_breach"], "order_id": order_id,
                                        "_entry_id": None})

    def _orders_changed(self) -> None:
        if self.protection.statements is not None:
            self.protection.statements.reload_choices()

    def _links_changed(self) -> None:
        if self.evidence.store is not None:
            self.journal.model.evidence_counts = self.evidence.store.counts_by_incident()
            self.journal.refresh()

    def _reminder(self, days: int) -> None:
        """Only inside the vault: a quiet link to the Backups page."""
        self.reminder.setVisible(days >= 0)
        if days >= 0:
            text = self.tr("No backup of changes from {days} days ago").format(days=days)
            self.reminder.setText(text)
            self.reminder.setAccessibleName(text)

    def _pin_changed(self) -> None:
        self.navigation.setEnabled(True)

    def unsaved_work(self):
        """Work to finish before the vault closes (a draft to keep), or None."""
        return self.journal.unsaved_work()

    def clear(self) -> None:
        self.backup.clear()
        self.export.clear()
        self.evidence.clear()
        self.journal.clear()
