"""Issue 11 #14: two swapped letters in one word of a multi-word name ("srevis") still find that agency
first, above a shorter registered name that lacks the word, with the look-alike names right below it.

Checked over every transposition of every word of every multi-word name in the sample registry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from content.search.engine import RegistrySearch
from content.search.normalize import search_key


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    from kiosk.app.bootstrap import ensure_content

    folder = tmp_path_factory.mktemp("sample")
    assert ensure_content(folder)
    conn = sqlite3.connect(folder / "content.db")
    yield conn
    conn.close()


def _transpositions(key: str) -> Iterator[str]:
    words = key.split()
    for at, word in enumerate(words):
        for i in range(len(word) - 1):
            if word[i] != word[i + 1]:
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                yield " ".join([*words[:at], swapped, *words[at + 1:]])


def test_the_example_from_the_issue(sample: sqlite3.Connection) -> None:
    results = RegistrySearch(sample).search("ozbek ish srevis", limit=6)
    assert results[0].name == '"Oʻzbek Ish Servis" MChJ'
    # The look-alikes fraudsters use stay right below it.
    assert any("Sarvis" in m.name for m in results[1:4])


def test_every_transposition_finds_its_agency_first(sample: sqlite3.Connection) -> None:
    engine = RegistrySearch(sample)
    wrong = []
    checked = 0
    for licence, name in sample.execute("SELECT licence_no, name FROM agencies ORDER BY licence_no"):
        key = search_key(name)
        if " " not in key:
            continue
        for query in _transpositions(key):
            checked += 1
            results = engine.search(query, limit=6)
            top = results[0].score if results else None
            mine = next((m.score for m in results if m.ref == licence), None)
            if mine is None or mine < top:  # a namesake with the same score may come first
                wrong.append(f"{query!r}: {[(m.name, m.score) for m in results[:3]]}, wanted {name}")
    assert checked > 2000
    assert not wrong, f"{len(wrong)} of {checked}:\n" + "\n".join(wrong[:20])

