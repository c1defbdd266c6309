"""Answers from verified content: the question table (all eight languages, typos, the other script) with
the item that must be among the first three, verbatim text, other-language display, and bad input."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from content.ask.engine import AskEngine
from content.ask.index import AskIndex
from content.ask.quality import Case, leads_to, rank_of, rates, read_cases

TABLE = Path(__file__).with_name("questions.csv")
CASES = read_cases(TABLE)


@pytest.fixture(scope="module")
def db(sample_db: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{sample_db}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def engine(db: sqlite3.Connection) -> AskEngine:
    return AskEngine(AskIndex.from_connection(db))


def test_the_table_covers_every_language_with_enough_questions() -> None:
    assert len(CASES) >= 60
    assert {c.lang for c in CASES} == {"uz-Latn", "uz-Cyrl", "ru", "en", "kaa", "kk", "ky", "tg"}
    assert sum(bool(c.note) for c in CASES) >= 15  # typos, missing apostrophes, the other script


@pytest.mark.parametrize("case", CASES, ids=[f"{c.lang}:{c.question[:40]}" for c in CASES])
def test_expected_item_is_in_the_top_three(engine: AskEngine, case: Case) -> None:
    got = [(a.kind, a.ref, round(a.score, 2)) for a in engine.ask(case.question, case.lang)]
    assert rank_of(engine, case) is not None, f"{case.expected} not in {got}"


def test_overall_rates(engine: AskEngine) -> None:
    result = rates(engine, CASES)
    assert result["top3"] == 1.0
    assert result["top1"] >= 0.9


def test_answers_are_verbatim_from_the_content(engine: AskEngine, db: sqlite3.Connection) -> None:
    everything = "\n".join(
        str(v)
        for row in db.execute(
            "SELECT title, summary, body, red_flags, actions FROM alerts UNION ALL "
            "SELECT title, summary, body, '', '' FROM articles UNION ALL "
            "SELECT name, summary, route || documents || scams || contacts, '', '' FROM guides UNION ALL "
            "SELECT answer, '', '', '', '' FROM qa"
        )
        for v in row
    )
    for case in CASES[::5]:
        for answer in engine.ask(case.question, case.lang):
            lines = answer.text.split("\n")
            assert all(line.removeprefix("- ") in everything for line in lines), answer


def test_a_kazakh_question_is_answered_in_russian_and_says_so(engine: AskEngine) -> None:
    answers = engine.ask("Паспортымды кім ұстай алады?", "kk")
    assert answers
    assert answers[0].lang == "ru"
    assert "паспорт" in answers[0].text.lower()


def test_an_item_found_in_one_language_is_shown_in_another(engine: AskEngine) -> None:
    answers = engine.ask("работодатель забрал паспорт", "en")
    assert answers
    assert all(a.lang == "en" for a in answers)
    assert any(leads_to(a, "articles/no-one-holds-your-passport") for a in answers)


@pytest.mark.parametrize(
    "question",
    [
        "x" * 10_000,
        "?!.,;:" * 50,
        '"unclosed NOT x OR y*',
        "name:value AND -x",
        "🙂" * 200,
        "",
        "what is the weather today",
        "где туалет",
        "\u202e\u200b",
        "Ǵ" * 300,
    ],
)
def test_bad_input_gets_no_answer_and_no_error(engine: AskEngine, question: str) -> None:
    assert engine.ask(question, "ru") == []


def test_mixed_scripts_and_emoji_around_a_real_question(engine: AskEngine) -> None:
    answers = engine.ask("🙂 пасport 🙂 ишбeрувчи", "uz-Latn")
    assert answers
    assert "passport" in answers[0].ref or "passport" in (answers[0].open or "")
