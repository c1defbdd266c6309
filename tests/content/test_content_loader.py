"""Reading the source folder: values as an editor typed them, and problems at the right file line."""

from __future__ import annotations

from pathlib import Path

from content.errors import ContentError, Problem
from content.loader import load_source
from content.validate import check_source

FIXTURE = Path(__file__).parent / "fixtures" / "minimal"
AGENCIES = "registry/agencies.csv"


def test_fixture_loads_without_problems() -> None:
    source, problems = check_source(FIXTURE)

    assert problems == []
    assert source.sample is True
    assert [t.id for t in source.topics] == ["rights", "recruitment"]
    assert [t.order for t in source.topics] == [1, 2]
    assert [a.folder for a in source.articles] == ["employer-pays", "written-contract"]
    kinds = (source.alerts, source.guides, source.contacts, source.agencies, source.warnings)
    counts = [len(items) for items in kinds]
    assert counts == [1, 1, 2, 3, 1]


def test_language_files_keep_their_texts_and_fallbacks() -> None:
    source = load_source(FIXTURE)
    contract = source.articles[1]

    assert set(contract.files) == {"uz-Latn", "uz-Cyrl", "ru", "en"}
    assert contract.files["uz-Cyrl"].fallback == "uz-Latn"
    assert contract.files["uz-Cyrl"].text is None
    assert contract.files["uz-Latn"].text.summary == "Shartnoma siz tushunadigan tilda boʻlishi kerak."
    assert contract.meta.reviewed_on == "2026-11-01"  # dates stay text as written


def test_registry_rows_are_split_and_keep_what_was_written() -> None:
    source = load_source(FIXTURE)
    first, second = source.agencies[0], source.agencies[1]

    assert first.licence_no == "0123"  # leading zero kept
    assert first.name == '"Namuna Ish Servis" MChJ'
    assert first.other_names == ("Namuna Ish", "Namuna Work")
    assert second.countries == ("ru", "kz")  # spreadsheet upper case normalised
    assert second.issued_on == "15.06.2021"
    assert source.warnings[0].telegram == ("@tez_viza_sample",)


def test_yaml_keeps_what_the_editor_typed(source_dir: Path) -> None:
    path = source_dir / "articles/employer-pays/en.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("countries: []", "countries: [no]").replace("order: 10", "order: 010"),
                    encoding="utf-8")

    en = load_source(source_dir).articles[0].files["en"]

    assert en.meta.countries == ("no",)  # Norway, not False
    assert en.meta.order == 10  # not octal 8


def test_yaml_error_line_is_counted_from_the_top_of_the_file(source_dir: Path) -> None:
    path = source_dir / "alerts/fake-work-visas/ru.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - \"Обещают", "\t- \"Обещают"), encoding="utf-8")

    problems = load_source(source_dir).problems

    assert len(problems) == 1
    assert problems[0].path == "alerts/fake-work-visas/ru.md"
    assert problems[0].line == 11
    assert problems[0].message.startswith("YAML syntax error:")


def test_csv_line_numbers_count_physical_lines(source_dir: Path) -> None:
    path = source_dir / AGENCIES
    text = path.read_text(encoding="utf-8")
    # A quoted cell spanning two lines moves every following row down by one line (and is itself refused:
    # an address is one line, content.characters).
    text = text.replace('"Toshkent sh., Namuna koʻchasi, 1"', '"Toshkent sh.,\nNamuna koʻchasi, 1"')
    text = text.replace("000000002", "12345")
    path.write_text(text, encoding="utf-8")

    source, problems = check_source(source_dir)

    assert source.agencies[0].address == "Toshkent sh.,\nNamuna koʻchasi, 1"
    assert [str(p) for p in problems] == [
        f"{AGENCIES}:2: address: U+000A LINE FEED at column 14: this text must be one line; join the lines",
        f"{AGENCIES}:4: tin (tax id) must be exactly 9 digits, not '12345'"]


def test_spreadsheet_export_quirks_are_accepted(source_dir: Path) -> None:
    path = source_dir / AGENCIES
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    text = text.replace("\r\nLX-2021", "\r\n,,,,,,,,,,,,\r\n\r\nLX-2021")  # blank rows in the middle
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    source, problems = check_source(source_dir)

    assert problems == []
    assert [a.licence_no for a in source.agencies] == ["0123", "LX-2021-0456", "0789"]
    assert source.agencies[2].origin.line == 6


def test_csv_with_an_unclosed_quote_reports_the_row(source_dir: Path) -> None:
    path = source_dir / "registry/warnings.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'w-0002,"Tez Ish,,,,x,2026-11-01\n', encoding="utf-8")

    _, problems = check_source(source_dir)

    assert [(p.path, p.line) for p in problems] == [("registry/warnings.csv", 3)]


def test_missing_folder_parts_are_each_reported(tmp_path: Path) -> None:
    problems = load_source(tmp_path).problems

    assert {str(p) for p in problems} == {
        "bundle.yaml: missing file", "topics.yaml: missing file", "contacts.yaml: missing file",
        f"{AGENCIES}: missing file", "registry/warnings.csv: missing file",
    }


def test_content_error_lists_every_problem() -> None:
    error = ContentError([Problem("b.md", 3, "second"), Problem("a.md", None, "first")])

    assert str(error) == "2 problems in the content sources:\n  a.md: first\n  b.md:3: second"
    assert [p.path for p in error.problems] == ["a.md", "b.md"]
