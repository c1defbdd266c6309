"""Building bundles: the round trip to load_bundle, the exact bytes, and writing the folder safely."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from content.bundle import build_bundle, load_bundle
from content.bundle_format import canonical_json, shard_of
from content.errors import ContentError
from content.loader import load_source

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_round_trip_gives_back_every_item(built_bundle: Path) -> None:
    bundle = load_bundle(built_bundle)

    assert [t["id"] for t in bundle.topics] == ["rights", "recruitment"]
    assert bundle.topics[0]["title"]["uz-Latn"] == "Huquqlaringiz"
    assert sorted(a["id"] for a in bundle.articles) == ["employer-pays", "written-contract"]
    assert [a["id"] for a in bundle.alerts] == ["fake-work-visas"]
    assert [g["country"] for g in bundle.guides] == ["kr"]
    assert [c["id"] for c in bundle.contacts] == ["agency-hotline", "consulate-seoul"]
    assert sorted(a["licence_no"] for a in bundle.agencies) == ["0123", "0789", "LX-2021-0456"]
    assert [w["id"] for w in bundle.warnings] == ["w-0001"]
    assert bundle.manifest["sample"] is True
    assert bundle.manifest["registry_as_of"] == "2026-11-20"  # newest issued_on / status_changed_on


def test_fallback_language_carries_a_copy_of_the_other_text(built_bundle: Path) -> None:
    contract = next(a for a in load_bundle(built_bundle).articles if a["id"] == "written-contract")

    assert contract["texts"]["uz-Cyrl"] == {**contract["texts"]["uz-Latn"], "fallback": "uz-Latn"}
    assert contract["texts"]["uz-Latn"]["fallback"] is None
    assert contract["texts"]["en"]["body"].startswith("Get a copy of the contract")


def test_guide_sections_and_alert_lists(built_bundle: Path) -> None:
    bundle = load_bundle(built_bundle)
    ru = bundle.guides[0]["texts"]["ru"]
    alert = bundle.alerts[0]

    assert ru["route"] == "Зарегистрируйтесь в программе EPS."
    assert ru["documents"] == "- Заграничный паспорт"
    assert alert["expires_on"] == "2027-05-01"
    assert alert["texts"]["en"]["red_flags"] == ["They promise a visa within a week"]


def test_registry_is_sharded_with_normalised_dates(built_bundle: Path) -> None:
    names = sorted(p.name for p in (built_bundle / "registry").iterdir())
    suspended = next(a for a in load_bundle(built_bundle).agencies if a["licence_no"] == "LX-2021-0456")
    shard = json.loads((built_bundle / f"registry/agencies-{shard_of('LX-2021-0456')}.json").read_bytes())

    assert names == sorted([f"agencies-{d}.json" for d in "0123456789abcdef"] + ["warnings.json"])
    assert "LX-2021-0456" in [a["licence_no"] for a in shard["agencies"]]
    assert (suspended["issued_on"], suspended["status_changed_on"]) == ("2021-06-15", "2026-10-01")
    assert suspended["countries"] == ["ru", "kz"]
    assert suspended["other_names"] == []


def test_manifest_lists_every_target_with_its_hash_and_the_version(built_bundle: Path) -> None:
    files = _files(built_bundle)
    manifest = json.loads(files.pop("manifest.json"))
    lines = sorted(f"{name}:{hashlib.sha256(data).hexdigest()}" for name, data in files.items())

    assert manifest["format"] == 1
    assert manifest["languages"] == ["uz-Latn", "uz-Cyrl", "ru", "en"]
    assert manifest["targets"] == {name: {"length": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                                   for name, data in files.items()}
    expected = hashlib.sha256("".join(f"{line}\n" for line in lines).encode()).hexdigest()[:16]
    assert manifest["version"] == expected


def test_files_are_canonical_json(built_bundle: Path) -> None:
    for name, data in _files(built_bundle).items():
        assert canonical_json(json.loads(data)) == data, name


def test_build_is_deterministic(tmp_path: Path, source_dir: Path) -> None:
    first = build_bundle(load_source(FIXTURE), tmp_path / "one")
    second = build_bundle(load_source(source_dir), tmp_path / "two")  # another path, same content

    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert first == second


def test_one_change_moves_one_target(tmp_path: Path, source_dir: Path) -> None:
    before = build_bundle(load_source(source_dir), tmp_path / "before")
    path = source_dir / "alerts/fake-work-visas/en.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Fake work visas", "Fake visas"), encoding="utf-8")

    after = build_bundle(load_source(source_dir), tmp_path / "after")

    changed = {name for name in after.targets if after.targets[name] != before.targets[name]}
    assert changed == {"alerts.json"}
    assert after.version != before.version


def test_build_replaces_a_previous_bundle(tmp_path: Path, source_dir: Path) -> None:
    out = tmp_path / "out"
    build_bundle(load_source(source_dir), out)
    (out / "articles" / "old-topic.json").write_bytes(b"{}")

    build_bundle(load_source(source_dir), out)

    assert not (out / "articles" / "old-topic.json").exists()
    load_bundle(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]  # no temporary folders left


def test_build_refuses_to_replace_a_folder_that_is_not_a_bundle(tmp_path: Path, source_dir: Path) -> None:
    with pytest.raises(FileExistsError, match="not a bundle folder"):
        build_bundle(load_source(source_dir), source_dir)

    assert (source_dir / "topics.yaml").is_file()


def test_build_of_a_bad_source_raises_and_keeps_the_old_bundle(tmp_path: Path, source_dir: Path) -> None:
    out = tmp_path / "out"
    build_bundle(load_source(source_dir), out)
    old = _files(out)
    (source_dir / "topics.yaml").write_text("- id: rights\n", encoding="utf-8")

    with pytest.raises(ContentError) as error:
        build_bundle(load_source(source_dir), out)

    assert "topics.yaml:1: missing field 'icon'" in str(error.value)
    assert _files(out) == old


def test_topic_without_articles_still_gets_its_target(tmp_path: Path, source_dir: Path) -> None:
    shutil.rmtree(source_dir / "articles" / "written-contract")

    manifest = build_bundle(load_source(source_dir), tmp_path / "out")

    rights = json.loads((tmp_path / "out/articles/rights.json").read_bytes())
    assert rights == {"articles": [], "topic": "rights"}
    assert "articles/rights.json" in manifest.targets
