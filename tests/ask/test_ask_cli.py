"""`kiosk ask` as an administrator runs it: ranked answers as text or JSON, clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "ask", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_answers(tmp_path: Path, sample_db: Path) -> None:
    shutil.copy(sample_db, tmp_path / "content.db")
    result = _run("Можно ли работать по туристической визе?", "--lang", "ru", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert answers
    first = answers[0]
    assert set(first) >= {"kind", "id", "title", "text", "score", "lang", "open"}
    assert first["lang"] == "ru"
    assert "tourist-visa" in first["id"] or "tourist-visa" in (first["open"] or "")


def test_text_output_and_no_good_answer(tmp_path: Path, sample_db: Path) -> None:
    shutil.copy(sample_db, tmp_path / "content.db")
    result = _run("can my employer keep my passport", data_dir=tmp_path)
    assert result.returncode == 0
    assert "passport" in result.stdout.lower()
    nothing = _run("?!?!", data_dir=tmp_path)
    assert nothing.returncode == 0
    assert nothing.stdout == ""
    assert "no good answer" in nothing.stderr


def test_unknown_language_is_a_clear_error(tmp_path: Path, sample_db: Path) -> None:
    shutil.copy(sample_db, tmp_path / "content.db")
    result = _run("passport", "--lang", "xx", data_dir=tmp_path)
    assert result.returncode == 2
    assert "unknown language 'xx'" in result.stderr
    assert "Traceback" not in result.stderr
