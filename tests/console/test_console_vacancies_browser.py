"""The vacancies desk in a real headless Chromium, as a desk officer uses it: add a vacancy through the form
(a revoked agency and a past closing date refused at their fields, what was typed kept), find it by search
and destination, upload the platform's export and see the diff, and bad files refused in one line. Every
page is screenshotted at desktop width and at 360 px (KIOSK_SCREENSHOTS=DIR keeps them), axe-checked, and
checked for boxes whose text runs out of them."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.console.conftest import ConsoleBrowser, digest
from tests.console.test_console_vacancies import PAST, csv_of, vacancy

WIDTHS = {"desktop": (1366, 900), "phone": (360, 780)}


def _look(console: ConsoleBrowser, name: str) -> None:
    """Screenshot the page at both widths; no traceback, no serious axe finding, nothing overflowing."""
    console.no_traceback()
    for label, size in WIDTHS.items():
        console.browser.resize(size)
        console.browser.screenshot(console.shots / f"console-vacancies-{name}-{label}.png")
        assert not console.overflowing(), (name, label, console.overflowing())
        wide = console.driver.execute_script(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1 && "
            "[...document.querySelectorAll('main > *')].filter(e => !e.classList.contains('scroll'))"
            ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + '.' + e.className)")
        assert not wide, (name, label, wide)  # only a table's own scroll box may scroll sideways
        console.shot(f"vacancies-{name}-{label}")


def _fill(console: ConsoleBrowser, row: dict[str, str]) -> None:
    d = console.driver
    for name, value in row.items():
        element = d.find_element(By.ID, f"f-{name}")
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        elif element.get_attribute("type") == "date":
            d.execute_script("arguments[0].value = arguments[1]", element, value)
        else:
            element.clear()
            element.send_keys(value)


def test_add_search_and_refusals_in_the_browser(console: ConsoleBrowser) -> None:
    desk, d = console.desk, console.driver
    console.browser.resize(WIDTHS["desktop"])
    console.login()
    d.find_element(By.LINK_TEXT, "Vacancies").click()
    console.see("No vacancies in the sources")
    _look(console, "empty")

    d.find_element(By.ID, "add").click()
    console.see("New vacancy")
    bad = vacancy(1, licence="0789", closes=PAST)  # a revoked agency, a closing date passed
    _fill(console, bad)
    d.execute_script("document.getElementById('f-closes_on').removeAttribute('min')")
    d.find_element(By.ID, "save").click()
    console.see("not saved")
    assert "not currently licensed" in d.find_element(By.ID, "error-licence_no").text
    assert "in the past" in d.find_element(By.ID, "error-closes_on").text
    assert d.find_element(By.ID, "f-employer").get_attribute("value") == bad["employer"]
    assert d.find_element(By.ID, "f-licence_no").get_attribute("aria-invalid") == "true"
    _look(console, "refused")
    assert not (desk.source / "vacancies.csv").exists()

    _fill(console, {"licence_no": "0123", "closes_on": vacancy(1)["closes_on"]})
    d.find_element(By.ID, "save").click()
    console.see("Saved vacancy de-care-001")
    _look(console, "saved")

    (desk.source / "vacancies.csv").write_bytes(csv_of([
        vacancy(1), vacancy(2, employer="Klinikum Nord (SAMPLE)"),
        vacancy(3, country="pl", currency="PLN", language="pl", language_level="A1"),
        vacancy(4, closes=PAST)]))
    console.browser.open(desk.url + "/vacancies")
    d.find_element(By.NAME, "q").send_keys("klinikum")
    Select(d.find_element(By.NAME, "country")).select_by_value("de")
    d.find_element(By.ID, "filter").click()
    console.see("1 vacancy matches")
    assert "de-care-002" in d.find_element(By.ID, "vacancies").text
    console.browser.open(desk.url + "/vacancies?status=closed")
    console.see("close it here before publishing")
    _look(console, "list")


def test_upload_diff_and_bad_files_in_the_browser(console: ConsoleBrowser, tmp_path: Path) -> None:
    desk, d = console.desk, console.driver
    console.browser.resize(WIDTHS["desktop"])
    console.login()
    (desk.source / "vacancies.csv").write_bytes(csv_of([vacancy(n) for n in range(1, 14)]))
    before = digest(desk.source)
    cases = {
        "cp1251": (csv_of([vacancy(1, employer="Рога и копыта")]).decode().encode("cp1251"), "Windows-1251"),
        "columns": (b"id;country;occupation\nx;de;care\n", "missing column"),
        "duplicates": (csv_of([vacancy(1), vacancy(1)]), "duplicate vacancy id"),
        "markup": (csv_of([vacancy(1, employer="<script>alert(1)</script>", licence="<b>x</b>")]),
                   "not in the registry"),
        "huge": (csv_of([vacancy(1, employer="y" * 50_000)]), "far too long"),
    }
    for name, (data, expected) in cases.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(data)
        console.upload_refused("/vacancies", path)
        assert expected in d.find_element(By.ID, "upload-problems").text, name
        assert not d.find_elements(By.CSS_SELECTOR, "main script, main b")
        _look(console, f"upload-{name}")
    assert digest(desk.source) == before

    export = tmp_path / "export.csv"
    export.write_bytes(csv_of([vacancy(1, places="8"), vacancy(20, country="tr", currency="TRY",
                                                              language="tr", language_level="A2")]))
    console.browser.resize(WIDTHS["desktop"])
    console.browser.open(desk.url + "/vacancies")
    d.find_element(By.NAME, "file").send_keys(str(export))
    d.find_element(By.ID, "upload").click()
    console.see("1 added · 1 changed · 0 closed · 12 removed")
    _look(console, "diff")
    d.find_element(By.ID, "confirm").send_keys("12")
    d.find_element(By.ID, "apply").click()
    console.see("The vacancies in the sources are updated")
    console.browser.open(desk.url + "/publish")
    console.see("1 vacancy added in Türkiye")
    assert "1 vacancy added in Germany" in console.browser.text()  # last published: none
    _look(console, "publish")
