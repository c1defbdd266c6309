"""Property tests: the normaliser and the search accept anything a keyboard (or a paste) can produce."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from content.search.engine import Match, RegistrySearch
from content.search.normalize import (
    APOSTROPHES,
    digits_key,
    handle_key,
    host_key,
    phone_key,
    search_key,
)

# Pieces that have broken search boxes before: FTS5 syntax, SQL, apostrophes, scripts, bidi and emoji.
PIECES = ['"', "'", "NOT", "AND", "OR", "NEAR", "(", ")", "*", "^", ":", "key:", "-", "+", "%", "_", "\\",
          ";", "--", "ʻ", "ʼ", "‘", "’", "`", "«", "»", "Oʻzbek", "Ўзбек", "Ish", "Servis", "Сервис", "MChJ",
          "ООО", "Оʻzbеk", "+998 90 123-45-67", "@ishchi_kerak", "https://www.", ".uz", "LX-2021-0456",
          "\u202e", "\u200f", "\u200b", "\u200d", "\x00", "\n", "🙂", "👨‍👩‍👧", "ﷺ", "한국", "Ǣ", "Ѐ", "İ",
          "ß", "ﬁ", "Ⅻ", "①", "٣", " "]
MIXED = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=2000),
)


@settings(max_examples=1500, deadline=None)
@given(MIXED)
def test_search_key_is_a_clean_fixed_point(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key
    assert key == key.strip()
    assert "  " not in key
    assert not any(ch in APOSTROPHES for ch in key)
    assert not any(ch.isupper() for ch in key)
    assert all(ch == " " or unicodedata.category(ch)[0] in "LN" for ch in key)


@settings(max_examples=500, deadline=None)
@given(MIXED)
def test_other_keys_never_raise(text: str) -> None:
    assert digits_key(text).isdigit() or digits_key(text) == ""
    assert phone_key(text).isdigit() or phone_key(text) == ""
    assert isinstance(host_key(text), str)
    assert isinstance(handle_key(text), str)


def test_search_key_handles_long_input() -> None:
    """How fast is `search_key_10k_chars_ms` in benchmarks/search_bench.py."""
    text = "Оʻzbеk Ish Sеrvis «МЧЖ» 🙂 " * 400  # 10,000 characters, every slow path at once
    assert search_key(text).startswith("ozbek ish servis")


@settings(max_examples=400, deadline=None)
@given(MIXED, st.integers(min_value=-1, max_value=50))
def test_search_never_raises(engine: RegistrySearch, query: str, limit: int) -> None:
    """Per-keystroke speed is measured by benchmarks/search_bench.py, not asserted here."""
    results = engine.search(query, limit=limit)
    assert len(results) <= max(limit, 0)
    assert all(isinstance(m, Match) and 0 <= m.score <= 100 for m in results)
    assert [m.score for m in results] == sorted((m.score for m in results), reverse=True)
