"""A legal statement on screen: its text, its sources, the day it was checked, and a plain
mark when it could not be re-checked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..legal import Fact
from .widgets import label


def recheck_note(rechecked: bool | str, unconfirmed: str = "") -> str:
    """What to say under a fact or number that was not (fully) re-checked."""
    if rechecked == "partly":
        text = QCoreApplication.translate(
            "LegalNote", "Only partly re-checked against its sources.")
    else:
        text = QCoreApplication.translate(
            "LegalNote", "Not re-checked against a current source: treat it with care.")
    return f"{text} {unconfirmed}".strip()


def sources_line(fact: Fact, language: str) -> str:
    titles = "; ".join(s.title_in(language) + (f" ({s.published})" if s.published else "")
                       for s in fact.sources)
    text = QCoreApplication.translate("LegalNote", "Source: {titles} · checked {date}")
    return text.format(titles=titles, date=fact.checked)


def fact_box(fact: Fact, language: str, name: str = "") -> QWidget:
    """The fact, its sources and, when not fully re-checked, the warning: never alone."""
    frame = QFrame()
    frame.setObjectName(name or f"fact_{fact.id}")
    box = QVBoxLayout(frame)
    box.setContentsMargins(0, 4, 0, 4)
    box.addWidget(label(fact.text(language)))
    box.addWidget(label(sources_line(fact, language), "hint", "legal_source"))
    if not fact.fully_rechecked:
        # What was not confirmed, in her language (facts.json `unconfirmed` and
        # `unconfirmed_translated`); never English on a Russian or Kazakh screen.
        box.addWidget(label(recheck_note(fact.rechecked, fact.unconfirmed_in(language)),
                            "error"))
    return frame
