"""Cutting verified content into the passages an answer can be: a paragraph of an article, a guide section's
paragraph, an alert's summary, red flags or actions, an editor's answer. Each passage keeps its item, its
language and a `slot` that names the same place in the item's other languages, so that an item found
through one language can be shown in another."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from content.model import LANGUAGES

_BLOCKS = re.compile(r"\n\s*\n")
_HEADING = re.compile(r"^#{1,6}\s+(.*)$")


@dataclass(frozen=True)
class Passage:
    kind: str  # article | alert | guide | qa
    ref: str  # the item's id (country code for a guide)
    lang: str
    slot: str  # e.g. "p3", "summary", "route.p1", "answer"
    title: str  # the item's title in this language
    text: str  # shown verbatim (Markdown for article and guide paragraphs)
    search: str  # what is matched: the text, plus its section heading or the pair's questions
    open: str | None = None  # "articles/<id>" etc.: what the "open" button shows


def paragraphs(markdown: str) -> Iterator[tuple[str, str]]:
    """(heading, paragraph) of a Markdown body: a heading is carried to the paragraphs below it."""
    heading = ""
    for block in _BLOCKS.split(markdown.strip()):
        lines = block.strip().split("\n")
        if not lines or not lines[0]:
            continue
        if m := _HEADING.match(lines[0]):
            heading = m.group(1).strip()
            lines = lines[1:]
        text = "\n".join(lines).strip()
        if text:
            yield heading, text


def read_passages(conn: sqlite3.Connection, today: date | None = None) -> Iterator[Passage]:
    """Every passage of the content in `conn`, in the four content languages (the extra UI languages' rows
    are copies) and, for the editors' pairs, every phrasing in every language."""
    langs = tuple(LANGUAGES)
    marks = ",".join("?" * len(langs))
    for r in conn.execute(
        f"SELECT id, lang, title, summary, body FROM articles WHERE lang IN ({marks}) AND fallback IS NULL",
        langs,
    ):
        ref, lang, title = r[0], r[1], r[2]
        yield Passage("article", ref, lang, "summary", title, r[3], f"{title}\n{r[3]}", f"articles/{ref}")
        for i, (heading, text) in enumerate(paragraphs(r[4])):
            yield Passage("article", ref, lang, f"p{i}", title, text, f"{heading}\n{text}", f"articles/{ref}")
    day = (today or date.today()).isoformat()
    for r in conn.execute(
        f"SELECT id, lang, title, summary, body, red_flags, actions FROM alerts WHERE lang IN"
        f" ({marks}) AND fallback IS NULL AND published_on <= ?"
        " AND (expires_on IS NULL OR expires_on > ?)",
        (*langs, day, day),
    ):
        ref, lang, title = r[0], r[1], r[2]
        yield Passage("alert", ref, lang, "summary", title, r[3], f"{title}\n{r[3]}", f"alerts/{ref}")
        for slot, items in (("red_flags", r[5]), ("actions", r[6])):
            text = "\n".join(f"- {item}" for item in json.loads(items))
            yield Passage("alert", ref, lang, slot, title, text, text, f"alerts/{ref}")
        for i, (heading, text) in enumerate(paragraphs(r[4] or "")):
            yield Passage("alert", ref, lang, f"p{i}", title, text, f"{heading}\n{text}", f"alerts/{ref}")
    for r in conn.execute(
        f"SELECT country, lang, name, summary, route, documents, scams, contacts FROM guides"
        f" WHERE lang IN ({marks}) AND fallback IS NULL",
        langs,
    ):
        ref, lang, name = r[0], r[1], r[2]
        yield Passage("guide", ref, lang, "summary", name, r[3], f"{name}\n{r[3]}", f"guides/{ref}")
        for section, body in zip(("route", "documents", "scams", "contacts"), r[4:8], strict=True):
            for i, (_heading, text) in enumerate(paragraphs(body)):
                yield Passage(
                    "guide", ref, lang, f"{section}.p{i}", name, text, f"{name}\n{text}", f"guides/{ref}"
                )
    yield from _qa_passages(conn)


def _qa_passages(conn: sqlite3.Connection) -> Iterator[Passage]:
    """One passage per phrasing of a pair's question (its language, its own words) with the answer of that
    language, or of the language the pair's answer falls back to."""
    answers: dict[str, dict[str, str]] = {}
    info: dict[str, tuple[str | None, dict[str, list[str]]]] = {}
    for ref, lang, answer, see, questions in conn.execute("SELECT id, lang, answer, see, questions FROM qa"):
        answers.setdefault(ref, {})[lang] = answer
        info[ref] = (see, json.loads(questions))
    for ref, (see, questions) in info.items():
        for lang, phrasings in questions.items():
            answer = answers[ref].get(lang, "")
            for i, question in enumerate(phrasings):
                yield Passage(
                    "qa", ref, lang, f"q{i}", question, answer, f"{question}\n{question}\n{answer}", see
                )
