"""Fill and update the registry search tables of content.db (declared in content/contentdb/schema.py) inside
the caller's transaction.

- ``search_docs(doc, kind, ref, name, status)``: one row per agency (kind 0, ref = licence number) or warning
  (kind 1, ref = warning id), holding just what a result line shows, so a search never touches the wide
  registry tables. An agency's doc is its ``agencies`` rowid, a warning's `WARNING_DOCS` + its ``warnings``
  rowid: a changed row finds its document without an extra index.
- ``search_entries(id, doc, field, key)``: one row per searchable string (name, other name, Telegram handle,
  website, licence number, tax id, phone), holding its `normalize` key; an entry's id is ``doc << 8`` plus
  its place in the document, so a document's entries are one rowid range. A partial B-tree on ``key`` for
  the text fields serves 1-2 character prefixes and puts names that start with the query first.
- ``search_fts``: FTS5 with the trigram tokenizer over ``search_entries.key`` (external content: the keys are
  stored once). ``detail=none, columnsize=0`` keeps only which rows hold a trigram: 2.4 times smaller than
  ``detail=full`` at a million agencies and as fast for what the engine asks (an AND of a few trigrams,
  with the substring itself checked in Python on the candidate's key).
- ``search_trigrams(trigram, docs)``: how many keys hold each trigram, so that the engine can intersect the
  few rarest trigrams of a query (a 3 ms lookup) instead of all of them (20 ms at a million agencies).

`build_index` fills them from scratch (a new content.db); `update_index` redoes the documents of the registry
rows an apply changed, and nothing else.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator

from content.contentdb.schema import SEARCH_KEY_INDEX
from content.search.normalize import digits_key, handle_key, host_key, phone_key, search_key

log = logging.getLogger(__name__)

# Field codes; text fields (which get the prefix B-tree) come first.
FIELDS = ("name", "other_name", "telegram", "website", "licence_no", "tin", "phone")
NAME, OTHER_NAME, TELEGRAM, WEBSITE, LICENCE_NO, TIN, PHONE = range(len(FIELDS))
TEXT_FIELDS_BELOW = LICENCE_NO
AGENCY, WARNING = 0, 1
WARNING_DOCS = 1 << 40  # warning docs are numbered after every possible agency rowid
ENTRY_BITS = 8  # at most 256 search keys per document (an agency with more other names loses the rest)
_BATCH = 5000
_AGENCY_SQL = "SELECT rowid, licence_no, name, other_names, tin, phone, status FROM agencies"
_WARNING_SQL = "SELECT rowid, id, names, phones, telegram, websites FROM warnings"
_Doc = tuple[int, int, str, str, str, list[tuple[int, str]]]  # doc, kind, ref, name, status, [(field, key)]


def build_index(conn: sqlite3.Connection) -> None:
    """Fill the search tables from every row of ``agencies`` and ``warnings`` (replacing what they held).

    Runs in the caller's transaction: no commit, no PRAGMA. Empty registry tables give empty search tables.
    """
    conn.execute("DROP INDEX IF EXISTS search_entries_key")  # created after the bulk insert: much faster
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    for table in ("search_docs", "search_entries", "search_trigrams"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    docs: list[tuple] = []
    entries: list[tuple] = []
    for doc, kind, ref, name, status, keys in _all_docs(conn):
        docs.append((doc, kind, ref, name, status))
        entries.extend(_entries(doc, keys))
        if len(entries) >= _BATCH:
            _flush(conn, docs, entries)
    _flush(conn, docs, entries)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    # One b-tree segment instead of the several a rebuild leaves (four at 100,000 agencies): a trigram a
    # search asks about is one doclist to walk, not four. Searches cost 4-8% less CPU, for 0.08 s more of a
    # 3.3 s build; the rows each search finds, and their order, are the same.
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    conn.execute(SEARCH_KEY_INDEX)
    # How many keys hold each trigram: the engine intersects the rarest few instead of all of them.
    with _vocabulary(conn):
        conn.execute("INSERT INTO search_trigrams SELECT term, doc FROM temp.search_vocab")


def update_index(conn: sqlite3.Connection, agencies: Iterable[int] = (), warnings: Iterable[int] = ()) -> int:
    """Redo the documents of the given ``agencies`` and ``warnings`` rowids: changed, added or deleted rows.

    A rowid whose row is gone loses its document. Only the trigram counts those documents' keys touch are
    recounted. Runs in the caller's transaction; returns the number of documents redone.
    """
    docs = [*dict.fromkeys(agencies)], [WARNING_DOCS + rowid for rowid in dict.fromkeys(warnings)]
    touched: set[str] = set()
    for doc in (*docs[0], *docs[1]):
        touched |= _remove_doc(conn, doc)
    for table_sql, rowids in ((_AGENCY_SQL, docs[0]), (_WARNING_SQL, [d - WARNING_DOCS for d in docs[1]])):
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            rows = conn.execute(f"{table_sql} WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)
            for doc, kind, ref, name, status, keys in _docs(rows, agencies=table_sql is _AGENCY_SQL):
                conn.execute("INSERT INTO search_docs VALUES (?,?,?,?,?)", (doc, kind, ref, name, status))
                for entry, _doc, field, key in _entries(doc, keys):
                    conn.execute("INSERT INTO search_entries VALUES (?,?,?,?)", (entry, doc, field, key))
                    conn.execute("INSERT INTO search_fts(rowid, key) VALUES (?, ?)", (entry, key))
                    touched |= set(trigrams(key))
    _recount(conn, touched)
    return len(docs[0]) + len(docs[1])


def _remove_doc(conn: sqlite3.Connection, doc: int) -> set[str]:
    """Delete one document and its entries (from the FTS index too); the trigrams its keys held."""
    first, last = doc << ENTRY_BITS, (doc << ENTRY_BITS) | ((1 << ENTRY_BITS) - 1)
    old = conn.execute(
        "SELECT id, key FROM search_entries WHERE id BETWEEN ? AND ?", (first, last)).fetchall()
    touched: set[str] = set()
    for entry, key in old:
        conn.execute("INSERT INTO search_fts(search_fts, rowid, key) VALUES ('delete', ?, ?)", (entry, key))
        touched |= set(trigrams(key))
    conn.execute("DELETE FROM search_entries WHERE id BETWEEN ? AND ?", (first, last))
    conn.execute("DELETE FROM search_docs WHERE doc = ?", (doc,))
    return touched


def _recount(conn: sqlite3.Connection, grams: set[str]) -> None:
    """Set ``search_trigrams`` for `grams` from the FTS index itself, as `build_index` does for all."""
    if not grams:
        return
    with _vocabulary(conn):
        for gram in grams:
            row = conn.execute("SELECT doc FROM temp.search_vocab WHERE term = ?", (gram,)).fetchone()
            if row and row[0]:
                conn.execute("INSERT OR REPLACE INTO search_trigrams VALUES (?, ?)", (gram, row[0]))
            else:
                conn.execute("DELETE FROM search_trigrams WHERE trigram = ?", (gram,))


class _vocabulary:  # noqa: N801 - used as a statement: `with _vocabulary(conn):`
    """A temporary fts5vocab table over search_fts for the duration of a `with` block."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, row)")

    def __exit__(self, *_exc: object) -> None:
        self._conn.execute("DROP TABLE temp.search_vocab")


def _flush(conn: sqlite3.Connection, docs: list[tuple], entries: list[tuple]) -> None:
    conn.executemany("INSERT INTO search_docs VALUES (?,?,?,?,?)", docs)
    conn.executemany("INSERT INTO search_entries VALUES (?,?,?,?)", entries)
    docs.clear()
    entries.clear()


def _entries(doc: int, keys: list[tuple[int, str]]) -> Iterator[tuple[int, int, int, str]]:
    """(entry id, doc, field, key) for a document's keys; keys past the 256th are dropped (and logged)."""
    if len(keys) > 1 << ENTRY_BITS:
        log.warning("search document %d has %d keys; only the first %d are indexed", doc, len(keys),
                    1 << ENTRY_BITS)
    for place, (field, key) in enumerate(keys[: 1 << ENTRY_BITS]):
        yield (doc << ENTRY_BITS) | place, doc, field, key


def _all_docs(conn: sqlite3.Connection) -> Iterator[_Doc]:
    yield from _docs(conn.execute(_AGENCY_SQL), agencies=True)
    yield from _docs(conn.execute(_WARNING_SQL), agencies=False)


def _docs(rows: Iterable[tuple], agencies: bool) -> Iterator[_Doc]:
    """The search document of each row of `_AGENCY_SQL` (agencies) or `_WARNING_SQL`."""
    if agencies:
        for rowid, licence_no, name, other_names, tin, phone, status in rows:
            keys = _unique([(NAME, search_key(name or ""))]
                           + [(OTHER_NAME, search_key(n)) for n in _json_list(other_names)]
                           + [(LICENCE_NO, licence_key(str(licence_no or ""))),
                              (TIN, digits_key(str(tin or ""))), (PHONE, phone_key(str(phone or "")))])
            yield rowid, AGENCY, str(licence_no), name or str(licence_no), status or "", keys
        return
    for rowid, wid, names, phones, telegram, websites in rows:
        name_list = _json_list(names)
        handles = _json_list(telegram)
        sites = _json_list(websites)
        keys = _unique([(NAME if i == 0 else OTHER_NAME, search_key(n)) for i, n in enumerate(name_list)]
                       + [(TELEGRAM, search_key(handle_key(h))) for h in handles]
                       + [(WEBSITE, search_key(host_key(s))) for s in sites]
                       + [(PHONE, phone_key(p)) for p in _json_list(phones)])
        display = next(iter(name_list + handles + sites), str(wid))
        yield WARNING_DOCS + rowid, WARNING, str(wid), display, "warning", keys


def trigrams(text: str) -> list[str]:
    """Every 3-character substring, as FTS5's trigram tokenizer indexes them."""
    return [text[i:i + 3] for i in range(len(text) - 2)]


def licence_key(text: str) -> str:
    """Licence numbers compare without separators: LX-2021-0456 = lx 2021 0456 = LX20210456."""
    return search_key(text).replace(" ", "")


def _json_list(value: object) -> list[str]:
    """A JSON array column as strings; a malformed value is treated as a single plain string."""
    if not value:
        return []
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return [str(value)]
    if not isinstance(items, list):
        items = [items]
    return [str(item) for item in items if item not in (None, "")]


def _unique(keys: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop empty keys and keys the same document already has (a Cyrillic other name equal to the name)."""
    seen: set[str] = set()
    out = []
    for field, key in keys:
        if key and key not in seen:
            seen.add(key)
            out.append((field, key))
    return out
