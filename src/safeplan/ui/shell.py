"""The unlocked vault: navigation, pages, and a quick-exit button always in view."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
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

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultShell")
        self.session = session
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

        self.settings = SettingsView(session)
        self.settings.settingsChanged.connect(self.settingsChanged.emit)
        self.settings.pinChanged.connect(self._pin_changed)
        assert session.vault is not None
        vault = session.vault
        language = current_language()
        self.journal = JournalView()
        self.add_page("journal", self.tr("Journal"), self.journal)
        self.evidence = EvidenceView()
        self.evidence.linksChanged.connect(self._links_changed)
        self.add_page("evidence", self.tr("Evidence"), self.evidence)
        self.plan = PlanView()
        self.add_page("plan", self.tr("Plan"), self.plan)
        # What she records first (journal, evidence, plan, protection), then what she does
        # with it (export, backups), then how the app works (safety, settings last).
        self.protection = ProtectionView(language)
        self.protection.recordBreach.connect(self._record_breach)
        self.protection.ordersChanged.connect(self._orders_changed)
        self.add_page("protection", self.tr("Protection"), self.protection)
        self.export = ExportView(vault)
        self.add_page("export", self.tr("Export"), self.export)
        self.backup = BackupView(session)
        self.backup.replaced.connect(self.quickExit.emit)
        self.backup.reminderChanged.connect(self._reminder)
        self.add_page("backup", self.tr("Backups"), self.backup)

        # The records were read at unlock, in the KDF's worker; only a rebuilt shell
        # (a language change) reads the vault again.
        run_in_background(lambda: session.open_workspace(language), self._loaded,
                          self._load_failed)
        self.add_page("safety", self.tr("Safety"), SafetyView())
        self.add_page("settings", self.tr("Settings"), self.settings)
        self.navigation.currentRowChanged.connect(self._go)
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
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(header)
        failures = session.take_failures()
        self.failure_notice = FailureNotice(failures) if failures else None
        if self.failure_notice is not None:
            right.addWidget(self.failure_notice)
        # On a small screen (1366×768 at 200 % is 683×384) the pages scroll; Quick exit
        # stays in the header above them. At the usual sizes no scroll bar shows.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("vaultScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.pages)
        right.addWidget(self.scroller, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)

        if session.vault is not None and session.vault.opened_by == "recovery":
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

    def add_page(self, key: str, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.pages.addWidget(page)

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                self._go(row)

    def _go(self, row: int) -> None:
        if row < 0:
            return
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
