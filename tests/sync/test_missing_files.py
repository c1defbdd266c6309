"""A file the signed metadata says exists but the server no longer has is a repository fault, not a
network hiccup: the kiosk keeps its content and records "rejected", which `kiosk status` and the fleet
view show, so that someone looks. A server that cannot be reached at all stays "transient" (see
test_sync_faults). python-tuf draws the same line between RepositoryError and DownloadError."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sync.errors import REJECTED
from tests.sync.helpers import Kiosk, db_digest, edit_article
from tests.sync.test_sync_attacks import _target_file
from tests.testkit.serve import Deployment

ROOT = Path(__file__).resolve().parents[2]


def _kiosk_status(data_dir: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "kiosk", "status", "--json", "--data-dir", str(data_dir)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120, check=True)
    return json.loads(result.stdout)


def _poll_after(kiosk: Kiosk, delete: Path) -> dict:
    before = db_digest(kiosk.data_dir)
    delete.unlink()
    result = kiosk.runner.run_once(deliver=False)
    assert not result.changed
    assert db_digest(kiosk.data_dir) == before
    return result.status["last_error"]


def test_a_deleted_target_is_rejected(kiosk: Kiosk, deployment: Deployment, source: Path) -> None:
    edit_article(source, "An update whose file then disappears from the server.")
    deployment.publish_source(source)
    error = _poll_after(kiosk, _target_file(deployment, "articles/recruitment.json"))
    assert (error["kind"], error["class"]) == (REJECTED, "MissingFileError"), error
    assert _kiosk_status(kiosk.data_dir)["last_error"]["kind"] == REJECTED


def test_deleted_signed_metadata_is_rejected(kiosk: Kiosk, deployment: Deployment, source: Path) -> None:
    edit_article(source, "An update whose content role then disappears from the server.")
    deployment.publish_source(source)
    metadata = deployment.root / "repository" / "metadata"
    newest = max(metadata.glob("*.content.json"), key=lambda p: int(p.name.split(".")[0]))
    error = _poll_after(kiosk, newest)
    assert (error["kind"], error["class"]) == (REJECTED, "MissingFileError"), error
    assert _kiosk_status(kiosk.data_dir)["last_error"]["kind"] == REJECTED
