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
_ORDER = " ORDER BY v.country, v.occupation, v.closes_on, v.id"
# What a caller gets for each vacancy (the agency's status and end date only decide visibility).
FIELDS = ("id", "country", "occupation", "employer", "licence_no", "agency_name", "wage_min", "wage_max",
          "currency", "hours_per_week", "language", "language_level", "contract_no", "places", "closes_on",
          "apply_url")


def visible_vacancies(conn: sqlite3.Connection, today: date, *, stale: bool, country: str | None = None,
                      vacancy_id: str | None = None) -> list[dict[str, Any]]:
    """The vacancies shown `today` (optionally of one destination, or the one `vacancy_id`), in list order
    (destination, occupation, closing date), as dicts of `FIELDS`. `stale`: the registry is too old to
    confirm a licence (`content.verdict.is_stale`), and then none is shown."""
    where, args = [], []
    if country is not None:
        where.append("v.country = ?")
        args.append(country)
    if vacancy_id is not None:
        where.append("v.id = ?")
        args.append(vacancy_id)
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "") + _ORDER
    out = []
    for row in conn.execute(sql, args):
        values = dict(zip(FIELDS, row[:len(FIELDS)], strict=True))
        status, expires = row[len(FIELDS)], row[len(FIELDS) + 1]
        if vacancy_visible(values["closes_on"], status, expires, today, stale=stale):
            out.append(values)
    return out
