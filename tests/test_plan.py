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


def test_kazakh_template_shipped_and_ids_shared_by_every_language():
    ids = {lang: [[i["id"] for i in s["items"]] for s in load_template(lang)["lists"]]
           for lang in LANGUAGES}
    assert "kk" in ids
    assert all(value == ids["en"] for value in ids.values())


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
    again = SafetyPlan(opened, "en")  # not seeded twice
    assert len(again.lists()) == 7
    assert again.lists()[-1][1].title == load_template_lists_title("en")


def load_template_lists_title(language: str) -> str:
    from safeplan.plan import template_lists

    return template_lists(language)[-1]["title"]


def _shown(plan: SafetyPlan) -> list[tuple[str, list[str]]]:
    return [(c.title, [i.text for i in c.items]) for _, c in plan.lists()]


def test_template_content_follows_the_language_until_she_edits_it(opened):
    """Seeded in Russian, opened in Kazakh and English: lists and items change language;
    what she renamed, edited or added stands as she wrote it."""
    plan = SafetyPlan(opened, "ru")
    documents_id, _ = plan.lists()[0]
    bag_id, _ = plan.lists()[1]
    plan.edit_item(documents_id, 1, text="Свидетельство о рождении Айлин")
    plan.edit_item(documents_id, 2, note="у мамы")  # a note is not an edit of the text
    plan.add_item(documents_id, "Диплом")
    plan.rename_list(bag_id, "Сумка у Айгуль")
    plan.tick(documents_id, 0, True)

    kazakh = SafetyPlan(opened, "kk")
    title, items = _shown(kazakh)[0]
    assert title == "Құжаттар"
    assert items[0] == "Жеке куәлік пен паспорт (және олардың көшірмелері)"
    assert items[1] == "Свидетельство о рождении Айлин"
    assert items[2] == "Неке қию туралы куәлік"
    assert kazakh.get(documents_id).items[2].note == "у мамы"
    assert items[-1] == "Диплом"
    assert kazakh.get(documents_id).items[0].done
    assert _shown(kazakh)[1][0] == "Сумка у Айгуль"
    assert _shown(kazakh)[1][1][0] == "Ұсақ купюралармен қолма-қол ақша"

    english = SafetyPlan(opened, "en")
    assert _shown(english)[0][0] == "Documents"
    assert _shown(english)[0][1][:3] == ["Identity card and passport (and copies)",
                                         "Свидетельство о рождении Айлин", "Marriage certificate"]
    assert _shown(SafetyPlan(opened, "ru"))[0][1][0] == "Удостоверение личности и паспорт (и копии)"


def test_a_vault_seeded_before_template_ids_is_migrated(opened):
    """Records written by the earlier version: plain texts in Russian, no ids."""
    from safeplan.plan import CHECKLIST

    russian = load_template("ru")["lists"]
    documents = russian[0]
    old = {"title": documents["title"], "template": "documents", "position": 0,
           "items": [{"text": i["text"], "done": False, "note": ""} for i in documents["items"]]}
    old["items"][3]["text"] = "Справка с места работы"  # she had changed this one
    old["items"][0]["done"] = True
    opened.put(CHECKLIST, old)
    renamed = {"title": "Моя сумка", "template": "bag", "position": 1,
               "items": [{"text": russian[1]["items"][0]["text"]}]}
    opened.put(CHECKLIST, renamed)
    own = {"title": "Для мамы", "template": "", "position": 2,
           "items": [{"text": "Телефон и зарядное устройство"}]}  # same words as a template item
    opened.put(CHECKLIST, own)

    kazakh = SafetyPlan(opened, "kk")
    shown = _shown(kazakh)
    assert shown[0][0] == "Құжаттар"
    assert shown[0][1][0] == "Жеке куәлік пен паспорт (және олардың көшірмелері)"
    assert shown[0][1][3] == "Справка с места работы"
    assert kazakh.lists()[0][1].items[0].done
    assert shown[1] == ("Моя сумка", ["Ұсақ купюралармен қолма-қол ақша"])
    assert shown[2] == ("Для мамы", ["Телефон и зарядное устройство"])
    # the migration is stored: the next open in English needs no matching
    assert _shown(SafetyPlan(opened, "en"))[0][1][:4] == [
        "Identity card and passport (and copies)", "Children's birth certificates",
        "Marriage certificate", "Справка с места работы"]


def test_reset_follows_the_language(opened):
    plan = SafetyPlan(opened, "ru")
    list_id, _ = plan.lists()[0]
    plan.edit_item(list_id, 0, text="мой текст")
    kazakh = SafetyPlan(opened, "kk")
    kazakh.reset(list_id)
    assert kazakh.get(list_id).items[0].text.startswith("Жеке куәлік")
    assert SafetyPlan(opened, "ru").get(list_id).items[0].text.startswith("Удостоверение")


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
