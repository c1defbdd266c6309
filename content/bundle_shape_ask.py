"""Shape checks of the red-flag checker (`checker.json`) and the Q&A pairs (`qa.json`) in a bundle.

Their texts cover every UI language (the builder applied the fallbacks), so the kiosk can show them in
Kazakh or Tajik without asking anything else.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from content.bundle_shape import Check, Shape
from content.checker import ANSWERS, LEVEL_ORDER
from content.languages import UI_LANGUAGES

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SEE = re.compile(r"(articles|alerts|guides)/[a-z0-9]+(?:-[a-z0-9]+)*")


def _ui_texts(s: Shape, value: Any, where: str) -> dict[str, str]:
    return s.obj(value, where, {lang: s.text for lang in UI_LANGUAGES})


def _fallbacks(s: Shape, value: Any, where: str) -> dict[str, str]:
    s.any_object(value, where)
    for lang, target in value.items():
        if lang not in UI_LANGUAGES:
            raise s.fail(where, f"unknown language {lang[:20]!r}")
        s.one_of(UI_LANGUAGES)(target, f"{where}.{lang}")
    return value


def checker(s: Shape, doc: Any) -> list[dict[str, Any]]:
    ui_texts: Check = partial(_ui_texts, s)
    question: dict[str, Check] = {
        "id": s.matching(_ID, "an id"),
        "icon": s.text,
        "lookup": s.maybe_text,
        "text": ui_texts,
    }

    def when(value: Any, where: str) -> dict[str, Any]:
        s.any_object(value, where)
        for key, answers in value.items():
            s.array(answers, f"{where}.{key}", s.one_of(ANSWERS))
        return value

    rule: dict[str, Check] = {
        "id": s.matching(_ID, "an id"),
        "level": s.one_of(LEVEL_ORDER[:2]),
        "when": when,
        "reason": ui_texts,
    }
    level: dict[str, Check] = {"title": ui_texts, "advice": ui_texts}
    s.obj(
        doc,
        "",
        {
            "fallback": partial(_fallbacks, s),
            "questions": lambda v, w: s.array(v, w, lambda e, at: s.obj(e, at, question)),
            "rules": lambda v, w: s.array(v, w, lambda e, at: s.obj(e, at, rule)),
            "results": lambda v, w: s.obj(
                v, w, {lv: lambda x, at: s.obj(x, at, level) for lv in LEVEL_ORDER}
            ),
        },
    )
    ids = {q["id"] for q in doc["questions"]}
    for index, r in enumerate(doc["rules"]):
        for key in r["when"]:
            if key not in ids:
                raise s.fail(f"rules[{index}].when", f"names unknown question {key[:40]!r}")
    return [doc]


def qa(s: Shape, doc: Any) -> list[dict[str, Any]]:
    ui_texts: Check = partial(_ui_texts, s)

    def questions(value: Any, where: str) -> dict[str, Any]:
        s.any_object(value, where)
        for lang, texts in value.items():
            if lang not in UI_LANGUAGES:
                raise s.fail(where, f"unknown language {lang[:20]!r}")
            s.texts(texts, f"{where}.{lang}")
        return value

    see = s.matching(_SEE, "an item")
    pair: dict[str, Check] = {
        "id": s.matching(_ID, "an id"),
        "see": lambda v, w: None if v is None else see(v, w),
        "questions": questions,
        "answer": ui_texts,
        "fallback": partial(_fallbacks, s),
    }
    pairs: list[dict[str, Any]] = s.obj(doc, "", {"pairs": lambda v, w: v})["pairs"]
    return s.array(pairs, "pairs", lambda e, at: s.obj(e, at, pair))
