"""The upload diffs (registry and vacancies: what an export would change, before and after) in a real
headless Chromium at phone width, where night-shift staff read them: no word of a table broken inside
("Lic/ence" in a column one letter wide), the page itself never wider than the phone (only the table's own
box scrolls sideways), and at desktop width the table still fits its card. Screenshots at 360 and 1280 px
(KIOSK_SCREENSHOTS=DIR keeps them), axe-checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.console.conftest import ConsoleBrowser
from tests.console.test_console_vacancies import csv_of, vacancy

PHONE, DESKTOP = (360, 800), (1280, 800)
TABLES = "section[id^='diff-'] table"


def _registry_export(source: Path) -> str:
    """The sources' registry with one agency's details changed, one status changed, one gone and one added
    under a long licence number: every section of the diff."""
    text = (source / "registry" / "agencies.csv").read_text(encoding="utf-8")
    header, first, second, _gone = text.splitlines()
    first = first.replace("Namuna koʻchasi, 1", "Yangi Namuna koʻchasi, 15-uy, 3-qavat")
    first = first.replace("+998 00 000 00 00", "+998 71 123 45 67")
    second = second.replace("suspended", "active")
    added = ("LX-2026-0000123456,Xalqaro Ishga Joylashtirish Markazi MChJ,,000000009,active,2026-01-01,"
             "2031-01-01,,,Toshkent,Addr,+998 00 000 00 00,kr")
    return "\n".join((header, first, second, added)) + "\n"


def _vacancy_export() -> bytes:
    """Vacancy 1 with a long employer name and a long application URL, 2 as it is, 3 gone, 20 added."""
    long_one = vacancy(1, places="8", employer="Universitätsklinikum Schleswig-Holstein (SAMPLE)",
                       apply_url="https://example.org/kiosk-sample/vacancy/applications/2026/de-care-001")
    return csv_of([long_one, vacancy(2), vacancy(20, country="tr", currency="TRY", language="tr",
                                                 language_level="A2")])


def _upload(console: ConsoleBrowser, page: str, path: Path, shows: str) -> None:
    console.browser.resize(DESKTOP)
    console.browser.open(console.desk.url + page)
    console.driver.find_element(By.NAME, "file").send_keys(str(path))
    console.driver.find_element(By.ID, "upload").click()
    console.see(shows)


def _readable(console: ConsoleBrowser, name: str) -> None:
    browser = console.browser
    console.no_traceback()
    assert browser.run(f"return document.querySelectorAll(\"{TABLES}\").length") >= 3, name
    browser.resize(DESKTOP)
    console.shot(f"diff-{name}-1280")
    split = browser.split_words(TABLES)
    assert not split, f"{name} at 1280 px: {split}"
    narrow = browser.run(f"return [...document.querySelectorAll(\"{TABLES}\")]"
                         ".filter(t => t.offsetWidth > t.parentElement.clientWidth).length")
    assert narrow == 0, f"{name}: at desktop width every diff table fits its card"
    browser.resize(PHONE)
    console.shot(f"diff-{name}-360")
    split = browser.split_words(TABLES)
    assert not split, f"{name} at 360 px: words broken inside: {split}"
    assert not browser.scrolls_sideways(), f"{name}: the page is wider than a 360 px phone"


@pytest.mark.parametrize("kind", ["registry", "vacancies"])
def test_upload_diff_is_readable_on_a_phone(console: ConsoleBrowser, tmp_path: Path, kind: str) -> None:
    desk = console.desk
    console.login()
    export = tmp_path / "export.csv"
    if kind == "registry":
        export.write_text(_registry_export(desk.source), encoding="utf-8")
        _upload(console, "/registry", export, "1 added · 1 status changed · 1 details changed · 1 removed")
    else:
        (desk.source / "vacancies.csv").write_bytes(csv_of([vacancy(n) for n in range(1, 4)]))
        export.write_bytes(_vacancy_export())
        _upload(console, "/vacancies", export, "1 added · 1 changed · 0 closed · 1 removed")
    _readable(console, kind)
