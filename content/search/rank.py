"""Scoring one candidate key against the query key: exact containment first, then one-typo similarity.

Tiers (0-100): the same key 100; the key starts with the query 90-99 (a longer share of the key scores
higher, so "Oʻzbek Ish Servis" beats "Oʻzbek Ish Servis Plus" for the full name); the query starts a later
word 80-89; the query is inside a word 70-79; otherwise 89 × `fuzzy`, so a name with a typo ranks below
every name that holds what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA

_SPACE = re.compile(" ")


def score(query: str, key: str) -> float:
    """Similarity of `key` to `query` (both search keys), 0-100; see the module docstring for the tiers."""
    return scores(query, (key,))[0]


def scores(query: str, keys: Iterable[str]) -> list[float]:
    """`score(query, key)` for each of `keys`, in order: the one definition of the tiers.

    The registry search scores a few hundred candidates per keystroke, nearly all holding the query, so
    the containment tiers are worked out in one loop that pays for the query once and calls `fuzzy` only
    for keys without the query (a call per key through `score` cost as much as the scoring itself).
    """
    length = len(query)
    result: list[float] = []
    append = result.append
    for key in keys:
        if key == query:
            append(100.0)
            continue
        key_length = len(key)
        if not length or not key_length:
            append(0.0)
            continue
        pos = key.find(query)
        if pos < 0:
            append(89.0 * fuzzy(query, key))
            continue
        share = length / key_length  # at most 1: the key holds the query
        if pos == 0:
            append(90.0 + 9.9 * share)
        else:
            append((80.0 if key[pos - 1] == " " else 70.0) + 9.9 * share)
    return result


def fuzzy(query: str, key: str) -> float:
    """0-1: how close `key` is to `query` allowing typos (optimal string alignment: a wrong, missing or
    extra letter costs one edit, and so do two swapped letters, "srevis" for "servis").

    The best of: the whole key (the full name with a typo), the key's first len(query)±1 characters (a
    name still being typed) and a later word's start (the traveller began at the second word). Partial
    matches lose a little, and a little less when the query covers more of the key.
    """
    length, key_length = len(query), len(key)
    share = min(1.0, length / key_length)
    similarity = OSA.normalized_similarity
    whole = similarity(query, key)
    prefix = max(similarity(query, key[:n])
                 for n in {max(1, min(n, key_length)) for n in (length - 1, length, length + 1)})
    best = max(whole, prefix * (0.96 + 0.03 * share))
    if length >= 3 and " " in key:
        later = max(similarity(query, key[m.end():m.end() + length]) for m in _SPACE.finditer(key))
        best = max(best, later * (0.88 + 0.03 * share))
    return best
