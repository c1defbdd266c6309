"""The phone edition is ready before its first visitor: kiosk-server starts loading the published content
(and warming the page cache) when it starts, not on the first request; a request that comes while that
first load runs gets a short "being updated" page that comes back by itself, never an error."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from server.phone import warm
from server.phone.site import Site
from server.phone.source import PublishedContent, Snapshot
from server.phone.words import Words
from tests.phone.conftest import SAMPLE, TODAY, Phone, sample_agencies, until
from tests.testkit.serve import Deployment, ServerThread, new_deployment


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    dep = new_deployment(tmp_path_factory.mktemp("warm") / "deploy")  # its own phone/ work folder
    dep.publish_source(SAMPLE)
    return dep


def test_the_server_loads_and_warms_before_the_first_request(deployment: Deployment) -> None:
    server = ServerThread(deployment.root, refresh_interval_s=None, today=lambda: TODAY).start()
    try:
        site: Site = server.server.config.app.state.phone_site
        # No request has been made: the load and the warming began with the server.
        until(lambda: site.content.peek() is not None)
        licence = sample_agencies()["revoked"]
        until(lambda: site.quick(f"kk/agency/{licence}", {}) is not None)
        for path in ("uz-Latn/", "ru/article/employer-pays", "kk/vacancies", "en/vacancies/de/all",
                     "tg/offices"):
            assert site.quick(path, {}) is not None, path  # answered from the cache by the event loop
        phone = Phone(server.port)
        first = phone.get(f"/m/kk/agency/{licence}")
        assert first.status == 200
        assert Words("kk").kiosk("Status", "Licence revoked") in first.text
    finally:
        server.stop()


def test_a_request_during_the_first_load_gets_a_page_that_comes_back(deployment: Deployment,
                                                                      tmp_path: Path) -> None:
    content = PublishedContent(deployment.root, background=True, work_dir=tmp_path / "phone",
                               first_wait_s=0.1)
    release = threading.Event()
    load = content._load

    def slow_load() -> Snapshot:
        release.wait(60)
        return load()

    content._load = slow_load  # type: ignore[method-assign]  # a registry that takes a while to read
    site = Site(content, clock=lambda: TODAY)
    content.start()
    try:
        reply = site.get("ru/vacancies", {}, gzip_ok=False)
        html = reply.body.decode()
        assert reply.status == 503
        assert reply.headers["retry-after"] == "5" and reply.headers["cache-control"] == "no-store"
        assert '<meta http-equiv="refresh" content="5">' in html
        assert Words("ru")("Being updated") in html and 'href="../ru/vacancies"' in html
        assert "Traceback" not in html
    finally:
        release.set()
    content.settle()
    assert site.get("ru/vacancies", {}, gzip_ok=False).status == 200


def test_warming_renders_what_is_shared_first_and_stops_for_newer_content(deployment: Deployment,
                                                                          tmp_path: Path) -> None:
    content = PublishedContent(deployment.root, work_dir=tmp_path / "phone")
    site = Site(content, clock=lambda: TODAY)
    snap = content.current()
    order = list(warm.paths(snap, TODAY))
    assert order.index("kk/article/employer-pays") < order.index(f"kk/agency/{sample_agencies()['active']}")
    assert order.index("en/vacancies/de/all") < order.index("en/vacancy/de-care-001")
    stop = threading.Event()
    stop.set()
    warm.warm(site, snap, stop)
    assert len(site.cache) == 0  # told to stop: nothing rendered
    warm.warm(site, snap)
    assert len(site.cache) == min(len(order), warm.MAX_PAGES)


def test_the_event_loop_renders_ahead_one_page_a_turn(deployment: Deployment, tmp_path: Path) -> None:
    content = PublishedContent(deployment.root, work_dir=tmp_path / "phone")
    site = Site(content, clock=lambda: TODAY)
    snap = content.current()
    expected = min(len(list(warm.paths(snap, TODAY))), warm.MAX_PAGES)
    loop = asyncio.new_event_loop()
    turns: list[int] = []

    async def requests_meanwhile() -> None:
        while len(site.cache) < expected:
            turns.append(len(site.cache))  # what a request would find: the loop is never held long
            await asyncio.sleep(0)

    try:
        warm.warm_in_loop(loop, site, snap)
        loop.run_until_complete(asyncio.wait_for(requests_meanwhile(), 120))
        assert len(site.cache) == expected
        assert len(turns) >= expected // 2  # the loop came back between pages, not after all of them
        stop = threading.Event()
        stop.set()
        cold = Site(content, clock=lambda: TODAY)
        warm.warm_in_loop(loop, cold, snap, stop)
        loop.run_until_complete(asyncio.sleep(0.05))
        assert len(cold.cache) == 0  # told to stop: nothing rendered
    finally:
        loop.close()


def test_under_load_rendering_ahead_takes_a_small_share_of_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page a turn was too much under load: here a page of 2 ms in every turn of 4 ms of requests took
    a third of the loop while phones waited. When the loop has requests waiting, rendering ahead takes at
    most about `warm.LOAD_SHARE` of its time; when it has none, it goes at full speed."""
    page_s, request_s = 0.002, 0.004

    def busy(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass

    class FakeSite:
        content = SimpleNamespace(peek=lambda: snap)

        def __init__(self) -> None:
            self.rendered = 0

        def clock(self) -> date:
            return TODAY

        def get(self, _path: str, _query: dict[str, str], *, raw_path: str) -> None:
            busy(page_s)
            self.rendered += 1

    snap = object()
    monkeypatch.setattr(warm, "paths", lambda _snap, _today: iter([f"ru/page/{n}" for n in range(10_000)]))
    loop = asyncio.new_event_loop()
    try:
        # Idle: 100 pages in about their own time.
        site = FakeSite()
        done = loop.create_future()
        monkeypatch.setattr(warm, "MAX_PAGES", 100)
        warm.warm_in_loop(loop, site, snap, then=lambda: done.set_result(None))  # type: ignore[arg-type]
        started = time.perf_counter()
        loop.run_until_complete(asyncio.wait_for(done, 30))
        assert time.perf_counter() - started < 100 * page_s * 5
        # Under load: every turn answers requests for 4 ms.
        loaded = FakeSite()
        monkeypatch.setattr(warm, "MAX_PAGES", 10_000)
        serving = True

        def answer_requests() -> None:
            busy(request_s)
            if serving:
                loop.call_soon(answer_requests)

        loop.call_soon(answer_requests)
        warm.warm_in_loop(loop, loaded, snap)  # type: ignore[arg-type]
        loop.run_until_complete(asyncio.sleep(1.0))
        serving = False
        share = loaded.rendered * page_s / 1.0
        assert 0 < share < 0.2, share  # LOAD_SHARE is 0.1; slower, not stopped
    finally:
        loop.close()
