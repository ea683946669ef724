"""Issue 17: a source a Russian or Kazakh report or screen cites is named in that language.

The report quotes one law: the police statement printed as its first pages warns of
article 419 of the Criminal Code, by the article's own title in the statement's language
(«Заведомо ложный донос»; «Көрінеу жалған сөз жеткізу», GLOSSARY.md: CC419). The facts and
help numbers the screens show name their sources in the screen's language: an English
title (a study, an English page of egov.kz) is given translated and marked as English."""

from __future__ import annotations

import re
import subprocess

import pytest

from safeplan import legal, vault
from safeplan.evidence import EvidenceStore
from safeplan.export import Exporter, ExportRequest
from safeplan.journal import Incident, Journal
from safeplan.legal import source_title
from safeplan.plan import help_countries, load_help
from safeplan.report import texts
from safeplan.statement import Statement, draft
from safeplan.vault import KdfPolicy

from .test_kazakh_report import needs_pdftotext, sentences_with_english
from .ui.screen_tour import english_words

ARTICLE_419 = {"ru": "заведомо ложный донос", "kk": "көрінеу жалған сөз жеткіз"}


@needs_pdftotext
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_report_names_the_law_it_quotes_in_its_language(qapp, tmp_path, language):
    from safeplan.ui.evidence_model import evidence_kind_names
    from safeplan.ui.export_view import report_translate
    from safeplan.ui.journal_model import kind_names

    opened, _ = vault.create(tmp_path / "data", "24681357", policy=KdfPolicy.for_tests())
    try:
        journal = Journal(opened)
        entry = journal.create(Incident(date="2026-11-20", time="22:30", kinds=["physical"],
                                        description="Ударил по лицу"))
        text = draft(Statement(language=language, incident_ids=[entry.id]),
                     journal.entries(), {}, {})
        translate = report_translate(language)
        exporter = Exporter(opened, journal, EvidenceStore(opened, journal),
                            texts(translate, language), kind_names(translate),
                            evidence_kind_names(translate))
        exporter.run(ExportRequest(statement=(text, language)), tmp_path / "report.pdf")
    finally:
        opened.close()
    printed = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "report.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
    flat = " ".join(printed.split()).lower()
    assert "419" in flat and ARTICLE_419[language] in flat
    # What pdfsig prints is quoted as it prints it, even where a line break cuts the quote.
    unquoted = re.sub(r'"[^"]*"', " ", printed)
    assert not sentences_with_english(unquoted), sentences_with_english(unquoted)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_source_a_screen_cites_is_named_in_her_language(language):
    titles = [source.title_in(language) for fact in legal.all_facts()
              for source in fact.sources]
    for country in help_countries():
        for entry in load_help(country)["entries"]:
            titles.append(source_title(entry["source"], language))
    assert len(titles) > 20
    english = [title for title in titles if english_words(title)]
    assert not english, english


def test_a_source_keeps_its_own_title_in_english_and_where_it_has_no_translation():
    study = next(s for f in legal.all_facts() for s in f.sources if s.title.startswith("Glass"))
    assert study.title_in("en") == study.title
    assert study.title_in("kk") != study.title_in("ru") != study.title
    code = legal.fact("false-report-419").sources[0]
    assert code.title_in("ru") == code.title  # a Russian title stays as it is

