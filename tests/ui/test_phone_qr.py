"""Every QR the kiosk draws leads to the phone edition, in the traveller's language: the codes are decoded
from the images on screen (not read back from the string given to them) and the decoded addresses are then
opened on a real kiosk-server, which must show the same verdict the kiosk shows."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

import pytest
import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QLabel

from kiosk.app.compose import Kiosk
from kiosk.services.qr import content_qr, phone_url, service_qr, vacancy_qr, verdict_qr
from screens.widgets.qr_panel import QrPanel
from tests.phone.conftest import Phone, phone, publish_days, published  # noqa: F401 - fixtures shared with tests/phone
from tests.ui.helpers import settle, until_read

BASE = "http://127.0.0.1:8470/m"  # the sample default of phone_base_url


def decode(panel: QrPanel) -> str:
    """The text of the QR code as a phone's camera would read it from the panel's image."""
    assert panel.isVisible(), "no QR code on screen"
    image = panel.image.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = memoryview(image.constBits()).cast("B", (image.height(), image.bytesPerLine()))
    found = zxingcpp.read_barcodes(pixels)
    assert len(found) == 1, "exactly one readable QR code"
    return found[0].text


def agencies(kiosk: Kiosk) -> dict[str, str]:
    return kiosk.context.registry.example_per_status()


@pytest.mark.parametrize("lang", ["uz-Latn", "ru"])
def test_verdict_qr_of_each_status_opens_the_same_verdict_on_the_phone(kiosk: Kiosk, phone: Phone,  # noqa: F811
                                                                      lang: str) -> None:
    kiosk.context.i18n.set_language(lang)
    for status, licence in agencies(kiosk).items():
        kiosk.navigator.go("verdict", kind="agency", ref=licence)
        screen = kiosk.navigator.screen("verdict")
        until_read(kiosk, screen)  # read on the worker
        url = decode(screen.qr)
        assert url == f"{BASE}/{lang}/agency/{licence}", status
        kiosk_headline = screen.panel.findChild(QLabel, "VerdictHeadline").text()
        page = phone.get(urlsplit(url).path)
        assert page.status == 200
        assert f'<p class="headline">{kiosk_headline}</p>' in page.text, (status, kiosk_headline)
        assert f'class="verdict {screen.panel.property("level")}"' in page.text
        # The offline "result as text" code stays, for phones without data.
        assert screen.text_qr.isVisible()
        assert kiosk_headline in decode(screen.text_qr)


def test_warning_list_and_not_found_verdicts(kiosk: Kiosk, phone: Phone) -> None:  # noqa: F811
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("verdict", kind="warning", ref="w-001")
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)  # read on the worker
    url = decode(screen.qr)
    assert url == f"{BASE}/en/warning/w-001"
    kiosk_headline = screen.panel.findChild(QLabel, "VerdictHeadline").text()
    assert kiosk_headline == "On the warning list"
    assert f'<p class="headline">{kiosk_headline}</p>' in phone.get(urlsplit(url).path).text
    kiosk.navigator.go("verdict", kind="none", ref="", query="Nobody Such")
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)  # read on the worker
    assert not screen.qr.isVisible()  # nothing to look up later
    assert "Not in the registry" in decode(screen.text_qr)


@pytest.mark.parametrize(("screen_name", "params", "route"), [
    ("article", {"article_id": "employer-pays"}, "article/employer-pays"),
    ("alert", {"alert_id": "upfront-fees-no-job"}, "alert/upfront-fees-no-job"),
    ("guide", {"country": "kr"}, "guide/kr"),
])
def test_item_qr_leads_to_its_phone_page_in_the_current_language(kiosk: Kiosk, phone: Phone,  # noqa: F811
                                                                 screen_name: str, params: dict,
                                                                 route: str) -> None:
    for lang in ("uz-Cyrl", "en"):
        kiosk.context.i18n.set_language(lang)
        kiosk.navigator.go(screen_name, **params)
        settle()
        until_read(kiosk, kiosk.navigator.screen(screen_name))
        url = decode(kiosk.navigator.screen(screen_name).qr)
        assert url == f"{BASE}/{lang}/{route}"
        page = phone.get(urlsplit(url).path)
        assert page.status == 200
        assert f'<html lang="{lang}">' in page.text


def test_url_rules() -> None:
    assert phone_url(BASE + "/", "ru", "article/a") == f"{BASE}/ru/article/a"
    assert phone_url("", "ru", "article/a") == ""
    # Reviewed content may name its official page; sample placeholders never win over the phone edition.
    assert content_qr(BASE, "en", "article/a", "https://gov.example/a", sample=False) == "https://gov.example/a"
    assert content_qr(BASE, "en", "article/a", "https://example.org/kiosk-sample/a", sample=True) == \
        f"{BASE}/en/article/a"
    assert content_qr("", "en", "article/a", "https://example.org/x", sample=True) == "https://example.org/x"
    assert service_qr(BASE, "ru", "find-an-office", "https://example.org/s", sample=True) == \
        f"{BASE}/ru/services#find-an-office"
    assert service_qr(BASE, "ru", "x", "https://platform.example/x", sample=False) == "https://platform.example/x"
    registry = "https://registry.example/{licence_no}"
    assert verdict_qr(BASE, registry, "en", licence_no="LX 1/2") == f"{BASE}/en/agency/LX%201%2F2"
    assert verdict_qr("", registry, "en", licence_no="LX-1") == "https://registry.example/LX-1"
    assert verdict_qr(BASE, registry, "en") == ""
    platform = "https://platform.example/v/1"
    assert vacancy_qr(BASE, "kk", "de-care-001", platform) == f"{BASE}/kk/vacancy/de-care-001"
    assert vacancy_qr("", "kk", "de-care-001", platform) == platform


@pytest.mark.parametrize("lang", ["uz-Latn", "kk"])
def test_vacancy_qr_opens_the_job_order_on_the_phone(kiosk: Kiosk, phone: Phone, lang: str) -> None:  # noqa: F811
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("vacancy", id="de-care-001")
    screen = kiosk.navigator.screen("vacancy")
    for _ in range(100):  # the job order is read on the worker (again after the language change)
        kiosk.context.background.wait()
        settle()
        if not screen.loading:
            break
    url = decode(screen.qr)
    assert url == f"{BASE}/{lang}/vacancy/de-care-001"
    page = phone.get(urlsplit(url).path)
    assert page.status == 200
    title = screen.text_widget.findChild(QLabel, "ScreenTitle").text()
    assert f"<h1>{title}</h1>" in page.text  # the same job order, titled the same way


@pytest.mark.parametrize("lang", ["uz-Latn", "ru"])
def test_service_qr_opens_that_service_on_the_phone(kiosk: Kiosk, phone: Phone, lang: str) -> None:  # noqa: F811
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("services")
    settle()
    screen = kiosk.navigator.screen("services")
    until_read(kiosk, screen)  # the services are read on the worker
    cards = screen.body_widget.findChildren(QFrame, "Card")
    assert cards
    for card in cards:
        url = decode(card.findChild(QrPanel))
        service = card.property("service")
        assert url == f"{BASE}/{lang}/services#{service}"  # sample content: its placeholder link never wins
        page = phone.get(urlsplit(url).path)
        assert page.status == 200
        assert f'id="{service}"' in page.text


def test_verdict_qr_caption_says_where_the_code_leads(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    licence = agencies(kiosk)["active"]
    kiosk.navigator.go("verdict", kind="agency", ref=licence)
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)  # read on the worker
    assert decode(screen.qr).startswith(f"{BASE}/en/agency/")
    assert screen.qr.caption.text() == "Current status on your phone"
    kiosk.context.config = replace(kiosk.context.config, phone_base_url="")
    kiosk.navigator.go("verdict", kind="agency", ref=agencies(kiosk)["revoked"])  # another: a fresh page
    until_read(kiosk, screen)
    assert not decode(screen.qr).startswith(BASE)  # the official registry page instead
    assert screen.qr.caption.text() == "Official registry page"
