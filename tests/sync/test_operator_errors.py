"""Operators get one line, never a traceback: a wrong or missing key passphrase, a missing deployment, a
file given as the data folder, and a reader that stops early (`... | head`). Run as a person would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None, stdout: int | None = subprocess.PIPE
         ) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "KIOSK_KEY_PASSPHRASE"} | (env or {})
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=full_env, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=120)


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@pytest.fixture(scope="module")
def encrypted_deploy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    deploy = tmp_path_factory.mktemp("enc") / "deploy"
    result = _run("admin", "--deploy", str(deploy), "init", env={"KIOSK_KEY_PASSPHRASE": "right horse"})
    assert result.returncode == 0, result.stderr
    return deploy


@pytest.mark.parametrize(("passphrase", "words"), [
    (None, ["encrypted", "KIOSK_KEY_PASSPHRASE"]),
    ("wrong battery", ["wrong KIOSK_KEY_PASSPHRASE"]),
], ids=["missing", "wrong"])
def test_a_bad_passphrase_is_one_line(
    encrypted_deploy: Path, passphrase: str | None, words: list[str]
) -> None:
    env = {"KIOSK_KEY_PASSPHRASE": passphrase} if passphrase else {}
    result = _run("admin", "--deploy", str(encrypted_deploy), "status", env=env)
    assert result.returncode == 2
    _one_line(result, "kiosk-admin:", *words)
    ok = _run("admin", "--deploy", str(encrypted_deploy), "status",
              env={"KIOSK_KEY_PASSPHRASE": "right horse"})
    assert ok.returncode == 0
    assert "registry signed as of" in ok.stdout


def test_a_missing_deployment_is_one_line(tmp_path: Path) -> None:
    result = _run("admin", "--deploy", str(tmp_path / "nowhere"), "status")
    assert result.returncode == 2
    _one_line(result, "kiosk-admin:", "kiosk-admin init")


def test_a_file_as_the_data_folder_is_one_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "kiosk-data"
    not_a_folder.write_text("oops", encoding="utf-8")
    for command in (["apply", str(tmp_path)], ["status"], ["search", "ipak"]):
        result = _run("kiosk", *command, "--data-dir", str(not_a_folder))
        assert result.returncode == 2, (command, result)
        _one_line(result, "is a file, not a folder")


def test_a_reader_that_stops_early_gets_no_traceback(encrypted_deploy: Path) -> None:
    """Like `kiosk-admin status | head -0`: the pipe is closed before the command writes."""
    read, write = os.pipe()
    os.close(read)
    try:
        result = _run("admin", "--deploy", str(encrypted_deploy), "status",
                      env={"KIOSK_KEY_PASSPHRASE": "right horse"}, stdout=write)
    finally:
        os.close(write)
    assert result.returncode == 141, result.stderr
    assert result.stderr == "", result.stderr
