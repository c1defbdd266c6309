"""Verified vacancies: every publish-time rule is one `vacancies.csv:LINE: message`, one file per destination
travels in the bundle, and the one visibility rule hides a vacancy in the same apply that revokes its agency
and at midnight on its closing date, with real content.db files and the real apply."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from content.bundle import build_bundle
from content.bundle_format import bundle_version, canonical_json, sha256_hex
from content.bundle_read import load_bundle
from content.errors import BundleError, ContentError
from content.loader import load_source
from content.search.vacancy_find import Page, VacancyFinder, indices
from content.vacancies import PARTS, vacancy_part, vacancy_target, vacancy_visible
from content.validate import check_source, validate
from kiosk.data.apply import apply_bundle
from kiosk.services.store import ContentStore

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minimal"
SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"
TODAY = date(2026, 12, 1)
HEADER = ("id,country,occupation,employer,licence_no,wage_min,wage_max,currency,hours_per_week,language,"
          "language_level,contract_no,places,closes_on,apply_url\n")
ROW_DE = "de-care-1,de,care,Pflege GmbH,0123,2400,2900,EUR,40,de,B1,MR-1,6,2027-02-08,https://example.org/v/1\n"
ROW_PL = "pl-store-1,pl,warehouse,Magazyn,0123,4800,5600,PLN,40,none,,MR-2,20,2026-12-01,https://example.org/v/2\n"


def _source(tmp_path: Path, rows: str) -> Path:
    root = tmp_path / "src"
    if not root.exists():
        shutil.copytree(FIXTURE, root)
    (root / "vacancies.csv").write_text(HEADER + rows, encoding="utf-8")
    return root


def _problems(tmp_path: Path, rows: str) -> list[str]:
    return [str(p) for p in validate(load_source(_source(tmp_path, rows)), TODAY)]


def test_good_rows_pass(tmp_path: Path) -> None:
    assert _problems(tmp_path, ROW_DE + ROW_PL) == []


@pytest.mark.parametrize(("change", "message"), [
    ((",0123,", ",9999,"), "vacancies.csv:2: licence '9999' is not in the registry"),
    ((",0123,", ",0789,"), "vacancies.csv:2: licence '0789' is not currently licensed (revoked)"),
    ((",0123,", ",LX-2021-0456,"), "vacancies.csv:2: licence 'LX-2021-0456' is not currently licensed"),
    ((",2400,2900,", ",0,2900,"), "vacancies.csv:2: wage_min must be above zero"),
    ((",2400,2900,", ",-5,2900,"), "vacancies.csv:2: wage_min must be a whole number in digits, not '-5'"),
    ((",2400,2900,", ",2900,2400,"), "vacancies.csv:2: wage_max 2400 is below wage_min 2900"),
    ((",2400,2900,", ",2 400,2900,"), "vacancies.csv:2: wage_min must be a whole number"),
    (("2027-02-08", "2026-11-30"), "vacancies.csv:2: closes_on 2026-11-30 is in the past"),
    (("2027-02-08", "08.02.2027"), "vacancies.csv:2: closes_on must be a date YYYY-MM-DD"),
    (("de-care-1,de,", "de-care-1,xx,"), "vacancies.csv:2: unknown destination country 'xx'"),
    (("de-care-1,de,", "de-care-1,uz,"), "vacancies.csv:2: unknown destination country 'uz'"),
    ((",EUR,", ",EUD,"), "vacancies.csv:2: unknown currency 'EUD'"),
    ((",EUR,", ",eur,"), "vacancies.csv:2: unknown currency 'eur'"),
    ((",40,de,", ",forty,de,"), "vacancies.csv:2: hours_per_week must be a whole number"),
    ((",6,2027", ",0,2027"), "vacancies.csv:2: places must be at least 1"),
    ((",care,", ",astronaut,"), "vacancies.csv:2: unknown occupation 'astronaut'"),
    ((",B1,", ",B7,"), "vacancies.csv:2: unknown language_level 'B7'"),
])
def test_each_mistake_names_its_line(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    problems = _problems(tmp_path, ROW_DE.replace(*change) + ROW_PL)
    assert any(p.startswith(message) for p in problems), problems


def test_a_wrong_row_publishes_nothing(tmp_path: Path) -> None:
    root = _source(tmp_path, ROW_DE.replace(",0123,", ",0789,") + ROW_PL)
    with pytest.raises(ContentError, match="vacancies.csv:2"):
        build_bundle(load_source(root), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _target(vacancy_id: str, country: str) -> str:
    return vacancy_target(country, vacancy_part(vacancy_id))


def test_each_vacancy_travels_in_its_countrys_part(tmp_path: Path) -> None:
    manifest = build_bundle(load_source(_source(tmp_path, ROW_DE + ROW_PL)), tmp_path / "out")
    assert {n for n in manifest.targets if n.startswith("vacancies/")} == {_target("de-care-1", "de"),
                                                                         _target("pl-store-1", "pl")}
    doc = json.loads((tmp_path / "out" / _target("de-care-1", "de")).read_bytes())
    assert doc["vacancies"][0]["wage_min"] == 2400 and doc["vacancies"][0]["licence_no"] == "0123"
    assert doc["country"] == "de" and doc["part"] == vacancy_part("de-care-1")


def test_a_part_keeps_its_vacancies_whatever_is_added() -> None:
    """Membership depends on the id alone: 10,000 more vacancies move none of the first ones, and parts
    are about even (the largest of 32 within 1.3 times the mean at 10,000)."""
    first = {f"de-{i}": vacancy_part(f"de-{i}") for i in range(1000)}
    sizes = Counter(vacancy_part(f"de-x{i}") for i in range(10_000))
    assert {vid: vacancy_part(vid) for vid in first} == first
    assert len(sizes) == PARTS and max(sizes.values()) < 1.3 * 10_000 / PARTS


def test_a_part_holding_a_vacancy_of_another_part_is_refused(tmp_path: Path) -> None:
    build_bundle(load_source(_source(tmp_path, ROW_DE)), tmp_path / "out")
    right = tmp_path / "out" / _target("de-care-1", "de")
    wrong_part = f"{(int(vacancy_part('de-care-1')) + 1) % PARTS:02d}"
    doc = json.loads(right.read_bytes())
    doc["part"] = wrong_part
    wrong = tmp_path / "out" / vacancy_target("de", wrong_part)
    right.rename(wrong)
    wrong.write_bytes(canonical_json(doc))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_bytes())
    info = manifest["targets"].pop(_target("de-care-1", "de"))
    info.update(length=wrong.stat().st_size, sha256=sha256_hex(wrong.read_bytes()))
    manifest["targets"][vacancy_target("de", wrong_part)] = info
    manifest["version"] = bundle_version({n: t["sha256"] for n, t in manifest["targets"].items()})
    (tmp_path / "out" / "manifest.json").write_bytes(canonical_json(manifest))
    with pytest.raises(BundleError, match=f"belongs in part {vacancy_part('de-care-1')}"):
        load_bundle(tmp_path / "out")


def test_the_sample_has_about_thirty_vacancies_across_the_recruiting_countries() -> None:
    source, problems = check_source(SAMPLE)
    assert problems == []
    assert len(source.vacancies) >= 30
    assert {"de", "pl", "lt", "lv", "kr", "gb", "ae"} <= {v.country for v in source.vacancies}


def test_the_sample_stays_publishable_and_open_for_a_good_while() -> None:
    """Published on any day up to 2027-08-31 every sample vacancy is open and its agency licensed; the
    last ones close late in 2028 (the kiosk hides each on its date)."""
    source = load_source(SAMPLE)
    assert validate(source, date(2027, 8, 31)) == []
    assert max(v.closes_on for v in source.vacancies) >= "2028-09-01"


def test_only_a_publication_checks_the_dated_rules(tmp_path: Path) -> None:
    """A closing date that passed and a licence that ended refuse a publication on that day; a build for
    display (the kiosk's first start on its bundled sample) leaves them to the kiosk's query-time rule."""
    closed = ROW_DE.replace("2027-02-08", "2026-11-30")
    ended = ROW_DE.replace("de-care-1", "de-care-2")
    root = _source(tmp_path, closed + ended)
    later = date(2029, 3, 2)  # agency 0123's licence ended on 2029-03-01
    problems = [str(p) for p in validate(load_source(root), later)]
    assert "vacancies.csv:2: closes_on 2026-11-30 is in the past (today is 2029-03-02)" in problems
    assert any(p.startswith("vacancies.csv:3: licence '0123' is not currently licensed (expired)")
               for p in problems), problems
    assert validate(load_source(root)) == []
    manifest = build_bundle(load_source(root), tmp_path / "out")
    assert _target("de-care-1", "de") in manifest.targets
    with pytest.raises(ContentError, match="vacancies.csv:2: closes_on"):
        build_bundle(load_source(root), tmp_path / "refused", publishing_on=TODAY)
    # What no date changes is refused either way: a revoked agency, a licence not in the registry.
    root = _source(tmp_path, ROW_DE.replace(",0123,", ",0789,") + ROW_PL.replace(",0123,", ",9999,"))
    problems = [str(p) for p in validate(load_source(root))]
    assert any(p.startswith("vacancies.csv:2: licence '0789' is not currently licensed (revoked)")
               for p in problems), problems
    assert any(p.startswith("vacancies.csv:3: licence '9999' is not in the registry") for p in problems)


@pytest.mark.parametrize(("status", "expires", "closes", "stale", "shown"), [
    ("active", "2029-01-01", "2026-12-01", False, True),   # closes today: still open
    ("active", "2029-01-01", "2026-11-30", False, False),  # closed yesterday
    ("revoked", "2029-01-01", "2027-01-01", False, False),
    ("suspended", "2029-01-01", "2027-01-01", False, False),
    ("active", "2026-11-30", "2027-01-01", False, False),  # "active" but past its end: expired
    ("active", "2029-01-01", "2027-01-01", True, False),   # a stale registry never vouches
    (None, None, "2027-01-01", False, False),              # agency no longer in the registry
])
def test_the_visibility_rule(status: str | None, expires: str | None, closes: str, stale: bool,
                             shown: bool) -> None:
    assert vacancy_visible(closes, status, expires, TODAY, stale=stale) is shown


def _ids(store: ContentStore, today: date) -> set[str]:
    return {v.id for v in store.vacancies(today, stale=False)}


def test_the_apply_that_revokes_an_agency_hides_its_vacancies(tmp_path: Path) -> None:
    root = _source(tmp_path, ROW_DE + ROW_PL)
    data = tmp_path / "data"
    build_bundle(load_source(root), tmp_path / "b1")
    apply_bundle(tmp_path / "b1", data)
    store = ContentStore(data)
    assert _ids(store, TODAY) == {"de-care-1", "pl-store-1"}
    csv_path = root / "registry" / "agencies.csv"
    text = csv_path.read_text(encoding="utf-8")
    csv_path.write_text(text.replace("000000001,active,", "000000001,revoked,"), encoding="utf-8")
    # The licensing desk would also withdraw the job orders; the kiosk must not wait for that.
    agencies = load_source(root).agencies
    assert [a.status for a in agencies if a.licence_no == "0123"] == ["revoked"]
    # Publishing refuses vacancies of a revoked agency, so the new bundle keeps the old vacancy targets
    # (as a kiosk holds them) and changes only the registry shard.
    shutil.copytree(tmp_path / "b1", tmp_path / "b2")
    (root / "vacancies.csv").unlink()
    build_bundle(load_source(root), tmp_path / "registry-only")
    _swap_registry(tmp_path / "b1", tmp_path / "registry-only", tmp_path / "b2")
    result = apply_bundle(tmp_path / "b2", data)
    assert not any(name.startswith("vacancies/") for name in result.changed_targets)
    assert not result.rebuilt
    store.reload()
    assert _ids(store, TODAY) == set()


def _swap_registry(old: Path, registry_source: Path, out: Path) -> None:
    """`out` = `old`'s targets with the registry shards of `registry_source`: the bundle a kiosk assembles
    when only the registry role published."""
    from content.bundle_format import Manifest, TargetInfo, bundle_version, canonical_json, sha256_hex

    files = {}
    for path in old.rglob("*.json"):
        name = path.relative_to(old).as_posix()
        if name != "manifest.json":
            files[name] = path.read_bytes()
    for path in (registry_source / "registry").glob("*.json"):
        files[f"registry/{path.name}"] = path.read_bytes()
    shutil.rmtree(out)
    for name, data in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    old_manifest = json.loads((old / "manifest.json").read_bytes())
    manifest = Manifest(version=bundle_version({n: sha256_hex(d) for n, d in files.items()}),
                        sample=old_manifest["sample"], languages=tuple(old_manifest["languages"]),
                        registry_as_of=old_manifest["registry_as_of"],
                        targets={n: TargetInfo(len(d), sha256_hex(d)) for n, d in sorted(files.items())})
    (out / "manifest.json").write_bytes(canonical_json(manifest.to_json()))


def test_a_closing_date_hides_a_vacancy_at_midnight_without_an_apply(tmp_path: Path) -> None:
    build_bundle(load_source(_source(tmp_path, ROW_DE + ROW_PL)), tmp_path / "b1")
    apply_bundle(tmp_path / "b1", tmp_path / "data")
    store = ContentStore(tmp_path / "data")
    assert "pl-store-1" in _ids(store, TODAY)
    assert "pl-store-1" not in _ids(store, date(2026, 12, 2))
    assert store.vacancy("pl-store-1", date(2026, 12, 2), stale=False) is None
    assert store.vacancies(TODAY, stale=True) == []


def test_a_new_vacancy_updates_only_its_part(tmp_path: Path) -> None:
    root = _source(tmp_path, ROW_DE + ROW_PL)
    build_bundle(load_source(root), tmp_path / "b1")
    apply_bundle(tmp_path / "b1", tmp_path / "data")
    extra = ROW_DE.replace("de-care-1", "de-care-2")
    build_bundle(load_source(_source(tmp_path, ROW_DE + extra + ROW_PL)), tmp_path / "b2")
    result = apply_bundle(tmp_path / "b2", tmp_path / "data")
    assert result.changed_targets == (_target("de-care-2", "de"),)
    assert not result.rebuilt
    store = ContentStore(tmp_path / "data")
    assert _ids(store, TODAY) == {"de-care-1", "de-care-2", "pl-store-1"}
    changed = extra.replace(",2400,2900,", ",2500,2900,")
    build_bundle(load_source(_source(tmp_path, ROW_DE + changed + ROW_PL)), tmp_path / "b3")
    result = apply_bundle(tmp_path / "b3", tmp_path / "data")
    assert result.changed_targets == (_target("de-care-2", "de"),)
    store.reload()
    assert {v.id: v.wage_min for v in store.vacancies(TODAY, stale=False)}["de-care-2"] == 2500


def test_search_tolerates_a_typo_and_folds_scripts() -> None:
    finder = VacancyFinder(["Pflege GmbH Care Germany Германия", "Magazyn Warehouse Poland Польша",
                            "Bau GmbH Construction Germany"])
    assert finder.find("") == [0, 1, 2]
    assert finder.find("germny") == [0, 2]  # one letter missing
    assert finder.find("польша") == [1]
    assert finder.find("polsha") == [1]  # the registry search's fold: Cyrillic and Latin meet
    assert finder.find("care germ") == [0]
    assert finder.find("zzzz") == []


def test_the_coarse_pass_never_drops_a_word_the_score_accepts() -> None:
    """The finder's C prefilter (partial_ratio >= COARSE_CUTOFF) must keep every word `score` accepts, or
    a typo the licence search forgives would be lost here: a prefix of each word with one edit."""
    import random
    import string

    from rapidfuzz import fuzz

    from content.search.rank import score
    from content.search.vacancy_find import COARSE_CUTOFF, MIN_SCORE

    rnd = random.Random(7)
    words = ["".join(rnd.choice("abdefghiklmnoprstuvxyz") for _ in range(rnd.randint(3, 14)))
             for _ in range(800)]
    for word in words:
        typed = list(word[:rnd.randint(3, len(word))])
        at = rnd.randrange(len(typed))
        typed[at] = rnd.choice(string.ascii_lowercase)
        query = "".join(typed)
        if score(query, word) >= MIN_SCORE:
            assert fuzz.partial_ratio(query, word) >= COARSE_CUTOFF, (query, word)


def test_a_keystroke_gives_a_count_and_the_first_page_within_the_chips() -> None:
    """What the list shows per keystroke: how many match within the chips' choice, and the first page."""
    finder = VacancyFinder([f"Employer {i} {'Germany' if i % 2 else 'Poland'}" for i in range(100)])
    page = finder.page("germny", finder.everything, 5)
    assert (page.count, page.first) == (50, [1, 3, 5, 7, 9])
    first_half = sum(1 << i for i in range(50))
    assert finder.page("germany", first_half, 100).count == 25
    assert finder.page("zzzz", finder.everything, 5) == Page(0, [])
    assert finder.find("poland") == list(range(0, 100, 2)) == indices(finder.mask("poland"))
