"""The phone edition as a function from a path to a response: parsing, language, rendering, caching.

Kept free of the web framework so that the FastAPI route (server/phone/routes.py) and the static export
(server/phone/export.py) produce byte-identical pages. Paths are the contract in docs/phone.md:

    /m/                          → the best language for Accept-Language (else uz-Latn)
    /m/{lang}/                   home                /m/{lang}/check?q=…        registry search
    /m/{lang}/topics             articles by topic   /m/{lang}/article/{id}
    /m/{lang}/alerts             fraud warnings      /m/{lang}/alert/{id}
    /m/{lang}/countries          country guides      /m/{lang}/guide/{country}
    /m/{lang}/contacts           help and hotlines   /m/{lang}/agency/{licence_no}, /m/{lang}/warning/{id}
    /m/{lang}/offices            centres, offices    /m/{lang}/offices/{uz|abroad|region|country}
    /m/{lang}/services           the platform's services
    /m/{lang}/vacancies[/{country|all}[/{job|all}[/{n}]]]   verified vacancies, filtered, page n
    /m/{lang}/vacancy/{id}       one job order (410 once it closed or its agency lost its licence)

Every link in a page is relative, so the same pages work under any prefix of a static host.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

import deflate
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

from content.languages import UI_LANGUAGES as LANGUAGES
from content.phone_codes import tel_uri
from server.phone import onestop, pages, vacancies
from server.phone.cache import DEFAULT_BYTES, PageCache, Stored
from server.phone.pages import Missing, Page
from server.phone.pieces import Pieces
from server.phone.registry import Registry
from server.phone.render import markdown, phones
from server.phone.source import Loading, NotPublished, PublishedContent, Snapshot
from server.phone.words import DEFAULT, NAMES, Words

HERE = Path(__file__).resolve().parent
ROOT_DIR = HERE.parents[1]
CSS = (HERE / "static" / "phone.css").read_bytes()
CSS_NAME = f"phone-{hashlib.sha256(CSS).hexdigest()[:12]}.css"
PACK_LEVEL = 6
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[a-z]{2}")
MAX_SEGMENT = 64
CONTENT_MAX_AGE = 300  # a CDN may serve an article for five minutes after a new publish
REGISTRY_MAX_AGE = 60  # a revoked licence shows within a minute
RETRY_S = 5  # while the server loads its content at start: come back this many seconds later
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; "
                               "frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}


@dataclass
class Reply:
    """What to send: status, headers, the body, and the same body gzipped."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    packed: bytes | None = None  # the body gzipped, when it is worth sending that way


_SUSPICIOUS = re.compile(r"[\x00-\x1f\x7f\\]|(?:^|/)\.\.?(?:/|$)")


def _suspicious(segment: str) -> bool:
    """A dot segment, a path inside a segment, a backslash or a control character: someone probing for
    files (nothing here is read from disk by name, but such a request deserves a plain 404). One pattern,
    asked of every segment of every request: a walk over the characters in Python cost the loop as much as
    answering a cached page."""
    return _SUSPICIOUS.search(segment) is not None


def _segments(raw_path: str) -> tuple[list[str], str]:
    """The path's segments, each percent-decoded on its own, and the relative way up from the page to the
    edition's root."""
    segments = [unquote(segment) for segment in raw_path.split("/")]
    return segments, "../" * (len(segments) - 1)


def _key(today: date, lang: str, up: str, rest: list[str], asked: tuple[str, ...]) -> tuple[str, ...]:
    """A page's key in the page cache (a search's also holds the cleaned text it searched for)."""
    return (today.isoformat(), lang, up, *rest, *asked)


def _elsewhere(rest: list[str]) -> bool:
    """Whether the page process renders this page's first visit: agency pages, the one kind of which
    almost every visit is a first one (100,000 licences), and which needs of the content only what the
    process is given (server/phone/worker.py `context_of`)."""
    return len(rest) == 2 and rest[0] == "agency"


def _encode(segments: list[str]) -> str:
    return "/".join(quote(segment, safe="") for segment in segments)


def pack(body: bytes, level: int = PACK_LEVEL) -> bytes:
    """`body` gzipped as the phone edition sends it (no name, no time in the header: the same page is the
    same bytes). libdeflate, not zlib: at level 6 the same size as zlib's level 6 within a few bytes, in
    less than half the time. A phone page is a few KB, where zlib spends most of its time setting up its
    state; each first visit to an agency or a search is compressed by the event loop while others wait."""
    return bytes(deflate.gzip_compress(body, level))  # a bytearray, as the binding gives it


def _packed(reply: Reply) -> Reply:
    return Reply(reply.status, reply.headers, reply.body, pack(reply.body))


def _env() -> Environment:
    # auto_reload off: templates are part of the code (their hash is in every ETag), so no stat per page.
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined, auto_reload=False)
    env.filters.update(markdown=markdown, phones=phones, tel=tel_uri)
    return env


def code_files() -> list[Path]:
    """Every file of the project that makes a page's bytes besides the content: the templates and the
    style sheet, the phone edition's code, the content rules it calls (verdicts, dates, phone links) and
    the kiosk's translations its words come from."""
    found = [*(HERE / "templates").glob("*.html"), HERE / "static" / "phone.css", *HERE.glob("*.py"),
             *(ROOT_DIR / "content").glob("*.py"), *(ROOT_DIR / "translations").glob("kiosk_*.ts")]
    return sorted(found)


def _code_version() -> str:
    """Changes when any of `code_files` changes, so ETags move with the code as with content (a phone
    never gets a 304 for a page an older release rendered)."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.relative_to(ROOT_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


def best_language(accept_language: str | None) -> str:
    """The first supported language in Accept-Language by q-value (`uz` means Latin script)."""
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "")[:500].split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = match_language(tag)
        if lang and q > 0:
            choices.append((-q, index, lang))
    return min(choices)[2] if choices else DEFAULT


def match_language(tag: str) -> str | None:
    """A supported language for a tag in any case: `uz-cyrl`, `uz-Cyrl-UZ` → uz-Cyrl; `uz`, `uz-UZ` →
    uz-Latn; `ru-RU` → ru; `en-GB` → en; `kk-KZ` → kk, `ky-KG` → ky, `tg-TJ` → tg, `kaa`, `kaa-Latn` →
    kaa."""
    parts = tag.strip().lower().replace("_", "-").split("-")
    if not parts or not parts[0]:
        return None
    if parts[0] == "uz":
        return "uz-Cyrl" if "cyrl" in parts[1:] else "uz-Latn"
    return parts[0] if parts[0] in LANGUAGES else None


@dataclass(frozen=True)
class PageJob:
    """A first visit to a page that the page process renders (server/phone/worker.py): what it needs to
    make the page, and the key the page is kept under here."""

    snap: Snapshot
    key: tuple[str, ...]
    lang: str
    rest: tuple[str, ...]
    up: str
    today: date

    def request(self, ident: int) -> tuple[str, int, str, str, tuple[str, ...], str, str]:
        """The job as the page process reads it (plain values: it is pickled into a pipe)."""
        return ("page", ident, self.snap.version, self.lang, self.rest, self.up, self.today.isoformat())


class Renderer:
    """Makes the pages of a snapshot: the templates, the pieces kept of them (server/phone/pieces.py) and
    the code's version that every ETag holds. `Site` answers requests with it, and the page process
    renders first visits to agency pages with one of its own, so a page is the same bytes whichever
    process made it (tests/phone/test_page_process.py)."""

    def __init__(self) -> None:
        self.env = _env()
        self.code = _code_version()
        self.pieces = Pieces(self.env)

    def fresh(self, snap: Snapshot, w: Words, rest: list[str], query: dict[str, str], up: str, today: date,
               searching: bool) -> Reply:
        """Render one page of `snap` with its caching headers, gzipped."""
        try:
            page, status = self._dispatch(snap, w, rest, query, today, up), 200
        except Missing:
            page, status = pages.not_found_page(w), 404
        except vacancies.Gone as gone:
            page, status = gone.page, 410  # published once, so a printed code must say why it is gone
        here = _encode(rest) if status in (200, 410) else ""
        if searching:
            here += "?" + urlencode({"q": pages.clean_query(query.get("q"))})
        reply = self._render(snap, w, page, up, here, status)
        age = REGISTRY_MAX_AGE if page.registry or status != 200 else CONTENT_MAX_AGE
        day = f"-{today.isoformat()}" if page.registry or page.daily else ""
        reply.headers.update({"cache-control": f"public, max-age={age}",
                              "etag": f'W/"{snap.version}-{self.code}{day}"'})
        return _packed(reply)

    def _dispatch(self, snap: Snapshot, w: Words, rest: list[str], query: dict[str, str],
                  today: date, up: str) -> Page:
        if rest == [""]:
            return pages.home(snap, w, today)
        simple = {"topics": lambda: pages.topics(snap, w), "alerts": lambda: pages.alerts(snap, w, today),
                  "countries": lambda: pages.countries(snap, w), "contacts": lambda: pages.contacts(snap, w),
                  "check": lambda: pages.check(snap, w, query.get("q"), today, up),
                  "offices": lambda: onestop.offices(snap, w, today, None),
                  "services": lambda: onestop.services(snap, w)}
        if len(rest) == 1 and rest[0] in simple:
            return simple[rest[0]]()
        if rest[0] == "vacancies":
            return vacancies.listing(snap, w, today, rest[1:], up)
        if len(rest) != 2 or not rest[1] or len(rest[1]) > MAX_SEGMENT:
            raise Missing("/".join(rest))
        kind, ref = rest
        if kind == "article" and _ID.fullmatch(ref):
            return pages.article(snap, w, ref)
        if kind == "alert" and _ID.fullmatch(ref):
            return pages.alert(snap, w, ref)
        if kind == "guide" and _COUNTRY.fullmatch(ref):
            return pages.guide(snap, w, ref)
        if kind == "agency":
            return pages.agency(snap, w, ref, today)
        if kind == "warning":
            return pages.warning(snap, w, ref)
        if kind == "offices":
            return onestop.offices(snap, w, today, ref)
        if kind == "vacancy":
            return vacancies.vacancy(snap, w, ref, today)
        raise Missing(rest)

    def _render(self, snap: Snapshot | None, w: Words, page: Page, up: str, here: str, status: int) -> Reply:
        sample = snap is not None and snap.sample
        values = {
            **page.values, "lang": w.lang, "title": page.title, "site": w("Migration information"), "up": up,
            "css": CSS_NAME, "home": w("Home"), "here": here,
            "language_label": w.kiosk("Header", "Language"), "skip": page.title,
            "languages": [{"code": code, "name": NAMES[code]} for code in LANGUAGES],
            "sample": w.kiosk("PageScreen", _SAMPLE) if sample else None,
            "refresh": RETRY_S if page.template == "updating.html" else None,
        }
        values.setdefault("results_title", w("Results"))
        values.setdefault("note", None)
        if page.slots:
            html = self.pieces.render(page.template, values, {**page.slots, "here": escape})
        else:
            html = self.env.get_template(page.template).render(values)
        headers = {"content-type": "text/html; charset=utf-8", **SECURITY_HEADERS}
        return Reply(status, headers, html.encode("utf-8"))


class Site(Renderer):
    """Renders phone pages from the published content; thread-safe (pages render in a thread pool)."""

    def __init__(self, content: PublishedContent, *, clock: Callable[[], date] = date.today,
                 cache_bytes: int = DEFAULT_BYTES) -> None:
        super().__init__()
        self.content = content
        self.clock = clock
        self.cache = PageCache(cache_bytes)
        # True where a page process renders first visits to agency pages (server/phone/routes.py): then
        # `quick` leaves them to it (`page_to_render`, `keep`) instead of rendering them in the loop.
        self.render_elsewhere = False

    # -- the entry point -------------------------------------------------------------------------------

    def get(self, path: str, query: dict[str, str], *, raw_path: str | None = None,
            accept_language: str | None = None, if_none_match: str | None = None,
            gzip_ok: bool = True) -> Reply:
        """The reply for the path after `/m/`: `raw_path` as it came over the wire (percent-encoded), or
        `path` already decoded (the static export). Each segment is decoded on its own, so a licence
        number may even hold a `/` (sent as %2F)."""
        reply = self._answer(path, query, raw_path, accept_language, if_none_match, gzip_ok, render=True)
        assert reply is not None  # noqa: S101 - with render=True every path ends in a reply
        return reply

    def quick(self, path: str, query: dict[str, str], *, raw_path: str | None = None,
              accept_language: str | None = None, if_none_match: str | None = None,
              gzip_ok: bool = True) -> Reply | None:
        """The reply if it needs neither a search nor a load of the content (a cached page, a 304, a
        redirect, the style sheet, any page but a new search), else None. The server's event loop
        answers these itself — a page renders in about half a millisecond, less than handing it to a
        thread costs — and hands the rest to `get` in a worker thread."""
        return self._answer(path, query, raw_path, accept_language, if_none_match, gzip_ok, render=False)

    def search_to_run(self, raw_path: str, query: dict[str, str]) -> tuple[Registry, str] | None:
        """For a check page whose search has not been made yet (`quick` gave None for it): the registry
        and the cleaned text to search, so the caller can run it elsewhere (server/phone/searcher.py)."""
        segments = raw_path.split("/")
        snap = self.content.peek()
        if (snap is None or len(segments) != 2 or segments[0] not in LANGUAGES or segments[1] != "check"
                or "q" not in query):
            return None
        text = pages.clean_query(query.get("q"))
        if not text or snap.registry.found(text, pages.MAX_RESULTS) is not None:
            return None
        return snap.registry, text

    def page_to_render(self, raw_path: str) -> PageJob | None:
        """For a page the page process renders (`quick` gave None for it: a first visit to an agency page
        while `render_elsewhere`), what it needs; None for any other page. The page, once made, is kept
        with `keep`, and `quick` then answers it."""
        segments, up = _segments(raw_path)
        snap = self.content.peek()
        lang, rest = segments[0], segments[1:]
        if (snap is None or not self.render_elsewhere or lang not in LANGUAGES or not _elsewhere(rest)
                or any(_suspicious(segment) for segment in segments)):
            return None
        today = self.clock()
        key = _key(today, lang, up, rest, ())
        if self.cache.get(snap.version, key) is not None:
            return None
        return PageJob(snap, key, lang, tuple(rest), up, today)

    def keep(self, job: PageJob, page: Stored) -> None:
        """Keep the page the page process made for `job`, unless newer content is served by now (a page of
        the old content would empty the cache of the new one)."""
        snap = self.content.peek()
        if snap is not None and snap.version == job.snap.version:
            self.cache.put(snap.version, job.key, page)

    def _answer(self, path: str, query: dict[str, str], raw_path: str | None, accept_language: str | None,
                if_none_match: str | None, gzip_ok: bool, *, render: bool) -> Reply | None:
        segments, up = _segments(raw_path if raw_path is not None else quote(path, safe="/"))
        if segments == [""]:
            return self._redirect(f"{best_language(accept_language)}/", vary=True)
        if segments == [CSS_NAME]:
            return self._css(gzip_ok)
        if any(_suspicious(segment) for segment in segments):
            w = Words(best_language(accept_language))
            reply = self._render(None, w, pages.not_found_page(w), up, "", 404)
            reply.headers["cache-control"] = f"public, max-age={REGISTRY_MAX_AGE}"
            return self._send(_packed(reply), None, gzip_ok)
        lang_tag, rest = segments[0], segments[1:]
        if lang_tag not in LANGUAGES:
            better = match_language(lang_tag) or best_language(accept_language)
            more = ("?" + urlencode(query)) if query else ""
            return self._redirect(f"{better}/{_encode(rest)}{more}", vary=True)
        if not rest:
            return self._redirect(f"{lang_tag}/")
        return self._page(lang_tag, rest, query, up, if_none_match, gzip_ok, render)

    # -- pages -----------------------------------------------------------------------------------------

    def _page(self, lang: str, rest: list[str], query: dict[str, str], up: str, if_none_match: str | None,
              gzip_ok: bool, render: bool) -> Reply | None:
        try:
            snap = self.content.current() if render else self.content.peek()
        except Loading:
            # The server has just started: the page will be there in seconds (the page refreshes itself).
            w = Words(lang)
            reply = self._render(None, w, pages.updating_page(w), up, _encode(rest), 503)
            reply.headers.update({"cache-control": "no-store", "retry-after": str(RETRY_S)})
            return self._send(_packed(reply), None, gzip_ok)
        except NotPublished:
            w = Words(lang)
            reply = self._render(None, w, pages.unpublished_page(w), up, "", 503)
            reply.headers.update({"cache-control": "no-store", "retry-after": "60"})
            return self._send(_packed(reply), None, gzip_ok)
        if snap is None:
            return None
        today = self.clock()
        searching = rest == ["check"] and "q" in query
        # A search is keyed by the text it searches for: the same cleaned query is the same page.
        cleaned = pages.clean_query(query.get("q")) if searching else ""
        key = _key(today, lang, up, rest, (cleaned,) if searching else ())
        cached = self.cache.get(snap.version, key)
        if cached is not None:
            return self._send(Reply(cached.status, cached.headers, b"", cached.packed), if_none_match,
                              gzip_ok)
        if searching and not render and cleaned and snap.registry.found(cleaned, pages.MAX_RESULTS) is None:
            return None  # a search not made before: run it first (server/phone/searcher.py)
        if not render and self.render_elsewhere and _elsewhere(rest):
            return None  # a first visit the page process renders (`page_to_render`)
        reply = self.fresh(snap, Words(lang), rest, query, up, today, searching)
        self.cache.put(snap.version, key, Stored(reply.status, reply.headers, reply.packed or b""))
        return self._send(reply, if_none_match, gzip_ok)

    # -- HTTP details ----------------------------------------------------------------------------------

    @staticmethod
    def _send(stored: Reply, if_none_match: str | None, gzip_ok: bool) -> Reply:
        """304 when the client already has this version; else the body, gzipped when accepted."""
        headers = {**stored.headers, "vary": "Accept-Encoding"}
        etag = headers.get("etag")
        if etag and if_none_match and stored.status == 200 and _has_version(if_none_match, etag):
            return Reply(304, {k: v for k, v in headers.items() if k in ("etag", "cache-control", "vary")})
        if gzip_ok and stored.packed is not None:
            headers["content-encoding"] = "gzip"
            return Reply(stored.status, headers, stored.packed)
        if not stored.body and stored.packed:  # a cached page keeps only its gzipped bytes
            return Reply(stored.status, headers, gzip.decompress(stored.packed))
        return Reply(stored.status, headers, stored.body)

    def _css(self, gzip_ok: bool) -> Reply:
        headers = {"content-type": "text/css; charset=utf-8", "etag": f'"{CSS_NAME}"',
                   "cache-control": "public, max-age=31536000, immutable", **SECURITY_HEADERS}
        return self._send(Reply(200, headers, CSS, CSS_PACKED), None, gzip_ok)

    @staticmethod
    def _redirect(target: str, *, vary: bool = False) -> Reply:
        headers = {"location": "/m/" + target, "cache-control": "public, max-age=300", **SECURITY_HEADERS}
        if vary:
            headers["vary"] = "Accept-Language"
        return Reply(302, headers)


def _has_version(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match header names `etag`, by the weak comparison the header calls for (RFC 9110
    13.1.2): W/ is ignored on both sides, so a cache that dropped it still gets its 304; "*" names any
    version the page has."""
    wanted = etag.removeprefix("W/")
    return any(tag == "*" or tag.removeprefix("W/") == wanted
               for tag in (part.strip() for part in if_none_match.split(",")))


CSS_PACKED = pack(CSS, 12)  # once: it never changes while the server runs (12: libdeflate's smallest)

_SAMPLE = ("SAMPLE CONTENT — to be replaced by the Migration Agency. Numbers and addresses shown here "
           "are not official.")
