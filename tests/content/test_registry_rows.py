"""The incremental registry build gives the bytes of a full build, finds the problems a full check finds,
and steps aside (a full build) whenever what it would start from cannot be trusted."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.bundle import Built, build_source
from content.bundle_format import agencies_document, agencies_rows, canonical_json
from content.errors import ContentError
from content.registry_csv import AGENCIES_CSV, AGENCY_COLUMNS
from content.registry_diff import check_upload
from content.registry_rows import Previous, rebuild

STATUSES = ("active", "expired", "revoked", "suspended")


def agency(n: int, **cells: str) -> dict[str, str]:
    row = {
        "licence_no": f"LX-{n:05d}", "name": f'"Agentlik {n}" MChJ', "other_names": f"Agentlik {n};A{n}",
        "tin": f"{n:09d}", "status": STATUSES[n % 4], "issued_on": f"{1 + n % 28:02d}.03.2021",
        "expires_on": "2030-01-01", "status_changed_on": "2026-11-01" if n % 4 else "",
        "status_reason": "Sample reason" if n % 4 else "", "region": "Toshkent",
        "address": f"Toshkent sh., {n}-uy, \"Bino\" {{A}},{{\"b\"}}", "phone": "+998 00 000 00 00",
        "countries": "KR; de" if n % 2 else "ru",
    }
    return row | cells


def write(rows: list[dict[str, str]], columns: tuple[str, ...] = AGENCY_COLUMNS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.fixture
def published(source_dir: Path, tmp_path: Path) -> tuple[Built, list[dict[str, str]]]:
    rows = [agency(n) for n in range(300)]
    (source_dir / AGENCIES_CSV).write_bytes(write(rows))
    return build_source(source_dir, tmp_path / "first"), rows


def both(source_dir: Path, tmp_path: Path, previous: Previous | None) -> tuple[Built, Built]:
    return (build_source(source_dir, tmp_path / "full"),
            build_source(source_dir, tmp_path / "incremental", previous))


def edited(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """A status change, a detail change, two additions, a removal and the rest in another order."""
    out = [dict(r) for r in rows]
    out[3].update(status="revoked", status_changed_on="01.12.2026", status_reason="Fees taken")
    out[10]["address"] += " (new office)"
    del out[20]
    out.reverse()
    return [*out, agency(1000), agency(1001, issued_on="02.12.2026")]


def test_incremental_build_is_byte_for_byte_the_full_build(
        published: tuple[Built, list[dict[str, str]]], source_dir: Path, tmp_path: Path) -> None:
    first, rows = published
    (source_dir / AGENCIES_CSV).write_bytes(write(edited(rows)))
    full, incremental = both(source_dir, tmp_path, first.previous())
    assert incremental.rendered_rows == 4  # one status, one detail, two added: nothing else re-rendered
    assert full.rendered_rows is None
    assert incremental.files == full.files
    assert incremental.manifest == full.manifest
    assert incremental.rows == full.rows
    assert incremental.manifest.registry_as_of == "2026-12-02"
    written = {p.relative_to(tmp_path / "full"): p.read_bytes() for p in (tmp_path / "full").rglob("*")
               if p.is_file()}
    assert written == {p.relative_to(tmp_path / "incremental"): p.read_bytes()
                       for p in (tmp_path / "incremental").rglob("*") if p.is_file()}


def test_one_change_after_another_stays_equal(
        published: tuple[Built, list[dict[str, str]]], source_dir: Path, tmp_path: Path) -> None:
    first, rows = published
    previous = first.previous()
    for step in range(3):
        rows[step * 7]["name"] = f"Renamed {step}"
        (source_dir / AGENCIES_CSV).write_bytes(write(rows))
        full, incremental = both(source_dir, tmp_path / str(step), previous)
        assert incremental.rendered_rows == 1
        assert incremental.files == full.files
        previous = incremental.previous()


def test_an_emptied_registry_builds_the_same(
        published: tuple[Built, list[dict[str, str]]], source_dir: Path, tmp_path: Path) -> None:
    first, _ = published
    (source_dir / AGENCIES_CSV).write_bytes(write([]))
    full, incremental = both(source_dir, tmp_path, first.previous())
    assert incremental.files == full.files
    assert incremental.manifest.registry_as_of is None


@pytest.mark.parametrize("damage", [
    lambda rows: rows[5].update(tin="12345"),                       # a changed row with a bad tax id
    lambda rows: rows[6].update(licence_no=rows[7]["licence_no"]),  # a duplicate of an unchanged row
    lambda rows: rows[8].update(licence_no=""),                     # no licence number
    lambda rows: rows[9].update(issued_on="31.02.2026", countries="xx"),
    lambda rows: rows[1].update(status="closed"),
])
def test_the_problems_found_are_those_of_a_full_check(
        published: tuple[Built, list[dict[str, str]]], source_dir: Path, tmp_path: Path, damage) -> None:
    first, rows = published
    damage(rows)
    data = write(rows)
    full = check_upload(data)
    assert full
    assert check_upload(data, first.previous()) == full
    (source_dir / AGENCIES_CSV).write_bytes(data)
    with pytest.raises(ContentError) as whole:
        build_source(source_dir, tmp_path / "full")
    with pytest.raises(ContentError) as incremental:
        build_source(source_dir, tmp_path / "incremental", first.previous())
    assert str(incremental.value) == str(whole.value)


def test_a_row_with_the_wrong_number_of_cells_is_reported_as_by_a_full_check(
        published: tuple[Built, list[dict[str, str]]]) -> None:
    first, rows = published
    data = write(rows).replace(b"\nLX-00012,", b"\nLX-00012,extra,", 1)
    assert check_upload(data, first.previous()) == check_upload(data) != []


def test_a_full_build_when_the_previous_build_cannot_be_used(
        published: tuple[Built, list[dict[str, str]]], source_dir: Path, tmp_path: Path) -> None:
    first, rows = published
    previous = first.previous()
    assert previous is not None
    (source_dir / AGENCIES_CSV).write_bytes(write(edited(rows)))
    text = (source_dir / AGENCIES_CSV).read_text(encoding="utf-8")
    assert rebuild(text, replace(previous, rules="other rules")) is None  # the row code changed since
    assert rebuild(text, Previous(previous.text, previous.shards)) is not None  # as read back from disk
    cut = dict(previous.shards)
    cut["registry/agencies-0.json"] = cut["registry/agencies-0.json"].replace(b"LX-", b"LY-", 1)
    assert rebuild(text, Previous(previous.text, cut)) is None  # the shard is not the text's
    columns = (*AGENCY_COLUMNS[1:], AGENCY_COLUMNS[0])
    (source_dir / AGENCIES_CSV).write_bytes(write(edited(rows), columns))
    full, incremental = both(source_dir, tmp_path, previous)
    assert incremental.rendered_rows is None  # other column order: built in full
    assert incremental.files == full.files


def test_rows_split_back_out_of_a_document_even_with_json_in_the_strings() -> None:
    rows = [canonical_json({"a": 'x},{"y', "b": ["},{"]}), canonical_json({"a": "\\"}), b'{"a":"z"}']
    document = agencies_document(rows, "shard", "3")
    assert document == canonical_json({"shard": "3", "agencies": [{"a": 'x},{"y', "b": ["},{"]},
                                                                  {"a": "\\"}, {"a": "z"}]})
    assert agencies_rows(document, "shard", "3") == rows
    assert agencies_rows(document, "shard", "4") is None
    assert agencies_rows(agencies_document([], "part", "abc"), "part", "abc") == []


NASTY = st.text(alphabet='},{"[]:\\ aé\n', max_size=12)


@given(st.lists(st.dictionaries(st.sampled_from(["address", "b", "licence_no"]),
                                NASTY | st.lists(NASTY, max_size=3), min_size=1), max_size=6))
@settings(max_examples=300, deadline=None)
def test_any_flat_rows_split_back_out(rows: list[dict[str, object]]) -> None:
    encoded = [canonical_json(row) for row in rows]
    assert agencies_rows(agencies_document(encoded, "part", "0ab"), "part", "0ab") == encoded


def test_the_rules_fingerprint_of_an_app_without_sources_trusts_no_saved_state(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The frozen kiosk has no .py files beside its modules: reading them raised at import time and the
    built app could not build its sample content. Without sources, no saved registry state matches."""
    from content import registry_csv, registry_rows

    monkeypatch.setattr(registry_csv, "__file__", "/nonexistent/registry_csv.py")
    first, second = registry_rows._rules_fingerprint(), registry_rows._rules_fingerprint()
    assert first.startswith("no-source-")
    assert first != second
    assert first != registry_rows.RULES
