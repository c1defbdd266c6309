"""The desk console refuses bad input with a clear message and changes nothing: registry files with wrong
columns, the wrong encoding, duplicate licence numbers or a million rows; a 20 MB article; markup typed into
every field (escaped, never rendered); requests without the CSRF token or from another host name."""

from __future__ import annotations

import os
from pathlib import Path

import requests

from tests.console.conftest import Desk, digest
from tests.testkit.staff import NEVER

HEADER = (
    "licence_no,name,other_names,tin,status,issued_on,expires_on,status_changed_on,status_reason,"
    "region,address,phone,countries\n"
)


def _upload(desk: Desk, s: requests.Session, csrf: str, data: bytes) -> requests.Response:
    return s.post(
        desk.url + "/registry/upload",
        data={"csrf_token": csrf},
        files={"file": ("agencies.csv", data, "text/csv")},
        timeout=120,
    )


def _row(n: int, status: str = "active", name: str = "Agency") -> str:
    return (
        f"L-{n:06d},{name} {n},,{n:09d},{status},2024-01-01,2029-01-01,,,Toshkent,Addr,+998 00 000 00 00,kr\n"
    )


def test_bad_registry_files_are_refused_and_change_nothing(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    cases = {
        "wrong columns": (b"licence,name\n1,x\n", "missing column"),
        "cp1251": ((HEADER + _row(1, name="Агентство")).encode("cp1251"), "Windows-1251"),
        "duplicates": ((HEADER + _row(1) + _row(1)).encode(), "duplicate licence number"),
        # ~95 MB, read up to the limit: it was called "64 MB; the limit is 64 MB", a file at the limit refused
        "a million rows": ((HEADER + _row(1) * 1_000_000).encode(), "the file is more than 64 MB;"),
        "a million short rows": (
            (HEADER + "1,a,,1,active,,,,,,,,\n" * 1_000_000).encode(),
            "1,000,001 lines",
        ),
    }
    for name, (data, expected) in cases.items():
        r = _upload(desk, s, csrf, data)
        assert r.status_code == 422, (name, r.text[-2000:])
        assert expected in r.text, (name, r.text[-2000:])
        assert "Nothing was changed" in r.text
    assert digest(desk.source) == before


def test_a_status_change_needs_date_and_reason_and_mass_removal_the_count(desk: Desk) -> None:
    s, csrf = desk.login()
    current = (desk.source / "registry" / "agencies.csv").read_text(encoding="utf-8")
    revoked = current.replace(",active,2024-03-01,2029-03-01,,,", ",revoked,2024-03-01,2029-03-01,,,")
    r = _upload(desk, s, csrf, revoked.encode())
    assert "1 status changed" in r.text
    assert "needs the date of the change" in r.text
    assert "needs the reason" in r.text
    only_new = HEADER + _row(1) + _row(2)
    many = current + "".join(_row(n) for n in range(100, 115))
    (desk.source / "registry" / "agencies.csv").write_text(many, encoding="utf-8")
    r = _upload(desk, s, csrf, only_new.encode())
    main = r.text.split("<main>")[1][:3000]
    assert "would be removed" in r.text, main
    assert "Type 18 to confirm" in r.text, main
    upload = r.text.split('name="upload" value="')[1].split('"')[0]
    wrong = s.post(
        desk.url + "/registry/apply",
        data={"csrf_token": csrf, "upload": upload, "confirm_removals": "3"},
        timeout=30,
    )
    assert wrong.status_code == 422
    assert (desk.source / "registry" / "agencies.csv").read_text() == many
    ok = s.post(
        desk.url + "/registry/apply",
        data={"csrf_token": csrf, "upload": upload, "confirm_removals": "18"},
        timeout=30,
    )
    assert ok.status_code == 200
    assert (desk.source / "registry" / "agencies.csv").read_text() == only_new


def test_a_20_mb_article_is_refused_at_its_field_and_the_rest_kept(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    saved_body = (desk.source / "articles" / "employer-pays" / "en.md").read_text(encoding="utf-8")
    saved_body = saved_body.split("\n---\n", 1)[1].strip()
    r = s.post(
        desk.url + "/articles/employer-pays",
        data={
            "csrf_token": csrf,
            "en.edit": "1",
            "en.title": "A title typed <here>",
            "en.summary": "A summary typed here",
            "en.body": "x" * (20 * 1024 * 1024),
            "ru.edit": "1",
            "ru.title": "Заголовок, набранный здесь",
            "ru.summary": "Кратко",
            "ru.body": "Текст, который нельзя потерять",
        },
        timeout=120,
    )
    assert r.status_code == 413
    assert "Everything else you typed is still here" in r.text
    en = r.text.split('id="lang-en"')[1].split("</fieldset>")[0]
    assert "<strong>body</strong>: 20,971,520 characters is more than the 1,048,576" in en
    assert 'value="A title typed &lt;here&gt;"' in en and ">A summary typed here</textarea>" in en
    assert saved_body[:40] in en  # the body box shows the saved text again, not an empty box
    ru = r.text.split('id="lang-ru"')[1].split("</fieldset>")[0]
    assert 'value="Заголовок, набранный здесь"' in ru and ">Текст, который нельзя потерять</textarea>" in ru
    assert len(r.content) < 1024 * 1024  # the 20 MB text is not sent back
    assert digest(desk.source) == before
    # A form that no browser can fill so (the reason's box takes 300 characters) is refused whole.
    r = s.post(desk.url + "/registry/agency", data={"csrf_token": csrf, "licence_no": "0123",
                                                    "action": "revoke", "reason": "r" * (2 * 1024 * 1024)},
               timeout=120)
    assert r.status_code == 413 and "the field &#39;reason&#39;: 2,097,152 characters" in r.text
    assert digest(desk.source) == before


def test_markup_in_every_field_is_escaped_or_refused(desk: Desk) -> None:
    evil = "<script>alert(1)</script>"
    s, csrf = desk.login()
    r = s.post(
        desk.url + "/articles/employer-pays",
        data={"csrf_token": csrf, "en.edit": "1", "en.title": evil, "en.summary": evil, "en.body": evil},
        timeout=60,
    )
    assert r.status_code == 422
    assert "<script>alert" not in r.text
    assert "&lt;script&gt;" in r.text
    assert evil not in (desk.source / "articles" / "employer-pays" / "en.md").read_text()
    r = s.post(
        desk.url + "/alerts",
        data={
            "csrf_token": csrf,
            "id": "x-1",
            "lang": "en",
            "severity": "urgent",
            "published_on": "2026-12-01",
            "qr": evil,
            "title": evil,
            "summary": evil,
            "red_flags": evil,
            "actions": evil,
        },
        timeout=60,
    )
    assert "<script>alert" not in r.text
    r = s.post(
        desk.url + "/registry/agency",
        data={
            "csrf_token": csrf,
            "licence_no": evil,
            "action": "revoke",
            "date": "2026-12-01",
            "reason": evil,
        },
        timeout=60,
    )
    assert r.status_code == 422
    assert "<script>alert" not in r.text
    for path in ("/", "/articles", "/registry", "/alerts", "/publish", "/audit", "/fleet", "/reports"):
        assert "<script>alert" not in s.get(desk.url + path, timeout=60).text, path


def test_changes_need_the_csrf_token_and_a_login(desk: Desk) -> None:
    anonymous = requests.get(desk.url + "/publish", allow_redirects=False, timeout=30)
    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == "/login"
    s, csrf = desk.login()
    r = s.post(desk.url + "/alerts/fake-work-visas/expire", data={}, timeout=30)
    assert r.status_code == 403
    assert "CSRF" in r.text
    r = s.post(desk.url + "/alerts/fake-work-visas/expire", data={"csrf_token": "nope"}, timeout=30)
    assert r.status_code == 403
    other = requests.get(desk.url + "/", headers={"Host": "evil.example"}, timeout=30)
    assert other.status_code == 421
    wrong = requests.post(desk.url + "/login", data={"username": "ada", "password": "x" * 14}, timeout=30)
    assert wrong.status_code == 401
    assert "wrong name or password" in wrong.text


def test_article_preview_is_drawn_by_the_kiosk(desk: Desk) -> None:
    s, _ = desk.login()
    r = s.get(desk.url + "/preview/articles/employer-pays.png", params={"lang": "ru", "size": "1080x1920"},
              timeout=300)
    assert r.status_code == 200
    assert r.headers["content-type"] == "image/png"
    assert r.content[:4] == b"\x89PNG"
    from PySide6.QtGui import QImage

    if os.environ.get("KIOSK_SCREENSHOTS"):
        (Path(os.environ["KIOSK_SCREENSHOTS"]) / "console-preview-ru.png").write_bytes(r.content)
    image = QImage.fromData(r.content)
    assert (image.width(), image.height()) == (1080, 1920)
    bad = s.get(desk.url + "/preview/articles/no-such.png", timeout=300)
    assert bad.status_code == 422
    assert "no screen" in bad.text


def test_an_alert_id_is_one_folder_name(desk: Desk) -> None:
    """An id with markup or a slash was taken as a path: it made nested folders in alerts/ and was saved."""
    s, csrf = desk.login()
    before = digest(desk.source)
    for bad in ('<script>alert(1)</script><img src=x onerror="ale', "../outside", "a/b"):
        r = s.post(desk.url + "/alerts", timeout=60, data={
            "csrf_token": csrf, "id": bad, "lang": "en", "severity": "urgent", "published_on": "2026-12-01",
            "qr": "https://example.org/a", "title": "Title", "summary": "Summary"})
        assert r.status_code == 422, bad
        assert "is not a valid id" in r.text and 'value="' + bad.replace('"', "&#34;") in r.text.replace(
            "&quot;", "&#34;").replace("&lt;", "<").replace("&gt;", ">"), bad
    assert digest(desk.source) == before


def test_a_diff_value_may_wrap_at_its_slashes_and_stays_escaped() -> None:
    """A URL in a diff cell gets a line-break opportunity after each slash (<wbr>), and nothing of the value
    becomes markup on the way."""
    from admin.console.app import breakable

    assert str(breakable("https://example.org/a/")) == "https://<wbr>example.org/<wbr>a/"
    assert str(breakable("<b>x</b>/&")) == "&lt;b&gt;x&lt;/<wbr>b&gt;/<wbr>&amp;"
    assert str(breakable("no slash")) == "no slash"


def test_an_address_naming_more_than_a_file_name_holds_is_no_such_item(desk: Desk) -> None:
    """An id longer than a file name may be (255 bytes) was looked up as a folder: the file system's
    "File name too long" came back as an Internal Server Error, on every page that names an item."""
    s, csrf = desk.login()
    before = digest(desk.source)
    long = "x" * 5000
    for method, path in (("GET", f"/articles/{long}"), ("GET", f"/guides/{long}"),
                         ("POST", f"/articles/{long}"), ("POST", f"/alerts/{long}/expire"),
                         ("POST", f"/alerts/{long}/withdraw"), ("GET", f"/phone-preview/en/article/{long}")):
        r = s.request(method, desk.url + path, data={"csrf_token": csrf}, timeout=60)
        assert r.status_code in (404, 422), (method, path[:30], r.status_code, r.text[:300])
        assert "<h1>Not done</h1>" in r.text and not any(word in r.text for word in NEVER), r.text[:1500]
    assert digest(desk.source) == before
