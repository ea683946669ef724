"""What the app states about the law in Kazakhstan, each with its sources and check date.

No Qt. The facts live in resources/legal/facts.json (schema beside it). A fact
that could not be re-checked against a stored copy of a public source carries
`rechecked` false or "partly"; screens must say so next to the text, so she
never takes a stale statement for a checked one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .languages import chain
from .paths import resource, resource_bytes, resource_names


@dataclass(frozen=True)
class Source:
    """A source by its own title, with its title in Russian and Kazakh where it has one
    (a law's official title in the other language) or where a screen in that language
    needs one (an English title, translated and marked as English)."""

    title: str
    url: str
    published: str = ""
    titles: dict[str, str] = field(default_factory=dict, compare=False)

    def title_in(self, language: str) -> str:
        return source_title({"title": self.title, "titles": self.titles}, language)


@dataclass(frozen=True)
class Fact:
    """One statement of law or fact, in several languages, with where it comes from."""

    id: str
    texts: dict[str, str]
    sources: tuple[Source, ...]
    checked: str
    rechecked: bool | str
    unconfirmed: str = ""  # in English
    unconfirmed_translated: dict[str, str] = field(default_factory=dict)  # ru, kk

    def text(self, language: str) -> str:
        """In `language`, else Russian for Kazakh (the law's other official text), else English."""
        for lang in (language, "ru" if language == "kk" else "en", "en"):
            if lang in self.texts:
                return self.texts[lang]
        return next(iter(self.texts.values()))

    def unconfirmed_in(self, language: str) -> str:
        """What could not be confirmed, in `language` (Kazakh falls back to Russian);
        "" rather than English on a Russian or Kazakh screen."""
        if language == "en":
            return self.unconfirmed
        for lang in (language, "ru") if language == "kk" else (language,):
            if lang in self.unconfirmed_translated:
                return self.unconfirmed_translated[lang]
        return ""

    @property
    def fully_rechecked(self) -> bool:
        return self.rechecked is True


def source_title(source: dict[str, Any], language: str) -> str:
    """A source's title for a screen or page in `language` (facts.json and the help
    numbers' files share the shape: "title", optional "titles" by language). Kazakh
    falls back to Russian, the law's other official language, then the title itself."""
    titles = source.get("titles", {})
    return next((titles[step] for step in chain(language) if step in titles),
                source["title"])


def facts_path() -> Path:
    return resource("legal", "facts.json")


@cache
def _load() -> dict[str, Fact]:
    data: dict[str, Any] = json.loads(resource_bytes("legal", "facts.json").decode("utf-8"))
    return {f["id"]: Fact(f["id"], dict(f["text"]),
                          tuple(Source(s["title"], s["url"], s.get("published", ""),
                                       dict(s.get("titles", {})))
                                for s in f["sources"]),
                          f["checked"], f["rechecked"], f.get("unconfirmed", ""),
                          dict(f.get("unconfirmed_translated", {})))
            for f in data["facts"]}


def fact(fact_id: str) -> Fact:
    return _load()[fact_id]


def all_facts() -> list[Fact]:
    return list(_load().values())


def leaving_template(language: str) -> dict[str, Any]:
    """The Kazakhstan leaving checklist in `language` (ru, kk, en; else English)."""
    name = f"leaving.{language}.json"
    if name not in resource_names("plan", "kz"):
        name = "leaving.en.json"
    return json.loads(resource_bytes("plan", "kz", name).decode("utf-8"))


__all__ = ["Fact", "Source", "all_facts", "fact", "facts_path", "leaving_template",
           "source_title"]
