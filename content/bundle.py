"""Building a bundle (format 1) from a validated source, and (re-exported) reading one back.

The documents are split into small targets so that one content change moves one small file over the
network. The build is deterministic: the same sources give the same bytes, hence the same version.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from content.bundle_format import MANIFEST, Manifest, TargetInfo, bundle_version, canonical_json, sha256_hex
from content.bundle_read import LoadedBundle, load_bundle
from content.directory import offices_doc, services_doc
from content.errors import ContentError, Problem, sorted_problems
from content.formats import iso_date
from content.fsutil import replace_dir
from content.loader import load_source
from content.markdown import split_guide
from content.model import BUILD_DAY, LANGUAGES, Alert, Article, Guide, Item, LangFile, Source
from content.registry_csv import AGENCIES_CSV
from content.registry_rows import (
    SHARD_PREFIX,
    Previous,
    RegistryBuild,
    Rows,
    Table,
    agencies_in,
    read_all,
    rebuild,
    registry_as_of,
    rows_of,
    shard_files,
)
from content.vacancies import vacancy_docs
from content.validate import validate
from content.yamlfile import read_text

__all__ = ["Built", "LoadedBundle", "Manifest", "build", "build_bundle", "build_source", "load_bundle",
           "render_targets"]


def build_bundle(source: Source, out_dir: Path, registry: RegistryBuild | None = None, *,
                 publishing_on: date | None = None) -> Manifest:
    """Validate `source` and write its bundle into `out_dir`, replacing a previous bundle there.

    Raises ContentError (and writes nothing) if the source has any problem. The folder is written beside
    `out_dir` and renamed into place, so a reader never sees half a bundle. `registry`, when given, is the
    registry already read, checked and rendered (`content.registry_rows.rebuild`); `source` then holds no
    agencies of its own. `publishing_on` is the day of a publication: see `content.validate.validate`.
    """
    return build(source, out_dir, registry, publishing_on=publishing_on).manifest


@dataclass(frozen=True)
class Built:
    """A bundle as written: its targets by name (manifest.json excluded), its manifest, and the registry
    rows its shards are made of (the publisher cuts them into parts without parsing the shards again)."""

    files: dict[str, bytes]
    manifest: Manifest
    rows: Rows
    registry_text: str | None = None  # the agencies.csv built (`build_source`): the next build's Previous
    rendered_rows: int | None = None  # rows rendered by an incremental build; None after a full build
    registry_table: Table | None = None  # the registry's cells, when they read cleanly

    def previous(self) -> Previous | None:
        """What the next build of the same desk may start from."""
        if self.registry_text is None:
            return None
        shards = {name: data for name, data in self.files.items() if name.startswith(SHARD_PREFIX)}
        return Previous(self.registry_text, shards, known_table=self.registry_table, known_rows=self.rows)


def build_source(root: Path, out_dir: Path, previous: Previous | None = None,
                 step: Callable[[str], None] | None = None, *, publishing_on: date | None = None) -> Built:
    """Load, validate and build the source folder `root` into `out_dir`. With `previous` (the registry as
    this desk last built it), only the registry rows that changed are checked and rendered; the bytes are
    those of a full build all the same. Raises ContentError as `build_bundle` does."""
    problems: list[Problem] = []
    text = read_text(root / AGENCIES_CSV, AGENCIES_CSV, problems) if (root / AGENCIES_CSV).is_file() else None
    source = load_source(root, agencies=text is None)  # a missing file is reported by the loader
    registry = rebuild(text, previous) if text is not None and previous is not None else None
    table = registry.table if registry is not None else None
    if text is not None and registry is None:
        agencies, table = read_all(text, problems)
        source = replace(source, agencies=agencies, problems=(*source.problems, *problems))
    built = build(source, out_dir, registry, step, publishing_on=publishing_on)
    return replace(built, registry_text=text, rendered_rows=registry.rendered if registry else None,
                   registry_table=table)


def build(source: Source, out_dir: Path, registry: RegistryBuild | None = None,
          step: Callable[[str], None] | None = None, *, publishing_on: date | None = None) -> Built:
    """`build_bundle`, returning everything it wrote; `step("build")` is called once validation passed."""
    if registry is not None and source.agencies:
        raise ValueError("the registry is given twice: in the source and as a RegistryBuild")
    checked = source
    if registry is not None and registry.table is not None and source.vacancies:
        # An incremental build reads only the registry rows that changed; the vacancy rules still need the
        # status of every agency a vacancy names.
        named = (v.licence_no for v in source.vacancies)
        checked = replace(source, agencies=agencies_in(registry.table, named))
    problems = validate(checked, publishing_on) + (registry.problems if registry is not None else [])
    if problems:
        raise ContentError(sorted_problems(problems))
    if step is not None:
        step("build")
    if registry is None:
        registry = RegistryBuild(rows_of(source.agencies), registry_as_of(
            value for a in source.agencies for value in (a.issued_on, a.status_changed_on)))
    files = render_targets(source, registry.rows)
    manifest = Manifest(
        version=bundle_version({name: sha256_hex(data) for name, data in files.items()}),
        sample=source.sample,
        languages=LANGUAGES,
        registry_as_of=declared_as_of(source, registry.as_of, publishing_on or date.today()),
        targets={name: TargetInfo(len(data), sha256_hex(data)) for name, data in sorted(files.items())},
    )
    _write_dir(Path(out_dir), {**files, MANIFEST: canonical_json(manifest.to_json())})
    return Built(files, manifest, registry.rows)


def declared_as_of(source: Source, derived: str | None, build_day: date) -> str | None:
    """The bundle's "registry data as of": the registry's own newest date (`derived`), unless bundle.yaml
    declares `registry_as_of: build-day` (validation allows it for sample content only): the sample's
    fictional registry is then as current as the day its bundle is built (a kiosk's first start, a
    publication), so a walkthrough on the sample does not go stale a week after the sample was written."""
    return build_day.isoformat() if source.registry_as_of == BUILD_DAY else derived


def render_targets(source: Source, rows: Rows | None = None) -> dict[str, bytes]:
    """Every target of the bundle as bytes, keyed by its name (manifest.json excluded). The registry shards
    are made of `rows` when given (see `content.registry_rows`), else of the source's agencies."""
    docs: dict[str, Any] = {"topics.json": {"topics": [
        {"id": t.id, "icon": t.icon, "order": t.order, "title": dict(t.title), "summary": dict(t.summary)}
        for t in source.topics
    ]}}
    by_topic: dict[str, list[dict[str, Any]]] = {t.id: [] for t in source.topics}
    for article in sorted(source.articles, key=lambda a: (a.meta.order, a.folder)):
        by_topic[article.meta.topic].append(_article(article))
    for topic, articles in by_topic.items():
        docs[f"articles/{topic}.json"] = {"topic": topic, "articles": articles}
    alerts = sorted(source.alerts, key=lambda a: a.folder)
    docs["alerts.json"] = {"alerts": [alert_document(a) for a in alerts]}
    for guide in source.guides:
        docs[f"guides/{guide.folder}.json"] = _guide(guide)
    docs["contacts.json"] = {"contacts": [
        {"id": c.id, "category": c.category, "order": c.order, "phone": c.phone, "url": c.url,
         "countries": list(c.countries), "sample": c.sample,
         "texts": {lang: {"name": c.name[lang], "description": c.description[lang], "fallback": None}
                   for lang in LANGUAGES}}
        for c in sorted(source.contacts, key=lambda c: (c.order, c.id))
    ]}
    docs["registry/warnings.json"] = {"warnings": [
        {"id": w.id, "names": list(w.names), "phones": list(w.phones), "telegram": list(w.telegram),
         "websites": list(w.websites), "reason": w.reason, "listed_on": iso_date(w.listed_on, dotted=True),
         **({"reason_code": w.reason_code} if w.reason_code else {})}
        for w in sorted(source.warnings, key=lambda w: w.id)
    ]}
    if source.checker is not None:
        docs["checker.json"] = source.checker.to_json()
    if source.qa:
        docs["qa.json"] = {"pairs": [pair.to_json() for pair in sorted(source.qa, key=lambda p: p.id)]}
    docs["offices.json"] = offices_doc(source.offices)
    docs["services.json"] = services_doc(source.services)
    docs.update(vacancy_docs(source.vacancies))
    files = {name: canonical_json(doc) for name, doc in docs.items()}
    files.update(shard_files(rows if rows is not None else rows_of(source.agencies)))
    return dict(sorted(files.items()))


def _texts(item: Item, own: Callable[[LangFile, Any], dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each language's texts; a fallback language gets a copy of its target's texts and names it.

    `own(file, text)` gets the file whose texts are shown and those texts (never None: validation makes
    every fallback point at a language with texts of its own)."""
    texts = {}
    for lang in LANGUAGES:
        file = item.files[lang]
        shown = item.files[file.fallback] if file.fallback else file
        if shown.text is None:
            raise ValueError(f"{lang} falls back to {file.fallback}, which has no texts of its own")
        texts[lang] = {**own(shown, shown.text), "fallback": file.fallback}
    return texts


def _article(article: Article) -> dict[str, Any]:
    m = article.meta
    return {"id": m.id, "topic": m.topic, "order": m.order, "countries": list(m.countries),
            "source": m.source, "reviewed_on": m.reviewed_on, "qr": m.qr, "sample": m.sample,
            "texts": _texts(article, lambda f, t: {"title": t.title, "summary": t.summary,
                                                   "body": f.body.strip()})}


def alert_document(alert: Alert) -> dict[str, Any]:
    """One item of `alerts.json` (also how `kiosk-admin alert` writes a one-language alert)."""
    m = alert.meta
    return {"id": m.id, "severity": m.severity, "published_on": m.published_on, "expires_on": m.expires_on,
            "qr": m.qr, "sample": m.sample,
            "texts": _texts(alert, lambda f, t: {"title": t.title, "summary": t.summary,
                                                 "red_flags": list(t.red_flags),
                                                 "actions": list(t.actions), "body": f.body.strip()})}


def _guide(guide: Guide) -> dict[str, Any]:
    m = guide.meta
    return {"country": m.country, "order": m.order, "qr": m.qr, "source": m.source,
            "reviewed_on": m.reviewed_on, "sample": m.sample,
            "texts": _texts(guide, lambda f, t: {"name": t.name, "summary": t.summary,
                                                 **split_guide(f.body, f.lang).sections})}


def _write_dir(out_dir: Path, files: Mapping[str, bytes]) -> None:
    """Write `files` into a new sibling folder, then swap it in for `out_dir` (kept intact on failure)."""
    if out_dir.exists() and not _is_replaceable(out_dir):
        raise FileExistsError(f"{out_dir} exists and is not a bundle folder (no {MANIFEST}); refusing to "
                              f"replace it")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.with_name(f".{out_dir.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    tmp.mkdir()
    try:
        for name, data in files.items():
            path = tmp.joinpath(*name.split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        replace_dir(tmp, out_dir, tmp.with_name(tmp.name.removesuffix(".tmp") + ".old"))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _is_replaceable(out_dir: Path) -> bool:
    """Only an empty folder or a previous bundle may be replaced: never a source tree or a home folder."""
    return out_dir.is_dir() and (not any(out_dir.iterdir()) or (out_dir / MANIFEST).is_file())
