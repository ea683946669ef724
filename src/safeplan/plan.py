"""The safety plan: checklists for leaving, trusted people, safe places, help numbers.

No Qt. Checklists start from the templates in resources/plan/templates (one
file per language) and are then entirely the owner's: every list and item can
be edited, reordered, ticked, annotated, deleted, or reset to its template.
Everything lives encrypted in the vault.

A list or item that came from a template keeps the template's id and shows in
the language of the day (the stored text is only the last language's wording)
until she edits it: from then on her own text stands. Vaults seeded before ids
existed are migrated on open by matching the stored text against every
language's template.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from .languages import chain
from .legal import leaving_template
from .paths import resource_bytes, resource_names
from .vault import Vault

CHECKLIST = "plan-checklist"
CONTACT = "plan-contact"
PLACE = "plan-place"
NUMBER = "plan-number"
KZ_LEAVING = "kz_leaving"


def load_template(language: str) -> dict[str, Any]:
    """The checklist templates in `language`, else along its fallback chain (Kazakh,
    then Russian), else in English."""
    shipped = resource_names("plan", "templates")
    name = next((f"{step}.json" for step in chain(language) if f"{step}.json" in shipped),
                "en.json")
    return json.loads(resource_bytes("plan", "templates", name).decode("utf-8"))


def template_lists(language: str) -> list[dict[str, Any]]:
    """Every list a plan starts with: the general template, then Kazakhstan's leaving list."""
    kz = leaving_template(language)
    return [*load_template(language)["lists"],
            {"key": kz["key"], "title": kz["title"],
             "items": [{"id": f"{kz['key']}.{position}", "text": item["text"]}
                       for position, item in enumerate(kz["items"])]}]


def template_languages() -> list[str]:
    return sorted(n[:-5] for n in resource_names("plan", "templates")
                  if n.endswith(".json") and n != "schema.json")


def item_entries(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(id, text) of a template list's items; a plain string gets its list key and position
    as id (the language files of one list are kept in the same order)."""
    entries = []
    for position, item in enumerate(spec["items"]):
        if isinstance(item, str):
            entries.append((f"{spec['key']}.{position}", item))
        else:
            entries.append((item["id"], item["text"]))
    return entries


class TemplateTexts:
    """Titles and item texts of every template list, by id, in every language."""

    def __init__(self, lists_for: Callable[[str], list[dict[str, Any]]] | None = None) -> None:
        lists_for = lists_for or template_lists
        self.titles: dict[str, dict[str, str]] = {}
        self.items: dict[str, dict[str, str]] = {}
        for language in template_languages():
            for spec in lists_for(language):
                self.titles.setdefault(language, {})[spec["key"]] = spec["title"]
                for item_id, text in item_entries(spec):
                    self.items.setdefault(language, {})[item_id] = text

    def title(self, key: str, language: str) -> str | None:
        return next((self.titles[step][key] for step in chain(language)
                     if key in self.titles.get(step, {})), None)

    def text(self, item_id: str, language: str) -> str | None:
        return next((self.items[step][item_id] for step in chain(language)
                     if item_id in self.items.get(step, {})), None)

    def knows(self, key: str) -> bool:
        return any(key in titles for titles in self.titles.values())

    def find_title(self, key: str, title: str) -> bool:
        return any(titles.get(key) == title for titles in self.titles.values())

    def find_item(self, text: str, prefix: str = "") -> str | None:
        """The id of a template item whose text (in any language) is `text`; one from the
        list `prefix` names first."""
        found = None
        for texts in self.items.values():
            for item_id, candidate in texts.items():
                if candidate == text:
                    if not prefix or item_id.startswith(prefix + "."):
                        return item_id
                    found = found or item_id
        return found


def load_help(country: str) -> dict[str, Any]:
    return json.loads(resource_bytes("plan", "help", f"{country}.json").decode("utf-8"))


def localised(entry: dict[str, Any], language: str) -> tuple[str, str]:
    """An entry's name and description in `language`, else along its fallback chain
    (Kazakh, then Russian), else in English."""
    texts = entry.get("i18n", {})
    found = [texts[step] for step in chain(language) if step in texts]
    name = next((t["name"] for t in found if t.get("name")), entry["name"])
    what = next((t["what"] for t in found if t.get("what")), entry["what"])
    return name, what


def help_countries() -> list[str]:
    """Country files shipped, Kazakhstan first, the general advice last."""
    names = sorted(n[:-5] for n in resource_names("plan", "help") if n.endswith(".json"))
    ordered = [n for n in ("KZ",) if n in names]
    ordered += [n for n in names if n not in ("KZ", "general")]
    return [*ordered, "general"] if "general" in names else ordered


@dataclass
class Item:
    """One line of a list. `template` is the template item's id ("" for her own item);
    `edited` says she changed its text, which then stands in every language."""

    text: str
    done: bool = False
    note: str = ""
    template: str = ""
    edited: bool = False


@dataclass
class Checklist:
    """One list of the plan. `template` names the template list it came from, if any."""

    title: str
    items: list[Item] = field(default_factory=list)
    template: str = ""
    position: int = 0
    renamed: bool = False

    @property
    def progress(self) -> tuple[int, int]:
        return sum(item.done for item in self.items), len(self.items)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Checklist:
        known = {"text", "done", "note", "template", "edited"}
        items = [Item(**{k: v for k, v in i.items() if k in known})
                 for i in data.get("items", [])]
        return cls(title=data["title"], items=items, template=data.get("template", ""),
                   position=int(data.get("position", 0)),
                   renamed=bool(data.get("renamed", False)))


class SafetyPlan:
    """The plan inside one open vault. The first open seeds it from a template."""

    KINDS = (CHECKLIST, CONTACT, PLACE, NUMBER)

    def __init__(self, vault: Vault, language: str = "en",
                 loaded: dict[str, list[tuple[int, Any]]] | None = None) -> None:
        self._vault = vault
        self.language = language
        loaded = loaded if loaded is not None else vault.list_many(self.KINDS)
        self._lists = {rid: Checklist.from_data(data) for rid, data in loaded[CHECKLIST]}
        self._rows = {kind: dict(loaded[kind]) for kind in (CONTACT, PLACE, NUMBER)}
        self.texts = TemplateTexts()
        if not self._lists:
            try:
                with vault.batch():  # every list of the template, or none
                    for spec in template_lists(language):
                        self._add_from(spec)
            except BaseException:
                self._lists = {}
                raise
        self._follow_language_all()

    def _add_from(self, spec: dict[str, Any]) -> int:
        position = max((c.position for c in self._lists.values()), default=-1) + 1
        checklist = Checklist(spec["title"], self._template_items(spec), spec["key"], position)
        list_id = self._vault.put(CHECKLIST, asdict(checklist))
        self._lists[list_id] = checklist
        return list_id

    def missing_templates(self) -> list[tuple[str, str]]:
        """(key, title) of template lists she does not have (a vault made before they
        shipped, or a list she deleted): offered, never added behind her back."""
        have = {c.template for c in self._lists.values()}
        return [(spec["key"], spec["title"]) for spec in template_lists(self.language)
                if spec["key"] not in have]

    def add_template_list(self, key: str) -> int:
        for spec in template_lists(self.language):
            if spec["key"] == key:
                return self._add_from(spec)
        raise KeyError(key)

    def _follow_language_all(self) -> None:
        """Template texts in this plan's language; lists whose record changed (ids adopted,
        a new language) are rewritten in one transaction. If that write fails the plan still
        shows right, and the next open tries again."""
        changed = [list_id for list_id, checklist in self._lists.items()
                   if self._follow_language(checklist)]
        if not changed:
            return
        try:
            with self._vault.batch():
                for list_id in changed:
                    self._vault.update(list_id, asdict(self._lists[list_id]))
        except Exception:
            pass

    @staticmethod
    def _template_items(spec: dict[str, Any]) -> list[Item]:
        return [Item(text, template=item_id) for item_id, text in item_entries(spec)]

    def _follow_language(self, checklist: Checklist) -> bool:
        """Show template titles and items in this plan's language; adopt ids for a vault
        seeded before they existed. True if the stored record should be rewritten."""
        changed = False
        if checklist.template and not self.texts.knows(checklist.template):
            return False  # a list from a template this build does not ship: leave it be
        if checklist.template and not checklist.renamed:
            if not self.texts.find_title(checklist.template, checklist.title):
                checklist.renamed, changed = True, True  # renamed before this was tracked
            else:
                title = self.texts.title(checklist.template, self.language)
                if title and title != checklist.title:
                    checklist.title, changed = title, True
        for item in checklist.items:
            if not item.template and not item.edited:
                found = (self.texts.find_item(item.text, checklist.template)
                         if checklist.template else None)
                if found is None:
                    item.edited, changed = True, True  # her own item: it stands as written
                    continue
                item.template, changed = found, True
            if item.template and not item.edited:
                text = self.texts.text(item.template, self.language)
                if text is not None and text != item.text:
                    item.text, changed = text, True
        return changed

    # -- checklists ------------------------------------------------------------
    # Every change is written first and only then shown: a list is changed on
    # a copy, the copy is stored, and the stored copy replaces the list in memory.

    def lists(self) -> list[tuple[int, Checklist]]:
        return sorted(self._lists.items(), key=lambda pair: pair[1].position)

    def get(self, list_id: int) -> Checklist:
        return self._lists[list_id]

    def _change(self, list_id: int, change: Callable[[Checklist], object]) -> None:
        changed = copy.deepcopy(self._lists[list_id])
        change(changed)
        self._vault.update(list_id, asdict(changed))
        self._lists[list_id] = changed

    def add_list(self, title: str) -> int:
        position = max((c.position for c in self._lists.values()), default=-1) + 1
        checklist = Checklist(title.strip(), [], "", position)
        list_id = self._vault.put(CHECKLIST, asdict(checklist))
        self._lists[list_id] = checklist
        return list_id

    def rename_list(self, list_id: int, title: str) -> None:
        def rename(checklist: Checklist) -> None:
            if title.strip() != checklist.title:
                checklist.title, checklist.renamed = title.strip(), True

        self._change(list_id, rename)

    def delete_list(self, list_id: int) -> None:
        self._vault.delete(list_id)
        del self._lists[list_id]

    def add_item(self, list_id: int, text: str) -> None:
        self._change(list_id, lambda c: c.items.append(Item(text.strip(), edited=True)))

    def edit_item(self, list_id: int, index: int, text: str | None = None,
                  note: str | None = None) -> None:
        def change(checklist: Checklist) -> None:
            item = checklist.items[index]
            if text is not None and text.strip() != item.text:
                item.text, item.edited = text.strip(), True
            if note is not None:
                item.note = note

        self._change(list_id, change)

    def tick(self, list_id: int, index: int, done: bool) -> None:
        self._change(list_id, lambda c: setattr(c.items[index], "done", done))

    def move_item(self, list_id: int, index: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns its new index."""
        target = max(0, min(len(self._lists[list_id].items) - 1, index + delta))
        if target != index:
            self._change(list_id, lambda c: c.items.insert(target, c.items.pop(index)))
        return target

    def delete_item(self, list_id: int, index: int) -> None:
        self._change(list_id, lambda c: c.items.pop(index))

    def can_reset(self, list_id: int) -> bool:
        return bool(self._lists[list_id].template)

    def reset(self, list_id: int) -> None:
        """Back to the template's items, unticked (the title and place stay)."""
        template = self._lists[list_id].template
        for spec in template_lists(self.language):
            if spec["key"] == template:
                self._change(list_id, lambda c, spec=spec: setattr(
                    c, "items", self._template_items(spec)))
                return
        raise KeyError(template)

    # -- people, places, own numbers -------------------------------------------

    def rows(self, kind: str) -> list[tuple[int, dict[str, str]]]:
        return list(self._rows[kind].items())

    def add_row(self, kind: str, data: dict[str, str]) -> int:
        row_id = self._vault.put(kind, data)
        self._rows[kind][row_id] = data
        return row_id

    def update_row(self, kind: str, row_id: int, data: dict[str, str]) -> None:
        self._vault.update(row_id, data)
        self._rows[kind][row_id] = data

    def delete_row(self, kind: str, row_id: int) -> None:
        self._vault.delete(row_id)
        del self._rows[kind][row_id]
