"""RegistrySearch on a real indexed content.db (see conftest.py): what a traveller types finds the agency."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from content.contentdb import schema
from content.search.cli import run
from content.search.engine import Match, RegistrySearch
from content.search.index import build_index

MakeRegistry = Callable[..., sqlite3.Connection]
SERVIS = "LX-2021-0456"
SPELLINGS = [
    '"Oʻzbek Ish Servis" MChJ',
    "Oʻzbek Ish Servis",
    "O'zbek ish servis",
    "O‘ZBEK ISH SERVIS",
    "Ўзбек Иш Сервис",
    "ozbek ish servis",
    "«Ўзбек Иш Сервис» МЧЖ",
    "Оʻzbеk Ish Sеrvis",  # Cyrillic О and е inside Latin words
]


def _letter_positions(text: str) -> list[int]:
    """Letters of the name proper (a typo in the legal form is a typo in a word the search ignores)."""
    end = max(text.rfind(form) if form in text else -1 for form in ("MChJ", "МЧЖ"))
    return [i for i, ch in enumerate(text[:end] if end > 0 else text) if ch.isalpha() and ch not in "ʻ'‘"]


def _typos(text: str) -> list[str]:
    """One letter wrong, missing or doubled: at the first, a middle and the last letter."""
    letters = _letter_positions(text)
    out = []
    for i in (letters[0], letters[len(letters) // 2], letters[-1]):
        ch = text[i]
        wrong = ("ф" if "\u0400" <= ch.lower() <= "\u04ff" else "w")
        out.append(text[:i] + (wrong.upper() if ch.isupper() else wrong) + text[i + 1:])
    middle = letters[len(letters) // 2]
    out.append(text[:middle] + text[middle + 1:])
    out.append(text[:middle] + text[middle] + text[middle:])
    return out


@pytest.mark.parametrize("query", SPELLINGS)
def test_every_spelling_finds_the_agency_first(engine: RegistrySearch, query: str) -> None:
    first = engine.search(query)[0]
    assert (first.ref, first.kind, first.status, first.licence_no) == (SERVIS, "agency", "active", SERVIS)
    assert first.name == '"Oʻzbek Ish Servis" MChJ'
    assert first.score == 100.0


@pytest.mark.parametrize("query", [typo for spelling in SPELLINGS for typo in _typos(spelling)])
def test_one_letter_wrong_still_finds_the_agency_first(engine: RegistrySearch, query: str) -> None:
    results = engine.search(query)
    assert results, [(m.ref, m.name, m.score) for m in results[:3]]
    assert results[0].ref == SERVIS, [(m.ref, m.name, m.score) for m in results[:3]]
    assert results[0].score < 100.0


def test_near_duplicates_rank_below_the_exact_name(engine: RegistrySearch) -> None:
    refs = [m.ref for m in engine.search("Oʻzbek Ish Servis")]
    assert refs[:3] == [SERVIS, "LX-2022-0789", "0123"]
    assert engine.search("Oʻzbek Ish Sirvis")[0].ref == "0123"
    assert engine.search("Ўзбек Иш Сервис Плюс")[0].ref == "LX-2022-0789"
    assert engine.search("Oʻzbek Ish Servis Plas")[0].ref == "LX-2022-0789"


def test_other_names_are_searched(engine: RegistrySearch) -> None:
    first = engine.search("Yevraziya Kadrlar")[0]
    assert (first.ref, first.matched_field, first.status) == ("LX-2019-0777", "other_name", "expired")
    assert engine.search("Евразия Кадры")[0].matched_field == "name"


@pytest.mark.parametrize("query", ["Халкаро Мехнат Хамкор", "Khalkaro Mekhnat", "xalqaro mehnat hamkor",
                                   "Ҳамкор", "Stantsiya Travel", "Джиззах Станция"])
def test_russian_and_uzbek_spellings_meet(engine: RegistrySearch, query: str) -> None:
    assert engine.search(query)[0].ref in {"LX-2020-0042", "LX-2023-0100"}


def test_every_prefix_as_typed_keeps_the_agency_near_the_top(engine: RegistrySearch) -> None:
    name = "Oʻzbek Ish Servis"
    for end in range(3, len(name) + 1):
        refs = [m.ref for m in engine.search(name[:end], limit=5)]
        assert SERVIS in refs[:3], (name[:end], refs)


def test_one_and_two_characters_use_the_prefix_path(engine: RegistrySearch) -> None:
    for query in ("o", "Oʻ", "Ўз", "oz"):
        results = engine.search(query)
        assert results
        assert all(m.score > 90 for m in results)
    assert {m.ref for m in engine.search("Ўз")} >= {SERVIS, "LX-2022-0789", "0123"}


@pytest.mark.parametrize("query", ["LX-2021-0456", "LX20210456", "lx 2021 0456", "lx-2021-0456", "2021-0456",
                                   "20210456", "LX–2021–0456"])
def test_licence_number_with_or_without_separators(engine: RegistrySearch, query: str) -> None:
    first = engine.search(query)[0]
    assert (first.ref, first.matched_field) == (SERVIS, "licence_no")


@pytest.mark.parametrize("query", ["305123456", "305 123 456", "STIR 305123456"])
def test_tax_id(engine: RegistrySearch, query: str) -> None:
    first = engine.search(query)[0]
    assert (first.ref, first.matched_field) == (SERVIS, "tin")


@pytest.mark.parametrize("query", ["+998 90 123-45-67", "998901234567", "+998901234567", "90 123 45 67",
                                   "(90) 123-45-67", "00998 90 1234567", "901234567"])
def test_warning_phone_in_any_format(engine: RegistrySearch, query: str) -> None:
    first = engine.search(query)[0]
    assert (first.kind, first.ref, first.matched_field, first.status, first.licence_no) == (
        "warning", "W1", "phone", "warning", None)
    assert first.score == 100.0


def test_foreign_phone_and_partial_phone(engine: RegistrySearch) -> None:
    assert engine.search("+7 926 555-12-34")[0].ref == "W2"
    assert "W1" in [m.ref for m in engine.search("+998 90 123")]


@pytest.mark.parametrize("query", ["@ishchi_kerak", "ishchi_kerak", "t.me/ishchi_kerak", "https://t.me/ishchi_kerak",
                                   "ISHCHI_KERAK", "ishchi kerak"])
def test_telegram_handle_with_or_without_at(engine: RegistrySearch, query: str) -> None:
    first = engine.search(query)[0]
    assert (first.ref, first.matched_field) == ("W1", "telegram")


@pytest.mark.parametrize("query", ["https://www.ish-germaniya.uz/", "ish-germaniya.uz",
                                   "www.ish-germaniya.uz", "http://ish-germaniya.uz/vakansiya",
                                   "https://ish-germaniya.uz"])
def test_website_with_or_without_scheme_and_www(engine: RegistrySearch, query: str) -> None:
    first = engine.search(query)[0]
    assert (first.ref, first.matched_field) == ("W1", "website")


def test_warning_names_in_both_scripts(engine: RegistrySearch) -> None:
    assert engine.search("Germaniya ish vizasi")[0].ref == "W1"
    first = engine.search("Корея тез виза")[0]
    assert (first.ref, first.name) == ("W2", "Koreya Tez Viza")


@pytest.mark.parametrize("query", ['"Oʻzbek Ish Servis', 'Oʻzbek Ish Servis"', "NOT Oʻzbek Ish Servis",
                                   "Oʻzbek AND Ish OR Servis", "name:Oʻzbek Ish Servis",
                                   "Oʻzbek* Ish^ Servis", "(Oʻzbek Ish Servis)", "NEAR(Oʻzbek Ish Servis)",
                                   "Oʻzbek-Ish-Servis", "Oʻzbek Ish Servis'; DROP TABLE agencies; --",
                                   "\u202eOʻzbek Ish Servis\u202c"])
def test_fts_syntax_in_the_query_is_just_text(engine: RegistrySearch, query: str) -> None:
    assert SERVIS in [m.ref for m in engine.search(query, limit=3)]


@pytest.mark.parametrize("query", ['"', '""', "NOT", "NOT x", "AND", "a OR b", "NEAR(a b, 2)", "key:value",
                                   "*", "^", "()", "who's", "multi-agent", '"unclosed', "%", "_", "\\",
                                   "\x00", "'", "ʻ", "«»", "🙂", "\u200f\u200e", "x" * 10_000, "Ўz" * 5_000,
                                   "MChJ"])
def test_syntax_and_junk_never_raise(engine: RegistrySearch, query: str) -> None:
    """How fast these are is `hostile_query_worst_ms` in benchmarks/search_bench.py."""
    results = engine.search(query)
    assert isinstance(results, list)
    assert all(isinstance(m, Match) for m in results)


@pytest.mark.parametrize("query", ["", " ", "\t\n", "\u200b", "«»", "'''", "---", "🙂"])
def test_empty_queries_give_nothing(engine: RegistrySearch, query: str) -> None:
    assert engine.search(query) == []


def test_results_are_ranked_bounded_and_frozen(engine: RegistrySearch) -> None:
    results = engine.search("ish", limit=7)
    assert 0 < len(results) <= 7
    scores = [m.score for m in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)
    assert len({(m.kind, m.ref) for m in results}) == len(results)
    with pytest.raises(dataclasses.FrozenInstanceError):
        results[0].score = 1.0  # type: ignore[misc]
    assert engine.search("ish", limit=0) == []


def test_database_without_the_index_gives_nothing(tmp_path: Path, create_registry: MakeRegistry) -> None:
    conn = create_registry(tmp_path / "old.db", generated=False)
    assert RegistrySearch(conn).search("Oʻzbek Ish Servis") == []


def test_build_index_stays_inside_the_callers_transaction(tmp_path: Path,
                                                          create_registry: MakeRegistry) -> None:
    conn = create_registry(tmp_path / "new.db", generated=False)
    assert conn.in_transaction
    build_index(conn)
    assert conn.in_transaction, "build_index must not commit"
    assert RegistrySearch(conn).search("ozbek ish servis")[0].ref == SERVIS
    conn.rollback()
    assert conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 0


def test_build_index_rebuilds_and_empty_tables_give_an_empty_index(tmp_path: Path,
                                                                   create_registry: MakeRegistry) -> None:
    conn = create_registry(tmp_path / "again.db", generated=False)
    build_index(conn)
    build_index(conn)
    assert conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 8
    conn.execute("DELETE FROM warnings")
    build_index(conn)
    assert [m.kind for m in RegistrySearch(conn).search("ish")] == ["agency"] * 3
    empty = sqlite3.connect(":memory:")
    schema.create(empty)
    build_index(empty)
    assert RegistrySearch(empty).search("ish") == []


def test_cli_prints_ranked_matches(content_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(content_db, "Ўзбек Иш Сервис", as_json=False, limit=3) == 0
    lines = capsys.readouterr().out.splitlines()
    assert SERVIS in lines[0]
    assert "active" in lines[0]
    assert "100" in lines[0]
    assert run(content_db, "@ishchi_kerak", as_json=True, limit=2) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0] == {"kind": "warning", "ref": "W1", "name": "Germaniya Ish Vizasi", "status": "warning",
                       "licence_no": None, "score": 100.0, "matched_field": "telegram",
                       "verdict": "warning_list", "stale": True, "expires_on": None}
    assert run(content_db, "zzzzqqqq", as_json=True, limit=2) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_cli_reports_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "none.db", "x", as_json=False, limit=5) == 1
    assert "none.db" in capsys.readouterr().err


def test_a_new_engine_reads_almost_nothing(content_db: Path) -> None:
    """The UI makes a new engine whenever content changes: it must cost a statement, not the statistics."""
    conn = sqlite3.connect(f"file:{content_db}?mode=ro", uri=True)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    engine = RegistrySearch(conn)
    assert statements == ["SELECT 1 FROM search_trigrams LIMIT 1"]
    assert engine.search("Oʻzbek Ish Servis")[0].ref == SERVIS
    conn.close()
