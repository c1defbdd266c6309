"""A new publish is loaded from what changed: unchanged registry shards are neither parsed nor re-indexed
(the server's copy of content.db is updated the way a kiosk updates its own), a re-signed timestamp over the
same bundle reads nothing again, and the pages show the new registry exactly as a fresh load would."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from content.bundle_format import shard_of
from server.phone import registry as registry_module
from server.phone.site import Site
from server.phone.source import PublishedContent
from tests.phone.conftest import SAMPLE, TODAY, sample_agencies
from tests.testkit.serve import new_deployment


def _revoke(source: Path, licence: str) -> None:
    path = source / "registry" / "agencies.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["licence_no"] == licence:
            row.update(status="revoked", status_changed_on="2026-11-18", status_reason="Test revocation")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_only_the_changed_shard_is_read_and_the_page_shows_it(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(source)
    content = PublishedContent(dep.root, check_interval_s=0)
    site = Site(content, clock=lambda: TODAY)
    licence = sample_agencies()["active"]
    other = sample_agencies()["suspended"]
    assert 'class="verdict safe"' in site.get(f"en/agency/{licence}", {}, gzip_ok=False).body.decode()
    updates: list[tuple[set[str], set[str]]] = []
    real_update = registry_module.Registry.update.__func__  # type: ignore[attr-defined]

    def spy(cls, path, previous, bundle, changed, removed):  # noqa: ANN001, ANN202
        updates.append((set(changed), set(removed)))
        assert len(bundle.agencies) < 100, "only the changed shard was parsed"
        return real_update(cls, path, previous, bundle, changed, removed)

    monkeypatch.setattr(registry_module.Registry, "update", classmethod(spy))
    _revoke(source, licence)
    dep.publish_source(source)
    page = site.get(f"en/agency/{licence}", {}, gzip_ok=False).body.decode()
    assert 'class="verdict danger"' in page
    assert updates == [({f"registry/agencies-{shard_of(licence)}.json"}, set())]
    # The same pages as a server that loaded the new publish from nothing.
    fresh = Site(PublishedContent(dep.root, work_dir=tmp_path / "fresh"), clock=lambda: TODAY)
    for path, query in ((f"en/agency/{licence}", {}), (f"ru/agency/{other}", {}), ("en/check", {"q": "LX"}),
                        ("en/warning/w-001", {}), ("ru/", {})):
        assert site.get(path, query, gzip_ok=False).body == fresh.get(path, query, gzip_ok=False).body, path
    assert len(list(content.work.glob("registry-*.db"))) == 1  # the old database is gone


def test_a_re_signed_timestamp_reads_nothing_again(tmp_path: Path) -> None:
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(SAMPLE)
    content = PublishedContent(dep.root, check_interval_s=0)
    first = content.current()
    publisher = dep.publisher()
    with publisher.store.lock():  # what the server's re-signing does: new snapshot and timestamp, same files
        publisher.reload()
        publisher.commit([])
    second = content.current()
    assert second.verified_at > first.verified_at  # verified again
    assert second.registry is first.registry
    assert second.bundle is first.bundle


def test_a_server_started_again_takes_up_the_registry_it_built(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry database and its search index outlive a stop: a new start verifies the bundle again
    and reads only what changed since (nothing, or one shard), instead of building everything."""
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(source)
    first = Site(PublishedContent(dep.root), clock=lambda: TODAY)
    licence = sample_agencies()["active"]
    paths = (f"en/agency/{licence}", "en/check", "kk/warning/w-001", "ru/")
    before = {path: first.get(path, {"q": "LX"}, gzip_ok=False).body for path in paths}
    built: list[Path] = []
    real_build = registry_module.Registry.build.__func__  # type: ignore[attr-defined]

    def spy(cls, path, bundle):  # noqa: ANN001, ANN202
        built.append(path)
        return real_build(cls, path, bundle)

    monkeypatch.setattr(registry_module.Registry, "build", classmethod(spy))
    again = Site(PublishedContent(dep.root), clock=lambda: TODAY)  # the same deploy/phone folder
    assert {path: again.get(path, {"q": "LX"}, gzip_ok=False).body for path in paths} == before
    assert built == []
    # Stopped, a revocation published meanwhile, started again: one shard read, the new status shown.
    _revoke(source, licence)
    dep.publish_source(source)
    later = Site(PublishedContent(dep.root), clock=lambda: TODAY)
    assert 'class="verdict danger"' in later.get(f"en/agency/{licence}", {}, gzip_ok=False).body.decode()
    assert built == []
    assert len(list((dep.root / "phone").glob("registry-*.db"))) == 1


def test_a_damaged_kept_registry_is_built_again(tmp_path: Path) -> None:
    dep = new_deployment(tmp_path / "deploy")
    dep.publish_source(SAMPLE)
    PublishedContent(dep.root).current()
    (kept,) = (dep.root / "phone").glob("registry-*.db")
    kept.write_bytes(b"not a database" * 100)
    site = Site(PublishedContent(dep.root), clock=lambda: TODAY)
    page = site.get(f"en/agency/{sample_agencies()['active']}", {}, gzip_ok=False)
    assert page.status == 200
    assert 'class="verdict safe"' in page.body.decode()
