"""Verified vacancies over the signed sync: signed by their own role, one file per destination, so one new
vacancy moves one small file; and the poll that brings a revocation hides the agency's vacancies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.services.store import ContentStore
from sync import layout
from sync.publisher import build_files
from tests.sync.helpers import Kiosk, query, set_agency_status
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment

HEADER = ("id,country,occupation,employer,licence_no,wage_min,wage_max,currency,hours_per_week,language,"
          "language_level,contract_no,places,closes_on,apply_url\n")
ROW = "{id},{country},care,Pflege GmbH,0123,2400,2900,EUR,40,de,B1,MR-1,6,2099-02-08,https://example.org/v/1\n"


def _write(source: Path, *rows: tuple[str, str]) -> None:
    text = HEADER + "".join(ROW.format(id=vid, country=country) for vid, country in rows)
    (source / "vacancies.csv").write_text(text, encoding="utf-8")


def _visible(kiosk: Kiosk) -> set[str]:
    store = ContentStore(kiosk.data_dir)
    try:
        return {v.id for v in store.vacancies(datetime.now(UTC).date(), stale=False)}
    finally:
        store.reload()


def test_one_new_vacancy_moves_one_small_file_signed_by_the_vacancies_role(
        kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy) -> None:
    _write(source, ("de-1", "de"), ("pl-1", "pl"))
    deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert _visible(kiosk) == {"de-1", "pl-1"}
    publisher = deployment.publisher()
    assert set(publisher.roles[layout.ROLE_VACANCIES].signed.targets) == {"vacancies/de.json",
                                                                          "vacancies/pl.json"}
    _write(source, ("de-1", "de"), ("de-2", "de"), ("pl-1", "pl"))
    report = deployment.publish_source(source)
    assert report.paths == ("vacancies/de.json",)
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is None and result.changed
    downloaded = [path for _, path, _ in proxy.log if path.startswith("/targets/")]
    assert len(downloaded) == 1 and downloaded[0].endswith(".de.json"), downloaded
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
    signed_order = (deployment.root / "build" / "vacancies" / "de.json").read_bytes()
    set_agency_status(source, "0123", "revoked")
    (source / "vacancies.csv").unlink()  # publishing refuses a job order of a revoked agency
    files, manifest = build_files(source, deployment.root / "build")
    report = deployment.publisher().publish_bundle({**files, "vacancies/de.json": signed_order}, manifest)
    assert not any(p.startswith("vacancies/") for p in report.paths)
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert query(kiosk.data_dir, "SELECT COUNT(*) FROM vacancies")[0][0] == 1
    assert _visible(kiosk) == set()
