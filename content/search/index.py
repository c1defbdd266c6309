"""Build the registry search tables inside a new content.db (called by kiosk/data/apply.py, in its
transaction).

Tables (all derived, rebuilt whole with every bundle):

- ``search_docs(doc, kind, ref, name, status)``: one row per agency (kind 0, ref = licence number) or warning
  (kind 1, ref = warning id), holding just what a result line shows, so a search never touches the wide
  registry tables.
- ``search_entries(id, doc, field, key)``: one row per searchable string (name, other name, Telegram handle,
  website, licence number, tax id, phone), holding its `normalize` key. A partial B-tree on ``key`` for the
  text fields serves 1-2 character prefixes and puts names that start with the query first.
- ``search_fts``: FTS5 with the trigram tokenizer over ``search_entries.key`` (external content: the keys are
  stored once). ``detail=none, columnsize=0`` keeps only which rows hold a trigram: 2.4 times smaller than
  ``detail=full`` at a million agencies and as fast for what the engine asks (an AND of a few trigrams,
  with the substring itself checked in Python on the candidate's key).
- ``search_trigrams(trigram, docs)``: how many keys hold each trigram, so that the engine can intersect the
  few rarest trigrams of a query (a 3 ms lookup) instead of all of them (20 ms at a million agencies).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from content.search.normalize import digits_key, handle_key, host_key, phone_key, search_key

# Field codes; text fields (which get the prefix B-tree) come first.
FIELDS = ("name", "other_name", "telegram", "website", "licence_no", "tin", "phone")
NAME, OTHER_NAME, TELEGRAM, WEBSITE, LICENCE_NO, TIN, PHONE = range(len(FIELDS))
TEXT_FIELDS_BELOW = LICENCE_NO
AGENCY, WARNING = 0, 1

_SCHEMA = """
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_entries;
DROP TABLE IF EXISTS search_docs;
DROP TABLE IF EXISTS search_trigrams;
CREATE TABLE search_docs (doc INTEGER PRIMARY KEY, kind INTEGER NOT NULL, ref TEXT NOT NULL,
    name TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE search_entries (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, field INTEGER NOT NULL,
    key TEXT NOT NULL);
CREATE VIRTUAL TABLE search_fts USING fts5(key, content='search_entries', content_rowid='id',
    tokenize='trigram', detail=none, columnsize=0);
CREATE TABLE search_trigrams (trigram TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
"""
_KEY_INDEX = f"CREATE INDEX search_entries_key ON search_entries(key) WHERE field < {TEXT_FIELDS_BELOW}"
_BATCH = 5000


def build_index(conn: sqlite3.Connection) -> None:
    """(Re)create the search tables from ``agencies`` and ``warnings`` in ``conn``.

    Runs in the caller's transaction: no commit, no PRAGMA. A missing source table (a bundle without
    warnings) simply contributes nothing.
    """
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    docs: list[tuple] = []
    entries: list[tuple] = []
    for doc, (kind, ref, name, status, keys) in enumerate(_sources(conn), start=1):
        docs.append((doc, kind, ref, name, status))
        entries.extend((doc, field, key) for field, key in keys)
        if len(entries) >= _BATCH:
            _flush(conn, docs, entries)
    _flush(conn, docs, entries)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.execute(_KEY_INDEX)
    # How many keys hold each trigram: the engine intersects the rarest few instead of all of them.
    conn.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, row)")
    try:
        conn.execute("INSERT INTO search_trigrams SELECT term, doc FROM temp.search_vocab")
    finally:
        conn.execute("DROP TABLE temp.search_vocab")


def _flush(conn: sqlite3.Connection, docs: list[tuple], entries: list[tuple]) -> None:
    conn.executemany("INSERT INTO search_docs VALUES (?,?,?,?,?)", docs)
    conn.executemany("INSERT INTO search_entries(doc, field, key) VALUES (?,?,?)", entries)
    docs.clear()
    entries.clear()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def _sources(conn: sqlite3.Connection) -> Iterator[tuple[int, str, str, str, list[tuple[int, str]]]]:
    """(kind, ref, display name, status, [(field, key)]) for every agency, then every warning."""
    if _has_table(conn, "agencies"):
        rows = conn.execute("SELECT licence_no, name, other_names, tin, phone, status FROM agencies")
        for licence_no, name, other_names, tin, phone, status in rows:
            keys = _unique([(NAME, search_key(name or ""))]
                           + [(OTHER_NAME, search_key(n)) for n in _json_list(other_names)]
                           + [(LICENCE_NO, licence_key(str(licence_no or ""))),
                              (TIN, digits_key(str(tin or ""))), (PHONE, phone_key(str(phone or "")))])
            yield AGENCY, str(licence_no), name or str(licence_no), status or "", keys
    if _has_table(conn, "warnings"):
        rows = conn.execute("SELECT id, names, phones, telegram, websites FROM warnings")
        for wid, names, phones, telegram, websites in rows:
            name_list = _json_list(names)
            handles = _json_list(telegram)
            sites = _json_list(websites)
            keys = _unique([(NAME if i == 0 else OTHER_NAME, search_key(n)) for i, n in enumerate(name_list)]
                           + [(TELEGRAM, search_key(handle_key(h))) for h in handles]
                           + [(WEBSITE, search_key(host_key(s))) for s in sites]
                           + [(PHONE, phone_key(p)) for p in _json_list(phones)])
            display = next(iter(name_list + handles + sites), str(wid))
            yield WARNING, str(wid), display, "warning", keys


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
