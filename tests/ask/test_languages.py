"""Karakalpak, Kazakh, Kyrgyz and Tajik on the kiosk: chosen on the language screen in their own names, the
interface translated, content shown in the language the editor chose with a note, the right keyboard."""

from __future__ import annotations

from kiosk.app.compose import Kiosk
from kiosk.services.voices import VoiceReport
from tests.ui.helpers import settle, tap, until_read, visible_texts

NAMES = {"kaa": "Qaraqalpaqsha", "kk": "Қазақша", "ky": "Кыргызча", "tg": "Тоҷикӣ"}


def test_the_language_screen_names_each_language_in_itself(kiosk: Kiosk) -> None:
    kiosk.navigator.go("language")
    screen = kiosk.navigator.screen("language")
    for tag, name in NAMES.items():
        assert screen.buttons[tag].text() == name  # type: ignore[attr-defined]
    tap(screen.buttons["kk"])  # type: ignore[attr-defined]
    assert kiosk.context.i18n.current == "kk"
    assert kiosk.navigator.current_name == "home"
    assert "Агенттікті тексеру" in visible_texts(kiosk.navigator.screen("home"))


def test_an_article_in_kazakh_is_the_russian_text_with_a_note(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("kk")
    kiosk.navigator.go("article", article_id="employer-pays")
    until_read(kiosk, kiosk.navigator.screen("article"))
    texts = visible_texts(kiosk.navigator.screen("article"))
    russian = kiosk.context.store.article("employer-pays", "ru")
    assert russian is not None
    assert russian.title in texts
    assert any("Көрсетілген тіл: Русский" in t for t in texts), texts


def test_karakalpak_falls_back_to_uzbek_latin(kiosk: Kiosk) -> None:
    article = kiosk.context.store.article("employer-pays", "kaa")
    uzbek = kiosk.context.store.article("employer-pays", "uz-Latn")
    assert article is not None and uzbek is not None
    assert (article.title, article.fallback) == (uzbek.title, "uz-Latn")


def test_read_aloud_only_where_there_is_a_voice(kiosk: Kiosk) -> None:
    kiosk.context.speech.set_voice_report(VoiceReport("espeak-ng", frozenset({"uz", "ru", "en", "kk", "ky"})))
    for tag, expected in (("kk", True), ("ky", True), ("tg", False), ("kaa", False)):
        kiosk.context.i18n.set_language(tag)
        kiosk.navigator.go("topics")
        until_read(kiosk, kiosk.navigator.screen("topics"))
        header = kiosk.navigator.screen("topics").header  # type: ignore[attr-defined]
        assert header.read_button.isVisible() is expected, tag


def test_the_check_screen_keyboard_has_the_language_letters(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("tg")
    kiosk.navigator.go("check")
    settle()
    keyboard = kiosk.navigator.screen("check").keyboard  # type: ignore[attr-defined]
    assert "ҷ" in keyboard.extra_letters()
