"""The update client against a real server: first sync, no-change polls, one change moves one file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from admin.alerts import AlertDraft, with_alert
from content.bundle import build_bundle
from content.bundle_format import MANIFEST, canonical_json, shard_of
from content.bundle_read import load_bundle
from content.loader import load_source
from kiosk.services.sync_wiring import content_version
from sync import layout
from tests.sync.helpers import Kiosk, db_digest, edit_article, query, set_agency_status
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment


def test_first_sync_applies_exactly_the_published_bundle(kiosk: Kiosk, source: Path, tmp_path: Path) -> None:
    built = build_bundle(load_source(source), tmp_path / "expected")
    assert content_version(kiosk.data_dir) == built.version
    applied = kiosk.data_dir / "bundle"
    assert (applied / MANIFEST).read_bytes() == (tmp_path / "expected" / MANIFEST).read_bytes()
    load_bundle(applied)  # the kept folder is a complete, valid bundle
    assert kiosk.status["last_verified_at"] is not None
    assert not kiosk.status["stale"]


def test_no_change_poll_is_two_tiny_requests_and_changes_nothing(kiosk: Kiosk, proxy: FaultProxy) -> None:
    before = db_digest(kiosk.data_dir)
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert not result.changed
    paths = [path for _, path, _ in proxy.log]
    assert paths == ["/metadata/2.root.json", "/metadata/timestamp.json"]
    assert proxy.bytes_in + proxy.bytes_out < 2048
    assert db_digest(kiosk.data_dir) == before


def test_changed_article_moves_only_its_topic_file(
    kiosk: Kiosk, proxy: FaultProxy, deployment: Deployment, source: Path
) -> None:
    edit_article(source, "A sentence added by the content team.")
    report = deployment.publish_source(source)
    assert report.paths == ("articles/recruitment.json",)
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert result.changed
    targets = [p for _, p, _ in proxy.log if p.startswith("/targets/")]
    assert len(targets) == 1
    assert targets[0].endswith(".recruitment.json")
    body = query(kiosk.data_dir, "SELECT body FROM articles WHERE id = 'employer-pays' AND lang = 'en'")
    assert body[0][0].endswith("A sentence added by the content team.")


def test_changed_agency_moves_one_registry_part(
    kiosk: Kiosk, proxy: FaultProxy, deployment: Deployment, source: Path
) -> None:
    set_agency_status(source, "0123", "revoked")
    report = deployment.publish_source(source)
    assert len(report.paths) == 2
    assert layout.WARNINGS in report.paths  # the part, and registry_as_of
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).changed
    targets = [p for _, p, _ in proxy.log if p.startswith("/targets/")]
    assert len(targets) == 1
    assert "/registry/agencies-" in targets[0]
    assert query(kiosk.data_dir, "SELECT status FROM agencies WHERE licence_no = '0123'") == [("revoked",)]


def test_alert_broadcast_reaches_the_kiosk_in_one_poll(kiosk: Kiosk, deployment: Deployment) -> None:
    publisher = deployment.publisher()
    alert = AlertDraft(
        id="fake-buses",
        lang="en",
        title="Fake bus tickets to Korea",
        summary="Nobody sells work visas with bus tickets.",
        red_flags=["Cash only"],
        actions=["Call the hotline"],
        qr="https://example.org/alerts/fake-buses",
    )
    report = publisher.publish_alerts(with_alert(publisher.target_bytes("alerts.json"), alert))
    assert report.roles == ("alerts",)
    assert kiosk.runner.run_once(deliver=False).changed
    rows = query(kiosk.data_dir, "SELECT lang, fallback FROM alerts WHERE id = 'fake-buses' ORDER BY lang")
    # The extra UI languages show what their fallback language shows (ru, here itself a fallback to en).
    assert dict(rows) == {"en": None, "ru": "en", "uz-Cyrl": "en", "uz-Latn": "en",
                          "kaa": "en", "kk": "en", "ky": "en", "tg": "en"}


def test_lost_bundle_folder_is_downloaded_again(
    kiosk: Kiosk, proxy: FaultProxy, deployment: Deployment, source: Path
) -> None:
    shutil.rmtree(kiosk.data_dir / "bundle")
    edit_article(source, "Another change.")
    deployment.publish_source(source)
    proxy.reset_counts()
    assert kiosk.runner.run_once(deliver=False).changed
    fetched = [p for _, p, _ in proxy.log if p.startswith("/targets/")]
    kept = json.loads((kiosk.data_dir / "bundle" / ".kept.json").read_bytes())
    # Every file kept in the lost folder is fetched again; the registry parts, kept apart, are hashed
    # against their signed hashes and reused.
    assert len(fetched) == len([path for path in kept if not layout.is_part(path)])
    assert not [p for p in fetched if p.startswith("/targets/registry/agencies-")]


def test_a_swap_cut_short_is_recovered(kiosk: Kiosk, proxy: FaultProxy) -> None:
    """Killed between the two renames of the folder swap: the old folder comes back, nothing is fetched."""
    (kiosk.data_dir / "bundle").rename(kiosk.data_dir / ".bundle-old")
    proxy.reset_counts()
    result = kiosk.runner.run_once(deliver=False)
    assert not result.changed
    assert result.status["last_error"] is None
    assert not [p for _, p, _ in proxy.log if p.startswith("/targets/")]


def test_registry_parts_rebuild_the_exact_shard_bytes(tmp_path: Path) -> None:
    by_shard: dict[str, list] = {}
    for i in range(300):
        by_shard.setdefault(shard_of(f"{i:05d}"), []).append({"licence_no": f"{i:05d}", "name": f"A{i}"})
    for s, agencies in by_shard.items():
        data = canonical_json({"shard": s, "agencies": agencies})
        parts = layout.split_shard(agencies, 3)
        assert all(layout.shard_of_part(p) == s for p in parts)
        assert layout.join_shard(s, parts.values()) == data
