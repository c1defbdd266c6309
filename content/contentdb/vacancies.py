"""The verified vacancies a traveller may see, read from a content.db: the kiosk's own, or the copy the phone
edition builds on the server from the same bundle with the same fill (`server/phone/registry.py`).

Every job order is read with its agency's row in one query, and `content.vacancies.vacancy_visible` decides
each: so the apply that revokes an agency hides its vacancies, a closing date hides one at midnight with no
apply, and a phone never lists a job order a kiosk hides.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from content.vacancies import vacancy_visible

_SQL = ("SELECT v.id, v.country, v.occupation, v.employer, v.licence_no, a.name AS agency_name, v.wage_min,"
        " v.wage_max, v.currency, v.hours_per_week, v.language, v.language_level, v.contract_no, v.places,"
        " v.closes_on, v.apply_url, a.status AS agency_status, a.expires_on AS agency_expires"
        " FROM vacancies v LEFT JOIN agencies a ON a.licence_no = v.licence_no")
# What a caller gets for each vacancy (the agency's status and end date only decide visibility).
FIELDS = ("id", "country", "occupation", "employer", "licence_no", "agency_name", "wage_min", "wage_max",
          "currency", "hours_per_week", "language", "language_level", "contract_no", "places", "closes_on",
          "apply_url")
_CLOSES = FIELDS.index("closes_on")


def visible_rows(conn: sqlite3.Connection, today: date, *, stale: bool, country: str | None = None,
                 vacancy_id: str | None = None) -> list[tuple[Any, ...]]:
    """The vacancies shown `today` (optionally of one destination, or the one `vacancy_id`) as tuples of
    `FIELDS`, in no particular order (the caller orders them by names in the traveller's language:
    `content.vacancies.list_order`). `stale`: the registry is too old to confirm a licence
    (`content.verdict.is_stale`), and then none is shown.

    Plain tuples, no sort in SQL: at 10,000 job orders a row object and a dict per row, and a sort by
    code that the list then sorts again by name, were most of the 0.27 s this took.
    """
    where, args = [], []
    if country is not None:
        where.append("v.country = ?")
        args.append(country)
    if vacancy_id is not None:
        where.append("v.id = ?")
        args.append(vacancy_id)
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "")
    cursor = conn.cursor()
    cursor.row_factory = None  # tuples, whatever the connection's own factory
    n = len(FIELDS)
    return [row[:n] for row in cursor.execute(sql, args)
            if vacancy_visible(row[_CLOSES], row[n], row[n + 1], today, stale=stale)]


def visible_vacancies(conn: sqlite3.Connection, today: date, *, stale: bool, country: str | None = None,
                      vacancy_id: str | None = None) -> list[dict[str, Any]]:
    """`visible_rows` as dicts of `FIELDS`, by destination code, occupation, closing date and id."""
    rows = visible_rows(conn, today, stale=stale, country=country, vacancy_id=vacancy_id)
    rows.sort(key=lambda r: (r[1], r[2], r[_CLOSES], r[0]))
    return [dict(zip(FIELDS, row, strict=True)) for row in rows]
