"""One bad source per case: `build` must report the problem as `path:line: message` and write nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from content.__main__ import main
from content.checks import Report
from content.errors import Problem
from content.model import Agency, Origin
from content.validate import check_source
from content.validate_registry import check_agency

Edit = Callable[[Path], None]

EN = "articles/employer-pays/en.md"
RU = "articles/employer-pays/ru.md"
LATN = "articles/employer-pays/uz-Latn.md"
FALLBACK = "articles/written-contract/uz-Cyrl.md"
ALERT = "alerts/fake-work-visas/en.md"
GUIDE = "guides/kr/en.md"
AGENCIES = "registry/agencies.csv"
WARNINGS = "registry/warnings.csv"


def replace(rel: str, old: str, new: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture changed: {old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def replace_all(rel: str, old: str, new: str) -> Edit:
    def edit(root: Path) -> None:
        for path in (root / rel).parent.glob("*.md"):
            path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return edit


def delete(rel: str) -> Edit:
    return lambda root: (root / rel).unlink()


def write(rel: str, data: str | bytes) -> Edit:
    def edit(root: Path) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return edit


def append(rel: str, text: str) -> Edit:
    def edit(root: Path) -> None:
        with (root / rel).open("a", encoding="utf-8") as handle:
            handle.write(text)
    return edit


def set_body(rel: str, body: str) -> Edit:
    """Replace everything after the front matter."""
    def edit(root: Path) -> None:
        path = root / rel
        head, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
        path.write_text(f"{head}---\n{front}---\n{body}", encoding="utf-8")
    return edit


def rename(rel: str, new_rel: str) -> Edit:
    return lambda root: shutil.move(root / rel, root / new_rel)


def chain(*edits: Edit) -> Edit:
    def edit(root: Path) -> None:
        for step in edits:
            step(root)
    return edit


@dataclass(frozen=True)
class Case:
    name: str
    edit: Edit
    path: str
    line: int | str | None  # a number, or a text whose (last) line in the broken file is the expected line
    message: str


CASES = [
    # Syntax and fields.
    Case("yaml-syntax", replace(EN, "order: 10", "order: 10: 20"), EN, 4,
         "YAML syntax error: mapping values are not allowed here"),
    Case("yaml-syntax-list-file", replace("topics.yaml", "  icon: rights", "  icon: rights: x"),
         "topics.yaml", 2, "YAML syntax error: mapping values are not allowed here"),
    Case("no-front-matter", replace(EN, "---\nid:", "id:"), EN, 1,
         "the file must start with a '---' line that opens the front matter"),
    Case("unclosed-front-matter", replace(EN, "\n---\nA licensed", "\nA licensed"), EN, 1,
         "the front matter opened on line 1 is not closed by a '---' line"),
    Case("not-utf8", write(EN, "---\nid: employer-pays\ntitle: \"caf\xe9\"\n".encode("latin-1")), EN, 3,
         "the file is not valid UTF-8 text"),
    Case("missing-field", replace(EN, 'summary: "An agency may charge you only for advice."\n', ""), EN, 1,
         "missing field 'summary'"),
    Case("unknown-field", replace(EN, "sample: true\n", "sample: true\ntitel: \"x\"\n"), EN, 10,
         "unknown field 'titel'"),
    Case("duplicate-field", replace(EN, "sample: true\n", "sample: true\norder: 20\n"), EN, 10,
         "duplicate field 'order' (first on line 4)"),
    Case("wrong-type", replace(EN, "order: 10", "order: ten"), EN, 4,
         "field 'order' must be a whole number, not 'ten'"),
    Case("yaml11-boolean", replace(EN, "sample: true", "sample: yes"), EN, 9,
         "field 'sample' must be true or false, not 'yes'"),
    Case("empty-field", replace(EN, 'title: "The employer pays the placement fee"', 'title: ""'), EN, 10,
         "field 'title' is empty"),
    # Ids, folders and languages.
    Case("id-not-folder", replace(EN, "id: employer-pays", "id: employer-pay"), EN, 2,
         "id 'employer-pay' does not match the folder name 'employer-pays'"),
    Case("bad-folder-name", rename("articles/employer-pays", "articles/Employer_Pays"),
         "articles/Employer_Pays", None, "folder name: 'Employer_Pays' is not a valid id"),
    Case("missing-language", delete(RU), RU, None,
         "missing language file: every article needs uz-Latn.md, uz-Cyrl.md, ru.md, en.md"),
    Case("unknown-language-file", write("articles/employer-pays/uz-latn.md", "x"),
         "articles/employer-pays/uz-latn.md", None,
         "unexpected file; the language files are uz-Latn.md, uz-Cyrl.md, ru.md, en.md"),
    Case("stray-file", write("articles/notes.txt", "x"), "articles/notes.txt", None,
         "unexpected file: articles/ holds one folder per item"),
    Case("fallback-to-itself", replace(FALLBACK, "fallback: uz-Latn", "fallback: uz-Cyrl"), FALLBACK, 10,
         "a file cannot fall back to its own language"),
    Case("fallback-not-a-language", replace(FALLBACK, "fallback: uz-Latn", "fallback: de"), FALLBACK, 10,
         "fallback 'de' is not a language"),
    Case("fallback-to-missing", chain(delete("articles/written-contract/ru.md"),
                                      replace(FALLBACK, "fallback: uz-Latn", "fallback: ru")), FALLBACK, 10,
         "falls back to ru, but ru.md is missing"),
    Case("fallback-to-fallback", chain(
        lambda root: shutil.copy(root / FALLBACK, root / "articles/written-contract/en.md"),
        replace("articles/written-contract/en.md", "fallback: uz-Latn", "fallback: uz-Cyrl")),
        "articles/written-contract/en.md", 10, "falls back to uz-Cyrl, which is itself a fallback"),
    Case("fallback-with-title", replace(FALLBACK, "fallback: uz-Latn\n", "fallback: uz-Latn\ntitle: \"x\"\n"),
         FALLBACK, 11, "a fallback file must not have 'title'"),
    Case("fallback-with-body",
         replace(FALLBACK, "fallback: uz-Latn\n---\n", "fallback: uz-Latn\n---\n\nText\n"), FALLBACK, 13,
         "a fallback file must have no body"),
    Case("shared-field-differs", replace(RU, "order: 10", "order: 20"), RU, 4,
         "field 'order' must be the same in every language file: 20 here, 10 in uz-Latn.md"),
    # Values.
    Case("unknown-topic", replace_all(EN, "topic: recruitment", "topic: recruiting"), EN, 3,
         "unknown topic 'recruiting'; topics.yaml has: rights, recruitment"),
    Case("unknown-country", replace_all(EN, "countries: []", "countries: [uk]"), EN, 5,
         "unknown country code 'uk' in countries"),
    Case("title-too-long", replace(EN, "The employer pays the placement fee", "T" * 71), EN, 10,
         "title is 71 characters long; the limit is 70"),
    Case("body-too-long", set_body(EN, "x" * 6001 + "\n"), EN, 13,
         "the body is 6001 characters long; the limit is 6000"),
    Case("body-empty", set_body(EN, "\n"), EN, 13,
         "the body is empty: write the text after the front matter"),
    Case("bad-date", replace_all(EN, "reviewed_on: 2026-11-01", "reviewed_on: 2026-13-01"), EN, 7,
         "reviewed_on must be a date YYYY-MM-DD, not '2026-13-01'"),
    Case("dotted-date-in-yaml", replace_all(EN, "reviewed_on: 2026-11-01", "reviewed_on: 01.11.2026"), EN, 7,
         "reviewed_on must be a date YYYY-MM-DD, not '01.11.2026'"),
    Case("url-scheme", replace_all(EN, "qr: https://example.org", "qr: ftp://example.org"), EN, 8,
         "qr must be an http or https URL: 'ftp://example.org/kiosk-sample/articles/employer-pays'"),
    Case("url-no-host", replace_all(EN, "qr: https://example.org", "qr: https://"), EN, 8,
         "qr must be an http or https URL with a host name"),
    Case("url-too-long", replace_all(EN, "articles/employer-pays\n", "articles/" + "a" * 259 + "\n"), EN, 8,
         "qr is 301 characters long; the limit is 300"),
    Case("raw-html", replace(EN, "Ask for a **receipt**.", "Ask for a <b>receipt</b>."), EN, 18,
         "raw HTML is not allowed in the body: '<b>'"),
    Case("image", replace(EN, "- Check the licence before you pay.", "![map](https://example.org/map.png)"),
         EN, 17, "images are not allowed in the body"),
    Case("table", replace(EN, "- Check the licence before you pay.", "| fee | who pays |"), EN, 17,
         "tables are not allowed in the body"),
    Case("uz-latn-apostrophe", replace(LATN, "toʻlaydi", "to'laydi"), LATN, 10,
         "title: write oʻ/gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC), not \"'\""),
    # Alerts.
    Case("expires-before-published", replace_all(ALERT, "expires_on: 2027-05-01", "expires_on: 2026-10-01"),
         ALERT, 5, "expires_on (2026-10-01) must not be before published_on (2026-11-01)"),
    Case("unknown-severity", replace_all(ALERT, "severity: urgent", "severity: critical"), ALERT, 3,
         "unknown severity 'critical'; use one of: urgent, warning, info"),
    Case("no-red-flags",
         replace(ALERT, 'red_flags:\n  - "They promise a visa within a week"', "red_flags: []"), ALERT, 10,
         "red_flags must have 1 to 8 items, not 0"),
    Case("red-flag-too-long", replace(ALERT, "They promise a visa within a week", "x" * 141), ALERT, 10,
         "red_flags item 1 is 141 characters long; the limit is 140"),
    # Guides.
    Case("guide-missing-section", replace(GUIDE, "## Documents\n\n- Passport for travel abroad\n\n", ""),
         GUIDE, 11, "missing section '## Documents'"),
    Case("guide-section-twice", append(GUIDE, "## Documents\n\nMore.\n"), GUIDE, "## Documents",
         "section '## Documents' appears twice (first on line 15)"),
    Case("guide-unknown-heading", replace(GUIDE, "## Common scams", "## Scams"), GUIDE, 19,
         "unknown section heading '## Scams'; the en headings are '## Legal route', '## Documents', "
         "'## Common scams', '## Contacts'"),
    Case("guide-heading-apostrophe", replace("guides/kr/uz-Latn.md", "## Qonuniy yoʻl", "## Qonuniy yo'l"),
         "guides/kr/uz-Latn.md", 11, "unknown section heading '## Qonuniy yo'l'"),
    Case("guide-preamble", replace(GUIDE, "---\n## Legal route", "---\nIntro.\n## Legal route"), GUIDE, 11,
         "text before the first section heading is not shown; move it into a section"),
    Case("guide-country-not-folder", replace(GUIDE, "country: kr", "country: jp"), GUIDE, 2,
         "country 'jp' does not match the folder name 'kr'"),
    Case("guide-unknown-country", chain(replace_all(GUIDE, "country: kr", "country: xx"),
                                        rename("guides/kr", "guides/xx")), "guides/xx", None,
         "unknown country code 'xx' as folder name"),
    Case("guide-name-too-long", replace(GUIDE, 'name: "South Korea"', f'name: "{"K" * 33}"'), GUIDE, 8,
         "name is 33 characters long; the limit is 32"),
    # topics.yaml, contacts.yaml, bundle.yaml.
    Case("unknown-icon", replace("topics.yaml", "  icon: rights", "  icon: law"), "topics.yaml", 2,
         "unknown icon 'law'; use one of: rights, recruitment"),
    Case("topic-language-missing", replace("topics.yaml", ', ru: "Ваши права"', ""), "topics.yaml", 3,
         "field 'title' has no ru text"),
    Case("topic-title-too-long", replace("topics.yaml", 'ru: "Ваши права"', f'ru: "{"П" * 41}"'),
         "topics.yaml", 3, "title (ru) is 41 characters long; the limit is 40"),
    Case("topic-duplicate", replace("topics.yaml", "- id: recruitment", "- id: rights"), "topics.yaml", 9,
         "duplicate topic id 'rights' (first on line 1)"),
    Case("topic-missing-field", replace("topics.yaml", "  icon: recruitment\n", ""), "topics.yaml", 9,
         "missing field 'icon'"),
    Case("topics-not-a-list", write("topics.yaml", "rights: yes\n"), "topics.yaml", 1,
         "topics.yaml must be a list of entries"),
    Case("contact-category", replace("contacts.yaml", "category: consulate", "category: embassy"),
         "contacts.yaml", 19,
         "unknown category 'embassy'; use one of: agency, consulate, international, emergency"),
    Case("contact-real-phone", replace("contacts.yaml", "+82 00 0000 0000", "+82 2 1234 5678"),
         "contacts.yaml", 21,
         "sample content must use a placeholder phone number with only 0 digits after the country code"),
    Case("contact-id", replace("contacts.yaml", "id: consulate-seoul", "id: Consulate Seoul"),
         "contacts.yaml", 18, "'Consulate Seoul' is not a valid id"),
    Case("contact-unquoted-phone", replace("contacts.yaml", '"+82 00 0000 0000"', "+82000000000"),
         "contacts.yaml", 21, "field 'phone' must be text, not 82000000000 (quote it if needed)"),
    Case("bundle-languages", replace("bundle.yaml", "[uz-Latn, uz-Cyrl, ru, en]", "[uz-Latn, ru, en]"),
         "bundle.yaml", 2, "languages must be exactly [uz-Latn, uz-Cyrl, ru, en], in this order"),
    Case("bundle-yaml-missing", delete("bundle.yaml"), "bundle.yaml", None, "missing file"),
    # The registry CSV files.
    Case("csv-missing-column", replace(AGENCIES, ",tin,", ",taxid,"), AGENCIES, 1, "missing column 'tin'"),
    Case("csv-unknown-column", replace(AGENCIES, ",tin,", ",taxid,"), AGENCIES, 1, "unknown column 'taxid'"),
    Case("csv-cell-count", replace(AGENCIES, 'Misol Xalqaro"" MChJ",Misol,', 'Misol Xalqaro"" MChJ",'),
         AGENCIES, 4, "this row has 12 cells but the header has 13; check the commas and quotes"),
    Case("tax-id", replace(AGENCIES, "000000002", "00000002"), AGENCIES, 3,
         "tin (tax id) must be exactly 9 digits, not '00000002'"),
    Case("status", replace(AGENCIES, ",suspended,", ",paused,"), AGENCIES, 3,
         "unknown status 'paused'; use one of: active, suspended, revoked, expired"),
    Case("duplicate-licence", replace(AGENCIES, "\n0789,", "\n0123,"), AGENCIES, 4,
         "duplicate licence number '0123' (first on line 2)"),
    Case("csv-bad-date", replace(AGENCIES, "15.06.2021", "31.02.2021"), AGENCIES, 3,
         "issued_on must be a date YYYY-MM-DD or DD.MM.YYYY, not '31.02.2021'"),
    Case("csv-unknown-country", replace(AGENCIES, "RU;KZ", "RU;XX"), AGENCIES, 3,
         "unknown country code 'xx' in countries"),
    Case("agency-phone", replace(AGENCIES, "koʻchasi, 1\",+998 00 000 00 00,", "koʻchasi, 1\",call me,"),
         AGENCIES, 2, "phone 'call me' may contain only digits, spaces, +, -, ( and )"),
    Case("csv-missing-file", delete(WARNINGS), WARNINGS, None, "missing file"),
    Case("telegram-handle", replace(WARNINGS, "@tez_viza_sample", "tez_viza_sample"), WARNINGS, 2,
         "telegram handle 'tez_viza_sample' must look like @name"),
    Case("website", replace(WARNINGS, "tez-viza.example", "https://tez-viza.example"), WARNINGS, 2,
         "website 'https://tez-viza.example' must be a host name like example.org"),
    Case("warning-date", replace(WARNINGS, ",2026-11-01", ",1 Nov 2026"), WARNINGS, 2,
         "listed_on must be a date YYYY-MM-DD or DD.MM.YYYY, not '1 Nov 2026'"),
]


def _expected_line(root: Path, case: Case) -> int | None:
    if not isinstance(case.line, str):
        return case.line
    lines = (root / case.path).read_text(encoding="utf-8").split("\n")
    return max(i for i, text in enumerate(lines, start=1) if case.line in text)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_source_is_reported_and_nothing_is_built(
        case: Case, source_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case.edit(source_dir)
    out = tmp_path / "out"

    code = main(["build", str(source_dir), "--out", str(out)])

    err = capsys.readouterr().err
    line = _expected_line(source_dir, case)
    where = f"{source_dir.as_posix()}/{case.path}" + (f":{line}" if line is not None else "")
    assert code == 1
    assert f"{where}: {case.message}" in err, err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["src"], "build left files behind"


def test_every_problem_is_reported_in_one_run(source_dir: Path) -> None:
    replace(EN, "order: 10", "order: 10: 20")(source_dir)  # a syntax error does not hide the others
    replace(GUIDE, "## Common scams", "## Scams")(source_dir)
    replace(AGENCIES, "000000002", "00000002")(source_dir)
    replace("topics.yaml", "  icon: rights", "  icon: law")(source_dir)

    _, problems = check_source(source_dir)

    assert {(p.path, p.line) for p in problems} >= {(EN, 4), (GUIDE, 19), (AGENCIES, 3), ("topics.yaml", 2)}


def test_unparsable_language_file_is_not_also_reported_missing(source_dir: Path) -> None:
    replace(EN, "order: 10", "order: 10: 20")(source_dir)

    _, problems = check_source(source_dir)

    assert [str(p) for p in problems] == [f"{EN}:4: YAML syntax error: mapping values are not allowed here"]


def test_problems_are_sorted_by_file_and_line(source_dir: Path) -> None:
    replace(AGENCIES, "000000003", "3")(source_dir)
    replace(AGENCIES, "000000002", "2")(source_dir)
    replace(EN, "order: 10", "order: ten")(source_dir)

    _, problems = check_source(source_dir)

    assert [(p.path, p.line) for p in problems] == [(EN, 4), (AGENCIES, 3), (AGENCIES, 4)]


def _agency_problems(phone: str) -> list[Problem]:
    """check_agency's problems for an otherwise valid row whose every field is on a line of its own."""
    fields = ("licence_no", "name", "tin", "status", "issued_on", "expires_on", "status_changed_on", "phone",
              "countries", "status_reason_code")
    origin = Origin(AGENCIES, 2, {name: line for line, name in enumerate(fields, start=10)})
    agency = Agency("0123", "Namuna", (), "000000001", "active", "2024-03-01", "2029-03-01", "", "",
                    "Toshkent", "Namuna koʻchasi, 1", phone, ("kr",), origin)
    problems: list[Problem] = []
    check_agency(Report(problems), agency, origin)
    return problems


def test_an_agency_phone_that_is_no_phone_is_reported_on_its_field() -> None:
    assert _agency_problems("call me") == [
        Problem(AGENCIES, 17, "phone 'call me' may contain only digits, spaces, +, -, ( and )")]


# "—": how a registry writes that an agency has no number (docs/phone.md: the phone edition shows it as text).
@pytest.mark.parametrize("phone", ["", "—", "(90) 123 45 67", "+998 71 000 00 00", "998901234567",
                                   "+998 (90) 123-45-67"])
def test_an_agency_phone_written_as_registries_write_it_passes(phone: str) -> None:
    assert _agency_problems(phone) == []
