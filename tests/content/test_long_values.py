"""What an editor typed or pasted comes back in a problem, so they can find it; a value of thousands of
characters (a cell pasted whole, a column shifted by a stray quote) comes back shortened, with its length,
not whole on every line of the report. Registry texts a kiosk shows keep to a length a screen can show."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from content.validate import check_source
from content.validate_registry import REGISTRY_TEXT_MAX

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"
LONG = 5000


def _edit_csv(path: Path, change: dict[str, str], row: int = 0) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[row].update(change)
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _problems(tmp_path: Path, rel: str, change: dict[str, str]) -> list[str]:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    _edit_csv(root / rel, change)
    return [str(p) for p in check_source(root)[1]]


def _shortened(problems: list[str], column: str) -> None:
    found = [p for p in problems if ":2: " in p]  # the changed row's
    assert found and any(column.rstrip("s") in p for p in found), (column, problems)
    for problem in found:
        assert len(problem) < 400, problem[:300]
        assert f"({LONG + 1:,} characters)" in problem or "characters long" in problem, problem[:300]


def test_a_long_value_is_quoted_short_with_its_length_in_every_csv(tmp_path: Path) -> None:
    for rel, column, value in (
            ("registry/agencies.csv", "phone", "x" + "9" * LONG),
            ("registry/agencies.csv", "status", "Z" * (LONG + 1)),
            ("registry/agencies.csv", "expires_on", "2" * (LONG + 1)),
            ("registry/agencies.csv", "countries", "c" * (LONG + 1)),
            ("registry/agencies.csv", "tin", "1" * (LONG + 1)),
            ("registry/warnings.csv", "telegram", "@" + "a" * (LONG - 1) + "!"),
            ("registry/warnings.csv", "websites", "h" * LONG + "/"),
            ("vacancies.csv", "currency", "V" * (LONG + 1)),
            ("vacancies.csv", "hours_per_week", "V" * (LONG + 1)),
            ("vacancies.csv", "closes_on", "V" * (LONG + 1))):
        _shortened(_problems(tmp_path / column / rel.replace("/", "-"), rel, {column: value}), column)


def test_a_quoted_value_keeps_its_start_so_the_editor_can_find_it(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "registry/agencies.csv", {"phone": "call " + "9" * LONG})
    assert any("phone 'call 999" in p and "…'" in p for p in problems), problems


def test_registry_texts_a_kiosk_shows_keep_to_a_length(tmp_path: Path) -> None:
    for column in ("licence_no", "name", "other_names", "region", "address"):
        problems = _problems(tmp_path / column, "registry/agencies.csv", {column: "N" * (LONG + 1)})
        assert any(f"{column} is {LONG + 1} characters long; the limit is" in p for p in problems), (
            column, [p[:200] for p in problems])
    sample = [row for row in csv.DictReader((SAMPLE / "registry/agencies.csv").open(encoding="utf-8"))]
    longest = max(len(row[c]) for row in sample for c in ("name", "region", "address"))
    assert longest < REGISTRY_TEXT_MAX["name"]


def test_an_id_typed_long_is_quoted_short() -> None:
    from content.formats import id_problem

    for value in ("A" * LONG, "a" * LONG):
        problem = id_problem(value)
        assert problem is not None and len(problem) < 200 and f"({LONG:,} characters)" in problem, problem


def test_only_a_long_quoted_value_is_shortened() -> None:
    from content.errors import QUOTED_MAX, shorten_quoted

    for kept in ("rule 'r1': answer 'yes' for 'q1' must be one of 'a', 'b'",
                 "the agency's name 'Oʻzbek Ish' and the workers' note " + "x" * 200,
                 f"phone '{'9' * QUOTED_MAX}' may contain only digits"):
        assert shorten_quoted(kept) == kept
    long = "O'zbek " + "9" * 100
    assert shorten_quoted(f"phone '{long}' may contain only digits") == (
        f"phone '{long[:QUOTED_MAX - 1]}…' ({len(long):,} characters) may contain only digits")


def test_a_value_quoted_short_is_not_shortened_again(tmp_path: Path) -> None:
    """A message may pass the rule twice (an id's problem becomes a Problem); the second pass leaves it."""
    from content.errors import shorten_quoted

    once = shorten_quoted(f"id '{'a' * LONG}' is too long")
    assert shorten_quoted(once) == once
    problems = _problems(tmp_path, "vacancies.csv", {"id": "a" * LONG})
    said = [p for p in problems if f"({LONG:,} characters)" in p]
    assert said and all(p.count("characters)") == 1 for p in said), said
