"""Hyphenation for the report's wrapped text (pyphen's LibreOffice patterns). No Qt.

Long words get soft hyphens (U+00AD) at the places the language's rules allow;
fpdf2's line breaker then breaks there and prints a hyphen, instead of cutting
a word anywhere without one. Only text that wraps gets them (a line drawn with
cell() would keep them in its text). pyphen has Russian and English patterns
but no Kazakh ones: a word with a letter only Kazakh uses is left whole rather
than broken by Russian rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOFT = "\u00ad"
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PATTERNS = {"ru": "ru_RU", "en": "en_US"}
_WORD = re.compile(r"\w{8,}")


@lru_cache(maxsize=4)
def _dictionary(language: str):  # -> pyphen.Pyphen | None
    import pyphen

    name = PATTERNS.get(language)
    return pyphen.Pyphen(lang=name) if name else None


def hyphenate(text: str, language: str) -> str:
    """`text` with soft hyphens in its long words (8 letters or more)."""
    dictionary = _dictionary(language) if language in PATTERNS else None
    if dictionary is None or SOFT in text:
        return text

    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        if KAZAKH_ONLY & set(found) or any(c.isdigit() for c in found):
            return found
        return dictionary.inserted(found, hyphen=SOFT)

    return _WORD.sub(word, text)
