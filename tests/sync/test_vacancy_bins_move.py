"""`kiosk-admin bin-role vacancies` moves the flat vacancies role of a repository made before the hash bins to
the bins: signed with the offline vacancies key, followed by a kiosk through a normal sync with nothing lost,
nothing shown twice and no part downloaded again; a changed vacancy then moves one small bin instead of the
role's list of every part. It refuses in one line when there is nothing to move or a key is missing, and a
run killed at any write leaves the flat role in force and can be run again."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from admin import cli as admin
from kiosk.services.store import ContentStore
from sync import layout
from sync.publisher import Publisher
from sync.repo_init import bin_names
from sync.store import DirStore
from tests.sync.helpers import Kiosk, make_kiosk, shown_vacancies
from tests.sync.test_vacancy_bins import TODAY, _publish_from_disk_keys, _write, vacancy_targets
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment, ServerThread, new_deployment

ROWS = [(f"{country}-{n}", country) for country in ("de", "pl", "tr", "kr") for n in range(60)]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def flat(tmp_path: Path, source: Path) -> Iterator[tuple[Deployment, FaultProxy, Kiosk]]:
    """A repository made before the bins, 240 vacancies published, and a kiosk (through a byte-counting
    proxy) that has applied them."""
    deployment = new_deployment(tmp_path / "d", vacancy_bins=False)
    _write(source, *ROWS)
    deployment.publish_source(source)
    server = ServerThread(deployment.root).start()
    proxy = FaultProxy(server.port).start()
    kiosk = make_kiosk(tmp_path / "kiosk", proxy.url, deployment)
    try:
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
        assert shown_vacancies(kiosk, TODAY) == sorted(vid for vid, _ in ROWS)
        yield deployment, proxy, kiosk
    finally:
        kiosk.close()
        proxy.stop()
        server.stop()


def _change_one(source: Path, wage: int) -> None:
    """Every vacancy as first published, but de-7 with another top wage."""
    _write(source, *ROWS)
    text = (source / "vacancies.csv").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("de-7,"))
    (source / "vacancies.csv").write_text(text.replace(line, line.replace(",2900,", f",{wage},")),
                                          encoding="utf-8")


def _bytes_of_a_change(deployment: Deployment, source: Path, proxy: FaultProxy, kiosk: Kiosk,
                       tmp_path: Path, wage: int) -> int:
    """Publish one changed vacancy; the bytes the kiosk's next poll moves."""
    _change_one(source, wage)
    _publish_from_disk_keys(deployment, source, tmp_path / f"build-{wage}")
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is None and result.changed
    return proxy.bytes_in + proxy.bytes_out


def _publisher(deployment: Deployment) -> Publisher:
    return Publisher(DirStore(deployment.root / "repository"), deployment.keyring)


def test_a_flat_role_moves_to_bins_and_the_kiosk_follows(
        flat: tuple[Deployment, FaultProxy, Kiosk], source: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    deployment, proxy, kiosk = flat
    before = _bytes_of_a_change(deployment, source, proxy, kiosk, tmp_path, 3000)
    parts = vacancy_targets(_publisher(deployment))
    assert set(parts.values()) == {layout.ROLE_VACANCIES}

    assert admin.main(["--deploy", str(deployment.root), "bin-role", "vacancies"]) == 0
    assert f"{len(parts)} parts moved to 32 hash bins" in capsys.readouterr().out
    publisher = _publisher(deployment)
    moved = vacancy_targets(publisher)
    assert set(moved) == set(parts)  # every part, with the same hashes: none is published again
    assert all(name.startswith(layout.VACANCY_BIN_PREFIX + "-") for name in moved.values())
    assert not publisher.roles[layout.ROLE_VACANCIES].signed.targets

    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is None
    fetched = [path for _, path, _ in proxy.log]
    assert not any(path.startswith("/targets/") for path in fetched), fetched  # no part downloaded again
    assert any(".vacancies-bin-" in path for path in fetched), fetched
    assert shown_vacancies(kiosk, TODAY) == sorted(vid for vid, _ in ROWS)  # nothing lost, nothing twice

    after = _bytes_of_a_change(deployment, source, proxy, kiosk, tmp_path, 3100)
    assert after * 2 < before, (before, after)
    store = ContentStore(kiosk.data_dir)
    assert {v.id: v.wage_max for v in store.vacancies(TODAY, stale=False)}["de-7"] == 3100
    store.reload()
    assert shown_vacancies(kiosk, TODAY) == sorted(vid for vid, _ in ROWS)


def test_it_refuses_in_one_line_when_there_is_nothing_to_move_or_a_key_is_missing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binned = new_deployment(tmp_path / "binned")
    assert admin.main(["--deploy", str(binned.root), "bin-role", "vacancies"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "in hash bins already; nothing was changed" in err, err

    made_before = (layout.ROLE_CONTENT, layout.ROLE_REGISTRY, layout.ROLE_ALERTS)
    old = new_deployment(tmp_path / "old", roles=made_before)
    assert admin.main(["--deploy", str(old.root), "bin-role", "vacancies"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kiosk-admin add-role vacancies" in err, err

    flat = new_deployment(tmp_path / "flat", vacancy_bins=False)
    listing = sorted((flat.root / "repository" / "metadata").iterdir())
    for pem in (flat.root / "keys" / "offline").glob("vacancies-*.pem"):
        pem.unlink()
    assert admin.main(["--deploy", str(flat.root), "bin-role", "vacancies"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the vacancies key is not here; nothing was changed" in err, err
    assert sorted((flat.root / "repository" / "metadata").iterdir()) == listing


KILLED = """
import os, signal, sys
from sync.store import DirStore
write, write_many = DirStore.write, DirStore.write_many
def die(): os.kill(os.getpid(), signal.SIGKILL)
def killing_write(self, name, data):
    if name == sys.argv[2]:
        die()
    write(self, name, data)
def killing_write_many(self, files):
    if sys.argv[2] == "bins":  # half the bins written, then killed
        write_many(self, dict(list(files.items())[: len(files) // 2]))
        die()
    write_many(self, files)
DirStore.write, DirStore.write_many = killing_write, killing_write_many
from admin.cli import main
main(["--deploy", sys.argv[1], "bin-role", "vacancies"])
"""


@pytest.mark.parametrize("at", ["bins", "metadata/timestamp.json"])
def test_a_run_killed_halfway_changes_nothing_kiosks_see_and_runs_again(
        flat: tuple[Deployment, FaultProxy, Kiosk], at: str) -> None:
    """kill -9 while the bins are written, or just before the timestamp (bins, role and snapshot written):
    the published state is still the flat role, kiosks see no change, and the command runs again."""
    deployment, proxy, kiosk = flat
    timestamp = (deployment.root / "repository" / "metadata" / "timestamp.json").read_bytes()
    run = subprocess.run([sys.executable, "-c", KILLED, str(deployment.root), at], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == -9, run.stderr
    assert (deployment.root / "repository" / "metadata" / "timestamp.json").read_bytes() == timestamp
    assert not bin_names(_publisher(deployment).roles[layout.ROLE_VACANCIES].signed)
    result = kiosk.runner.run_once(deliver=False)
    assert result.status["last_error"] is None and not result.changed

    assert admin.main(["--deploy", str(deployment.root), "bin-role", "vacancies"]) == 0
    assert bin_names(_publisher(deployment).roles[layout.ROLE_VACANCIES].signed)
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).status["last_error"] is None
    assert not any(path.startswith("/targets/") for _, path, _ in proxy.log)
    assert shown_vacancies(kiosk, TODAY) == sorted(vid for vid, _ in ROWS)
