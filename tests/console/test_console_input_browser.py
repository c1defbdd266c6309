"""Bad input through a real headless Chromium, as an editor would send it: registry files with wrong
columns, in Windows-1251, with duplicate licence numbers or a million rows; markup typed into every field; a
20 MB article body. Each is refused with a clear line (never a traceback), what was typed stays in the form,
and the sources do not change. Every page is screenshotted (KIOSK_SCREENSHOTS=DIR keeps them) and axe-checked.
"""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.console.conftest import ConsoleBrowser, digest
from tests.console.test_console_input import HEADER, _row

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def test_bad_registry_files_in_the_browser(console: ConsoleBrowser, tmp_path: Path) -> None:
    desk = console.desk
    console.browser.resize((1280, 900))
    console.login()
    before = digest(desk.source)
    cases = {
        "wrong-columns": (b"licence,name\n1,x\n", "missing column 'licence_no'"),
        "cp1251": ((HEADER + _row(1, name="Агентство")).encode("cp1251"), "Windows-1251"),
        "duplicates": ((HEADER + _row(1) + _row(1)).encode(), "duplicate licence number"),
        "million-rows": ((HEADER + "1,a,,1,active,,,,,,,,\n" * 1_000_000).encode(), "1,000,001 lines"),
    }
    for name, (data, expected) in cases.items():
        upload = tmp_path / f"{name}.csv"
        upload.write_bytes(data)
        console.upload_refused("/registry", upload)
        assert expected in console.browser.text(), name
        assert "Nothing was changed" in console.browser.text()
        console.no_traceback()
        assert not console.overflowing(), name  # the list of column names ran out of its box
        console.shot(f"registry-refused-{name}")
    assert digest(desk.source) == before


def test_markup_and_a_20_mb_body_in_the_browser(console: ConsoleBrowser) -> None:
    desk, d = console.desk, console.driver
    console.browser.resize((1366, 900))
    console.login()
    before = digest(desk.source)
    alerts: list[str] = []

    def no_script_ran() -> None:
        """Markup shown as text: no dialog opened, no element made from it."""
        assert not d.find_elements(By.CSS_SELECTOR, "main script, main img[src='x']")
        alerts.extend(d.execute_script("return window.__alerts || []"))
        assert not alerts

    # Markup in every field of an article: shown back as text (it fails validation: the body has no
    # sections), nothing saved.
    console.browser.open(desk.url + "/articles/employer-pays")
    d.execute_script("window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));")
    for name in ("title", "summary", "body"):
        console.type_into("lang-en", f"en.{name}", EVIL)
    d.find_element(By.ID, "save").click()
    console.see("not saved")
    box = d.find_element(By.ID, "lang-en")
    assert box.find_element(By.NAME, "en.title").get_attribute("value") == EVIL
    assert box.find_element(By.NAME, "en.body").get_attribute("value") == EVIL
    no_script_ran()
    console.no_traceback()
    assert not console.overflowing()
    console.shot("article-markup-refused")

    # A 20 MB body (as if pasted: set as the box's value; the box is hidden first, since laying out 20 MB
    # of text takes headless Chromium longer than its time-out), with other fields and languages typed.
    console.browser.open(desk.url + "/articles/employer-pays")
    console.type_into("lang-en", "en.title", "A title typed here")
    console.type_into("lang-ru", "ru.summary", "Кратко, набрано здесь")
    d.execute_script("arguments[0].style.display = 'none';"
                     "arguments[0].value = 'x'.repeat(20 * 1024 * 1024);",
                     d.find_element(By.NAME, "en.body"))
    d.find_element(By.ID, "save").click()
    console.see("Everything else you typed is still here")
    en = d.find_element(By.ID, "lang-en")
    assert "20,971,520 characters is more than the 1,048,576 a field can hold" in en.text
    assert en.find_element(By.NAME, "en.title").get_attribute("value") == "A title typed here"
    assert len(en.find_element(By.NAME, "en.body").get_attribute("value") or "") < 1024 * 1024
    ru = d.find_element(By.ID, "lang-ru")
    assert ru.find_element(By.NAME, "ru.summary").get_attribute("value") == "Кратко, набрано здесь"
    assert ru.find_element(By.NAME, "ru.edit").is_selected()
    console.no_traceback()
    assert not console.overflowing()
    console.shot("article-20mb-refused")

    # Markup in every field of an alert being composed: refused (the QR link is no link), all kept.
    console.browser.open(desk.url + "/alerts")
    form = d.find_element(By.ID, "compose")
    for name in ("id", "qr", "title", "summary", "red_flags", "actions"):
        form.find_element(By.NAME, name).send_keys(EVIL)
    Select(form.find_element(By.NAME, "severity")).select_by_visible_text("warning")
    form.find_element(By.CSS_SELECTOR, "button").click()
    console.see("not saved")
    form = d.find_element(By.ID, "compose")
    assert form.find_element(By.NAME, "id").get_attribute("value") == EVIL[:48]  # the box takes 48
    assert "is not a valid id" in console.browser.text()
    for name in ("qr", "title", "summary"):
        assert form.find_element(By.NAME, name).get_attribute("value") == EVIL, name
    assert Select(form.find_element(By.NAME, "severity")).first_selected_option.text == "warning"
    no_script_ran()
    console.no_traceback()
    assert not console.overflowing()
    console.shot("alert-markup-refused")

    # Markup as a licence number and reason: no such agency, all kept.
    console.browser.open(desk.url + "/registry")
    form = d.find_element(By.ID, "agency-form")
    form.find_element(By.NAME, "licence_no").send_keys(EVIL[:64])
    form.find_element(By.NAME, "reason").send_keys(EVIL)
    d.find_element(By.ID, "agency-apply").click()
    console.see("no agency with licence number")
    form = d.find_element(By.ID, "agency-form")
    assert form.find_element(By.NAME, "reason").get_attribute("value") == EVIL
    no_script_ran()
    console.no_traceback()
    assert not console.overflowing()
    console.shot("agency-markup-refused")
    assert digest(desk.source) == before
