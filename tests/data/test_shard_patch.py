"""An apply of a changed registry shard reads only the agencies that changed, and refuses, changing
nothing, what reading the whole shard would refuse."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import content.shard_diff as shard_diff
from content.bundle import build_bundle
from content.bundle_format import MANIFEST, bundle_version, canonical_json, sha256_hex, shard_of
from content.bundle_read import load_bundle
from content.errors import BundleError
from content.loader import load_source
from content.shard_diff import shard_patch
from kiosk.data import apply as apply_module
from kiosk.data.apply import ApplyError, apply_bundle

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle") / "sample"
    build_bundle(load_source(SAMPLE), folder)
    return folder


def _shard_name(folder: Path) -> str:
    """The sample's biggest shard."""
    names = [n for n in json.loads((folder / MANIFEST).read_bytes())["targets"] if "/agencies-" in n]
    return max(names, key=lambda n: (folder / n).stat().st_size)


def _agencies(folder: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((folder / name).read_bytes())["agencies"]


def _with_shard(source: Path, target: Path, name: str, agencies: list[dict[str, Any]] | bytes) -> Path:
    """A copy of the bundle `source` whose shard `name` holds `agencies` (rows, or the raw bytes)."""
    shutil.copytree(source, target)
    shard = name.removesuffix(".json").rsplit("-", 1)[1]
    data = agencies if isinstance(agencies, bytes) else canonical_json(
        {"agencies": sorted(agencies, key=lambda a: a["licence_no"]), "shard": shard})
    (target / name).write_bytes(data)
    manifest = json.loads((target / MANIFEST).read_bytes())
    manifest["targets"][name] = {"length": len(data), "sha256": sha256_hex(data)}
    manifest["version"] = bundle_version({n: t["sha256"] for n, t in manifest["targets"].items()})
    (target / MANIFEST).write_bytes(canonical_json(manifest))
    return target


def _rows(data_dir: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{data_dir / 'content.db'}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM agencies ORDER BY licence_no").fetchall()
    finally:
        conn.close()


def _digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "content.db").read_bytes()).hexdigest()


def _shards_read_whole(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The registry shards the apply reads whole (parses every agency of)."""
    whole: list[str] = []
    plain = load_bundle

    def recording(folder: Path, parse: Any = None) -> Any:
        whole.extend(sorted(n for n in parse or () if "/agencies-" in n))
        return plain(folder, parse)

    monkeypatch.setattr(apply_module, "load_bundle", recording)
    return whole


def test_random_edits_give_the_patch_a_whole_reading_gives(sample: Path) -> None:
    name = _shard_name(sample)
    shard = name.removesuffix(".json").rsplit("-", 1)[1]
    agencies = _agencies(sample, name)
    old = (sample / name).read_bytes()
    rng = random.Random(5)
    for _ in range(60):
        new_rows = [dict(a) for a in agencies]
        for _ in range(rng.randint(1, 3)):
            edit = rng.choice(("change", "remove", "add"))
            if edit == "change" and new_rows:
                rng.choice(new_rows)["name"] += rng.choice(("x", "}", '{"a', "ʻ", ",{\"address\":\""))
            elif edit == "remove" and new_rows:
                new_rows.pop(rng.randrange(len(new_rows)))
            else:
                twin = dict(rng.choice(agencies))
                twin["licence_no"] = next(f"{twin['licence_no']}-{i}" for i in range(10**6)
                                          if shard_of(f"{twin['licence_no']}-{i}") == shard)
                new_rows.append(twin)
        new = canonical_json({"agencies": sorted(new_rows, key=lambda a: a["licence_no"]), "shard": shard})
        patch = shard_patch(name, shard, old, new)
        assert patch is not None
        result = {a["licence_no"]: a for a in agencies if a["licence_no"] not in patch.gone}
        result.update({a["licence_no"]: a for a in patch.agencies})
        assert sorted(result) == sorted(a["licence_no"] for a in new_rows)
        assert all(result[a["licence_no"]] == a for a in new_rows)
        assert len(patch.agencies) <= 6  # only the agencies around the edits were read


def test_a_shard_in_another_shape_is_left_to_the_whole_reading(sample: Path) -> None:
    name = _shard_name(sample)
    shard = name.removesuffix(".json").rsplit("-", 1)[1]
    old = (sample / name).read_bytes()
    assert shard_patch(name, shard, old, old.replace(b'{"agencies":[', b'{"agencies": [', 1)) is None
    assert shard_patch(name, shard, old, old) == shard_diff.ShardPatch(shard, [], [], frozenset())


def test_a_one_agency_change_is_applied_as_a_patch(tmp_path: Path, sample: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    name = _shard_name(sample)
    agencies = _agencies(sample, name)
    agencies[len(agencies) // 2]["status"] = "revoked"
    changed = _with_shard(sample, tmp_path / "changed", name, agencies)
    apply_bundle(sample, tmp_path / "kiosk")
    whole = _shards_read_whole(monkeypatch)
    result = apply_bundle(changed, tmp_path / "kiosk", previous=sample)
    assert whole == []
    assert name in result.changed_targets
    apply_bundle(changed, tmp_path / "fresh")  # a whole new content.db from the same bundle
    assert _rows(tmp_path / "kiosk") == _rows(tmp_path / "fresh")


def test_without_the_old_shard_bytes_the_shard_is_read_whole(tmp_path: Path, sample: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    name = _shard_name(sample)
    agencies = _agencies(sample, name)
    agencies[0]["status"] = "revoked"
    changed = _with_shard(sample, tmp_path / "changed", name, agencies)
    apply_bundle(sample, tmp_path / "kiosk")
    damaged = shutil.copytree(sample, tmp_path / "damaged")
    (damaged / name).write_bytes((damaged / name).read_bytes().replace(b"revoked", b"REVOKED", 1))
    whole = _shards_read_whole(monkeypatch)
    apply_bundle(changed, tmp_path / "kiosk", previous=damaged)
    assert whole == [name]
    apply_bundle(changed, tmp_path / "fresh")
    assert _rows(tmp_path / "kiosk") == _rows(tmp_path / "fresh")


@pytest.mark.parametrize("fault", ["bad status", "duplicate licence", "bad json", "not a string"])
def test_a_bad_changed_agency_is_refused_and_nothing_changes(tmp_path: Path, sample: Path,
                                                             fault: str) -> None:
    name = _shard_name(sample)
    agencies = _agencies(sample, name)
    middle = agencies[len(agencies) // 2]
    data: list[dict[str, Any]] | bytes
    if fault == "bad status":
        middle["status"] = "probably fine"
        data = agencies
    elif fault == "duplicate licence":
        data = canonical_json({"agencies": [*agencies, middle], "shard": shard_of(middle["licence_no"])})
    else:
        text = (sample / name).read_bytes()
        row = canonical_json(middle)
        broken = row.replace(b'"status":"', b'"status":NaN,"x":"', 1) if fault == "bad json" else \
            row.replace(b'"name":"', b'"name":7,"n":"', 1)
        data = text.replace(row, broken, 1)
    bad = _with_shard(sample, tmp_path / "bad", name, data)
    apply_bundle(sample, tmp_path / "kiosk")
    before = _digest(tmp_path / "kiosk")
    with pytest.raises(ApplyError, match="bundle rejected"):
        apply_bundle(bad, tmp_path / "kiosk", previous=sample)
    assert _digest(tmp_path / "kiosk") == before
    with pytest.raises((ApplyError, BundleError)):
        apply_bundle(bad, tmp_path / "fresh")  # the whole reading refuses it too
