"""Verified vacancies on the phone: the kiosk's one query decides what is listed, in every language,
ordered by the destination's name in the reader's language, filtered and paginated with plain links; a
job order that closed or whose agency lost its licence after its code was printed says so (410), never
a bare 404 or a 500."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from content.collation import sort_key
from content.languages import UI_LANGUAGES as LANGUAGES
from content.locale_text import country_name, long_date
from content.vacancies import vacancy_part, vacancy_target
from server.phone import vacancies
from server.phone.export import export
from server.phone.site import Site
from server.phone.source import PublishedContent
from server.phone.words import Words
from sync.publisher import build_files
from tests.phone.conftest import SAMPLE, TODAY, Phone
from tests.phone.test_routes import links
from tests.sync.helpers import set_agency_status
from tests.testkit.serve import Deployment, new_deployment

with open(SAMPLE / "vacancies.csv", encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.DictReader(_handle))
OPEN = [r for r in ROWS if r["closes_on"] >= TODAY.isoformat()]  # every sample agency is licensed on TODAY
ITEM = re.compile(r'<li><a href="[./]*[a-zA-Z-]+/vacancy/([^"]+)">')


def _ids(html: str) -> list[str]:
    return ITEM.findall(html)


def _every_page(phone: Phone, lang: str, path: str) -> list[str]:
    """The ids listed on every page of a list, following its "next" links."""
    found: list[str] = []
    while path:
        html = phone.get(path).text
        found += _ids(html)
        nxt = re.search(r'href="([^"]+)" rel="next"', html)
        path = urlsplit(urljoin(path, nxt.group(1))).path if nxt else ""
    return found


def _reader_order(lang: str, rows: list[dict[str, str]]) -> list[str]:
    w, key = Words(lang), sort_key(lang)
    return [r["id"] for r in sorted(rows, key=lambda r: (
        key(country_name(r["country"], lang)), key(vacancies.occupation_name(r["occupation"], w)),
        r["closes_on"], r["id"]))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_list_holds_every_open_vacancy_by_country_name_in_the_readers_language(phone: Phone,
                                                                                   lang: str) -> None:
    assert len(OPEN) > vacancies.PAGE_SIZE  # the sample needs two pages
    shown = _every_page(phone, lang, f"/m/{lang}/vacancies")
    assert shown == _reader_order(lang, OPEN)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_vacancy_page_in_every_language(phone: Phone, lang: str) -> None:
    row = ROWS[0]
    answer = phone.get(f"/m/{lang}/vacancy/{row['id']}")
    assert answer.status == 200
    html, w = answer.text, Words(lang)
    title = f"{vacancies.occupation_name(row['occupation'], w)} — {country_name(row['country'], lang)}"
    assert f"<h1>{title}</h1>" in html
    assert long_date(row["closes_on"], lang) in html  # the closing date as the reader's language writes it
    assert w.kiosk("Status", "Licensed") in html and 'class="verdict safe"' in html
    assert f'href="../../{lang}/agency/{row["licence_no"]}"' in html
    assert 'href="tel:+' in html
    assert f'href="{row["apply_url"]}"' in html
    assert f'href="../../{lang}/vacancies"' in html
    assert w.kiosk("VacancyScreen", "SAMPLE") in html
    target = {urlsplit(urljoin(f"/m/{lang}/vacancy/x", h)).path for h in links(html).hrefs}
    assert all(f"/m/{other}/vacancy/{row['id']}" in target for other in LANGUAGES if other != lang)


def test_kazakh_names_sort_in_the_kazakh_alphabet(phone: Phone) -> None:
    """Қ after К (not after Я, as code points would have it): Қазақстан before Латвия."""
    html = phone.get("/m/kk/vacancies").text
    names = re.findall(r'<li><a href="[^"]+/vacancies/([a-z]{2})/all">', html)
    assert names.index("kz") < names.index("lv") < names.index("tr")


def test_pages_are_small_and_numbered_with_plain_links(phone: Phone) -> None:
    first = phone.get("/m/en/vacancies/all/all")
    assert len(_ids(first.text)) == vacancies.PAGE_SIZE
    # Cached like the registry's pages: a minute, and an ETag that moves with the day (closing dates).
    assert first.headers["cache-control"] == "public, max-age=60"
    assert first.headers["etag"].endswith(f'-{TODAY.isoformat()}"')
    assert phone.get("/m/en/vacancies/all/all", {"If-None-Match": first.headers["etag"]}).status == 304
    assert 'href="../../../en/vacancies/all/all/2" rel="next"' in first.text
    assert "Page 1 of 2" in first.text
    second = phone.get("/m/en/vacancies/all/all/2").text
    assert 'href="../../../../en/vacancies/all/all" rel="prev"' in second
    assert len(_ids(second)) == len(OPEN) - vacancies.PAGE_SIZE
    for bad in ("vacancies/all/all/3", "vacancies/all/all/0", "vacancies/all/all/x", "vacancies/zz1",
                "vacancies/de/pilot", "vacancies/de/all/1/2", "vacancies/DE"):
        answer = phone.get(f"/m/en/{bad}")
        assert answer.status == 404, bad
        assert "Page not found" in answer.text


def test_filters_by_country_and_type_of_work(phone: Phone) -> None:
    germany = phone.get("/m/ru/vacancies/de").text
    assert _ids(germany) == _reader_order("ru", [r for r in OPEN if r["country"] == "de"])
    assert '<span aria-current="page">Германия</span>' in germany
    care = _every_page(phone, "en", "/m/en/vacancies/all/care")
    assert care == _reader_order("en", [r for r in OPEN if r["occupation"] == "care"])
    both = _ids(phone.get("/m/en/vacancies/de/care").text)
    assert both == [r["id"] for r in OPEN if r["country"] == "de" and r["occupation"] == "care"]
    # The filters offer only choices that lead somewhere; each keeps the other filter. The first chip of
    # each says all of what, in the reader's language, as on the kiosk.
    both_html = phone.get("/m/en/vacancies/de/care").text
    assert 'href="../../../en/vacancies/de/all">All jobs<' in both_html
    assert 'href="../../../en/vacancies/all/care">All countries<' in both_html
    assert 'href="../../ru/vacancies/all/all">Все страны<' in germany
    assert '<span aria-current="page">Все профессии</span>' in germany
    assert 'href="../../en/vacancies/de/welding"' not in germany or any(
        r["country"] == "de" and r["occupation"] == "welding" for r in OPEN)


def test_query_strings_and_bad_ids_get_a_clear_page(phone: Phone) -> None:
    assert phone.get("/m/en/vacancies?page=abc&country=%3Cscript%3E").status == 200
    for bad in ("vacancy/no-such-job", "vacancy/" + "x" * 200, "vacancy/a%00b", "vacancy/..%2F..%2Fetc"):
        answer = phone.get(f"/m/en/{bad}")
        assert answer.status == 404, bad
        assert "Traceback" not in answer.text and "<h1>" in answer.text  # a page, in some language


# -- a job order that closed, and one whose agency lost its licence, after their codes were printed -----

@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The sample with one vacancy closing the day before TODAY, published; then a second vacancy's
    agency revoked by the licensing desk while the platform's job orders stay as signed."""
    root = tmp_path_factory.mktemp("vacancies")
    source = root / "source"
    shutil.copytree(SAMPLE, source)
    text = (source / "vacancies.csv").read_text(encoding="utf-8")
    closed = text.replace(ROWS[0]["closes_on"], "2026-11-19", 1)
    (source / "vacancies.csv").write_text(closed, encoding="utf-8")
    dep: Deployment = new_deployment(root / "deploy")
    dep.publish_source(source)
    parts = {vacancy_target(r["country"], vacancy_part(r["id"])) for r in ROWS}
    signed = {p: (dep.root / "build" / p).read_bytes() for p in parts}
    set_agency_status(source, ROWS[1]["licence_no"], "revoked")
    (source / "vacancies.csv").unlink()  # publishing refuses the job orders of a revoked agency
    files, manifest = build_files(source, dep.root / "build")
    dep.publisher().publish_bundle({**files, **signed}, manifest)
    yield Site(PublishedContent(dep.root), clock=lambda: TODAY)


def test_a_closed_vacancy_says_so_with_a_link_to_the_list(changed: Site) -> None:
    reply = changed.get(f"ru/vacancy/{ROWS[0]['id']}", {}, gzip_ok=False)
    html = reply.body.decode()
    w = Words("ru")
    assert reply.status == 410
    assert w("This vacancy is no longer open") in html
    closed = long_date("2026-11-19", "ru")
    assert closed.endswith("г.") and f"Приём закрыт {closed}<" in html
    assert "г.." not in html  # the Russian date's own full stop ends the sentence
    assert 'href="../../ru/vacancies"' in html
    assert 'class="verdict' not in html  # its agency is licensed: the only reason is the date
    assert reply.headers["cache-control"] == "public, max-age=60"
    assert ROWS[0]["id"] not in changed.get("ru/vacancies/de", {}, gzip_ok=False).body.decode()


def test_a_vacancy_of_a_revoked_agency_says_why_and_links_to_the_agency(changed: Site) -> None:
    row = ROWS[1]
    reply = changed.get(f"kk/vacancy/{row['id']}", {}, gzip_ok=False)
    html = reply.body.decode()
    w = Words("kk")
    assert reply.status == 410
    assert w("Its agency may no longer recruit workers.") in html
    assert f'<p class="headline">{w.kiosk("Status", "Licence revoked")}</p>' in html
    assert 'class="verdict danger"' in html  # the kiosk's colour for a revoked licence
    assert vacancies.occupation_name(row["occupation"], w) in html  # which job order this was
    assert f'href="../../kk/agency/{row["licence_no"]}"' in html
    listed = "".join(changed.get(f"kk/vacancies/all/all/{n}", {}, gzip_ok=False).body.decode()
                     for n in (1, 2))
    assert row["id"] not in listed
    assert ROWS[2]["id"] in listed or ROWS[2]["licence_no"] == row["licence_no"]


def test_the_static_export_writes_the_lists_and_every_vacancy(tmp_path: Path, published: Deployment) -> None:
    site = Site(PublishedContent(published.root), clock=lambda: TODAY)
    export(site, tmp_path)
    for lang in LANGUAGES:
        assert (tmp_path / lang / "vacancies.html").is_file()
        assert (tmp_path / lang / "vacancies" / "all" / "all" / "2.html").is_file()
        assert (tmp_path / lang / "vacancies" / "de" / "all.html").is_file()
        assert {p.stem for p in (tmp_path / lang / "vacancy").glob("*.html")} == {r["id"] for r in OPEN}
    page = (tmp_path / "uz-Latn" / "vacancy" / f"{ROWS[0]['id']}.html").read_bytes()
    assert page == site.get(f"uz-Latn/vacancy/{ROWS[0]['id']}", {}, gzip_ok=False).body


def test_largest_list_page_stays_small(phone: Phone) -> None:
    sizes = {lang: len(phone.get(f"/m/{lang}/vacancies").body) for lang in LANGUAGES}
    assert max(sizes.values()) < 30_000, sizes  # HTML before gzip; a page of 20 is far below
