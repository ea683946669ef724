"""The safety plan: checklists for leaving, trusted people, safe places, help numbers.

No Qt. Checklists start from the templates in resources/plan/templates (one
file per language) and are then entirely the owner's: every list and item can
be edited, reordered, ticked, annotated, deleted, or reset to its template.
Everything lives encrypted in the vault.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .legal import leaving_template
from .paths import resource
from .vault import Vault

CHECKLIST = "plan-checklist"
CONTACT = "plan-contact"
PLACE = "plan-place"
NUMBER = "plan-number"
KZ_LEAVING = "kz_leaving"


def template_path(language: str) -> Path:
    folder = resource("plan", "templates")
    path = folder / f"{language}.json"
    return path if path.is_file() else folder / "en.json"


def load_template(language: str) -> dict[str, Any]:
    with open(template_path(language), encoding="utf-8") as handle:
        return json.load(handle)


def template_lists(language: str) -> list[dict[str, Any]]:
    """Every list a plan starts with: the general template, then Kazakhstan's leaving list."""
    kz = leaving_template(language)
    return [*load_template(language)["lists"],
            {"key": kz["key"], "title": kz["title"], "items": [i["text"] for i in kz["items"]]}]


def load_help(country: str) -> dict[str, Any]:
    with open(resource("plan", "help", f"{country}.json"), encoding="utf-8") as handle:
        return json.load(handle)


def localised(entry: dict[str, Any], language: str) -> tuple[str, str]:
    """An entry's name and description in `language`, else in English."""
    text = entry.get("i18n", {}).get(language, {})
    return text.get("name", entry["name"]), text.get("what", entry["what"])


def help_countries() -> list[str]:
    """Country files shipped, Kazakhstan first, the general advice last."""
    names = sorted(p.stem for p in resource("plan", "help").glob("*.json"))
    ordered = [n for n in ("KZ",) if n in names]
    ordered += [n for n in names if n not in ("KZ", "general")]
    return [*ordered, "general"] if "general" in names else ordered


@dataclass
class Item:
    text: str
    done: bool = False
    note: str = ""


@dataclass
class Checklist:
    """One list of the plan. `template` names the template list it came from, if any."""

    title: str
    items: list[Item] = field(default_factory=list)
    template: str = ""
    position: int = 0

    @property
    def progress(self) -> tuple[int, int]:
        return sum(item.done for item in self.items), len(self.items)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Checklist:
        return cls(title=data["title"], items=[Item(**i) for i in data.get("items", [])],
                   template=data.get("template", ""), position=int(data.get("position", 0)))


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
        if not self._lists:
            try:
                with vault.batch():  # every list of the template, or none
                    for spec in template_lists(language):
                        self._add_from(spec)
            except BaseException:
                self._lists = {}
                raise

    def _add_from(self, spec: dict[str, Any]) -> int:
        position = max((c.position for c in self._lists.values()), default=-1) + 1
        checklist = Checklist(spec["title"], [Item(t) for t in spec["items"]], spec["key"],
                              position)
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
        self._change(list_id, lambda c: setattr(c, "title", title.strip()))

    def delete_list(self, list_id: int) -> None:
        self._vault.delete(list_id)
        del self._lists[list_id]

    def add_item(self, list_id: int, text: str) -> None:
        self._change(list_id, lambda c: c.items.append(Item(text.strip())))

    def edit_item(self, list_id: int, index: int, text: str | None = None,
                  note: str | None = None) -> None:
        def change(checklist: Checklist) -> None:
            item = checklist.items[index]
            if text is not None:
                item.text = text.strip()
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
                    c, "items", [Item(text) for text in spec["items"]]))
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
