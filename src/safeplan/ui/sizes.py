"""A file's size in her language: "64 байта", "62,5 КБ", "3,0 МБ".

Not QLocale.formattedDataSize: Qt 6 takes its units from CLDR data, not from a
catalogue, and they read wrong in both her languages ("64 байты" in Russian, "62,5 KiБ"
and "5,0 MБ", half Latin, in Kazakh); qtbase_ru.qm and qtbase_kk.qm hold no unit at all.
Our catalogue has the units GLib's Russian and Kazakh catalogues use ("%u byte(s)",
"%.1f KB": байт/байта, КБ, МБ, ГБ; see GLOSSARY.md), in 1024 steps as file managers
count, with the number written by her locale (decimal comma).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject


class FileSize(QObject):
    """The texts' context in the catalogue (a class, so that lupdate sees the plural)."""

    def text(self, size: int) -> str:
        if size < 1024:
            return self.tr("%n byte(s)", "", size)
        value, step = size / 1024, 0
        while value >= 1024 and step < 2:
            value, step = value / 1024, step + 1
        number = QLocale().toString(value, "f", 1)
        if step == 0:
            return self.tr("{number} KB").format(number=number)
        if step == 1:
            return self.tr("{number} MB").format(number=number)
        return self.tr("{number} GB").format(number=number)


_SIZES = FileSize()


def size_text(size: int) -> str:
    """`size` bytes, as a person reads it, in the interface's language (QLocale's default,
    which ui/language.py keeps in step with it)."""
    return _SIZES.text(size)
