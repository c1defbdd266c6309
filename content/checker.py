"""The red-flag checker's one rule: which flags a set of answers fires, and the resulting risk level.

The questions, rules and wording come from the signed bundle (`checker.json`, see content/checker_source.py);
this module only reads them for one language and evaluates answers. It stores nothing: the kiosk keeps the
answers in the screen for the session and counts only which rules fired.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ANSWERS: tuple[str, ...] = ("yes", "no", "unsure")
LEVEL_ORDER: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True)
class Question:
    id: str
    icon: str
    lookup: str | None
    text: str


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    when: Mapping[str, tuple[str, ...]]
    reason: str


@dataclass(frozen=True)
class Checker:
    """The checker in one language."""

    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    titles: Mapping[str, str]
    advice: Mapping[str, str]
    fallback: str | None = None  # the language shown instead of this one, if the texts are not translated


@dataclass(frozen=True)
class Result:
    """What the answers add up to: the level, the reasons (in rule order) and the ids of the rules fired."""

    level: str
    reasons: tuple[str, ...]
    fired: tuple[str, ...]
    title: str
    advice: str


def checker_in(doc: Mapping[str, Any], lang: str) -> Checker:
    """The checker document (checker.json) read in language `lang` (every text is present for every UI
    language: the bundle builder applied the fallbacks)."""
    questions = tuple(
        Question(q["id"], q["icon"], q.get("lookup"), q["text"].get(lang, "")) for q in doc["questions"]
    )
    rules = tuple(
        Rule(r["id"], r["level"], {k: tuple(v) for k, v in r["when"].items()}, r["reason"].get(lang, ""))
        for r in doc["rules"]
    )
    results = doc["results"]
    return Checker(
        questions,
        rules,
        {level: results[level]["title"].get(lang, "") for level in LEVEL_ORDER},
        {level: results[level]["advice"].get(lang, "") for level in LEVEL_ORDER},
        doc.get("fallback", {}).get(lang),
    )


def evaluate(checker: Checker, answers: Mapping[str, str]) -> Result:
    """The rules whose every condition holds; an unanswered question counts as "unsure"."""
    fired = [
        rule
        for rule in checker.rules
        if all(answers.get(question, "unsure") in allowed for question, allowed in rule.when.items())
    ]
    levels = {rule.level for rule in fired}
    level = next((lv for lv in LEVEL_ORDER if lv in levels), "low")
    ordered = sorted(fired, key=lambda r: LEVEL_ORDER.index(r.level))
    return Result(
        level,
        tuple(r.reason for r in ordered),
        tuple(r.id for r in ordered),
        checker.titles[level],
        checker.advice[level],
    )


def result_text(result: Result, heading: str, hotline: str | None, max_chars: int = 320) -> str:
    """The result as plain text for a QR code a phone shows without the internet.

    Short enough for a code a phone camera reads from a kiosk screen: the heading, the level, as many
    reasons as fit, and the hotline (which always fits: it is what the traveller needs most)."""
    tail = [hotline] if hotline else []
    lines = [heading, result.title]
    budget = max_chars - sum(len(line) + 1 for line in [*lines, *tail])
    for reason in result.reasons:
        line = f"- {reason}"
        if len(line) + 1 > budget:
            break
        lines.append(line)
        budget -= len(line) + 1
    return "\n".join(line for line in [*lines, *tail] if line)
