"""Per-keystroke registry search over the tables `index.build_index` adds to content.db.

Candidates come only from indexes, never from a scan: a B-tree range for names that start with the query
(the only path for 1-2 characters), the FTS5 trigram index for keys that contain it (the AND of its four
rarest trigrams, each key read checked for the query itself: intersecting every trigram of a long common
name costs ~20 ms at a million agencies, the rarest four ~1 ms), and for one-letter typos the AND of the
rarest trigrams that an edit at each possible place cannot have broken. Every read is capped, so at most a
few hundred candidates are scored (`rank.scores`), whatever the query; FTS5 only ever sees quoted trigrams
of the normalised key.

A search costs ~0.55 ms of CPU at 100,000 agencies (word prefixes and licence numbers), nearly half of it
the FTS5 read for keys that contain the query. The rest is kept small where it was spent per row or per
statement: rows are read with fetchall and kept as read, the reads of the names' B-tree never touch the
table, the substring check runs in SQLite, and the namesakes of all top names are one statement.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from content.search import rank
from content.search.index import AGENCY, ENTRY_BITS, FIELDS, TEXT_FIELDS_BELOW, trigrams
from content.search.normalize import digits_key, handle_key, host_key, search_key

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 256  # of raw input normalised; more than any name, little enough to stay fast
MAX_KEY_CHARS = 64  # of the query key; a key this long is already unique
PREFIX_ROWS = 100  # names starting with the query
CONTAINS_ROWS = 200  # keys containing the query
READ_BUDGET = 1500  # FTS rows read per lookup at most, whatever the query
TYPO_ROWS = 240  # typo candidates, shared by the alternatives
RARE_TRIGRAMS = 4
TYPO_TRIGRAMS = 3
MAX_DROPPED_WORDS = 3
MIN_SCORE = 60.0  # below this a "match" shares little more than a few letters with the query
_Entry = tuple[int, int, int, str]  # (entry id, doc, field, key): a search_entries row as read
_Found = dict[int, _Entry]  # entry id -> its row, in the order the candidates were first met
# (-score, len(key), doc, entry id, field, key): sorted as they are, the best first (the shorter key on a
# tie, then the lower doc; no two have the same doc, so the comparison never goes further).
_Ranked = tuple[float, int, int, int, int, str]
_Best = dict[int, _Ranked]  # doc -> its best entry
_ID = itemgetter(0)
_KEY = itemgetter(3)
# The field of an entry read from the names' B-tree: one of the text fields (the index holds no other), which
# is all the ranking needs; the field shown is read for the results alone. The reads that set it take id
# and key from the index and nothing from the table: a third of the cost of reading each row's doc and field.
_TEXT_FIELD = -1
# The doc of an entry is its id's high bits (see index._entries).
_INDEX_ROW = f"id, id >> {ENTRY_BITS}, {_TEXT_FIELD}, key"
# The partial index's own condition, as a literal: with a bound value SQLite checks it on every table row.
_TEXT_ONLY = f"field < {TEXT_FIELDS_BELOW}"
_PREFIX = (f"SELECT {_INDEX_ROW} FROM search_entries WHERE key >= ? AND key < ? AND {_TEXT_ONLY}"
           " ORDER BY key LIMIT ?")
# One top name's namesakes, as many as a full page could show; joined with UNION ALL, one per name.
_NAMESAKES = f"SELECT * FROM (SELECT {_INDEX_ROW} FROM search_entries WHERE key = ? AND {_TEXT_ONLY} LIMIT ?)"
_URLISH = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*://|www\.|t\.me/|@)", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    """One result line: an agency (ref = licence number) or a warning-list entry (ref = its id)."""

    kind: str
    ref: str
    name: str
    status: str
    licence_no: str | None
    score: float
    matched_field: str


class RegistrySearch:
    """Ranked search over one (read-only) content.db connection; cheap enough to call on every keystroke.

    Making one costs nothing (it reads trigram statistics as queries need them), so a new one for each
    connection is fine on the UI thread when content changes.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._trigram_docs = _TrigramDocs(conn)
        try:
            conn.execute("SELECT 1 FROM search_trigrams LIMIT 1").fetchall()
            self._available = True
        except sqlite3.Error as exc:  # a content.db built before the index existed: no search, no crash
            log.warning("registry search unavailable: %s", exc)
            self._available = False

    def search(self, query: str, limit: int = 20) -> list[Match]:
        """The best `limit` matches for what the traveller has typed so far, best first; [] for nothing."""
        if not self._available or limit <= 0 or not isinstance(query, str):
            return []
        try:
            return self._search(query[:MAX_QUERY_CHARS], limit)
        except sqlite3.Error as exc:
            log.warning("registry search failed (%d characters typed): %s", len(query), exc)  # never the text
            return []

    def _search(self, query: str, limit: int) -> list[Match]:
        main, variants = query_variants(query)
        if not variants:
            return []
        results = self._ranked(variants, self._candidates(main, variants, limit), limit, 1.0)
        words, weight = main.split(), 1.0
        for _ in range(MAX_DROPPED_WORDS):
            if results or len(words) < 2:
                break
            # Nothing for the whole text: the traveller may have added a word the registry does not have
            # ("Oʻzbek Ish Servis Toshkent"). Try the leading words, ranked a little lower.
            words.pop()
            main, weight = " ".join(words), weight * 0.9
            results = self._ranked([main], self._candidates(main, [main], limit), limit, weight)
        return results

    def _candidates(self, main: str, variants: list[str], limit: int) -> _Found:
        """The entries worth scoring, from the indexes only."""
        found: _Found = {}
        for variant in variants:
            if not variant.isdigit():
                self._prefix(variant, found)
            if len(variant) >= 3:
                self._contains(variant, found)
        # Every entry read so far holds the variant it was read for (a key in the prefix range starts with
        # it, a contains read keeps only keys with it), so len(found) counts the keys holding what was typed.
        if main and len(main) >= 4 and len(found) < limit:
            self._typos(main, found)
        return found

    def _prefix(self, variant: str, found: _Found) -> None:
        rows = self._conn.execute(_PREFIX, (variant, variant + "\U0010ffff", PREFIX_ROWS)).fetchall()
        found.update(zip(map(_ID, rows), rows, strict=True))

    def _contains(self, variant: str, found: _Found) -> None:
        grams = self._rarest(trigrams(variant), RARE_TRIGRAMS)
        if grams:
            self._read(grams, found, CONTAINS_ROWS, variant)

    def _typos(self, main: str, found: _Found) -> None:
        """Keys within one edit of `main`: for each place the edit may be, the AND of the rarest trigrams it
        cannot have broken.

        An edit at position p breaks the trigrams starting at p-2..p, and two swapped letters at p, p+1 (a
        transposition, "srevis") those starting at p-2..p+1. A trigram that is in no key at all must be
        broken, which locates the edit; otherwise either the edit missed the rarest trigrams, or it is in one
        of the windows that break each of them, and the next rarest outside that window are used.
        """
        grams = [(self._trigram_docs.get(g, 0), start, g) for start, g in enumerate(trigrams(main))]
        zero = [start for docs, start, _ in grams if docs == 0]
        windows: list[Sequence[int]]
        if zero:
            # Every edit position p whose broken trigrams p-2..p include all the missing ones.
            spans: list[Sequence[int]] = [range(p - 2, p + 2) for p in range(max(zero) - 1, min(zero) + 3)]
            windows = spans or [zero]
        else:
            rare = [start for _, start, _ in sorted(grams)[:TYPO_TRIGRAMS]]
            windows = [range(0)]
            windows += [range(p - 2, p + 2) for start in rare for p in range(start - 1, start + 3)]
        plans: dict[tuple[str, ...], None] = {}
        for window in windows:
            usable = sorted((docs, g) for docs, start, g in grams if docs and start not in window)
            chosen = tuple(dict.fromkeys(g for _, g in usable))[:TYPO_TRIGRAMS]
            if chosen:
                plans[chosen] = None
        for chosen in plans:
            self._read(list(chosen), found, max(TYPO_ROWS // len(plans), 20))
        if len(main) <= 8:
            self._prefix(main[:-1], found)  # a short name with its last letter wrong

    def _rarest(self, grams: list[str], count: int) -> list[str] | None:
        """The `count` rarest trigrams, or None when one of them is in no key at all (nothing can match)."""
        if not grams:
            return None
        ordered = sorted(set(grams), key=lambda g: self._trigram_docs.get(g, 0))
        if self._trigram_docs.get(ordered[0], 0) == 0:
            return None
        return ordered[:count]

    def _read(self, grams: list[str], found: _Found, wanted: int, holding: str = "") -> None:
        """Add up to `wanted` entries holding all `grams` (and the text `holding`, if any), reading at most
        READ_BUDGET of the former.

        The text is checked by SQLite (instr over the first READ_BUDGET rows, in their order, then the
        first `wanted` kept: what a loop over the rows in Python kept): a contains read may turn down many
        of the rows it reads, and each cost a Python tuple and turn of the loop.
        """
        expression = " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)
        rows = self._conn.execute(
            "SELECT id, doc, field, key FROM (SELECT e.id, e.doc, e.field, e.key FROM search_fts"
            " JOIN search_entries e ON e.id = search_fts.rowid WHERE search_fts MATCH ? LIMIT ?)"
            " WHERE instr(key, ?) LIMIT ?", (expression, READ_BUDGET, holding, wanted)).fetchall()
        found.update(zip(map(_ID, rows), rows, strict=True))

    def _ranked(self, variants: list[str], found: _Found, limit: int, weight: float) -> list[Match]:
        entries = list(found.values())
        keys = [entry[3] for entry in entries]
        if len(variants) == 1:
            values = rank.scores(variants[0], keys)
        else:  # each key's best over the variants
            values = list(map(max, zip(*[rank.scores(variant, keys) for variant in variants], strict=True)))
        if weight != 1.0:  # (x * 1.0 is x)
            values = [weight * value for value in values]
        best: _Best = {}
        for value, (entry, doc, field, key) in zip(values, entries, strict=True):
            if value >= MIN_SCORE:
                held = best.get(doc)
                if held is None or -value < held[0]:
                    best[doc] = (-value, len(key), doc, entry, field, key)
        top = self._with_namesakes(sorted(best.values())[:limit], best)[:limit]
        if not top:
            return []
        # What each result line shows, and the field it matched (read here for these entries alone).
        marks = ",".join("?" * len(top))
        sql = ("SELECT e.id, e.field, d.kind, d.ref, d.name, d.status FROM search_entries e"
               f" JOIN search_docs d ON d.doc = e.doc WHERE e.id IN ({marks})")
        rows = self._conn.execute(sql, [ranked[3] for ranked in top]).fetchall()
        shown = dict(zip(map(_ID, rows), rows, strict=True))
        matches = []
        for negated, _length, _doc, entry, _field, _key in top:
            _entry, field, kind, ref, name, status = shown[entry]
            agency = kind == AGENCY
            matches.append(Match(kind="agency" if agency else "warning", ref=ref, name=name, status=status,
                                 licence_no=ref if agency else None, score=round(-negated, 2),
                                 matched_field=FIELDS[field]))
        return matches

    def _with_namesakes(self, top: list[_Ranked], best: _Best) -> list[_Ranked]:
        """Add the other documents with exactly a top name's key: they score the same, and a capped
        candidate read may have met only one of several agencies called "Oʻzbek Ish Servis".

        One statement reads every name's namesakes (each capped as if read alone, in the order one read of
        it gives): a statement costs more than the rows it returns.
        """
        names = dict.fromkeys((key, -negated) for negated, _length, _doc, _entry, field, key in top
                              if field < TEXT_FIELDS_BELOW)
        if not names:
            return top
        keys = list(dict.fromkeys(key for key, _ in names))
        sql = " UNION ALL ".join([_NAMESAKES] * len(keys))
        cap = len(top) + 1
        rows = self._conn.execute(sql, [x for key in keys for x in (key, cap)]).fetchall()
        namesakes = {key: list(group) for key, group in groupby(rows, _KEY)}
        added = False
        for key, value in names:
            for entry, doc, field, _key in namesakes.get(key, ()):
                held = best.get(doc)
                if held is None or -value < held[0]:
                    best[doc] = (-value, len(key), doc, entry, field, key)
                    added = True
        return sorted(best.values()) if added else top


class _TrigramDocs:
    """How many keys hold a trigram, read from ``search_trigrams`` on first use and remembered (a query
    asks about a few dozen; the table has ~100,000 at a million agencies)."""

    _LIMIT = 50_000  # remembered trigrams before the memory starts afresh

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._known: dict[str, int] = {}

    def get(self, trigram: str, default: int = 0) -> int:
        docs = self._known.get(trigram)
        if docs is None:
            row = self._conn.execute(
                "SELECT docs FROM search_trigrams WHERE trigram = ?", (trigram,)).fetchone()
            docs = row[0] if row else default
            if len(self._known) >= self._LIMIT:
                self._known.clear()
            self._known[trigram] = docs
        return docs


def query_variants(query: str) -> tuple[str, list[str]]:
    """(main text key or "", every key to look up): the name key, and forms for licences, phones, hosts."""
    key = search_key(query)[:MAX_KEY_CHARS].strip()
    variants: list[str] = []
    main = ""
    if any(ch.isalpha() for ch in key):
        main = key
        variants.append(key)
        if any(ch.isdigit() for ch in key):
            variants.append(key.replace(" ", ""))  # LX-2021-0456 is stored as lx20210456
    if not main or sum(ch.isdigit() for ch in key) >= 5:
        digits = digits_key(query)[:32]
        if digits.startswith("00998"):
            digits = digits[2:]
        if digits.startswith("998") and len(digits) > 3:
            variants.append(digits[3:])  # phones are stored without the country code
        variants.append(digits)
    if _URLISH.match(query):
        for form in (search_key(host_key(query)), search_key(handle_key(query))):
            variants.append(form[:MAX_KEY_CHARS].strip())
    return main, list(dict.fromkeys(v for v in variants if v))

