"""Building a bundle (format 1) from a validated source, and (re-exported) reading one back.

The documents are split into small targets so that one content change moves one small file over the
network. The build is deterministic: the same sources give the same bytes, hence the same version.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from content.bundle_format import (
    MANIFEST,
    SHARDS,
    Manifest,
    TargetInfo,
    bundle_version,
    canonical_json,
    sha256_hex,
    shard_of,
)
from content.bundle_read import LoadedBundle, load_bundle
from content.directory import offices_doc, services_doc
from content.errors import ContentError
from content.formats import iso_date
from content.fsutil import replace_dir
from content.markdown import split_guide
from content.model import LANGUAGES, Agency, Alert, Article, Guide, Item, LangFile, Source
from content.vacancies import vacancy_docs
from content.validate import validate

__all__ = ["LoadedBundle", "Manifest", "build_bundle", "load_bundle", "render_targets"]


def build_bundle(source: Source, out_dir: Path) -> Manifest:
    """Validate `source` and write its bundle into `out_dir`, replacing a previous bundle there.

    Raises ContentError (and writes nothing) if the source has any problem. The folder is written beside
    `out_dir` and renamed into place, so a reader never sees half a bundle.
    """
    problems = validate(source)
    if problems:
        raise ContentError(problems)
    files = render_targets(source)
    manifest = Manifest(
        version=bundle_version({name: sha256_hex(data) for name, data in files.items()}),
        sample=source.sample,
        languages=LANGUAGES,
        registry_as_of=_registry_as_of(source.agencies),
        targets={name: TargetInfo(len(data), sha256_hex(data)) for name, data in sorted(files.items())},
    )
    _write_dir(Path(out_dir), {**files, MANIFEST: canonical_json(manifest.to_json())})
    return manifest


def render_targets(source: Source) -> dict[str, bytes]:
    """Every target of the bundle as bytes, keyed by its name (manifest.json excluded)."""
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
    shards: dict[str, list[dict[str, Any]]] = {s: [] for s in SHARDS}
    for agency in sorted(source.agencies, key=lambda a: a.licence_no):
        shards[shard_of(agency.licence_no)].append(_agency(agency))
    for shard, agencies in shards.items():
        docs[f"registry/agencies-{shard}.json"] = {"shard": shard, "agencies": agencies}
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
    return {name: canonical_json(doc) for name, doc in sorted(docs.items())}


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


def _agency(a: Agency) -> dict[str, Any]:
    return {"licence_no": a.licence_no, "name": a.name, "other_names": list(a.other_names), "tin": a.tin,
            "status": a.status, "issued_on": iso_date(a.issued_on, dotted=True),
            "expires_on": iso_date(a.expires_on, dotted=True),
            "status_changed_on": iso_date(a.status_changed_on, dotted=True),
            "status_reason": a.status_reason, "region": a.region, "address": a.address, "phone": a.phone,
            "countries": list(a.countries),
            **({"status_reason_code": a.status_reason_code} if a.status_reason_code else {})}


def _registry_as_of(agencies: tuple[Agency, ...]) -> str | None:
    """The newest issued_on / status_changed_on in the registry: how current the export is."""
    dates = [iso_date(value, dotted=True) for a in agencies for value in (a.issued_on, a.status_changed_on)]
    return max((d for d in dates if d), default=None)


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
