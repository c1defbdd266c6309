"""Typo-tolerant filtering of a vacancy list as the traveller types, with the registry search's own fold.

Every vacancy has a search text (employer, occupation and country names in the traveller's language and
others); it is folded with `content.search.normalize.search_key`, so "Польша", "Polsha" and "polsha" meet,
and split into words. A query word matches a vocabulary word by `content.search.rank.score` (the same tiers
as the licence search: prefix, inner word, one typo); a vacancy is kept when every query word matches one
of its words. Only the vocabulary is scored (a few thousand distinct words at 10,000 vacancies), and each
query word's matches are remembered, so a keystroke re-scores one word.

Sets of vacancies are bitsets (one Python int, bit i = vacancy i): a word's vacancies, the chips' choice and
the query's matches combine with `&` and `|` in C, with no per-vacancy object made on a keystroke. A
keystroke on 10,000 vacancies then costs a few big-int operations plus the first page's indices
(`Page`): the screen shows 20 vacancies and a count, never all of them. (With sets of indices a keystroke
made up to 10,000 objects, and the garbage collector's full passes over a list of 10,000 vacancies landed
on keystrokes: p99 20.8 ms at load 7-10.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
PAGE = 20  # vacancies the list shows at once (cards made per keystroke); a count says how many more match


@dataclass(frozen=True)
class Page:
    """What a keystroke shows: how many vacancies match, and the first of them (indices, in list order)."""

    count: int
    first: list[int]


def indices(mask: int, limit: int | None = None) -> list[int]:
    """The indices of the set bits of `mask`, lowest first (at most `limit`)."""
    if limit is None:  # every one: read the binary digits (one string), not one big int per bit
        return [i for i, digit in enumerate(reversed(bin(mask)[2:])) if digit == "1"]
    out: list[int] = []
    while mask and len(out) < limit:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


class VacancyFinder:
    """Built once per list (per language); `find(query)` gives the indices of matching vacancies in order,
    `mask(query)` the same as a bitset, `page(query, within, limit)` what one keystroke shows."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._count = len(texts)
        self.everything = (1 << len(texts)) - 1
        by_word: dict[str, int] = {}
        fold = lru_cache(maxsize=None)(search_key)  # texts share most of their words: fold each once
        for index, text in enumerate(texts):
            bit = 1 << index
            for raw in text.split():
                for word in fold(raw).split():
                    by_word[word] = by_word.get(word, 0) | bit
        self._by_word = by_word
        self._words = tuple(by_word)
        self._matching = lru_cache(maxsize=256)(self._match_word)

    def find(self, query: str) -> list[int]:
        """Indices of the vacancies matching every word of `query` (all of them for an empty query)."""
        return indices(self.mask(query))

    def mask(self, query: str) -> int:
        """The vacancies matching every word of `query`, as a bitset (all of them for an empty query)."""
        kept = self.everything
        for word in search_key(query).split():
            kept &= self._matching(word)
            if not kept:
                break
        return kept

    def page(self, query: str, within: int, limit: int) -> Page:
        """One keystroke: the vacancies of `within` (the chips' choice, a bitset) matching `query`."""
        kept = self.mask(query) & within
        return Page(kept.bit_count(), indices(kept, limit))

    def _match_word(self, word: str) -> int:
        floor = PREFIX_SCORE if len(word) < SHORT else MIN_SCORE
        hits = 0
        # A coarse pass in C drops the words that share too little with the query to reach `floor` (every
        # word `score` accepts has a partial_ratio of 60 or more); `score` then decides on the rest.
        for candidate, _coarse, _index in process.extract(word, self._words, scorer=fuzz.partial_ratio,
                                                          score_cutoff=COARSE_CUTOFF, limit=None):
            if score(word, candidate) >= floor:
                hits |= self._by_word[candidate]
        return hits
