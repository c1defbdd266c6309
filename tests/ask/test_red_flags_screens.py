"""The red-flag checker tapped through like a traveller: one question per screen, Back, the result, the QR,
and only anonymous counts of which flags fired left behind."""

from __future__ import annotations

import pytest

from kiosk.app.compose import Kiosk
from tests.ui.helpers import settle, tap, tile_with, until_read, visible_texts


def _answer_all(kiosk: Kiosk, choose: dict[str, str], default: str = "no") -> None:
    screen = kiosk.navigator.screen("red_flags")
    for _ in range(len(screen.checker.questions)):  # type: ignore[attr-defined]
        assert kiosk.navigator.current_name == "red_flags"
        question = screen.checker.questions[screen.step]  # type: ignore[attr-defined]
        tap(screen.answer_buttons[choose.get(question.id, default)])  # type: ignore[attr-defined]


def test_from_home_to_a_high_risk_result(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    settle()
    tap(tile_with(kiosk.navigator.screen("home"), "red_flags"))
    screen = kiosk.navigator.screen("red_flags")
    assert "1 of 8" in screen.progress.text()  # type: ignore[attr-defined]
    _answer_all(kiosk, {"paid-fee": "yes", "passport-held": "yes", "contract-registered": "yes"})
    result = kiosk.navigator.screen("red_flags_result")
    assert kiosk.navigator.current_name == "red_flags_result"
    texts = visible_texts(result)
    assert result.result.level == "high"  # type: ignore[attr-defined]
    assert any("The employer pays the placement fee" in t for t in texts)
    assert any("No employer or recruiter may keep your passport" in t for t in texts)
    assert any("+998 00 000 00 00" in t for t in texts)
    assert "+998 00 000 00 00" in result.qr.target  # type: ignore[attr-defined]
    kiosk.context.background.wait()
    counts = kiosk.context.state.counters("checker:")
    assert counts == {
        "checker:completed": 1,
        "checker:flag:fee-for-the-job": 1,
        "checker:flag:passport-taken": 1,
    }
    dump = b"".join(p.read_bytes() for p in kiosk.context.state.path.parent.glob("state.db*"))
    assert "Кто-то".encode() not in dump
    assert b"passport-held" not in dump


def test_back_returns_to_the_previous_question(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    kiosk.navigator.go("red_flags", step=0, answers=())
    screen = kiosk.navigator.screen("red_flags")
    until_read(kiosk, screen)  # the checker, read on the worker as the screen opens
    first = screen.question.text()  # type: ignore[attr-defined]
    tap(screen.answer_buttons["yes"])  # type: ignore[attr-defined]
    assert screen.question.text() != first  # type: ignore[attr-defined]
    tap(screen.header.back_button)  # type: ignore[attr-defined]
    assert screen.question.text() == first  # type: ignore[attr-defined]
    assert screen.step == 0  # type: ignore[attr-defined]


def test_all_no_is_low_risk_and_the_situation_centre_is_offered(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    kiosk.navigator.go("red_flags", step=0, answers=())
    until_read(kiosk, kiosk.navigator.screen("red_flags"))
    _answer_all(kiosk, {"contract-registered": "yes"})
    result = kiosk.navigator.screen("red_flags_result")
    assert result.result.level == "low"  # type: ignore[attr-defined]
    assert result.result.reasons == ()  # type: ignore[attr-defined]
    tap(result.callback)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name in ("callback", "contacts")


def test_the_recruiter_question_offers_the_registry_search(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    screen = kiosk.navigator.screen("red_flags")
    ids = [q.id for q in kiosk.context.store.checker("en").questions]  # type: ignore[union-attr]
    kiosk.navigator.go("red_flags", step=ids.index("recruiter-listed"), answers=())
    until_read(kiosk, screen)
    tap(screen.lookup)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name == "check"
    kiosk.navigator.back()
    assert kiosk.navigator.current_name == "red_flags"


def test_the_answers_are_big_buttons_under_a_progress_bar(kiosk: Kiosk) -> None:
    """The three answers were short buttons in a row with two thirds of a portrait screen blank below: they
    now stand one above the other there, tall, and side by side in landscape; a bar shows the progress."""
    kiosk.context.i18n.set_language("ru")
    kiosk.window.setFixedSize(1080, 1920)
    kiosk.navigator.go("red_flags", step=2, answers=())
    screen = kiosk.navigator.screen("red_flags")
    until_read(kiosk, screen)
    buttons = list(screen.answer_buttons.values())  # type: ignore[attr-defined]
    tops = [b.mapTo(kiosk.window, b.rect().topLeft()) for b in buttons]
    assert tops[0].y() < tops[1].y() < tops[2].y() and all(b.height() >= 200 for b in buttons)
    states = [s.property("state") for s in screen.steps.segments if s.isVisible()]  # type: ignore[attr-defined]
    assert states == ["done", "done", "current", *["todo"] * (len(states) - 3)]
    kiosk.window.setFixedSize(1920, 1080)
    settle()
    tops = [b.mapTo(kiosk.window, b.rect().topLeft()) for b in buttons]
    assert tops[0].y() == tops[1].y() == tops[2].y() and tops[0].x() < tops[1].x() < tops[2].x()


def test_the_checker_is_read_once_for_all_its_questions(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was read again at every question; now once as the questions open (on the worker), and once by the
    result with the hotline. A language change reads it again, in that language."""
    kiosk.context.i18n.set_language("en")
    store = kiosk.context.store
    reads: list[str] = []
    real = store.checker
    monkeypatch.setattr(store, "checker", lambda lang: reads.append(lang) or real(lang))
    kiosk.navigator.go("red_flags", step=0, answers=())
    screen = kiosk.navigator.screen("red_flags")
    until_read(kiosk, screen)
    tap(screen.answer_buttons["no"])  # type: ignore[attr-defined]
    tap(screen.answer_buttons["no"])  # type: ignore[attr-defined]
    assert screen.step == 2 and reads == ["en"]  # type: ignore[attr-defined]
    kiosk.context.i18n.set_language("ru")
    until_read(kiosk, screen)
    assert screen.step == 2 and reads == ["en", "ru"]  # type: ignore[attr-defined]
    while kiosk.navigator.current_name == "red_flags":
        tap(screen.answer_buttons["no"])  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name == "red_flags_result" and reads == ["en", "ru", "ru"]


def test_every_question_shows_its_picture_drawn_from_the_vendored_icons(kiosk: Kiosk) -> None:
    """A traveller who barely reads tells the questions apart by their pictures: each is one of the vendored
    SVG icons (kiosk/services/icons.py), not a symbol some font may or may not have (a card was a bare
    rectangle)."""
    from content.checker_source import CHECKER_ICONS
    from kiosk.services.icons import icon_path
    from screens.widgets.icon import IconLabel

    assert not [name for name in CHECKER_ICONS if not icon_path(name).is_file()]
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.home()
    kiosk.navigator.go("red_flags", step=0, answers=())
    screen = kiosk.navigator.screen("red_flags")
    until_read(kiosk, screen)
    shown = []
    for _ in range(len(screen.checker.questions)):  # type: ignore[attr-defined]
        question = screen.checker.questions[screen.step]  # type: ignore[attr-defined]
        picture = screen.icon  # type: ignore[attr-defined]
        assert isinstance(picture, IconLabel) and picture.isVisible()
        assert picture.name == question.icon and not picture.pixmap().isNull()
        shown.append(picture.name)
        tap(screen.answer_buttons["no"])  # type: ignore[attr-defined]
    assert len(set(shown)) == len(shown)  # a picture of its own for each question
