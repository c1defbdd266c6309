"""Agency and warning pages filled into kept pieces (server/phone/pieces.py) are byte for byte the pages a
full template render gives, for every entry of the sample registry in every language; and a value holding
the marker characters cannot break a page."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from markupsafe import escape

from content.languages import UI_LANGUAGES
from server.phone import pages, vacancies
from server.phone.pieces import Pieces
from server.phone.render import fill, phone_field, phones
from server.phone.site import Site
from server.phone.source import PublishedContent
from server.phone.words import Words
from tests.phone.conftest import SAMPLE, TODAY, WARNING_PHONES, written_phones
from tests.testkit.serve import Deployment


def _registry_paths() -> list[str]:
    with open(SAMPLE / "registry" / "agencies.csv", encoding="utf-8", newline="") as handle:
        licences = [row["licence_no"] for row in csv.DictReader(handle)]
    with open(SAMPLE / "registry" / "warnings.csv", encoding="utf-8", newline="") as handle:
        warnings = [row["id"] for row in csv.DictReader(handle)]
    return [f"agency/{n}" for n in licences] + [f"warning/{i}" for i in warnings]


def _filled_and_full(deployment: Deployment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     paths: list[str]) -> Site:
    """Every page of `paths` filled into pieces equals its full render; the site that filled them."""
    filled = Site(PublishedContent(deployment.root, work_dir=tmp_path / "a"), clock=lambda: TODAY)
    full = Site(PublishedContent(deployment.root, work_dir=tmp_path / "b"), clock=lambda: TODAY)
    pages = {path: filled.get(path, {}, gzip_ok=False) for path in paths}
    monkeypatch.setattr(Pieces, "render", lambda self, template, values, slots:
                        self.env.get_template(template).render(values))
    for path in paths:
        expected = full.get(path, {}, gzip_ok=False)
        assert pages[path].body == expected.body, path
        assert pages[path].headers == expected.headers, path
    return filled


def test_every_registry_page_is_the_full_render(published: Deployment, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [f"{lang}/{path}" for lang in UI_LANGUAGES for path in _registry_paths()]
    filled = _filled_and_full(published, tmp_path, monkeypatch, paths)
    assert 0 < len(filled.pieces) < len(paths) / 4  # pages of one shape share their pieces


def test_phones_linked_whatever_their_form_are_the_full_render(published_phones: Deployment, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An agency phone or warning number linked whole (or left as text when it is none) fills the same."""
    registry = [f"agency/{n}" for n in written_phones()] + [f"warning/{i}" for i in WARNING_PHONES]
    paths = [f"{lang}/{path}" for lang in UI_LANGUAGES for path in registry]
    _filled_and_full(published_phones, tmp_path, monkeypatch, paths)


def test_a_value_with_the_marker_characters_is_rendered_in_full() -> None:
    env = Environment(loader=DictLoader({"t.html": "<h1>{{ title }}</h1><p>{{ name }}</p>"
                                         "<ul>{% for d in items %}<li>{{ d|phones }}</li>{% endfor %}</ul>"}),
                      autoescape=True)
    env.filters["phones"] = phones
    pieces = Pieces(env)
    slots = {"name": escape, "items": phones}
    line = fill("Phone & fax: {phone}", phone=phone_field("+998 (71) 000-00-00"))  # HTML: linked once
    for title, name, items in (("A", "<b>x</b>", ["Call +998 71 000 00 00", "a & b", line]),
                               ("A", "y", ["\ue0000\ue001"]),  # a value that looks like a marker
                               ("\ue0001\ue001", "z", ["one", "two"]),  # a shape value that does
                               ("A", "", [])):
        values = {"title": title, "name": name, "items": items}
        assert pieces.render("t.html", values, slots) == env.get_template("t.html").render(values)


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_fill_and_link_write_what_markup_format_writes(lang: str) -> None:
    """render.fill and render.link format with str.format on escaped parts instead of Markup.format (which
    is several times slower): the same HTML for every phrase they fill, in every language, with values
    that need escaping and with a linked phone."""
    from markupsafe import Markup

    from server.phone.render import link
    from server.phone.words import Words

    w = Words(lang)
    phrases = [w("Phone of the agency: {phone}"), w.kiosk("VerdictScreen", "Known contacts: {items}"),
               "<b>{phone}</b> & {phone}"]
    values: list[str] = ['<script>"x" & \'y\'</script>', phone_field("(90) 123 45 67"), "{phone}",
                         Markup(", ").join([phone_field("+998 71 000 00 00"), escape("@a<b")])]
    for phrase in phrases:
        name = "items" if "{items}" in phrase else "phone"
        for value in values:
            assert fill(phrase, **{name: value}) == escape(phrase).format(**{name: value})
    for href, text in (("tel:+998901234567", "(90) 123 45 67"), ('x"><script>', "<a & b>")):
        assert link(href, text) == Markup('<a href="{}">{}</a>').format(href, text)


def _searches() -> list[dict[str, str]]:
    """Queries for the check page: every sample agency's name and licence number, a part of a name, what
    finds nothing, nothing at all, HTML and the pieces' marker characters; and the form without a query."""
    with open(SAMPLE / "registry" / "agencies.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["name"] for row in rows] + [row["licence_no"] for row in rows]
    texts += ["Istiqbol", "ish", "qqqqzzzz", "", "<b>&\"'", "\ue0000\ue001", "LX"]
    return [{"q": text} for text in texts] + [{}]


def test_every_check_page_is_the_full_render(published: Deployment, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    filled = Site(PublishedContent(published.root, work_dir=tmp_path / "a"), clock=lambda: TODAY)
    full = Site(PublishedContent(published.root, work_dir=tmp_path / "b"), clock=lambda: TODAY)
    asked = [(lang, query) for lang in UI_LANGUAGES for query in _searches()]
    pages = [filled.get(f"{lang}/check", query, gzip_ok=False) for lang, query in asked]
    assert 0 < len(filled.pieces) < len(asked) / 4  # pages of one shape share their pieces
    monkeypatch.setattr(Pieces, "render", lambda self, template, values, slots:
                        self.env.get_template(template).render(values))
    for (lang, query), page in zip(asked, pages, strict=True):
        expected = full.get(f"{lang}/check", query, gzip_ok=False)
        assert page.body == expected.body, (lang, query)
        assert page.headers == expected.headers, (lang, query)


# A results row as check.html wrote it before rows were made in server/phone/pages.py (`_result`), with the
# link's segment percent-encoded: a row must say exactly what it said.
_TEMPLATE_ROW = ('<li><a href="{{ up }}{{ lang }}/{{ r["href"] }}"><strong>{{ r["name"] }}</strong>'
                 '{% if r["ref"] %}<span>{{ r["ref"] }}</span>{% endif %}<span class="pill {{ r["level"] }}">'
                 '<span aria-hidden="true">{{ r["icon"] }}</span> {{ r["headline"] }}</span></a></li>')


def test_a_results_row_is_what_the_template_wrote(published: Deployment, tmp_path: Path) -> None:
    site = Site(PublishedContent(published.root, work_dir=tmp_path / "a"), clock=lambda: TODAY)
    snap = site.content.current()
    row = Environment(autoescape=True).from_string(_TEMPLATE_ROW)
    old = pages.stale(snap, TODAY)
    checked = 0
    for lang in UI_LANGUAGES:
        w = Words(lang)
        for query in _searches():
            for m in snap.registry.search(pages.clean_query(query.get("q")), pages.MAX_RESULTS):
                agency = snap.registry.agency(m.ref) if m.kind == "agency" else None
                v = (pages.agency_verdict(agency, TODAY, stale=old) if agency
                     else pages.warning_verdict(snap.registry.warnings[m.ref]))
                expected = row.render(up="../", lang=lang, r={
                    "href": f"{'agency' if agency else 'warning'}/{pages.segment(m.ref)}", "name": m.name,
                    "ref": m.ref if agency else None, "level": pages.level(v), "icon": pages.ICONS[v.kind],
                    "headline": pages.verdict_words(w, v)[0]})
                made = pages._result(snap, w, m.kind, m.ref, m.name, TODAY, old, f"../{lang}/")
                assert made == expected, (lang, m)
                checked += 1
    assert checked > 100


def test_every_job_order_page_is_the_full_render(published: Deployment, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with open(SAMPLE / "vacancies.csv", encoding="utf-8", newline="") as handle:
        ids = [row["id"] for row in csv.DictReader(handle)]
    paths = [f"{lang}/vacancy/{i}" for lang in UI_LANGUAGES for i in ids]
    filled = _filled_and_full(published, tmp_path, monkeypatch, paths)
    assert 0 < len(filled.pieces) < len(paths) / 4  # pages of one shape share their pieces


def test_every_list_page_is_the_full_render(published: Deployment, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Every vacancy list page a list links to (each filter, each page of it), and one beyond the last;
    at two vacancies a page, so that the sample's lists run to several pages (filled into pieces from
    three on)."""
    monkeypatch.setattr(vacancies, "PAGE_SIZE", 2)
    site = Site(PublishedContent(published.root, work_dir=tmp_path / "c"), clock=lambda: TODAY)
    snap = site.content.current()
    paths = [f"{lang}/{path}" for lang in UI_LANGUAGES
             for path in [*vacancies.paths(snap, Words(lang), TODAY), "vacancies/all/all/99"]]
    assert len(paths) > 400
    filled = _filled_and_full(published, tmp_path, monkeypatch, paths)
    assert 0 < len(filled.pieces) < len(paths) / 4  # pages of one shape share their pieces
