"""Centres and offices, and the platform's services, on the phone: the kiosk's content in every language,
numbers as `tel:` links, places as `geo:` links, region and country filters as plain links, and both pages
reachable from Home and from Help and hotlines."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from markupsafe import escape

from content.languages import UI_LANGUAGES as LANGUAGES
from content.languages import content_language
from server.phone.site import Site
from server.phone.source import PublishedContent
from server.phone.words import Words
from tests.phone.conftest import SAMPLE, Phone
from tests.testkit.serve import Deployment

OFFICES = yaml.safe_load((SAMPLE / "offices.yaml").read_text(encoding="utf-8"))
SERVICES = yaml.safe_load((SAMPLE / "services.yaml").read_text(encoding="utf-8"))


def _cards(html: str) -> list[str]:
    return re.findall(r'<article class="card" id="([a-z0-9-]+)">', html)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_office_in_every_language_with_its_call_and_map_links(phone: Phone, lang: str) -> None:
    html = phone.get(f"/m/{lang}/offices").text
    shown = _cards(html)
    assert shown == [o["id"] for o in sorted(OFFICES, key=lambda o: o["order"])]  # none has ended on TODAY
    for office in OFFICES:
        assert escape(office["name"][content_language(lang)]) in html
        digits = re.sub(r"\D", "", office["phone"])
        assert f'href="tel:+{digits}"' in html
        assert f'href="geo:{office["geo"]}"' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_filters_are_plain_links_to_one_region_or_country(phone: Phone, lang: str) -> None:
    html = phone.get(f"/m/{lang}/offices").text
    assert f'href="../{lang}/offices/surkhandarya"' in html
    assert f'href="../{lang}/offices/kr"' in html
    # The first chip of each bar says all of what, in the reader's words (the kiosk's, as on its chips).
    w = Words(lang)
    assert f'href="../{lang}/offices/uz">{w.kiosk("OfficesScreen", "All regions")}<' in html
    assert f'href="../{lang}/offices/abroad">{w.kiosk("OfficesScreen", "All countries")}<' in html
    region = phone.get(f"/m/{lang}/offices/surkhandarya").text
    assert _cards(region) == ["termez-centre"]
    assert '<span aria-current="page">' in region
    assert _cards(phone.get(f"/m/{lang}/offices/kr").text) == ["office-seoul"]
    home = _cards(phone.get(f"/m/{lang}/offices/uz").text)
    abroad = _cards(phone.get(f"/m/{lang}/offices/abroad").text)
    assert {o["id"] for o in OFFICES if o["country"] == "uz"} == set(home)
    assert {o["id"] for o in OFFICES if o["country"] != "uz"} == set(abroad)


def test_an_unknown_place_is_a_404_page(phone: Phone) -> None:
    for place in ("xx", "atlantis", "offices", "KR"):
        assert phone.get(f"/m/en/offices/{place}").status == 404


def test_a_mobile_visa_visit_is_gone_once_it_is_over(published: Deployment, tmp_path) -> None:  # noqa: ANN001
    during = Site(PublishedContent(published.root, work_dir=tmp_path / "a"), clock=lambda: date(2026, 12, 16))
    after = Site(PublishedContent(published.root, work_dir=tmp_path / "b"), clock=lambda: date(2026, 12, 19))
    visit = during.get("en/offices/fergana", {}, gzip_ok=False)
    assert "mobile-visa-fergana" in _cards(visit.body.decode())
    assert "Open from December 14, 2026 to December 18, 2026" in visit.body.decode()
    assert "mobile-visa-fergana" not in _cards(after.get("en/offices", {}, gzip_ok=False).body.decode())
    assert after.get("en/offices/fergana", {}, gzip_ok=False).status == 404  # nothing left there
    # The list changes with the calendar, so its ETag does too.
    assert visit.headers["etag"] != during.get("en/offices", {}, gzip_ok=False).headers["etag"].replace(
        "2026-12-16", "2026-12-19")
    assert "2026-12-16" in visit.headers["etag"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_services_in_every_language_lead_to_a_phone_page_or_the_platform(phone: Phone, lang: str) -> None:
    html = phone.get(f"/m/{lang}/services").text
    assert _cards(html) == [s["id"] for s in sorted(SERVICES, key=lambda s: s["order"])]
    for service in SERVICES:
        assert escape(service["name"][content_language(lang)]) in html
        if service["answered_by"] == "platform":
            assert f'href="{service["qr"]}"' in html
    assert f'href="../{lang}/check"' in html  # "check a licence" is answered right here
    assert f'href="../{lang}/offices"' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_and_contacts_lead_to_offices_and_services(phone: Phone, lang: str) -> None:
    for page in ("", "contacts"):
        html = phone.get(f"/m/{lang}/{page}").text
        assert f'href="../{lang}/offices"' in html
        assert f'href="../{lang}/services"' in html
