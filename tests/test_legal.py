"""Legal facts and the Kazakhstan leaving checklist: every legal or phone entry has a source
and a checked date, validates against its schema, and says when it was not re-checked."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest

from safeplan import legal, paths
from safeplan.plan import load_help


def _schema(*parts: str) -> dict:
    return json.loads(paths.resource(*parts).read_text(encoding="utf-8"))


def test_facts_validate_against_their_schema():
    data = json.loads(legal.facts_path().read_text(encoding="utf-8"))
    jsonschema.validate(data, _schema("legal", "facts.schema.json"))
    ids = [f["id"] for f in data["facts"]]
    assert len(ids) == len(set(ids))


def test_every_fact_has_a_source_a_date_and_three_languages():
    for fact in legal.all_facts():
        assert fact.sources and all(s.url.startswith("http") for s in fact.sources), fact.id
        date.fromisoformat(fact.checked)
        assert {"en", "ru", "kk"} <= fact.texts.keys(), fact.id
        if not fact.fully_rechecked:
            assert fact.unconfirmed, f"{fact.id}: say what could not be confirmed"


def test_what_was_not_confirmed_is_said_in_each_language():
    for fact in legal.all_facts():
        if fact.fully_rechecked:
            continue
        for language in ("en", "ru", "kk"):
            assert fact.unconfirmed_in(language), f"{fact.id}: nothing said in {language}"
        assert not any("a" <= c <= "z" for c in fact.unconfirmed_in("ru").casefold()
                       if c not in "viiv"), fact.id  # Russian, only Roman numerals in Latin


LAW_245_IN_FORCE = "2026-03-02"


def test_order_rules_sourced_only_before_the_2026_law_are_not_called_rechecked():
    """Law No. 245-VIII replaced the prevention rules on 2 March 2026: a rule on protective
    orders or court requirements whose every source is older is not re-checked."""
    for fact in legal.all_facts():
        if not fact.id.startswith(("protective-order", "court-")):
            continue
        if all(s.published and s.published < LAW_245_IN_FORCE for s in fact.sources):
            assert not fact.fully_rechecked, fact.id
    thirty = legal.fact("protective-order-30-days")
    assert thirty.rechecked == "partly" and "245-VIII" in thirty.unconfirmed


def test_the_facts_the_issue_names_are_there_with_their_figures():
    assert "16 June 2024" in legal.fact("battery-crime-2024").text("en")
    assert "тридцать суток" in legal.fact("protective-order-30-days").text("ru")
    assert "461" in legal.fact("protective-order-breach-461").text("ru")
    assert "2 March 2026" in legal.fact("prevention-law-245-viii").text("en")
    assert "419" in legal.fact("false-report-419").text("kk")
    assert legal.fact("forensic-exam-free-on-referral").rechecked is False


def test_kazakh_falls_back_to_russian_not_english():
    fact = legal.Fact("x", {"en": "E", "ru": "Р"}, (), "2026-11-25", True)
    assert fact.text("kk") == "Р" and fact.text("de") == "E"


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_leaving_checklist_validates_and_cites_facts(language):
    template = legal.leaving_template(language)
    jsonschema.validate(template, _schema("plan", "kz", "schema.json"))
    assert template["language"] == language
    legal_items = [i for i in template["items"] if i["legal"]]
    assert len(legal_items) >= 3
    for item in legal_items:
        fact = legal.fact(item["fact"])  # exists, hence has sources and a checked date
        assert fact.sources and fact.checked
    english = [(i["legal"], i.get("fact")) for i in legal.leaving_template("en")["items"]]
    assert [(i["legal"], i.get("fact")) for i in template["items"]] == english


def test_leaving_checklist_covers_what_the_issue_asks():
    text = " ".join(i["text"] for i in legal.leaving_template("en")["items"])
    for needle in ("eGov Mobile", "birth certificates", "marriage certificate", "ЦОН",
                   "protective order", "КУИ", "Money", "SIM card"):
        assert needle in text, needle


def test_every_phone_entry_with_a_number_is_sourced_and_dated():
    for entry in load_help("KZ")["entries"]:
        assert entry["source"]["url"].startswith("http")
        date.fromisoformat(entry["checked"])
