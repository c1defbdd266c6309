"""A registry phone is a tap-to-call link however the registry wrote it: the agency's own phone on its page
and a warning-list entry's known numbers, each linked whole, shown as written, dialling the number in E.164
(+998…) where the written form says which number that is. What is not a number stays plain text, and
free-text details grow no links."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from content.languages import UI_LANGUAGES as LANGUAGES
from server.phone.render import fill, phone_field, phones
from server.phone.site import Site
from server.phone.source import PublishedContent
from tests.phone.conftest import NOT_PHONES, TODAY, WRITTEN_PHONES, written_phones
from tests.testkit.serve import Deployment

_LICENCES = {phone: licence for licence, phone in written_phones().items()}


@pytest.fixture(scope="module")
def site(published_phones: Deployment, tmp_path_factory: pytest.TempPathFactory) -> Site:
    return Site(PublishedContent(published_phones.root, work_dir=tmp_path_factory.mktemp("site")),
                clock=lambda: TODAY)


def _details(site: Site, path: str) -> str:
    """The "Registry details" card of a verdict page: where the registry's own values are shown."""
    page = site.get(path, {}, gzip_ok=False)
    assert page.status == 200, path
    html = page.body.decode()
    start = html.rindex('<section class="card">')  # the last card, after the steps and the hotlines
    return html[start:html.index("</section>", start)]


@pytest.mark.parametrize("lang", ["uz-Latn", "en"])
@pytest.mark.parametrize("written", list(WRITTEN_PHONES))
def test_an_agency_phone_is_a_tel_link_however_it_is_written(site: Site, written: str, lang: str) -> None:
    details = _details(site, f"{lang}/agency/{_LICENCES[written]}")
    link = f'<a href="tel:{WRITTEN_PHONES[written]}">{escape(written)}</a>'
    assert link in details, details


@pytest.mark.parametrize("written", NOT_PHONES)
def test_an_agency_phone_that_is_no_number_is_plain_text(site: Site, written: str) -> None:
    for lang in LANGUAGES:
        details = _details(site, f"{lang}/agency/{_LICENCES[written]}")
        assert "tel:" not in details, details
        assert f": {escape(written)}</li>" in details  # shown as the registry wrote it


def test_a_warning_entrys_known_numbers_are_tel_links(site: Site) -> None:
    for lang in LANGUAGES:
        details = _details(site, f"{lang}/warning/w-001")
        assert '<a href="tel:+998901234567">998901234567</a>' in details, details
        assert '<a href="tel:+998912345678">(91) 234-56-78</a>' in details, details
        assert "@tez_viza_ish_namuna" in details and details.count("<a ") == 2  # the handle is no link
        short = _details(site, f"{lang}/warning/w-002")
        assert "101" in short and "tel:" not in short, short


def test_free_text_details_grow_no_links(site: Site) -> None:
    """Only the phone line is linked: the licence, tax number and address lines stay text."""
    details = _details(site, f"en/agency/{_LICENCES['998901234567']}")
    lines = re.findall(r"<li>(.*?)</li>", details)
    assert [line for line in lines if "<a " in line] == [
        'Phone of the agency: <a href="tel:+998901234567">998901234567</a>']



def test_a_linked_line_is_linked_once_and_escaped() -> None:
    """A line with its phone field linked is HTML: the free-text filter leaves it alone (no link inside the
    link's own address), and the words and values around the link are escaped."""
    line = fill("<b>{name}</b> & {phone}", name="A & B", phone=phone_field("+998 90 123 45 67"))
    assert phones(line) == line == (
        '&lt;b&gt;A &amp; B&lt;/b&gt; &amp; <a href="tel:+998901234567">+998 90 123 45 67</a>')
    assert phone_field("<i>90 123 45 67</i>") == "&lt;i&gt;90 123 45 67&lt;/i&gt;"
