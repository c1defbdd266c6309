"""The browser test kit itself: a real page renders at phone size, screenshots are PNGs, axe finds faults."""

from __future__ import annotations

from pathlib import Path

from tests.testkit.browser import PHONE, describe, serious

GOOD = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Good page</title></head>
<body><main><h1>Hello</h1><p>Plain text.</p><a href="#top">Top</a></main></body></html>"""
# An image without alt text and a form field without a label: axe rates both serious or critical.
BAD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad page</title></head>
<body><main><h1>Hello</h1><img src="x.png"><input type="text"></main></body></html>"""


def _page(tmp_path: Path, name: str, html: str) -> str:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


def test_page_renders_at_phone_size_and_screenshot_is_png(browser, tmp_path):
    browser.open(_page(tmp_path, "good.html", GOOD))
    assert browser.text().startswith("Hello")
    assert browser.run("return [window.innerWidth, window.innerHeight]") == list(PHONE)
    shot = browser.screenshot(tmp_path / "good.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_axe_passes_a_good_page(browser, tmp_path):
    browser.open(_page(tmp_path, "good.html", GOOD))
    violations = serious(browser.axe())
    assert not violations, describe(violations)


def test_axe_reports_serious_faults(browser, tmp_path):
    browser.open(_page(tmp_path, "bad.html", BAD))
    found = {v["id"] for v in serious(browser.axe())}
    assert {"image-alt", "label"} <= found
