"""The `kiosk` command as an administrator runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.app import cli
from kiosk.services import speech_worker
from kiosk.tools import selftest

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
    assert matches[0]["name"] == '"Oʻzbek Ish Servis" MChJ'
    assert matches[0]["status"] == "active"


def test_apply_rejects_a_tampered_bundle_and_says_why(tmp_path: Path) -> None:
    assert kiosk("search", "x", "--data-dir", str(tmp_path / "data")).returncode == 0
    before = (tmp_path / "data" / "content.db").read_bytes()
    bundle = tmp_path / "bundle"
    build = subprocess.run(
        # Published on a fixed day: the sample's vacancies close on their dates.
        [sys.executable, "-m", "content", "build", "content/sample", "--out", str(bundle),
         "--on", "2026-12-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert build.returncode == 0, build.stderr
    target = bundle / "contacts.json"
    target.write_bytes(target.read_bytes()[:-10])
    result = kiosk("apply", str(bundle), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 1
    assert "contacts.json" in result.stderr
    assert (tmp_path / "data" / "content.db").read_bytes() == before


def test_set_pin_stores_only_a_hash(tmp_path: Path) -> None:
    result = kiosk("set-pin", "--data-dir", str(tmp_path), stdin="482916\n")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "kiosk.toml").read_text(encoding="utf-8")
    assert "admin_pin_hash" in text
    assert "482916" not in text
    assert kiosk("set-pin", "--data-dir", str(tmp_path), stdin="12\n").returncode == 1


def test_bad_configuration_is_named(tmp_path: Path) -> None:
    shutil.rmtree(tmp_path)
    tmp_path.mkdir()
    (tmp_path / "kiosk.toml").write_text("idle_timeout_s = 2\n", encoding="utf-8")
    result = kiosk("run", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "idle_timeout_s" in result.stderr


@pytest.mark.parametrize("url", ["http://kiosk-server.airport.local:8470", "http://10.0.0.5", "ftp://x",
                                 "https://"])
def test_a_server_url_in_clear_is_refused_at_start(tmp_path: Path, url: str) -> None:
    """Old code accepted http:// to any host: tokens and reports crossed the airport network in clear."""
    (tmp_path / "kiosk.toml").write_text(f'server_url = "{url}"\n', encoding="utf-8")
    result = kiosk("run", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "server_url" in result.stderr
    assert "https://" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr


def test_status_shows_the_server_and_its_transport(tmp_path: Path) -> None:
    for url, shown in (("https://kiosk.example.org", "(https)"), ("http://127.0.0.1:8470", "this machine"),
                       ("http://[::1]:8470", "this machine")):
        (tmp_path / "kiosk.toml").write_text(f'server_url = "{url}"\n', encoding="utf-8")
        result = kiosk("status", "--data-dir", str(tmp_path))
        assert result.returncode == 0, result.stderr
        line = next(x for x in result.stdout.splitlines() if x.startswith("server:"))
        assert url in line
        assert shown in line


def test_search_json_says_what_the_verdict_screen_would(tmp_path: Path) -> None:
    """`kiosk search --json` gains verdict, stale and expiry, decided by the verdict screen's one rule."""
    from datetime import UTC, datetime, timedelta

    from kiosk.services.state import StateStore
    from sync import status

    result = kiosk("search", "ipak", "--json", "--limit", "10", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    by_status = {row["status"]: row for row in rows}
    assert by_status["active"]["verdict"] == "licensed"
    assert by_status["revoked"]["verdict"] == "revoked"
    assert all(row["stale"] is False and row["expires_on"] for row in rows)  # just applied, never synced
    state = StateStore(tmp_path)
    now = datetime.now(UTC)
    # Refreshed an hour ago, but the licensing office last signed the registry 30 days ago.
    status.record_verified(state, "v", 3, changed=False, now=now - timedelta(hours=1),
                           registry_as_of=now - timedelta(days=30))
    state.close()
    rows = json.loads(kiosk("search", "ipak", "--json", "--data-dir", str(tmp_path)).stdout)
    assert rows
    assert all(row["stale"] is True for row in rows)


def test_a_query_that_looks_like_an_option_is_searched_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kiosk search -- --self-test` once ran the self-test, because the CLI sniffed argv for it."""
    ran: list[object] = []
    monkeypatch.setattr(selftest, "run_self_test", lambda *a, **k: ran.append(a) or 0)
    assert cli.main(["search", "--data-dir", str(tmp_path), "--", "--self-test"]) == 0
    assert ran == []
    assert "no matches" in capsys.readouterr().err


def test_self_test_keeps_its_alias(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[object] = []
    monkeypatch.setattr(selftest, "run_self_test", lambda data_dir: ran.append(data_dir) or 0)
    assert cli.main(["--self-test", "--data-dir", str(tmp_path)]) == 0
    assert cli.main(["self-test"]) == 0
    assert ran == [tmp_path.resolve(), None]


@pytest.mark.parametrize(
    "args",
    [
        ["screenshot", "--out", "shots", "--sizes", "1920by1080"],
        ["screenshot", "--out", "shots", "--sizes", "x1080"],
        ["search", "agency", "--limit", "0"],
        ["search", "--self-test"],
        ["frobnicate"],
        ["status", "--self-test"],
    ],
)
def test_bad_arguments_get_the_usage_line_and_exit_2(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: kiosk")
    assert "Traceback" not in err


@pytest.mark.parametrize("rest", [["--list"], ["uz", "--out", "-"], ["--engine", "espeak-ng", "uz"]])
def test_the_frozen_speech_worker_gets_its_own_arguments(
    rest: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PyInstaller build starts `kiosk speech-worker ...`; the worker's options are not the kiosk's."""
    got: list[list[str]] = []
    monkeypatch.setattr(speech_worker, "main", lambda argv: got.append(argv) or 0)
    assert cli.main(["speech-worker", *rest]) == 0
    assert got == [rest]
