"""Guides, contacts and topics edited in a real headless Chromium through to the source files, and a broken
field refused at its language with the typed text still in the form. Every page is screenshotted
(KIOSK_SCREENSHOTS=DIR keeps them) and checked with axe."""

from __future__ import annotations

import yaml
from selenium.webdriver.common.by import By

from tests.console.conftest import ConsoleBrowser


def test_guide_contact_and_topic_edited_in_the_browser(console: ConsoleBrowser) -> None:
    browser, desk, d, see, shot = console.browser, console.desk, console.driver, console.see, console.shot
    type_into, shots = console.type_into, console.shots
    browser.resize((1366, 768))
    console.login(shows="This is the content desk")

    browser.open(desk.url + "/guides")
    shot("guides")
    browser.click_link("kr")
    type_into("lang-ru", "ru.name", "Республика Корея")
    d.find_element(By.ID, "save").click()
    see("Saved: ru.")
    shot("guide")
    assert "name: Республика Корея" in (desk.source / "guides" / "kr" / "ru.md").read_text(encoding="utf-8")

    browser.open(desk.url + "/contacts")
    shot("contacts")
    browser.click_link("consulate-seoul")
    type_into("lang-uz-Latn", "uz-Latn.name", "Seuldagi Bosh konsullik")
    type_into("shared", "phone", "+82 0 0000 0000")
    d.find_element(By.ID, "save").click()
    see("Saved: phone, uz-Latn.")
    contacts = yaml.safe_load((desk.source / "contacts.yaml").read_text(encoding="utf-8"))
    seoul = next(c for c in contacts if c["id"] == "consulate-seoul")
    assert (seoul["phone"], seoul["name"]["uz-Latn"]) == ("+82 0 0000 0000", "Seuldagi Bosh konsullik")

    # A broken field: the Russian name emptied, a note typed in the description. Refused at ru, kept.
    before = (desk.source / "contacts.yaml").read_bytes()
    type_into("lang-ru", "ru.name", "")
    type_into("lang-ru", "ru.description", "Текст, который нельзя потерять")
    d.find_element(By.ID, "save").click()
    see("not saved: fix the marked fields")
    ru = d.find_element(By.ID, "lang-ru")
    assert "has no ru text" in ru.text
    kept = ru.find_element(By.NAME, "ru.description").get_attribute("value")
    assert kept == "Текст, который нельзя потерять"
    shot("contact-refused")
    assert (desk.source / "contacts.yaml").read_bytes() == before

    browser.open(desk.url + "/topics")
    shot("topics")
    browser.click_link("rights")
    type_into("lang-en", "en.title", "Your rights at work")
    d.find_element(By.ID, "save").click()
    see("Saved: en.")
    shot("topic")
    topics = yaml.safe_load((desk.source / "topics.yaml").read_text(encoding="utf-8"))
    assert topics[0]["title"]["en"] == "Your rights at work"

    browser.open(desk.url + "/publish")
    text = browser.text()
    assert "country guide kr changed in 1 language (ru)" in text
    assert "contacts changed" in text and "topics changed" in text
    browser.resize((360, 800))
    for path in ("/contacts/consulate-seoul", "/guides/kr", "/"):
        browser.open(desk.url + path)
        width = d.execute_script("return document.documentElement.scrollWidth")
        assert width <= 360, f"{path} is {width} px wide on a 360 px phone: something does not wrap"
    shot("overview-phone-width")
    # The phone edition's page of the edited guide, drawn by kiosk-server from the saved (unpublished) draft.
    browser.open(desk.url + "/phone-preview/ru/guide/kr")
    assert "Республика Корея" in browser.text()
    margin = d.execute_script("return getComputedStyle(document.body).margin")
    assert margin != "8px"  # its style sheet loaded: not the browser default
    browser.screenshot(shots / "console-phone-preview-guide.png")
