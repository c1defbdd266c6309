"""The vacancies desk over HTTP: add, edit and close a job order with the publish-time rules at the field,
upload the platform's export with a diff (added / changed / closed / removed, mass removal typed back),
publish with a summary in words and the audit log; a repository made before the vacancies role gets the one
line naming `kiosk-admin add-role vacancies`, never a 500. Bad files and fields are refused in one line with
the sources unchanged."""

from __future__ import annotations

import html
import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests

from admin.cli import main as admin_main
from admin.console.app import create_console
from admin.console.desk import Desk as ConsoleDesk
from admin.console.desk import PublishRefused
from content.vacancies import COLUMNS
from server.accounts import Accounts, Role
from server.db import SERVER_DB, ServerDB
from sync import keys, layout
from tests.console.conftest import CHEAP, FIXTURE, PASSWORD, Desk, digest
from tests.console.test_console_content import _publish
from tests.testkit.appthread import AppThread
from tests.testkit.serve import ServerThread, new_deployment

HEADER = ",".join(COLUMNS) + "\n"
SOON = (date.today() + timedelta(days=90)).isoformat()
PAST = (date.today() - timedelta(days=3)).isoformat()


def vacancy(n: int, country: str = "de", licence: str = "0123", closes: str = SOON, **extra: str
            ) -> dict[str, str]:
    row = {"id": f"{country}-care-{n:03d}", "country": country, "occupation": "care",
           "employer": f"Pflegeheim {n} (SAMPLE)", "licence_no": licence, "wage_min": "2400",
           "wage_max": "2900", "currency": "EUR", "hours_per_week": "40", "language": "de",
           "language_level": "B1", "contract_no": f"SAMPLE-{n:05d}", "places": "3", "closes_on": closes,
           "apply_url": f"https://example.org/kiosk-sample/vacancy/{n}"}
    return row | extra


def csv_of(rows: list[dict[str, str]]) -> bytes:
    return (HEADER + "".join(",".join(r[c] for c in COLUMNS) + "\n" for r in rows)).encode("utf-8")


def add(desk: Desk, s: requests.Session, csrf: str, row: dict[str, str]) -> requests.Response:
    return s.post(desk.url + "/vacancies/new", data={"csrf_token": csrf, **row}, timeout=60)


def upload(desk: Desk, s: requests.Session, csrf: str, data: bytes) -> requests.Response:
    return s.post(desk.url + "/vacancies/upload", data={"csrf_token": csrf},
                  files={"file": ("vacancies.csv", data, "text/csv")}, timeout=120)


def upload_key(page: str) -> str:
    found = re.search(r'name="upload" value="([^"]+)"', page)
    assert found, page[-1500:]
    return found.group(1)


def field_error(page: str, name: str) -> str:
    found = re.search(rf'id="error-{name}">([^<]*)<', page)
    return html.unescape(found.group(1)) if found else ""


def test_add_edit_close_and_publish_with_a_summary_in_words(desk: Desk) -> None:
    s, csrf = desk.login()
    assert '<a href="/vacancies">Vacancies</a>' in s.get(desk.url + "/", timeout=30).text
    for n in (1, 2, 3):
        r = add(desk, s, csrf, vacancy(n))
        assert r.status_code == 200 and "Saved vacancy de-care-00" in r.text, r.text[-1500:]
    r = add(desk, s, csrf, vacancy(4, country="kr", currency="KRW", language="ko", language_level="A2"))
    assert r.status_code == 200, r.text[-1500:]
    assert "de-care-002" in (desk.source / "vacancies.csv").read_text(encoding="utf-8")

    r = s.get(desk.url + "/publish", timeout=60)
    assert "3 vacancies added in Germany" in r.text and "1 vacancy added in South Korea" in r.text
    run = _publish(s, desk, csrf)
    assert run["failed"] is None, run
    targets = " ".join(p.name for p in (desk.deployment.root / "repository").rglob("*.json"))
    assert ".de-" in targets and ".kr-" in targets, targets[:500]

    # Edit one, close another: the summary says which changed and which closed, by destination.
    r = s.post(desk.url + "/vacancies/de-care-001", data={"csrf_token": csrf, **vacancy(1, places="9")},
               timeout=60)
    assert r.status_code == 200 and "Saved vacancy de-care-001" in r.text
    r = s.post(desk.url + "/vacancies/de-care-002/close", data={"csrf_token": csrf}, timeout=60)
    assert r.status_code == 200 and "de-care-002 is closed" in r.text
    assert "de-care-002" not in (desk.source / "vacancies.csv").read_text(encoding="utf-8")
    closed = s.get(desk.url + "/vacancies", params={"status": "closed"}, timeout=30).text
    assert "de-care-002" in closed and "closed at the desk" in closed and "de-care-003" not in closed
    found = s.get(desk.url + "/vacancies", params={"q": "heim 3", "country": "de"}, timeout=30).text
    assert "de-care-003" in found and "de-care-001" not in found and "1 vacancy matches" in found
    r = s.get(desk.url + "/publish", timeout=60)
    assert "1 vacancy changed, 1 closed in Germany" in r.text, r.text[-2000:]
    run = _publish(s, desk, csrf)
    assert run["failed"] is None, run
    actions = [e["action"] for e in _audit(desk)]
    assert actions.count("vacancy.add") == 4 and "vacancy.edit" in actions and "vacancy.close" in actions
    assert actions.count("publish") == 2
    assert any("1 closed in Germany" in line for e in _audit(desk) if e["action"] == "publish"
               for line in e["details"]["summary"])


def _audit(desk: Desk) -> list[dict]:
    path = desk.deployment.root / "desk" / "audit.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_refused_vacancy_shows_each_rule_at_its_field_and_keeps_what_was_typed(desk: Desk) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    cases = {
        "licence_no": (vacancy(1, licence="0789"), "not currently licensed"),  # revoked
        "closes_on": (vacancy(2, closes=PAST), "is in the past"),
        "wage_min": (vacancy(3, wage_min="0"), "above zero"),
        "currency": (vacancy(4, currency="EUD"), "unknown currency"),
        "employer": (vacancy(5, employer="x" * 5000), "far too long"),
        "apply_url": (vacancy(6, apply_url="javascript:alert(1)"), "apply_url"),
    }
    for name, (row, expected) in cases.items():
        r = add(desk, s, csrf, row)
        assert r.status_code == 422, (name, r.text[-1500:])
        assert expected in field_error(r.text, name), (name, field_error(r.text, name), r.text[-2500:])
        if name != "employer":
            assert f'value="{html.escape(row[name])}"' in r.text.replace("&#34;", "&quot;"), name
    r = add(desk, s, csrf, vacancy(7, licence="unknown-1"))
    assert "not in the registry" in field_error(r.text, "licence_no")
    r = add(desk, s, csrf, vacancy(8, employer='<script>alert(1)</script>'))
    assert r.status_code == 200  # markup is text: saved as typed, shown escaped
    assert "<script>alert(1)</script>" not in s.get(desk.url + "/vacancies", timeout=30).text
    assert "&lt;script&gt;" in s.get(desk.url + "/vacancies", timeout=30).text
    r = add(desk, s, csrf, vacancy(8))
    assert "duplicate vacancy id" in field_error(r.text, "id")
    (desk.source / "vacancies.csv").unlink()
    assert digest(desk.source) == before


def test_an_upload_shows_added_changed_closed_removed_and_asks_for_mass_removals(desk: Desk) -> None:
    s, csrf = desk.login()
    # In the sources: 14 open vacancies, one whose closing date has passed since.
    rows = [vacancy(n) for n in range(1, 15)]
    (desk.source / "vacancies.csv").write_bytes(csv_of([*rows, vacancy(15, closes=PAST)]))
    before = digest(desk.source)
    new = [vacancy(1, places="7"), vacancy(2), vacancy(16, country="pl", currency="PLN", language="pl",
                                                       language_level="A1")]
    r = upload(desk, s, csrf, csv_of(new))
    assert r.status_code == 200, r.text[-2000:]
    assert "1 added · 1 changed · 1 closed · 12 removed · 1 unchanged" in html.unescape(r.text)
    assert "Type 12 to confirm" in r.text
    key = upload_key(r.text)
    r = s.post(desk.url + "/vacancies/apply", data={"csrf_token": csrf, "upload": key,
                                                    "confirm_removals": "11"}, timeout=60)
    assert r.status_code == 422 and "type 12 to confirm" in r.text
    assert digest(desk.source) == before
    r = s.post(desk.url + "/vacancies/apply", data={"csrf_token": csrf, "upload": key,
                                                    "confirm_removals": "12"}, timeout=60)
    assert r.status_code == 200 and "1 added, 1 changed, 1 closed, 12 removed" in r.text, r.text[-1500:]
    text = (desk.source / "vacancies.csv").read_text(encoding="utf-8")
    assert "pl-care-016" in text and "de-care-003" not in text
    assert "de-care-015" in s.get(desk.url + "/vacancies", params={"status": "closed"}, timeout=30).text
    assert s.post(desk.url + "/vacancies/apply", data={"csrf_token": csrf, "upload": key},
                  timeout=30).status_code == 409  # applied once only


def test_a_removal_count_typed_in_other_digits_is_a_wrong_count(desk: Desk) -> None:
    """"²" or "1³" passed the digit check (str.isdigit) and then failed int(): an Internal Server Error on
    both apply forms, the registry's and the vacancies'. Only the count, in 0-9, confirms; nothing else
    changes anything."""
    s, csrf = desk.login()
    (desk.source / "vacancies.csv").write_bytes(csv_of([vacancy(n) for n in range(1, 15)]))
    agencies = desk.source / "registry" / "agencies.csv"
    registry = agencies.read_text(encoding="utf-8")
    agencies.write_text(registry + "".join(
        f"L-{n:06d},Agency {n},,{n:09d},active,2024-01-01,2029-01-01,,,Toshkent,Addr,+998 00 000 00 00,kr\n"
        for n in range(100, 115)), encoding="utf-8")
    before = digest(desk.source)
    vacancies = upload(desk, s, csrf, csv_of([vacancy(1)]))
    assert "Type 13 to confirm" in vacancies.text, vacancies.text[-1500:]
    for apply, page in (("/vacancies/apply", vacancies.text), ("/registry/apply", "")):
        if not page:  # a session keeps one upload waiting: the registry's comes after the vacancies' tries
            page = s.post(desk.url + "/registry/upload", data={"csrf_token": csrf},
                          files={"file": ("agencies.csv", registry.encode(), "text/csv")}, timeout=120).text
            assert "Type 15 to confirm" in page, page[-1500:]
        for typed in ("²", "½", "1³", "٣"):
            r = s.post(desk.url + apply, data={"csrf_token": csrf, "upload": upload_key(page),
                                               "confirm_removals": typed}, timeout=60)
            assert r.status_code == 422, (apply, typed, r.status_code, r.text[:300])
            assert "to confirm" in r.text and "Internal Server Error" not in r.text, (apply, r.text[-1500:])
    assert digest(desk.source) == before


@pytest.mark.parametrize("name, data, expected", [
    ("wrong columns", b"id,country\nx,de\n", "missing column 'occupation'"),
    ("cp1251", csv_of([vacancy(1, employer="Рога и копыта")]).decode().encode("cp1251"), "Windows-1251"),
    ("duplicate ids", csv_of([vacancy(1), vacancy(1)]), "duplicate vacancy id 'de-care-001'"),
    ("huge field", csv_of([vacancy(1, employer="y" * 100_000)]), "far too long"),
    ("huge cell", csv_of([vacancy(1, employer="y" * 200_000)]), "CSV error"),
    ("past and unlicensed", csv_of([vacancy(1, closes=PAST), vacancy(2, licence="0789")]), "in the past"),
    ("too many rows", (HEADER + "x\n" * 60_000).encode(), "60,001 lines"),
    ("empty", b"", "choose the vacancies CSV file"),
])
def test_a_bad_upload_is_refused_in_one_line_and_changes_nothing(desk: Desk, name: str, data: bytes,
                                                                 expected: str) -> None:
    s, csrf = desk.login()
    before = digest(desk.source)
    r = upload(desk, s, csrf, data)
    assert r.status_code == 422, (name, r.text[-1500:])
    problems = re.search(r'id="upload-problems">(.*?)</section>', r.text, re.S)
    assert problems and expected in html.unescape(problems.group(1)), (name, r.text[-2500:])
    assert all(len(li) < 600 for li in re.findall(r"<li>(.*?)</li>", problems.group(1))), name
    assert "Traceback" not in r.text and "Nothing was changed" in r.text
    assert digest(desk.source) == before


def test_markup_in_an_upload_is_shown_as_text(desk: Desk) -> None:
    s, csrf = desk.login()
    r = upload(desk, s, csrf, csv_of([vacancy(1, employer='"<img src=x onerror=alert(1)>"')]))
    assert r.status_code == 200 and "<img src=x" not in r.text and "&lt;img src=x" in r.text


def test_a_repository_made_before_the_vacancies_role_says_what_to_run(tmp_path: Path) -> None:
    """The desk has the vacancies key but the repository has no vacancies role yet: the pages say so, a
    publish is refused in one line naming `kiosk-admin add-role vacancies`, and after that command the same
    sources publish."""
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    roles = tuple(r for r in layout.DELEGATED_ROLES if r != layout.ROLE_VACANCIES)
    deployment = new_deployment(tmp_path / "deploy", roles=roles)
    deployment.publish_source(source)
    offline = deployment.root / "keys" / "offline"
    keys.save(keys.generate({"vacancies": 1}), offline, ("vacancies",))  # the key came before the role
    server = ServerThread(deployment.root).start()
    db = ServerDB(deployment.root / SERVER_DB)
    Accounts(db, hasher=CHEAP).create("ada", PASSWORD, Role.ADMINISTRATOR, actor="test")
    console = AppThread(create_console(source, deployment.root, server.url)).start()
    try:
        desk = Desk(source, deployment, server, console, db)
        s, csrf = desk.login()
        page = s.get(desk.url + "/vacancies", timeout=30).text
        assert "kiosk-admin add-role vacancies" in page and 'id="role-missing"' in page
        assert add(desk, s, csrf, vacancy(1)).status_code == 200
        r = s.post(desk.url + "/publish", data={"csrf_token": csrf}, allow_redirects=False, timeout=60)
        assert r.status_code == 409, r.text[-1500:]
        error = html.unescape(re.search(r'class="error" role="alert">([^<]*)<', r.text).group(1))
        assert "`kiosk-admin add-role vacancies`" in error and "\n" not in error
        assert admin_main(["--deploy", str(deployment.root), "add-role", "vacancies"]) == 0
        assert 'id="role-missing"' not in s.get(desk.url + "/vacancies", timeout=30).text
        run = _publish(s, desk, csrf)
        assert run["failed"] is None and "1 vacancy added in Germany" in run["page"], run
    finally:
        console.stop()
        server.stop()
        db.close()


def test_the_publish_itself_refuses_a_missing_role_in_one_line(tmp_path: Path) -> None:
    """Below the page's check: `Desk.publish` turns the publisher's MissingRoleError into a refusal at the
    sign step, with nothing written."""
    source = tmp_path / "source"
    shutil.copytree(FIXTURE, source)
    roles = tuple(r for r in layout.DELEGATED_ROLES if r != layout.ROLE_VACANCIES)
    deployment = new_deployment(tmp_path / "deploy", roles=roles)
    deployment.publish_source(source)
    desk = ConsoleDesk(source, deployment.root)
    (source / "vacancies.csv").write_bytes(csv_of([vacancy(1)]))
    before = digest(deployment.root / "repository")
    with pytest.raises(PublishRefused) as refused:
        desk.publish("ada")
    assert refused.value.step == "sign" and "`kiosk-admin add-role vacancies`" in str(refused.value)
    assert digest(deployment.root / "repository") == before


def test_the_vacancies_desk_is_offered_by_its_key_alone(desk: Desk) -> None:
    """A machine with only the vacancies key is the vacancies desk; one without it has no vacancies page."""
    offline = desk.deployment.root / "keys" / "offline"
    kept = {key.name: key.read_bytes() for key in offline.glob("vacancies-*.pem")}
    for key in offline.glob("*.pem"):
        if key.name.split("-")[0] in ("content", "registry", "alerts"):
            key.unlink()
    s, csrf = desk.login()
    home = s.get(desk.url + "/", timeout=30).text
    assert "This is the vacancies desk." in home and 'href="/vacancies"' in home
    assert 'href="/registry"' not in home and s.get(desk.url + "/registry", timeout=30).status_code == 403
    assert add(desk, s, csrf, vacancy(1)).status_code == 200
    for name in kept:
        (offline / name).unlink()
    home = s.get(desk.url + "/", timeout=30).text
    assert 'href="/vacancies"' not in home
    r = s.get(desk.url + "/vacancies", timeout=30)
    assert r.status_code == 403 and "vacancies cannot be changed here" in r.text
    assert add(desk, s, csrf, vacancy(2)).status_code == 403
