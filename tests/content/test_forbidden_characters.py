"""Control characters and invisible or direction-changing characters are refused in every content text.

A kiosk that shows a licensed agency's name must show what is there: U+202E makes a name display reversed
(a look-alike of a licensed agency), zero-width characters make two names look equal while they compare
different, NUL and ESC are garbage on screen. One rule (`content.characters.forbidden_character`) is asked by
every validator; these tests break each kind of source with it and read `python -m content validate`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content.__main__ import main
from content.characters import forbidden_character
from content.checks import Report
from content.errors import Problem
from content.model import Agency, Origin
from content.validate import check_source
from content.validate_registry import STATUS_REASON_MAX, check_agency
from tests.content.test_content_validate import AGENCIES, ALERT, EN, GUIDE, WARNINGS, replace, set_body

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"
RLO = "\u202e"

UZBEK_LATIN = "AaBbDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvXxYyZzOʻoʻGʻgʻShshChchNGng ʼ"
UZBEK_CYRILLIC = "АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЪъЬьЭэЮюЯяЎўҚқҒғҲҳ"
TAJIK = "ӢӣӮӯҶҷҲҳҚқҒғ"
KAZAKH_KYRGYZ_KARAKALPAK = "ӘәІіҢңӨөҰұҮүҺһ ÁáǴǵŃńÓóÚúıWw"
EMOJI = "⚠️ 📞 ✅ 🇺🇿 👍🏽"


@pytest.mark.parametrize("char, name", [
    ("\x00", "U+0000 NULL"), ("\x1b", "U+001B ESCAPE"), ("\x7f", "U+007F DELETE"),
    ("\x85", "U+0085 NEXT LINE"), ("\x9b", "U+009B (a control character)"),
    ("\u200b", "U+200B ZERO WIDTH SPACE"),
    ("\u200c", "U+200C ZERO WIDTH NON-JOINER"), ("\u200d", "U+200D ZERO WIDTH JOINER"),
    ("\u200e", "U+200E LEFT-TO-RIGHT MARK"), ("\u200f", "U+200F RIGHT-TO-LEFT MARK"),
    ("\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING"), (RLO, "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\u2060", "U+2060 WORD JOINER"), ("\u2064", "U+2064 INVISIBLE PLUS"),
    ("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"), ("\u2069", "U+2069 POP DIRECTIONAL ISOLATE"),
    ("\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"), ("\u00ad", "U+00AD SOFT HYPHEN"),
    ("\u061c", "U+061C ARABIC LETTER MARK"), ("\u2028", "U+2028 LINE SEPARATOR"),
    ("\ufffd", "U+FFFD REPLACEMENT CHARACTER"),
])
def test_the_rule_names_the_first_forbidden_character_and_its_column(char: str, name: str) -> None:
    found = forbidden_character(f"Agency{char} x{RLO}", multiline=True)

    assert found is not None and found.startswith(f"{name} at column 7"), found


def test_a_replacement_character_is_said_to_be_a_wrong_encoding() -> None:
    found = forbidden_character("Agentlik \ufffd")

    assert found is not None and "wrong encoding" in found


def test_a_single_line_text_takes_no_newline_or_tab_and_a_multi_line_text_does() -> None:
    assert forbidden_character("one\ntwo") == (
        "U+000A LINE FEED at column 4: this text must be one line; join the lines")
    assert (forbidden_character("one\ttwo") or "").startswith("U+0009 CHARACTER TABULATION at column 4")
    assert forbidden_character("one\n\ttwo", multiline=True) is None
    assert forbidden_character("one\ntw\x1bo", multiline=True) == (
        "U+001B ESCAPE at line 2, column 3: control characters are not text; delete it")


@pytest.mark.parametrize("text", [UZBEK_LATIN, UZBEK_CYRILLIC, TAJIK, KAZAKH_KYRGYZ_KARAKALPAK, EMOJI,
                                  "Ғарбий Ҳудуд «Ўзбек Иш Сервис» МЧЖ — 100 % · №5", "“quoted” ‘x’ … – —"])
def test_the_letters_of_every_language_and_emoji_pass(text: str) -> None:
    assert forbidden_character(text) is None
    assert forbidden_character(text, multiline=True) is None


def test_the_sample_content_still_validates_clean() -> None:
    assert main(["validate", str(SAMPLE)]) == 0


def _validate(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["validate", str(root)])
    err = capsys.readouterr().err
    assert code == 1, err
    return err


def _sample(tmp_path: Path) -> Path:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    return root


RLO_AT_7 = "U+202E RIGHT-TO-LEFT OVERRIDE at column 7"


def test_a_warning_reason_over_its_limit_is_reported(
        source_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A warning's reason is shown on the kiosk's verdict as the agency's is: the same bound."""
    replace(WARNINGS, "Sample entry:", "Sample entry: " + "r" * STATUS_REASON_MAX)(source_dir)

    err = _validate(source_dir, capsys)

    assert f"{source_dir.as_posix()}/{WARNINGS}:2: reason is " in err, err
    assert f"characters long; the limit is {STATUS_REASON_MAX}" in err, err


@pytest.mark.parametrize("rel, old, new, line, message", [
    # Front matter: YAML's escapes write what a raw file may not hold.
    (EN, 'title: "The employer pays the placement fee"', 'title: "The em\\u202eployer pays"', 10,
     f"title: {RLO_AT_7}"),
    (EN, 'title: "The employer pays the placement fee"', 'title: "The em\\eployer pays"', 10,
     "title: U+001B ESCAPE at column 7"),
    (EN, 'title: "The employer pays the placement fee"', 'title: "The em\\0ployer pays"', 10,
     "title: U+0000 NULL at column 7"),
    (EN, 'title: "The employer pays the placement fee"', 'title: "The em\ufeffployer pays"', 10,
     "title: U+FEFF ZERO WIDTH NO-BREAK SPACE at column 7"),
    (EN, 'title: "The employer pays the placement fee"', 'title: "The em\\nployer pays"', 10,
     "title: U+000A LINE FEED at column 7"),
    (EN, 'summary: "An agency may charge you only for advice."', 'summary: "An ag\u200bency"', 11,
     "summary: U+200B ZERO WIDTH SPACE at column 6"),
    (EN, "source: ", f"source: Law{RLO} ", 6, "source: U+202E RIGHT-TO-LEFT OVERRIDE at column 4"),
    (ALERT, "They promise a visa within a week", f"They p{RLO}romise", 10,
     f"red_flags item 1: {RLO_AT_7}"),
    (ALERT, 'title: "', f'title: "Urgen{RLO}', 8, "title: U+202E RIGHT-TO-LEFT OVERRIDE at column 6"),
    (GUIDE, 'name: "South Korea"', f'name: "South {RLO}Korea"', 8, f"name: {RLO_AT_7}"),
    ("topics.yaml", 'ru: "Ваши права"', f'ru: "Ваши п{RLO}рава"', 3,
     f"title (ru): {RLO_AT_7}"),
    ("contacts.yaml", "Agency hotline", f"Agency{RLO} hotline", 8, f"name (en): {RLO_AT_7}"),
])
def test_a_forbidden_character_in_a_yaml_field_is_reported_at_its_line(
        source_dir: Path, capsys: pytest.CaptureFixture[str], rel: str, old: str, new: str, line: int,
        message: str) -> None:
    replace(rel, old, new)(source_dir)

    err = _validate(source_dir, capsys)

    assert f"{source_dir.as_posix()}/{rel}:{line}: {message}" in err, err


@pytest.mark.parametrize("char, message", [
    ("\x00", "the body: U+0000 NULL at column 7"),
    ("\x1b[31m", "the body: U+001B ESCAPE at column 7"),
    (RLO, f"the body: {RLO_AT_7}"),
    ("\ufeff", "the body: U+FEFF ZERO WIDTH NO-BREAK SPACE at column 7"),
])
def test_a_forbidden_character_in_a_markdown_body_is_reported_at_its_line(
        source_dir: Path, capsys: pytest.CaptureFixture[str], char: str, message: str) -> None:
    set_body(EN, f"\nFirst paragraph.\n\nSecond{char} paragraph, with\ta tab.\n")(source_dir)
    set_body(ALERT, f"\nLonger{char} text.\n")(source_dir)
    set_body(GUIDE, (source_dir / GUIDE).read_text(encoding="utf-8").split("---\n", 2)[2]
             + f"\nMore {char}text.\n")(source_dir)

    err = _validate(source_dir, capsys)

    root = source_dir.as_posix()
    assert f"{root}/{EN}:16: {message}" in err, err
    assert f"{root}/{ALERT}:" in err and message in err.split(f"{root}/{ALERT}:")[1], err
    assert f"{root}/{GUIDE}:" in err, err


def test_a_file_saved_with_a_bom_still_passes(source_dir: Path) -> None:
    for rel in (EN, ALERT, GUIDE, "topics.yaml", "contacts.yaml", AGENCIES, WARNINGS):
        path = source_dir / rel
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    _, problems = check_source(source_dir)

    assert problems == []


def test_every_letter_and_emoji_in_content_still_passes(source_dir: Path) -> None:
    text = f"{UZBEK_LATIN} {UZBEK_CYRILLIC} {TAJIK} {EMOJI}"
    replace(EN, "A licensed", f"{text}\n\nA licensed")(source_dir)
    replace(AGENCIES, "Namuna Ish;Namuna Work", f"Namuna Ish;{UZBEK_CYRILLIC};{TAJIK} {EMOJI}")(source_dir)

    _, problems = check_source(source_dir)

    assert problems == []


@pytest.mark.parametrize("old, new, message", [
    ('"""Namuna Ish Servis"" MChJ"', f'"""Namuna{RLO} Ish Servis"" MChJ"',
     "name: U+202E RIGHT-TO-LEFT OVERRIDE at column 8"),
    ('"""Namuna Ish Servis"" MChJ"', '"""Namuna\x00 Ish Servis"" MChJ"', "name: U+0000 NULL at column 8"),
    ('"""Namuna Ish Servis"" MChJ"', '"""Namuna\x1b[31m Ish"" MChJ"', "name: U+001B ESCAPE at column 8"),
    ('"""Namuna Ish Servis"" MChJ"', '"""Namuna\n Ish Servis"" MChJ"', "name: U+000A LINE FEED at column 8"),
    ("Namuna Ish;Namuna Work", f"Namuna Ish;Namuna{RLO} Work", "other_names: U+202E RIGHT-TO-LEFT OVERRIDE"),
    (",Toshkent,", f",Tosh{RLO}kent,", "region: U+202E RIGHT-TO-LEFT OVERRIDE at column 5"),
    ("Namuna koʻchasi, 1", f"Namuna{RLO} koʻchasi, 1", "address: U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("+998 00 000 00 00,kr;de", f"+998 00 000 00 00{RLO},kr;de", "phone: U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("000000001,active,2024-03-01,2029-03-01,,", f"000000001,active,2024-03-01,2029-03-01,,Re{RLO}ason",
     "status_reason: U+202E RIGHT-TO-LEFT OVERRIDE at column 3"),
])
def test_a_forbidden_character_in_a_registry_cell_is_reported_at_its_row(
        source_dir: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str) -> None:
    replace(AGENCIES, old, new)(source_dir)

    err = _validate(source_dir, capsys)

    assert f"{source_dir.as_posix()}/{AGENCIES}:2: {message}" in err, err


def test_a_forbidden_character_in_the_warning_list_is_reported_at_its_row(
        source_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace(WARNINGS, "Tez Viza;", f"Tez Viza{RLO};")(source_dir)
    replace(WARNINGS, "Sample entry:", "Sample\x1b entry:")(source_dir)

    err = _validate(source_dir, capsys)

    root = source_dir.as_posix()
    assert f"{root}/{WARNINGS}:2: names: U+202E RIGHT-TO-LEFT OVERRIDE at column 9" in err, err
    assert f"{root}/{WARNINGS}:2: reason: U+001B ESCAPE at column 7" in err, err


def test_a_status_reason_over_its_limit_is_reported() -> None:
    agency = Agency(licence_no="0123", name="A", other_names=(), tin="000000001", status="revoked",
                    issued_on="2024-01-01", expires_on="2029-01-01", status_changed_on="2026-01-01",
                    status_reason="r" * (STATUS_REASON_MAX + 1), region="", address="", phone="",
                    countries=(), origin=Origin(AGENCIES, 2))
    problems: list[Problem] = []

    check_agency(Report(problems), agency, Origin(AGENCIES, 2))

    assert [p.message for p in problems] == [
        f"status_reason is {STATUS_REASON_MAX + 1} characters long; the limit is {STATUS_REASON_MAX}"]


@pytest.mark.parametrize("rel, old, new, line, message", [
    ("vacancies.csv", "Pflegezentrum Rhein-Main", f"Pflege{RLO}zentrum", 2,
     f"employer: {RLO_AT_7}"),
    ("vacancies.csv", "SAMPLE-MR-2026-01037", "SAMPLE\x00-MR", 2, "contract_no: U+0000 NULL at column 7"),
    ("offices.yaml", '"Migratsiya agentligi, Toshkent (bosh ofis)"',
     f'"Migrat{RLO}siya agentligi, Toshkent"', 11, f"name (uz-Latn): {RLO_AT_7}"),
    ("services.yaml", '"Agentlik litsenziyasini tekshirish"', f'"Agentl{RLO}ik"', 9,
     f"name (uz-Latn): {RLO_AT_7}"),
    ("qa.yaml", '"Pasportimni kim saqlaydi?"', f'"Paspor{RLO}timni"', 10,
     f"pair 'who-may-keep-my-passport' question (uz-Latn): {RLO_AT_7}"),
    ("checker.yaml", '"Bu ishni Telegram', f'"Bu ish{RLO}ni Telegram', 10,
     f"question 'found-online' text (uz-Latn): {RLO_AT_7}"),
])
def test_a_forbidden_character_in_the_other_sources_is_reported_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], rel: str, old: str, new: str, line: int,
        message: str) -> None:
    root = _sample(tmp_path)
    replace(rel, old, new)(root)

    err = _validate(root, capsys)

    assert f"{root.as_posix()}/{rel}:{line}: {message}" in err, err


@pytest.mark.parametrize("column, old, new", [
    ("currency", ",EUR,40,", f",EU{RLO}R,40,"), ("country", "de-care-001,de,", f"de-care-001,d{RLO}e,"),
    ("closes_on", ",2027-09-01,", f",2027-09{RLO}-01,"), ("hours_per_week", ",EUR,40,", f",EUR,4{RLO}0,"),
])
def test_a_vacancy_cell_with_such_a_character_is_one_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str, old: str, new: str) -> None:
    """One problem per mistake: the character is named once, not again as an unknown currency or country
    or a bad date quoting it (the registry's and the warnings' rows already skip a reported cell)."""
    root = _sample(tmp_path)
    replace("vacancies.csv", old, new)(root)

    err = _validate(root, capsys)

    on_row = [line for line in err.splitlines() if line.startswith(f"{root.as_posix()}/vacancies.csv:2: ")]
    assert len(on_row) == 1, on_row
    assert f"vacancies.csv:2: {column}: U+202E RIGHT-TO-LEFT OVERRIDE" in on_row[0]


def test_the_vacancy_form_rules_name_the_field_of_such_a_character() -> None:
    from datetime import date

    from content.loader import load_source
    from content.vacancy_diff import field_problems, row_of, vacancy_of

    source = load_source(SAMPLE)
    row = {**row_of(source.vacancies[0]), "employer": f"Pflege{RLO}zentrum"}

    found = field_problems((vacancy_of(row, 2),), source.agencies, date(2027, 1, 1))

    assert [(p.field, p.message[:len(f"employer: {RLO_AT_7}")]) for p in found] == [
        ("employer", f"employer: {RLO_AT_7}")]
