"""First visits to agency pages are made in the search process (server/phone/worker.py): the same bytes as
the server would make, kept in the server's page cache, never a page of older content, and made by the
server itself when the process cannot."""

from __future__ import annotations

import asyncio
import csv
import os
import signal
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest

from server.phone import searcher as searcher_module
from server.phone.cache import Stored
from server.phone.pages import stale
from server.phone.searcher import Searcher
from server.phone.site import Site
from server.phone.source import PublishedContent, Snapshot
from server.phone.worker import Pages, context_of
from tests.phone.conftest import SAMPLE, TODAY, Phone, until
from tests.testkit.serve import Deployment, ServerThread

LANGUAGES = ("uz-Latn", "uz-Cyrl", "ru", "en", "kaa", "kk", "ky", "tg")


def _site(deploy: Path, work: Path, *, elsewhere: bool) -> Site:
    site = Site(PublishedContent(deploy, work_dir=work, check_interval_s=3600), clock=lambda: TODAY)
    site.render_elsewhere = elsewhere
    return site


def _gone(pid: int) -> bool:
    """Whether process `pid` has exited (a zombie not yet reaped has closed its pipes too)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


def _licences() -> list[str]:
    with open(SAMPLE / "registry" / "agencies.csv", encoding="utf-8", newline="") as handle:
        return [row["licence_no"] for row in csv.DictReader(handle)]


def _made_here(site: Site, lang: str, licence: str) -> Stored:
    path = f"{lang}/agency/{quote(licence, safe='')}"
    site.get(path, {}, raw_path=path)
    snap = site.content.current()
    stored = site.cache.get(snap.version, (TODAY.isoformat(), lang, "../../", "agency", licence))
    assert stored is not None
    return stored


def _made_there(pages: Pages, snap: Snapshot, lang: str, licence: str, today: date = TODAY) -> Stored:
    ident, page, error = pages.answer(("page", 7, snap.version, lang, ("agency", licence), "../../",
                                       today.isoformat()))
    assert (ident, error) == (7, None) and page is not None
    return Stored(*page)


def test_the_process_makes_the_bytes_the_server_makes(published: Deployment, tmp_path: Path) -> None:
    """Every sample agency (every verdict), an unknown licence (404) and a licence with characters a path
    must encode, in every language: status, headers and gzipped bytes as the server's own render."""
    site = _site(published.root, tmp_path / "phone", elsewhere=False)
    snap = site.content.current()
    pages = Pages()
    assert pages.answer(("context", 1, context_of(snap))) == (1, True, None)
    licences = [*_licences(), "LX-0000-NOPE", "LX 2019/0333?#%"]
    for lang in LANGUAGES:
        for licence in licences:
            assert _made_there(pages, snap, lang, licence) == _made_here(site, lang, licence), (lang, licence)


def test_stale_registry_data_reads_the_same_there(published: Deployment, tmp_path: Path) -> None:
    """Content verified, and registry data signed, long ago: the verdict says the data may be out of date,
    in both processes (the process is given both dates)."""
    site = _site(published.root, tmp_path / "phone", elsewhere=False)
    snap = site.content.current()
    long_ago = TODAY - timedelta(days=90)
    manifest = {**snap.bundle.manifest, "registry_as_of": long_ago.isoformat()}
    old = replace(snap, verified_at=snap.verified_at.replace(year=long_ago.year, month=long_ago.month,
                                                             day=long_ago.day),
                  bundle=replace(snap.bundle, manifest=manifest))
    assert stale(old, TODAY) and not stale(snap, TODAY)
    site.content._snapshot = old
    pages = Pages()
    pages.answer(("context", 1, context_of(old)))
    for licence in _licences():
        assert _made_there(pages, old, "ru", licence) == _made_here(site, "ru", licence), licence


def test_a_page_of_another_version_is_not_made_there(published: Deployment, tmp_path: Path) -> None:
    snap = _site(published.root, tmp_path / "phone", elsewhere=False).content.current()
    pages = Pages()
    request = ("page", 3, snap.version, "ru", ("agency", _licences()[0]), "../../", TODAY.isoformat())
    assert pages.answer(request) == (3, None, "another content version")  # no context yet
    pages.answer(("context", 1, context_of(snap)))
    assert pages.answer((*request[:2], "other-version", *request[3:])) == (3, None, "another content version")
    assert pages.answer(("what", 4)) == (4, None, "unknown request")


def test_the_server_keeps_what_the_process_made(published: Deployment, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """`quick` leaves a first agency visit to the process; the page it makes is kept, and `quick` answers
    it from the cache. The server renders nothing itself meanwhile."""
    site = _site(published.root, tmp_path / "phone", elsewhere=True)
    snap = site.content.current()
    licence = _licences()[1]
    path = f"ru/agency/{quote(licence, safe='')}"
    assert site.quick(path, {}, raw_path=path) is None
    job = site.page_to_render(path)
    assert job is not None and job.rest == ("agency", licence)
    assert site.page_to_render("ru/article/x") is None and site.page_to_render("ru/check") is None

    def not_here(*args: object) -> None:
        raise AssertionError("rendered in the server")

    monkeypatch.setattr(site, "fresh", not_here)
    searcher = Searcher()
    made: list[bool] = []

    async def run() -> None:
        done = asyncio.get_running_loop().create_future()
        searcher.render_then(site, job, lambda ok: (made.append(ok), done.set_result(ok)))
        await done
        jobs = [site.page_to_render(f"{lang}/agency/{licence}") for lang in ("en", "kk")]
        await asyncio.gather(*(searcher.render(site, each) for each in jobs if each is not None))  # at once

    try:
        searcher.prepare(snap.registry, snap)
        asyncio.run(run())
    finally:
        searcher.close()
    assert made == [True]
    reply = site.quick(path, {}, raw_path=path, gzip_ok=False)
    assert reply is not None and reply.status == 200 and licence in reply.body.decode()
    assert site.page_to_render(path) is None  # made once
    for lang in ("en", "kk"):
        assert site.quick(f"{lang}/agency/{licence}", {}, raw_path=f"{lang}/agency/{licence}") is not None


def test_a_page_of_older_content_is_not_kept(published: Deployment, tmp_path: Path) -> None:
    site = _site(published.root, tmp_path / "phone", elsewhere=True)
    snap = site.content.current()
    job = site.page_to_render("ru/agency/LX-1")
    assert job is not None
    site.content._snapshot = replace(snap, version="newer")  # a publish came in meanwhile
    site.keep(job, Stored(200, {}, b"old"))
    assert len(site.cache) == 0


def test_a_process_that_dies_is_replaced_and_given_the_context_again(
        published: Deployment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page asked as the process died is made by a new one, which is given the content's context before
    it; when no process starts at all, the page is left to the caller (the server renders it itself)."""
    site = _site(published.root, tmp_path / "phone", elsewhere=True)
    snap = site.content.current()
    searcher = Searcher()
    made: list[bool] = []

    async def run(licence: str) -> None:
        job = site.page_to_render(f"uz-Latn/agency/{quote(licence, safe='')}")
        assert job is not None
        done = asyncio.get_running_loop().create_future()
        searcher.render_then(site, job, lambda ok: (made.append(ok), done.set_result(ok)))
        await done

    try:
        searcher.prepare(snap.registry, snap)
        first = searcher.process_id()
        os.kill(first, signal.SIGKILL)
        # Dead before the page is asked (its pipes closed), not dying while the request is written: a
        # request written just before the process goes is lost with it and left to the caller (below).
        until(lambda: _gone(first), 30, "the killed process to exit")
        asyncio.run(run(_licences()[2]))
        assert made == [True] and searcher.process_id() != first
        os.kill(searcher.process_id(), signal.SIGKILL)

        def no_process(*_args: object, **_kwargs: object) -> None:
            raise OSError(12, "Cannot allocate memory")

        monkeypatch.setattr(searcher_module.subprocess, "Popen", no_process)
        asyncio.run(run(_licences()[3]))
        assert made == [True, False]
    finally:
        searcher.close()


@pytest.mark.parametrize("shortcut", [True, False], ids=["parser-shortcut", "app"])
def test_the_server_answers_first_agency_visits_from_its_process(published: Deployment,
                                                                 shortcut: bool) -> None:
    """Through a running server, by either way a request comes in: a first visit to an agency page is made
    in the process (the server's own render is never asked for it), gzip or not; the sample's agencies,
    warmed ahead at start, are answered too."""
    server = ServerThread(published.root, refresh_interval_s=None, today=lambda: TODAY,
                          phone_shortcut=shortcut).start()
    site = server.server.config.app.state.phone_site
    until(lambda: site.content.peek() is not None, what="the content's first load")
    made_here: list[list[str]] = []
    own = site.fresh

    def recorded(snap: Snapshot, w: object, rest: list[str], *args: object) -> object:
        made_here.append(rest)
        return own(snap, w, rest, *args)  # type: ignore[arg-type]

    site.fresh = recorded
    phone = Phone(server.port)
    try:
        for n, lang in enumerate(LANGUAGES):  # licences no warming made: each a first visit
            page = phone.get(f"/m/{lang}/agency/LX-NOT-WARMED-{n}")
            assert page.status == 404 and "Traceback" not in page.text
        plain = phone.get("/m/en/agency/LX%20NOT%2FWARMED", {"Accept-Encoding": "identity"})
        assert plain.status == 404 and "content-encoding" not in plain.headers
        for index, licence in enumerate(_licences()):  # warmed ahead, or made there
            page = phone.get(f"/m/{LANGUAGES[index % 8]}/agency/{quote(licence, safe='')}")
            assert page.status == 200 and licence in page.text
    finally:
        server.stop()
    assert not [rest for rest in made_here if "WARMED" in rest[-1]]  # warming renders here; phones do not
