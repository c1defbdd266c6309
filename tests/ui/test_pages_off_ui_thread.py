"""The most used pages (Home's banner, the topics, a topic's articles, an article, the fraud warnings, one
warning, the hotlines, the country guides, one guide, the platform's services, the centres and offices, the
red-flag checker's questions and its result; One-stop's hotline) read
what they show on the kiosk's worker (screens.base.PageScreen.load_content): meanwhile they say they are
loading, an answer for an earlier entry is never shown, leaving before the answer is here is harmless, and
a read that fails says so in the traveller's language instead of a blank page. The report, the call-back
request and "Ask a question" need no read to be used: what they read there (the hotline, the countries, the
editors' questions) follows, or is left out if the read fails. Real kiosk, real sample content.db, real
worker."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from kiosk.app.compose import Kiosk
from screens.base import PageScreen
from tests.ui.helpers import held_until_set, settle, until_read, visible_texts

LOADING = {"en": "Loading…", "ru": "Загружаем…", "uz-Latn": "Yuklanmoqda…", "kk": "Жүктелуде…",
           "tg": "Бор карда мешавад…"}
FAILED_EN = "This page cannot be shown right now. Please try again in a minute."


def _pages(kiosk: Kiosk, lang: str) -> dict[str, tuple[dict[str, Any], str]]:
    """(params, the store method the page reads) for each moved page, on the sample content."""
    store = kiosk.context.store
    topic = store.topics(lang)[0]
    article = store.articles(topic.id, lang)[0]
    alert = store.alerts(lang)[0]
    guide = store.guides(lang)[0]
    return {
        "topics": ({}, "topics"),
        "articles": ({"topic": topic.id}, "topic"),
        "article": ({"article_id": article.id}, "article"),
        "alerts": ({}, "alerts"),
        "alert": ({"alert_id": alert.id}, "alert"),
        "contacts": ({}, "contacts"),
        "countries": ({}, "guides"),
        "guide": ({"country": guide.country}, "guide"),
        "services": ({}, "services"),
        "offices": ({}, "offices"),
        "red_flags": ({"step": 0, "answers": ()}, "checker"),
        "red_flags_result": ({"answers": ()}, "checker"),
    }


@pytest.mark.parametrize("lang", ["uz-Latn", "ru", "en", "kk", "tg"])
def test_each_page_says_it_is_loading_until_its_content_is_shown(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    kiosk.context.i18n.set_language(lang)
    settle()
    for name, (params, method) in _pages(kiosk, lang).items():
        opened = held_until_set(monkeypatch, kiosk.context.store, method)
        kiosk.navigator.go(name, **params)
        screen = kiosk.navigator.screen(name)
        settle()
        assert isinstance(screen, PageScreen) and screen.loading, name
        assert screen.status_text() == LOADING[lang], (name, screen.status_text())
        assert screen.page_status.isVisibleTo(screen)
        assert LOADING[lang] in screen.speech_text(), name
        opened.set()
        until_read(kiosk, screen)
        monkeypatch.undo()
        assert not screen.page_status.isVisibleTo(screen), name
        assert screen.sample_strip.isVisibleTo(screen), name  # the sample content's strip, read with it
        texts = visible_texts(screen.body_widget)
        assert len(texts) > 2 and LOADING[lang] not in texts, (name, texts)
        kiosk.navigator.home()


def test_an_answer_for_an_earlier_article_is_not_shown(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The traveller opens one article, goes back and opens another before the first answer is here."""
    kiosk.context.i18n.set_language("en")
    store = kiosk.context.store
    articles = [a for t in store.topics("en") for a in store.articles(t.id, "en")]
    first, second = articles[0], articles[1]
    opened = held_until_set(monkeypatch, store, "article")
    kiosk.navigator.go("article", article_id=first.id)
    kiosk.navigator.back()
    kiosk.navigator.go("article", article_id=second.id)
    screen = kiosk.navigator.screen("article")
    opened.set()
    until_read(kiosk, screen)
    kiosk.context.background.wait()
    settle()
    texts = visible_texts(screen.text_widget)
    assert second.title in texts and first.title not in texts, texts


def test_leaving_before_the_answer_is_harmless(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tapping Home (or the session ending) while a page is read: the answer arrives to a hidden page, which
    shows it there (ready for Back) and nothing else changes; the kiosk stays on Home."""
    kiosk.context.i18n.set_language("ru")
    opened = held_until_set(monkeypatch, kiosk.context.store, "alerts")
    kiosk.navigator.go("alerts")
    screen = kiosk.navigator.screen("alerts")
    assert screen.loading
    kiosk.navigator.home()
    opened.set()
    until_read(kiosk, screen)
    home = kiosk.navigator.screen("home")
    until_read(kiosk, home)
    assert kiosk.navigator.current_name == "home"
    assert screen.grid.tiles() and not screen.page_status.isVisibleTo(screen)


def test_an_answer_arriving_after_the_session_ended_is_dropped(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kiosk wipes what the last traveller opened when the session ends; an article's answer still on
    its way then must not fill the page again behind the attract screen."""
    kiosk.context.i18n.set_language("en")
    store = kiosk.context.store
    article = store.articles(store.topics("en")[0].id, "en")[0]
    opened = held_until_set(monkeypatch, store, "article")
    kiosk.navigator.go("article", article_id=article.id)
    screen = kiosk.navigator.screen("article")
    assert screen.loading
    kiosk.navigator.restart()  # the session ends: every screen is reset, the start screen shown
    opened.set()
    kiosk.context.background.wait()
    settle()
    assert not screen.loading
    assert article.title not in visible_texts(screen.text_widget)


@pytest.mark.parametrize("lang", ["en", "ru", "uz-Latn"])
def test_a_read_that_fails_says_so_instead_of_a_blank_page(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    kiosk.context.i18n.set_language(lang)
    settle()
    pages = _pages(kiosk, lang)
    failed = QCoreApplication.translate("PageScreen", FAILED_EN)
    assert lang == "en" or failed != FAILED_EN, "not translated"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    for name, (params, method) in pages.items():
        monkeypatch.setattr(kiosk.context.store, method, broken)
        kiosk.navigator.go(name, **params)
        screen = kiosk.navigator.screen(name)
        until_read(kiosk, screen)
        monkeypatch.undo()
        assert screen.status_text() == failed, (name, screen.status_text())
        assert failed in screen.speech_text(), name
        assert failed in visible_texts(screen.body_widget), name
        kiosk.navigator.home()


def test_home_shows_its_tiles_at_once_and_the_banner_once_read(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home's tasks need no read: they are there while the urgent warning is read; a failed read leaves
    out only the banner, and Home never says it is loading."""
    kiosk.context.i18n.set_language("en")
    home = kiosk.navigator.screen("home")
    kiosk.navigator.go("alerts")
    until_read(kiosk, kiosk.navigator.screen("alerts"))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(kiosk.context.store, "alerts", broken)
    kiosk.context.i18n.set_language("ru")  # Home is read again in the new language when it is shown
    kiosk.navigator.home()
    assert len(home.tiles()) == 9 and not home.page_status.isVisibleTo(home)
    until_read(kiosk, home)
    assert not home.banner.isVisibleTo(home) and not home.page_status.isVisibleTo(home)
    monkeypatch.undo()
    kiosk.context.i18n.set_language("en")
    until_read(kiosk, home)
    assert home.banner.isVisibleTo(home)  # the sample content has an urgent warning


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_waiting_and_failure_words_fit_in_every_language(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Shown for a moment (or when the disk fails), not a screenshot state: checked here instead."""
    from kiosk.shell.i18n import LANGUAGES
    from kiosk.tools.layout_check import find_clipped, find_cramped

    kiosk.window.setFixedSize(*size)
    problems = []
    for lang in (x.tag for x in LANGUAGES):
        kiosk.context.i18n.set_language(lang)
        settle()
        params, method = _pages(kiosk, lang)["alert"]
        for state in ("waiting", "failed"):
            if state == "waiting":
                opened = held_until_set(monkeypatch, kiosk.context.store, method)
            else:
                monkeypatch.setattr(kiosk.context.store, method, _raise)
            kiosk.navigator.go("alert", **params)
            screen = kiosk.navigator.screen("alert")
            settle()
            if state == "waiting":
                assert screen.loading
            else:
                until_read(kiosk, screen)
            shown = screen.status_text()
            assert lang == "en" or shown not in ("Loading…", FAILED_EN), (lang, shown)
            found = find_clipped(kiosk.window) + find_cramped(kiosk.window)
            problems += [f"{lang} {state}: {c}" for c in found]
            if state == "waiting":
                opened.set()
                until_read(kiosk, screen)
            monkeypatch.undo()
            kiosk.navigator.home()
    assert not problems, "\n".join(problems)


def _raise(*_args: object, **_kwargs: object) -> None:
    raise OSError("disk I/O error")


# The forms and the question screen need no read to be used: what they read on the worker (the hotline under
# a report's and a call-back's steps, the call-back's countries, the editors' questions offered to tap)
# appears when it is here, and is left out if the read fails, as Home's banner is.
def _hotline_number(screen: Any) -> str:
    return screen.help_number.text() if hasattr(screen, "help_number") else screen.help_hotline.number.text()


def _countries(screen: Any) -> list[str]:
    return [str(b.property("key")) for b in screen.countries.buttons()]


def _suggested(screen: Any) -> list[str]:
    return list(screen.suggestions.questions()) if screen.suggestions.isVisibleTo(screen) else []


FORMS = {  # screen: (the store method it reads on the worker, what shows that answer)
    "report": ("hotline", _hotline_number),
    "callback": ("guides", _countries),
    "ask": ("suggested_questions", _suggested),
}


@pytest.mark.parametrize("name", list(FORMS))
def test_a_form_is_usable_at_once_and_shows_what_it_reads_once_here(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    kiosk.context.i18n.set_language("ru")
    settle()
    method, shown = FORMS[name]
    opened = held_until_set(monkeypatch, kiosk.context.store, method)
    kiosk.navigator.go(name)
    screen = kiosk.navigator.screen(name)
    settle()
    assert isinstance(screen, PageScreen) and screen.loading
    assert screen.status_text() == ""  # nothing says it is loading: the form is there
    before = shown(screen)
    assert not before or before == ["none"], before  # (the call-back's "Not decided yet")
    field = {"report": "who_field", "callback": "phone_field", "ask": "field"}[name]
    assert getattr(screen, field).isVisibleTo(screen)
    opened.set()
    until_read(kiosk, screen)
    monkeypatch.undo()
    assert shown(screen) and shown(screen) != before, name
    assert screen.sample_strip.isVisibleTo(screen)


@pytest.mark.parametrize("name", list(FORMS))
def test_a_form_whose_read_fails_still_works_without_that_part(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    kiosk.context.i18n.set_language("en")
    method, shown = FORMS[name]
    monkeypatch.setattr(kiosk.context.store, method, _raise)
    kiosk.navigator.go(name)
    screen = kiosk.navigator.screen(name)
    until_read(kiosk, screen)
    assert isinstance(screen, PageScreen) and screen.status_text() == ""
    assert not shown(screen) or shown(screen) == ["none"], shown(screen)  # only "Not decided yet"
    if name == "report":
        assert not screen.help.isVisibleTo(screen)  # no hotline offered that was not read


def test_a_hotline_read_for_a_report_abandoned_is_dropped(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session ends while the report's hotline is read: the answer is not put on the wiped screen."""
    kiosk.context.i18n.set_language("en")
    opened = held_until_set(monkeypatch, kiosk.context.store, "hotline")
    kiosk.navigator.go("report")
    screen = kiosk.navigator.screen("report")
    assert screen.loading
    kiosk.navigator.restart()
    opened.set()
    kiosk.context.background.wait()
    settle()
    assert not screen.loading and _hotline_number(screen) == ""
