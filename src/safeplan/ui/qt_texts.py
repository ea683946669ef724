"""Qt's own texts that Qt's catalogues miss, translated in ours.

PySide6 ships `qtbase_ru.qm` from an older Qt: the file dialog of this Qt asks for
"&Look in:" and "Files of &type:" (with their shortcut letters) and its icon provider
for "Drive" and "Folder", which that catalogue does not hold, so they showed in English in a
Russian file dialog (found by tests/ui/test_every_screen.py). Our catalogue is
installed after Qt's, so Qt asks it first. Nothing imports this module: lupdate reads
it, and the strings live in calculator_<lang>.ts under Qt's own contexts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
