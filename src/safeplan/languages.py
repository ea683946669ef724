"""The languages SafePlan speaks and how one falls back to another. No Qt.

Kazakh falls back to Russian before English: many Kazakh speakers read Russian
better than English, and a missing Kazakh string is better shown in Russian.
Used by the screens' catalogues (ui/language.py), the plan's help numbers and
templates, and anything else that picks a text by language.
"""

from __future__ import annotations

SUPPORTED = ("en", "ru", "kk")
FALLBACK: dict[str, tuple[str, ...]] = {"kk": ("ru",)}  # then English, the source language


def chain(language: str) -> tuple[str, ...]:
    """The languages to try for `language`, most wanted first, always ending in "en"."""
    steps = [language, *FALLBACK.get(language, ())] if language in SUPPORTED else []
    return (*[s for s in steps if s != "en"], "en")
