"""`kiosk --self-test` from source: it passes on a good installation and names what is broken on a bad one.

The frozen build runs the same function (CI builds it and runs `dist/kiosk/kiosk --self-test`); these tests
pin down the report itself. Failure cases call single checks where a whole run would only cost time.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app.bootstrap import ensure_content
from kiosk.app.config import load_config
from kiosk.services.store import ContentStore
from kiosk.tools import selftest

HAS_ESPEAK = shutil.which("espeak-ng") is not None and sys.platform != "win32"


def report_lines(text: str) -> dict[str, str]:
    """Check name -> its report line (every line but the summary)."""
    lines = text.strip().splitlines()
    return {line.split()[1]: line for line in lines[:-1]}


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("selftest-sample")
    ensure_content(folder)
    return folder


def prepared_run(folder: Path) -> selftest._Run:
    """A run whose content and configuration checks have passed, for testing the later checks alone."""
    run = selftest._Run(data_dir=folder, out=io.StringIO())
    run.store, run.config = ContentStore(folder), load_config(folder)
    return run


@pytest.mark.slow
def test_passes_on_the_source_checkout_in_a_temporary_folder(qapp: QApplication) -> None:
    out = io.StringIO()
    assert selftest.run_self_test(None, out) == 0, out.getvalue()
    lines = report_lines(out.getvalue())
    assert list(lines) == [name for name, _ in selftest.CHECKS]
    for name in ("content", "config", "fonts", "screens", "search", "sync"):
        assert lines[name].startswith(f"ok   {name}"), lines[name]
    assert "applied the shipped sample" in lines["content"]
    assert "8 languages at 1920x1080, no clipped text" in lines["screens"]
    # Every state of `kiosk screenshot` (PIN pad, technician, each report step, each result status)
    renders = int(lines["screens"].split()[2])
    assert renders >= 8 * 30, lines["screens"]
    assert "Oʻzbek Ish Servis" in lines["search"]
    assert lines["speech"].startswith("ok" if HAS_ESPEAK else "skip"), lines["speech"]
    assert lines["trust"].split()[0] in ("ok", "skip"), lines["trust"]
    assert out.getvalue().strip().splitlines()[-1].startswith("self-test passed: ")


def test_damaged_content_fails_and_says_which_file_and_why(qapp: QApplication, tmp_path: Path) -> None:
    (tmp_path / "content.db").write_bytes(b"this is not a database; " * 200)
    out = io.StringIO()
    assert selftest.run_self_test(tmp_path, out) == 1
    lines = report_lines(out.getvalue())
    assert lines["content"].startswith("FAIL content")
    assert f"{tmp_path / 'content.db'} cannot be opened" in lines["content"]
    assert "file is not a database" in lines["content"]
    assert lines["screens"].startswith("skip screens")
    assert lines["search"].startswith("skip search")
    assert out.getvalue().strip().splitlines()[-1].startswith("self-test FAILED: content")


def test_a_broken_search_index_fails_the_search_check(sample_dir: Path, tmp_path: Path) -> None:
    shutil.copy(sample_dir / "content.db", tmp_path / "content.db")
    with sqlite3.connect(tmp_path / "content.db") as conn:
        conn.execute("DELETE FROM search_entries")
    run = prepared_run(tmp_path)
    run.check("search", selftest.check_search)
    run.store.reload()
    assert run.results == [("search", "FAIL")]
    assert "no match for 'ozbek ish servis' in the sample registry" in run.out.getvalue()  # type: ignore[attr-defined]


def test_an_invalid_admin_pin_hash_fails_the_config_check(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('admin_pin_hash = "scrypt$1$2$3"\n', encoding="utf-8")
    run = selftest._Run(data_dir=tmp_path, out=io.StringIO())
    run.check("config", selftest.check_config)
    assert run.results == [("config", "FAIL")]
    assert "admin_pin_hash is not a valid hash" in run.out.getvalue()  # type: ignore[attr-defined]


@pytest.mark.skipif(not HAS_ESPEAK, reason="espeak-ng is not installed")
def test_a_speech_worker_that_fails_is_reported(monkeypatch: pytest.MonkeyPatch, sample_dir: Path) -> None:
    """In a frozen build the worker is the kiosk binary itself: a build that cannot start it must fail."""
    import kiosk.services.speech

    broken = [sys.executable, "-c", "import sys; print('no such command', file=sys.stderr); sys.exit(2)"]
    monkeypatch.setattr(kiosk.services.speech, "default_worker_cmd", lambda: broken)
    run = prepared_run(sample_dir)
    run.check("speech", selftest.check_speech)
    run.store.reload()
    assert run.results == [("speech", "FAIL")]
    assert "exited 2: no such command" in run.out.getvalue()  # type: ignore[attr-defined]


def trust_setup(tmp_path: Path, tamper: bool) -> Path:
    """A data folder whose kiosk.toml trusts a fresh deployment's root.json (tampered with, if asked)."""
    from tests.testkit.serve import new_deployment

    data = tmp_path / "data"
    data.mkdir()
    root = new_deployment(tmp_path / "deploy").trust_root()
    if tamper:
        root = root.replace(b'"version":1}}', b'"version":2}}')  # the signed part changes: bad signature
        assert root.endswith(b'"version":2}}')
    (tmp_path / "root.json").write_bytes(root)
    (data / "kiosk.toml").write_text(f'trust_root = "{tmp_path / "root.json"}"\n', encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("tamper", "status", "words"),
    [(False, "ok", "signatures verified"), (True, "FAIL", "is not a usable trust root")],
)
def test_the_trust_root_must_verify(tmp_path: Path, tamper: bool, status: str, words: str) -> None:
    run = selftest._Run(data_dir=trust_setup(tmp_path, tamper), out=io.StringIO())
    run.config = load_config(run.data_dir)
    run.check("trust", selftest.check_trust)
    assert run.results == [("trust", status)], run.out.getvalue()  # type: ignore[attr-defined]
    assert words in run.out.getvalue()  # type: ignore[attr-defined]


def test_a_server_without_a_trust_root_fails(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text(
        f'server_url = "https://kiosk.example.org"\ntrust_root = "{tmp_path / "missing.json"}"\n',
        encoding="utf-8",
    )
    run = selftest._Run(data_dir=tmp_path, out=io.StringIO())
    run.config = load_config(tmp_path)
    run.check("trust", selftest.check_trust)
    assert run.results == [("trust", "FAIL")]
    assert "updates cannot be verified" in run.out.getvalue()  # type: ignore[attr-defined]


def test_a_sync_process_that_cannot_start_fails_the_sync_check(
    sample_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.services import sync_process

    broken = [sys.executable, "-c", "raise SystemExit(3)"]
    monkeypatch.setattr(sync_process, "kiosk_command", lambda *_: broken)
    run = prepared_run(sample_dir)
    run.check("sync", selftest.check_sync)
    assert run.results == [("sync", "FAIL")]
    assert "the sync process ended at start (exit code 3)" in run.out.getvalue()  # type: ignore[attr-defined]


def test_the_sync_check_starts_the_sync_process(sample_dir: Path) -> None:
    run = prepared_run(sample_dir)
    run.check("sync", selftest.check_sync)
    assert run.results == [("sync", "ok")], run.out.getvalue()  # type: ignore[attr-defined]
