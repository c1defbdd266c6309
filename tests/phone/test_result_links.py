"""Every link of a results page opens the page it names, whatever a licence number holds: the registry
takes any text as a licence number, and the agency page's address carries it as one path segment
(docs/phone.md: a `/` is sent as %2F)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.phone.conftest import SAMPLE, TODAY, Phone, _rewrite
from tests.testkit.serve import ServerThread, new_deployment

# Licence numbers as an office might write them: a slash, a space, a question mark, a hash, a percent sign.
ODD = {"LX-2019-0333": "LX 2019/0333", "LX-2019-0612": "LX-2019?0612#a", "LX-2019-0790": "LX 100%"}


@pytest.fixture(scope="module")
def odd_phone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Phone]:
    root = tmp_path_factory.mktemp("odd-licences")
    source = root / "source"
    shutil.copytree(SAMPLE, source)
    _rewrite(source / "registry" / "agencies.csv", "licence_no", "licence_no", ODD)
    _rewrite_vacancies(source / "vacancies.csv")
    dep = new_deployment(root / "deploy")
    dep.publish_source(source)
    server = ServerThread(dep.root, refresh_interval_s=None, today=lambda: TODAY).start()
    yield Phone(server.port)
    server.stop()


def _rewrite_vacancies(path: Path) -> None:
    """The sample's job orders name agencies by licence number: they follow the new numbers."""
    text = path.read_text(encoding="utf-8")
    for old, new in ODD.items():
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_the_odd_licence_numbers_are_in_the_registry(odd_phone: Phone) -> None:
    for licence in ODD.values():
        assert odd_phone.get(f"/m/en/agency/{quote(licence, safe='')}").status == 200, licence


@pytest.mark.parametrize("licence", sorted(ODD.values()))
def test_a_result_links_to_its_agency(odd_phone: Phone, licence: str) -> None:
    page = odd_phone.get(f"/m/en/check?q={quote(licence)}")
    assert page.status == 200
    links = [unescape(href) for href in re.findall(r'<li><a href="([^"]+)"', page.text)]
    assert links, "no result"
    assert f"../en/agency/{quote(licence, safe='')}" in links
    for href in links:  # every result link opens its page (relative to /m/en/check)
        assert href.startswith("../en/")
        assert odd_phone.get("/m/" + href[3:]).status == 200, href
