"""The SAMPLE strip under every page says that the content is the bundled sample (its numbers and addresses
are not official). Whether it is comes from content.db's meta table, read on the kiosk's worker, never on the
UI thread: with a page's own read where it has one, else once per content (the store keeps what it read
until new content is applied). Until it is known the strip is shown: it is never missing while the content
is the sample. Real kiosk, real sample content.db (marked as published content is, where a test needs it)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from kiosk.app.compose import Kiosk
from screens.base import PageScreen
from tests.ui.helpers import held_until_set, settle, until_read

PAGES = ["check", "verdict", "vacancies", "vacancy", "pin", "admin", "topics", "report"]


def _params(kiosk: Kiosk, name: str) -> dict[str, Any]:
    if name == "verdict":
        return {"kind": "none", "ref": "", "query": "Tez Ish"}
    if name == "vacancy":
        return {"id": kiosk.context.store.vacancies(kiosk.context.clock().date(), stale=False)[0].id}
    return {}


def _published(kiosk: Kiosk) -> None:
    """The content says it is not the sample, as published content does; applied as a sync applies it (the
    store reloaded, the generation moved on)."""
    conn = sqlite3.connect(kiosk.context.store.path)
    with conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'sample'")
    conn.close()
    kiosk.reload_content()
    settle()


def _open(kiosk: Kiosk, name: str, params: dict[str, Any]) -> PageScreen:
    kiosk.navigator.go(name, **params)
    screen = kiosk.navigator.screen(name)
    assert isinstance(screen, PageScreen)
    return screen


@pytest.mark.parametrize("name", PAGES)
def test_the_strip_is_shown_until_the_worker_says_the_content_is_not_the_sample(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    kiosk.context.i18n.set_language("en")
    params = _params(kiosk, name)
    _published(kiosk)
    opened = held_until_set(monkeypatch, kiosk.context.store, "info")  # a slow disk: the UI never waits
    screen = _open(kiosk, name, params)
    settle()
    assert screen.sample_strip.isVisibleTo(screen), name  # not known yet: SAMPLE (fail safe)
    opened.set()
    until_read(kiosk, screen)
    assert not screen.sample_strip.isVisibleTo(screen), name


def test_the_flag_is_read_once_per_content(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once read (by any page), every page shows it at once with no read of its own, until new content."""
    kiosk.context.i18n.set_language("en")
    store = kiosk.context.store
    _published(kiosk)
    screen = _open(kiosk, "check", {})
    until_read(kiosk, screen)
    reads = []
    real = store.info
    monkeypatch.setattr(store, "info", lambda: reads.append(1) or real())
    for name in ("pin", "admin", "verdict"):
        screen = _open(kiosk, name, _params(kiosk, name))
        assert not screen.sample_strip.isVisibleTo(screen), name  # at once
        until_read(kiosk, screen)
        assert not screen.sample_strip.isVisibleTo(screen), name
    assert len(reads) == 2  # the verdict's page and the technician's facts read it with what they show
    store.reload()  # new content: the flag is not known until read again
    screen = _open(kiosk, "pin", {})
    assert screen.sample_strip.isVisibleTo(screen)
    until_read(kiosk, screen)
    assert not screen.sample_strip.isVisibleTo(screen) and len(reads) == 3


@pytest.mark.parametrize("name", ["check", "topics"])
def test_a_flag_that_cannot_be_read_shows_the_strip(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    kiosk.context.i18n.set_language("en")
    _published(kiosk)

    def broken() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(kiosk.context.store, "info", broken)
    screen = _open(kiosk, name, {})
    until_read(kiosk, screen)
    assert screen.sample_strip.isVisibleTo(screen)
