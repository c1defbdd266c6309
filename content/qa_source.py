"""`qa.yaml`: question/answer pairs written by the agency's editors, for "Ask a question".

A pair's questions may be written in any UI language (several phrasings each, typos welcome: they are what
travellers type); its answer is shown verbatim. "see" names the item the answer's "open" button opens.

    fallback: {kaa: uz-Latn, kk: ru, ky: ru, tg: ru}   # answers without their own text in these languages
    pairs:
      - id: who-keeps-my-passport
        see: articles/no-one-holds-your-passport        # optional: articles/<id>, alerts/<id> or guides/<cc>
        questions:
          uz-Latn: ["Pasportimni kim saqlaydi?", "Ish beruvchi pasportimni olib qoʻysa boʻladimi?"]
          kk: "Паспортымды кім сақтайды?"
        answer: {uz-Latn: "...", uz-Cyrl: "...", ru: "...", en: "..."}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from content.errors import Problem
from content.formats import id_problem
from content.languages import DEFAULT_FALLBACKS, UI_LANGUAGES, resolve
from content.model import LANGUAGES
from content.yamlfile import read_yaml
from content.yamlnodes import Nodes

QA_FILE = "qa.yaml"
QUESTION_MAX = 200
ANSWER_MAX = 1200
SEE = re.compile(r"(articles|alerts|guides)/([a-z0-9]+(?:-[a-z0-9]+)*)")


@dataclass(frozen=True)
class QaPair:
    id: str
    see: str | None
    see_line: int | None
    questions: dict[str, list[str]]
    answer: dict[str, str]
    fallback: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "see": self.see,
            "questions": self.questions,
            "answer": self.answer,
            "fallback": self.fallback,
        }


def load_qa(root: Path, problems: list[Problem]) -> tuple[QaPair, ...]:
    path = root / QA_FILE
    if not path.is_file():
        return ()
    parsed = read_yaml(path, QA_FILE, problems)
    if parsed is None:
        return ()
    n = Nodes(QA_FILE, problems)
    top = n.mapping(parsed.node, QA_FILE, ("fallback", "pairs"), ("pairs",))
    fallback = dict(DEFAULT_FALLBACKS)
    for lang, value in n.mapping(top.get("fallback"), "fallback").items():
        target = n.text(value, f"fallback of {lang}")
        if lang not in UI_LANGUAGES or target not in ("uz-Latn", "uz-Cyrl", "ru"):
            n.report(value, f"fallback: {lang} → {target}: give a UI language and uz-Latn, uz-Cyrl or ru")
        else:
            fallback[lang] = target
    pairs: list[QaPair] = []
    seen: set[str] = set()
    for entry in n.sequence(top.get("pairs"), "pairs"):
        f = n.mapping(entry, "pair", ("id", "see", "questions", "answer"), ("id", "questions", "answer"))
        ident = n.text(f.get("id"), "id")
        if ident and (problem := id_problem(ident)):
            n.report(f["id"], problem)
        elif ident in seen:
            n.report(f["id"], f"pair id '{ident}' is used twice")
        seen.add(ident)
        see = n.text(f["see"], "see") if "see" in f else None
        if see is not None and not SEE.fullmatch(see):
            n.report(f["see"], f"see '{see}' must be articles/<id>, alerts/<id> or guides/<country>")
        questions: dict[str, list[str]] = {}
        for lang, value in n.mapping(f.get("questions"), f"pair '{ident}' questions").items():
            if lang not in UI_LANGUAGES:
                n.report(value, f"pair '{ident}' questions: unknown language '{lang}'")
                continue
            texts = n.texts(value, f"pair '{ident}' question ({lang})")
            for text in texts:
                if len(text) > QUESTION_MAX:
                    n.report(
                        value, f"pair '{ident}' question ({lang}) is longer than {QUESTION_MAX} characters"
                    )
            questions[lang] = texts
        if "questions" in f and not questions:
            n.report(f["questions"], f"pair '{ident}' needs at least one question")
        answer = n.lang_map(
            f.get("answer"), f"pair '{ident}' answer", fallback, ANSWER_MAX, required=LANGUAGES,
            multiline=True,  # shown verbatim: an answer may have paragraphs
        )
        own_fallback = {lang: target for lang, target in fallback.items() if lang not in answer}
        pairs.append(
            QaPair(ident, see, n.line(f.get("see")), questions, resolve(answer, fallback), own_fallback)
        )
    return tuple(pairs)
