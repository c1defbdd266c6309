"""Measuring the answers against a table of questions with the item that must be among the first three
(tests/ask/questions.csv): used by the test suite and by benchmarks/ask_bench.py."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from content.ask.engine import Answer, AskEngine


@dataclass(frozen=True)
class Case:
    lang: str
    question: str
    expected: str  # "articles/<id>", "alerts/<id>" or "guides/<cc>"
    note: str


def read_cases(path: Path) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Case(r["lang"], r["question"], r["expected"], r.get("note") or "") for r in csv.DictReader(handle)
        ]


def leads_to(answer: Answer, expected: str) -> bool:
    """The answer is the expected item, or an editor's answer whose "open" button opens it."""
    item = {"article": "articles", "alert": "alerts", "guide": "guides"}.get(answer.kind)
    return (item is not None and f"{item}/{answer.ref}" == expected) or answer.open == expected


def rank_of(engine: AskEngine, case: Case, limit: int = 3) -> int | None:
    """1-based position of the expected item among the answers, None if it is not among the first `limit`."""
    for position, answer in enumerate(engine.ask(case.question, case.lang, limit=limit), start=1):
        if leads_to(answer, case.expected):
            return position
    return None


def rates(engine: AskEngine, cases: list[Case]) -> dict[str, float]:
    ranks = [rank_of(engine, case) for case in cases]
    return {
        "questions": len(cases),
        "top1": sum(r == 1 for r in ranks) / len(cases),
        "top3": sum(r is not None for r in ranks) / len(cases),
    }
