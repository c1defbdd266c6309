"""One staff look: the desk console and kiosk-server's operator pages link and serve the same stylesheet
(content/web/static/staff.css), byte for byte."""

from __future__ import annotations

import re

import requests

from content import web
from tests.console.conftest import Desk


def _stylesheet(page_url: str) -> tuple[str, bytes]:
    """The stylesheet a page links, and the bytes its server sends for it."""
    page = requests.get(page_url, timeout=30)
    assert page.status_code == 200
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)">', page.text)
    assert len(links) == 1, links
    origin = re.match(r"https?://[^/]+", page_url)
    assert origin
    css = requests.get(origin.group(0) + links[0], timeout=30)
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    return links[0], css.content


def test_console_and_operator_pages_get_the_same_stylesheet(desk: Desk) -> None:
    console_link, console_css = _stylesheet(desk.url + "/login")
    operator_link, operator_css = _stylesheet(desk.server.url + "/operator/login")
    assert (console_link, operator_link) == ("/static/staff.css", "/operator/static/staff.css")
    assert console_css == operator_css == (web.STATIC / web.STYLESHEET).read_bytes()
    assert ".callback.urgent" in console_css.decode() and "ol.steps" in operator_css.decode()


def test_dates_in_running_text_are_kept_whole_and_the_rest_escaped() -> None:
    """`unbroken_dates` (a fleet flag's message) wraps each ISO date in a `nowrap` span, escapes the rest."""
    assert web.unbroken_dates("token <b>revoked</b> at 2026-12-03T04:05:12+00:00; until 2026-12-30.") == (
        'token &lt;b&gt;revoked&lt;/b&gt; at <span class="nowrap">2026-12-03T04:05:12+00:00</span>; until '
        '<span class="nowrap">2026-12-30</span>.')
    assert ".nowrap { white-space: nowrap; }" in (web.STATIC / web.STYLESHEET).read_text(encoding="utf-8")
