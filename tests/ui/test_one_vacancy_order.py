"""The kiosk's vacancies screen and the phone edition's list put the same job orders in the same order, in
every UI language: both order them with content.vacancies.in_list_order and content.collation, not with
copies of their own (they were ICU through Qt on the kiosk and plain pyuca on the server, and disagreed
on Uzbek Sh, Ch and Oʻ, on Uzbek Cyrillic Қ and on Tajik Ҷ).

The sample content gets job orders in countries whose names start with those letters in some language:
Shveytsariya and Chexiya (uz-Latn, kaa), Қувайт (uz-Cyrl), Ҷумҳурии Чех (tg), Amerika Qo‘shma Shtatlari
(written with ‘, not ʻ, by CLDR).
"""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from content.languages import UI_LANGUAGES
from kiosk.app.bootstrap import ensure_content
from kiosk.app.compose import Kiosk, build_kiosk, configure_application
from kiosk.app.config import load_config
from tests.phone.conftest import SAMPLE, TODAY, Phone
from tests.phone.test_vacancies import _every_page
from tests.testkit.serve import ServerThread, new_deployment
from tests.ui.helpers import settle, shut_down

EXTRA_COUNTRIES = ("ch", "cz", "se", "kw", "kg", "tj", "us", "cn")
COUNTRY_LINK = re.compile(r'<li><a href="[^"]+/vacancies/([a-z]{2})/all">')


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample content with job orders in EXTRA_COUNTRIES, copied from its first rows."""
    folder = tmp_path_factory.mktemp("one-order") / "source"
    shutil.copytree(SAMPLE, folder)
    path = folder / "vacancies.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames or []), list(reader)
    for number, country in enumerate(EXTRA_COUNTRIES):
        row = dict(rows[number % 3])
        row["id"] = f"{country}-{row['occupation']}-{900 + number}"
        row["country"] = country
        row["apply_url"] = row["apply_url"].rsplit("/", 1)[0] + "/" + row["id"]
        rows.append(row)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder


@pytest.fixture(scope="module")
def phone_edition(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Phone]:
    deployment = new_deployment(tmp_path_factory.mktemp("one-order") / "deploy")
    deployment.publish_source(source)
    server = ServerThread(Path(deployment.root), refresh_interval_s=None, today=lambda: TODAY).start()
    yield Phone(server.port)
    server.stop()


@pytest.fixture
def kiosk(qtbot: object, qapp: QApplication, tmp_path: Path, source: Path) -> Iterator[Kiosk]:
    assert ensure_content(tmp_path, source)
    configure_application(qapp)
    k = build_kiosk(load_config(tmp_path))
    k.context.clock = lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
    qtbot.addWidget(k.window)  # type: ignore[attr-defined]
    k.window.setFixedSize(1920, 1080)
    k.window.show()
    assert QTest.qWaitForWindowActive(k.window, 5000)
    yield k
    shut_down(k)


def _kiosk_list(kiosk: Kiosk, qtbot: Any, lang: str):  # noqa: ANN202
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go("vacancies")
    screen = kiosk.navigator.screen("vacancies")
    # The list is read and ordered on the worker, and shown when its answer reaches the UI thread.
    qtbot.waitUntil(lambda: not screen.loading, timeout=60000)
    settle()
    return screen


def test_kiosk_and_phone_list_the_vacancies_in_one_order(kiosk: Kiosk, qtbot: Any,
                                                         phone_edition: Phone) -> None:
    for lang in UI_LANGUAGES:
        screen = _kiosk_list(kiosk, qtbot, lang)
        kiosk_ids = [v.id for v in screen.shown()]
        assert {i.split("-")[0] for i in kiosk_ids} >= set(EXTRA_COUNTRIES), lang
        assert kiosk_ids == _every_page(phone_edition, lang, f"/m/{lang}/vacancies"), lang
        kiosk_countries = [b.property("key") for b in screen.countries.buttons()[1:]]
        phone_countries = COUNTRY_LINK.findall(phone_edition.get(f"/m/{lang}/vacancies").text)
        assert kiosk_countries == phone_countries, lang
        kiosk.navigator.restart()


def test_uzbek_letters_after_z_on_both(kiosk: Kiosk, qtbot: Any, phone_edition: Phone) -> None:
    """Sh, Ch and Oʻ are letters after Z in Uzbek Latin; Қ comes after Я in Uzbek Cyrillic."""
    screen = _kiosk_list(kiosk, qtbot, "uz-Latn")
    codes = [b.property("key") for b in screen.countries.buttons()[1:]]
    assert codes.index("tr") < codes.index("ch") < codes.index("cz"), codes  # Turkiya … Shveytsariya, Chexiya
    assert COUNTRY_LINK.findall(phone_edition.get("/m/uz-Latn/vacancies").text) == codes
    kiosk.navigator.restart()
    screen = _kiosk_list(kiosk, qtbot, "uz-Cyrl")
    codes = [b.property("key") for b in screen.countries.buttons()[1:]]
    assert codes.index("jp") < codes.index("kz"), codes  # Япония … Қозоғистон
    assert COUNTRY_LINK.findall(phone_edition.get("/m/uz-Cyrl/vacancies").text) == codes
