"""The safety plan: templates valid in every language, editing, persistence, reset."""

from __future__ import annotations

import json

import jsonschema
import pytest

from safeplan import paths, vault
from safeplan.plan import (
    CONTACT,
    SafetyPlan,
    help_countries,
    load_help,
    load_template,
    localised,
)

PIN = "13572468"
LANGUAGES = sorted(p.stem for p in paths.resource("plan", "templates").glob("*.json")
                   if p.stem != "schema")


@pytest.fixture
def opened(data_dir, policy):
    v, _ = vault.create(data_dir, PIN, policy=policy)
    yield v
    v.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_is_valid_and_complete(language):
    schema = json.loads(paths.resource("plan", "templates", "schema.json").read_text())
    template = load_template(language)
    jsonschema.validate(template, schema)
    assert template["language"] == language
    keys = [spec["key"] for spec in template["lists"]]
    assert keys == ["documents", "bag", "ready", "digital", "children", "after"]


def test_languages_shipped():
    assert {"en", "ru"} <= set(LANGUAGES)


def test_every_template_has_the_same_lists_as_english():
    english = [(s["key"], len(s["items"])) for s in load_template("en")["lists"]]
    for language in LANGUAGES:
        assert [(s["key"], len(s["items"])) for s in load_template(language)["lists"]] == english


def test_unknown_language_falls_back_to_english():
    assert load_template("xx")["language"] == "en"


def test_help_numbers_carry_their_source_and_date():
    assert help_countries()[0] == "KZ" and help_countries()[-1] == "general"
    kz = load_help("KZ")
    numbers = {e["number"] for e in kz["entries"]}
    assert {"112", "102", "103", "111", "150"} <= numbers
    for entry in kz["entries"]:
        assert entry["source"]["url"].startswith("http") and entry["checked"]
    for entry in kz["entries"]:
        assert localised(entry, "ru")[0] != entry["name"]  # Russian for every entry
        assert localised(entry, "kk") == (entry["name"], entry["what"])  # English fallback
    code = [e for e in kz["entries"] if e.get("time_bound")]
    assert code and "2020" in code[0]["source_date"] and "antiseptics" in code[0]["what"]


def test_first_open_seeds_from_the_template(opened):
    plan = SafetyPlan(opened, "ru")
    titles = [c.title for _, c in plan.lists()]
    assert titles[0] == "Документы" and len(titles) == 6
    again = SafetyPlan(opened, "en")  # not seeded twice, and keeps her language
    assert [c.title for _, c in again.lists()] == titles


def test_editing_persists_across_lock_and_unlock(opened, data_dir, policy):
    plan = SafetyPlan(opened, "en")
    list_id, documents = plan.lists()[0]
    plan.tick(list_id, 0, True)
    plan.edit_item(list_id, 1, note="in the blue folder at mother's")
    plan.add_item(list_id, "Diploma")
    assert plan.move_item(list_id, len(documents.items) - 1, -1) == len(documents.items) - 2
    plan.delete_item(list_id, 2)
    new = plan.add_list("For my mother")
    plan.add_item(new, "Her medicines")
    plan.rename_list(new, "For mum")
    plan.add_row(CONTACT, {"name": "Айгуль", "phone": "+7 700 000 00 00",
                           "knows": "everything", "code_word": "пирог"})
    expected = [(c.title, [(i.text, i.done, i.note) for i in c.items]) for _, c in plan.lists()]
    opened.close()
    reopened = vault.unlock(data_dir, PIN, policy=policy)
    plan = SafetyPlan(reopened, "en")
    assert [(c.title, [(i.text, i.done, i.note) for i in c.items])
            for _, c in plan.lists()] == expected
    assert plan.rows(CONTACT)[0][1]["code_word"] == "пирог"
    assert plan.get(list_id).progress == (1, len(plan.get(list_id).items))
    reopened.close()


def test_reset_to_template(opened):
    plan = SafetyPlan(opened, "en")
    list_id, checklist = plan.lists()[1]
    original = [i.text for i in checklist.items]
    plan.tick(list_id, 0, True)
    plan.delete_item(list_id, 1)
    plan.add_item(list_id, "mine")
    plan.reset(list_id)
    assert [i.text for i in plan.get(list_id).items] == original
    assert plan.get(list_id).progress == (0, len(original))
    own = plan.add_list("Own list")
    assert not plan.can_reset(own)


def test_rows_update_and_delete(opened):
    plan = SafetyPlan(opened, "en")
    row = plan.add_row(CONTACT, {"name": "A"})
    plan.update_row(CONTACT, row, {"name": "B"})
    assert plan.rows(CONTACT) == [(row, {"name": "B"})]
    plan.delete_row(CONTACT, row)
    assert plan.rows(CONTACT) == []
