"""The registry as the phone edition asks it: one agency by licence number, and the kiosk's search.

Search runs the kiosk's own engine (`content.search`: the same normaliser, trigram index and ranking) over
a content.db built on the server from the verified bundle by `content.contentdb` (the kiosk's schema and
fill), so a phone and a kiosk given the same text list the same agencies in the same order. An agency is
read from that database by its licence number (a primary-key look-up, some microseconds), so the server
keeps no second copy of 100,000 agencies in memory; warning-list entries (few) are held in memory.

Searches, agencies and the licences of results rows a page has needed are kept for the snapshot's life,
bounded (`_Recent`): a search by the engine's own reading of the text
(`content.search.engine.query_variants`: "Polsha", "polsha " and "POLSHA" are one search), so the same
search from another phone, or typed another way, costs no engine call. A new search is run by the caller
wherever it likes — the server runs it in a process of its own (server/phone/searcher.py,
server/registry_reader.py) and hands the answer back with `remember`.

A new publish updates a copy of the previous database the way a kiosk updates its own
(`content.contentdb.fill.update`): only the registry shards whose bytes changed are read and re-indexed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from content.bundle_read import LoadedBundle
from content.contentdb import fill, schema
from content.contentdb.vacancies import visible_vacancies
from content.model import Agency
from content.model import Warning as WarningEntry
from content.search.engine import MAX_QUERY_CHARS, Match, RegistrySearch, query_variants
from server.registry_reader import AGENCY_BY_LICENCE, LICENCE_BY_NUMBER, LicenceRow, agency_from_row

_VACANCY_STATE = ("SELECT v.country, v.occupation, v.employer, v.closes_on, v.licence_no, a.status, "
                  "a.expires_on FROM vacancies v LEFT JOIN agencies a ON a.licence_no = v.licence_no "
                  "WHERE v.id = ?")


@dataclass(frozen=True)
class VacancyState:
    """A published vacancy's closing date and its agency's licence (status None: not in the registry)."""

    country: str
    occupation: str
    employer: str
    closes_on: str
    licence_no: str
    agency_status: str | None
    agency_expires_on: str | None


@dataclass
class Registry:
    path: Path
    warnings: Mapping[str, WarningEntry]
    _search: RegistrySearch
    _search_lock: threading.Lock
    _lookup: sqlite3.Connection
    _lookup_lock: threading.Lock  # apart from the search's: a look-up never waits for a slow search
    _visible: dict[tuple[date, bool], list[dict[str, Any]]] = field(default_factory=dict)
    _found: _Recent = field(default_factory=lambda: _Recent(SEARCHES_KEPT))
    _rows: _Recent = field(default_factory=lambda: _Recent(AGENCIES_KEPT))
    _licences: _Recent = field(default_factory=lambda: _Recent(LICENCES_KEPT))

    @classmethod
    def build(cls, path: Path, bundle: LoadedBundle) -> Registry:
        """Build a content.db (tables and search index) at `path` from `bundle`, then open it read-only.
        Written under another name and renamed when complete: a file at `path` is always whole, so a
        server starting again may take it up (`kept`)."""
        part = _part(path)
        part.unlink(missing_ok=True)
        conn = _writer(part)
        try:
            fill.build(conn, bundle, applied_at=_now())
            conn.commit()
        finally:
            conn.close()
        os.replace(part, path)
        return cls.open(path)

    @classmethod
    def update(cls, path: Path, previous: Path, bundle: LoadedBundle, changed: Iterable[str],
               removed: Iterable[str]) -> Registry:
        """A copy of the `previous` database at `path`, brought to `bundle` (which needs to hold only the
        `changed` targets' items), then opened read-only."""
        part = _part(path)
        part.unlink(missing_ok=True)
        shutil.copyfile(previous, part)
        conn = _writer(part)
        try:
            fill.update(conn, bundle, changed, removed, _now())
            conn.commit()
        finally:
            conn.close()
        os.replace(part, path)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> Registry:
        lookup = _reader(path)
        lookup.row_factory = sqlite3.Row
        warnings = {row["id"]: _warning(row) for row in lookup.execute("SELECT * FROM warnings")}
        return cls(path, warnings, RegistrySearch(_reader(path)), threading.Lock(), lookup, threading.Lock())

    def agency(self, licence_no: str) -> Agency | None:
        found = self._rows.get(licence_no)
        if found is None:
            with self._lookup_lock:
                row = self._lookup.execute(AGENCY_BY_LICENCE, (licence_no,)).fetchone()
            found = _NO_AGENCY if row is None else agency_from_row(row)
            self._rows.put(licence_no, found)
        return None if found is _NO_AGENCY else found

    def licence(self, licence_no: str) -> tuple[str, str | None] | None:
        """An agency's licence status and end date (what its verdict reads: `content.verdict.licence_kind`),
        or None when the registry has no such licence number. A results row needs nothing more; a search
        made elsewhere brings them for the agencies it lists (`remember`), others are read once here."""
        found = self._licences.get(licence_no)
        if found is None:
            with self._lookup_lock:
                row = self._lookup.execute(LICENCE_BY_NUMBER, (licence_no,)).fetchone()
            found = _NO_AGENCY if row is None else tuple(row[1:])
            self._licences.put(licence_no, found)
        return None if found is _NO_AGENCY else found

    def licence_numbers(self, limit: int) -> list[str]:
        """Up to `limit` licence numbers, in the registry's order (the page cache is warmed with them)."""
        with self._lookup_lock:
            return [row[0] for row in self._lookup.execute(
                "SELECT licence_no FROM agencies ORDER BY rowid LIMIT ?", (limit,))]

    def vacancies(self, today: date, *, stale: bool) -> list[dict[str, Any]]:
        """Every vacancy shown `today` (`content.contentdb.vacancies.visible_vacancies`, the kiosk's one
        query), read once per day and kept: a list of 10,000 is read in tens of milliseconds, and every
        list page of a day is a slice of it."""
        key = (today, stale)
        with self._lookup_lock:
            found = self._visible.get(key)
            if found is None:
                found = visible_vacancies(self._lookup, today, stale=stale)
                self._visible.clear()  # yesterday's list is of no more use
                self._visible[key] = found
        return found

    def vacancy(self, vacancy_id: str, today: date, *, stale: bool) -> dict[str, Any] | None:
        """One vacancy if it is shown `today` (the same query and rule as the list)."""
        with self._lookup_lock:
            found = visible_vacancies(self._lookup, today, stale=stale, vacancy_id=vacancy_id)
        return found[0] if found else None

    def vacancy_state(self, vacancy_id: str) -> VacancyState | None:
        """A vacancy's closing date and its agency's licence as the registry has them now, shown or not:
        what a page needs to say why a vacancy is no longer shown. None for an id never published."""
        with self._lookup_lock:
            row = self._lookup.execute(_VACANCY_STATE, (vacancy_id,)).fetchone()
        return None if row is None else VacancyState(*row)

    def search(self, query: str, limit: int = 20) -> list[Match]:
        """The kiosk's ranked search; one connection, so one query at a time (each takes a few ms). A search
        made before (by its engine key) is answered from memory."""
        found = self.found(query, limit)
        if found is None:
            with self._search_lock:
                found = self._search.search(query, limit)
            self._found.put(search_key(query, limit), tuple(found))
        return list(found)

    def found(self, query: str, limit: int = 20) -> list[Match] | None:
        """The answer of an earlier search with the same engine key, or None."""
        found = self._found.get(search_key(query, limit))
        return None if found is None else list(found)

    def remember(self, query: str, limit: int, matches: list[Match], licences: Iterable[LicenceRow]) -> None:
        """Keep a search's answer made elsewhere (server/registry_reader.py `search_in_worker`), with the
        licence rows of the agencies it lists (`licence` then answers for them)."""
        self._licences.put_all((row[0], row[1:]) for row in licences)
        self._found.put(search_key(query, limit), tuple(matches))


SEARCHES_KEPT = 4096  # answers of up to 20 matches: some 15 MB at most
AGENCIES_KEPT = 4096  # of the agency pages and job orders the server makes itself: some 6 MB at most
LICENCES_KEPT = 32_768  # the licences of the results shown, 20 a search: some 10 MB at most
_NO_AGENCY = object()  # remembered: no such licence number


def search_key(query: str, limit: int) -> Hashable:
    """What the engine searches for, given `query` (`RegistrySearch.search` reads only these): texts that
    differ in case, spacing or script variants the normaliser folds share one key."""
    if not isinstance(query, str):
        return ("", (), limit)
    return _search_key(query[:MAX_QUERY_CHARS], limit)


@lru_cache(maxsize=SEARCHES_KEPT)
def _search_key(query: str, limit: int) -> Hashable:
    """`search_key`, remembered: a new search asks for it some seven times on its way (is it known, which
    search is running, keep the answer, render the page), each a run of the normaliser."""
    main, variants = query_variants(query)
    return (main, tuple(variants), limit)


class _Recent:
    """A bounded least-recently-used map; thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Any:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: Any) -> None:
        self.put_all(((key, value),))

    def put_all(self, items: Iterable[tuple[Hashable, Any]]) -> None:
        """`put` each (key, value) of `items`, under one hold of the lock."""
        with self._lock:
            kept = self._items
            for key, value in items:
                kept[key] = value
                kept.move_to_end(key)
            while len(kept) > self.size:
                kept.popitem(last=False)


def kept(folder: Path) -> Path | None:
    """The newest whole registry database a previous run of this code left in `folder`, if any: a server
    starting again brings it up to date from what changed (`changed_targets`, `Registry.update`) instead
    of building 100,000 agencies and their search index from nothing. A file of another code version (its
    name holds `CODE`) or another schema is not taken up."""
    found = sorted(folder.glob(f"registry-*-{CODE}.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in found:
        try:
            conn = _reader(path)
            try:
                if schema.version(conn) == schema.VERSION and schema.has_every_table(conn):
                    return path
            finally:
                conn.close()
        except sqlite3.Error:
            continue
    return None


def file_name(version: str) -> str:
    """The registry database of bundle `version` built by this code."""
    return f"registry-{version}-{CODE}.db"


def changed_targets(path: Path, manifest: dict[str, Any]) -> tuple[set[str], set[str]]:
    """`fill.changed_targets` of the database at `path` against a new manifest."""
    conn = _reader(path)
    try:
        return fill.changed_targets(conn, manifest)
    finally:
        conn.close()


def _code() -> str:
    """A mark of the code that fills and indexes the database (content.contentdb, content.search): a kept
    database filled by other code (another normaliser, say) is built again rather than trusted."""
    digest = hashlib.sha256()
    root = Path(fill.__file__).resolve().parents[1]
    for path in sorted([*(root / "contentdb").glob("*.py"), *(root / "search").glob("*.py")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


CODE = _code()


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")  # a half-built file is never opened: it is rebuilt instead
    conn.execute("PRAGMA synchronous=OFF")
    return conn


def _reader(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _warning(row: sqlite3.Row) -> WarningEntry:
    return WarningEntry(id=row["id"], names=tuple(json.loads(row["names"])),
                        phones=tuple(json.loads(row["phones"])), telegram=tuple(json.loads(row["telegram"])),
                        websites=tuple(json.loads(row["websites"])), reason=row["reason"],
                        listed_on=row["listed_on"], reason_code=row["reason_code"] or "")
