"""`python -m content validate|build`: exit codes, where the output goes, and what is (not) written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from content.__main__ import main
from content.bundle import load_bundle

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"
ROOT = Path(__file__).resolve().parents[2]


def test_validate_a_good_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(FIXTURE)])

    out, err = capsys.readouterr()
    assert code == 0
    assert "OK (2 topics, 2 articles, 1 alerts, 1 guides, 2 contacts, 3 agencies, 1 warnings)" in out
    assert err == ""


def test_validate_a_bad_folder_prints_each_problem_on_stderr(
        source_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (source_dir / "registry/agencies.csv").write_text(
        (source_dir / "registry/agencies.csv").read_text(encoding="utf-8").replace(",active,", ",open,"),
        encoding="utf-8")

    code = main(["validate", str(source_dir)])

    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        f"{source_dir.as_posix()}/registry/agencies.csv:2: unknown status 'open'; use one of: active, "
        f"suspended, revoked, expired",
        f"1 problem in {source_dir}",
    ]


@pytest.mark.parametrize("argv", [[], ["check", "x"], ["build", str(FIXTURE)], ["validate"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_source_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", str(tmp_path / "nowhere")])
    assert exit_info.value.code == 2
    assert "is not a folder" in capsys.readouterr().err


def test_build_writes_a_loadable_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deep" / "bundle"

    code = main(["build", str(FIXTURE), "--out", str(out)])

    version = load_bundle(out).manifest["version"]
    assert code == 0
    assert f"built bundle {version} (25 targets)" in capsys.readouterr().out


def test_failed_build_leaves_the_previous_bundle_alone(
        source_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bundle"
    assert main(["build", str(source_dir), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (source_dir / "contacts.yaml").unlink()

    code = main(["build", str(source_dir), "--out", str(out)])

    assert code == 1
    assert f"{source_dir.as_posix()}/contacts.yaml: missing file" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_build_will_not_overwrite_a_folder_that_is_not_a_bundle(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "todo.txt").write_text("keep me", encoding="utf-8")

    code = main(["build", str(FIXTURE), "--out", str(precious)])

    assert code == 1
    assert "refusing to replace it" in capsys.readouterr().err
    assert (precious / "todo.txt").read_text(encoding="utf-8") == "keep me"


def test_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "content", "validate", str(FIXTURE)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout
