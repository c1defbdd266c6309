"""Reason codes in the registry and warning-list CSVs (issue 11 #5): every sample row with a reason has a
known code, an unknown code is reported at its line, an export without the code column still loads, and
the codes travel through the bundle into content.db."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

from content.reasons import AGENCY_REASONS, WARNING_REASONS
from content.validate import check_source

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


def test_every_sample_reason_has_its_code() -> None:
    with (SAMPLE / "registry" / "agencies.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["status_reason"]:
                assert AGENCY_REASONS[row["status_reason_code"]] == row["status_reason"]
    with (SAMPLE / "registry" / "warnings.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert WARNING_REASONS[row["reason_code"]] == row["reason"]


def test_an_unknown_code_is_reported_at_its_line(tmp_path: Path) -> None:
    root = tmp_path / "src"
    shutil.copytree(SAMPLE, root)
    path = root / "registry" / "warnings.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",tourist_visas_as_work\n", ",made_up_code\n", 1), encoding="utf-8")
    _, problems = check_source(root)
    messages = [str(p) for p in problems]
    assert any("warnings.csv:2" in m and "made_up_code" in m for m in messages), messages


def test_an_export_without_the_code_columns_still_loads(tmp_path: Path) -> None:
    root = tmp_path / "src"
    shutil.copytree(SAMPLE, root)
    for name, column in (("agencies.csv", "status_reason_code"), ("warnings.csv", "reason_code")):
        path = root / "registry" / name
        with path.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        fields = [c for c in rows[0] if c != column]
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    source, problems = check_source(root)
    assert not problems, [str(p) for p in problems]
    assert all(a.status_reason_code == "" for a in source.agencies)


def test_codes_reach_content_db(tmp_path: Path) -> None:
    from kiosk.app.bootstrap import ensure_content

    assert ensure_content(tmp_path)
    conn = sqlite3.connect(tmp_path / "content.db")
    try:
        codes = {r[0] for r in conn.execute("SELECT DISTINCT status_reason_code FROM agencies")}
        warning_codes = {r[0] for r in conn.execute("SELECT DISTINCT reason_code FROM warnings")}
    finally:
        conn.close()
    assert codes - {""} <= set(AGENCY_REASONS) and len(codes) > 5
    assert warning_codes <= set(WARNING_REASONS) and len(warning_codes) > 5
