"""Read side of `content.db`: the only API screens use to get content.

Screens never see SQL. Most queries are small and indexed (primary keys) and run on the UI thread; the
big ones (every vacancy) and those behind a licence verdict or the licence search (the registry row, the
freshness it needs, the hotline shown beside them) run on the kiosk's worker (kiosk.services.worker), where
a query reads through a connection of its own (`_reader`). The store opens the database read-only and
reopens it when told that an apply changed it; every query reads one complete version, old or new.

The content rules some queries apply (the red-flag checker, vacancy visibility and list order, country
names, the registry's records) are imported by those queries: the store is built before the attract
screen's first paint, which needs none of them (tests/ui/test_start_up.py).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from content.checker import Checker
    from content.model import Agency
    from content.model import Warning as WarningEntry

CONTENT_DB = "content.db"


def content_version(data_dir: Path) -> str | None:
    """The bundle version in `content.db`, or None when there is none or it cannot be read."""
    path = data_dir / CONTENT_DB
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'bundle_version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


@dataclass(frozen=True)
class Topic:
    id: str
    icon: str
    title: str
    summary: str


@dataclass(frozen=True)
class Article:
    id: str
    topic: str
    title: str
    summary: str
    body: str
    fallback: str | None
    source: str
    reviewed_on: str
    qr: str
    sample: bool


@dataclass(frozen=True)
class Alert:
    id: str
    severity: str
    published_on: str
    expires_on: str | None
    title: str
    summary: str
    body: str
    red_flags: tuple[str, ...]
    actions: tuple[str, ...]
    fallback: str | None
    qr: str
    sample: bool


@dataclass(frozen=True)
class Guide:
    country: str
    name: str
    summary: str
    route: str
    documents: str
    scams: str
    contacts: str
    emergency: str
    checklist: str
    fallback: str | None
    qr: str
    source: str
    reviewed_on: str
    sample: bool


@dataclass(frozen=True)
class Contact:
    id: str
    category: str
    name: str
    description: str
    phone: str | None
    url: str | None
    fallback: str | None
    sample: bool


@dataclass(frozen=True)
class Office:
    id: str
    kind: str
    region: str | None
    country: str
    phone: str | None
    geo: str | None
    open_from: str | None
    open_until: str | None
    name: str
    address: str
    hours: str
    does: str
    sample: bool
    fallback: str | None = None  # the language these texts are in when not the one asked for


@dataclass(frozen=True)
class PlatformService:
    id: str
    answered_by: str  # "kiosk" or "platform"
    kiosk_screen: str | None
    qr: str
    name: str
    what: str
    who: str
    bring: str
    sample: bool
    fallback: str | None = None  # the language these texts are in when not the one asked for


class Vacancy(NamedTuple):
    """A job order the kiosk may show: `ContentStore.vacancies` returns only visible ones.

    A named tuple (fields in content.contentdb.vacancies.FIELDS order), not a frozen dataclass: 10,000 of
    them are made from the query's tuples in a few milliseconds instead of 65.
    """

    id: str
    country: str
    occupation: str
    employer: str
    licence_no: str
    agency_name: str
    wage_min: int
    wage_max: int
    currency: str
    hours_per_week: int
    language: str
    language_level: str | None
    contract_no: str
    places: int
    closes_on: str
    apply_url: str


@dataclass(frozen=True)
class ContentInfo:
    version: str
    sample: bool
    registry_as_of: str | None
    applied_at: str | None


_SEVERITY_ORDER = "CASE severity WHEN 'urgent' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"


class ContentStore:
    """Typed, language-aware queries over the current `content.db`."""

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / CONTENT_DB
        self._conn: sqlite3.Connection | None = None
        self._owner = threading.get_ident()  # the UI thread: the one that made the store
        self.generation = 0  # bumped on every reload, so screens know their rendering is out of date
        self._info: tuple[int, ContentInfo] | None = None  # (generation, info) as `info()` last read it

    @property
    def path(self) -> Path:
        return self._path

    def connection(self) -> sqlite3.Connection:
        """A read-only connection to the current content (opened on first use).

        Each query sees one committed version, old or new, never part of an apply in progress. It holds no
        read transaction between queries: a pinned snapshot would keep the apply's writes in the WAL until
        the UI thread itself moved them into the file when it closed the connection (300 ms at 100,000
        agencies). After an in-place apply the next query already sees the new rows; after a rebuild swapped
        in a new file, this connection reads the old file until `reload()`.
        """
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def new_connection(self) -> sqlite3.Connection:
        """A read-only connection of its own to the current content, for a reader that keeps one open off
        the UI thread (the registry search on the worker); its owner closes it."""
        return self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False,
                               isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    @contextmanager
    def _reader(self) -> Iterator[sqlite3.Connection]:
        """The shared connection on the UI thread; on any other thread (the worker) a connection of its
        own, closed when done: a worker's query then never shares a connection with the UI thread, nor
        reads one that `reload()` closes under it."""
        if threading.get_ident() == self._owner:
            yield self.connection()
            return
        conn = self._open()
        try:
            yield conn
        finally:
            conn.close()

    def reload(self) -> None:
        """Drop the connection so the next query reads the newly applied content (or the swapped-in file)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.generation += 1

    def _rows(self, sql: str, *args: object) -> list[sqlite3.Row]:
        with self._reader() as conn:
            return conn.execute(sql, args).fetchall()

    def info(self) -> ContentInfo:
        """The content's version, whether it is the bundled sample, the registry's date and when it was
        applied. Kept for `known_sample()` until the next `reload()`."""
        generation = self.generation  # taken first: content swapped in meanwhile makes this answer old
        meta = {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}
        info = ContentInfo(
            version=meta.get("bundle_version", "?"),
            sample=meta.get("sample") == "1",
            registry_as_of=meta.get("registry_as_of") or None,
            applied_at=meta.get("applied_at") or None,
        )
        self._info = (generation, info)
        return info

    def known_sample(self) -> bool | None:
        """Whether the content is the bundled sample, as `info()` last read it (on any thread) since the
        content was last reloaded; None if it has not been read since. Reads nothing: the UI thread asks
        this for the SAMPLE strip, which a worker's read then confirms."""
        known = self._info
        return known[1].sample if known is not None and known[0] == self.generation else None

    def topics(self, lang: str) -> list[Topic]:
        rows = self._rows("SELECT * FROM topics WHERE lang = ? ORDER BY position, id", lang)
        return [Topic(r["id"], r["icon"], r["title"], r["summary"]) for r in rows]

    def topic(self, topic_id: str, lang: str) -> Topic | None:
        return next((t for t in self.topics(lang) if t.id == topic_id), None)

    def articles(self, topic: str, lang: str) -> list[Article]:
        rows = self._rows(
            "SELECT * FROM articles WHERE topic = ? AND lang = ? ORDER BY position, id", topic, lang
        )
        return [_article(r) for r in rows]

    def article(self, article_id: str, lang: str) -> Article | None:
        rows = self._rows("SELECT * FROM articles WHERE id = ? AND lang = ?", article_id, lang)
        return _article(rows[0]) if rows else None

    def alerts(self, lang: str, today: date | None = None) -> list[Alert]:
        """Alerts in force today, urgent first, newest first within a severity."""
        day = (today or date.today()).isoformat()
        rows = self._rows(
            "SELECT * FROM alerts WHERE lang = ? AND published_on <= ?"
            f" AND (expires_on IS NULL OR expires_on > ?) ORDER BY {_SEVERITY_ORDER}, published_on DESC, id",
            lang,
            day,
            day,
        )
        return [_alert(r) for r in rows]

    def alert(self, alert_id: str, lang: str) -> Alert | None:
        rows = self._rows("SELECT * FROM alerts WHERE id = ? AND lang = ?", alert_id, lang)
        return _alert(rows[0]) if rows else None

    def guides(self, lang: str) -> list[Guide]:
        rows = self._rows("SELECT * FROM guides WHERE lang = ? ORDER BY position, country", lang)
        return [_guide(r) for r in rows]

    def guide(self, country: str, lang: str) -> Guide | None:
        rows = self._rows("SELECT * FROM guides WHERE country = ? AND lang = ?", country, lang)
        return _guide(rows[0]) if rows else None

    def offices(self, lang: str, today: date, *, region: str | None = None,
                country: str | None = None) -> list[Office]:
        """Offices in `region` (at home) or `country` (abroad), or all; a mobile visa centre's visit that
        has ended is left out."""
        sql = "SELECT * FROM offices WHERE lang = ? AND (open_until IS NULL OR open_until >= ?)"
        args: list[object] = [lang, today.isoformat()]
        if region is not None:
            sql += " AND region = ?"
            args.append(region)
        if country is not None:
            sql += " AND country = ?"
            args.append(country)
        rows = self._rows(sql + " ORDER BY position, id", *args)
        return [Office(r["id"], r["kind"], r["region"], r["country"], r["phone"], r["geo"], r["open_from"],
                       r["open_until"], r["name"], r["address"], r["hours"], r["does"], bool(r["sample"]),
                       r["fallback"])
                for r in rows]

    def vacancies(self, today: date, *, stale: bool, country: str | None = None, lang: str = "en",
                  occupation_name: Callable[[str], str] = str) -> list[Vacancy]:
        """The vacancies a traveller may see today (content.contentdb.vacancies: each decided by
        content.vacancies.vacancy_visible against its agency's row, read in the same query), in the list's
        order (content.vacancies.in_list_order): by the destination's name in `lang`, then by
        `occupation_name` (the screen's translated names). 10,000 take ~0.1 s: call it off the UI thread."""
        from content.contentdb.vacancies import visible_rows
        from content.locale_text import country_name
        from content.vacancies import in_list_order

        with self._reader() as conn:
            rows = visible_rows(conn, today, stale=stale, country=country)
        return in_list_order(map(Vacancy._make, rows), lambda code: country_name(code, lang), occupation_name,
                             lang)

    def vacancy(self, vacancy_id: str, today: date, *, stale: bool) -> Vacancy | None:
        """One visible vacancy, or None (closed since the list was shown, or its agency no longer
        licensed)."""
        from content.contentdb.vacancies import visible_rows

        with self._reader() as conn:
            found = visible_rows(conn, today, stale=stale, vacancy_id=vacancy_id)
        return Vacancy._make(found[0]) if found else None

    def services(self, lang: str) -> list[PlatformService]:
        rows = self._rows("SELECT * FROM services WHERE lang = ? ORDER BY position, id", lang)
        return [PlatformService(r["id"], r["answered_by"], r["kiosk_screen"], r["qr"], r["name"], r["what"],
                                r["who"], r["bring"], bool(r["sample"]), r["fallback"]) for r in rows]

    def contacts(self, lang: str) -> list[Contact]:
        rows = self._rows("SELECT * FROM contacts WHERE lang = ? ORDER BY position, id", lang)
        return [
            Contact(
                r["id"],
                r["category"],
                r["name"],
                r["description"],
                r["phone"] or None,
                r["url"] or None,
                r["fallback"],
                bool(r["sample"]),
            )
            for r in rows
        ]


    def suggested_questions(self, lang: str) -> list[tuple[str, str]]:
        """(pair id, question): the first phrasing of each editor's question/answer pair in `lang` (in the
        language the pair falls back to where it has none), what "Ask a question" offers to tap."""
        try:
            rows = self._rows("SELECT id, questions, fallback FROM qa WHERE lang = ? ORDER BY rowid", lang)
        except sqlite3.OperationalError:
            return []  # content that predates question/answer pairs
        found = []
        for r in rows:
            phrasings = json.loads(r["questions"])
            first = (phrasings.get(lang) or phrasings.get(r["fallback"] or "") or [""])[0]
            if first:
                found.append((r["id"], first))
        return found

    def checker(self, lang: str) -> Checker | None:
        """The red-flag checker in `lang`; None when the content has none (or predates it)."""
        from content.checker import checker_in

        try:
            rows = self._rows("SELECT doc FROM checker WHERE lang = ?", lang)
        except sqlite3.OperationalError:
            return None
        return checker_in(json.loads(rows[0]["doc"]), lang) if rows else None

    def hotline(self, lang: str) -> Contact | None:
        """The agency's hotline: the first agency contact with a phone number (what "call" advice shows)."""
        return next((c for c in self.contacts(lang) if c.category == "agency" and c.phone), None)


def _article(r: sqlite3.Row) -> Article:
    return Article(
        r["id"],
        r["topic"],
        r["title"],
        r["summary"],
        r["body"],
        r["fallback"],
        r["source"],
        r["reviewed_on"],
        r["qr"],
        bool(r["sample"]),
    )


def _alert(r: sqlite3.Row) -> Alert:
    return Alert(
        r["id"],
        r["severity"],
        r["published_on"],
        r["expires_on"],
        r["title"],
        r["summary"],
        r["body"] or "",
        tuple(json.loads(r["red_flags"])),
        tuple(json.loads(r["actions"])),
        r["fallback"],
        r["qr"],
        bool(r["sample"]),
    )


def _guide(r: sqlite3.Row) -> Guide:
    return Guide(
        r["country"],
        r["name"],
        r["summary"],
        r["route"],
        r["documents"],
        r["scams"],
        r["contacts"],
        r["emergency"],
        r["checklist"],
        r["fallback"],
        r["qr"],
        r["source"],
        r["reviewed_on"],
        bool(r["sample"]),
    )


class RegistryStore:
    """Registry lookups by key, over the same read-only connection as the content store."""

    def __init__(self, content: ContentStore) -> None:
        self._content = content

    def agency(self, licence_no: str) -> Agency | None:
        from content.model import Agency

        # Through `_reader`: the verdict and job-order screens decide their verdicts on the worker, which
        # must not share the UI thread's connection (nor read one that `reload()` closes under it).
        with self._content._reader() as conn:
            row = conn.execute("SELECT * FROM agencies WHERE licence_no = ?", (licence_no,)).fetchone()
        if row is None:
            return None
        return Agency(
            row["licence_no"],
            row["name"],
            tuple(json.loads(row["other_names"] or "[]")),
            row["tin"],
            row["status"],
            row["issued_on"],
            row["expires_on"],
            row["status_changed_on"] or "",
            row["status_reason"] or "",
            row["region"],
            row["address"],
            row["phone"],
            tuple(json.loads(row["countries"] or "[]")),
            status_reason_code=row["status_reason_code"] or "",
        )

    def example_per_status(self) -> dict[str, str]:
        """One licence number per registry status (for screenshots and the self-test)."""
        rows = self._content.connection().execute(
            "SELECT status, MIN(licence_no) FROM agencies GROUP BY status ORDER BY status"
        ).fetchall()
        return {status: licence for status, licence in rows}

    def first_warning(self) -> str | None:
        row = self._content.connection().execute("SELECT MIN(id) FROM warnings").fetchone()
        return row[0] if row else None

    def warning(self, warning_id: str) -> WarningEntry | None:
        from content.model import Warning as WarningEntry

        with self._content._reader() as conn:  # the verdict screen reads it on the worker, as `agency`
            row = conn.execute("SELECT * FROM warnings WHERE id = ?", (warning_id,)).fetchone()
        if row is None:
            return None
        names, phones, telegram, websites = (
            tuple(json.loads(row[k] or "[]")) for k in ("names", "phones", "telegram", "websites")
        )
        return WarningEntry(
            row["id"], names, phones, telegram, websites, row["reason"], row["listed_on"],
            reason_code=row["reason_code"] or "",
        )
