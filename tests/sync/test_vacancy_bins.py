"""The vacancies role hands its parts to hash bins (as the registry does), so a changed vacancy re-signs one
small bin instead of the role's list of every part; a repository made before (a vacancies role that lists
its parts itself) keeps working for its kiosks, and `kiosk-admin add-role vacancies` adds the binned role."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from admin import cli as admin
from content.vacancies import vacancy_part, vacancy_target
from sync import keys, layout
from sync.publisher import Publisher, build_files
from sync.repo_init import bin_names
from sync.status import role_versions
from sync.store import DirStore
from sync.trust_expiry import role_expiries
from tests.sync.helpers import Kiosk, make_kiosk, shown_vacancies
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment, ServerThread, new_deployment

HEADER = ("id,country,occupation,employer,licence_no,wage_min,wage_max,currency,hours_per_week,language,"
          "language_level,contract_no,places,closes_on,apply_url\n")
ROW = "{id},{country},care,Pflege GmbH,0123,2400,{wage},EUR,40,de,B1,MR-1,6,2027-02-08,https://example.org/v/1\n"
TODAY = date(2026, 12, 1)


def _write(source: Path, *rows: tuple[str, str], wage: int = 2900) -> None:
    text = HEADER + "".join(ROW.format(id=vid, country=country, wage=wage) for vid, country in rows)
    (source / "vacancies.csv").write_text(text, encoding="utf-8")


def _visible(kiosk: Kiosk) -> set[str]:
    return set(shown_vacancies(kiosk, TODAY))


def vacancy_targets(publisher: Publisher) -> dict[str, str]:
    """Every vacancies part the repository lists, and the role that lists it."""
    role = publisher.roles[layout.ROLE_VACANCIES].signed
    names = bin_names(role) or [layout.ROLE_VACANCIES]
    return {path: name for name in names for path in publisher.roles[name].signed.targets}


def _metadata(proxy: FaultProxy) -> list[str]:
    return [path.rsplit("/", 1)[1] for _, path, _ in proxy.log if path.startswith("/metadata/")]


def test_a_changed_vacancy_moves_one_bin_not_the_list_of_every_part(
        kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy) -> None:
    rows = [(f"de-{n}", "de") for n in range(40)] + [(f"pl-{n}", "pl") for n in range(40)]
    _write(source, *rows)
    deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert _visible(kiosk) == {vid for vid, _ in rows}
    publisher = deployment.publisher()
    vacancies = publisher.roles[layout.ROLE_VACANCIES].signed
    assert len(bin_names(vacancies)) == 2 ** layout.VACANCY_BIN_BITS and not vacancies.targets
    listed = vacancy_targets(publisher)
    assert set(listed) == {vacancy_target(c, vacancy_part(v)) for v, c in rows}
    assert all(name.startswith(layout.VACANCY_BIN_PREFIX + "-") for name in listed.values())

    _write(source, *rows)
    text = (source / "vacancies.csv").read_text(encoding="utf-8").replace(
        "de-0,de,care,Pflege GmbH,0123,2400,2900", "de-0,de,care,Pflege GmbH,0123,2400,3100")
    (source / "vacancies.csv").write_text(text, encoding="utf-8")
    report = deployment.publish_source(source)
    part = vacancy_target("de", vacancy_part("de-0"))
    assert report.paths == (part,)
    assert [r for r in report.roles if r not in ("snapshot", "timestamp")] == [listed[part]]
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is None and result.changed
    fetched = _metadata(proxy)
    assert any(name.endswith(f".{listed[part]}.json") for name in fetched), fetched
    assert not any(name.endswith(".vacancies.json") for name in fetched), fetched
    assert _visible(kiosk) == {vid for vid, _ in rows}
    expiries = role_expiries(kiosk.data_dir / "sync" / "tuf")
    assert "vacancies-bin" in expiries, sorted(expiries)  # the kiosk watches the bins' expiry too
    # ... and leaves them out of the heartbeat's role versions (the server takes at most 32 roles)
    assert not any("-bin-" in role for role in role_versions(kiosk.data_dir)), role_versions(kiosk.data_dir)


def test_the_kiosk_side_knows_the_same_bins_as_the_publisher() -> None:
    from sync import trust_expiry

    assert set(trust_expiry.BIN_PREFIXES) == set(layout.BIN_PREFIXES)


def test_a_repository_made_before_the_bins_keeps_working(tmp_path: Path, source: Path) -> None:
    """A vacancies role that lists its parts itself (repositories made before the bins): publishes go on
    into it and its kiosks see every change."""
    deployment = new_deployment(tmp_path / "d", vacancy_bins=False)
    server = ServerThread(deployment.root).start()
    kiosk = make_kiosk(tmp_path / "kiosk", server.url, deployment)
    try:
        _write(source, ("de-1", "de"))
        deployment.publish_source(source)
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        assert _visible(kiosk) == {"de-1"}
        _write(source, ("de-1", "de"), ("tr-1", "tr"))
        deployment.publish_source(source)
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        assert _visible(kiosk) == {"de-1", "tr-1"}
        publisher = deployment.publisher()
        assert not bin_names(publisher.roles[layout.ROLE_VACANCIES].signed)
        assert set(vacancy_targets(publisher).values()) == {layout.ROLE_VACANCIES}
        assert publisher.renew(force=True)  # renewing and rotating the flat role still work
        assert admin.main(["--deploy", str(deployment.root), "rotate-key", "vacancies"]) == 0
        _write(source, ("tr-1", "tr"))
        _publish_from_disk_keys(deployment, source, tmp_path)
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        assert _visible(kiosk) == {"tr-1"}
    finally:
        kiosk.close()
        server.stop()


def _publish_from_disk_keys(deployment: Deployment, source: Path, tmp_path: Path) -> None:
    """Publish `source` with the keys as `kiosk-admin` keeps them (after a rotation: the new ones)."""
    folder = deployment.root / "keys"
    ring = keys.load(folder / "offline").merged(keys.load(folder / "online"))
    files, manifest = build_files(source, tmp_path / "build")
    Publisher(DirStore(deployment.root / "repository"), ring).publish_bundle(files, manifest)


def test_add_role_makes_the_binned_role_and_rotation_moves_the_bins(tmp_path: Path, source: Path) -> None:
    old = (layout.ROLE_CONTENT, layout.ROLE_REGISTRY, layout.ROLE_ALERTS)
    deployment = new_deployment(tmp_path / "d", roles=old)
    deployment.publish_source(source)
    server = ServerThread(deployment.root).start()
    kiosk = make_kiosk(tmp_path / "kiosk", server.url, deployment)
    try:
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        deploy = ["--deploy", str(deployment.root)]
        assert admin.main([*deploy, "add-role", "vacancies"]) == 0
        publisher = Publisher(DirStore(deployment.root / "repository"), deployment.keyring)
        assert len(bin_names(publisher.roles[layout.ROLE_VACANCIES].signed)) == 2 ** layout.VACANCY_BIN_BITS
        assert admin.main([*deploy, "rotate-key", "vacancies"]) == 0
        _write(source, ("de-1", "de"), ("kr-1", "kr"))
        _publish_from_disk_keys(deployment, source, tmp_path)
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        assert _visible(kiosk) == {"de-1", "kr-1"}
        assert admin.main([*deploy, "status"]) == 0
    finally:
        kiosk.close()
        server.stop()
