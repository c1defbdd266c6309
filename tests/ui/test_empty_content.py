"""Empty tables are normal: a source with no alerts, no warnings and no guides validates, builds, applies,
and every screen works on it in every language."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from content.bundle import build_bundle
from content.contentdb import schema
from content.loader import load_source
from content.validate import validate
from kiosk.app.compose import Kiosk, build_kiosk, configure_application
from kiosk.app.config import load_config
from kiosk.data.apply import apply_bundle
from kiosk.shell.i18n import LANGUAGES
from kiosk.tools.layout_check import find_clipped
from kiosk.tools.screenshots import iter_rendered
from tests.ui.helpers import shut_down, tap, tile_with, until_read, visible_texts

FIXTURE = Path(__file__).resolve().parent.parent / "content" / "fixtures" / "minimal"


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content.db from the minimal fixture without alerts/, guides/ and with a header-only warnings.csv."""
    root = tmp_path_factory.mktemp("empty-content")
    source = root / "source"
    shutil.copytree(FIXTURE, source)
    shutil.rmtree(source / "alerts")
    shutil.rmtree(source / "guides")
    warnings = source / "registry" / "warnings.csv"
    warnings.write_text(warnings.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    loaded = load_source(source)
    assert validate(loaded) == []
    assert not loaded.alerts
    assert not loaded.guides
    assert not loaded.warnings
    build_bundle(loaded, root / "bundle")
    result = apply_bundle(root / "bundle", root / "data")
    assert result.counts["alerts"] == 0
    assert result.counts["guides"] == 0
    assert result.counts["warnings"] == 0
    return root / "data" / "content.db"


@pytest.fixture
def kiosk(qtbot: object, qapp: QApplication, tmp_path: Path, empty_db: Path) -> Iterator[Kiosk]:
    shutil.copy(empty_db, tmp_path / "content.db")
    configure_application(qapp)
    k = build_kiosk(load_config(tmp_path))
    qtbot.addWidget(k.window)  # type: ignore[attr-defined]
    k.window.setFixedSize(1920, 1080)
    k.window.show()
    assert QTest.qWaitForWindowActive(k.window, 5000)
    yield k
    shut_down(k)


def test_every_declared_table_exists_even_when_empty(empty_db: Path) -> None:
    conn = sqlite3.connect(f"file:{empty_db}?mode=ro", uri=True)
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in ("alerts", "guides", "warnings"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0  # noqa: S608
    finally:
        conn.close()
    assert set(schema.TABLES) <= tables


def test_every_screen_renders_in_every_language(kiosk: Kiosk) -> None:
    rendered: list[str] = []
    problems: list[str] = []
    languages = [x.tag for x in LANGUAGES]
    for _size, lang, (name, _params, stem) in iter_rendered(kiosk, [(1920, 1080)], languages):
        rendered.append(name)
        problems += [f"{lang} {stem}: {clip}" for clip in find_clipped(kiosk.window)]
    expected = {"home", "alerts", "countries", "check", "verdict", "contacts", "topics", "article"}
    assert expected <= set(rendered)
    assert "alert" not in rendered  # there is none to open
    assert "guide" not in rendered
    assert not problems, "\n".join(problems)


def test_a_traveller_taps_through_every_home_tile(kiosk: Kiosk) -> None:
    tap(kiosk.navigator.screen("attract"))
    tap(kiosk.navigator.screen("language").buttons["en"])
    home = kiosk.navigator.screen("home")
    assert not home.banner.isVisible()  # no urgent alert, no banner
    for target in ("check", "alerts", "topics", "countries", "report", "contacts"):
        tap(tile_with(home, target))
        assert kiosk.navigator.current_name == target
        screen = kiosk.navigator.screen(target)
        assert visible_texts(screen)
        tap(screen.header.back_button)
        assert kiosk.navigator.current_name == "home"


def test_search_finds_agencies_and_no_warning(kiosk: Kiosk) -> None:
    matches = kiosk.context.search.search("Namuna Ish Servis")
    assert matches
    assert matches[0].kind == "agency"
    assert kiosk.context.search.search("Tez Viza") == []
    assert kiosk.context.registry.first_warning() is None


def test_no_guides_says_so_instead_of_an_empty_page(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("countries")
    screen = kiosk.navigator.screen("countries")
    until_read(kiosk, screen)
    assert screen.grid.tiles() == []
    assert screen.lead.text() == "Справочников по странам пока нет."
