"""The kiosk's eight languages on the phone: a QR code printed in Kazakh or Karakalpak opens a page in that
language. Its own words are translated; a content item without a text of its own in the reader's language is
shown in the language content.languages names for it (Uzbek Latin or Russian), with a note in the reader's
language; dates and country names come from CLDR."""

from __future__ import annotations

import re

import pytest

from content.languages import DEFAULT_FALLBACKS, EXTRA_LANGUAGES, NATIVE_NAMES, UI_LANGUAGES, text_in
from content.locale_text import country_name, long_date
from server.phone import phrases
from server.phone.words import Words
from tests.phone.conftest import Phone, sample_agencies

NOTE = "Not yet translated into your language. Shown in: {language}"


def _note(lang: str) -> str:
    return Words(lang).kiosk("ReaderScreen", NOTE, language=NATIVE_NAMES[DEFAULT_FALLBACKS[lang]])


def test_every_phone_phrase_is_in_all_eight_languages() -> None:
    assert set(phrases.PHRASES) == set(UI_LANGUAGES)
    keys = set(phrases.PHRASES["en"])
    for lang, table in phrases.PHRASES.items():
        assert set(table) == keys, lang
        for key, text in table.items():
            assert text.strip(), (key, lang)
            assert re.findall(r"{\w+}", text) == re.findall(r"{\w+}", key), (key, lang)
    assert all(phrases.PHRASES["en"][key] == key for key in keys)  # the key is the English text
    # Marked for review the way the kiosk's catalogues mark these languages.
    assert set(EXTRA_LANGUAGES) == phrases.UNREVIEWED
    assert "needs review by a native speaker" in phrases.REVIEW


@pytest.mark.parametrize("lang", EXTRA_LANGUAGES)
def test_content_falls_back_per_item_with_a_note_in_the_readers_language(phone: Phone, lang: str) -> None:
    target = DEFAULT_FALLBACKS[lang]
    html = phone.get(f"/m/{lang}/article/employer-pays").text
    assert f'<html lang="{lang}">' in html
    assert f'<p class="note">{_note(lang)}</p>' in html
    assert f'<div class="text" lang="{target}">' in html  # read aloud in the language it is written in
    shown = phone.get(f"/m/{target}/article/employer-pays").text
    lead = re.search(r'<p class="lead">(.*?)</p>', shown)
    assert lead is not None and f'<p class="lead">{lead.group(1)}</p>' in html
    assert Words(lang)("Home") in html  # the page's own words are the reader's
    assert Words(lang)("Home") != Words(target)("Home")


@pytest.mark.parametrize("lang", EXTRA_LANGUAGES)
@pytest.mark.parametrize("page", ["topics", "alerts", "contacts", "offices", "services", "countries"])
def test_list_pages_say_once_which_language_their_entries_are_in(phone: Phone, lang: str, page: str) -> None:
    html = phone.get(f"/m/{lang}/{page}").text
    assert html.count(_note(lang)) == 1
    assert f'lang="{DEFAULT_FALLBACKS[lang]}"' in html


@pytest.mark.parametrize("lang", ["uz-Latn", "ru"])
def test_a_content_language_gets_no_note(phone: Phone, lang: str) -> None:
    for path in ("article/employer-pays", "topics", "contacts"):
        assert "Shown in" not in phone.get(f"/m/en/{path}").text
        assert 'class="note"' not in phone.get(f"/m/{lang}/{path}").text


def test_one_fallback_rule_for_the_kiosk_and_the_phone() -> None:
    """content.contentdb's rows (what the kiosk shows) take texts from the same function as the phone."""
    from content.contentdb.rows import article_rows

    item = {"id": "a", "topic": "t", "order": 1, "countries": [], "source": "s", "reviewed_on": "2026-01-01",
            "qr": "", "sample": True,
            "texts": {lang: {"title": f"T-{lang}", "summary": "", "body": "", "fallback": None}
                      for lang in ("uz-Latn", "uz-Cyrl", "ru", "en")}}
    rows = {row[1]: row for row in article_rows([item])}
    for lang in EXTRA_LANGUAGES:
        text = text_in(item["texts"], lang)
        assert rows[lang][4] == text["title"]
        assert rows[lang][7] == text["fallback"] == DEFAULT_FALLBACKS[lang]


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_the_switcher_lists_all_eight_in_their_own_names(phone: Phone, lang: str) -> None:
    html = phone.get(f"/m/{lang}/contacts").text
    nav = html[html.index('<nav class="langs"'):html.index("</nav>")]
    for other, name in NATIVE_NAMES.items():
        assert f'lang="{other}">{name}<' in nav, other
    assert len(NATIVE_NAMES) == 8


@pytest.mark.parametrize(("lang", "month"), [("kk", "қараша"), ("ky", "ноябрь"), ("tg", "Ноябр"),
                                             ("ru", "ноября"), ("uz-Latn", "noyabr"), ("kaa", "noyabr")])
def test_dates_are_written_the_readers_way(phone: Phone, published_on: str, lang: str, month: str) -> None:
    html = phone.get(f"/m/{lang}/agency/{sample_agencies()['active']}").text
    assert month in long_date("2026-11-17", lang)  # the reader's month names
    as_of = long_date(published_on, lang)  # the sample registry is as of the day it was published
    assert Words(lang).kiosk("VerdictScreen", "Registry data as of {date}", date=as_of) in html
    assert published_on not in html


def test_country_names_come_from_cldr_where_the_guide_has_no_text_of_its_own(phone: Phone) -> None:
    kk = phone.get("/m/kk/countries").text
    assert country_name("kr", "kk") in kk  # Kazakh, not the Russian guide's name
    assert phone.get("/m/kk/guide/kr").text.count(f"<h1>{country_name('kr', 'kk')}</h1>") == 1
    offices = phone.get("/m/ky/offices/kr").text
    assert country_name("kr", "ky") in offices
    agency = phone.get("/m/tg/agency/LX-2019-0333").text  # may recruit for gb
    assert Words("tg").kiosk("VerdictScreen", "May recruit for: {countries}",
                             countries=country_name("gb", "tg")) in agency


@pytest.mark.parametrize("lang", ["ru", "kk", "tg"])
def test_the_reason_for_a_status_is_the_kiosks_label_of_its_code(phone: Phone, lang: str) -> None:
    """LX-2019-0333 was revoked for `false_information`: the label in the reader's language, as the kiosk's
    verdict shows it, not the office's English words."""
    label = Words(lang).kiosk("Reasons", "Gave false information to get the licence")
    html = phone.get(f"/m/{lang}/agency/LX-2019-0333").text
    assert label != "Gave false information to get the licence"
    assert label in html
    assert "Gave false information" not in html
