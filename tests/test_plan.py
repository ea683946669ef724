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
        assert entry["rechecked"] in (True, False, "partly")
        for lang in ("ru", "kk"):  # Russian and Kazakh for every entry
            assert localised(entry, lang)[0] != entry["name"], (lang, entry["name"])
    code = [e for e in kz["entries"] if e.get("time_bound")]
    assert code and code[0]["history"] and "2020" in code[0]["source_date"]
    assert "may not work now" in code[0]["what"] and "he may know it" in code[0]["what"]


def test_help_numbers_say_what_she_needs_to_know():
    by_number = {e["number"]: e for e in load_help("KZ")["entries"] if e["number"]
                 and not e.get("history")}
    assert "2007" in by_number["150"]["what"] and "victims of violence" in by_number["150"]["what"]
    assert by_number["111"]["registered"] and "registered" in by_number["111"]["what"]
    assert "guardianship" in by_number["111"]["what"]
    assert "app" in by_number["102"]["what"] and "video" in by_number["102"]["what"]
    regional = [e for e in load_help("KZ")["entries"] if "crisis centres" in e["name"]]
    assert regional and not regional[0]["number"] and "150" in regional[0]["what"]
    nemolchi = [e for e in load_help("KZ")["entries"] if "NeMolchi" in e["name"]]
    assert nemolchi[0]["online_abroad"] and "not a first contact" in nemolchi[0]["what"]


@pytest.mark.parametrize("country", ["KZ", "general"])
def test_help_files_validate_against_their_schema(country):
    schema = json.loads(paths.resource("plan", "help.schema.json").read_text())
    jsonschema.validate(load_help(country), schema)


def test_unknown_schema_fields_are_refused():
    schema = json.loads(paths.resource("plan", "help.schema.json").read_text())
    broken = load_help("KZ")
    del broken["entries"][0]["checked"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_first_open_seeds_from_the_template(opened):
    plan = SafetyPlan(opened, "ru")
    titles = [c.title for _, c in plan.lists()]
    assert titles[0] == "Документы" and len(titles) == 7 and titles[-1] == "Уход: Казахстан"
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
