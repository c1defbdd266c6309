"""The `kiosk` command as an administrator runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        timeout=120,
    )


def test_search_on_a_fresh_data_dir_uses_the_sample(tmp_path: Path) -> None:
    result = kiosk("search", "O‘ZBEK ISH SERVIS", "--json", "--limit", "3", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    matches = json.loads(result.stdout)
    assert matches[0]["name"] == '"Oʻzbek Ish Servis" MChJ' and matches[0]["status"] == "active"


def test_apply_rejects_a_tampered_bundle_and_says_why(tmp_path: Path) -> None:
    assert kiosk("search", "x", "--data-dir", str(tmp_path / "data")).returncode == 0
    before = (tmp_path / "data" / "content.db").read_bytes()
    bundle = tmp_path / "bundle"
    build = subprocess.run(
        [sys.executable, "-m", "content", "build", "content/sample", "--out", str(bundle)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert build.returncode == 0, build.stderr
    target = bundle / "contacts.json"
    target.write_bytes(target.read_bytes()[:-10])
    result = kiosk("apply", str(bundle), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 1 and "contacts.json" in result.stderr
    assert (tmp_path / "data" / "content.db").read_bytes() == before


def test_set_pin_stores_only_a_hash(tmp_path: Path) -> None:
    result = kiosk("set-pin", "--data-dir", str(tmp_path), stdin="482916\n")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "kiosk.toml").read_text(encoding="utf-8")
    assert "admin_pin_hash" in text and "482916" not in text
    assert kiosk("set-pin", "--data-dir", str(tmp_path), stdin="12\n").returncode == 1


def test_bad_configuration_is_named(tmp_path: Path) -> None:
    shutil.rmtree(tmp_path)
    tmp_path.mkdir()
    (tmp_path / "kiosk.toml").write_text("idle_timeout_s = 2\n", encoding="utf-8")
    result = kiosk("run", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "idle_timeout_s" in result.stderr
