"""`checker.yaml`: the job-offer red-flag checker's questions, rules and wording, loaded and checked.

The agency adds a new fraud pattern by adding a question and a rule here and publishing: no kiosk release.
Every problem is reported as `checker.yaml:line: message` (a rule naming an unknown question, an answer
that is not yes/no/unsure, a language without text and without a declared fallback, ...).

    fallback: {kaa: uz-Latn, kk: ru, ky: ru, tg: ru}   # languages without their own text, and what to show
    questions:
      - id: paid-fee
        icon: money
        lookup: registry          # optional: the question's screen offers the registry search
        text: {uz-Latn: "...", uz-Cyrl: "...", ru: "...", en: "..."}
    rules:
      - id: fee-before-job
        level: high               # high | medium
        when: {paid-fee: yes}     # every listed question has one of the listed answers
        reason: {uz-Latn: "...", ...}
    results:                      # the headline and the advice of each risk level
      high: {title: {...}, advice: {...}}
      medium: {...}
      low: {...}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from content.errors import Problem
from content.formats import id_problem
from content.languages import FALLBACK_CHOICES, UI_LANGUAGES, resolve
from content.yamlfile import read_yaml
from content.yamlnodes import Nodes

CHECKER_FILE = "checker.yaml"
ANSWERS: tuple[str, ...] = ("yes", "no", "unsure")
RULE_LEVELS: tuple[str, ...] = ("high", "medium")
LEVELS: tuple[str, ...] = ("high", "medium", "low")
CHECKER_ICONS: tuple[str, ...] = (
    "recruitment",
    "money",
    "card",
    "visa",
    "passport",
    "contract",
    "wage",
    "check",
    "alert",
    "phone",
    "country",
    "help",
)
LOOKUPS: tuple[str, ...] = ("registry",)
QUESTION_MAX = 160
REASON_MAX = 200
TITLE_MAX = 60
ADVICE_MAX = 400
MAX_QUESTIONS = 16


@dataclass(frozen=True)
class CheckerSource:
    """The checker as loaded: every text already resolved for all UI languages (fallbacks applied)."""

    fallback: dict[str, str]
    questions: list[dict[str, Any]] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)
    results: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "fallback": self.fallback,
            "questions": self.questions,
            "rules": self.rules,
            "results": self.results,
        }


def load_checker(root: Path, problems: list[Problem]) -> CheckerSource | None:
    """The checker of source folder `root`, or None when it has none (the kiosk then hides the checker)."""
    path = root / CHECKER_FILE
    if not path.is_file():
        return None
    parsed = read_yaml(path, CHECKER_FILE, problems)
    if parsed is None:
        return None
    n = Nodes(CHECKER_FILE, problems)
    top = n.mapping(
        parsed.node,
        CHECKER_FILE,
        ("fallback", "questions", "rules", "results"),
        ("questions", "rules", "results"),
    )
    fallback = _fallbacks(n, top.get("fallback"))
    questions = _questions(n, top.get("questions"), fallback)
    rules = _rules(n, top.get("rules"), fallback, {q["id"] for q in questions})
    results = _results(n, top.get("results"), fallback)
    return CheckerSource(fallback, questions, rules, results)


def _fallbacks(n: Nodes, node: Any) -> dict[str, str]:
    if node is None:
        return {}
    found: dict[str, str] = {}
    for lang, value in n.mapping(node, "fallback").items():
        target = n.text(value, f"fallback of {lang}")
        if lang not in UI_LANGUAGES:
            n.report(value, f"fallback: unknown language '{lang}'; use {', '.join(UI_LANGUAGES)}")
        elif target not in FALLBACK_CHOICES:
            n.report(
                value, f"fallback of {lang} must be one of {', '.join(FALLBACK_CHOICES)}, not '{target}'"
            )
        else:
            found[lang] = target
    for lang, target in found.items():
        if target in found:
            n.report(node, f"fallback: {lang} falls back to {target}, which is itself a fallback")
    return found


def _texts(n: Nodes, node: Any, what: str, fallback: dict[str, str], limit: int, *,
           multiline: bool = False) -> dict[str, str]:
    return resolve(n.lang_map(node, what, fallback, limit, multiline=multiline), fallback)


def _ident(n: Nodes, node: Any, what: str, seen: set[str]) -> str:
    ident = n.text(node, f"{what} id")
    if ident and (problem := id_problem(ident)):
        n.report(node, f"{what} id: {problem}")
    elif ident in seen:
        n.report(node, f"{what} id '{ident}' is used twice")
    seen.add(ident)
    return ident


def _questions(n: Nodes, node: Any, fallback: dict[str, str]) -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = []
    seen: set[str] = set()
    for entry in n.sequence(node, "questions"):
        f = n.mapping(entry, "question", ("id", "icon", "lookup", "text"), ("id", "icon", "text"))
        ident = _ident(n, f.get("id"), "question", seen)
        icon = n.text(f.get("icon"), "icon") if "icon" in f else ""
        if icon and icon not in CHECKER_ICONS:
            n.report(f["icon"], f"unknown icon '{icon}'; use one of: {', '.join(CHECKER_ICONS)}")
        lookup = n.text(f["lookup"], "lookup") if "lookup" in f else None
        if lookup is not None and lookup not in LOOKUPS:
            n.report(f["lookup"], f"unknown lookup '{lookup}'; use one of: {', '.join(LOOKUPS)}")
        text = _texts(n, f.get("text"), f"question '{ident}' text", fallback, QUESTION_MAX)
        questions.append({"id": ident, "icon": icon, "lookup": lookup, "text": text})
    if node is not None and not questions:
        n.report(node, "questions: the checker needs at least one question")
    if len(questions) > MAX_QUESTIONS:
        n.report(node, f"questions: at most {MAX_QUESTIONS} (a traveller answers them all at the airport)")
    return questions


def _rules(n: Nodes, node: Any, fallback: dict[str, str], questions: set[str]) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    seen: set[str] = set()
    for entry in n.sequence(node, "rules"):
        f = n.mapping(entry, "rule", ("id", "level", "when", "reason"), ("id", "level", "when", "reason"))
        ident = _ident(n, f.get("id"), "rule", seen)
        level = n.text(f.get("level"), "level") if "level" in f else ""
        if level and level not in RULE_LEVELS:
            n.report(
                f["level"], f"rule '{ident}': unknown level '{level}'; use one of: {', '.join(RULE_LEVELS)}"
            )
        when: dict[str, list[str]] = {}
        for question, answers_node in n.mapping(f.get("when"), f"rule '{ident}' when").items():
            if question not in questions:
                n.report(
                    answers_node,
                    f"rule '{ident}' names unknown question '{question}'; the questions are "
                    f"{', '.join(sorted(questions)) or '(none)'}",
                )
            answers = n.texts(answers_node, f"rule '{ident}' answers")
            for answer in answers:
                if answer not in ANSWERS:
                    n.report(
                        answers_node,
                        f"rule '{ident}': answer '{answer}' for '{question}' must be one of "
                        f"{', '.join(ANSWERS)}",
                    )
            when[question] = answers
        if "when" in f and not when:
            n.report(f["when"], f"rule '{ident}' has no condition")
        reason = _texts(n, f.get("reason"), f"rule '{ident}' reason", fallback, REASON_MAX)
        rules.append({"id": ident, "level": level, "when": when, "reason": reason})
    return rules


def _results(n: Nodes, node: Any, fallback: dict[str, str]) -> dict[str, dict[str, dict[str, str]]]:
    results = {}
    for level, value in n.mapping(node, "results", LEVELS, LEVELS).items():
        f = n.mapping(value, f"results {level}", ("title", "advice"), ("title", "advice"))
        results[level] = {
            "title": _texts(n, f.get("title"), f"results {level} title", fallback, TITLE_MAX),
            "advice": _texts(n, f.get("advice"), f"results {level} advice", fallback, ADVICE_MAX,
                             multiline=True),  # a short paragraph or two
        }
    return results
