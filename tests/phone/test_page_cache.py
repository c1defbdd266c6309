"""The page cache and the server's fast path: a cached answer is byte for byte the rendered one (headers,
gzip, 304s, HEAD, plain bodies), a search is cached by the text it searches for, the cache stays within its
byte budget, and a new publish empties it — while the old content is served until the new one is loaded."""

from __future__ import annotations

import gzip
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from server.phone.cache import PageCache, Stored
from server.phone.site import Site
from server.phone.source import PublishedContent, Snapshot
from tests.phone.conftest import SAMPLE, TODAY, Phone, sample_agencies
from tests.testkit.serve import Deployment, new_deployment

PATHS = ["en/", "ru/article/employer-pays", "uz-Cyrl/offices/kr", "en/services", "ru/contacts",
         f"uz-Latn/agency/{sample_agencies()['active']}", "en/warning/w-001", "en/article/no-such"]


def _fresh(deploy: Path, work: Path) -> Site:
    return Site(PublishedContent(deploy, work_dir=work), clock=lambda: TODAY)


@pytest.mark.parametrize("path", PATHS)
def test_a_cached_page_is_the_rendered_page(phone: Phone, published: Deployment, tmp_path: Path,
                                            path: str) -> None:
    first, second = phone.get(f"/m/{path}"), phone.get(f"/m/{path}")  # rendered, then from the cache
    assert second.body == first.body
    assert second.headers == {**first.headers, "date": second.headers["date"]}
    rendered = _fresh(published.root, tmp_path).get(path, {}, gzip_ok=True)
    assert gzip.decompress(rendered.body) == second.body
    assert rendered.headers["etag"] == second.headers["etag"]
    plain = phone.get(f"/m/{path}", {"Accept-Encoding": "identity"})
    assert plain.body == second.body
    assert "content-encoding" not in plain.headers


def test_a_search_is_cached_by_the_text_searched_for(phone: Phone, published: Deployment,
                                                     tmp_path: Path) -> None:
    typed = phone.get("/m/en/check?q=istiqbol").body
    assert phone.get("/m/en/check?q=%20istiqbol%09%20").body == typed  # the same cleaned query
    assert phone.get("/m/en/check?q=istiqbol").body == typed
    assert _fresh(published.root, tmp_path).get("en/check", {"q": "istiqbol"}, gzip_ok=False).body == typed
    assert phone.get("/m/en/check?q=tez").body != typed


def test_304_and_head_from_the_cache(phone: Phone) -> None:
    etag = phone.get("/m/ru/alerts").headers["etag"]
    again = phone.get("/m/ru/alerts", {"If-None-Match": etag})
    assert again.status == 304
    assert again.body == b""
    assert "content-length" not in again.headers


def test_the_cache_keeps_to_its_byte_budget() -> None:
    cache = PageCache(max_bytes=10_000)
    for n in range(100):
        cache.put("v1", ("page", n), Stored(200, {}, b"x" * 1000))
    assert cache.bytes <= 10_000
    assert cache.get("v1", ("page", 99)) is not None  # the newest stay
    assert cache.get("v1", ("page", 0)) is None
    assert cache.get("v2", ("page", 99)) is None  # another content version never sees them
    cache.put("v2", ("page", 1), Stored(200, {}, b"y"))
    assert len(cache) == 1


def _revise(source: Path, dep: Deployment) -> None:
    page = source / "articles" / "employer-pays" / "en.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("title: ", "title: Revised — ", 1), encoding="utf-8")
    dep.publish_source(source)


def test_a_new_publish_empties_the_cache(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(source)
    site = Site(PublishedContent(dep.root, check_interval_s=0), clock=lambda: TODAY)
    before = site.get("en/article/employer-pays", {}, gzip_ok=False)
    assert site.quick("en/article/employer-pays", {}, gzip_ok=False) is not None  # cached
    _revise(source, dep)
    after = site.get("en/article/employer-pays", {}, gzip_ok=False)
    assert b"Revised" in after.body
    assert b"Revised" not in before.body
    assert site.cache.version == site.content.current().version
    assert len(site.cache) == 1


def test_old_content_is_served_while_a_new_publish_loads(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(source)
    content = PublishedContent(dep.root, check_interval_s=0, background=True)
    site = Site(content, clock=lambda: TODAY)
    assert b"Revised" not in site.get("en/article/employer-pays", {}, gzip_ok=False).body
    release, loading = threading.Event(), threading.Event()
    real_load = content._load

    def slow_load() -> Snapshot:
        loading.set()
        assert release.wait(60)
        return real_load()

    content._load = slow_load  # type: ignore[method-assign]
    _revise(source, dep)
    old = site.get("en/article/employer-pays", {}, gzip_ok=False)  # starts the load, does not wait for it
    assert loading.wait(60)
    assert b"Revised" not in old.body
    assert b"Revised" not in site.get("en/article/employer-pays", {}, gzip_ok=False).body
    release.set()
    content.settle()
    assert b"Revised" in site.get("en/article/employer-pays", {}, gzip_ok=False).body


def test_nothing_cached_for_a_day_that_is_over(published: Deployment, tmp_path: Path) -> None:
    day = [date(2026, 11, 20)]
    site = Site(PublishedContent(published.root, work_dir=tmp_path), clock=lambda: day[0])
    first = site.get("en/alerts", {}, gzip_ok=False)
    day[0] = date(2026, 11, 21)
    assert site.quick("en/alerts", {}, gzip_ok=False) is not None  # rendered again, for the new day
    assert site.get("en/alerts", {}, gzip_ok=False).headers["etag"] != first.headers["etag"]
