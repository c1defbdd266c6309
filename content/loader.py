"""Reading a source folder (see content/README.md) into the model, collecting every problem on the way.

Loading never stops at the first problem: a file that cannot be parsed is reported and skipped, a field
that is missing or mistyped is reported and defaulted, and the rest of the folder is still read, so that
`python -m content validate` shows an editor everything at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from content.checker_source import load_checker
from content.directory import load_offices, load_services
from content.entries import entries
from content.errors import Problem
from content.fields import FieldReader
from content.formats import DATE_FORMAT
from content.model import (
    BUILD_DAY,
    LANGUAGES,
    Alert,
    AlertMeta,
    AlertText,
    Article,
    ArticleMeta,
    ArticleText,
    Contact,
    Guide,
    GuideMeta,
    GuideText,
    Item,
    LangFile,
    Origin,
    Source,
    Topic,
)
from content.qa_source import load_qa
from content.registry_csv import load_agencies, load_warnings
from content.vacancies import load_vacancies
from content.yamlfile import FrontMatter, key_lines, read_markdown, read_yaml

ItemT = TypeVar("ItemT", bound=Item)
LANG_FILES = ", ".join(f"{lang}.md" for lang in LANGUAGES)


def load_source(root: Path, *, agencies: bool = True) -> Source:
    """Read the whole source folder; `Source.problems` lists what could not be read as specified.

    `agencies=False` leaves the registry (registry/agencies.csv) unread, for a caller that reads, checks
    and renders it itself (`content.registry_rows`)."""
    problems: list[Problem] = []
    sample, languages, registry_as_of, settings = _settings(root, problems)
    return Source(
        root=root, sample=sample, languages=languages, settings=settings, registry_as_of=registry_as_of,
        topics=_topics(root, problems),
        articles=_items(root, "articles", Article, _article_file, problems),
        alerts=_items(root, "alerts", Alert, _alert_file, problems),
        guides=_items(root, "guides", Guide, _guide_file, problems),
        contacts=_contacts(root, problems),
        agencies=load_agencies(root, problems) if agencies else (),
        warnings=load_warnings(root, problems),
        checker=load_checker(root, problems),
        qa=load_qa(root, problems),
        offices=load_offices(root, problems),
        services=load_services(root, problems),
        vacancies=load_vacancies(root, problems),
        problems=tuple(problems),
    )


def _settings(root: Path, problems: list[Problem]) -> tuple[bool, tuple[str, ...], str | None, Origin]:
    """bundle.yaml: `sample`, `languages` and the optional `registry_as_of` (checked in content.validate)."""
    rel = "bundle.yaml"
    if not (root / rel).is_file():
        problems.append(Problem(rel, None, "missing file"))
        return False, (), None, Origin(rel, bad=frozenset({"sample", "languages"}))
    parsed = read_yaml(root / rel, rel, problems)
    if parsed is None:
        return False, (), None, Origin(rel, bad=frozenset({"sample", "languages"}))
    if not isinstance(parsed.data, dict):
        problems.append(Problem(rel, 1, "bundle.yaml must hold the fields 'sample' and 'languages'"))
        return False, (), None, Origin(rel, 1, bad=frozenset({"sample", "languages"}))
    reader = FieldReader(parsed.data, key_lines(parsed.node, 1, rel, problems), rel, 1, problems)
    sample, languages = reader.boolean("sample"), reader.text_list("languages")
    registry_as_of = reader.optional_text("registry_as_of", what=f"'{BUILD_DAY}'")
    return sample, languages, registry_as_of, reader.done()


def _entries(root: Path, rel: str, problems: list[Problem]) -> list[FieldReader]:
    """A FieldReader for each entry of a top-level YAML list file (topics.yaml, contacts.yaml)."""
    return entries(root, rel, problems)


def _topics(root: Path, problems: list[Problem]) -> tuple[Topic, ...]:
    topics = []
    for position, r in enumerate(_entries(root, "topics.yaml", problems), start=1):
        topics.append(Topic(id=r.text("id"), icon=r.text("icon"), order=position, title=r.lang_map("title"),
                            summary=r.lang_map("summary"), origin=r.done()))
    return tuple(topics)


def _contacts(root: Path, problems: list[Problem]) -> tuple[Contact, ...]:
    contacts = []
    for r in _entries(root, "contacts.yaml", problems):
        contacts.append(Contact(
            id=r.text("id"), category=r.text("category"), order=r.integer("order"),
            phone=r.optional_text("phone"), url=r.optional_text("url"), countries=r.text_list("countries"),
            sample=r.boolean("sample"), name=r.lang_map("name"), description=r.lang_map("description"),
            origin=r.done(),
        ))
    return tuple(contacts)


FileReader = Callable[[FieldReader, FrontMatter, str], LangFile]


def _items(root: Path, kind: str, cls: type[ItemT], read_file: FileReader,
           problems: list[Problem]) -> tuple[ItemT, ...]:
    """One item per folder of `kind/`; each folder holds one `<lang>.md` per language."""
    base = root / kind
    if not base.is_dir():
        return ()
    items = []
    for folder in sorted(base.iterdir(), key=lambda p: p.name):
        rel = f"{kind}/{folder.name}"
        if folder.name.startswith("."):
            continue
        if not folder.is_dir():
            problems.append(Problem(rel, None, f"unexpected file: {kind}/ holds one folder per item"))
            continue
        files: dict[str, LangFile] = {}
        unreadable: set[str] = set()
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            if path.name.startswith("."):
                continue
            lang = path.name.removesuffix(".md")
            if not path.name.endswith(".md") or lang not in LANGUAGES or not path.is_file():
                problems.append(Problem(f"{rel}/{path.name}", None,
                                        f"unexpected file; the language files are {LANG_FILES}"))
                continue
            front = read_markdown(path, f"{rel}/{path.name}", problems)
            if front is None:
                unreadable.add(lang)
                continue
            reader = FieldReader(front.data, front.lines, f"{rel}/{path.name}", 1, problems)
            files[lang] = read_file(reader, front, lang)
        if files:
            items.append(cls(folder=folder.name, path=rel, files=files, unreadable=frozenset(unreadable)))
        elif not unreadable:
            problems.append(Problem(rel, None, f"the folder has no language files ({LANG_FILES})"))
    return tuple(items)


def _lang_file(r: FieldReader, front: FrontMatter, lang: str, meta: object,
               texts: Callable[[], object], text_fields: tuple[str, ...], fallback: str | None) -> LangFile:
    text = None
    if fallback is None:
        text = texts()
    else:
        r.forbid(text_fields, "a fallback file")
    return LangFile(lang, meta, text, fallback, front.body, front.body_line, r.done())


def _article_file(r: FieldReader, front: FrontMatter, lang: str) -> LangFile:
    fallback = r.optional_text("fallback")
    meta = ArticleMeta(id=r.text("id"), topic=r.text("topic"), order=r.integer("order"),
                       countries=r.text_list("countries"), source=r.text("source"),
                       reviewed_on=r.text("reviewed_on", what=DATE_FORMAT), qr=r.text("qr"),
                       sample=r.boolean("sample"))
    return _lang_file(r, front, lang, meta, lambda: ArticleText(r.text("title"), r.text("summary")),
                      ("title", "summary"), fallback)


def _alert_file(r: FieldReader, front: FrontMatter, lang: str) -> LangFile:
    fallback = r.optional_text("fallback")
    meta = AlertMeta(id=r.text("id"), severity=r.text("severity"),
                     published_on=r.text("published_on", what=DATE_FORMAT),
                     expires_on=r.optional_text("expires_on", what=DATE_FORMAT), qr=r.text("qr"),
                     sample=r.boolean("sample"))
    return _lang_file(r, front, lang, meta,
                      lambda: AlertText(r.text("title"), r.text("summary"), r.text_list("red_flags"),
                                        r.text_list("actions")),
                      ("title", "summary", "red_flags", "actions"), fallback)


def _guide_file(r: FieldReader, front: FrontMatter, lang: str) -> LangFile:
    fallback = r.optional_text("fallback")
    meta = GuideMeta(country=r.text("country"), order=r.integer("order"), qr=r.text("qr"),
                     source=r.text("source"), reviewed_on=r.text("reviewed_on", what=DATE_FORMAT),
                     sample=r.boolean("sample"))
    return _lang_file(r, front, lang, meta, lambda: GuideText(r.text("name"), r.text("summary")),
                      ("name", "summary"), fallback)
