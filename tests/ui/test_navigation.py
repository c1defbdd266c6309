"""Tap through every screen like a traveller: attract → language → home → each section, back and home."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from screens.vacancies import VacanciesScreen
from tests.ui.helpers import settle, tap, tile_with, until_read, visible_texts


def current(kiosk: Kiosk):  # noqa: ANN201
    return kiosk.navigator.screen(kiosk.navigator.current_name)


def start(kiosk: Kiosk, lang: str = "en") -> None:
    """Touch the attract screen and choose a language."""
    tap(kiosk.navigator.screen("attract"))
    assert kiosk.navigator.current_name == "language"
    tap(kiosk.navigator.screen("language").buttons[lang])
    assert kiosk.navigator.current_name == "home"


def test_attract_rotates_through_languages(kiosk: Kiosk, qtbot: object) -> None:
    attract = kiosk.navigator.screen("attract")
    seen = set()
    for _ in range(8):
        seen.add(attract.message.text())
        attract._advance()
    assert len(seen) == 8  # every step shows a different text: languages and messages rotate


def test_attract_text_is_readable_on_its_background(kiosk: Kiosk) -> None:
    from PySide6.QtGui import QColor

    from kiosk.app.theme import PALETTE

    attract = kiosk.navigator.screen("attract")
    image = attract.grab().toImage()
    assert QColor(image.pixel(5, 5)) == QColor(PALETTE.primary)  # white text sits on the dark blue


def test_language_choice_sets_every_text(kiosk: Kiosk) -> None:
    start(kiosk, "ru")
    home = current(kiosk)
    assert home.header.title.text() == "Чем мы можем помочь?"
    assert "Проверить агентство" in visible_texts(home)


def test_every_home_tile_opens_its_screen_and_back_returns(kiosk: Kiosk) -> None:
    start(kiosk)
    home = current(kiosk)
    for target in ("check", "alerts", "topics", "countries", "report", "contacts"):
        tap(tile_with(home, target))
        assert kiosk.navigator.current_name == target
        tap(current(kiosk).header.back_button)
        assert kiosk.navigator.current_name == "home"


def test_alerts_urgent_first_and_detail(kiosk: Kiosk) -> None:
    start(kiosk)
    tap(tile_with(current(kiosk), "alerts"))
    alerts = kiosk.context.store.alerts("en")
    severities = [a.severity for a in alerts]
    assert severities == sorted(severities, key=["urgent", "warning", "info"].index)
    first = current(kiosk).grid.tiles()[0]
    tap(first)
    screen = current(kiosk)
    alert = kiosk.context.store.alert(first.property("target"), "en")
    texts = visible_texts(screen)
    assert alert.title in texts
    assert "Warning signs" in texts
    assert "What to do" in texts
    assert any(flag in t for t in texts for flag in alert.red_flags)
    # Sample items lead to the phone edition (docs/phone.md), in the language being read.
    assert screen.qr.target == f"http://127.0.0.1:8470/m/en/alert/{alert.id}"
    assert screen.qr.isVisible()


def test_home_banner_opens_the_urgent_alert(kiosk: Kiosk) -> None:
    start(kiosk)
    home = current(kiosk)
    urgent = [a for a in kiosk.context.store.alerts("en") if a.severity == "urgent"]
    assert urgent
    assert home.banner.isVisible()
    assert home.banner.title.text() == urgent[0].title
    tap(home.banner)
    assert kiosk.navigator.current_name == "alert"
    assert current(kiosk).params["alert_id"] == urgent[0].id


def test_topic_article_reader_history_and_home(kiosk: Kiosk) -> None:
    start(kiosk)
    tap(tile_with(current(kiosk), "topics"))
    topic = kiosk.context.store.topics("en")[0]
    tap(tile_with(current(kiosk), topic.id))
    assert kiosk.navigator.current_name == "articles"
    article = kiosk.context.store.articles(topic.id, "en")[0]
    tap(tile_with(current(kiosk), article.id))
    reader = current(kiosk)
    assert article.title in visible_texts(reader)
    assert reader.qr.target == f"http://127.0.0.1:8470/m/en/article/{article.id}"
    assert kiosk.navigator.history == ["home", "topics", "articles"]
    tap(reader.header.back_button)
    assert kiosk.navigator.current_name == "articles"
    tap(tile_with(current(kiosk), article.id))
    tap(current(kiosk).header.home_button)
    assert kiosk.navigator.current_name == "home"
    assert kiosk.navigator.history == []


def test_language_switch_rerenders_the_open_article(kiosk: Kiosk) -> None:
    start(kiosk, "en")
    topic = kiosk.context.store.topics("en")[0]
    article = kiosk.context.store.articles(topic.id, "en")[0]
    kiosk.navigator.go("article", article_id=article.id)
    reader = current(kiosk)
    tap(reader.header.language_button)
    assert reader.language_bar.isVisible()
    tap(reader.language_bar.buttons["uz-Cyrl"])
    cyrillic = kiosk.context.store.article(article.id, "uz-Cyrl")
    texts = visible_texts(reader)
    assert cyrillic.title in texts
    assert article.title not in texts
    assert reader.header.back_button.text() != "‹ Back"  # the header is translated too
    assert not reader.language_bar.isVisible()
    # Screens built earlier follow as well when shown again.
    tap(reader.header.home_button)
    assert current(kiosk).header.title.text() == "Сизга қандай ёрдам бера оламиз?"


def test_country_guide_has_all_sections(kiosk: Kiosk) -> None:
    start(kiosk)
    tap(tile_with(current(kiosk), "countries"))
    guides = kiosk.context.store.guides("en")
    assert len(guides) >= 6
    tap(tile_with(current(kiosk), guides[0].country))
    texts = visible_texts(current(kiosk))
    for heading in ("Legal route", "Documents", "Common scams", "Contacts", "Emergency numbers",
                    "Before you board"):
        assert heading in texts


def test_contacts_show_sample_label_and_qr(kiosk: Kiosk) -> None:
    start(kiosk)
    tap(tile_with(current(kiosk), "contacts"))
    texts = visible_texts(current(kiosk))
    assert "SAMPLE" in texts
    assert any("SAMPLE CONTENT" in t for t in texts)  # the strip under every page


def test_idle_timeout_returns_to_attract_in_default_language(kiosk: Kiosk, qtbot: object) -> None:
    start(kiosk, "ru")
    tap(tile_with(current(kiosk), "topics"))
    kiosk.idle.set_timeout_ms(50)
    tap(current(kiosk).header.home_button)  # any touch re-arms the (now short) timer
    qtbot.waitUntil(lambda: kiosk.navigator.current_name == "attract", timeout=3000)  # type: ignore[attr-defined]
    assert kiosk.context.i18n.current == "uz-Latn"
    assert kiosk.navigator.history == []


def test_a_screen_first_opened_after_a_language_choice_reads_its_content_once(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The language's LanguageChange event reaches a screen built after the choice; that screen is already in
    the new language, and reading it again used to start a second vacancies read that dropped the first
    one's answer (the screen stayed "loading" while the second read ran on a busy machine)."""
    loads: list[str] = []
    original = VacanciesScreen.load

    def counted(self: VacanciesScreen) -> None:
        loads.append(self.lang)
        original(self)

    monkeypatch.setattr(VacanciesScreen, "load", counted)
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("vacancies")
    settle()
    until_read(kiosk, kiosk.navigator.screen("vacancies"))
    assert loads == ["ru"]
    kiosk.context.i18n.set_language("uz-Latn")  # a real switch on the open screen reads it again
    settle()
    assert loads == ["ru", "uz-Latn"]
