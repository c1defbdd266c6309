"""Contacts and topics as the console edits them: one entry of `contacts.yaml` or `topics.yaml` at a time.

Each entry maps every content language to its text (`name: {uz-Latn: ..., ru: ...}`). A save rewrites only
the lines of the one entry it changes, so the file's comments and the other entries keep their form; the
edited file is validated on a scratch copy by the same validator as `python -m content validate`, and the
problems that fall on the entry's lines come back at their field and language. Nothing is written while
any remains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from admin.console.workspace import MAX_TEXT, EditError, Workspace, at_field, write_atomic
from content.errors import Problem
from content.model import LANGUAGES

MAX_ENTRY_FIELD = 2000  # far above any limit of the validator; refused before anything is parsed


@dataclass(frozen=True)
class ListKind:
    """What of an entry the console edits: per-language texts and shared one-line fields."""

    file: str
    word: str
    texts: tuple[str, ...]
    shared: tuple[str, ...]


LIST_KINDS = {
    "contacts": ListKind("contacts.yaml", "contact", ("name", "description"), ("phone", "url")),
    "topics": ListKind("topics.yaml", "topic", ("title", "summary"), ()),
}


@dataclass(frozen=True)
class Entry:
    id: str
    data: dict[str, Any]
    first_line: int  # 0-based, the line of its "- "
    end_line: int  # 0-based, exclusive


def _entries(text: str) -> list[Entry]:
    """The entries of a top-level YAML list with the lines each takes in the file."""
    root = yaml.compose(text)
    data = yaml.safe_load(text)
    if root is None or not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        return []
    lines = text.splitlines()
    out = []
    for node, value in zip(root.value, data, strict=True):
        first = node.start_mark.line
        while first > 0 and not lines[first].lstrip().startswith("-"):
            first -= 1
        end = node.end_mark.line + (1 if node.end_mark.column else 0)
        item_id = str(value.get("id", "")) if isinstance(value, dict) else ""
        out.append(Entry(item_id, value if isinstance(value, dict) else {}, first, end))
    return out


class ListEditor:
    """Reads and edits the entries of one list file of the workspace's sources."""

    def __init__(self, workspace: Workspace, kind: str) -> None:
        self.workspace, self.kind = workspace, LIST_KINDS[kind]

    def _text(self) -> str:
        path = self.workspace.source / self.kind.file
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def entries(self) -> list[Entry]:
        try:
            return _entries(self._text())
        except yaml.YAMLError as exc:
            raise EditError(f"{self.kind.file} cannot be read: {exc}") from None

    def entry(self, entry_id: str) -> Entry:
        found = next((e for e in self.entries() if e.id == entry_id), None)
        if found is None:
            raise EditError(f"no {self.kind.word} {entry_id!r}")
        return found

    def save(self, entry_id: str, texts: dict[str, dict[str, str]], shared: dict[str, str]) -> list[str]:
        """Set the texts per language and the shared fields; returns what changed ("ru", "phone", ...)."""
        self._check_sizes(texts, shared)
        text = self._text()
        entry = self.entry(entry_id)
        new = dict(entry.data)
        changed: list[str] = []
        for name, value in shared.items():
            value = value.strip()
            if value != str(new.get(name) or ""):
                changed.append(name)
                if value:
                    new[name] = value
                else:
                    new.pop(name, None)
        for name in self.kind.texts:
            mapping = dict(new.get(name) or {}) if isinstance(new.get(name), dict) else {}
            for lang, fields in texts.items():
                value = fields.get(name, "").strip()
                if value != str(mapping.get(lang) or ""):
                    mapping[lang] = value
                    changed.append(lang)
            new[name] = {lang: mapping[lang] for lang in (*LANGUAGES, *mapping) if lang in mapping}
        if not changed:
            return []
        lines = text.splitlines(keepends=True)
        block = yaml.safe_dump([new], allow_unicode=True, sort_keys=False, width=1000)
        data = "".join(lines[:entry.first_line]) + block + "".join(lines[entry.end_line:])
        span = (entry.first_line + 1, entry.first_line + block.count("\n"))
        problems = [p for p in self.workspace.try_files({self.kind.file: data.encode("utf-8")},
                                                         self.kind.file)
                    if p.line is None or span[0] <= p.line <= span[1]]
        if problems:
            raise EditError("not saved: fix the marked fields", [self._locate(p) for p in problems])
        write_atomic(self.workspace.source / self.kind.file, data.encode("utf-8"))
        return sorted(set(changed), key=changed.index)

    def _check_sizes(self, texts: dict[str, dict[str, str]], shared: dict[str, str]) -> None:
        for lang, fields in texts.items():
            if lang not in LANGUAGES:
                raise EditError(f"unknown language {lang!r}")
            for name, value in fields.items():
                if len(value) > MAX_ENTRY_FIELD:
                    raise EditError(f"{lang} {name}: {len(value):,} characters; a {self.kind.word} field "
                                    f"takes at most {MAX_ENTRY_FIELD:,}", [(lang, name, "far too long")])
        for name, value in shared.items():
            if name not in self.kind.shared or len(value) > min(MAX_ENTRY_FIELD, MAX_TEXT):
                raise EditError(f"{name}: not a field of a {self.kind.word}, or far too long",
                                [("", name, "far too long")])

    def _locate(self, problem: Problem) -> tuple[str, str, str]:
        """(language or "", field or "", message): the validator names the field and, for texts, the language
        ("name (ru) is 300 characters long", "field 'title' has no en text")."""
        message = problem.message
        names = (*self.kind.texts, *self.kind.shared, "id")
        field = next((n for n in names if message.startswith(n) or f"'{n}'" in message
                      or f" {n} " in f" {message} "), "")
        lang = re.search(r"\((" + "|".join(map(re.escape, LANGUAGES)) + r")\)|no (\S+) text", message)
        found = (lang.group(1) or lang.group(2)) if lang else ""
        found = found if found in LANGUAGES else ""
        return found, field, at_field(field, found, message)
