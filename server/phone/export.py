"""`kiosk-server export-phone DIR`: the phone edition's content pages as static files, for any static host.

Writes exactly the bytes the server sends (the same `Site`), laid out so that each contract path maps to a
file: `/m/{lang}/` → `{lang}/index.html`, `/m/{lang}/article/{id}` → `{lang}/article/{id}.html`, and so on.
Serve DIR at `/m/` with extension-less URLs (nginx: `try_files $uri $uri.html $uri/index.html =404;`).
The check and agency pages need the live registry and are not exported: route `/m/*/check` and
`/m/*/agency/*` (and `/m/*/warning/*`) to kiosk-server. The vacancy lists and pages are written as they
stand on the day of the export (only open vacancies of licensed agencies): export again every day, or route
`/m/*/vacancies*` and `/m/*/vacancy/*` to kiosk-server too, so that a revocation shows within a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from content.languages import UI_LANGUAGES as LANGUAGES
from server.phone import onestop, vacancies
from server.phone.site import CSS_NAME, Site
from server.phone.source import Snapshot
from server.phone.words import Words

LISTS = ("topics", "alerts", "countries", "contacts")


def static_paths(snap: Snapshot, today: date) -> Iterator[str]:
    """Every exported page path below `/m/`, in every language."""
    for lang in LANGUAGES:
        yield f"{lang}/"
        for name in LISTS:
            yield f"{lang}/{name}"
        yield from (f"{lang}/article/{a['id']}" for a in snap.bundle.articles)
        yield from (f"{lang}/alert/{a['id']}" for a in snap.bundle.alerts)
        yield from (f"{lang}/guide/{g['country']}" for g in snap.bundle.guides)
        yield f"{lang}/offices"
        yield from (f"{lang}/offices/{place}" for place in onestop.places(snap, today))
        yield f"{lang}/services"
        yield from (f"{lang}/{path}" for path in vacancies.paths(snap, Words(lang), today))
        yield from (f"{lang}/vacancy/{v['id']}"
                    for v in vacancies.ordered(snap, Words(lang), today))


def export(site: Site, out: Path) -> int:
    """Write the static pages and the style sheet to `out`; returns the number of files written."""
    snap = site.content.current()
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in static_paths(snap, site.clock()):
        reply = site.get(path, {}, gzip_ok=False)
        if reply.status != 200:
            raise RuntimeError(f"/m/{path}: HTTP {reply.status} while exporting")
        name = path + "index.html" if path.endswith("/") else path + ".html"
        _write(out / name, reply.body)
        count += 1
    _write(out / CSS_NAME, site.get(CSS_NAME, {}, gzip_ok=False).body)
    first = LANGUAGES[0]
    _write(out / "index.html", (
        f'<!doctype html><html lang="{first}"><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={first}/"><title>…</title>'
        + "".join(f'<p><a href="{lang}/" hreflang="{lang}">{lang}</a></p>' for lang in LANGUAGES)
        + "</html>\n").encode())
    return count + 2


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
