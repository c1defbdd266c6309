"""A kiosk that lost its TUF cache and `.sync.json` (a disk repaired, a folder wiped by hand) starts again
from the root it ships with, and python-tuf alone would then accept any older timestamp and snapshot that
are still within their expiry. Someone replaying the repository as it was last month must not take the
kiosk back to last month's content (a licence revoked since would show as licensed): the versions the
kiosk applied, kept in its state.db, are a floor."""

from __future__ import annotations

import shutil
from pathlib import Path

from sync.errors import REJECTED
from tests.sync.helpers import Kiosk, db_digest, edit_article, make_kiosk, query
from tests.testkit.serve import Deployment, ServerThread

NEWER = "Only the newer publish says this."


def test_a_replayed_older_repository_is_refused_after_the_cache_is_lost(
    tmp_path: Path, kiosk: Kiosk, deployment: Deployment, source: Path
) -> None:
    old_copy = tmp_path / "deploy-v1"
    shutil.copytree(deployment.root, old_copy)  # what an attacker recorded before the newer publish
    edit_article(source, NEWER)
    deployment.publish_source(source)
    result = kiosk.runner.run_once(deliver=False)
    assert result.changed
    applied = db_digest(kiosk.data_dir)
    shutil.rmtree(kiosk.data_dir / "sync" / "tuf")
    (kiosk.data_dir / "bundle" / ".sync.json").unlink()
    kiosk.close()
    replay = ServerThread(old_copy).start()
    lost = make_kiosk(kiosk.data_dir, replay.url, deployment)
    try:
        result = lost.runner.run_once(deliver=False)
        status = lost.status
    finally:
        lost.close()
        replay.stop()
    assert not result.changed
    assert db_digest(kiosk.data_dir) == applied
    assert status["last_error"]["kind"] == REJECTED, status["last_error"]
    assert status["last_error"]["class"] == "RollbackError"


def test_the_floor_does_not_stop_a_kiosk_that_lost_its_cache_from_updating(
    tmp_path: Path, kiosk: Kiosk, deployment: Deployment, source: Path, server: ServerThread
) -> None:
    shutil.rmtree(kiosk.data_dir / "sync" / "tuf")
    (kiosk.data_dir / "bundle" / ".sync.json").unlink()
    edit_article(source, NEWER)
    deployment.publish_source(source)
    result = kiosk.runner.run_once(deliver=False)
    assert result.changed, result.status
    bodies = query(kiosk.data_dir, "SELECT body FROM articles WHERE lang = 'en'")
    assert any(NEWER in body for (body,) in bodies)
