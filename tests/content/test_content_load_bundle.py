"""load_bundle rejects every damaged, incomplete or malformed bundle with a BundleError naming the file."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.bundle import load_bundle
from content.bundle_format import bundle_version, canonical_json, sha256_hex
from content.errors import BundleError

RIGHTS = "articles/rights.json"


def rehash(bundle: Path, *names: str) -> None:
    """Make manifest.json agree with the current bytes of `names`, as a (compromised) builder would."""
    manifest = json.loads((bundle / "manifest.json").read_bytes())
    for name in names:
        data = (bundle / name).read_bytes()
        manifest["targets"][name] = {"length": len(data), "sha256": sha256_hex(data)}
    manifest["version"] = bundle_version({n: t["sha256"] for n, t in manifest["targets"].items()})
    (bundle / "manifest.json").write_bytes(canonical_json(manifest))


def edit_manifest(bundle: Path, change: Callable[[dict[str, Any]], None]) -> None:
    manifest = json.loads((bundle / "manifest.json").read_bytes())
    change(manifest)
    (bundle / "manifest.json").write_bytes(canonical_json(manifest))


def write_doc(bundle: Path, name: str, change: Callable[[Any], Any]) -> None:
    """Change one parsed document, write it back and fix the manifest so only the shape check can object."""
    path = bundle / name
    doc = json.loads(path.read_bytes())
    path.write_bytes(json.dumps(change(doc)).encode("ascii"))  # \u escapes, so lone surrogates can be written
    rehash(bundle, name)


def reject(bundle: Path, message: str) -> None:
    with pytest.raises(BundleError) as error:
        load_bundle(bundle)
    assert message in str(error.value)


# --- damaged files -------------------------------------------------------------------------------------


def test_changed_byte(bundle_dir: Path) -> None:
    path = bundle_dir / RIGHTS
    data = bytearray(path.read_bytes())
    data[10] ^= 0x01
    path.write_bytes(bytes(data))
    reject(bundle_dir, f"{RIGHTS}: sha256 does not match manifest.json (the file was changed or corrupted)")


def test_truncated_file(bundle_dir: Path) -> None:
    path = bundle_dir / RIGHTS
    size = path.stat().st_size
    path.write_bytes(path.read_bytes()[:-5])
    reject(bundle_dir, f"{RIGHTS}: the file has {size - 5} bytes but manifest.json lists {size}")


def test_missing_target(bundle_dir: Path) -> None:
    (bundle_dir / "contacts.json").unlink()
    reject(bundle_dir, "contacts.json: missing from the bundle folder but listed in manifest.json")


def test_extra_file(bundle_dir: Path) -> None:
    (bundle_dir / "guides" / "tr.json").write_bytes(b"{}")
    reject(bundle_dir, "guides/tr.json: file is in the bundle folder but not listed in manifest.json")


def test_dotfiles_are_ignored(bundle_dir: Path) -> None:
    (bundle_dir / ".DS_Store").write_bytes(b"\0\1")
    (bundle_dir / ".sync").mkdir()
    (bundle_dir / ".sync" / "partial").write_bytes(b"x")
    assert load_bundle(bundle_dir).manifest["format"] == 1


def test_missing_manifest(bundle_dir: Path) -> None:
    (bundle_dir / "manifest.json").unlink()
    reject(bundle_dir, "manifest.json: missing from the bundle folder")


def test_bad_manifest_json(bundle_dir: Path) -> None:
    (bundle_dir / "manifest.json").write_bytes(b'{"format": 1, "targets": ')
    reject(bundle_dir, "manifest.json: not valid JSON")


def test_not_a_folder(tmp_path: Path) -> None:
    reject(tmp_path / "nothing", "not a bundle folder")


def test_target_outside_the_folder_through_a_symlink(bundle_dir: Path, tmp_path: Path) -> None:
    if not hasattr(os, "symlink"):
        pytest.skip("no symlinks here")
    outside = tmp_path / "outside.json"
    shutil.move(bundle_dir / "contacts.json", outside)
    (bundle_dir / "contacts.json").symlink_to(outside)
    reject(bundle_dir, "contacts.json: points outside the bundle folder")


# --- the manifest --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "message"), [
    (lambda m: m.update(format=2), "manifest.json: unsupported bundle format '2'; this kiosk reads format 1"),
    (lambda m: m.update(format=True), "manifest.json: unsupported bundle format 'True'"),
    (lambda m: m.pop("format"), "manifest.json: unsupported bundle format 'None'"),
    (lambda m: m.update(version="0" * 16), "manifest.json: version 0000000000000000 does not match"),
    (lambda m: m.update(version="v1"), "manifest.json: version: must be 16 lower-case hex digits"),
    (lambda m: m.update(languages=["en"]), "manifest.json: languages must be"),
    (lambda m: m.update(sample="yes"), "manifest.json: sample: must be true or false"),
    (lambda m: m.update(registry_as_of="20.11.2026"), "manifest.json: registry_as_of must be a date"),
    (lambda m: m.update(extra=1), "manifest.json: unknown key 'extra'"),
    (lambda m: m["targets"].pop("topics.json"), "manifest.json: required target 'topics.json' is not listed"),
    (lambda m: m["targets"]["topics.json"].update(length=-1), "impossible length -1"),
    (lambda m: m["targets"]["topics.json"].update(length=10**30), "targets['topics.json'].length: is out of"),
    (lambda m: m["targets"]["topics.json"].update(sha256="x"), "sha256: must be 64 lower-case hex digits"),
])
def test_bad_manifest_field(bundle_dir: Path, change: Callable[[dict[str, Any]], None], message: str) -> None:
    edit_manifest(bundle_dir, change)
    reject(bundle_dir, message)


@pytest.mark.parametrize(("name", "message"), [
    ("../outside.json", "manifest.json: target name '../outside.json' contains '..'"),
    ("articles/../../outside.json", "contains '..'"),
    ("/etc/passwd", "manifest.json: target name '/etc/passwd' is an absolute path"),
    ("C:/Windows/win.ini", "is an absolute path"),
    ("articles\\..\\x.json", "contains '..'"),
    ("notes.txt", "manifest.json: unknown target name 'notes.txt'"),
    ("manifest.json", "unknown target name 'manifest.json'"),
])
def test_unsafe_or_unknown_target_name(bundle_dir: Path, name: str, message: str) -> None:
    (bundle_dir.parent / "outside.json").write_bytes(b"{}")
    entry = {"length": 2, "sha256": sha256_hex(b"{}")}
    edit_manifest(bundle_dir, lambda m: m["targets"].update({name: entry}))
    reject(bundle_dir, message)


# --- document shapes (bytes and manifest consistent, content wrong) ------------------------------------


def _first_article(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["articles"][0]


def _en(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["articles"][0]["texts"]["en"]


@pytest.mark.parametrize(("name", "change", "message"), [
    (RIGHTS, lambda d: _first_article(d).update(order="10"), "articles[0].order: must be a whole number"),
    (RIGHTS, lambda d: _first_article(d).update(order=10**20), "articles[0].order: is out of range"),
    (RIGHTS, lambda d: _first_article(d)["texts"].pop("ru"), "articles[0].texts: missing key 'ru'"),
    (RIGHTS, lambda d: _en(d).pop("body"), "articles[0].texts.en: missing key 'body'"),
    (RIGHTS, lambda d: _en(d).update(fallback="en"), "articles[0].texts.en.fallback: must be one of"),
    (RIGHTS, lambda d: _en(d).update(fallback="uz-Cyrl"), "falls back to uz-Cyrl, itself a"),
    (RIGHTS, lambda d: _first_article(d).update(topic="recruitment"), "topic: must be one of rights"),
    (RIGHTS, lambda d: _first_article(d).update(reviewed_on="01.11.2026"), "reviewed_on: must be a date"),
    (RIGHTS, lambda d: _first_article(d).update(qr="javascript:alert(1)"), "qr: must be an http or https"),
    (RIGHTS, lambda d: _first_article(d).update(id="employer-pays"), "id 'employer-pays' appears also in"),
    (RIGHTS, lambda d: _en(d).update(title="\ud800"), "texts.en.title: is not valid Unicode"),
    ("alerts.json", lambda d: d["alerts"][0].update(severity="critical"), "severity: must be one of urgent"),
    ("guides/kr.json", lambda d: d.update(country="jp"), "country: must be one of kr"),
    ("contacts.json", lambda d: d["contacts"].append(d["contacts"][0]), "id 'agency-hotline' appears twice"),
    ("registry/warnings.json", lambda d: d["warnings"][0].update(names="x"), "names: must be a JSON array"),
])
def test_bad_document_shape(bundle_dir: Path, name: str, change: Callable[[Any], Any], message: str) -> None:
    def apply(doc: Any) -> Any:
        change(doc)  # changes the document in place
        return doc
    write_doc(bundle_dir, name, apply)
    reject(bundle_dir, f"{name}: ")
    reject(bundle_dir, message)


def test_document_of_the_wrong_type(bundle_dir: Path) -> None:
    write_doc(bundle_dir, RIGHTS, lambda doc: [doc])
    reject(bundle_dir, f"{RIGHTS}: must be a JSON object")


def test_agency_in_the_wrong_shard(bundle_dir: Path) -> None:
    manifest = json.loads((bundle_dir / "manifest.json").read_bytes())
    shard = next(n for n in manifest["targets"] if n.startswith("registry/agencies-") and
                 json.loads((bundle_dir / n).read_bytes())["agencies"])
    other = "registry/agencies-0.json" if shard != "registry/agencies-0.json" else "registry/agencies-1.json"
    moved = json.loads((bundle_dir / shard).read_bytes())["agencies"]
    write_doc(bundle_dir, other, lambda d: {**d, "agencies": moved})
    reject(bundle_dir, f"{other}: agencies[0].licence_no: licence number")


def test_agency_with_unknown_status(bundle_dir: Path) -> None:
    manifest = json.loads((bundle_dir / "manifest.json").read_bytes())
    shard = next(n for n in manifest["targets"] if n.startswith("registry/agencies-") and
                 json.loads((bundle_dir / n).read_bytes())["agencies"])
    write_doc(bundle_dir, shard, lambda d: {**d, "agencies": [{**d["agencies"][0], "status": "closed"}]})
    reject(bundle_dir, f"{shard}: agencies[0].status: must be one of active, suspended, revoked, expired")


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe{}", "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "JSON is nested too deeply"),
    (b'{"topics": [], "topics": []}', "not valid JSON: a key appears twice in one object"),
    (b'{"topics": NaN}', "not valid JSON: NaN is not allowed"),
    (b'{"topics": ' + b"9" * 5000 + b"}", "not valid JSON"),
    (b'{"topics": 1e999}', "topics: must be a JSON array"),
])
def test_bad_json_bytes(bundle_dir: Path, data: bytes, message: str) -> None:
    (bundle_dir / "topics.json").write_bytes(data)
    rehash(bundle_dir, "topics.json")
    reject(bundle_dir, f"topics.json: {message}")


def test_articles_of_an_unknown_topic(bundle_dir: Path) -> None:
    def drop_rights(doc: dict[str, Any]) -> dict[str, Any]:
        return {"topics": [t for t in doc["topics"] if t["id"] != "rights"]}
    write_doc(bundle_dir, "topics.json", drop_rights)
    reject(bundle_dir, f"{RIGHTS}: topic 'rights' is not in topics.json")


# --- arbitrary bytes -----------------------------------------------------------------------------------

TARGETS = ["topics.json", RIGHTS, "alerts.json", "guides/kr.json", "contacts.json", "registry/warnings.json"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_bundle(built_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One working copy for all fuzz examples; `_load_with` puts back what each example changed."""
    target = tmp_path_factory.mktemp("fuzz") / "bundle"
    shutil.copytree(built_bundle, target)
    return target


def _load_with(bundle: Path, name: str, data: bytes, fix_manifest: bool) -> None:
    """Load the bundle with `data` as target `name`; only BundleError may escape."""
    saved = {n: (bundle / n).read_bytes() for n in {name, "manifest.json"}}
    try:
        (bundle / name).write_bytes(data)
        if fix_manifest and name != "manifest.json":
            rehash(bundle, name)
        try:
            load_bundle(bundle)
        except BundleError as exc:
            assert str(exc)
    finally:
        for n, original in saved.items():
            (bundle / n).write_bytes(original)


@FUZZ
@given(name=st.sampled_from([*TARGETS, "manifest.json"]), data=st.binary(max_size=300), fix=st.booleans())
def test_random_bytes_raise_only_bundle_error(fuzz_bundle: Path, name: str, data: bytes, fix: bool) -> None:
    _load_with(fuzz_bundle, name, data, fix)


@FUZZ
@given(name=st.sampled_from([*TARGETS, "manifest.json"]), doc=JSON)
def test_random_json_raises_only_bundle_error(fuzz_bundle: Path, name: str, doc: Any) -> None:
    _load_with(fuzz_bundle, name, canonical_json(doc), True)


@FUZZ
@given(name=st.sampled_from(TARGETS), path=st.lists(st.integers(0, 30), min_size=1, max_size=5), value=JSON)
def test_random_value_inside_a_valid_document_raises_only_bundle_error(
        fuzz_bundle: Path, name: str, path: list[int], value: Any) -> None:
    doc = json.loads((fuzz_bundle / name).read_bytes())
    parent: Any = None
    key: Any = None
    node: Any = doc
    for choice in path:  # walk down the real document, then replace the value reached
        if isinstance(node, dict) and node:
            parent, key = node, sorted(node)[choice % len(node)]
        elif isinstance(node, list) and node:
            parent, key = node, choice % len(node)
        else:
            break
        node = parent[key]
    if parent is not None:
        parent[key] = value
    _load_with(fuzz_bundle, name, canonical_json(doc), True)
