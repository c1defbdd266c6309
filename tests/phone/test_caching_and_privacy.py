"""Cache headers keyed to the content version, gzip as served, no cookies, and logs without traces of
who searched for what."""

from __future__ import annotations

import logging
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

from server.phone.privacy import AccessLogScrubber
from server.phone.site import Site
from server.phone.source import PublishedContent
from tests.phone.conftest import SAMPLE, TODAY, Phone, sample_agencies
from tests.testkit.serve import Deployment, ServerThread, new_deployment


def test_etag_and_cache_control_and_304(phone: Phone) -> None:
    first = phone.get("/m/ru/article/employer-pays")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "public, max-age=300"
    assert first.headers["content-encoding"] == "gzip"
    assert first.headers["vary"] == "Accept-Encoding"
    again = phone.get("/m/ru/article/employer-pays", {"If-None-Match": etag})
    assert again.status == 304
    assert again.body == b""
    assert again.headers["etag"] == etag
    agency = phone.get(f"/m/ru/agency/{sample_agencies()['active']}")
    assert agency.headers["cache-control"] == "public, max-age=60"
    assert TODAY.isoformat() in agency.headers["etag"]  # expiry and staleness move with the calendar
    css = phone.get("/m/" + first.text.split('href="../../', 1)[1].split('"')[0])
    assert css.status == 200
    assert "immutable" in css.headers["cache-control"]


def test_if_none_match_compares_weakly_and_star_matches_any_version(phone: Phone) -> None:
    """If-None-Match uses the weak comparison (RFC 9110 13.1.2): a cache or proxy that drops the W/ of a weak
    tag, a list of several tags, and "*" (any version) all mean the phone already has this page."""
    etag = phone.get("/m/ru/article/employer-pays").headers["etag"]
    assert etag.startswith('W/"')
    for header in (etag, etag.removeprefix("W/"), f'"other", {etag}', "*", f' {etag} '):
        again = phone.get("/m/ru/article/employer-pays", {"If-None-Match": header})
        assert again.status == 304, header
        assert again.body == b""
    for header in ('"other"', 'W/"other"', etag.replace('"', "")):
        assert phone.get("/m/ru/article/employer-pays", {"If-None-Match": header}).status == 200, header
    # A page that is not there has no version for "*" to match.
    assert phone.get("/m/ru/article/none", {"If-None-Match": "*"}).status == 404


def test_security_headers_and_no_cookies(phone: Phone) -> None:
    answer = phone.get("/m/en/check?q=tez")
    csp = answer.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "script-src" not in csp
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert "set-cookie" not in answer.headers


def test_plain_body_without_gzip(phone: Phone) -> None:
    answer = phone.get("/m/en/", {"Accept-Encoding": "identity"})
    assert "content-encoding" not in answer.headers
    assert answer.text.startswith("<!doctype html>")


def _publish(root: Path, source: Path) -> Deployment:
    dep = new_deployment(root)
    dep.publish_source(source)
    return dep


def test_a_new_publish_changes_the_page_and_its_etag(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    dep = _publish(tmp_path / "deploy", source)
    site = Site(PublishedContent(dep.root, check_interval_s=0), clock=lambda: TODAY)
    before = site.get("en/article/employer-pays", {}, gzip_ok=False)
    page = source / "articles" / "employer-pays" / "en.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("title: ", "title: Revised — ", 1), encoding="utf-8")
    dep.publish_source(source)
    after = site.get("en/article/employer-pays", {}, gzip_ok=False)
    assert b"Revised" in after.body
    assert b"Revised" not in before.body
    assert after.headers["etag"] != before.headers["etag"]
    assert site.get("en/article/employer-pays", {}, if_none_match=before.headers["etag"]).status == 200


def test_tampered_repository_keeps_the_last_verified_content(tmp_path: Path, caplog) -> None:
    dep = _publish(tmp_path / "deploy", SAMPLE)
    site = Site(PublishedContent(dep.root, check_interval_s=0), clock=lambda: TODAY)
    good = site.get("en/", {}, gzip_ok=False).body
    targets = dep.root / "repository" / "targets"
    alerts = next(targets.rglob("*.alerts.json"))
    alerts.write_bytes(alerts.read_bytes()[:-2] + b"!}")  # same length, different bytes
    timestamp = dep.root / "repository" / "metadata" / "timestamp.json"
    os.utime(timestamp, ns=(timestamp.stat().st_atime_ns, timestamp.stat().st_mtime_ns + 10**9))
    assert site.get("en/", {}, gzip_ok=False).body == good  # its own verified copy is at hand: kept
    shutil.rmtree(site.content.work / "bundle")  # without it, the tampered file has to be read, and fails
    os.utime(timestamp, ns=(timestamp.stat().st_atime_ns, timestamp.stat().st_mtime_ns + 10**9))
    with caplog.at_level(logging.ERROR, logger="server.phone.source"):
        assert site.get("en/", {}, gzip_ok=False).body == good
    assert "could not be verified" in caplog.text


def test_nothing_published_is_a_503_page(tmp_path: Path) -> None:
    dep = new_deployment(tmp_path / "deploy")
    site = Site(PublishedContent(dep.root, check_interval_s=0), clock=lambda: TODAY)
    reply = site.get("ru/", {}, gzip_ok=False)
    assert reply.status == 503
    assert "Информация ещё не опубликована" in reply.body.decode()


def test_stale_registry_never_shows_green(tmp_path: Path, published: Deployment, published_on: str) -> None:
    """Eight days after the signed "as of" date (the sample's publication day) a licence is no longer
    confirmed in green."""
    later = date.fromisoformat(published_on) + timedelta(days=8)
    site = Site(PublishedContent(published.root, work_dir=tmp_path), clock=lambda: later)
    html = site.get(f"en/agency/{sample_agencies()['active']}", {}, gzip_ok=False).body.decode()
    assert 'class="verdict caution"' in html
    assert "registry may be out of date" in html


def test_access_log_has_no_ip_and_no_query(published: Deployment) -> None:
    """A real uvicorn with its access log on: the searched text and the address never reach it."""
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    server = ServerThread(published.root, log_level="info", refresh_interval_s=None, today=lambda: TODAY)
    handler = Keep()
    access = logging.getLogger("uvicorn.access")
    server.start()
    access.addHandler(handler)
    try:
        phone = Phone(server.port)
        phone.get("/m/en/check?q=SecretAgencyName")
        phone.get("/m/en/agency/LX-2019-0333")
        phone.get("/m/en/")
    finally:
        access.removeHandler(handler)
        server.stop()
    text = "\n".join(lines)
    assert "/m/en/check" in text
    assert "/m/en/agency/…" in text
    assert "SecretAgencyName" not in text
    assert "127.0.0.1" not in text
    assert "LX-2019-0333" not in text
    assert any(isinstance(f, AccessLogScrubber) for f in access.filters)


def test_the_etag_moves_with_everything_that_makes_the_page_bytes() -> None:
    """A page's bytes come from its templates and style sheet, but also from the phone edition's code, the
    content rules it calls (verdicts, phone links, dates) and the kiosk's translations: a fix to any of
    them must not be answered with a 304 for the page a phone kept from before."""
    from server.phone.site import ROOT_DIR, code_files

    files = {path.relative_to(ROOT_DIR).as_posix() for path in code_files()}
    for expected in ("server/phone/templates/verdict.html", "server/phone/static/phone.css",
                     "server/phone/pages.py", "server/phone/render.py", "server/phone/phrases.py",
                     "content/phone_codes.py", "content/verdict.py", "translations/kiosk_ru.ts"):
        assert expected in files, expected
