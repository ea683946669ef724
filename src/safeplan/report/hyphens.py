"""Hyphenation for the report's wrapped text. No Qt.

Long words get soft hyphens (U+00AD) at the places the language's rules allow;
fpdf2's line breaker then breaks there and prints a hyphen, instead of cutting
a word anywhere without one. Only text that wraps gets them (a line drawn with
cell() would keep them in its text).

Russian and English use pyphen's LibreOffice patterns. pyphen has no Kazakh
patterns (`pyphen.LANGUAGES` holds en, en_GB, en_US, ru, ru_RU and no kk), so
Kazakh words are broken by a rule of our own, kept deliberately narrow
(`kazakh_breaks`): Kazakh spelling carries a word over by its syllables, and
a Kazakh syllable starts with at most one consonant (CV, CVC, CVCC; never a
cluster), so between two vowels one consonant goes with the next syllable
(ба-ла, ке-ле-ді) and of two consonants the second does (ақ-ша, дә-лел-де-ме).
Only those two shapes are used: clusters of three (Қазақстан: қазақ+стан) and
the letters whose part in a syllable depends on the word (у and и are vowels
or glides, й, ь, ъ) never get a break next to them. Russian loanwords obey the
same two shapes (ре-ги-он, ас-та-на), so a Kazakh report can break them too.
A word with a letter only Kazakh uses gets the Kazakh rule in any language.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOFT = "\u00ad"
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PATTERNS = {"ru": "ru_RU", "en": "en_US"}
_WORD = re.compile(r"\w{8,}")
# Letters that are surely a vowel or surely a consonant wherever they stand in a
# Kazakh word; у, и, й, ь, ъ are neither, and no break is put beside them.
VOWELS = set("аәеёоөұүыіэюя")
CONSONANTS = set("бвгғджзкқлмнңпрстфхһцчшщ")
EDGE = 2  # letters at least on either side of a break (as pyphen's defaults)


@lru_cache(maxsize=4)
def _dictionary(language: str):  # -> pyphen.Pyphen | None
    import pyphen

    name = PATTERNS.get(language)
    return pyphen.Pyphen(lang=name) if name else None


def kazakh_breaks(word: str) -> list[int]:
    """Where `word` may break: positions p meaning word[:p] - word[p:].

    A break goes before the last consonant of one or two certain consonants
    standing between two certain vowels (V-CV, VC-CV)."""
    lower = word.lower()
    found = []
    for at in range(EDGE, len(lower) - EDGE + 1):
        if lower[at] not in CONSONANTS or at + 1 >= len(lower) or lower[at + 1] not in VOWELS:
            continue
        before = lower[at - 1]  # at >= EDGE: two letters stand before it
        if before in VOWELS or (before in CONSONANTS and lower[at - 2] in VOWELS):
            found.append(at)
    return found


def _kazakh(word: str) -> str:
    if not word.isalpha() or not set(word.lower()) <= VOWELS | CONSONANTS | set("уийьъ"):
        return word  # Latin letters, digits, signs: left whole
    cut = 0
    parts = []
    for at in kazakh_breaks(word):
        parts.append(word[cut:at])
        cut = at
    parts.append(word[cut:])
    return SOFT.join(parts)


def hyphenate(text: str, language: str) -> str:
    """`text` with soft hyphens in its long words (8 letters or more)."""
    if SOFT in text:
        return text
    dictionary = _dictionary(language) if language in PATTERNS else None

    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        if any(c.isdigit() for c in found):
            return found
        if language == "kk" or KAZAKH_ONLY & set(found):
            return _kazakh(found)
        return dictionary.inserted(found, hyphen=SOFT) if dictionary is not None else found

    return _WORD.sub(word, text)
