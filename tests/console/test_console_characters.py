"""The desk console refuses a control character or an invisible, direction-changing one (U+202E shows an
agency's name reversed) wherever staff type or upload content text, in one line at the field, and saves
nothing: the article form, the registry upload and the single-agency action (whose reason also keeps to the
registry's length rule)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import requests

from admin.console.workspace import Workspace
from content.validate_registry import STATUS_REASON_MAX
from tests.console.conftest import Desk, digest

RLO = "\u202e"
SAMPLE_SOURCE = Path(__file__).resolve().parents[2] / "content" / "sample"
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
    assert "<strong>title</strong>: U+202E RIGHT-TO-LEFT OVERRIDE at column 7" in en, en  # named once
    assert digest(desk.source) == before


def test_a_contact_name_with_such_a_character_is_refused_at_its_field_named_once(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)

    r = s.post(desk.url + "/contacts/consulate-seoul", data={
        "csrf_token": csrf, "ru.edit": "1", "ru.name": f"Консульство{RLO} в Сеуле",
        "ru.description": "Текст"}, timeout=60)

    assert r.status_code == 422, r.text[-2000:]
    ru = r.text.split('id="lang-ru"')[1].split("</fieldset>")[0]
    shown = [line for line in ru.splitlines() if "U+202E" in line]
    assert shown and "<strong>name</strong>: name" not in shown[0], shown
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


def test_the_single_agency_action_keeps_every_column_of_the_registry(tmp_path: Path) -> None:
    """The sample registry holds the optional `status_reason_code` column (a reason the kiosk words in the
    traveller's language). Changing one agency must keep every other row's code, and the changed row's code
    goes: its new reason is the text just typed, and an old code would word the previous reason."""
    source = tmp_path / "source"
    shutil.copytree(SAMPLE_SOURCE, source)
    path = source / AGENCIES
    with path.open(encoding="utf-8", newline="") as handle:
        before = list(csv.DictReader(handle))
    coded = next(row for row in before if row["status_reason_code"] and row["status"] == "active")
    assert sum(1 for row in before if row["status_reason_code"]) > 10

    Workspace(source, tmp_path / "spare").agency_action(coded["licence_no"], "revoke", "2026-12-01",
                                                        "Revoked by order")

    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        after = list(reader)
        assert reader.fieldnames is not None and "status_reason_code" in reader.fieldnames
    changed = {row["licence_no"]: row for row in after}[coded["licence_no"]]
    assert (changed["status"], changed["status_reason"], changed["status_reason_code"]) == (
        "revoked", "Revoked by order", "")
    assert [row for row in after if row["licence_no"] != coded["licence_no"]] == [
        row for row in before if row["licence_no"] != coded["licence_no"]]


def test_a_refusal_quotes_what_was_typed_short(desk: Desk) -> None:
    """A licence number or an address part of thousands of characters is named by its start and its length in
    the one-line refusal, not repeated whole."""
    s, csrf = desk.login()
    typed = "9" * 20_000
    r = s.post(desk.url + "/registry/agency", data={
        "csrf_token": csrf, "licence_no": typed, "action": "revoke", "date": "2026-12-01", "reason": "x"},
        timeout=60)
    assert r.status_code in (404, 422), r.status_code
    said = [line for line in r.text.splitlines() if "no agency with licence number" in line]
    assert said and "20,000 characters" in said[0] and "9" * 100 not in said[0], said or r.text[-1500:]
    r = s.get(desk.url + "/vacancies/" + "v" * 5000, timeout=60)
    assert r.status_code == 404 and "v" * 100 not in r.text, r.text[-1500:]
