"""Every page type of the phone edition in every language, through real HTTP: the contract paths answer,
every page has its language, a switcher to the same page in the others, a link home, the SAMPLE label,
and every internal link on every page leads somewhere."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from content.languages import UI_LANGUAGES as LANGUAGES
from content.locale_text import long_date
from server.phone.site import Site
from server.phone.source import PublishedContent
from server.phone.words import Words
from tests.phone.conftest import SAMPLE, Phone, sample_agencies
from tests.testkit.serve import Deployment

ARTICLES = sorted(p.name for p in (SAMPLE / "articles").iterdir() if p.is_dir())
ALERTS = sorted(p.name for p in (SAMPLE / "alerts").iterdir() if p.is_dir())
GUIDES = sorted(p.name for p in (SAMPLE / "guides").iterdir() if p.is_dir())
PAGE_TYPES = {
    "home": "", "topics": "topics", "article": f"article/{ARTICLES[0]}", "alerts": "alerts",
    "alert": f"alert/{ALERTS[0]}", "countries": "countries", "guide": f"guide/{GUIDES[0]}",
    "contacts": "contacts", "check": "check", "check-results": "check?q=istiqbol",
    "agency": f"agency/{sample_agencies()['revoked']}", "warning": "warning/w-001",
    "offices": "offices", "offices-region": "offices/surkhandarya", "offices-abroad": "offices/kr",
    "services": "services", "vacancies": "vacancies", "vacancies-filtered": "vacancies/de/all",
    "vacancy": "vacancy/de-care-001",
}
SAMPLE_LABEL = "SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here " \
               "are not official."


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.h1 = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1":
            self.h1 += 1
        href = dict(attrs).get("href")
        if href:
            self.hrefs.append(href)


def links(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_in_every_language(phone: Phone, lang: str, kind: str) -> None:
    path = f"/m/{lang}/{PAGE_TYPES[kind]}"
    answer = phone.get(path)
    assert answer.status == 200, (path, answer.text[:300])
    html = answer.text
    assert f'<html lang="{lang}">' in html
    found = links(html)
    assert found.h1 == 1
    targets = {urlsplit(urljoin(path, href)).path for href in found.hrefs}
    assert f"/m/{lang}/" in targets, "a plain link back to Home"
    rest = PAGE_TYPES[kind].partition("?")[0]
    for other in LANGUAGES:
        if other != lang:
            assert f"/m/{other}/{rest}" in targets, f"language switcher to {other}"
    assert Words(lang).kiosk("PageScreen", SAMPLE_LABEL) in html
    assert "set-cookie" not in answer.headers
    assert "<script" not in html
    assert "http://" not in html.replace("http://127.0.0.1", "")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_from_home_leads_to_a_page(phone: Phone, lang: str) -> None:
    """A crawl of the whole phone edition in one language: every internal link answers 200."""
    starts = [f"/m/{lang}/", f"/m/{lang}/check?q=istiqbol", f"/m/{lang}/check?q=tez"]  # agencies: by search
    seen, queue = set(starts), list(starts)
    while queue:
        path = queue.pop()
        answer = phone.get(path)
        assert answer.status == 200, path
        if not answer.headers["content-type"].startswith("text/html"):
            continue
        for href in links(answer.text).hrefs:
            if href.startswith(("tel:", "https://", "http://", "#")):
                continue
            target = urljoin(path, href).partition("#")[0]
            internal = target.startswith(f"/m/{lang}/") or target.endswith(".css")
            if internal and target not in seen:
                seen.add(target)
                queue.append(target)
    kinds = {p.split("/")[3] if p.count("/") > 3 else p for p in seen}
    assert {"article", "alert", "guide", "agency", "warning"} <= kinds, sorted(seen)[:20]
    assert len([p for p in seen if "/article/" in p]) == len(ARTICLES)
    assert len([p for p in seen if "/guide/" in p]) == len(GUIDES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phone_number_is_a_tel_link(phone: Phone, lang: str) -> None:
    html = phone.get(f"/m/{lang}/contacts").text
    shown = re.findall(r"\+\d[\d ()-]{6,}\d", re.sub(r"<[^>]+>", " ", html))
    linked = re.findall(r'href="tel:(\+?\d+)"', html)
    assert shown
    assert linked
    for number in shown:
        assert "tel:+" + re.sub(r"\D", "", number) in {f"tel:{n}" for n in linked}
    assert 'href="tel:112"' in html  # short emergency numbers too
    guide = phone.get(f"/m/{lang}/guide/de").text  # "Emergency: 112 ..., 110 (police)" in its contacts
    assert 'href="tel:112"' in guide
    assert 'href="tel:110"' in guide


def test_articles_alerts_and_guides_all_open_in_every_language(phone: Phone) -> None:
    for lang in LANGUAGES:
        for kind, ids in (("article", ARTICLES), ("alert", ALERTS), ("guide", GUIDES)):
            for item in ids:
                assert phone.get(f"/m/{lang}/{kind}/{item}").status == 200, (lang, kind, item)


def test_the_sample_registry_is_as_of_its_publication_day(
        tmp_path: Path, published: Deployment, published_on: str, publish_days: list[date]) -> None:
    """The sample's fictional registry is dated the day it is published (bundle.yaml `registry_as_of:
    build-day`), not by its newest licence date: the phone edition of a walkthrough published today, read
    on the real calendar, shows a licensed sample agency in green with that day as its "as of"."""
    assert published_on in {d.isoformat() for d in publish_days}
    site = Site(PublishedContent(published.root, work_dir=tmp_path), clock=date.today)
    html = site.get("en/agency/LX-2023-0945", {}, gzip_ok=False).body.decode()  # licensed until 2028-04-06
    assert 'class="verdict safe"' in html
    assert f"Registry data as of {long_date(published_on, 'en')}" in html


@pytest.mark.parametrize("status", ["active", "suspended", "revoked", "expired"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_agency_page_speaks_the_kiosks_verdict(phone: Phone, published_on: str, status: str,
                                                lang: str) -> None:
    """The same words (from the kiosk's own translations) and colour level as the kiosk's verdict."""
    headline, level = {"active": ("Licensed", "safe"), "suspended": ("Licence suspended", "caution"),
                       "revoked": ("Licence revoked", "danger"),
                       "expired": ("Licence expired", "danger")}[status]
    html = phone.get(f"/m/{lang}/agency/{sample_agencies()[status]}").text
    words = Words(lang)
    assert f'class="verdict {level}"' in html
    assert f'<p class="headline">{words.kiosk("Status", headline)}</p>' in html
    as_of = long_date(published_on, lang)  # the sample registry is as of the day it was published
    assert words.kiosk("VerdictScreen", "Registry data as of {date}", date=as_of) in html
    assert 'href="tel:' in html  # the hotline to report to
    if lang != "en":
        assert words.kiosk("Status", headline) != headline, "translated, not the English source"


def test_home_shows_the_urgent_alert_first(phone: Phone) -> None:
    html = phone.get("/m/en/").text
    assert html.index('class="banner"') < html.index('class="tiles"')
    assert html.count("<li>") == 7  # the kiosk's six tasks and, where its Home has jobs, the vacancies
    assert html.index('href="../en/countries"') < html.index('href="../en/vacancies"') < \
        html.index('href="../en/contacts#agency"')


def test_check_uses_the_kiosks_search(phone: Phone) -> None:
    """Cyrillic input finds the Latin name, as on the kiosk (content.search normaliser and ranking)."""
    from content.search.engine import query_variants

    html = phone.get("/m/ru/check?q=%D0%B8%D1%81%D1%82%D0%B8%D2%9B%D0%B1%D0%BE%D0%BB").text  # истиқбол
    assert query_variants("истиқбол")[0] == query_variants("istiqbol")[0]
    assert html.count('class="pill') >= 3
    assert "Istiqbol" in html
