"""Whatever a phone sends: a known language, a 404 page in the reader's language, a normal results page for
any search text, and never a 500 or a stack trace."""

from __future__ import annotations

import http.client
from urllib.parse import quote

import pytest

from content.languages import UI_LANGUAGES as LANGUAGES
from server.phone.site import best_language
from server.phone.words import Words
from tests.phone.conftest import Phone


@pytest.mark.parametrize(("path", "location"), [
    ("/m/", "/m/uz-Latn/"),
    ("/m", "/m/"),
    ("/m/ru", "/m/ru/"),
    ("/m/xx/", "/m/uz-Latn/"),
    ("/m/zz/article/employer-pays", "/m/uz-Latn/article/employer-pays"),
    ("/m/kk-KZ/article/employer-pays", "/m/kk/article/employer-pays"),
    ("/m/KAA/alerts", "/m/kaa/alerts"),
    ("/m/tg-Cyrl-TJ/", "/m/tg/"),
    ("/m/UZ-latn/contacts", "/m/uz-Latn/contacts"),
    ("/m/uz-cyrl/guide/kr", "/m/uz-Cyrl/guide/kr"),
    ("/m/ru-RU/check?q=abc", "/m/ru/check?q=abc"),
    ("/m/en-GB/", "/m/en/"),
])
def test_unknown_or_misspelt_language_redirects(phone: Phone, path: str, location: str) -> None:
    answer = phone.get(path)
    assert answer.status == 302
    assert answer.headers["location"] == location
    follow = phone.get(location)
    assert follow.status in (200, 302)


@pytest.mark.parametrize(("header", "lang"), [
    ("ru-RU,ru;q=0.9,en;q=0.8", "ru"), ("uz", "uz-Latn"), ("uz-Cyrl-UZ, ru;q=0.5", "uz-Cyrl"),
    ("de-DE, en;q=0.3", "en"), ("fr", "uz-Latn"), ("", "uz-Latn"), ("en;q=0.2, ru;q=0.9", "ru"),
    ("kk-KZ,ru;q=0.8", "kk"), ("ky-KG", "ky"), ("tg-TJ,ru;q=0.5", "tg"), ("kaa, uz;q=0.9", "kaa"),
    ("ru;q=0.5, kk;q=0.9", "kk"),
    ("ru;q=abc, en", "en"), ("*", "uz-Latn"), ("x" * 5000, "uz-Latn"),
])
def test_accept_language_picks_the_best_language(phone: Phone, header: str, lang: str) -> None:
    assert best_language(header) == lang
    answer = phone.get("/m/", {"Accept-Language": header} if header else {})
    assert answer.headers["location"] == f"/m/{lang}/"
    assert answer.headers["vary"] == "Accept-Language"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["article/no-such-article", "alert/nope", "guide/zz", "guide/not-a-country",
                                  "agency/LX-0000-0000", "warning/w-999", "nothing", "article/", "article",
                                  "article/a/b", "agency/" + "9" * 500])
def test_unknown_id_is_a_404_page_in_that_language(phone: Phone, lang: str, path: str) -> None:
    answer = phone.get(f"/m/{lang}/{quote(path)}")
    assert answer.status == 404
    html = answer.text
    words = Words(lang)
    assert f'<html lang="{lang}">' in html
    assert words("Page not found") in html
    assert words("Go to the home page") in html


@pytest.mark.parametrize("q", [
    "a" * 10_000,
    '"unclosed', "NOT x", "name:tez", "tez*", "NEAR(a b)", "a OR b", "^tez", "(((",
    "'; DROP TABLE agencies; --",
    "\x00\x01\x02tez\x1b[31m", "\u202etez\u202c", "\u2066Tez Viza\u2069", "\u200f\u200e", "\ufeff",
    "%00", "%", "   ", "", "🙂🙂🙂", "\ud7ff", "Oʻzbek Ish Servis" * 300, "+998 (00) 000-00-00",
    "<script>alert(1)</script>", "{{7*7}}", "{% raw %}",
])
def test_any_search_text_gives_a_normal_results_page(phone: Phone, q: str) -> None:
    answer = phone.get("/m/en/check?q=" + quote(q, safe=""))
    assert answer.status == 200, answer.text[:300]
    html = answer.text
    assert "<h1>" in html
    assert "Traceback" not in html
    assert "<script>" not in html
    assert 'name="q"' in html


def test_search_text_is_shown_back_escaped_and_trimmed(phone: Phone) -> None:
    html = phone.get("/m/en/check?q=" + quote("<b>x</b>\u202e" + "y" * 1000)).text
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert "\u202e" not in html
    assert "y" * 257 not in html


@pytest.mark.parametrize("path", [
    "/m/uz-Latn/article/..%2F..%2F..%2Fetc%2Fpasswd",
    "/m/uz-Latn/article/%2e%2e%2f%2e%2e%2fserver%2fapp.py",
    "/m/uz-Latn/..%2F..%2Frepository%2Fmetadata%2F1.root.json",
    "/m/..%2F..%2Fetc%2Fpasswd",
    "/m/%2e%2e/%2e%2e/etc/passwd",
    "/m/uz-Latn/guide/..%5C..%5Cwindows",
    "/m/uz-Latn/%00",
    "/m/uz-Latn/article/%252e%252e%252fetc",
    "/m/phone-..%2F..%2Fapp.css",
    "/m/uz-Latn/../../etc/passwd",
])
def test_encoded_path_traversal_is_a_404(phone: Phone, path: str) -> None:
    answer = phone.get(path)
    assert answer.status == 404, (path, answer.status, answer.headers.get("location"))
    assert "root:" not in answer.text
    assert "signed" not in answer.text


def test_nothing_answers_500(phone: Phone) -> None:
    """A spray of odd requests: every answer is below 500 and none shows a stack trace."""
    odd = ["/m/" + "x/" * 300, "/m/uz-Latn/" + "%ff" * 20, "/m/%ff%fe/", "/m/uz-Latn/check?q=%ff",
           "/m/uz-Latn/check?q=a&q=b", "/m/uz-Latn/check?x=1", "/m/uz-Latn/check?q=" + "%e2%80" * 50,
           "/m/uz-Latn/?q=1", "/m//", "/m///", "/m/uz-Latn//article//x", "/m/uz-Latn/agency/%20",
           "/m/uz-Latn/agency/LX-2019-0333%00", "/m/uz-Latn/warning/" + quote("w-001/../w-002", safe=""),
           "/m/phone-000000000000.css", "/m/uz-Latn/topics?" + "a=1&" * 500]
    for path in odd:
        answer = phone.get(path)
        assert answer.status < 500, path
        assert "Traceback" not in answer.text


def test_each_path_segment_is_decoded_once(phone: Phone) -> None:
    """A licence number is looked up exactly as sent, %-encoded or not (it could even hold a `/`)."""
    plain = phone.get("/m/en/agency/LX-2019-0333")
    encoded = phone.get("/m/en/agency/LX%2D2019%2D0333")
    assert plain.status == encoded.status == 200
    assert phone.get("/m/en/agency/LX-2019%2F0333").status == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_other_methods_are_405_naming_get_and_head(phone: Phone, method: str) -> None:
    """The phone edition only reads: another method on one of its paths is 405 with `Allow`, the same for
    every path under /m (not the rest of the server's 404), and nothing a client sends is read."""
    for path in ("/m", "/m/", "/m/en/", "/m/en/check?q=tez", "/m/en/article/employer-pays", "/m/en/none"):
        conn = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=30)
        try:
            conn.request(method, path, body=b"q=x",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            response = conn.getresponse()
            body = response.read()
        finally:
            conn.close()
        assert response.status == 405, (method, path, response.status)
        assert response.getheader("allow") == "GET, HEAD"
        assert b"Traceback" not in body and b"detail" not in body
