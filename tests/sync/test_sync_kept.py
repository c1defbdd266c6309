"""What a poll reads again: kept files whose signed length and hash are unchanged are trusted, except the
parts of a registry shard that is put together again, which are all checked against their signed hash."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from tuf.ngclient import Updater

from content.bundle_format import canonical_json, shard_of
from content.errors import BundleError
from sync import assemble, layout
from tests.sync.helpers import Kiosk, query, set_agency_status
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment


def _hash_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every kept file python-tuf is asked to hash again, by path."""
    checked: list[str] = []
    plain = Updater.find_cached_target

    def counting(self: Updater, info, path=None):  # noqa: ANN001, ANN202 - Updater's own signature
        checked.append(info.path)
        return plain(self, info, path)

    monkeypatch.setattr(Updater, "find_cached_target", counting)
    return checked


def _part_of(licence_no: str) -> str:
    return layout.part_path(hashlib.sha256(licence_no.encode()).hexdigest()[:layout.DEFAULT_PART_DIGITS])


def _add_agency(source: Path, licence_no: str) -> None:
    path = source / "registry" / "agencies.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows.append({**rows[0], "licence_no": licence_no, "name": f"Test agency {licence_no}",
                 "tin": "000000009"})
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_a_one_agency_change_hashes_only_the_parts_of_its_shard(
    kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)
    checked = _hash_checks(monkeypatch)
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).changed
    assert checked == [_part_of("0123")]  # the only part of its shard; the other kept files are trusted
    assert query(kiosk.data_dir, "SELECT status FROM agencies WHERE licence_no = '0123'") == [("revoked",)]


def test_a_damaged_part_is_fetched_again_when_its_shard_is_put_together_again(
    kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy
) -> None:
    neighbour = next(n for n in (f"NB-{i}" for i in range(10_000))
                     if shard_of(n) == shard_of("0123") and _part_of(n) != _part_of("0123"))
    _add_agency(source, neighbour)
    deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).changed
    kept = Path(assemble.kept_copy(kiosk.data_dir, _part_of(neighbour)))
    data = kept.read_bytes()
    kept.write_bytes(data.replace(b"Test agency", b"Fake agency"))  # same length, other bytes
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).changed
    # /targets/registry/agencies-1/<sha256>.1be.json: python-tuf's consistent-snapshot names
    fetched = sorted(p.rsplit("/", 1)[1].split(".", 1)[1] for _, p, _ in proxy.log
                     if p.startswith("/targets/"))
    assert fetched == sorted(Path(_part_of(n)).name for n in ("0123", neighbour))
    assert query(kiosk.data_dir, "SELECT name FROM agencies WHERE licence_no = ?", neighbour) == [
        (f"Test agency {neighbour}",)]
    assert Path(assemble.kept_copy(kiosk.data_dir, _part_of(neighbour))).read_bytes() == data


def _shard_and_parts(count: int) -> tuple[str, list[dict], dict[str, bytes]]:
    odd = 'odd },{"licence_no":"0"} ] "q" Ж\u2028'
    agencies = [{"licence_no": f"{i:05d}", "name": f"A{i}", "address": odd, "countries": ["kr"], "score": 1.5}
                for i in range(count)]
    shard = shard_of(agencies[0]["licence_no"])
    mine = sorted((a for a in agencies if shard_of(a["licence_no"]) == shard), key=lambda a: a["licence_no"])
    return shard, mine, layout.split_shard(mine, 3)


def test_joining_canonical_parts_gives_the_builders_bytes() -> None:
    shard, mine, parts = _shard_and_parts(400)
    assert len(parts) > 1
    assert layout.join_shard(shard, parts.values()) == canonical_json({"shard": shard, "agencies": mine})


def test_parts_in_another_shape_are_joined_the_long_way() -> None:
    shard, mine, parts = _shard_and_parts(400)
    spaced = [data.replace(b'{"agencies":[', b'{"agencies": [', 1) for data in parts.values()]
    assert layout.join_shard(shard, spaced) == canonical_json({"shard": shard, "agencies": mine})


@pytest.mark.parametrize("bad", [b'{"agencies":[{"licence_no":"1"},],"part":"abc"}',
                                 b'{"agencies":[{"licence_no":"1","n":NaN}],"part":"abc"}',
                                 b'{"agencies":[{"name":"no licence"}],"part":"abc"}',
                                 b'{"agencies":[{"licence_no":"1"}],"part":"abc"'])
def test_a_broken_part_is_refused(bad: bytes) -> None:
    with pytest.raises(BundleError):
        layout.join_shard("0", [bad])


def test_a_one_agency_change_links_no_kept_part(
    kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts are kept apart from the bundle folder: a new folder links its targets, not every part."""
    linked: list[str] = []
    plain = assemble._link  # noqa: SLF001 - counted, then done

    def counting(source_path: str | Path, target: str | Path) -> None:
        linked.append(str(target))
        plain(source_path, target)

    monkeypatch.setattr(assemble, "_link", counting)
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)
    assert kiosk.runner.run_once(deliver=False).changed
    into_parts = [t for t in linked if t.startswith(str(assemble.parts_dir(kiosk.data_dir)))]
    assert into_parts == [assemble.kept_copy(kiosk.data_dir, _part_of("0123")) + ".new"]  # the new one only
    assert all(Path(t).is_relative_to(kiosk.data_dir / ".bundle-new") for t in linked if t not in into_parts)


def test_parts_kept_in_the_earlier_layout_are_taken_over(kiosk: Kiosk, deployment: Deployment, source: Path,
                                                          proxy: FaultProxy) -> None:
    """A bundle folder of the earlier layout kept the parts in `bundle/.parts/`: they move, unfetched."""
    store = assemble.parts_dir(kiosk.data_dir)
    legacy = kiosk.data_dir / "bundle" / assemble.PARTS
    legacy.mkdir()
    (store / "registry").rename(legacy / "registry")
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).changed
    fetched = [p for _, p, _ in proxy.log if p.startswith("/targets/registry/agencies-")]
    assert len(fetched) == 1
    assert not legacy.exists()
    assert query(kiosk.data_dir, "SELECT status FROM agencies WHERE licence_no = '0123'") == [("revoked",)]


def test_a_part_kept_ahead_of_an_apply_that_failed_still_changes_its_shard(
    kiosk: Kiosk, deployment: Deployment, source: Path, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A poll cut short after the new part was kept: the next poll finds the part already at hand (it is
    not fetched again) and must still put its shard together again."""
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)

    def failing(*_args: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(kiosk.runner.content, "apply", failing)
        assert kiosk.runner.run_once(deliver=False).status["last_error"] is not None
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).changed
    assert not [p for _, p, _ in proxy.log if p.startswith("/targets/registry/agencies-")]
    assert query(kiosk.data_dir, "SELECT status FROM agencies WHERE licence_no = '0123'") == [("revoked",)]
