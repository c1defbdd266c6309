"""Checks shared by the tests of the two staff web apps (kiosk-server's operator pages and the desk console),
which render their pages from the same rules (`content.web`): one check each, so that the two apps cannot
drift apart in what a test holds them to."""

from __future__ import annotations

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
