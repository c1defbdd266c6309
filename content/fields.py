"""Taking typed fields out of one raw YAML mapping: required, unknown and wrongly typed fields.

The model is typed, so this check happens while loading: a missing or mistyped field is reported once here,
gets a neutral default, and is marked `bad` in the item's Origin so that later checks do not report it again.
Formats (dates, URLs, ids, lengths) are judged afterwards by content.validate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from content.characters import forbidden_character
from content.errors import Problem
from content.model import LANGUAGES, Origin

_MISSING = object()


class FieldReader:
    """Reads the fields of one mapping (front matter, a topics/contacts entry, bundle.yaml)."""

    def __init__(self, raw: Mapping[object, object], lines: Mapping[str, int], path: str, line: int | None,
                 problems: list[Problem]) -> None:
        self._raw = raw
        self._lines = dict(lines)
        self._path = path
        self._line = line
        self._problems = problems
        self._seen: set[str] = set()
        self._bad: set[str] = set()

    def _report(self, name: str, message: str) -> None:
        self._bad.add(name)
        self._problems.append(Problem(self._path, self._lines.get(name, self._line), message))

    def _checked(self, name: str, value: str, label: str | None = None) -> str:
        """`value`, after reporting the first character it may not hold (`content.characters`): every text
        of a YAML entry or front matter is one line."""
        if found := forbidden_character(value):
            self._report(name, f"{label or name}: {found}")
        return value

    def _get(self, name: str, required: bool) -> object:
        self._seen.add(name)
        value = self._raw.get(name, _MISSING)
        if value is None:
            value = _MISSING if not required else None
        if value is _MISSING and required:
            self._report(name, f"missing field '{name}'")
        elif value is None:
            self._report(name, f"field '{name}' has no value")
            value = _MISSING
        return value

    def has(self, name: str) -> bool:
        return self._raw.get(name) is not None

    def text(self, name: str, *, what: str = "text") -> str:
        value = self._get(name, True)
        if value is _MISSING:
            return ""
        if not isinstance(value, str):
            self._report(name, f"field '{name}' must be {what}, not {_describe(value)} (quote it if needed)")
            return ""
        if not value.strip():
            self._report(name, f"field '{name}' is empty")
            return ""
        return self._checked(name, value.strip())

    def optional_text(self, name: str, *, what: str = "text") -> str | None:
        if not self.has(name):
            self._seen.add(name)
            return None
        return self.text(name, what=what) or None

    def integer(self, name: str) -> int:
        value = self._get(name, True)
        if value is _MISSING:
            return 0
        if isinstance(value, bool) or not isinstance(value, int):
            self._report(name, f"field '{name}' must be a whole number, not {_describe(value)}")
            return 0
        return value

    def boolean(self, name: str) -> bool:
        value = self._get(name, True)
        if value is _MISSING:
            return False
        if not isinstance(value, bool):
            self._report(name, f"field '{name}' must be true or false, not {_describe(value)}")
            return False
        return value

    def text_list(self, name: str) -> tuple[str, ...]:
        value = self._get(name, True)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._report(name, f"field '{name}' must be a list of texts, like [\"...\", \"...\"]")
            return ()
        return tuple(self._checked(name, v.strip(), f"{name} item {number}")
                     for number, v in enumerate(value, start=1))

    def lang_map(self, name: str) -> dict[str, str]:
        """A `{uz-Latn: ..., uz-Cyrl: ..., ru: ..., en: ...}` mapping; every language must have a text."""
        value = self._get(name, True)
        if value is _MISSING:
            return {}
        if not isinstance(value, dict):
            self._report(name, f"field '{name}' must map each language to its text: "
                               f"{{uz-Latn: \"...\", ...}}")
            return {}
        result: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in LANGUAGES:
                self._report(name, f"field '{name}' has unknown language '{lang}'; "
                                   f"use {', '.join(LANGUAGES)}")
            elif not isinstance(text, str) or not text.strip():
                self._report(name, f"field '{name}' has no {lang} text")
            else:
                result[lang] = self._checked(name, text.strip(), f"{name} ({lang})")
        for lang in LANGUAGES:
            if lang not in value:
                self._report(name, f"field '{name}' has no {lang} text")
        return result

    def forbid(self, names: Iterable[str], why: str) -> None:
        """Report fields that must not be present (e.g. texts in a fallback file)."""
        for name in names:
            self._seen.add(name)
            if name in self._raw:
                self._report(name, f"{why} must not have '{name}'")

    def done(self) -> Origin:
        """Report every field nobody asked for (typos, fields of another kind) and return the Origin."""
        for key in self._raw:
            if str(key) not in self._seen:
                self._problems.append(Problem(self._path, self._lines.get(str(key), self._line),
                                              f"unknown field '{key}'"))
        return Origin(self._path, self._line, dict(self._lines), frozenset(self._bad))


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)
