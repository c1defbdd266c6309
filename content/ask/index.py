"""The in-memory index of passages: terms (normalised words) with their weights, word stems for endings,
and a one-edit neighbourhood of every term for typos. Built once per content.db, in about a tenth of a
second for the sample; a kiosk builds it off the UI thread the first time a traveller opens "Ask"."""

from __future__ import annotations

import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from content.ask.passages import Passage, read_passages
from content.search.normalize import search_key

STEM = 5  # Uzbek and Russian words share a stem and differ in endings: pasport, pasportimni, паспорта
MIN_TYPO_LEN = 5  # a one-letter slip in a shorter word makes another word ("what" is not "want")


def terms(text: str) -> list[str]:
    """The search keys of the words of `text` (the registry search's normaliser, word by word: passages
    repeat their words, so each distinct word is normalised once)."""
    return [key for word in text.split() for key in _word_key(word).split()]


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return search_key(word)


def stem(term: str) -> str | None:
    return term[:STEM] if len(term) > STEM else None


def deletions(term: str) -> set[str]:
    """The term with each one letter dropped: two words one edit apart share one of these."""
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


@dataclass
class AskIndex:
    passages: list[Passage] = field(default_factory=list)
    postings: dict[str, dict[int, float]] = field(default_factory=dict)  # term -> passage -> weight
    stems: dict[str, set[str]] = field(default_factory=dict)  # stem -> terms
    typos: dict[str, set[str]] = field(default_factory=dict)  # deletion -> terms
    idf: dict[str, float] = field(default_factory=dict)
    by_item: dict[tuple[str, str, str], dict[str, Passage]] = field(default_factory=dict)  # (kind, ref, lang)
    qa_answers: dict[str, dict[str, str]] = field(default_factory=dict)  # pair -> UI language -> answer
    qa_fallback: dict[str, dict[str, str]] = field(default_factory=dict)  # pair -> UI language -> shown in

    @classmethod
    def from_connection(cls, conn: sqlite3.Connection, today: date | None = None) -> AskIndex:
        index = cls.build(read_passages(conn, today))
        for ref, lang, answer, fallback in conn.execute("SELECT id, lang, answer, fallback FROM qa"):
            index.qa_answers.setdefault(ref, {})[lang] = answer
            if fallback:
                index.qa_fallback.setdefault(ref, {})[lang] = fallback
        return index

    @classmethod
    def build(cls, passages: Iterable[Passage]) -> AskIndex:
        index = cls()
        document_frequency: Counter[str] = Counter()
        for number, passage in enumerate(passages):
            index.passages.append(passage)
            index.by_item.setdefault((passage.kind, passage.ref, passage.lang), {})[passage.slot] = passage
            counts = Counter(terms(passage.search))
            length = sum(counts.values()) or 1
            for term, count in counts.items():
                # Saturating term frequency (0.67 for once, towards 1 for more), a little more in a short
                # passage: one that names the thing answers better than a long one that mentions it once.
                index.postings.setdefault(term, {})[number] = (count / (count + 0.5)) * (
                    0.9 + 0.1 * 12.0 / (12.0 + length)
                )
                document_frequency[term] += 1
        total = len(index.passages) or 1
        stems: defaultdict[str, set[str]] = defaultdict(set)
        typos: defaultdict[str, set[str]] = defaultdict(set)
        for term, df in document_frequency.items():
            index.idf[term] = math.log(1.0 + (total - df + 0.5) / (df + 0.5))
            if (s := stem(term)) is not None:
                stems[s].add(term)
            if len(term) >= MIN_TYPO_LEN:
                typos[term].add(term)
                for variant in deletions(term):
                    typos[variant].add(term)
        index.stems, index.typos = dict(stems), dict(typos)
        return index

    def expand(self, term: str) -> dict[str, float]:
        """The index terms a query word may mean, with how sure: itself 1.0, the same stem 0.85 (another
        ending), one edit away 0.75 (a typo), the stem of a typo 0.6."""
        found: dict[str, float] = {}
        if term in self.postings:
            found[term] = 1.0
        if (s := stem(term)) is not None:
            for other in self.stems.get(s, ()):
                found.setdefault(other, 0.85)
        if len(term) >= MIN_TYPO_LEN and term not in self.postings:  # a word the content uses is no typo
            near: set[str] = set(self.typos.get(term, ()))
            for variant in deletions(term):
                near |= self.typos.get(variant, set())
            for other in near:
                found.setdefault(other, 0.75)
                if (s := stem(other)) is not None:
                    for relative in self.stems.get(s, ()):
                        found.setdefault(relative, 0.6)
        return found

    @property
    def max_idf(self) -> float:
        return max(self.idf.values(), default=1.0)

    def size(self) -> dict[str, int]:
        return {
            "passages": len(self.passages),
            "terms": len(self.postings),
            "postings": sum(len(p) for p in self.postings.values()),
            "typo_keys": len(self.typos),
        }
