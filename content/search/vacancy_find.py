"""Typo-tolerant filtering of a vacancy list as the traveller types, with the registry search's own fold.

Every vacancy has a search text (employer, occupation and country names in the traveller's language and
others); it is folded with `content.search.normalize.search_key`, so "Польша", "Polsha" and "polsha" meet,
and split into words. A query word matches a vocabulary word by `content.search.rank.score` (the same tiers
as the licence search: prefix, inner word, one typo); a vacancy is kept when every query word matches one
of its words. Only the vocabulary is scored (a few thousand distinct words at 10,000 vacancies), and each
query word's matches are remembered, so a keystroke re-scores one word.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from content.search.normalize import search_key
from content.search.rank import score

# A word typed with one typo still matches (fuzzy tier ~0.8 x 89); short words match only as prefixes, since
# with one or two letters everything is "one typo away".
MIN_SCORE = 70.0
PREFIX_SCORE = 90.0
SHORT = 3
COARSE_CUTOFF = 60.0


class VacancyFinder:
    """Built once per list (per language); `find(query)` gives the indices of matching vacancies in order."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._count = len(texts)
        self._by_word: dict[str, set[int]] = {}
        fold = lru_cache(maxsize=None)(search_key)  # texts share most of their words: fold each once
        for index, text in enumerate(texts):
            for raw in text.split():
                for word in fold(raw).split():
                    self._by_word.setdefault(word, set()).add(index)
        self._words = tuple(self._by_word)
        self._matching = lru_cache(maxsize=256)(self._match_word)

    def find(self, query: str) -> list[int]:
        """Indices of the vacancies matching every word of `query` (all of them for an empty query)."""
        words = search_key(query).split()
        if not words:
            return list(range(self._count))
        kept: set[int] | None = None
        for word in words:
            found = self._matching(word)
            kept = set(found) if kept is None else kept & found
            if not kept:
                return []
        return sorted(kept or ())

    def _match_word(self, word: str) -> frozenset[int]:
        floor = PREFIX_SCORE if len(word) < SHORT else MIN_SCORE
        hits: set[int] = set()
        # A coarse pass in C drops the words that share too little with the query to reach `floor` (every
        # word `score` accepts has a partial_ratio of 60 or more); `score` then decides on the rest.
        for candidate, _coarse, _index in process.extract(word, self._words, scorer=fuzz.partial_ratio,
                                                          score_cutoff=COARSE_CUTOFF, limit=None):
            if score(word, candidate) >= floor:
                hits |= self._by_word[candidate]
        return frozenset(hits)
