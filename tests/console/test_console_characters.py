"""The desk console refuses a control character or an invisible, direction-changing one (U+202E shows an
agency's name reversed) wherever staff type or upload content text, in one line at the field, and saves
nothing: the article form, the registry upload and the single-agency action (whose reason also keeps to the
registry's length rule)."""

from __future__ import annotations

import requests

from content.validate_registry import STATUS_REASON_MAX
from tests.console.conftest import Desk, digest

RLO = "\u202e"
AGENCIES = "registry/agencies.csv"


def _agency(s: requests.Session, desk: Desk, csrf: str, reason: str) -> requests.Response:
    return s.post(desk.url + "/registry/agency", data={
        "csrf_token": csrf, "licence_no": "0123", "action": "revoke", "date": "2026-12-01", "reason": reason},
        timeout=60)


def test_an_article_title_with_a_right_to_left_override_is_refused_at_its_field(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)

    r = s.post(desk.url + "/articles/employer-pays", data={
        "csrf_token": csrf, "en.edit": "1", "en.title": f"The em{RLO}ployer pays", "en.summary": "Summary",
        "en.body": "Body text."}, timeout=60)

    assert r.status_code == 422, r.text[-2000:]
    en = r.text.split('id="lang-en"')[1].split("</fieldset>")[0]
    assert "<strong>title</strong>: title: U+202E RIGHT-TO-LEFT OVERRIDE at column 7" in en, en
    assert digest(desk.source) == before


def test_a_registry_upload_with_such_a_name_is_refused(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    current = (desk.source / AGENCIES).read_text(encoding="utf-8")
    for bad, shown in ((f"Namuna{RLO} Ish", "U+202E RIGHT-TO-LEFT OVERRIDE at column 8"),
                       ("Namuna\x1b[31m Ish", "U+001B ESCAPE at column 8"),
                       ("Namuna\x00 Ish", "U+0000 NULL at column 8"),
                       ("Namuna\n Ish", "U+000A LINE FEED at column 8")):
        data = current.replace("Namuna Ish Servis", bad, 1).encode()

        r = s.post(desk.url + "/registry/upload", data={"csrf_token": csrf},
                   files={"file": ("agencies.csv", data, "text/csv")}, timeout=60)

        assert r.status_code == 422, (bad, r.text[-2000:])
        assert f"uploaded file:2: name: {shown}" in r.text, (bad, r.text[-2000:])
        assert "Nothing was changed" in r.text
    assert digest(desk.source) == before


def test_the_single_agency_action_refuses_such_a_reason_at_its_field(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    for reason, shown in ((f"Revoked{RLO} by order", "reason: U+202E RIGHT-TO-LEFT OVERRIDE at column 8"),
                          ("Revoked\x1b[31m by order", "reason: U+001B ESCAPE at column 8"),
                          ("r" * 100_000,
                           f"reason is 100000 characters long; the limit is {STATUS_REASON_MAX}")):

        r = _agency(s, desk, csrf, reason)

        assert r.status_code == 422, (reason[:20], r.text[-2000:])
        error = r.text.split('<p class="error" role="alert">')[1].split("</p>")[0]
        assert error.startswith(f"not saved: {shown}") and "\n" not in error, error
    assert digest(desk.source) == before


def test_the_single_agency_action_saves_a_reason_at_the_limit(desk: Desk) -> None:
    s, csrf = desk.login()

    r = _agency(s, desk, csrf, "Oʻ" * (STATUS_REASON_MAX // 2))

    assert r.status_code == 200, r.text[-2000:]
    assert "is now revoked" in r.text
    assert "Oʻ" * (STATUS_REASON_MAX // 2) in (desk.source / AGENCIES).read_text(encoding="utf-8")


def test_the_reason_box_takes_what_the_registry_takes(desk: Desk) -> None:
    s, _ = desk.login()

    page = s.get(desk.url + "/registry", timeout=60).text

    assert f'<input name="reason" required maxlength="{STATUS_REASON_MAX}"' in page
