"""Verified vacancies over the signed sync: signed by their own role, in parts of each destination, so one
new vacancy moves one small file; the poll that brings a revocation hides the agency's vacancies; and the
desk's publish refuses a closing date that passed and a licence that ended, by the day it publishes on."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from admin import cli as admin
from content.vacancies import vacancy_part, vacancy_target
from kiosk.services.store import ContentStore
from sync import layout
from sync.publisher import build_files
from tests.sync.helpers import Kiosk, make_kiosk, query, set_agency_status, shown_vacancies
from tests.sync.test_vacancy_bins import vacancy_targets
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment, ServerThread, new_deployment

HEADER = ("id,country,occupation,employer,licence_no,wage_min,wage_max,currency,hours_per_week,language,"
          "language_level,contract_no,places,closes_on,apply_url\n")
ROW = "{id},{country},care,Pflege GmbH,0123,2400,2900,EUR,40,de,B1,MR-1,6,2027-02-08,https://example.org/v/1\n"
TODAY = date(2026, 12, 1)  # the kiosk's day here: the rows close later, 0123's licence ends in 2029


def _write(source: Path, *rows: tuple[str, str]) -> None:
    text = HEADER + "".join(ROW.format(id=vid, country=country) for vid, country in rows)
    (source / "vacancies.csv").write_text(text, encoding="utf-8")


def _part(vacancy_id: str, country: str) -> str:
    return vacancy_target(country, vacancy_part(vacancy_id))


def _visible(kiosk: Kiosk) -> set[str]:
    return set(shown_vacancies(kiosk, TODAY))


def test_one_new_vacancy_moves_one_small_file_signed_by_the_vacancies_role(
        kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy) -> None:
    _write(source, ("de-1", "de"), ("pl-1", "pl"))
    deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert _visible(kiosk) == {"de-1", "pl-1"}
    publisher = deployment.publisher()
    assert set(vacancy_targets(publisher)) == {_part("de-1", "de"), _part("pl-1", "pl")}
    _write(source, ("de-1", "de"), ("de-2", "de"), ("pl-1", "pl"))
    report = deployment.publish_source(source)
    assert report.paths == (_part("de-2", "de"),)
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is None and result.changed
    downloaded = [path for _, path, _ in proxy.log if path.startswith("/targets/")]
    name = _part("de-2", "de").split("/")[1]
    assert len(downloaded) == 1 and downloaded[0].endswith("." + name), downloaded
    assert _visible(kiosk) == {"de-1", "de-2", "pl-1"}
    assert query(kiosk.data_dir, "SELECT COUNT(*) FROM vacancies")[0][0] == 3


def test_the_poll_that_revokes_an_agency_hides_its_vacancies(
        kiosk: Kiosk, deployment: Deployment, source: Path) -> None:
    _write(source, ("de-1", "de"))
    deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert _visible(kiosk) == {"de-1"}
    # The licensing desk revokes the licence; the job order is still in the vacancies role until the
    # platform's next export, and the kiosk must not show it in the meantime.
    signed_order = (deployment.root / "build" / _part("de-1", "de")).read_bytes()
    set_agency_status(source, "0123", "revoked")
    (source / "vacancies.csv").unlink()  # publishing refuses a job order of a revoked agency
    files, manifest = build_files(source, deployment.root / "build")
    report = deployment.publisher().publish_bundle({**files, _part("de-1", "de"): signed_order}, manifest)
    assert not any(p.startswith("vacancies/") for p in report.paths)
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert query(kiosk.data_dir, "SELECT COUNT(*) FROM vacancies")[0][0] == 1
    assert _visible(kiosk) == set()



def _dated_source(source: Path, closes_on: date, licence_ends: date) -> None:
    """One vacancy of agency 0123 closing on `closes_on`, and 0123's licence ending on `licence_ends`."""
    (source / "vacancies.csv").write_text(
        HEADER + ROW.format(id="de-1", country="de").replace("2027-02-08", closes_on.isoformat()),
        encoding="utf-8")
    path = source / "registry" / "agencies.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["licence_no"] == "0123":
            row["expires_on"] = licence_ends.isoformat()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(("closes", "licence_ends", "refused"), [
    (-1, 400, "vacancies.csv:2: closes_on {closes} is in the past (today is {today})"),
    (30, -1, "vacancies.csv:2: licence '0123' is not currently licensed (expired)"),
])
def test_the_desks_publish_refuses_a_closed_vacancy_and_an_ended_licence(
        tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str], closes: int, licence_ends: int,
        refused: str) -> None:
    """The dated rules are the desk's: `kiosk-admin publish` checks them against the day it publishes on
    (every date here is relative to it), while a build of the same source for display does not."""
    today = date.today()
    deploy = ["--deploy", str(tmp_path / "d")]
    assert admin.main([*deploy, "init", "--unencrypted"]) == 0
    closes_on = today + timedelta(days=closes)
    _dated_source(source, closes_on, today + timedelta(days=licence_ends))
    build_files(source, tmp_path / "display")  # not a publication: raises nothing
    capsys.readouterr()
    assert admin.main([*deploy, "publish", str(source)]) == 1
    err = capsys.readouterr().err
    assert refused.format(closes=closes_on.isoformat(), today=today.isoformat()) in err, err
    _dated_source(source, today + timedelta(days=30), today + timedelta(days=400))
    assert admin.main([*deploy, "publish", str(source)]) == 0, capsys.readouterr().err


def test_a_repository_made_before_the_vacancies_role_gets_it_with_one_command(
        tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An old deployment (no vacancies role, no vacancies key): its kiosks keep working; publishing
    vacancies says in one line what to run; `kiosk-admin add-role vacancies` adds the role, and the same
    kiosk, with the same trusted root, shows the vacancies after its next poll."""
    old = (layout.ROLE_CONTENT, layout.ROLE_REGISTRY, layout.ROLE_ALERTS)
    deployment = new_deployment(tmp_path / "d", roles=old)
    deployment.publish_source(source)
    assert layout.ROLE_VACANCIES not in deployment.publisher().roles
    server = ServerThread(deployment.root).start()
    kiosk = make_kiosk(tmp_path / "kiosk", server.url, deployment)
    try:
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        deploy = ["--deploy", str(deployment.root)]
        today = date.today()
        _dated_source(source, today + timedelta(days=30), today + timedelta(days=400))
        capsys.readouterr()
        assert admin.main([*deploy, "publish", str(source)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "`kiosk-admin add-role vacancies`" in err, err
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        assert admin.main([*deploy, "add-role", "vacancies"]) == 0
        assert (deployment.root / "keys" / "offline" / "vacancies-1.pem").is_file()
        assert admin.main([*deploy, "add-role", "vacancies"]) == 1  # once only
        assert admin.main([*deploy, "publish", str(source)]) == 0, capsys.readouterr().err
        result = kiosk.runner.run_once(deliver=False)
        assert result.status["last_error"] is None and result.changed
        store = ContentStore(kiosk.data_dir)
        try:
            assert {v.id for v in store.vacancies(today, stale=False)} == {"de-1"}
        finally:
            store.reload()
    finally:
        kiosk.close()
        server.stop()
