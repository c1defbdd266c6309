"""Editors' question/answer pairs as content: publish-time errors at qa.yaml:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content.validate import check_source

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    target = tmp_path / "src"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("make_sample_registry.py"))
    return target


def _edit(root: Path, old: str, new: str) -> int:
    path = root / "qa.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _problems(root: Path) -> list[str]:
    return [str(p) for p in check_source(root)[1]]


def test_sample_pairs_are_valid() -> None:
    source, problems = check_source(SAMPLE)
    assert problems == []
    assert len(source.qa) >= 10


def test_see_naming_a_missing_item(source: Path) -> None:
    line = _edit(source, "see: guides/kr", "see: guides/xx")
    assert any(
        p.startswith(f"qa.yaml:{line}:") and "not an item of this source" in p for p in _problems(source)
    )


def test_answer_without_a_language_and_without_fallback(source: Path) -> None:
    _edit(
        source, '      en: "No. Your passport belongs to you', '      fr: "No. Your passport belongs to you'
    )
    problems = _problems(source)
    assert any("unknown language 'fr'" in p for p in problems), problems
    assert any("no text in en and no fallback declared" in p for p in problems), problems


def test_duplicate_pair_id(source: Path) -> None:
    _edit(source, "- id: wages-not-paid", "- id: work-in-korea")
    assert any("pair id 'work-in-korea' is used twice" in p for p in _problems(source))
