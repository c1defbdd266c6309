"""The phone edition in a real headless Chromium at 360x800: every page type renders, the language switcher
works, nothing overflows at 320 px or with text at 200%, and axe-core finds no serious or critical fault.

Set PHONE_SCREENSHOTS=DIR to keep the full-page PNGs for looking at them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.phone.conftest import Phone, sample_agencies
from tests.phone.test_routes import PAGE_TYPES
from tests.testkit.browser import describe, serious

PAGES = {**PAGE_TYPES, "agency-licensed": f"agency/{sample_agencies()['active']}",
         "not-found": "article/no-such-page", "check-nothing": "check?q=zzqqxx",
         "vacancies-none": "vacancies/de/welding"}  # a destination and a job with nothing together


def _shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("PHONE_SCREENSHOTS") or tmp_path)


# Kazakh (Cyrillic, Russian fallback content) and Karakalpak (Latin, Uzbek fallback content): the pages
# whose content is shown in another language than the page's, with a lang attribute on it.
@pytest.mark.parametrize("lang", ["uz-Latn", "ru", "kk", "kaa"])
def test_every_page_type_renders_and_passes_axe(browser, phone: Phone, lang: str, tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{phone.port}/m/{lang}/"
    problems = []
    for name, path in PAGES.items():
        browser.open(base + path)
        assert browser.run("return document.documentElement.lang") == lang
        assert browser.run("return document.querySelector('h1').getBoundingClientRect().height") > 0, name
        # The style sheet applied (the header is the kiosk's blue), so the page is not unstyled HTML.
        assert browser.run("return getComputedStyle(document.querySelector('.top')).backgroundColor") == \
            "rgb(11, 79, 138)", name
        shot = browser.screenshot(_shots(tmp_path) / f"{lang}-{name}.png")
        assert shot.stat().st_size > 5000
        found = serious(browser.axe())
        if found:
            problems.append(f"{name}:\n{describe(found)}")
    assert not problems, "\n".join(problems)


def test_language_switcher_keeps_the_page(browser, phone: Phone) -> None:
    browser.open(f"http://127.0.0.1:{phone.port}/m/uz-Latn/article/employer-pays")
    browser.click_link("Русский")
    assert browser.url.endswith("/m/ru/article/employer-pays")
    assert browser.run("return document.documentElement.lang") == "ru"
    browser.click_link("Ўзбекча")
    assert browser.url.endswith("/m/uz-Cyrl/article/employer-pays")
    browser.open(f"http://127.0.0.1:{phone.port}/m/en/check?q=istiqbol")
    browser.click_link("Oʻzbekcha")
    assert browser.url.endswith("/m/uz-Latn/check?q=istiqbol")
    assert "Istiqbol" in browser.text()


def test_search_form_works_without_javascript_and_opens_a_verdict(browser, phone: Phone) -> None:
    browser.open(f"http://127.0.0.1:{phone.port}/m/en/check")
    field = browser.driver.find_element("id", "q")
    field.send_keys("Tez Viza")
    field.submit()
    browser.wait_until(lambda: "/m/en/check?q=Tez+Viza" in browser.url and browser.loaded())
    browser.driver.find_element("css selector", ".results a").click()
    browser.wait_until(lambda: "/m/en/warning/" in browser.url and browser.loaded())
    assert "On the warning list" in browser.text()


@pytest.mark.parametrize(("lang", "width"), [("ru", 320), ("ru", 360), ("kk", 320), ("tg", 320),
                                             ("kaa", 320)])
def test_no_sideways_scrolling_at_small_widths_and_double_text(browser, phone: Phone, lang: str, width: int,
                                                               tmp_path: Path) -> None:
    """WCAG reflow: nothing wider than the screen at 320 px, and with text at 200%; in the languages with
    the longest words (Kazakh, Tajik, Karakalpak) too; at 100% no word is broken inside."""
    browser.resize((width, 800))
    wide = []
    for name, path in PAGES.items():
        browser.open(f"http://127.0.0.1:{phone.port}/m/{lang}/{path}")
        if os.environ.get("PHONE_SCREENSHOTS"):
            browser.screenshot(_shots(tmp_path) / f"{lang}-{width}-{name}.png")
        for zoom in ("100%", "200%"):
            browser.run(f"document.documentElement.style.fontSize = '{zoom}'")
            if zoom == "100%" and (split := browser.split_words("main")):
                wide.append((name, zoom, split))  # long words may break only when they cannot fit whole
            if browser.scrolls_sideways():  # against the layout viewport: innerWidth grows with the page
                wide.append((name, zoom, browser.run("return document.scrollingElement.scrollWidth")))
    assert not wide


def test_tap_targets_are_at_least_24px(browser, phone: Phone) -> None:
    """WCAG 2.2 target size (2.5.8, not in this axe-core version): every link and button is 24 px or more
    high, except links inside running text."""
    small = []
    for name, path in PAGES.items():
        browser.open(f"http://127.0.0.1:{phone.port}/m/uz-Latn/{path}")
        small += [(name, s) for s in browser.run("""
            return [...document.querySelectorAll('a, button, input')]
              .filter(e => !e.closest('p, li') || e.closest('.tiles, .list, .langs'))
              .filter(e => !e.classList.contains('skip'))
              .map(e => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect().height])
              .filter(([, h]) => h < 24);""")]
    assert not small
