"""The red-flag checker as content: publish-time errors at file:line, the rule, the bundle round trip."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content.bundle import build_bundle, load_bundle
from content.checker import checker_in, evaluate, result_text
from content.validate import check_source

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """The sample source without its registry (fast), which the test may break."""
    target = tmp_path / "src"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("make_sample_registry.py"))
    return target


def _edit(root: Path, old: str, new: str) -> int:
    path = root / "checker.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def _problems(root: Path) -> list[str]:
    return [str(p) for p in check_source(root)[1]]


def test_sample_checker_is_valid() -> None:
    source, problems = check_source(SAMPLE)
    assert problems == []
    assert len(source.checker.questions) == 8


def test_rule_naming_an_unknown_question_is_an_error_at_its_line(source: Path) -> None:
    line = _edit(source, "when: {paid-fee: yes}", "when: {paid-fees: yes}")
    problems = _problems(source)
    assert any(
        p.startswith(f"checker.yaml:{line}:") and "unknown question 'paid-fees'" in p for p in problems
    ), problems


def test_language_missing_without_fallback_is_an_error(source: Path) -> None:
    line = _edit(source, '      ru: "Вы заплатили или вас просили заплатить деньги за эту работу?"\n', "")
    problems = _problems(source)
    assert any(
        "no text in ru and no fallback declared" in p and p.startswith("checker.yaml:") for p in problems
    ), problems
    assert line > 1


def test_extra_language_without_declared_fallback_is_an_error(source: Path) -> None:
    _edit(
        source, "fallback: {kaa: uz-Latn, kk: ru, ky: ru, tg: ru}", "fallback: {kaa: uz-Latn, kk: ru, ky: ru}"
    )
    assert any("no text in tg and no fallback declared" in p for p in _problems(source))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "level: high\n    when: {paid-fee: yes}",
            "level: severe\n    when: {paid-fee: yes}",
            "unknown level 'severe'",
        ),
        ("when: {paid-fee: yes}", "when: {paid-fee: maybe}", "answer 'maybe'"),
        ("icon: money", "icon: dollar", "unknown icon 'dollar'"),
        ("- id: paid-personal", "- id: paid-fee", "question id 'paid-fee' is used twice"),
    ],
)
def test_other_mistakes_are_reported(source: Path, old: str, new: str, message: str) -> None:
    _edit(source, old, new)
    assert any(message in p for p in _problems(source)), _problems(source)


def test_bundle_carries_every_ui_language_and_the_rule_evaluates(tmp_path: Path) -> None:
    source, _ = check_source(SAMPLE)
    build_bundle(source, tmp_path / "b")
    doc = load_bundle(tmp_path / "b").checker[0]
    kk = checker_in(doc, "kk")
    assert kk.fallback == "ru"
    assert kk.questions[0].text == checker_in(doc, "ru").questions[0].text
    en = checker_in(doc, "en")
    assert evaluate(en, {}).level == "medium"  # nothing answered: "unsure" about contract and recruiter
    safe = {q.id: "no" for q in en.questions} | {"contract-registered": "yes"}
    assert evaluate(en, safe).level == "low"
    assert evaluate(en, safe).reasons == ()
    paid = evaluate(en, safe | {"paid-fee": "yes", "wage-too-high": "yes"})
    assert paid.level == "high"
    assert paid.fired == ("fee-for-the-job", "wage-lure")
    text = result_text(paid, "Check", "Hotline: +998 00 000 00 00")
    assert text.endswith("Hotline: +998 00 000 00 00")
    assert len(result_text(evaluate(en, {q.id: "yes" for q in en.questions}), "Check", "Hotline")) <= 320
