"""Ranking passages for a question, and choosing what to show: the best passage of each item, in the
traveller's language where the item has that passage, verbatim. Nothing is generated; when nothing covers
enough of the question, the answer is "no good answer".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from content.ask.index import AskIndex, terms
from content.ask.passages import Passage
from content.ask.stopwords import STOPWORDS
from content.languages import DEFAULT_FALLBACKS
from content.model import LANGUAGES

MAX_QUESTION_CHARS = 500  # a question longer than this is a paste, not a question: its start is enough
MAX_TERMS = 24
GOOD = 0.42  # share of the question's weight an answer must cover to be shown as an answer
QA_BONUS = 1.15  # an editor wrote this answer for this question
LONG_POSTINGS = 400
POWER = 2.0  # word weights are idf squared: the rare words of a question say what it is about


@dataclass(frozen=True)
class Answer:
    kind: str
    ref: str
    title: str
    text: str  # verbatim from the content
    lang: str  # the language of `text`
    score: float  # 0-1: share of the question's weight this passage covers (QA pairs a little more)
    open: str | None  # "articles/<id>", "alerts/<id>", "guides/<cc>" or None
    slot: str


class AskEngine:
    """Answers questions from one index; pure and thread-safe once built (nothing is changed by a query)."""

    def __init__(self, index: AskIndex) -> None:
        self.index = index

    def ask(self, question: str, lang: str, limit: int = 3) -> list[Answer]:
        """The best `limit` answers shown in `lang`, best first; [] when nothing answers well."""
        ranked = self.rank(question)
        answers: list[Answer] = []
        seen: set[tuple[str, str]] = set()
        for number, raw in ranked:
            if raw < GOOD or len(answers) >= limit:
                break
            score = min(raw, 1.0)
            passage = self.index.passages[number]
            if (passage.kind, passage.ref) in seen:
                continue
            seen.add((passage.kind, passage.ref))
            answers.append(self._shown(passage, score, lang))
        return answers

    def rank(self, question: str) -> list[tuple[int, float]]:
        """(passage number, score) of every passage that shares a word with the question, best first."""
        words = [w for w in dict.fromkeys(terms(question[:MAX_QUESTION_CHARS])) if len(w) > 1][:MAX_TERMS]
        if not words:
            return []
        topical = [w for w in words if w not in STOPWORDS]
        if not topical:
            return []  # "NOT x OR y", "what is this": nothing to look for
        weights: dict[str, float] = {}
        matches: dict[int, dict[str, float]] = {}
        expansions = {word: self.index.expand(word) for word in words}
        # Rare words first: they find the candidates. A common word's long posting lists are then only
        # looked up for those candidates, which bounds the work whatever the content's size.
        for word in sorted(
            words, key=lambda w: -max((self.index.idf[t] for t in expansions[w]), default=99.0)
        ):
            expanded = expansions[word]
            # A word the content never uses weighs like the rarest word: an answer that covers "passport"
            # but not "weather" has not answered a question about the weather.
            if word in expanded:
                weight = self.index.idf[word]
            elif expanded:
                weight = max(self.index.idf[t] * sure for t, sure in expanded.items())
            else:
                weight = self.index.max_idf if len(word) > 3 else 1.0
            weights[word] = 0.0 if word in STOPWORDS else weight**POWER
            if word in STOPWORDS:
                continue  # says nothing about the topic: neither finds nor ranks an answer
            postings = [
                (self.index.postings[t], sure * self.index.idf[t] ** POWER) for t, sure in expanded.items()
            ]
            if matches and sum(len(p) for p, _ in postings) > LONG_POSTINGS:
                for number, got in matches.items():
                    for posting, factor in postings:
                        found = posting.get(number)
                        if found is not None and factor * found > got.get(word, 0.0):
                            got[word] = factor * found
                continue
            for posting, factor in postings:
                for number, weight in posting.items():
                    got = matches.setdefault(number, {})
                    if factor * weight > got.get(word, 0.0):
                        got[word] = factor * weight
        total = sum(weights.values()) or 1.0
        # Only passages that can reach GOOD are scored and sorted (an editor's pair gets its bonus).
        needed = GOOD * total * 0.75 / QA_BONUS
        scored = []
        for number, got in matches.items():
            covered = sum(got.values())
            if covered < needed:
                continue
            # A word found once counts 0.67 of its weight (see AskIndex.build): 0.75 of the question found
            # once each is already a good answer, so scale that to 1.
            score = covered / total / 0.75
            if self.index.passages[number].kind == "qa":
                score *= QA_BONUS
            scored.append((number, score))
        scored.sort(key=lambda pair: (-pair[1], pair[0]))
        return scored

    def _shown(self, passage: Passage, score: float, lang: str) -> Answer:
        """The passage's place in the item, in `lang` (or the language `lang` falls back to) if the item
        has it there, else as found."""
        for candidate in _display_languages(lang):
            slots = self.index.by_item.get((passage.kind, passage.ref, candidate))
            if passage.kind == "qa":
                shown = self._qa_in(passage, candidate)
                if shown is not None:
                    shown_in = self.index.qa_fallback.get(passage.ref, {}).get(candidate, candidate)
                    return Answer(
                        "qa", passage.ref, shown[0], shown[1], shown_in, score, passage.open, "answer"
                    )
                continue
            if slots and passage.slot in slots:
                p = slots[passage.slot]
                return Answer(p.kind, p.ref, p.title, p.text, candidate, score, p.open, p.slot)
        return Answer(
            passage.kind,
            passage.ref,
            passage.title,
            passage.text,
            passage.lang,
            score,
            passage.open,
            passage.slot,
        )

    def _qa_in(self, passage: Passage, lang: str) -> tuple[str, str] | None:
        """(question, answer) of a pair in `lang`: its own phrasing there, else the one that matched."""
        answer = self.index.qa_answers.get(passage.ref, {}).get(lang)
        slots = self.index.by_item.get(("qa", passage.ref, lang))
        if slots:
            first = slots.get("q0") or next(iter(slots.values()))
            return first.title, answer or first.text
        if answer:
            return passage.title, answer
        return None


def _display_languages(lang: str) -> list[str]:
    """`lang`, then the language its content falls back to, then the content languages in order."""
    order = [lang]
    if lang in DEFAULT_FALLBACKS:
        order.append(DEFAULT_FALLBACKS[lang])
    return [*order, *(x for x in LANGUAGES if x not in order)]


def as_json(answers: list[Answer]) -> list[Mapping[str, object]]:
    return [
        {
            "kind": a.kind,
            "id": a.ref,
            "title": a.title,
            "text": a.text,
            "lang": a.lang,
            "score": round(a.score, 3),
            "open": a.open,
            "slot": a.slot,
        }
        for a in answers
    ]
