"""The one declared schema of content.db (format 5). kiosk/data/SCHEMA.md describes it; a test keeps the two
in step.

Every table exists in every content.db, empty or not: a content source with no alerts, no warnings or no
guides gives empty tables, never missing ones. Text columns hold UTF-8; list columns hold JSON arrays as
text; dates are ``YYYY-MM-DD`` text; flags are 0/1. ``PRAGMA user_version`` holds `VERSION`, so an apply can
tell a database it can update in place from one it must rebuild.
"""

from __future__ import annotations

import sqlite3
from types import MappingProxyType

VERSION = 7  # 1: no declared schema (tables inferred from the first rows); 2: declared; 3: guides' emergency
# numbers and pre-boarding checklist; 4: centres and offices, the platform's services; 5: registry reason
# codes; 6: verified vacancies; 7: vacancies by part (a destination's job orders in parts)

# Bookkeeping: the bundle the rows came from, and which target (by sha256) each group of rows came from, so
# that the next bundle touches only the targets that changed.
_BOOKKEEPING = {
    "meta": "key TEXT PRIMARY KEY, value TEXT NOT NULL",
    "targets": "name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, length INTEGER NOT NULL",
}
# Content, one row per item and language for the multilingual kinds.
_CONTENT = {
    "topics": """id TEXT NOT NULL, lang TEXT NOT NULL, position INTEGER NOT NULL, icon TEXT NOT NULL,
        title TEXT NOT NULL, summary TEXT NOT NULL,
        PRIMARY KEY (id, lang)""",
    "articles": """id TEXT NOT NULL, lang TEXT NOT NULL, topic TEXT NOT NULL, position INTEGER NOT NULL,
        title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, fallback TEXT,
        countries TEXT NOT NULL, source TEXT NOT NULL, reviewed_on TEXT NOT NULL, qr TEXT NOT NULL,
        sample INTEGER NOT NULL,
        PRIMARY KEY (id, lang)""",
    "alerts": """id TEXT NOT NULL, lang TEXT NOT NULL, severity TEXT NOT NULL, published_on TEXT NOT NULL,
        expires_on TEXT, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL,
        red_flags TEXT NOT NULL, actions TEXT NOT NULL, fallback TEXT, qr TEXT NOT NULL,
        sample INTEGER NOT NULL,
        PRIMARY KEY (id, lang)""",
    "guides": """country TEXT NOT NULL, lang TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
        summary TEXT NOT NULL, route TEXT NOT NULL, documents TEXT NOT NULL, scams TEXT NOT NULL,
        contacts TEXT NOT NULL, emergency TEXT NOT NULL, checklist TEXT NOT NULL,
        fallback TEXT, qr TEXT NOT NULL, source TEXT NOT NULL,
        reviewed_on TEXT NOT NULL, sample INTEGER NOT NULL,
        PRIMARY KEY (country, lang)""",
    "contacts": """id TEXT NOT NULL, lang TEXT NOT NULL, category TEXT NOT NULL, position INTEGER NOT NULL,
        name TEXT NOT NULL, description TEXT NOT NULL, phone TEXT, url TEXT, countries TEXT NOT NULL,
        fallback TEXT, sample INTEGER NOT NULL,
        PRIMARY KEY (id, lang)""",
    "agencies": """licence_no TEXT PRIMARY KEY, name TEXT NOT NULL, other_names TEXT NOT NULL,
        tin TEXT NOT NULL, status TEXT NOT NULL, issued_on TEXT NOT NULL, expires_on TEXT NOT NULL,
        status_changed_on TEXT, status_reason TEXT NOT NULL, region TEXT NOT NULL, address TEXT NOT NULL,
        phone TEXT NOT NULL, countries TEXT NOT NULL, shard TEXT NOT NULL,
        status_reason_code TEXT NOT NULL DEFAULT ''""",
    "warnings": """id TEXT PRIMARY KEY, names TEXT NOT NULL, phones TEXT NOT NULL, telegram TEXT NOT NULL,
        websites TEXT NOT NULL, reason TEXT NOT NULL, listed_on TEXT NOT NULL,
        reason_code TEXT NOT NULL DEFAULT ''""",
    # The red-flag checker (checker.json, one document, id 'checker') in each UI language, and the editors'
    # question/answer pairs (qa.json): the answer in each UI language, every phrasing of the question.
    "checker": "id TEXT NOT NULL, lang TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (id, lang)",
    "qa": """id TEXT NOT NULL, lang TEXT NOT NULL, answer TEXT NOT NULL, see TEXT, fallback TEXT,
        questions TEXT NOT NULL,
        PRIMARY KEY (id, lang)""",
    "offices": """id TEXT NOT NULL, lang TEXT NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL,
        region TEXT, country TEXT NOT NULL, phone TEXT, geo TEXT, open_from TEXT, open_until TEXT,
        name TEXT NOT NULL, address TEXT NOT NULL, hours TEXT NOT NULL, does TEXT NOT NULL, fallback TEXT,
        sample INTEGER NOT NULL,
        PRIMARY KEY (id, lang)""",
    "services": """id TEXT NOT NULL, lang TEXT NOT NULL, position INTEGER NOT NULL, answered_by TEXT NOT NULL,
        kiosk_screen TEXT, qr TEXT NOT NULL, name TEXT NOT NULL, what TEXT NOT NULL, who TEXT NOT NULL,
        bring TEXT NOT NULL, fallback TEXT, sample INTEGER NOT NULL,
        PRIMARY KEY (id, lang)""",
    # Job orders, one row each (no texts to translate); shown only through content.vacancies'
    # vacancy_visible, joined with agencies at query time.
    "vacancies": """id TEXT PRIMARY KEY, part TEXT NOT NULL, country TEXT NOT NULL, occupation TEXT NOT NULL,
        employer TEXT NOT NULL, licence_no TEXT NOT NULL, wage_min INTEGER NOT NULL,
        wage_max INTEGER NOT NULL, currency TEXT NOT NULL, hours_per_week INTEGER NOT NULL,
        language TEXT NOT NULL, language_level TEXT, contract_no TEXT NOT NULL, places INTEGER NOT NULL,
        closes_on TEXT NOT NULL, apply_url TEXT NOT NULL""",
}
# The registry search index (content/search/index.py fills it; content/search/engine.py reads it).
_SEARCH = {
    "search_docs": """doc INTEGER PRIMARY KEY, kind INTEGER NOT NULL, ref TEXT NOT NULL, name TEXT NOT NULL,
        status TEXT NOT NULL""",
    "search_entries": """id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, field INTEGER NOT NULL,
        key TEXT NOT NULL""",
    "search_trigrams": "trigram TEXT PRIMARY KEY, docs INTEGER NOT NULL",
}
TABLES: MappingProxyType[str, str] = MappingProxyType({**_BOOKKEEPING, **_CONTENT, **_SEARCH})

# The partial B-tree the search engine's prefix path reads: names and other names, Telegram handles and
# websites (the field codes below content.search.index.LICENCE_NO). Kept apart so that a full index build
# can create it after the bulk insert, which is several times faster than maintaining it row by row.
SEARCH_KEY_INDEX = "CREATE INDEX search_entries_key ON search_entries(key) WHERE field < 4"
INDEXES = (
    "CREATE INDEX articles_topic ON articles(topic, lang, position)",
    "CREATE INDEX agencies_status ON agencies(status)",
    "CREATE INDEX agencies_shard ON agencies(shard)",
    "CREATE INDEX vacancies_country ON vacancies(country)",
    "CREATE INDEX vacancies_part ON vacancies(part)",
    SEARCH_KEY_INDEX,
)
# FTS5 trigram index over search_entries.key (external content: the keys are stored once). detail=none and
# columnsize=0 keep only which rows hold a trigram: what the engine asks, at 40% of the size.
SEARCH_FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(key, content='search_entries', content_rowid='id',"
              " tokenize='trigram', detail=none, columnsize=0)")


def statements() -> list[str]:
    """Every CREATE statement of the schema, in order."""
    tables = [f"CREATE TABLE {name} ({columns})" + (" WITHOUT ROWID" if name == "search_trigrams" else "")
              for name, columns in TABLES.items()]
    return [*tables, SEARCH_FTS, *INDEXES]


def create(conn: sqlite3.Connection) -> None:
    """Create every table and index in an empty database, and stamp it with `VERSION`.

    Runs in the caller's transaction (no commit); `user_version` is set by the same transaction.
    """
    for statement in statements():
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {VERSION}")


def version(conn: sqlite3.Connection) -> int:
    """The schema version a database was built with (0 for one built before the schema was declared)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def has_every_table(conn: sqlite3.Connection) -> bool:
    """Whether every declared table is there (a schema change that forgot to raise `VERSION` is caught)."""
    names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return set(TABLES) | {"search_fts"} <= names


def columns(table: str) -> list[str]:
    """The column names of `table`, in order, as declared."""
    conn = sqlite3.connect(":memory:")
    try:
        create(conn)
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()
