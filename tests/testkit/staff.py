"""Checks shared by the tests of the two staff web apps (kiosk-server's operator pages and the desk console),
which render their pages from the same rules (`content.web`): one check each, so that the two apps cannot
drift apart in what a test holds them to."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

import requests

# What no staff page may show, whatever was sent: a traceback, the framework's bare error or its JSON.
NEVER = ("Traceback", "Internal Server Error", "Exception", 'File "', '{"detail"')


def assert_staff_page(r: requests.Response, status: int, title: str, *, stylesheet: str,
                      back: tuple[str, str]) -> None:
    """`r` is a staff page (HTML in the staff look served at `stylesheet`, in English) with `status`, headed
    `title`, with the app's link back to its first page (`back`: address, text) and nothing of a traceback;
    it carries the app's own headers, as every page does."""
    where = f"{r.request.method} {r.url}"
    assert r.status_code == status, (where, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html"), (where, r.headers["content-type"], r.text[:300])
    assert '<html lang="en">' in r.text, where
    assert f'<link rel="stylesheet" href="{stylesheet}">' in r.text, where
    assert f"<h1>{title}</h1>" in r.text, (where, r.text[:1500])
    assert f'<a href="{back[0]}">{back[1]}</a>' in r.text, where
    assert not any(word in r.text for word in NEVER), (where, r.text[:1500])
    assert r.headers["x-frame-options"] == "DENY", where


# --- the audit logs' pages (content/web/templates/_audit.html, drawn by both apps) -----------------------

AUDIT_PAGE = 200  # lines a page of an audit log shows (content.web.PAGE_SIZE), newest first
_TARGET = re.compile(r'data-label="On">(.*?)</td>', re.S)
_TAG = re.compile(r"<[^>]+>")


def audit_targets(html: str) -> list[str]:
    """The "On" column of an audit page's table, top to bottom, as text."""
    return [unescape(_TAG.sub("", cell)) for cell in _TARGET.findall(html)]


def audit_lines(count: int) -> list[str]:
    """Targets for `count` audit lines, `line-00001` (the oldest) to `line-{count:05}`, in writing order."""
    return [f"line-{n:05}" for n in range(1, count + 1)]


def assert_audit_pages(get: Callable[[str], requests.Response], expected: list[str]) -> None:
    """An audit log whose lines' targets are `expected`, newest first, read through `get(query)` (the query
    string of the audit page's address, "" for none): page by page, `AUDIT_PAGE` lines a page, following
    the "Older" and "Newer" links as a browser without JavaScript does; a page number that is not one of
    the log's gives a page saying so (the first page for what is no number, the last for one past it),
    never an error."""
    total = len(expected)
    pages = -(-total // AUDIT_PAGE)
    first = get("")
    assert first.status_code == 200, first.text[:500]
    assert audit_targets(first.text) == expected[:AUDIT_PAGE], audit_targets(first.text)[:3]
    assert f"of {total:,} (page 1 of {pages:,})" in first.text, first.text[:3000]
    assert 'rel="prev"' not in first.text, "the newest page has nothing newer"
    older = re.findall(r'<a [^>]*href="\?page=(\d+)" rel="next">Older entries</a>', first.text)
    assert older and set(older) == {"2"}, older
    second = get("?page=2")
    assert audit_targets(second.text) == expected[AUDIT_PAGE:2 * AUDIT_PAGE]
    assert set(re.findall(r'<a [^>]*href="\?page=(\d+)" rel="prev">Newer entries</a>', second.text)) == {"1"}
    last = get(f"?page={pages}")
    assert audit_targets(last.text) == expected[(pages - 1) * AUDIT_PAGE:], "the oldest lines are reachable"
    assert 'rel="next"' not in last.text, "the oldest page has nothing older"
    for asked, shown in (("abc", 1), ("0", 1), ("-3", 1), ("2.5", 1), ("%ff", 1), ("1" * 40, 1),
                         (str(pages + 1), pages), ("99999999", pages)):
        r = get(f"?page={asked}")
        assert r.status_code == 200, (asked, r.status_code, r.text[:300])
        assert not any(word in r.text for word in NEVER), (asked, r.text[:1500])
        assert f"(page {shown} of {pages:,})" in r.text, (asked, r.text[:3000])
        assert "is not a page of this log" in r.text, (asked, r.text[:3000])
        assert audit_targets(r.text)[0] == expected[(shown - 1) * AUDIT_PAGE], asked
