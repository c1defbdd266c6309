"""The engine's candidates and ranking against the plain way of computing them, on the registry fixture
(conftest.py).

The engine reads candidates from the names' B-tree alone and lets SQLite check the substring, scores them in
a batch (`rank.scores`), keeps the best entry of each document in tuples that sort as they are, reads
namesakes in one statement and the shown fields after the ranking. Each of these is checked here against
the straightforward definition: every row read whole and checked in Python, `rank.score` as it was written
before the batch (kept below as the oracle), one namesake statement per name, the fields read with the
entries. A fast path that drifts by one ulp, one tie or one row fails here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from content.search import engine as search_engine
from content.search import rank
from content.search.engine import MIN_SCORE, Match, RegistrySearch
from content.search.index import AGENCY, FIELDS, TEXT_FIELDS_BELOW
from server.registry_reader import AGENCY_BY_LICENCE, agency_from_row, search_in_worker

Call = tuple[list[str], list[tuple[int, str]], int, float, list[Match]]  # variants, (entry, key), limit...


def _score_reference(query: str, key: str) -> float:
    """`rank.score` one key at a time, as written before `rank.scores` (the oracle for the batch)."""
    if key == query:
        return 100.0
    length, key_length = len(query), len(key)
    if not length or not key_length:
        return 0.0
    share = min(1.0, length / key_length)
    pos = key.find(query)
    if pos == 0:
        return 90.0 + 9.9 * share
    if pos > 0:
        return (80.0 if key[pos - 1] == " " else 70.0) + 9.9 * share
    return 89.0 * rank.fuzzy(query, key)


# Names, prefixes as typed, typos (letter wrong, missing, extra, two swapped), an extra word the registry
# does not have, Cyrillic, licence numbers and phones (several variants each), hosts and handles, junk.
QUERIES = [
    "o", "oʻ", "ish", "Oʻzbek", "Oʻzbek Ish Servis", '"Oʻzbek Ish Servis" MChJ', "Oʻzbek Ish Sirvis",
    "Oʻzbek Ish Srevis", "Ozbek Ish Servs", "Oʻzbek Ish Servvis", "Oʻzbek Ish Sxrvis", "Ўзбек Иш Сервис",
    "Ўзбек Иш Срвис", "Oʻzbek Ish Servis Toshkent", "Oʻzbek Ish Servis Plus Toshkent Samarqand",
    "Xalqaro Mehnat", "Xalqaro Mehnat Hamkr", "Евразия Кадры", "Евразия", "Yevraziya Kadrlar",
    "Jizzax Stansiya", "Travel", "Global Travel", "Global Travel Invest Extra", "Trudovye",
    "Трудовые Ресурсы", "Кадровый Центр", "Персонал Восток", "Baraka Omad", "Barka", "Omda", "Kelajak Umid",
    "Nur Yangi", "Smart Bridge", "Talent Partner", "Star Premium", "Dunyo Olam", "Madad Imkon", "Quyosh Tong",
    "bakoda", "kaminaro", "Germaniya Ish Vizasi", "Germaniya ish vizsi", "Koreya Tez Viza", "Корея Тез Виза",
    "LX-2021-0456", "LX20210456", "lx 2021 0456", "LX-2022", "LX-2019-0777", "0123", "GEN-00042",
    "GEN00042", "gen 01", "305123456", "305 123 456", "3051", "+998 71 200-00-01", "998712000001",
    "0099871200", "71 200 00 02", "+998 90 123-45-67", "+7 926 555-12-34", "93 765 43 21",
    "https://t.me/koreya_viza_tez", "t.me/koreya_viza_tez", "@ishchi_kerak", "@ishchi", "koreyaviza.com",
    "www.ish-germaniya.uz", "https://www.ish-germaniya.uz/", "baraka-17.uz", "@omad_5", '"ish"', "ish*",
    "ish AND servis", "NEAR(ish servis)", "^ish", "'", '"', "-", "xyzzy", "qqqqqqqq", "a" * 300, "",
]


class PlainReads(RegistrySearch):
    """The candidate reads as first written: every row whole (id, doc, field, key), checked in Python."""

    def _candidates(self, main: str, variants: list[str], limit: int) -> dict[int, Any]:
        found: dict[int, Any] = {}
        for variant in variants:
            if not variant.isdigit():
                self._prefix(variant, found)
            if len(variant) >= 3:
                grams = self._rarest(search_engine.trigrams(variant), search_engine.RARE_TRIGRAMS)
                if grams:
                    self._read(grams, found, search_engine.CONTAINS_ROWS, variant)
        exact = sum(1 for _, _, _, key in found.values() if any(v in key for v in variants))
        if main and len(main) >= 4 and exact < limit:
            self._typos(main, found)
        return found

    def _prefix(self, variant: str, found: dict[int, Any]) -> None:
        rows = self._conn.execute(
            "SELECT id, doc, field, key FROM search_entries WHERE key >= ? AND key < ? AND field < ?"
            " ORDER BY key LIMIT ?", (variant, variant + "\U0010ffff", TEXT_FIELDS_BELOW,
                                      search_engine.PREFIX_ROWS))
        for entry, doc, field, key in rows:
            found[entry] = (entry, doc, field, key)

    def _read(self, grams: list[str], found: dict[int, Any], wanted: int, holding: str = "") -> None:
        expression = " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)
        cursor = self._conn.execute(
            "SELECT e.id, e.doc, e.field, e.key FROM search_fts JOIN search_entries e"
            " ON e.id = search_fts.rowid WHERE search_fts MATCH ? LIMIT ?",
            (expression, search_engine.READ_BUDGET))
        kept = 0
        for entry, doc, field, key in cursor:
            if holding in key:
                found[entry] = (entry, doc, field, key)
                kept += 1
                if kept >= wanted:
                    break


@pytest.fixture(name="calls", scope="module")
def calls_fixture(content_db: Path) -> Iterator[tuple[list[Call], sqlite3.Connection]]:
    """Every `_ranked` call the queries make (its inputs and what it returned), on a fresh engine whose
    candidates are checked against `PlainReads` as they are read."""
    conn = sqlite3.connect(f"file:{content_db}?mode=ro", uri=True)
    engine = RegistrySearch(conn)
    assert search_engine._TEXT_FIELD < TEXT_FIELDS_BELOW  # what the namesakes of a top name need to know
    calls: list[Call] = []
    ranked, candidates, plain = engine._ranked, engine._candidates, PlainReads(conn)

    def spy_candidates(main: str, variants: list[str], limit: int) -> dict[int, Any]:
        found = candidates(main, variants, limit)
        expected = plain._candidates(main, variants, limit)
        assert list(found) == list(expected), (main, variants, limit)
        for entry, doc, field, key in found.values():  # a field read from the names' B-tree is "a text one"
            _, plain_doc, plain_field, plain_key = expected[entry]
            assert (doc, key) == (plain_doc, plain_key)
            text = field == search_engine._TEXT_FIELD and plain_field < TEXT_FIELDS_BELOW
            assert field == plain_field or text
        return found

    def spy(variants: list[str], found: dict[int, Any], limit: int, weight: float) -> list[Match]:
        entries = [(entry[0], entry[3]) for entry in found.values()]
        result = ranked(variants, found, limit, weight)
        calls.append((list(variants), entries, limit, weight, result))
        return result

    engine._ranked = spy  # type: ignore[method-assign]
    engine._candidates = spy_candidates  # type: ignore[method-assign]
    for query in QUERIES:
        for limit in (1, 5, 20):
            engine.search(query, limit)
    yield calls, conn
    conn.close()


def _reference(conn: sqlite3.Connection, variants: list[str], entries: list[tuple[int, str]], limit: int,
               weight: float) -> list[Match]:
    """The ranking of `entries` (entry id, key; in the order found) the plain way."""
    best: dict[int, tuple[float, int, str, int]] = {}  # doc -> (score, field, key, entry)
    for entry, key in entries:
        doc, field = conn.execute("SELECT doc, field FROM search_entries WHERE id = ?", (entry,)).fetchone()
        value = weight * max(_score_reference(v, key) for v in variants)
        if value >= MIN_SCORE and (doc not in best or value > best[doc][0]):
            best[doc] = (value, field, key, entry)

    def best_first() -> list[tuple[int, tuple[float, int, str, int]]]:
        return sorted(best.items(), key=lambda item: (-item[1][0], len(item[1][2]), item[0]))

    top = best_first()[:limit]
    names = dict.fromkeys((key, value) for _, (value, field, key, _) in top if field < TEXT_FIELDS_BELOW)
    added = False
    for key, value in names:
        rows = conn.execute("SELECT id, doc, field FROM search_entries WHERE key = ? AND field < ? LIMIT ?",
                            (key, TEXT_FIELDS_BELOW, len(top) + 1))
        for entry, doc, field in rows:
            if doc not in best or best[doc][0] < value:
                best[doc] = (value, field, key, entry)
                added = True
    if added:
        top = best_first()
    matches = []
    for doc, (value, field, _key, _entry) in top[:limit]:
        kind, ref, name, status = conn.execute(
            "SELECT kind, ref, name, status FROM search_docs WHERE doc = ?", (doc,)).fetchone()
        agency = kind == AGENCY
        matches.append(Match(kind="agency" if agency else "warning", ref=ref, name=name, status=status,
                             licence_no=ref if agency else None, score=round(value, 2),
                             matched_field=FIELDS[field]))
    return matches


def test_the_queries_reach_every_path(calls: tuple[list[Call], sqlite3.Connection]) -> None:
    """The comparison below means something only if the queries take the paths a fast path could break."""
    made = calls[0]
    assert any(len(variants) > 1 for variants, *_ in made), "no query with several variants"
    assert any(weight < 1.0 for *_, weight, _ in made), "no query with a word dropped"
    typo_only = [result for variants, _, _, _, result in made
                 if result and all(m.score < 70.0 for m in result)]
    assert typo_only, "no query found by its typo candidates alone"
    fuzzy = sum(1 for variants, entries, *_ in made for _, key in entries
                if not any(v in key for v in variants))
    assert fuzzy > 100, "too few candidates scored by rank.fuzzy"
    assert any(len(result) == 20 for *_, result in made)


def test_ranking_equals_the_plain_computation(calls: tuple[list[Call], sqlite3.Connection]) -> None:
    made, conn = calls
    for variants, entries, limit, weight, result in made:
        expected = _reference(conn, variants, entries, limit, weight)
        assert result == expected, (variants, limit, weight)
        assert [m.score.hex() for m in result] == [m.score.hex() for m in expected]


def test_batch_scores_are_the_scores_one_by_one_to_the_bit(content_db: Path) -> None:
    """`rank.scores` over every key of the registry for queries of every tier, against the oracle."""
    conn = sqlite3.connect(f"file:{content_db}?mode=ro", uri=True)
    keys = [key for (key,) in conn.execute("SELECT key FROM search_entries")]
    conn.close()
    keys += ["", " ", "ish", "ish servis"]
    for query in ("ish", "servis", "ozbek ish servis", "ozbek ish srevis", "o", "lx20210456", "998", "",
                  "trudovie resursi", "baraka omad", "bakoda"):
        batch = [value.hex() for value in rank.scores(query, keys)]
        plain = [_score_reference(query, key).hex() for key in keys]
        assert batch == plain, query
        assert rank.score(query, keys[0]) == _score_reference(query, keys[0])


def test_worker_lists_each_matched_agency_as_one_lookup_would(content_db: Path) -> None:
    """`search_in_worker`'s one read for all agencies: the licences of the matches' agencies, in their
    order, as plain tuples (number, status, end date): what a results row's verdict reads of the agency
    that `AGENCY_BY_LICENCE` reads whole."""
    conn = sqlite3.connect(f"file:{content_db}?mode=ro", uri=True)
    try:
        for query in ("ish", "Oʻzbek Ish Servis", "Koreya Tez Viza", "Germaniya", "LX-2021-0456", "Travel"):
            matches, rows = search_in_worker(str(content_db), query, 20)
            assert matches == RegistrySearch(conn).search(query, 20)
            agencies = [agency_from_row(row) for m in matches if m.licence_no is not None
                        for row in [conn.execute(AGENCY_BY_LICENCE, (m.licence_no,)).fetchone()] if row]
            assert rows == [(a.licence_no, a.status, a.expires_on) for a in agencies]
            assert all(type(row) is tuple for row in rows)
            assert agencies or query in {"Koreya Tez Viza", "Germaniya"}, query
        assert any(m.kind == "warning" for m in search_in_worker(str(content_db), "Koreya Tez Viza", 20)[0])
        row = conn.execute(AGENCY_BY_LICENCE, ("LX-2021-0456",)).fetchone()
        assert agency_from_row(row).other_names == tuple(json.loads(row[2])) == ("Ўзбек Иш Сервис",)
    finally:
        conn.close()


def test_worker_skips_a_matched_agency_without_its_row(content_db: Path, tmp_path: Path) -> None:
    """An index that still lists an agency whose row is gone: the match stays, the agency is not listed."""
    copy = tmp_path / "content.db"
    copy.write_bytes(content_db.read_bytes())
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM agencies WHERE licence_no = 'LX-2022-0789'")
    conn.close()
    matches, rows = search_in_worker(str(copy), "Oʻzbek Ish Servis", 20)
    refs = [m.ref for m in matches]
    assert refs[:3] == ["LX-2021-0456", "LX-2022-0789", "0123"]
    assert [row[0] for row in rows] == [ref for ref in refs if ref != "LX-2022-0789"]
